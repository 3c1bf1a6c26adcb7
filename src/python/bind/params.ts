// A `def`'s parameter list: names in order, which a positional argument can fill,
// defaults, and whether `*args`/`**kwargs` take what we do not follow. Parameters
// bind in the function's own scope; defaults and annotations are walked where the
// `def` runs.
import type { SyntaxNode } from "@lezer/common";
import type { PyExpr, PyFunction } from "../types.js";
import { EXPRESSIONS } from "./expressions.js";
import { children } from "./util-nodes.js";

export interface ParamSite {
  src(n: SyntaxNode): string;
  /** Binds a parameter name in the function's scope. */
  bindParam(n: SyntaxNode): void;
  expr(n: SyntaxNode): PyExpr;
  visit(n: SyntaxNode): void;
}

export function readParams(paramList: SyntaxNode, fn: PyFunction, site: ParamSite): void {
  let isDefault = false;
  let keywordOnly = false;
  let star: string | undefined;
  for (const p of children(paramList)) {
    if (p.name === "AssignOp") isDefault = true;
    else if (p.name === "*" || p.name === "**") {
      keywordOnly = true;
      star = p.name;
    } else if (p.name === "VariableName" && !isDefault) {
      const name = site.src(p);
      fn.params.push(name);
      if (star) fn.variadic = true;
      else if (!keywordOnly) fn.positional.push(name);
      site.bindParam(p);
    } else if (p.name === ",") {
      isDefault = false;
      star = undefined;
    } else if (isDefault && EXPRESSIONS.has(p.name)) {
      const name = fn.params[fn.params.length - 1];
      const value = site.expr(p);
      if (name !== undefined) fn.defaults.set(name, value);
    } else if (p.name === "TypeDef") site.visit(p);
  }
}
