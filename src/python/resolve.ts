// Name resolution over all analysed modules: Python's scope rules (a class body
// is not an enclosing scope for its methods), module-level constants, `self.X`
// and class attributes, and `from agent import LLM_ENDPOINT` across files. A
// name bound more than once, mutated, or bound by a loop is unknown.
import path from "node:path";
import { valuesAtCallSites, type SiteValue } from "./evaluate/call-sites.js";
import { storedInArms } from "./evaluate/binding-order.js";
import { Evaluator } from "./evaluate/evaluate.js";
import { RunTargets } from "./run-targets.js";
import type { EnvironmentOf } from "./evaluate/environment.js";
import type { YamlReader } from "./evaluate/model-config.js";
import type { Value } from "./evaluate/values.js";
import type { Binding, PyCall, PyClass, PyExpr, PyFunction, PyModule, Scope } from "./types.js";

/** A callee or base class as a dotted path: where it comes from decides what it is. */
export interface Qualified {
  path: string;
  /** `import`: through an import; `unbound`: no binding (a builtin or a star import); `local`: defined here. */
  origin: "import" | "unbound" | "local";
}

const MAX_HOPS = 24;

export class Project {
  private readonly byPath = new Map<string, PyModule[]>();
  private readonly evaluator: Evaluator;
  private stores: Set<string> | undefined;
  private sites: Map<PyFunction | PyClass, PyCall[]> | undefined;
  private derived: Set<PyClass | string | undefined> | undefined;
  private readonly imported = new Map<PyModule, Map<string, PyModule | undefined>>();
  private readonly runs = new RunTargets(this.byPath);
  /** Every folder name and file stem in the analysed modules' paths: an import whose first name is none of them names no analysed module. */
  private readonly pathNames = new Set<string>();

  /**
   * `readYaml`: the confined reader for model-config YAML (none: such configs are unknown);
   * `environmentOf`: the served entities' environment_vars a module runs under (none: os.environ is unknown).
   */
  constructor(readonly modules: readonly PyModule[], options: { readYaml?: YamlReader; environmentOf?: EnvironmentOf } = {}) {
    this.evaluator = new Evaluator(this, options.readYaml, options.environmentOf);
    for (const m of modules) {
      this.byPath.set(m.absPath, [...(this.byPath.get(m.absPath) ?? []), m]);
      for (const part of m.absPath.split(path.sep)) this.pathNames.add(part.endsWith(".py") ? part.slice(0, -3) : part);
    }
  }

  /**
   * The module at a path, as seen from `from`. A file a notebook writes with %%writefile belongs to that
   * notebook: its own cells see it; another notebook never does (two notebooks writing agent.py are two
   * agents); a plain file sees it only when no real file is there and a single notebook writes it.
   * `at` (an offset in `from`'s notebook): cells run in order, so the file there is the last write before it.
   */
  fileAt(absPath: string, from?: PyModule, at?: number): PyModule | undefined {
    const all = this.byPath.get(absPath);
    if (!all) return undefined;
    const writes = from ? all.filter((m) => m.origin === "writefile" && m.source === from.source) : [];
    const own = (at === undefined ? undefined : writes.findLast((m) => (m.writtenAt ?? 0) < at)) ?? writes[0];
    if (own) return own;
    const real = all.find((m) => m.origin !== "writefile");
    if (real) return real;
    const fromNotebook = from !== undefined && from.origin !== "file";
    return !fromNotebook && all.length === 1 ? all[0] : undefined;
  }

  /** The analysed module an import names, looked up from the importing file's directory upwards (memoized: the evaluator asks often). */
  moduleFor(from: PyModule, module: string, level: number): PyModule | undefined {
    let known = this.imported.get(from);
    if (!known) this.imported.set(from, (known = new Map()));
    const key = `${level}:${module}`;
    if (known.has(key)) return known.get(key);
    const hit = this.findModule(from, module, level);
    known.set(key, hit);
    return hit;
  }

  private findModule(from: PyModule, module: string, level: number): PyModule | undefined {
    let dir = path.dirname(from.absPath);
    for (let l = 1; l < level; l++) dir = path.dirname(dir);
    const rel = module.split(".").filter(Boolean);
    // `import mlflow` in each of a thousand modules: no path joins for a name no analysed path holds.
    if (rel.length > 0 && !this.pathNames.has(rel[0]!)) return undefined;
    const at = (base: string) => this.fileAt(`${base}.py`, from) ?? this.fileAt(path.join(base, "__init__.py"), from);
    for (let up = 0; up < (level > 0 ? 1 : 4); up++) {
      // A project in the src layout (src/pkg/...) imports pkg once installed, from any of its folders.
      const hit = rel.length === 0 ? this.fileAt(path.join(dir, "__init__.py"), from) : at(path.join(dir, ...rel)) ?? (level === 0 ? at(path.join(dir, "src", ...rel)) : undefined);
      if (hit) return hit;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return undefined;
  }

  lookup(name: string, scope: Scope): Binding[] | undefined {
    return this.lookupScope(name, scope)?.bindings;
  }

  /** The bindings of a name and the scope that holds them (a notebook's globals include what its %run notebooks bind). */
  lookupScope(name: string, scope: Scope): { bindings: Binding[]; scope: Scope } | undefined {
    let s: Scope | undefined = scope;
    let first = true;
    while (s) {
      if (s.kind !== "class" || first) {
        const b = s.bindings.get(name);
        if (b) return { bindings: b, scope: s };
      }
      if (!s.parent && s.module.runs) return this.runs.lookup(name, s.module);
      first = false;
      s = s.parent;
    }
    return undefined;
  }


  /** The single binding of a name, or undefined when it is unbound, rebound or mutated. */
  only(name: string, scope: Scope): Binding | undefined {
    const found = this.lookupScope(name, scope);
    const list = found?.bindings;
    if (!list || list.length !== 1 || scope.module.mutated.has(name) || found!.scope.module.mutated.has(name)) return undefined;
    return list[0];
  }

  /** The abstract value of an expression (evaluate/evaluate.ts); unknown when it is not certain. */
  value(expr: PyExpr): Value {
    return this.evaluator.value(expr);
  }

  /** The repository function a callee names: defined here, or imported from an analysed module. */
  functionOf(expr: PyExpr): PyFunction | undefined {
    const member = this.memberOfModule(expr);
    if (member) return member.kind === "def" ? member.fn : undefined;
    if (expr.kind !== "name") return undefined;
    const b = this.only(expr.name, expr.scope);
    if (b?.kind === "def") return b.fn;
    if (b?.kind === "import" && b.name !== undefined) {
      const target = this.moduleFor(expr.scope.module, b.module, b.level);
      const inner = target ? this.only(b.name, target.scope) : undefined;
      if (inner?.kind === "def") return inner.fn;
    }
    return undefined;
  }

  /**
   * The module a call returns: `importlib.import_module("mlflow")`, `__import__("mlflow")`,
   * or a lazy-import helper whose one return is an imported module (`mlflow = _import_mlflow()`).
   */
  private importedModule(call: PyCall, hops: number): Qualified | undefined {
    const q = this.qualify(call.callee, hops + 1);
    if (q && (q.origin === "import" || q.origin === "unbound") && IMPORT_CALLS.has(q.path) && call.args.length === 1 && call.keywords.length === 0) {
      const name = call.args[0]!;
      // Only an absolute module name: a relative one needs `package=`, which we do not follow.
      return name.kind === "str" && /^[A-Za-z_][\w.]*$/.test(name.value) ? { path: name.value, origin: "import" } : undefined;
    }
    const fn = q?.origin === "local" || q?.origin === "import" ? this.functionOf(call.callee) : undefined;
    const ret = fn && !fn.opaque && fn.returns.length === 1 && call.args.length === 0 ? fn.returns[0] : undefined;
    if (ret?.kind !== "name") return undefined;
    const inner = this.qualify(ret, hops + 1);
    // `import mlflow` inside the helper: the name it returns is that module, however it was bound.
    return inner?.origin === "import" && this.lookup(ret.name, ret.scope)?.every((x) => x.kind === "import" && x.name === undefined) ? inner : undefined;
  }

  /**
   * The analysed module a name is bound to: `import agent`, `import pkg.agent as agent`, or
   * `from pkg import agent` where `agent` is a submodule, not a name `pkg` binds.
   */
  moduleOf(expr: PyExpr): PyModule | undefined {
    if (expr.kind !== "name") return undefined;
    const b = this.only(expr.name, expr.scope);
    if (b?.kind !== "import") return undefined;
    const from = expr.scope.module;
    if (b.name === undefined) return this.moduleFor(from, b.module, b.level);
    if (this.moduleFor(from, b.module, b.level)?.scope.bindings.has(b.name)) return undefined;
    return this.moduleFor(from, b.module ? `${b.module}.${b.name}` : b.name, b.level);
  }

  /** `module.Name` of an analysed module: its one module-level binding of Name. */
  private memberOfModule(expr: PyExpr): Binding | undefined {
    if (expr.kind !== "attr") return undefined;
    const target = this.moduleOf(expr.object);
    if (!target || target.mutated.has(expr.attr)) return undefined;
    const bindings = target.scope.bindings.get(expr.attr);
    return bindings?.length === 1 ? bindings[0] : undefined;
  }

  /** The class whose method this `self` (first parameter) belongs to. */
  selfClass(name: PyExpr): PyClass | undefined {
    if (name.kind !== "name") return undefined;
    const fn = name.scope.fn;
    if (!fn?.cls || fn.params[0] !== name.name) return undefined;
    const own = name.scope.bindings.get(name.name);
    return own?.length === 1 && own[0]!.kind === "other" ? fn.cls : undefined;
  }

  /** The one expression `cls.attr` (read as `object.attr`; `self.attr` when `isSelf`) holds: an instance store or a class attribute. */
  attrStore(object: string, attr: string, cls: PyClass, isSelf: boolean): PyExpr | undefined {
    if (cls.scope.module.mutated.has(`${object}.${attr}`) || this.attrStored(attr)) return undefined;
    if (isSelf && this.subclassed(cls)) return undefined; // `self` may be a subclass that overrides it
    const inst = cls.instanceAttrs.get(attr);
    const own = cls.scope.bindings.get(attr);
    if (inst && own) return undefined;
    if (inst) return inst.length === 1 ? inst[0]!.value : storedInArms(inst);
    // An annotated name of a decorated or derived class may be a field (dataclass, pydantic): its class-level
    // value is only the default each construction may replace (call-sites.ts follows the constructions).
    if (isSelf && cls.annotated.has(attr) && (cls.bases.length > 0 || cls.decorators.length > 0)) return undefined;
    return own?.length === 1 && own[0]!.kind === "value" ? own[0]!.value : undefined;
  }

  /** The calls of a repository function (or constructions of a repository class) across the analysed modules, as written. */
  callSites(fn: PyFunction | PyClass): readonly PyCall[] {
    if (!this.sites) {
      this.sites = new Map();
      for (const m of this.modules) {
        for (const call of m.calls) {
          const target = this.functionOf(call.callee) ?? this.classOf(call.callee);
          if (!target) continue;
          const list = this.sites.get(target) ?? [];
          list.push(call);
          this.sites.set(target, list);
        }
      }
    }
    return this.sites.get(fn) ?? [];
  }

  /** What an expression in a function's body is at each call site of that function (evaluate/call-sites.ts). */
  atCallSites(expr: PyExpr, scope: Scope): SiteValue[] {
    return valuesAtCallSites(this, (e, frames) => this.evaluator.value(e, frames), expr, scope);
  }

  /** An attribute some module assigns on an object other than `self` (or through a computed `setattr`). */
  attrStored(attr: string): boolean {
    this.stores ??= new Set(this.modules.flatMap((m) => [...m.attrStores]));
    return this.stores.has(attr) || this.stores.has("*");
  }

  /**
   * Whether an analysed class derives from this one: then `self` may be the subclass, which can
   * override any attribute. A base written `mod.Name` counts when its last segment is the class's name.
   */
  subclassed(cls: PyClass): boolean {
    this.derived ??= new Set(this.modules.flatMap((m) => m.classes.flatMap((c) => c.bases.map((b) => this.classOf(b) ?? (b.kind === "attr" ? b.attr : undefined)))));
    return this.derived.has(cls) || this.derived.has(cls.name);
  }

  /** A name bound to a class defined in an analysed module. */
  classOf(expr: PyExpr, hops = 0): PyClass | undefined {
    const member = this.memberOfModule(expr);
    if (member) return member.kind === "class" ? member.cls : undefined;
    if (expr.kind !== "name" || hops > MAX_HOPS) return undefined;
    const b = this.only(expr.name, expr.scope);
    if (b?.kind === "class") return b.cls;
    if (b?.kind === "import" && b.name !== undefined) {
      const target = this.moduleFor(expr.scope.module, b.module, b.level);
      const inner = target?.scope.bindings.get(b.name);
      const only = inner?.length === 1 ? inner[0] : undefined;
      if (only?.kind === "class") return only.cls;
    }
    return undefined;
  }

  /** The dotted path a callee or base names: `mlflow.pyfunc.log_model`, `databricks_langchain.ChatDatabricks`. */
  qualify(expr: PyExpr, hops = 0): Qualified | undefined {
    if (hops > MAX_HOPS) return undefined;
    if (expr.kind === "attr") {
      const q = this.qualify(expr.object, hops + 1);
      return q ? { path: `${q.path}.${expr.attr}`, origin: q.origin } : undefined;
    }
    if (expr.kind !== "name") return undefined;
    const list = this.lookup(expr.name, expr.scope);
    if (!list) return { path: expr.name, origin: "unbound" };
    const b = list[list.length - 1]!;
    if (list.some((x) => x.kind !== b.kind)) return undefined;
    switch (b.kind) {
      case "value":
        return list.length === 1 && b.value.kind === "call" ? this.importedModule(b.value, hops) : undefined;
      case "import": {
        const dots = ".".repeat(b.level);
        const mod = `${dots}${b.module}`;
        return { path: b.name === undefined ? mod : mod && !mod.endsWith(".") ? `${mod}.${b.name}` : `${mod}${b.name}`, origin: "import" };
      }
      case "def":
      case "class":
        return { path: expr.name, origin: "local" };
      default:
        return undefined;
    }
  }
}

/** Call forms that hand back a module object. */
const IMPORT_CALLS = new Set(["importlib.import_module", "__import__"]);

/** The last segment of a dotted path. */
export function lastSegment(p: string): string {
  return p.slice(p.lastIndexOf(".") + 1);
}
