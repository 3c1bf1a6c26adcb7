// `lambda params: test`, as @lezer/python builds it (LambdaExpression over a
// LambdaParamList), for expressions.ts's `test`.
import { Tok } from "./lexer.js";
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { test } from "./expressions.js";

/** `lambda params: test`; the parameters are a ParamList, empty (at the keyword's end) when there are none. */
export function lambda(p: Parser): void {
  const s = p.start();
  p.takeKw("lambda");
  if (p.isOp(":")) p.tree.close(Id.LambdaParamList, p.tree.mark, p.lex.lastEnd, p.lex.lastEnd);
  else {
    const ps = p.start();
    for (;;) {
      if (p.isOp("*")) {
        p.take(Id.Star);
        if (p.peek().kind === Tok.Name) p.takeName(Id.VariableName);
      } else if (p.isOp("**")) {
        p.take(Id.DoubleStar);
        p.takeName(Id.VariableName);
      } else {
        p.takeName(Id.VariableName);
        if (p.isOp("=")) {
          p.take(Id.LambdaAssignOp);
          test(p);
        }
      }
      if (!p.isOp(",")) break;
      p.take(Id.Comma);
    }
    p.finish(Id.LambdaParamList, ps);
  }
  p.takeOp(":", Id.Colon);
  test(p);
  p.finish(Id.LambdaExpression, s);
}
