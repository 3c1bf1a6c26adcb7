// An expression in a function's body as each caller makes it: the function's
// parameters bound to each call site's arguments (call-binding.ts), and for a
// method's `self.X` stored from an `__init__` parameter, each construction's.
import type { Project } from "../resolve.js";
import type { PyCall, PyClass, PyExpr, PyFunction, Scope } from "../types.js";
import { bindCall, type Frames } from "./call-binding.js";
import { fieldValue } from "./settings-objects.js";
import type { Value } from "./values.js";

/** Call sites of one function followed into its body. */
const MAX_SITES = 32;

/** The evaluator's value of an expression under call frames. */
type Evaluate = (expr: PyExpr, frames: Frames) => Value;

/** An expression's value as one call makes it: the call (`make_llm("x")`, `Agent("x")`) and what it gives. */
export interface SiteValue {
  site: PyCall;
  value: Value;
}

/**
 * An expression in the body of a repository function, at each call site of that function in the
 * analysed modules: `def make_llm(name): ChatDatabricks(endpoint=name)` … `make_llm("x")` gives "x".
 * Decorated functions are not followed (the wrapper decides the arguments), nor methods but `__init__`
 * (its parameters, and a method's `self.X` stored from one): each `Cls(...)` call's arguments.
 */
export function valuesAtCallSites(project: Project, evaluate: Evaluate, expr: PyExpr, scope: Scope): SiteValue[] {
  const fn = scope.fn;
  if (fn?.cls) {
    const init = fn.cls.methods.get("__init__");
    // In __init__ itself a parameter is what each construction passes: `Agent("databricks-...")`.
    if (fn === init && !init.opaque && expr.kind !== "attr") return atEachConstruction(project, evaluate, init, fn.cls, expr);
    return atConstructions(project, evaluate, expr, fn.cls);
  }
  if (!fn || fn.opaque) return [];
  return atSites(project.callSites(fn), fn, evaluate, expr);
}

/** `self.X` in a method of `cls`, X stored once (from an `__init__` parameter, `self.x = x`), at each construction of `cls`. */
function atConstructions(project: Project, evaluate: Evaluate, expr: PyExpr, cls: PyClass): SiteValue[] {
  if (expr.kind !== "attr" || expr.object.kind !== "name" || project.selfClass(expr.object) !== cls) return [];
  const init = cls.methods.get("__init__");
  if (!init) return atFieldConstructions(project, evaluate, expr.object.name, expr.attr, cls);
  if (init.opaque) return [];
  const store = project.attrStore(expr.object.name, expr.attr, cls, true);
  if (store?.kind !== "name" || store.scope !== init.scope || !init.params.slice(1).includes(store.name)) return [];
  return atEachConstruction(project, evaluate, init, cls, store);
}

/** `self.field` of a dataclass or pydantic model (settings-objects.ts): what each `cls(...)` passes for it, or its default. */
function atFieldConstructions(project: Project, evaluate: Evaluate, self: string, attr: string, cls: PyClass): SiteValue[] {
  if (!cls.annotated.has(attr) || project.subclassed(cls) || cls.scope.module.mutated.has(`${self}.${attr}`)) return [];
  const out: SiteValue[] = [];
  for (const site of project.callSites(cls).slice(0, MAX_SITES)) {
    const value = fieldValue(project, cls, site, attr, site.span, (e) => evaluate(e, []));
    if (value) out.push({ site, value });
  }
  return out;
}

/** An expression of `__init__`'s body at each `cls(...)` call in the analysed modules. */
function atEachConstruction(project: Project, evaluate: Evaluate, init: PyFunction, cls: PyClass, expr: PyExpr): SiteValue[] {
  // The constructor's arguments fill __init__'s parameters after `self`.
  return atSites(project.callSites(cls), { ...init, positional: init.positional.slice(1) }, evaluate, expr);
}

/** `expr` in `fn`'s body under each call's arguments; a call that would not bind gives nothing. */
function atSites(sites: readonly PyCall[], fn: PyFunction, evaluate: Evaluate, expr: PyExpr): SiteValue[] {
  const out: SiteValue[] = [];
  for (const site of sites.slice(0, MAX_SITES)) {
    const frame = bindCall(fn, site, []);
    if (frame) out.push({ site, value: evaluate(expr, [frame]) });
  }
  return out;
}
