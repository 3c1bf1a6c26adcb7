// `yield` in both forms lezer builds: a YieldExpression (in parentheses, f-string
// fields, assignments) and the body of a YieldStatement.
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { commaList, test } from "./expressions.js";

/** `yield from test` or `yield` and at least one item: the inside of a YieldExpression or YieldStatement. */
export function yieldBody(p: Parser): void {
  p.takeKw("yield");
  if (p.isKw("from")) {
    p.takeKw("from");
    test(p);
    return;
  }
  commaList(p, true);
}

export function yieldExpression(p: Parser): void {
  const s = p.start();
  yieldBody(p);
  p.finish(Id.YieldExpression, s);
}
