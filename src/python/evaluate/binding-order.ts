// Which of a name's several bindings a read sees, where that is certain without running the code:
// top-level assignments in order (a notebook that reassigns a constant in a later cell), and an
// instance attribute stored once in each arm of one `if`. The evaluator (evaluate.ts) and the
// resolver's attribute stores (resolve.ts) ask; anything else stays unknown.
import type { Binding, InstanceStore, PyExpr } from "../types.js";

/**
 * A module-level name bound only by top-level assignments (a notebook sets LLM_ENDPOINT in one cell and again
 * in a later one): top-level code at `readAt` sees the last one that ends before it; another module, which
 * imports it once this one has run, the last of all (`readAt` Infinity). Anything else (a function, which may
 * run between them: `readAt` undefined; a binding under `if`, `for`, `try`) is not read in order.
 */
export function sequentialBinding(bindings: readonly Binding[], readAt: number | undefined): Binding | undefined {
  if (readAt === undefined || !bindings.every((b) => b.kind === "value" && b.topLevelEnd !== undefined)) return undefined;
  let seen: Binding | undefined;
  for (const b of bindings) if (b.kind === "value" && b.topLevelEnd! <= readAt) seen = b;
  return seen;
}

/**
 * `self.x` stored once in each arm of one `if` (`if provider == "a": self.model = ...` / `elif`), and nowhere
 * else: one of those values, each on some path. Any other pair of stores is unknown.
 */
export function storedInArms(stores: readonly InstanceStore[]): PyExpr | undefined {
  const branch = stores[0]!.arm?.branch;
  const seen = new Set<number>();
  for (const s of stores) {
    if (!branch || s.arm?.branch !== branch || seen.has(s.arm.index)) return undefined;
    seen.add(s.arm.index);
  }
  return { kind: "alts", options: stores.map((s) => s.value), span: stores[0]!.value.span };
}
