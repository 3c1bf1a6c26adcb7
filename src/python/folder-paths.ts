// Paths a logging script builds from its own folder: `os.path.join(os.getcwd(), "agent.py")` (a driver
// notebook's working directory is its folder) and `os.path.join(os.path.dirname(os.path.abspath(__file__)),
// "agent.py")` (a script's). Both name what the bare relative literal names, which we read from the naming
// file's folder, so they become that literal. pathlib's `/` is not followed (the evaluator has no operator).
import type { Project } from "./resolve.js";
import type { PyExpr } from "./types.js";
import type { Value } from "./evaluate/values.js";

const MAX_DEPTH = 6;

/** `value` as a path relative to the module's folder when it is one built from that folder; else itself. */
export function folderRelative(value: Value, project: Project): Value {
  const v = asCall(unwrapAbsolute(value, project), project);
  if (!v || callPath(v, project) !== "os.path.join") return value;
  const [first, ...rest] = v.args;
  if (!first || !isOwnFolder(first, project)) return value;
  // Every part a relative literal (an absolute one would replace the folder).
  const parts = rest.map((a) => project.value(a)).flatMap((p) => (p.kind === "str" && !p.value.startsWith("/") ? [p] : []));
  const last = parts.at(-1);
  if (!last || parts.length !== rest.length) return value;
  const joined = parts.map((p) => p.value).join("/");
  return { kind: "str", value: joined, span: last.span, ...(parts.length === 1 && last.contentSpan ? { contentSpan: last.contentSpan } : {}) };
}

type Call = Extract<Value, { kind: "call" }>;

/** The call an expression is or a name holds, with positional arguments only. */
function asCall(expr: PyExpr, project: Project): Call | undefined {
  const v = expr.kind === "call" ? expr : project.value(expr);
  return v.kind === "call" && v.keywords.length === 0 && !v.starArgs && v.starKwargs.length === 0 ? v : undefined;
}

function callPath(call: Call, project: Project): string | undefined {
  return project.qualify(call.callee)?.path;
}

/** x of `os.path.abspath(x)` / `os.path.realpath(x)`, which name the same file here; else the expression. */
function unwrapAbsolute(expr: PyExpr, project: Project, depth = 0): PyExpr {
  const v = depth < MAX_DEPTH ? asCall(expr, project) : undefined;
  const p = v?.args.length === 1 ? callPath(v, project) : undefined;
  return p === "os.path.abspath" || p === "os.path.realpath" ? unwrapAbsolute(v!.args[0]!, project, depth + 1) : expr;
}

/** `os.getcwd()`, or the folder of the module's own file: `os.path.dirname(<own file>)`. */
function isOwnFolder(expr: PyExpr, project: Project): boolean {
  const v = asCall(unwrapAbsolute(expr, project), project);
  const p = v && callPath(v, project);
  if (p === "os.getcwd") return v!.args.length === 0;
  return p === "os.path.dirname" && v!.args.length === 1 && isOwnFile(v!.args[0]!, project);
}

/** `__file__` (unbound: the module's own), or `inspect.getfile(inspect.currentframe())`, through abspath/realpath. */
function isOwnFile(expr: PyExpr, project: Project): boolean {
  const e = unwrapAbsolute(expr, project);
  if (e.kind === "name" && e.name === "__file__") return project.qualify(e)?.origin === "unbound";
  const v = asCall(e, project);
  if (!v || v.args.length !== 1 || callPath(v, project) !== "inspect.getfile") return false;
  const frame = asCall(v.args[0]!, project);
  return frame !== undefined && frame.args.length === 0 && callPath(frame, project) === "inspect.currentframe";
}
