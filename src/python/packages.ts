// Import names → PyPI distributions, the standard library, and what each
// distribution installs with it (rules/data/python-packages.json).
import data from "../../rules/data/python-packages.json" with { type: "json" };
import { normalizeName } from "./requirements.js";

const STDLIB = new Set(data.stdlib);
const MODULES = new Map(Object.entries(data.modules));
const PROVIDES = new Map(Object.entries(data.provides as Record<string, string[]>));

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
  const queue = [...dists].map(normalizeName);
  while (queue.length) {
    const d = queue.pop()!;
    if (out.has(d)) continue;
    out.add(d);
    for (const dep of PROVIDES.get(d) ?? []) queue.push(normalizeName(dep));
  }
  return out;
}
