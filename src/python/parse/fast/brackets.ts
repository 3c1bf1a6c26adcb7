// What sits in brackets: parenthesized expressions and tuples, lists, dicts and
// sets and their comprehensions, argument lists and subscripts. The node type
// is known only after the first item (or the comprehension after it); the
// buffer is post-order, so it is chosen when the closing bracket is taken.
import { bail } from "./bail.js";
import { Tok } from "./lexer.js";
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { expression, starredOrNamed, test, testNamed } from "./expressions.js";
import { compFor, startsComp } from "./comprehensions.js";
import { yieldExpression } from "./yield.js";

export function paren(p: Parser): void {
  const s = p.start();
  p.takeOp("(", Id.OpenParen);
  if (p.isOp(")")) return close(p, ")", Id.CloseParen, Id.TupleExpression, s);
  if (p.isKw("yield")) {
    yieldExpression(p);
    return close(p, ")", Id.CloseParen, Id.ParenthesizedExpression, s);
  }
  starredOrNamed(p);
  if (startsComp(p)) {
    compFor(p);
    return close(p, ")", Id.CloseParen, Id.ComprehensionExpression, s);
  }
  if (p.isOp(")")) return close(p, ")", Id.CloseParen, Id.ParenthesizedExpression, s);
  items(p, ")", starredOrNamed);
  close(p, ")", Id.CloseParen, Id.TupleExpression, s);
}

export function bracket(p: Parser): void {
  const s = p.start();
  p.takeOp("[", Id.OpenBracket);
  if (p.isOp("]")) return close(p, "]", Id.CloseBracket, Id.ArrayExpression, s);
  starredOrNamed(p);
  if (startsComp(p)) {
    compFor(p);
    return close(p, "]", Id.CloseBracket, Id.ArrayComprehensionExpression, s);
  }
  items(p, "]", starredOrNamed);
  close(p, "]", Id.CloseBracket, Id.ArrayExpression, s);
}

export function brace(p: Parser): void {
  const s = p.start();
  p.takeOp("{", Id.OpenBrace);
  if (p.isOp("}")) return close(p, "}", Id.CloseBrace, Id.DictionaryExpression, s);
  let dict: boolean;
  if (p.isOp("**")) {
    p.take(Id.DoubleStar);
    expression(p, 1);
    dict = true;
  } else if (p.isOp("*")) {
    p.take(Id.Star);
    expression(p, 1);
    dict = false;
  } else {
    test(p);
    dict = p.isOp(":");
    if (dict) {
      p.take(Id.Colon);
      test(p);
    }
  }
  if (startsComp(p)) {
    compFor(p);
    return close(p, "}", Id.CloseBrace, dict ? Id.DictionaryComprehensionExpression : Id.SetComprehensionExpression, s);
  }
  items(p, "}", dict ? entry : setItem);
  close(p, "}", Id.CloseBrace, dict ? Id.DictionaryExpression : Id.SetExpression, s);
}

function entry(p: Parser): void {
  if (p.isOp("**")) {
    p.take(Id.DoubleStar);
    expression(p, 1);
    return;
  }
  test(p);
  p.takeOp(":", Id.Colon);
  test(p);
}

function setItem(p: Parser): void {
  if (p.isOp("*")) {
    p.take(Id.Star);
    expression(p, 1);
  } else test(p);
}

/** After a first item: `, item` pairs up to the closer, a trailing comma allowed. */
function items(p: Parser, closer: string, item: (p: Parser) => void): void {
  while (p.isOp(",")) {
    p.take(Id.Comma);
    if (p.isOp(closer)) return;
    item(p);
  }
}

function close(p: Parser, closer: string, closerId: number, id: number, s: { from: number; mark: number }): void {
  p.takeOp(closer, closerId);
  p.finish(id, s);
}

/** `( arguments )`: keyword arguments are a VariableName and an AssignOp, `*`/`**` tokens stand before their value. */
export function argList(p: Parser): void {
  const s = p.start();
  p.takeOp("(", Id.OpenParen);
  while (!p.isOp(")")) {
    if (p.isOp("**") || p.isOp("*")) {
      p.take(p.isOp("*") ? Id.Star : Id.DoubleStar);
      test(p);
    } else {
      const first = p.peek();
      const mark = p.tree.mark;
      test(p);
      if (p.isOp("=") || p.isOp(":=")) {
        // Only a bare name (one leaf, nothing read ahead) is a keyword argument; lezer reads `name := value` alike.
        const b = p.tree.buffer;
        if (first.kind !== Tok.Name || b.length !== mark + 4 || b[mark] !== Id.VariableName) bail();
        p.take(Id.ArgAssignOp);
        test(p);
      }
      if (startsComp(p)) compFor(p);
    }
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
  }
  p.takeOp(")", Id.CloseParen);
  p.finish(Id.ArgList, s);
}

/** `[ items ]` after an expression, each a testNamed or a slice; the MemberExpression is the caller's. */
export function subscript(p: Parser): void {
  p.takeOp("[", Id.OpenBracket);
  if (p.isOp("]")) bail();
  for (;;) {
    if (!p.isOp(":")) testNamed(p);
    if (p.isOp(":")) {
      p.take(Id.Colon);
      if (!endsSlicePart(p)) testNamed(p);
      if (p.isOp(":")) {
        p.take(Id.Colon);
        if (!endsSlicePart(p)) testNamed(p);
      }
    }
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
    if (p.isOp("]")) break;
  }
  p.takeOp("]", Id.CloseBracket);
}

function endsSlicePart(p: Parser): boolean {
  return p.isOp(":") || p.isOp(",") || p.isOp("]");
}
