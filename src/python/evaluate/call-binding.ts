// A call of a repository function bound to its parameters: the frame the
// evaluator reads the function's body in (evaluate.ts). Positional arguments,
// keywords and defaults; anything that Python would refuse, or that is not known
// (a *spread), gives no frame.
import type { PyCall, PyExpr, PyFunction, Scope } from "../types.js";

/** Nested calls followed at most. */
const MAX_CALLS = 4;

/** The arguments of one call of a repository function, by parameter. */
export interface Frame {
  scope: Scope;
  args: Map<string, { expr: PyExpr; frames: Frames }>;
}
export type Frames = readonly Frame[];

/** The call's arguments by parameter (defaults for the rest); undefined when they are not all known or would not bind. */
export function bindCall(fn: PyFunction, call: PyCall, frames: Frames): Frame | undefined {
  if (call.starArgs || call.starKwargs.length > 0 || frames.length >= MAX_CALLS) return undefined;
  if (call.args.length > fn.positional.length && !fn.variadic) return undefined; // a TypeError
  const args: Frame["args"] = new Map();
  for (let i = 0; i < call.args.length; i++) {
    const param = fn.positional[i];
    if (param === undefined) return undefined;
    args.set(param, { expr: call.args[i]!, frames });
  }
  for (const k of call.keywords) {
    if (!fn.params.includes(k.name) || args.has(k.name)) return undefined;
    args.set(k.name, { expr: k.value, frames });
  }
  for (const [param, value] of fn.defaults) if (!args.has(param)) args.set(param, { expr: value, frames: [] });
  return { scope: fn.scope, args };
}
