// An expression in a function's body as each caller makes it: the function's
// parameters bound to each call site's arguments (call-binding.ts), and for a
// method's `self.X` stored from an `__init__` parameter, each construction's.
import type { Project } from "../resolve.js";
import type { PyClass, PyExpr, PyFunction, Scope } from "../types.js";
import { bindCall, type Frames } from "./call-binding.js";
import type { Value } from "./values.js";

/** Call sites of one function followed into its body. */
const MAX_SITES = 32;

/** The evaluator's value of an expression under call frames. */
type Evaluate = (expr: PyExpr, frames: Frames) => Value;

/**
 * An expression in the body of a repository function, at each call site of that function in the
 * analysed modules: `def make_llm(name): ChatDatabricks(endpoint=name)` … `make_llm("x")` gives "x".
 * Decorated functions are not followed (the wrapper decides the arguments), nor methods but `__init__`
 * (its parameters, and a method's `self.X` stored from one): each `Cls(...)` call's arguments.
 */
export function valuesAtCallSites(project: Project, evaluate: Evaluate, expr: PyExpr, scope: Scope): Value[] {
  const fn = scope.fn;
  if (fn?.cls) {
    const init = fn.cls.methods.get("__init__");
    // In __init__ itself a parameter is what each construction passes: `Agent("databricks-...")`.
    if (fn === init && !init.opaque && expr.kind !== "attr") return atEachConstruction(project, evaluate, init, fn.cls, expr);
    return atConstructions(project, evaluate, expr, fn.cls);
  }
  if (!fn || fn.opaque) return [];
  const out: Value[] = [];
  for (const site of project.callSites(fn).slice(0, MAX_SITES)) {
    const frame = bindCall(fn, site, []);
    if (frame) out.push(evaluate(expr, [frame]));
  }
  return out;
}

/** `self.X` in a method of `cls`, X stored once (from an `__init__` parameter, `self.x = x`), at each construction of `cls`. */
function atConstructions(project: Project, evaluate: Evaluate, expr: PyExpr, cls: PyClass): Value[] {
  const init = cls.methods.get("__init__");
  if (expr.kind !== "attr" || expr.object.kind !== "name" || !init || init.opaque) return [];
  if (project.selfClass(expr.object) !== cls) return [];
  const store = project.attrStore(expr.object.name, expr.attr, cls, true);
  if (store?.kind !== "name" || store.scope !== init.scope || !init.params.slice(1).includes(store.name)) return [];
  return atEachConstruction(project, evaluate, init, cls, store);
}

/** An expression of `__init__`'s body at each `cls(...)` call in the analysed modules. */
function atEachConstruction(project: Project, evaluate: Evaluate, init: PyFunction, cls: PyClass, expr: PyExpr): Value[] {
  // The constructor's arguments fill __init__'s parameters after `self`.
  const bound = { ...init, positional: init.positional.slice(1) };
  const out: Value[] = [];
  for (const site of project.callSites(cls).slice(0, MAX_SITES)) {
    const frame = bindCall(bound, site, []);
    if (frame) out.push(evaluate(expr, [frame]));
  }
  return out;
}
