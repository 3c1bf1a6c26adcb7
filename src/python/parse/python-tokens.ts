// A tokenizer for Python text, close enough to CPython's to know two things for
// certain: the first error CPython's own tokenizer raises (those win over any
// parser error, wherever in the file they sit), and the tokens around a parser
// error, so that its wording can follow CPython's. Anything it does not model
// exactly (tabs in indentation, non-ASCII names, odd characters, numbers glued
// to names, f-string fields whose meaning changed in Python 3.12) makes it
// `unsure`, and then nothing is claimed from it.

export type TokenKind = "name" | "number" | "string" | "op" | "newline" | "indent" | "dedent";

export interface PyToken {
  kind: TokenKind;
  /** Offsets in the text; an indent or dedent is empty, at the first token of its line. */
  from: number;
  to: number;
}

export interface TokenizerError {
  from: number;
  to: number;
  message: string;
  /**
   * Raised only if the parser gets this far (an unindent that matches no outer level): CPython's scan of the rest
   * of the file after a parser error stops at it silently. Every other tokenizer error wins wherever it is.
   */
  onlyIfReached?: true;
}

export interface OpenBracket {
  from: number;
  char: string;
}

export interface Tokenized {
  tokens: PyToken[];
  /** The first error CPython's tokenizer raises. */
  error?: TokenizerError;
  /** Brackets still open at the end of the text, innermost last. */
  openAtEnd: OpenBracket[];
  /** The text has something this tokenizer does not model: trust nothing from it. */
  unsure: boolean;
}

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const STRING_PREFIX = /^(?:[rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])$/;
const NUMBER = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** Operators by length, longest first (Python's tokenizer is greedy). */
const OPERATORS: readonly ReadonlySet<string>[] = [
  new Set(["**=", "//=", ">>=", "<<=", "..."]),
  new Set(["!=", "==", "<=", ">=", "->", ":=", "**", "//", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]),
  new Set(["+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", ",", ":", ";", ".", "="]),
];
/** CPython's MAXLEVEL and MAXINDENT. */
const MAX_LEVEL = 200;
const MAX_INDENT = 100;

class Unsure extends Error {}

export function tokenizePython(text: string): Tokenized {
  const tokens: PyToken[] = [];
  const brackets: OpenBracket[] = [];
  const indents = [0];
  const lineOf = (at: number): number => lineNumber(text, at);
  let i = 0;
  let lineStart = true;
  const fail = (error: TokenizerError): Tokenized => ({ tokens, error, openAtEnd: brackets, unsure: false });
  try {
    while (i < text.length) {
      if (lineStart) {
        lineStart = false;
        let j = i;
        while (text[j] === " ") j++;
        if (text[j] === "\t" || text[j] === "\f") throw new Unsure();
        const blank = j >= text.length || text[j] === "\n" || text[j] === "#" || (text[j] === "\r" && text[j + 1] === "\n");
        if (!blank) {
          const width = j - i;
          if (width > indents[indents.length - 1]!) {
            if (indents.length >= MAX_INDENT) throw new Unsure();
            indents.push(width);
            tokens.push({ kind: "indent", from: j, to: j });
          } else {
            let level = indents.length - 1;
            while (width < indents[level]!) level--;
            if (width !== indents[level]) {
              return fail({ from: j, to: j + 1, message: "unindent does not match any outer indentation level", onlyIfReached: true });
            }
            for (; indents.length - 1 > level; indents.pop()) tokens.push({ kind: "dedent", from: j, to: j });
          }
        }
        i = j;
        continue;
      }
      const c = text[i]!;
      if (c === "\r" && text[i + 1] !== "\n") throw new Unsure(); // a lone CR ends a line for CPython: not modelled
      if (c === " " || c === "\r" || c === "\f" || c === "\t") { i++; continue; }
      if (c === "#") { const nl = text.indexOf("\n", i); i = nl === -1 ? text.length : nl; continue; }
      if (c === "\n") {
        const last = tokens[tokens.length - 1];
        if (brackets.length === 0 && last && last.kind !== "newline" && last.kind !== "dedent") tokens.push({ kind: "newline", from: i, to: i + 1 });
        i++;
        lineStart = brackets.length === 0; // inside brackets a new line is no new logical line
        continue;
      }
      if (c === "\\") {
        if (text[i + 1] === "\n") { i += 2; continue; }
        if (text[i + 1] === "\r" && text[i + 2] === "\n") { i += 3; continue; }
        throw new Unsure(); // "unexpected character after line continuation character", or a backslash at the end
      }
      if (c === '"' || c === "'") {
        const end = stringEnd(text, i, false);
        if (typeof end !== "number") return fail(end);
        tokens.push({ kind: "string", from: i, to: end });
        i = end;
        continue;
      }
      NAME.lastIndex = i;
      const name = NAME.exec(text)?.[0];
      if (name !== undefined) {
        const q = text[i + name.length];
        if ((q === '"' || q === "'") && STRING_PREFIX.test(name)) {
          const end = stringEnd(text, i + name.length, /f/i.test(name));
          if (typeof end !== "number") return fail({ ...end, from: i });
          tokens.push({ kind: "string", from: i, to: end });
          i = end;
          continue;
        }
        if (isWordChar(text.charCodeAt(i + name.length))) throw new Unsure(); // a non-ASCII identifier
        tokens.push({ kind: "name", from: i, to: i + name.length });
        i += name.length;
        continue;
      }
      NUMBER.lastIndex = i;
      const number = (c >= "0" && c <= "9") || c === "." ? NUMBER.exec(text)?.[0] : undefined;
      if (number !== undefined) {
        if (isWordChar(text.charCodeAt(i + number.length))) throw new Unsure(); // "invalid decimal literal" and kin
        if (/^0[\d_]*[1-9][\d_]*$/.test(number)) throw new Unsure(); // "leading zeros in decimal integer literals"
        tokens.push({ kind: "number", from: i, to: i + number.length });
        i += number.length;
        continue;
      }
      if (OPENERS[c]) {
        if (brackets.length >= MAX_LEVEL) throw new Unsure();
        brackets.push({ from: i, char: c });
        tokens.push({ kind: "op", from: i, to: i + 1 });
        i++;
        continue;
      }
      const opener = CLOSERS[c];
      if (opener) {
        const open = brackets.pop();
        if (!open) return fail({ from: i, to: i + 1, message: `unmatched '${c}'` });
        if (open.char !== opener) {
          const where = lineOf(open.from) === lineOf(i) ? "" : ` on line ${lineOf(open.from)}`;
          return fail({ from: i, to: i + 1, message: `closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}` });
        }
        tokens.push({ kind: "op", from: i, to: i + 1 });
        i++;
        continue;
      }
      const length = operatorLength(text, i);
      if (length === 0) throw new Unsure(); // `!`, `$`, `?`, a backtick, a non-ASCII character
      tokens.push({ kind: "op", from: i, to: i + length });
      i += length;
    }
  } catch (e) {
    if (e instanceof Unsure) return { tokens, openAtEnd: brackets, unsure: true };
    throw e;
  }
  return { tokens, openAtEnd: brackets, unsure: false };

  /** The offset past the string whose quote is at `q`, or the error of an unterminated one. */
  function stringEnd(src: string, q: number, formatted: boolean): number | TokenizerError {
    const quote = src[q]!;
    const triple = src[q + 1] === quote && src[q + 2] === quote;
    const close = triple ? quote.repeat(3) : quote;
    for (let k = q + close.length; k < src.length; k++) {
      const ch = src[k];
      if (ch === "\\") { k++; continue; }
      if (src.startsWith(close, k)) return k + close.length;
      if (ch === "\n" && !triple) break;
      if (formatted && ch === "{") {
        if (src[k + 1] === "{") { k++; continue; }
        k = fieldEnd(src, k, quote, triple) - 1;
      }
    }
    const detected = triple ? lineOf(Math.max(0, src.endsWith("\n") ? src.length - 1 : src.length)) : lineOf(q);
    // Python 3.12 and later name an f-string as such; earlier ones say "string literal".
    const kind = `unterminated ${triple ? "triple-quoted " : ""}${formatted ? "f-" : ""}string literal`;
    return { from: q, to: q + 1, message: `${kind} (detected at line ${detected})` };
  }

  /**
   * The offset past an f-string replacement field opened at `k`. A quote or a
   * backslash inside one, or a line break in a one-line f-string, means
   * different things before and after Python 3.12: unsure.
   */
  function fieldEnd(src: string, k: number, quote: string, triple: boolean): number {
    let depth = 0;
    for (let m = k; m < src.length; m++) {
      const ch = src[m]!;
      if (ch === quote || ch === "\\" || (ch === "\n" && !triple)) throw new Unsure();
      if (ch === '"' || ch === "'") {
        const end = stringEnd(src, m, false);
        if (typeof end !== "number") throw new Unsure();
        m = end - 1;
      } else if (ch === "{" || ch === "(" || ch === "[") depth++;
      else if (ch === "}" || ch === ")" || ch === "]") {
        if (--depth === 0) return m + 1;
      }
    }
    throw new Unsure();
  }
}

function operatorLength(text: string, at: number): number {
  for (let k = 0; k < OPERATORS.length; k++) {
    const length = OPERATORS.length - k;
    if (OPERATORS[k]!.has(text.slice(at, at + length))) return length;
  }
  return 0;
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code > 0x7f;
}

/** The 1-based line of an offset. */
export function lineNumber(text: string, at: number): number {
  let line = 1;
  for (let k = text.indexOf("\n"); k !== -1 && k < at; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
