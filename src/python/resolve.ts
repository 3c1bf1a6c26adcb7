// Name resolution over all analysed modules: Python's scope rules (a class body
// is not an enclosing scope for its methods), module-level constants, `self.X`
// and class attributes, and `from agent import LLM_ENDPOINT` across files. A
// name bound more than once, mutated, or bound by a loop is unknown.
import path from "node:path";
import type { Binding, PyClass, PyExpr, PyModule, Scope } from "./types.js";

/** A callee or base class as a dotted path: where it comes from decides what it is. */
export interface Qualified {
  path: string;
  /** `import`: through an import; `unbound`: no binding (a builtin or a star import); `local`: defined here. */
  origin: "import" | "unbound" | "local";
}

const MAX_HOPS = 24;

export class Project {
  private readonly byPath = new Map<string, PyModule[]>();

  constructor(readonly modules: readonly PyModule[]) {
    for (const m of modules) this.byPath.set(m.absPath, [...(this.byPath.get(m.absPath) ?? []), m]);
  }

  /**
   * The module at a path, as seen from `from`. A file a notebook writes with %%writefile belongs to that
   * notebook: its own cells see it; another notebook never does (two notebooks writing agent.py are two
   * agents); a plain file sees it only when no real file is there and a single notebook writes it.
   */
  fileAt(absPath: string, from?: PyModule): PyModule | undefined {
    const all = this.byPath.get(absPath);
    if (!all) return undefined;
    const own = from && all.find((m) => m.origin === "writefile" && m.source === from.source);
    if (own) return own;
    const real = all.find((m) => m.origin !== "writefile");
    if (real) return real;
    const fromNotebook = from !== undefined && from.origin !== "file";
    return !fromNotebook && all.length === 1 ? all[0] : undefined;
  }

  /** The analysed module an import names, looked up from the importing file's directory upwards. */
  moduleFor(from: PyModule, module: string, level: number): PyModule | undefined {
    let dir = path.dirname(from.absPath);
    for (let l = 1; l < level; l++) dir = path.dirname(dir);
    const rel = module.split(".").filter(Boolean);
    for (let up = 0; up < (level > 0 ? 1 : 4); up++) {
      const base = path.join(dir, ...rel);
      const hit = rel.length === 0 ? this.fileAt(path.join(dir, "__init__.py"), from) : this.fileAt(`${base}.py`, from) ?? this.fileAt(path.join(base, "__init__.py"), from);
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

  /** The bindings of a name and the scope that holds them. */
  lookupScope(name: string, scope: Scope): { bindings: Binding[]; scope: Scope } | undefined {
    let s: Scope | undefined = scope;
    let first = true;
    while (s) {
      if (s.kind !== "class" || first) {
        const b = s.bindings.get(name);
        if (b) return { bindings: b, scope: s };
      }
      first = false;
      s = s.parent;
    }
    return undefined;
  }

  /** The single binding of a name, or undefined when it is unbound, rebound or mutated. */
  private only(name: string, scope: Scope): Binding | undefined {
    const list = this.lookup(name, scope);
    if (!list || list.length !== 1 || scope.module.mutated.has(name)) return undefined;
    return list[0];
  }

  /** Follows names, `self.X`, `Class.X` and imported constants to the value they hold; unknown when it is not certain. */
  value(expr: PyExpr, hops = 0): PyExpr {
    if (hops > MAX_HOPS) return { kind: "unknown", span: expr.span };
    if (expr.kind === "name") {
      const b = this.only(expr.name, expr.scope);
      return b ? this.bindingValue(b, expr.scope.module, expr, hops) : { kind: "unknown", span: expr.span };
    }
    if (expr.kind === "attr") return this.attrValue(expr.object, expr.attr, expr, hops);
    return expr;
  }

  /** `from` is the module holding the binding: relative imports start there. */
  private bindingValue(b: Binding, from: PyModule, at: PyExpr, hops: number): PyExpr {
    switch (b.kind) {
      case "value":
        return this.value(b.value, hops + 1);
      case "import": {
        if (b.name === undefined) return { kind: "unknown", span: at.span };
        const target = this.moduleFor(from, b.module, b.level);
        if (!target) return { kind: "unknown", span: at.span };
        const inner = this.only(b.name, target.scope);
        return inner ? this.bindingValue(inner, target, at, hops + 1) : { kind: "unknown", span: at.span };
      }
      default:
        return { kind: "unknown", span: at.span };
    }
  }

  private attrValue(object: PyExpr, attr: string, at: PyExpr, hops: number): PyExpr {
    const unknown: PyExpr = { kind: "unknown", span: at.span };
    if (object.kind !== "name") return unknown;
    const cls = this.selfClass(object) ?? this.classOf(object);
    if (cls) {
      if (cls.scope.module.mutated.has(`${object.name}.${attr}`)) return unknown;
      const inst = cls.instanceAttrs.get(attr);
      const own = cls.scope.bindings.get(attr);
      if (inst && own) return unknown;
      if (inst) return inst.length === 1 ? this.value(inst[0]!, hops + 1) : unknown;
      if (own?.length === 1 && own[0]!.kind === "value") return this.value(own[0]!.value, hops + 1);
      return unknown;
    }
    // `import agent` … `agent.LLM_ENDPOINT`
    const b = this.only(object.name, object.scope);
    if (b?.kind === "import" && b.name === undefined) {
      const target = this.moduleFor(object.scope.module, b.module, b.level);
      const inner = target ? this.only(attr, target.scope) : undefined;
      if (inner && target) return this.bindingValue(inner, target, at, hops + 1);
    }
    return unknown;
  }

  /** The class whose method this `self` (first parameter) belongs to. */
  selfClass(name: PyExpr): PyClass | undefined {
    if (name.kind !== "name") return undefined;
    const fn = name.scope.fn;
    if (!fn?.cls || fn.params[0] !== name.name) return undefined;
    const own = name.scope.bindings.get(name.name);
    return own?.length === 1 && own[0]!.kind === "other" ? fn.cls : undefined;
  }

  /** A name bound to a class defined in an analysed module. */
  classOf(expr: PyExpr, hops = 0): PyClass | undefined {
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
  qualify(expr: PyExpr): Qualified | undefined {
    if (expr.kind === "attr") {
      const q = this.qualify(expr.object);
      return q ? { path: `${q.path}.${expr.attr}`, origin: q.origin } : undefined;
    }
    if (expr.kind !== "name") return undefined;
    const list = this.lookup(expr.name, expr.scope);
    if (!list) return { path: expr.name, origin: "unbound" };
    const b = list[list.length - 1]!;
    if (list.some((x) => x.kind !== b.kind)) return undefined;
    switch (b.kind) {
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

/** The last segment of a dotted path. */
export function lastSegment(p: string): string {
  return p.slice(p.lastIndexOf(".") + 1);
}
