// What a model runs when it loads, decided by following imports from its entry rather than by everything
// shipped: a models-from-code file (python_model= / lc_model=) or a serving.yaml file that defines the model
// runs whole; an instance of a class defined in the logging script or notebook is pickled with only what its
// methods reach, so the script's own imports (DBUtils for an experiment path) are not the model's. Analysed
// modules those import run whole in turn, with their packages' __init__ files.
import path from "node:path";
import { sequentialBinding } from "./evaluate/binding-order.js";
import type { ModelImport } from "./python-facts.js";
import type { Project } from "./resolve.js";
import type { Binding, PyCall, PyClass, PyExpr, PyFunction, PyImport, PyModule, Scope } from "./types.js";

export interface ModelEntry {
  module: PyModule;
  /** Only this class (its methods, bases and the module-level names they use) is the model's code. */
  cls?: PyClass;
  /** Where the module's top-level code pickles the instance (the log call): the globals it captures are those bound then. */
  pickledAt?: number;
}

type ImportBinding = Extract<Binding, { kind: "import" }>;

/**
 * Import statements the model executes, transitively. Absolute imports are resolved only under `roots` (the
 * entry's and the logging script's directories, where MLflow's code_paths land beside); an import that does
 * not resolve there is not followed, which keeps the set to what certainly runs.
 */
export function modelImports(entries: readonly ModelEntry[], project: Project, roots: readonly string[]): ModelImport[] {
  const out: ModelImport[] = [];
  const whole = new Set<PyModule>();
  const queue: PyModule[] = [];
  const reach = (imp: PyImport, from: PyModule, bindings: readonly ImportBinding[]) => {
    out.push({ imp, module: from });
    for (const m of targets(imp, from, bindings, project, roots)) {
      if (!whole.has(m)) {
        whole.add(m);
        queue.push(m);
      }
    }
  };
  for (const e of entries) {
    if (e.cls) {
      for (const [imp, bindings] of classCode(e.cls, e.module, project, e.pickledAt).imports) reach(imp, e.module, bindings);
    } else if (!whole.has(e.module)) {
      whole.add(e.module);
      queue.push(e.module);
    }
  }
  for (let m = queue.shift(); m; m = queue.shift()) {
    const byStatement = importStatements(m);
    for (const imp of m.imports) reach(imp, m, byStatement.get(imp) ?? []);
  }
  return out;
}

const statementsOf = new WeakMap<PyModule, Map<PyImport, ImportBinding[]>>();

/** Every import binding of a module (module, class and function scopes), by the statement that makes it; once per module. */
function importStatements(m: PyModule): Map<PyImport, ImportBinding[]> {
  const hit = statementsOf.get(m);
  if (hit) return hit;
  const scopes: Scope[] = [m.scope, ...m.functions.map((f) => f.scope), ...m.classes.map((c) => c.scope)];
  const out = new Map<PyImport, ImportBinding[]>();
  for (const s of scopes) {
    for (const list of s.bindings.values()) {
      for (const b of list) {
        if (b.kind !== "import") continue;
        const imp = statementOf(m, b);
        if (imp) out.set(imp, [...(out.get(imp) ?? []), b]);
      }
    }
  }
  statementsOf.set(m, out);
  return out;
}

function statementOf(m: PyModule, b: ImportBinding): PyImport | undefined {
  return m.imports.find((i) => i.span.file === b.span.file && i.span.start <= b.span.start && b.span.end <= i.span.end);
}

/**
 * What an instance of a class defined in the logging script carries when MLflow pickles it: the class's scopes
 * (its body, methods and the functions nested in them), the module's functions and classes they use, in turn,
 * and the module-level values they read (`llm = ChatDatabricks(...)`, with what those values name, and the items
 * `.append`ed to them). The rest of the script (cells that query the endpoint, other models) is not the model's.
 * cloudpickle captures a global's value when the instance is pickled: of a name bound only by top-level
 * assignments, the one bound last before `pickledAt` (a notebook that tries one client, then rebinds it).
 */
export interface ClassCode {
  module: PyModule;
  scopes: ReadonlySet<Scope>;
  /** Module-level expressions the class reaches: a call inside one of these spans runs with the model. */
  values: readonly PyExpr[];
  /** Import bindings the reached code names, by the statement that makes them, in the module's order. */
  imports: ReadonlyMap<PyImport, ImportBinding[]>;
}

export function classCode(cls: PyClass, module: PyModule, project: Project, pickledAt?: number): ClassCode {
  const byStatement = importStatements(module);
  const used = new Map<PyImport, ImportBinding[]>();
  const use = (b: ImportBinding) => {
    const imp = statementOf(module, b);
    if (imp) used.set(imp, [...(used.get(imp) ?? []), b]);
  };
  const scopes = new Set<Scope>();
  const values: PyExpr[] = [];
  const owners: (PyClass | PyFunction)[] = [cls];
  const seen = new Set<PyClass | PyFunction>(owners);
  const seenNames = new Set<string>();
  const pending: PyExpr[] = [];
  for (let owner = owners.shift(); owner; owner = owners.shift()) {
    const owned = ownedScopes(owner, module);
    const ownedSet = new Set(owned);
    for (const s of owned) scopes.add(s);
    for (const s of owned) for (const list of s.bindings.values()) for (const b of list) if (b.kind === "import") use(b);
    const exprs: PyExpr[] = "bases" in owner ? [...owner.bases, ...[...owner.instanceAttrs.values()].flat().map((s) => s.value)] : [];
    for (const s of owned) for (const list of s.bindings.values()) for (const b of list) if (b.kind === "value") exprs.push(b.value);
    for (const call of module.calls) if (ownedSet.has(call.scope)) exprs.push(call);
    pending.push(...exprs);
    // Names reached through the owners and the module-level values they read, until nothing new turns up.
    for (let e = pending.pop(); e; e = pending.pop()) {
      for (const name of names([e])) {
        const found = project.lookupScope(name.name, name.scope);
        if (found?.scope !== module.scope) continue;
        if (seenNames.has(name.name)) continue;
        seenNames.add(name.name);
        const captured = sequentialBinding(found.bindings, pickledAt);
        for (const b of captured ? [captured] : found.bindings) {
          if (b.kind === "import") use(b);
          if (b.kind === "value") {
            values.push(b.value);
            pending.push(b.value);
          }
          const next = b.kind === "def" ? b.fn : b.kind === "class" ? b.cls : undefined;
          if (next && !seen.has(next)) {
            seen.add(next);
            owners.push(next);
          }
        }
        for (const item of module.scope.appends.get(name.name) ?? []) {
          values.push(item);
          pending.push(item);
        }
      }
    }
  }
  // Keep the module's statement order, and every binding of a used statement.
  const imports = new Map([...byStatement.keys()].filter((i) => used.has(i)).map((i) => [i, used.get(i)!]));
  return { module, scopes, values, imports };
}

/** Whether a call of the class's module runs with the pickled instance. */
export function inClassCode(code: ClassCode, call: PyCall): boolean {
  if (call.scope.module !== code.module || code.scopes.has(call.scope)) return true;
  const at = call.span;
  return code.values.some((v) => v.span.file === at.file && v.span.start <= at.start && at.end <= v.span.end);
}

/** The scopes of a class (its body, methods and functions nested in them) or of a function (and its nested functions). */
function ownedScopes(owner: PyClass | PyFunction, module: PyModule): Scope[] {
  const root = owner.scope;
  const out: Scope[] = [root];
  for (const fn of module.functions) {
    for (let s: Scope | undefined = fn.scope.parent; s; s = s.parent) {
      if (s === root) {
        out.push(fn.scope);
        break;
      }
    }
  }
  return out;
}

/** Every name an expression mentions, through attributes, calls and containers. */
function names(exprs: readonly PyExpr[]): Extract<PyExpr, { kind: "name" }>[] {
  const out: Extract<PyExpr, { kind: "name" }>[] = [];
  const stack = [...exprs];
  for (let e = stack.pop(); e; e = stack.pop()) {
    switch (e.kind) {
      case "name":
        out.push(e);
        break;
      case "attr":
        stack.push(e.object);
        break;
      case "call":
        stack.push(e.callee, ...e.args, ...e.keywords.map((k) => k.value), ...e.starKwargs);
        break;
      case "list":
        stack.push(...e.items);
        break;
      case "dict":
        for (const d of e.entries) stack.push(d.key, d.value);
        break;
      default:
        break;
    }
  }
  return out;
}

/** The analysed modules an import statement loads: the module or package named, the names imported from it, and the packages' __init__ files on the way. */
function targets(imp: PyImport, from: PyModule, bindings: readonly ImportBinding[], project: Project, roots: readonly string[]): PyModule[] {
  const dotted = imp.module.split(".").filter(Boolean);
  const candidates = [dotted, ...bindings.filter((b) => b.name !== undefined).map((b) => [...dotted, b.name!])];
  const bases = imp.level > 0 ? [relativeBase(from, imp.level)] : roots;
  const out: PyModule[] = [];
  for (const base of bases) {
    for (const parts of candidates) {
      const m = moduleAt(project, base, parts, from);
      if (!m) continue;
      out.push(m);
      // Importing a.b.c runs a/__init__.py and a/b/__init__.py first.
      for (let n = 1; n < parts.length; n++) {
        const init = project.fileAt(path.join(base, ...parts.slice(0, n), "__init__.py"), from);
        if (init) out.push(init);
      }
    }
  }
  return out;
}

function relativeBase(from: PyModule, level: number): string {
  let dir = path.dirname(from.absPath);
  for (let l = 1; l < level; l++) dir = path.dirname(dir);
  return dir;
}

function moduleAt(project: Project, base: string, parts: readonly string[], from: PyModule): PyModule | undefined {
  if (parts.length === 0) return project.fileAt(path.join(base, "__init__.py"), from);
  const p = path.join(base, ...parts);
  return project.fileAt(`${p}.py`, from) ?? project.fileAt(path.join(p, "__init__.py"), from);
}
