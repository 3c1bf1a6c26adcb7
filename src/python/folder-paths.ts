// Paths a logging script builds from its own folder: `os.path.join(os.getcwd(), "agent.py")` (a driver
// notebook's working directory is its folder), `os.path.join(os.path.dirname(os.path.abspath(__file__)),
// "agent.py")` and pathlib's `str(Path(__file__).parent / "agent.py")` (a script's). Each names what the
// bare relative literal names, which we read from the naming file's folder, so it becomes that literal.
import type { Project } from "./resolve.js";
import type { PyExpr, PyStr } from "./types.js";
import type { Value } from "./evaluate/values.js";

const MAX_DEPTH = 12;

/** A path relative to the module's folder: its parts, and the last literal written (where findings go). */
interface Rel {
  parts: string[];
  last?: PyStr;
}

/** The module's own file (`__file__`), or a path relative to its folder; undefined when neither is certain. */
type Place = "file" | Rel;

/** `expr` as a literal path relative to the module's folder when it is built from that folder; else undefined. */
export function folderRelative(expr: PyExpr, project: Project): Value | undefined {
  const place = placeOf(expr, project, 0);
  if (place === undefined || place === "file" || !place.last || place.parts.length === 0) return undefined;
  if (place.parts.some((p) => p === "" || p.startsWith("/"))) return undefined;
  const last = place.last;
  const value = place.parts.join("/");
  // The literal's own text, when it is the whole path, is where an edit of the path would go.
  const own = value === last.value && last.contentSpan ? { contentSpan: last.contentSpan } : {};
  return { kind: "str", value, span: last.span, ...own };
}

const FILE_METHODS = new Set(["resolve", "absolute", "expanduser", "as_posix"]);
const PATH_CLASSES = new Set(["pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath"]);

function placeOf(expr: PyExpr, project: Project, depth: number): Place | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const next = (e: PyExpr) => placeOf(e, project, depth + 1);
  switch (expr.kind) {
    case "name": {
      if (expr.name === "__file__") return project.qualify(expr)?.origin === "unbound" ? "file" : undefined;
      const b = project.only(expr.name, expr.scope);
      return b?.kind === "value" ? next(b.value) : undefined;
    }
    case "attr":
      // `.parent` of the file is its folder; of a path, one part up (not above the folder).
      return expr.attr === "parent" ? parent(next(expr.object)) : undefined;
    case "subscript": {
      // `Path(__file__).parents[0]`
      const index = project.value(expr.index);
      return expr.object.kind === "attr" && expr.object.attr === "parents" && index.kind === "const" && index.text === "0" ? parent(next(expr.object.object)) : undefined;
    }
    case "div":
      return joined(next(expr.left), [expr.right], project);
    case "call":
      return callPlace(expr, project, next);
    default:
      return undefined;
  }
}

function callPlace(call: Extract<PyExpr, { kind: "call" }>, project: Project, next: (e: PyExpr) => Place | undefined): Place | undefined {
  if (call.keywords.length > 0 || call.starArgs || call.starKwargs.length > 0) return undefined;
  const q = project.qualify(call.callee);
  const path = q?.origin === "local" ? undefined : q?.path;
  const [first, ...rest] = call.args;
  switch (path) {
    case "os.getcwd":
    case "pathlib.Path.cwd":
      return call.args.length === 0 ? { parts: [] } : undefined;
    case "os.path.abspath":
    case "os.path.realpath":
    case "os.fspath":
    case "str":
      return call.args.length === 1 ? next(first!) : undefined;
    case "os.path.dirname":
      return call.args.length === 1 ? parent(next(first!)) : undefined;
    case "os.path.join":
      return first ? joined(next(first), rest, project) : undefined;
    case "inspect.getfile":
      return call.args.length === 1 && first!.kind === "call" && first!.args.length === 0 && project.qualify(first!.callee)?.path === "inspect.currentframe" ? "file" : undefined;
  }
  if (path && PATH_CLASSES.has(path)) {
    // Path() is ".", Path(__file__) the file, Path(base, "a", "b") a join.
    if (!first) return { parts: [] };
    const start = next(first) ?? literalPart(first, project);
    return rest.length === 0 ? start : joined(start, rest, project);
  }
  // Methods of a path: `.resolve()`, `.joinpath("a")`, `.with_name("agent.py")`.
  if (call.callee.kind !== "attr") return undefined;
  const method = call.callee.attr;
  if (FILE_METHODS.has(method)) return call.args.length === 0 ? next(call.callee.object) : undefined;
  if (method === "joinpath") return joined(next(call.callee.object), call.args, project);
  if (method === "with_name" && call.args.length === 1) return joined(parent(next(call.callee.object)), call.args, project);
  return undefined;
}

/** The folder holding a place: the module's folder for its file; undefined above it. */
function parent(place: Place | undefined): Place | undefined {
  if (place === "file") return { parts: [] };
  if (!place || place.parts.length === 0) return undefined;
  return { parts: place.parts.slice(0, -1), ...(place.last ? { last: place.last } : {}) };
}

/** `base / "a"`, `os.path.join(base, "a", "b")`: each further part a relative literal. */
function joined(base: Place | undefined, parts: readonly PyExpr[], project: Project): Place | undefined {
  if (!base || base === "file") return undefined;
  let out: Rel = base;
  for (const p of parts) {
    const lit = literalPart(p, project);
    if (!lit) return undefined;
    out = { parts: [...out.parts, ...lit.parts], last: lit.last! };
  }
  return out;
}

/** A relative string literal as one path part (its slashes split it). */
function literalPart(expr: PyExpr, project: Project): Rel | undefined {
  const v = project.value(expr);
  if (v.kind !== "str" || v.value.startsWith("/") || v.value === "") return undefined;
  return { parts: v.value.split("/").filter((p) => p !== "" && p !== "."), last: v };
}
