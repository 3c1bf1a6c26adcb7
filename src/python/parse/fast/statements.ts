// Statements with blocks, and the Script. A Body is `:` and either the rest of
// the line or an indented block; it ends after the last newline it took, so
// comment lines after a block sit outside it, as in lezer's trees.
import { bail } from "./bail.js";
import { Tok } from "./lexer.js";
import { Id } from "./node-types.js";
import type { Parser, Start } from "./parser-core.js";
import { argList } from "./brackets.js";
import { expression, test, testNamed } from "./expressions.js";
import { dottedName, simpleStatement } from "./simple-statements.js";

export function script(p: Parser): void {
  p.tree.openList(p.peek().from);
  while (p.peek().kind !== Tok.Eof) statement(p);
  p.tree.closeList();
}

function statement(p: Parser): void {
  const t = p.peek();
  if (t.kind === Tok.Op && t.text === "@") return decorated(p);
  if (t.kind !== Tok.Name) {
    if (t.kind === Tok.Indent || t.kind === Tok.Dedent || t.kind === Tok.Newline) bail();
    return simpleStatement(p);
  }
  const s = p.start();
  switch (t.text) {
    case "if":
      return ifStatement(p, s);
    case "while":
      p.takeKw("while");
      testNamed(p);
      body(p);
      elseClause(p);
      return p.finish(Id.WhileStatement, s);
    case "for":
      return forStatement(p, s);
    case "try":
      return tryStatement(p, s);
    case "with":
      return withStatement(p, s);
    case "def":
      return functionDefinition(p, s);
    case "class":
      return classDefinition(p, s);
    case "async":
      p.takeKw("async");
      if (p.isKw("def")) return functionDefinition(p, s);
      if (p.isKw("for")) return forStatement(p, s);
      if (p.isKw("with")) return withStatement(p, s);
      return bail();
    default:
      return simpleStatement(p);
  }
}

/** `:` then a simple statement on the same line, or a newline, an indent, statements, and a dedent or the end. */
function body(p: Parser): void {
  p.enter();
  const s = p.start();
  p.takeOp(":", Id.Colon);
  if (p.peek().kind === Tok.Newline) {
    p.skip();
    if (p.peek().kind !== Tok.Indent) bail();
    p.skip();
    p.tree.openList(p.peek().from);
    do statement(p);
    while (p.peek().kind !== Tok.Dedent && p.peek().kind !== Tok.Eof);
    p.tree.closeList();
    if (p.peek().kind === Tok.Dedent) p.skip();
  } else simpleStatement(p);
  p.finish(Id.Body, s);
  p.leave();
}

function elseClause(p: Parser): void {
  if (!p.isKw("else")) return;
  p.takeKw("else");
  body(p);
}

function ifStatement(p: Parser, s: Start): void {
  p.takeKw("if");
  testNamed(p);
  body(p);
  while (p.isKw("elif")) {
    p.takeKw("elif");
    if (!p.isOp(":")) testNamed(p);
    body(p);
  }
  elseClause(p);
  p.finish(Id.IfStatement, s);
}

function forStatement(p: Parser, s: Start): void {
  p.takeKw("for");
  for (;;) {
    if (p.isOp("*")) p.take(Id.Star);
    expression(p, 1);
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
    if (p.isKw("in")) break;
  }
  p.takeKw("in");
  for (;;) {
    test(p);
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
    if (p.isOp(":")) break;
  }
  body(p);
  elseClause(p);
  p.finish(Id.ForStatement, s);
}

function tryStatement(p: Parser, s: Start): void {
  p.takeKw("try");
  body(p);
  let handlers = 0;
  while (p.isKw("except")) {
    handlers++;
    p.takeKw("except");
    if (p.isOp("*")) bail(); // except*: lezer takes it, not modelled
    if (!p.isOp(":")) {
      test(p);
      if (p.isKw("as")) {
        p.takeKw("as");
        p.takeName(Id.VariableName);
      } else if (p.isOp(",")) bail(); // Python 2's `except E, e`
    }
    body(p);
  }
  // lezer takes a try with no handler (or an else with none); CPython refuses both: its wording is the slow path's.
  if (handlers === 0 && !p.isKw("finally")) bail();
  elseClause(p);
  if (p.isKw("finally")) {
    p.takeKw("finally");
    body(p);
  }
  p.finish(Id.TryStatement, s);
}

function withStatement(p: Parser, s: Start): void {
  p.takeKw("with");
  for (;;) {
    test(p);
    if (p.isKw("as")) {
      p.takeKw("as");
      // `as (reader, writer, _)` / `as [a, b]`: a tuple or list of targets (lezer's grammar has no rule for it).
      if (p.isOp("(") || p.isOp("[")) test(p);
      else p.takeName(Id.VariableName);
    }
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
  }
  body(p);
  p.finish(Id.WithStatement, s);
}

function functionDefinition(p: Parser, s: Start): void {
  p.takeKw("def");
  p.takeName(Id.VariableName);
  if (p.isOp("[")) bail(); // type parameters
  paramList(p);
  if (p.isOp("->")) {
    const ts = p.start();
    p.skip();
    test(p);
    p.finish(Id.ReturnTypeDef, ts);
  }
  body(p);
  p.finish(Id.FunctionDefinition, s);
}

/** `( params )`: a name with an optional TypeDef and default, `*`, `*name`, `**name`, and `/` (no node). */
function paramList(p: Parser): void {
  const s = p.start();
  p.takeOp("(", Id.OpenParen);
  while (!p.isOp(")")) {
    if (p.isOp("/")) p.skip();
    else if (p.isOp("*")) {
      p.take(Id.Star);
      if (p.peek().kind === Tok.Name) param(p, false);
    } else if (p.isOp("**")) {
      p.take(Id.DoubleStar);
      param(p, false);
    } else param(p, true);
    if (!p.isOp(",")) break;
    p.take(Id.Comma);
  }
  p.takeOp(")", Id.CloseParen);
  p.finish(Id.ParamList, s);
}

function param(p: Parser, withDefault: boolean): void {
  p.takeName(Id.VariableName);
  if (p.isOp(":")) {
    const s = p.start();
    p.take(Id.Colon);
    test(p);
    p.finish(Id.TypeDef, s);
  }
  if (withDefault && p.isOp("=")) {
    p.take(Id.ParamAssignOp);
    test(p);
  }
}

function classDefinition(p: Parser, s: Start): void {
  p.takeKw("class");
  p.takeName(Id.VariableName);
  if (p.isOp("[")) bail(); // type parameters
  if (p.isOp("(")) argList(p);
  body(p);
  p.finish(Id.ClassDefinition, s);
}

/** Decorators (`@` and a dotted name with optional arguments, to the newline), then a class or function. */
function decorated(p: Parser): void {
  const s = p.start();
  while (p.isOp("@")) {
    const d = p.start();
    p.take(Id.AtDecorator);
    dottedName(p);
    if (p.isOp("(")) argList(p);
    if (p.peek().kind !== Tok.Newline) bail();
    p.skip();
    p.finish(Id.Decorator, d);
  }
  const c = p.start();
  if (p.isKw("class")) classDefinition(p, c);
  else {
    if (p.isKw("async")) p.takeKw("async");
    if (!p.isKw("def")) bail();
    functionDefinition(p, c);
  }
  p.finish(Id.DecoratedStatement, s);
}
