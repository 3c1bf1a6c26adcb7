// Environment variables read back in model code: `os.environ["X"]`,
// `os.environ.get("X"[, default])`, `os.getenv("X"[, default])`. The value is
// what the served entities' `environment_vars` give X (serving-env.ts says which
// entities run the module, or that it is not certain): a literal there is an
// option; a secret reference or another value is unknown; an entity that does
// not set X gives the default (`.get`/`getenv`; None without one) or raises
// (`environ[...]`: no option). One entity setting X to a literal is certain;
// anything else is an alts. Outside serving (a driver notebook) the variable is
// whatever the developer's shell holds: such runs are not judged.
import type { LMap } from "../../lint/yaml/located.js";
import { get } from "../../lint/yaml/located.js";
import type { Span } from "../../lint/types.js";
import type { PyExpr, PyModule } from "../types.js";
import { alts, unknown, type Value } from "./values.js";

/** Per served entity running a module, its `environment_vars` (undefined: sets none); undefined when not certain. */
export type EnvironmentOf = (module: PyModule) => readonly (LMap | undefined)[] | undefined;

/** Calls that read one environment variable (with an optional default); `os.environ[...]` is the subscript form. */
export const ENV_READ_CALLS: ReadonlySet<string> = new Set(["os.getenv", "os.environ.get"]);

/** The dotted path of an expression naming `os.environ` / `os.getenv` / `os.environ.get` (through imports), and the module reading it. */
export function osPath(expr: PyExpr, qualify: (e: PyExpr) => { path: string; origin: string } | undefined): { path: string; module: PyModule } | undefined {
  // Every call and subscript the evaluator meets comes here: the last name decides before anything resolves.
  const last = expr.kind === "attr" ? expr.attr : expr.kind === "name" ? expr.name : undefined;
  if (last !== "environ" && last !== "getenv" && last !== "get") return undefined;
  let base = expr;
  while (base.kind === "attr") base = base.object;
  if (base.kind !== "name") return undefined;
  const q = qualify(expr);
  return q?.origin === "import" && q.path.startsWith("os.") ? { path: q.path, module: base.scope.module } : undefined;
}

/** `fallback`: the default of `.get`/`getenv` (None when omitted); undefined for `environ[...]`, which raises. */
export function envValue(entities: readonly (LMap | undefined)[], name: string, fallback: Value | undefined, span: Span): Value {
  const out: Value[] = [];
  let literal = 0;
  for (const env of entities) {
    const node = get(env, name);
    if (!node) {
      if (fallback) out.push(fallback);
    } else if (node.kind === "scalar" && typeof node.value === "string" && !node.value.includes("{{")) {
      out.push({ kind: "str", value: node.value, span: node.span });
      literal++;
    } else out.push(unknown(node.span));
  }
  if (out.length === 0) return unknown(span);
  return entities.length === 1 && literal === 1 ? out[0]! : alts(out, span);
}
