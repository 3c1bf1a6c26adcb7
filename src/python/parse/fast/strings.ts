// String literals, split the way @lezer/python's `strings` tokenizer splits
// them: Escape nodes (with its reading of \o, \x, \u, \U and \N{...}), and in
// f-strings FormatReplacement fields holding expressions, a FormatSelfDoc `=`,
// a FormatConversion and a FormatSpec with nested fields. Adjacent literals
// make a ContinuedString. An unterminated string is a bail.
import { bail } from "./bail.js";
import { Tok } from "./lexer.js";
import { stringStartOf } from "./token-ends.js";
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { test } from "./expressions.js";
import { yieldExpression } from "./yield.js";

const NL = 10, BACKSLASH = 92, LBRACE = 123, RBRACE = 125;

export function strings(p: Parser): void {
  const s = p.start();
  let count = 0;
  while (p.peek().kind === Tok.Str) {
    literal(p);
    count++;
  }
  if (count > 1) p.finish(Id.ContinuedString, s);
}

function literal(p: Parser): void {
  const mark = p.tree.mark;
  const start = p.lex.next();
  const { format, raw, long, quote } = stringStartOf(start.text);
  const { text } = p;
  let i = p.lex.here();
  for (;;) {
    if (i >= text.length) bail();
    const c = text.charCodeAt(i);
    if (format && c === LBRACE) {
      if (text.charCodeAt(i + 1) === LBRACE) i += 2;
      else i = field(p, i, false);
    } else if (c === BACKSLASH && !raw) {
      i = escape(p, i);
    } else if (c === BACKSLASH && i + 1 < text.length) {
      i += 2; // lezer: a raw string still skips the character after a backslash
    } else if (c === quote && (!long || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
      i += long ? 3 : 1;
      break;
    } else if (c === NL && !long) {
      return bail();
    } else i++;
  }
  p.lex.resume(i);
  p.tree.close(format ? Id.FormatString : Id.String, mark, start.from, i);
}

/** The Escape at `i` (a backslash); returns the offset after it. */
function escape(p: Parser, i: number): number {
  const { text } = p;
  let j = i + 1;
  if (j >= text.length) bail();
  const ch = text[j++]!;
  const run = (n: number, re: RegExp): void => {
    for (let k = 0; k < n && j < text.length && re.test(text[j]!); k++) j++;
  };
  if (ch === "o") run(2, /[0-7]/);
  else if (ch === "x") run(2, /[0-9a-fA-F]/);
  else if (ch === "u") run(4, /[0-9a-fA-F]/);
  else if (ch === "U") run(8, /[0-9a-fA-F]/);
  else if (ch === "N" && text.charCodeAt(j) === LBRACE) {
    j++;
    while (j < text.length && !"}'\"\n".includes(text[j]!)) j++;
    if (text.charCodeAt(j) === RBRACE) j++;
  }
  p.tree.leaf(Id.Escape, i, j);
  return j;
}

/** The replacement field whose `{` is at `at`; returns the offset after its `}`. */
function field(p: Parser, at: number, nested: boolean): number {
  const mark = p.tree.mark;
  p.tree.leaf(nested ? Id.OpenBrace : Id.ReplacementStart, at, at + 1);
  p.lex.resume(at + 1);
  p.lex.enterField();
  if (p.isKw("yield")) yieldExpression(p);
  else {
    for (;;) {
      if (p.isOp("*")) p.take(Id.Star);
      test(p);
      if (!p.isOp(",")) break;
      p.take(Id.Comma);
      if (p.isOp("}") || p.isOp("=") || p.isOp(":")) break;
    }
  }
  if (p.isOp("=")) p.take(nested ? Id.NestedFormatSelfDoc : Id.FormatSelfDoc);
  if (p.peek().kind === Tok.Op && /^![sra]$/.test(p.peek().text)) p.take(Id.FormatConversion);
  if (p.isOp(":")) spec(p);
  p.takeOp("}", Id.CloseBrace);
  p.lex.leaveField();
  p.tree.close(nested ? Id.NestedFormatReplacement : Id.FormatReplacement, mark, at, p.lex.lastEnd);
  return p.lex.here();
}

/** `:` and the spec up to the field's `}`: any characters but braces, and nested fields. */
function spec(p: Parser): void {
  const mark = p.tree.mark;
  const colon = p.take(Id.Colon);
  const { text } = p;
  let i = p.lex.here();
  for (;;) {
    if (i >= text.length) bail();
    const c = text.charCodeAt(i);
    if (c === RBRACE) break;
    if (c === LBRACE) i = field(p, i, true);
    else i++;
  }
  p.lex.resume(i);
  p.tree.close(Id.FormatSpec, mark, colon.from, i);
}
