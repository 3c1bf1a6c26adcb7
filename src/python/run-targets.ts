// `%run ./setup` runs another notebook in the running one's namespace: what the setup notebook binds
// (its imports, constants, functions) is a global of the notebook that runs it. resolve.ts asks here
// for a name a notebook leaves unbound.
import type { Binding, PyModule, Scope } from "./types.js";

export class RunTargets {
  private readonly targets = new Map<PyModule, PyModule[]>();

  /** `byPath`: the analysed modules by absolute path (filled by the Project as it is built). */
  constructor(private readonly byPath: ReadonlyMap<string, readonly PyModule[]>) {}

  /** The bindings of `name` in the notebooks `module` %runs (and they %run), the first that binds it; each visited once. */
  lookup(name: string, module: PyModule, seen: Set<PyModule> = new Set([module])): { bindings: Binding[]; scope: Scope } | undefined {
    for (const target of this.targetsOf(module)) {
      if (seen.has(target)) continue;
      seen.add(target);
      const b = target.scope.bindings.get(name);
      if (b) return { bindings: b, scope: target.scope };
      const deeper = target.runs ? this.lookup(name, target, seen) : undefined;
      if (deeper) return deeper;
    }
    return undefined;
  }

  /** The analysed notebooks a module's `%run` lines name: the path as written, or with `.py` / `.ipynb` (an export's name drops it). */
  private targetsOf(module: PyModule): PyModule[] {
    let hit = this.targets.get(module);
    if (!hit) {
      const at = (p: string) => this.byPath.get(p)?.find((m) => m.origin === "notebook" || m.origin === "file");
      hit = (module.runs ?? []).flatMap((r) => at(r) ?? at(`${r}.py`) ?? at(`${r}.ipynb`) ?? []);
      this.targets.set(module, hit);
    }
    return hit;
  }
}
