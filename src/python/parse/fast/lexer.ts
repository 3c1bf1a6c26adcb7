// The fast parser's tokens, read the way @lezer/python's tokenizers read them
// (src/python.grammar and tokens.js of @lezer/python 1.1): newlines outside
// brackets, indentation compared with the enclosing block, blank and
// comment-only lines skipped at any indentation, backslash continuations as
// space. Comments go straight to the tree builder, where lezer would put them.
// Whatever lezer would read differently, or only with an error, is a bail.
import { bail } from "./bail.js";
import { isDigit, isNameStart, numberEnd, operatorLength, PREFIXES } from "./token-ends.js";
import type { TreeBuilder } from "./tree-builder.js";

export const enum Tok {
  Name, Number, Str, Op, Newline, Indent, Dedent, Eof,
}

export interface Token {
  kind: Tok;
  from: number;
  to: number;
  /** A name's or an operator's text; for a string start, its prefix and quotes. */
  text: string;
}

const NAME_REST = /[A-Za-z0-9_]*/y;
const NL = 10, SPACE = 32, TAB = 9, HASH = 35, BACKSLASH = 92, QUOTE = 39, DQUOTE = 34;

export class Lexer {
  pos = 0;
  /** The end of the last token taken that is not zero-length: where lezer ends a node closed now. */
  lastEnd = 0;
  /** Open brackets (and f-string replacement fields): newlines inside them are space. */
  depth = 0;
  private ahead: Token | undefined;
  /** At the start of a logical line: blank lines and indentation come first. */
  private lineStart = true;
  private readonly indents: number[] = [0];
  /** The indentation of the current line, once measured. */
  private lineIndent = -1;
  /** The bracket depth of each open replacement field. */
  private readonly fields: number[] = [];

  constructor(readonly text: string, private readonly tree: TreeBuilder) {
    // lezer reads no indentation on the first line (nothing before it); an indented first line is rare: bail.
    const c = text.charCodeAt(0);
    if (c === SPACE || c === TAB) bail();
  }

  peek(): Token {
    return (this.ahead ??= this.read());
  }

  next(): Token {
    const t = this.peek();
    this.ahead = undefined;
    if (t.to > t.from) this.lastEnd = t.to;
    if (t.kind === Tok.Op) {
      const c = t.text.charCodeAt(0);
      if (t.text.length === 1 && (c === 40 || c === 91 || c === 123)) this.depth++;
      else if (t.text.length === 1 && (c === 41 || c === 93 || c === 125)) this.depth--;
    } else if (t.kind === Tok.Newline) {
      this.lineStart = true;
      this.lineIndent = -1;
    }
    return t;
  }

  /** Continues after text the caller read itself (a string body, up to `pos`); nothing may be looked ahead. */
  resume(pos: number): void {
    if (this.ahead) bail();
    this.pos = pos;
    this.lastEnd = pos;
  }

  /** Enters an f-string replacement field: bracketed, and `!r` is a conversion there. */
  enterField(): void {
    this.depth++;
    this.fields.push(this.depth);
  }

  /** Leaves the field whose closing brace was just taken. */
  leaveField(): void {
    this.fields.pop();
  }

  /** The position after the current token, with nothing looked ahead (before a string body is read). */
  here(): number {
    if (this.ahead) bail();
    return this.pos;
  }

  private read(): Token {
    if (this.lineStart && this.depth === 0) {
      const t = this.lineStartToken();
      if (t) return t;
    }
    this.skipSpace();
    const { text } = this;
    const p = this.pos;
    if (p >= text.length) return { kind: Tok.Eof, from: p, to: p, text: "" };
    const c = text.charCodeAt(p);
    if (c === NL) {
      this.pos = p + 1;
      return { kind: Tok.Newline, from: p, to: p + 1, text: "\n" };
    }
    if (isNameStart(c)) return this.name(p);
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1)))) return this.number(p);
    if (c === QUOTE || c === DQUOTE) return this.stringStart(p, p);
    // lezer's FormatConversion token; anywhere else a lone `!` is an error.
    if (c === 33 && this.fields[this.fields.length - 1] === this.depth && /[sra]/.test(text[p + 1] ?? "")) {
      this.pos = p + 2;
      return { kind: Tok.Op, from: p, to: p + 2, text: text.slice(p, p + 2) };
    }
    const len = operatorLength(c, text.charCodeAt(p + 1), text.charCodeAt(p + 2));
    this.pos = p + len;
    return { kind: Tok.Op, from: p, to: p + len, text: len === 1 ? String.fromCharCode(c) : text.slice(p, p + len) };
  }

  /** Blank lines, then an indent or dedent token where the line's indentation differs from the block's. */
  private lineStartToken(): Token | undefined {
    const { text } = this;
    if (this.lineIndent < 0) {
      for (;;) {
        let p = this.pos;
        let col = 0;
        for (;; p++) {
          const c = text.charCodeAt(p);
          if (c === SPACE) col++;
          else if (c === TAB) col += 8 - (col % 8);
          else break;
        }
        const c = text.charCodeAt(p);
        if (c === NL) {
          this.tree.blankLine(p);
          this.pos = p + 1;
          continue;
        }
        if (c === HASH) {
          const end = lineEnd(text, p);
          this.tree.comment(p, end);
          this.tree.blankLine(p);
          this.pos = end < text.length ? end + 1 : end;
          continue;
        }
        // A logical line that starts with a continuation: lezer and CPython may read it apart.
        if (c === BACKSLASH) bail();
        if (p >= text.length) {
          // A last line of spaces: lezer reads an indentation token there.
          if (col > 0) bail();
          this.pos = p;
          this.lineStart = false;
          return undefined;
        }
        this.lineIndent = col;
        break;
      }
    }
    const top = this.indents[this.indents.length - 1]!;
    const line = this.pos;
    if (this.lineIndent > top) {
      this.indents.push(this.lineIndent);
      this.lineStart = false;
      while (text.charCodeAt(this.pos) === SPACE || text.charCodeAt(this.pos) === TAB) this.pos++;
      return { kind: Tok.Indent, from: line, to: this.pos, text: "" };
    }
    if (this.lineIndent < top) {
      this.indents.pop();
      // A dedent to no enclosing block's indentation: lezer reads an indent it then ignores.
      if (this.lineIndent > this.indents[this.indents.length - 1]!) bail();
      return { kind: Tok.Dedent, from: line, to: line, text: "" };
    }
    this.lineStart = false;
    return undefined;
  }

  private skipSpace(): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === SPACE || c === TAB) this.pos++;
      else if (c === BACKSLASH && text.charCodeAt(this.pos + 1) === NL) {
        this.pos += 2;
        // After a continuation lezer takes a blank or comment-only line as a skipped blank line: bail.
        if (this.depth === 0 && blankFrom(text, this.pos)) bail();
      } else if (c === HASH) {
        const end = lineEnd(text, this.pos);
        this.tree.comment(this.pos, end);
        this.pos = end;
      } else if (c === NL && this.depth > 0) this.pos++;
      else return;
    }
  }

  private name(p: number): Token {
    const { text } = this;
    // A sticky regex: the scan runs natively, where a per-character loop runs interpreted in a short run.
    NAME_REST.lastIndex = p + 1;
    NAME_REST.test(text);
    const e = NAME_REST.lastIndex;
    const c = text.charCodeAt(e);
    // Names are ASCII here: lezer also takes other letters, which this parser does not read.
    if (c >= 128) bail();
    if ((c === QUOTE || c === DQUOTE) && e - p <= 2 && PREFIXES.has(text.slice(p, e).toLowerCase())) return this.stringStart(p, e);
    this.pos = e;
    return { kind: Tok.Name, from: p, to: e, text: text.slice(p, e) };
  }

  private number(p: number): Token {
    const e = numberEnd(this.text, p);
    this.pos = e;
    return { kind: Tok.Number, from: p, to: e, text: "" };
  }

  private stringStart(p: number, quoteAt: number): Token {
    const { text } = this;
    const q = text.charCodeAt(quoteAt);
    const long = text.charCodeAt(quoteAt + 1) === q && text.charCodeAt(quoteAt + 2) === q;
    const end = quoteAt + (long ? 3 : 1);
    this.pos = end;
    return { kind: Tok.Str, from: p, to: end, text: text.slice(p, end) };
  }
}

function lineEnd(text: string, p: number): number {
  const e = text.indexOf("\n", p);
  return e < 0 ? text.length : e;
}

function blankFrom(text: string, p: number): boolean {
  for (;; p++) {
    const c = text.charCodeAt(p);
    if (c === SPACE || c === TAB) continue;
    return c === NL || c === HASH || p >= text.length;
  }
}

