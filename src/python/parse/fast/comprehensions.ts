// A comprehension's clauses, nested to the right as in @lezer/python: `for ... in
// ...`, then more `for`s and `if`s, each one level deeper on lezer's stack.
import { bail } from "./bail.js";
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { expression, testInner } from "./expressions.js";

/** A comprehension's `for ... in ...` and the `for`s and `if`s after it, as children of the comprehension. */
export function compFor(p: Parser): void {
  // lezer's compFor and compIf nest to the right: each clause deepens its stack.
  p.enter();
  compClauses(p);
  p.leave();
}

function compClauses(p: Parser): void {
  if (p.isKw("async")) p.takeKw("async");
  p.takeKw("for");
  for (;;) {
    expression(p, 1);
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
    if (p.isKw("in")) break;
  }
  p.takeKw("in");
  testInner(p, 1);
  compIfTail(p);
}

/** What may follow a comprehension's `if`: another `for`, or another `if` (nested to the right, as in lezer). */
function compIfTail(p: Parser): void {
  if (p.isKw("for") || p.isKw("async")) return compFor(p);
  if (!p.isKw("if")) return;
  p.enter();
  p.takeKw("if");
  // testNoCond: its lambda is another node type (53) this parser does not build.
  if (p.isKw("lambda")) bail();
  testInner(p, 1);
  compIfTail(p);
  p.leave();
}

export function startsComp(p: Parser): boolean {
  return p.isKw("for") || p.isKw("async");
}
