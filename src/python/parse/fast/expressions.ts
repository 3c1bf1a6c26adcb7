// Expressions, nested as @lezer/python nests them: its precedences (power right
// of prefix, then times, plus, shift, &, ^, |; then comparisons, `and`, `or`),
// and where its LR table prefers to shift: `not`, `await` and a sign take
// everything after them at their level (`not a or b` is `not (a or b)` there).
import { bail } from "./bail.js";
import { Tok, type Token } from "./lexer.js";
import { Id, KEYWORD_IDS } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { strings } from "./strings.js";
import { argList, brace, bracket, paren, subscript } from "./brackets.js";
import { lambda } from "./lambda.js";

const POWER = 7;
/** Binary operators of `expression`, by precedence (lezer's bitor .. power). */
const BINARY: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "@": 6, "/": 6, "%": 6, "//": 6, "**": POWER,
};
const COMPARE = new Set(["<", ">", "==", ">=", "<=", "!=", "<>"]);
/** Names that start an expression although lezer reads them as keywords. */
const EXPRESSION_KEYWORDS = new Set(["None", "True", "False", "not", "lambda", "await"]);

/** The token can start a `test`. */
export function startsTest(t: Token): boolean {
  switch (t.kind) {
    case Tok.Name:
      return !KEYWORD_IDS.has(t.text) || EXPRESSION_KEYWORDS.has(t.text);
    case Tok.Number:
    case Tok.Str:
      return true;
    case Tok.Op:
      return t.text === "(" || t.text === "[" || t.text === "{" || t.text === "-" || t.text === "+" || t.text === "~" || t.text === "...";
    default:
      return false;
  }
}

/** lezer's `test`: a lambda, or a testInner with an optional `if ... else ...`. */
export function test(p: Parser): void {
  p.enter();
  if (p.isKw("lambda")) lambda(p);
  else {
    const s = p.start();
    testInner(p, 1);
    if (p.isKw("if")) {
      p.takeKw("if");
      testInner(p, 1);
      p.takeKw("else");
      test(p);
      p.finish(Id.ConditionalExpression, s);
    }
  }
  p.leave();
}

/** `test`, or `test := test` as a NamedExpression. */
export function testNamed(p: Parser): void {
  const s = p.start();
  test(p);
  if (p.isOp(":=")) {
    p.take(Id.WalrusOp);
    test(p);
    p.finish(Id.NamedExpression, s);
  }
}

/** `"*" expression | testNamed`, the items of tuples, lists and sets. */
export function starredOrNamed(p: Parser): void {
  if (p.isOp("*")) {
    p.take(Id.Star);
    expression(p, 1);
  } else testNamed(p);
}

/** `or` (1), `and` (2) and comparisons (3) over expressions, left-associative; `not` takes all after it. */
export function testInner(p: Parser, min: number): void {
  const s = p.start();
  if (p.isKw("not")) {
    p.enter();
    p.takeKw("not");
    testInner(p, 1);
    p.finish(Id.UnaryNot, s);
    p.leave();
  } else expression(p, 1);
  for (;;) {
    const prec = testOperator(p.peek());
    if (prec === 0 || prec < min) return;
    const t = p.peek();
    if (t.text === "or" || t.text === "and" || t.text === "in") p.takeKw(t.text);
    else if (t.text === "not") {
      p.takeKw("not");
      p.takeKw("in");
    } else if (t.text === "is") {
      p.takeKw("is");
      if (p.isKw("not")) p.takeKw("not");
    } else p.take(Id.CompareOp);
    // `a == not b`: Python refuses it, and lezer's reading of what follows is not modelled.
    if (prec === 3 && p.isKw("not")) bail();
    testInner(p, prec + 1);
    p.finish(Id.BinaryTest, s);
  }
}

function testOperator(t: Token): number {
  if (t.kind === Tok.Name) {
    if (t.text === "or") return 1;
    if (t.text === "and") return 2;
    if (t.text === "in" || t.text === "is" || t.text === "not") return 3;
    return 0;
  }
  return t.kind === Tok.Op && COMPARE.has(t.text) ? 3 : 0;
}

/** lezer's `expression` with binary operators of precedence `min` or more. */
export function expression(p: Parser, min: number): void {
  const s = p.start();
  unary(p);
  for (;;) {
    const t = p.peek();
    const prec = t.kind === Tok.Op ? BINARY[t.text] ?? 0 : 0;
    if (prec === 0 || prec < min) return;
    binaryOperator(p, t.text);
    if (prec === POWER) {
      // Right-associative: each `**` deepens lezer's stack (its depth valve cuts long chains).
      p.enter();
      expression(p, POWER);
      p.leave();
    } else expression(p, prec + 1);
    p.finish(Id.BinaryExpression, s);
  }
}

function binaryOperator(p: Parser, op: string): void {
  if (op === "*" || op === "@" || op === "**") {
    const s = p.start();
    p.take(op === "*" ? Id.Star : op === "@" ? Id.At : Id.DoubleStar);
    p.finish(op === "**" ? Id.ArithPower : Id.ArithTimes, s);
    return;
  }
  const id = op === "|" ? Id.BitOr : op === "^" ? Id.BitXor : op === "&" ? Id.BitAnd : op === "<<" || op === ">>" ? Id.BitShift
    : op === "+" || op === "-" ? Id.ArithPlus : Id.ArithTimes;
  p.take(id);
}

/** A sign or `~` (over a power), `await` (over a whole expression), or a primary. */
function unary(p: Parser): void {
  const t = p.peek();
  if (t.kind === Tok.Op && (t.text === "-" || t.text === "+" || t.text === "~")) {
    p.enter();
    const s = p.start();
    p.take(t.text === "~" ? Id.BitNot : Id.ArithSign);
    expression(p, POWER);
    p.finish(Id.UnaryExpression, s);
    p.leave();
  } else if (t.kind === Tok.Name && t.text === "await") {
    p.enter();
    const s = p.start();
    p.takeKw("await");
    expression(p, 1);
    p.finish(Id.AwaitExpression, s);
    p.leave();
  } else primary(p);
}

/** An atom and its calls, subscripts and attributes. */
function primary(p: Parser): void {
  const s = p.start();
  atom(p);
  for (;;) {
    if (p.isOp("(")) {
      argList(p);
      p.finish(Id.CallExpression, s);
    } else if (p.isOp("[")) {
      subscript(p);
      p.finish(Id.MemberExpression, s);
    } else if (p.isOp(".")) {
      p.take(Id.Dot);
      // PropertyName is lezer's `word`: keywords too.
      if (p.peek().kind !== Tok.Name) bail();
      p.take(Id.PropertyName);
      p.finish(Id.MemberExpression, s);
    } else return;
  }
}

function atom(p: Parser): void {
  const t = p.peek();
  switch (t.kind) {
    case Tok.Name:
      if (t.text === "None") p.take(Id.None);
      else if (t.text === "True" || t.text === "False") p.take(Id.Boolean);
      else p.takeName(Id.VariableName);
      return;
    case Tok.Number:
      p.take(Id.Number);
      return;
    case Tok.Str:
      strings(p);
      return;
    case Tok.Op:
      if (t.text === "(") return paren(p);
      if (t.text === "[") return bracket(p);
      if (t.text === "{") return brace(p);
      if (t.text === "...") {
        p.take(Id.Ellipsis);
        return;
      }
      return bail();
    default:
      return bail();
  }
}

/** `commaSep<test | "*" expression>` (or of `test` alone): at least one item, a trailing comma allowed. */
export function commaList(p: Parser, starred: boolean): void {
  for (;;) {
    if (starred && p.isOp("*")) {
      p.take(Id.Star);
      expression(p, 1);
    } else test(p);
    if (!p.isOp(",")) return;
    p.take(Id.Comma);
    const t = p.peek();
    if (!startsTest(t) && !(starred && t.kind === Tok.Op && t.text === "*")) return;
  }
}
