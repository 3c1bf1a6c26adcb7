// One-line statements as @lezer/python builds them: assignments (chained,
// annotated, augmented; targets are plain comma lists, not tuples), expression
// statements, imports, and the keyword statements. `;` makes a StatementGroup
// that holds the line's newline; otherwise the newline is outside the node.
import { bail } from "./bail.js";
import { Tok } from "./lexer.js";
import { Id } from "./node-types.js";
import type { Parser } from "./parser-core.js";
import { commaList, expression, startsTest, test } from "./expressions.js";
import { yieldBody, yieldExpression } from "./yield.js";

const UPDATE_OPS = new Set(["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<<=", ">>=", "**=", "//="]);
/** Soft keywords: lezer may also read a statement of their own (match, type) at a line's start. */
const SOFT_KEYWORDS = new Set(["match", "case", "type"]);

export function simpleStatement(p: Parser): void {
  const s = p.start();
  smallStatement(p);
  if (p.isOp(";")) {
    while (p.isOp(";")) {
      p.take(Id.Semicolon);
      if (!endsLine(p)) smallStatement(p);
    }
    endLine(p);
    p.finish(Id.StatementGroup, s);
    return;
  }
  endLine(p);
}

function endsLine(p: Parser): boolean {
  const k = p.peek().kind;
  return k === Tok.Newline || k === Tok.Eof;
}

function endLine(p: Parser): void {
  const t = p.peek();
  if (t.kind === Tok.Newline) p.skip();
  else if (t.kind !== Tok.Eof) bail();
}

function smallStatement(p: Parser): void {
  const s = p.start();
  const t = p.peek();
  if (t.kind === Tok.Name) {
    switch (t.text) {
      case "pass":
        return keywordOnly(p, "pass", Id.PassStatement);
      case "break":
        return keywordOnly(p, "break", Id.BreakStatement);
      case "continue":
        return keywordOnly(p, "continue", Id.ContinueStatement);
      case "del":
        p.takeKw("del");
        for (;;) {
          expression(p, 1);
          if (!p.isOp(",")) break;
          p.take(Id.Comma);
          if (endsLine(p) || p.isOp(";")) break;
        }
        return p.finish(Id.DeleteStatement, s);
      case "return":
        p.takeKw("return");
        if (startsTest(p.peek()) || p.isOp("*")) commaList(p, true);
        return p.finish(Id.ReturnStatement, s);
      case "yield":
        yieldBody(p);
        return p.finish(Id.YieldStatement, s);
      case "raise":
        return raise(p, s);
      case "import":
      case "from":
        importStatement(p);
        return p.finish(Id.ImportStatement, s);
      case "global":
      case "nonlocal":
        p.takeKw(t.text);
        for (;;) {
          p.takeName(Id.VariableName);
          if (!p.isOp(",")) break;
          p.take(Id.Comma);
          if (endsLine(p) || p.isOp(";")) break;
        }
        return p.finish(Id.ScopeStatement, s);
      case "assert":
        p.takeKw("assert");
        commaList(p, false);
        return p.finish(Id.AssertStatement, s);
      case "print":
        // lezer's legacyPrint token: `print x` is a PrintStatement (an error in Python 3); not read here.
        if (!/^[ \t]*[(.\n#]/.test(p.text.slice(t.to, t.to + 200))) bail();
        break;
      default:
        if (SOFT_KEYWORDS.has(t.text) && !/^[ \t]*(\.|:|=[^=]|\n|$)/.test(p.text.slice(t.to, t.to + 200))) bail();
    }
  }
  targets(p);
  if (p.isOp("=")) {
    assignments(p);
    return p.finish(Id.AssignStatement, s);
  }
  if (p.isOp(":")) {
    const ts = p.start();
    p.take(Id.Colon);
    test(p);
    p.finish(Id.TypeDef, ts);
    if (p.isOp("=")) assignments(p);
    return p.finish(Id.AssignStatement, s);
  }
  const op = p.peek();
  if (op.kind === Tok.Op && UPDATE_OPS.has(op.text)) {
    p.take(Id.UpdateOp);
    if (p.isKw("yield")) yieldExpression(p);
    else commaList(p, false);
    return p.finish(Id.UpdateStatement, s);
  }
  p.finish(Id.ExpressionStatement, s);
}

function keywordOnly(p: Parser, kw: string, id: number): void {
  const s = p.start();
  p.takeKw(kw);
  p.finish(id, s);
}

/** lezer's `expressions`: `commaSep<"*" expression | test>`. */
function targets(p: Parser): void {
  if (!startsTest(p.peek()) && !p.isOp("*")) bail();
  commaList(p, true);
}

/** `= value` once or more; each value a yield or a comma list. */
function assignments(p: Parser): void {
  while (p.isOp("=")) {
    p.take(Id.AssignOp);
    if (p.isKw("yield")) yieldExpression(p);
    else targets(p);
  }
}

function raise(p: Parser, s: { from: number; mark: number }): void {
  p.takeKw("raise");
  if (startsTest(p.peek())) {
    test(p);
    if (p.isKw("from")) {
      p.takeKw("from");
      test(p);
    } else if (p.isOp(",")) bail(); // Python 2's `raise E, v`
  }
  p.finish(Id.RaiseStatement, s);
}

function importStatement(p: Parser): void {
  if (p.isKw("import")) {
    p.takeKw("import");
    return importedNames(p);
  }
  p.takeKw("from");
  let dots = false;
  while (p.isOp(".") || p.isOp("...")) {
    p.take(p.isOp(".") ? Id.Dot : Id.Ellipsis);
    dots = true;
  }
  if (!dots || !p.isKw("import")) dottedName(p);
  p.takeKw("import");
  if (p.isOp("*")) p.take(Id.Star);
  else if (p.isOp("(")) {
    p.take(Id.OpenParen);
    importedNames(p);
    p.takeOp(")", Id.CloseParen);
  } else importedNames(p);
}

function importedNames(p: Parser): void {
  for (;;) {
    dottedName(p);
    if (p.isKw("as")) {
      p.takeKw("as");
      p.takeName(Id.VariableName);
    }
    if (!p.isOp(",")) return;
    p.take(Id.Comma);
    if (p.peek().kind !== Tok.Name) return;
  }
}

export function dottedName(p: Parser): void {
  p.takeName(Id.VariableName);
  while (p.isOp(".")) {
    p.take(Id.Dot);
    p.takeName(Id.VariableName);
  }
}
