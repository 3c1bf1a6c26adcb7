// Progress lines for the log: one per observed state change (the waiters call
// back only on changes), each stamped with the time since the deploy started.

import type { EndpointChange, RunChange } from "../databricks/index.js";

export function runProgress(log: (l: string) => void, stamp: () => string): (c: RunChange) => void {
  return (c) => {
    const state = [c.lifeCycleState ?? c.statusState, c.resultState].filter(Boolean).join("/");
    const tasks = c.tasks.map((t) => `${t.taskKey} ${[t.lifeCycleState, t.resultState].filter(Boolean).join("/")}`).join(", ");
    log(`${stamp()} run ${c.runId}: ${state || "?"}${tasks ? ` (${tasks})` : ""}${c.message ? `: ${c.message}` : ""}`);
  };
}

export function endpointProgress(log: (l: string) => void, stamp: () => string): (c: EndpointChange) => void {
  return (c) => {
    const entities = (c.pendingEntities.length ? c.pendingEntities : c.entities)
      .map((e) => `${e.name ?? "?"} ${e.deployment ?? "?"}${e.message ? ` (${e.message})` : ""}`)
      .join(", ");
    log(`${stamp()} endpoint ${c.endpoint}: ${c.configUpdate ?? "?"}/${c.ready ?? "?"}${entities ? `: ${entities}` : ""}`);
  };
}
