// Import names → PyPI distributions, the standard library, and what each
// distribution installs with it (rules/data/python-packages.json) and with its
// extras (rules/data/python-extras.json).
import extrasData from "../../rules/data/python-extras.json" with { type: "json" };
import data from "../../rules/data/python-packages.json" with { type: "json" };
import { normalizeName } from "./requirements.js";

const STDLIB = new Set(data.stdlib);
const MODULES = new Map(Object.entries(data.modules));
const PROVIDES = new Map(Object.entries(data.provides as Record<string, string[]>));
const EXTRAS = new Map(
  Object.entries(extrasData.extras as Record<string, Record<string, string | string[]>>).map(([dist, byExtra]) => [
    normalizeName(dist),
    new Map(Object.entries(byExtra).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([x, deps]) => [normalizeName(x), deps])),
  ]),
);

/** What `dist[extras]` installs besides `dist`; undefined when an extra is not in the table (it could install anything). */
export function installedByExtras(dist: string, extras: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (const extra of extras) {
    const deps = EXTRAS.get(normalizeName(dist))?.get(normalizeName(extra));
    if (!deps) return undefined;
    out.push(...deps);
  }
  return out;
}

export function isStdlib(module: string): boolean {
  return STDLIB.has(module.split(".")[0]!);
}

/** The distribution that installs an import (longest known dotted prefix), if known. */
export function distributionOf(module: string): string | undefined {
  const parts = module.split(".");
  for (let n = parts.length; n > 0; n--) {
    const hit = MODULES.get(parts.slice(0, n).join("."));
    if (hit) return hit;
  }
  return undefined;
}

/** Everything the given distributions install, themselves included (normalised names). */
export function installedWith(dists: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const d of dists) for (const x of closureOf(normalizeName(d))) out.add(x);
  return out;
}

/** One distribution's closure, kept: every model's environment holds mlflow's (about a hundred names). */
const closures = new Map<string, readonly string[]>();

function closureOf(dist: string): readonly string[] {
  const known = closures.get(dist);
  if (known) return known;
  const seen = new Set<string>();
  const queue = [dist];
  while (queue.length) {
    const d = queue.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    for (const dep of PROVIDES.get(d) ?? []) queue.push(normalizeName(dep));
  }
  const closure = [...seen];
  closures.set(dist, closure);
  return closure;
}
