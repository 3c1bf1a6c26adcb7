// CPython's words for a parser error, where the tokens make them certain:
// "'(' was never closed", "unexpected indent", "expected an indented block
// after ...", "invalid syntax. Perhaps you forgot a comma?". The rules
// follow CPython's parser (Python 3.10 to 3.13: _PyPegen_set_syntax_error, the
// tokenizer pass over the rest of the file, the invalid_* grammar rules) and
// were checked against those interpreters; where the conditions are not all
// met, undefined, and the caller says "invalid syntax".
import type { PyToken, Tokenized } from "./python-tokens.js";
import { lineNumber } from "./python-tokens.js";

export interface Wording {
  from: number;
  to: number;
  message: string;
}

const KEYWORDS = new Set(["and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield"]);
const SOFT_KEYWORDS = new Set(["match", "case", "type", "_"]);
/** Statement keywords before which an expression follows, so a comma message still applies in its brackets. */
const EXPRESSION_STATEMENTS = new Set(["return", "raise", "assert", "if", "elif", "while"]);
/** What CPython calls the statement a block belongs to ("expected an indented block after ..."). */
const BLOCK_OWNERS: Record<string, string> = {
  def: "function definition", class: "class definition", if: "'if' statement", elif: "'elif' statement",
  else: "'else' statement", for: "'for' statement", while: "'while' statement", with: "'with' statement",
  try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  match: "'match' statement", case: "'case' statement",
};

/** CPython's wording of a parser error at `from` (lezer's first error), if certain. */
export function cpythonWording(text: string, tok: Tokenized, from: number, atEnd: boolean): Wording | undefined {
  const { tokens } = tok;
  const at = firstTokenAtOrAfter(tokens, from);
  const open = tok.openAtEnd[tok.openAtEnd.length - 1];
  if (open) {
    // The rest of the file is tokenized after a parser error; a bracket still open at the end of it wins when it
    // opened on a line before the error (at the end of the file, always).
    // On the error's own line it depends on how far the parser looked ahead: unknown.
    const errorLine = at === undefined ? Infinity : lineNumber(text, tokens[at]!.from);
    const openLine = lineNumber(text, open.from);
    if (atEnd || openLine < errorLine) return { from: open.from, to: open.from + 1, message: `'${open.char}' was never closed` };
    if (openLine === errorLine) return undefined;
  }
  if (at === undefined || tokens[at]!.from !== from) return undefined;
  return missingComma(text, tokens, at);
}

/**
 * The first error in the shape of the blocks, certain from the tokens alone:
 * a line indented where no block opens ("unexpected indent"), a block header
 * with no indented line after it. CPython reports it when its parser gets
 * there, that is when no other error comes before.
 */
export function firstBlockProblem(text: string, tok: Tokenized): Wording | undefined {
  const { tokens } = tok;
  // A try block's missing handler is seen at its header but sits after the block: it waits for its place.
  let missingHandler: { at: number; problem: Wording } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (missingHandler && i >= missingHandler.at) return missingHandler.problem;
    const t = tokens[i]!;
    if (t.kind === "indent" && (i === 0 || tokens[i - 1]!.kind !== "newline" || !isOp(text, tokens[i - 2], ":"))) {
      const first = tokens[i + 1] ?? t;
      return { from: first.from, to: first.to, message: "unexpected indent" };
    }
    if (t.kind === "newline" && isOp(text, tokens[i - 1], ":") && tokens[i + 1]?.kind !== "indent") {
      // At the end of a text cut short by a tokenizer error, the next line is unknown.
      if (i + 1 === tokens.length && tok.error) return undefined;
      return expectedBlock(text, tokens, i);
    }
    // lezer takes a `try` block with no handler; CPython stops right after the block.
    if (!missingHandler && t.kind === "newline" && tokens[i + 1]?.kind === "indent" && isTryHeader(text, tokens, i)) {
      const after = blockEnd(tokens, i + 1);
      const next = after === undefined ? undefined : tokens[after];
      if (after !== undefined && (next?.kind !== "name" || (word(text, next) !== "except" && word(text, next) !== "finally"))) {
        const where = next ?? tokens[after - 1]!;
        missingHandler = { at: after, problem: { from: where.from, to: where.to, message: "expected 'except' or 'finally' block" } };
      }
    }
  }
  return missingHandler?.problem;
}

/** The newline tokens[k] ends a bare `try:` line. */
function isTryHeader(text: string, tokens: PyToken[], k: number): boolean {
  const head = tokens[k - 2];
  const before = tokens[k - 3];
  return isOp(text, tokens[k - 1], ":") && head?.kind === "name" && word(text, head) === "try"
    && (before === undefined || ["newline", "indent", "dedent"].includes(before.kind));
}

/** The index of the token after the dedent that closes the block opened by the indent tokens[k]; undefined if the tokens stop first. */
function blockEnd(tokens: PyToken[], k: number): number | undefined {
  let depth = 0;
  for (let m = k; m < tokens.length; m++) {
    const kind = tokens[m]!.kind;
    if (kind === "indent") depth++;
    else if (kind === "dedent" && --depth === 0) return m + 1;
  }
  return undefined;
}

function firstTokenAtOrAfter(tokens: PyToken[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.from < offset) lo = mid + 1;
    else hi = mid;
  }
  while (lo < tokens.length && (tokens[lo]!.kind === "indent" || tokens[lo]!.kind === "dedent")) lo++;
  return lo < tokens.length ? lo : undefined;
}

/** The header ending at the newline tokens[k] has no indented block after it. */
function expectedBlock(text: string, tokens: PyToken[], k: number): Wording | undefined {
  let start = k - 1;
  while (start > 0 && !["newline", "indent", "dedent"].includes(tokens[start - 1]!.kind)) start--;
  let head = start;
  if (word(text, tokens[head]!) === "async") head++;
  const keyword = word(text, tokens[head]!);
  const owner = BLOCK_OWNERS[keyword];
  if (owner === undefined || (keyword === "except" && isOp(text, tokens[head + 1], "*"))) return undefined;
  let next = k + 1;
  while (tokens[next]?.kind === "dedent") next++;
  const where = tokens[next] ?? tokens[k]!;
  return { from: where.from, to: where.to, message: `expected an indented block after ${owner} on line ${lineNumber(text, tokens[head]!.from)}` };
}

/**
 * Two expressions side by side inside brackets (`{"a": 1 "b": 2}`, `f(a b)`):
 * CPython's invalid_expression rule. Only where both are plain (names,
 * literals, attribute chains, calls, subscripts, a unary sign) and the
 * brackets certainly hold expressions (no keyword around them: comprehension
 * targets, lambda and def parameters, imports and patterns are not).
 */
function missingComma(text: string, tokens: PyToken[], at: number): Wording | undefined {
  const b = tokens[at]!;
  const prev = tokens[at - 1];
  if (!prev || !startsOperand(text, b) || !endsOperand(text, prev)) return undefined;
  // Walk back over the first operand, to the comma, colon, `=` or bracket before it.
  let depth = 0;
  let k = at - 1;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    const s = text.slice(t.from, t.to);
    if (t.kind === "op" && (s === ")" || s === "]" || s === "}")) depth++;
    else if (t.kind === "op" && (s === "(" || s === "[" || s === "{")) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (t.kind === "op" && (s === "," || s === ":" || s === "=")) break;
      if (t.kind === "newline" || t.kind === "indent" || t.kind === "dedent") return undefined;
      if (t.kind === "op" && s !== "." && !((s === "-" || s === "+" || s === "~") && isStop(text, tokens[k - 1]))) return undefined;
      if (t.kind === "name" && !operandName(s)) return undefined;
    }
  }
  const a = tokens[k + 1]!;
  // A parenthesized first operand: CPython places the error inside or outside the parentheses by the node it built.
  if (k < 0 || a === b || word(text, a) === "(") return undefined;
  if (a.kind === "name" && SOFT_KEYWORDS.has(word(text, a))) return undefined;
  // Before a string, CPython names the comma only after a literal (`1 "b"`), not after a name, call or attribute
  // (`x "b"`, `c.d "b"`, `c() "b"` read "invalid syntax"; checked on 3.10 to 3.13).
  if (b.kind === "string" && !(isLiteral(text, prev) && (prev === a || (isSign(text, a) && tokens[k + 2] === prev)))) return undefined;
  // In braces, only a dict value is sure: a key or a set item may read "':' expected after dictionary key".
  if (word(text, tokens[k]!) !== ":" && word(text, tokens[k]!) !== "=" && enclosingOpener(text, tokens, k) === "{") return undefined;
  if (!inExpressionBrackets(text, tokens, k)) return undefined;
  return { from: a.from, to: b.to, message: "invalid syntax. Perhaps you forgot a comma?" };
}

/** The brackets around tokens[k] and its logical line hold expressions: no keyword outside closed groups. */
function inExpressionBrackets(text: string, tokens: PyToken[], k: number): boolean {
  let depth = 0;
  let opened = false;
  for (let m = k; m >= 0; m--) {
    const t = tokens[m]!;
    const s = text.slice(t.from, t.to);
    if (t.kind === "newline" || t.kind === "indent" || t.kind === "dedent") break;
    if (t.kind === "op" && (s === ")" || s === "]" || s === "}")) depth++;
    else if (t.kind === "op" && (s === "(" || s === "[" || s === "{")) {
      if (depth > 0) { depth--; continue; }
      opened = true;
      // `def f(`, `def f[`, `class C[` open parameter lists; `import (` a name list.
      const owner = tokens[m - 1];
      const ownerOfOwner = tokens[m - 2];
      if (owner && word(text, owner) === "import") return false;
      if (owner?.kind === "name" && ownerOfOwner && (word(text, ownerOfOwner) === "def" || (s === "[" && word(text, ownerOfOwner) === "class"))) return false;
    } else if (depth === 0 && t.kind === "name" && KEYWORDS.has(s)) {
      const first = m === 0 || ["newline", "indent", "dedent"].includes(tokens[m - 1]!.kind);
      // In a def (its parameters, its return annotation) Python 3.10 to 3.12 say "expected ':'" instead.
      if (!(first && EXPRESSION_STATEMENTS.has(s)) && s !== "class") return false;
    } else if (depth === 0 && t.kind === "name" && SOFT_KEYWORDS.has(s) && (m === 0 || ["newline", "indent", "dedent"].includes(tokens[m - 1]!.kind))) {
      return false; // `match (...)`, `case [...]`, `type X[...]` may start a statement of their own
    }
  }
  return opened;
}

/** The opening bracket around tokens[k] (itself, if it is one). */
function enclosingOpener(text: string, tokens: PyToken[], k: number): string | undefined {
  let depth = 0;
  for (let m = k; m >= 0; m--) {
    const s = tokens[m]!.kind === "op" ? word(text, tokens[m]!) : "";
    if (s === ")" || s === "]" || s === "}") depth++;
    else if (s === "(" || s === "[" || s === "{") {
      if (depth === 0) return s;
      depth--;
    }
  }
  return undefined;
}

function isLiteral(text: string, t: PyToken): boolean {
  return t.kind === "number" || t.kind === "string" || (t.kind === "name" && ["None", "True", "False"].includes(word(text, t)));
}

function isSign(text: string, t: PyToken): boolean {
  return t.kind === "op" && ["-", "+", "~"].includes(word(text, t));
}

function startsOperand(text: string, t: PyToken): boolean {
  return t.kind === "number" || t.kind === "string" || (t.kind === "name" && operandName(word(text, t)));
}

function endsOperand(text: string, t: PyToken): boolean {
  if (t.kind === "op") return [")", "]", "}"].includes(text.slice(t.from, t.to));
  return startsOperand(text, t);
}

function operandName(s: string): boolean {
  return !KEYWORDS.has(s);
}

function isStop(text: string, t: PyToken | undefined): boolean {
  return t !== undefined && t.kind === "op" && ["(", "[", "{", ",", ":", "="].includes(text.slice(t.from, t.to));
}

function isOp(text: string, t: PyToken | undefined, s: string): boolean {
  return t !== undefined && t.kind === "op" && word(text, t) === s;
}

function word(text: string, t: PyToken): string {
  return text.slice(t.from, t.to);
}
