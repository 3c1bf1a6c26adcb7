// A `def`'s parameter list: names in order, which a positional argument can fill,
// defaults, and whether `*args`/`**kwargs` take what we do not follow. Parameters
// bind in the function's own scope; defaults and annotations are walked where the
// `def` runs.
import type { SyntaxNode } from "@lezer/common";
import type { Binding, PyExpr, PyFunction } from "../types.js";
import { EXPRESSIONS } from "./expressions.js";
import { children } from "./util-nodes.js";

export interface ParamSite {
  src(n: SyntaxNode): string;
  /** Binds a parameter name in the function's scope: the binding, to take its annotation. */
  bindParam(n: SyntaxNode): Extract<Binding, { kind: "other" }>;
  expr(n: SyntaxNode): PyExpr;
  visit(n: SyntaxNode): void;
}

export function readParams(paramList: SyntaxNode, fn: PyFunction, site: ParamSite): void {
  let isDefault = false;
  let keywordOnly = false;
  let star: string | undefined;
  let last: Extract<Binding, { kind: "other" }> | undefined;
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
      last = site.bindParam(p);
    } else if (p.name === ",") {
      isDefault = false;
      star = undefined;
      last = undefined;
    } else if (isDefault && EXPRESSIONS.has(p.name)) {
      const name = fn.params[fn.params.length - 1];
      const value = site.expr(p);
      if (name !== undefined) fn.defaults.set(name, value);
    } else if (p.name === "TypeDef") {
      site.visit(p);
      // A dotted name only (`WorkspaceClient`, `sdk.WorkspaceClient`): reading it again records no call twice.
      const type = children(p).find((c) => EXPRESSIONS.has(c.name));
      if (last && type && !isDefault && /^[\w.]+$/.test(site.src(type))) last.annotation = site.expr(type);
    }
  }
}
