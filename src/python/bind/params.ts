// A `def`'s parameter list: names in order, which a positional argument can fill,
// defaults, and whether `*args`/`**kwargs` take what we do not follow. Parameters
// bind in the function's own scope; defaults and annotations are walked where the
// `def` runs.
import type { SyntaxNode } from "@lezer/common";
import type { Span } from "../../lint/types.js";
import type { Binding, PyExpr, PyFunction, Scope } from "../types.js";
import { EXPRESSIONS } from "./expressions.js";
import { children } from "./util-nodes.js";

export interface ParamSite {
  src(n: SyntaxNode): string;
  span(n: SyntaxNode): Span;
  bind(name: string, binding: Binding, scope: Scope): void;
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
      last = { kind: "other", span: site.span(p) };
      site.bind(name, last, fn.scope);
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
      const type = last && !isDefault ? dottedAnnotation(p, site) : undefined;
      if (last && type) last.annotation = type;
    }
  }
}

/**
 * A type hint's expression (`: WorkspaceClient`, `-> sdk.WorkspaceClient`) when it is a dotted name: the only
 * kind read, as reading it again (after the walk visited it) then records no call twice.
 */
export function dottedAnnotation(typeDef: SyntaxNode, site: Pick<ParamSite, "src" | "expr">): PyExpr | undefined {
  const type = children(typeDef).find((c) => EXPRESSIONS.has(c.name));
  return type && /^[\w.]+$/.test(site.src(type)) ? site.expr(type) : undefined;
}
