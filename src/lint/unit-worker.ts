// The worker side of unit-pool.ts: claims units of a streamed run (the lowest
// unclaimed first, as the main thread does), lints each whole with the same
// pipeline (lint-unit.ts), decides its escape here, where its files are, and sends
// back only what the run keeps: findings, the files they point into, the inventory.
// Started from its own bundle (unit-worker-main.ts): the pipeline and the rules,
// not the CLI, the formatters or the Databricks client. It holds one unit at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "./define-rule.js";
import { Discovery } from "./discover.js";
import { lintStreamUnit, type UnitRun } from "./lint-unit.js";
import { RepoPaths } from "./repo-paths.js";
import type { FolderNames } from "./stream-units.js";
import { claimUnit, plainFinding, sentFile, UNIT_WORKER_TASK, type FromUnitWorker, type UnitWorkerData } from "./unit-worker-protocol.js";

/** `registry`: every rule (rules/index.ts, given by the entry: the engine does not import the rules). */
export async function runUnitWorker(registry: readonly Rule[]): Promise<void> {
  const data = workerData as Partial<UnitWorkerData> | null;
  const port = parentPort;
  if (!port || data?.task !== UNIT_WORKER_TASK) throw new Error("the unit worker runs only as a worker thread of serving-ci");
  const d = data as UnitWorkerData;
  const byId = new Map(registry.map((r) => [r.id, r]));
  const rules = d.ruleIds.map((id) => {
    const rule = byId.get(id);
    // The main thread sends only registry ids (unit-pool.ts): any other is a serving-ci bug.
    if (!rule) throw new Error(`unit worker: no rule ${id} in the registry`);
    return rule;
  });
  const run: UnitRun = {
    rules,
    config: d.config,
    knownRules: new Set(d.knownRules),
    discovery: Discovery.fromSnapshot(d.repoRoot, d.discovery),
    repoPaths: new RepoPaths(d.repoRoot),
    today: d.today,
  };
  const names: FolderNames = { words: new Set(d.folderWords), paths: new Set(d.folderPaths) };
  const owners = new Int32Array(d.owners);
  const stop = new Int32Array(d.stop);
  for (let i = claimUnit(owners, stop, d.id, 0); i >= 0; i = claimUnit(owners, stop, d.id, i + 1)) {
    try {
      const o = await lintStreamUnit(run, d.units[i]!, names);
      port.postMessage({ type: "unit", index: i, unit: { ...o, findings: o.findings.map(plainFinding), files: o.files.map(sentFile) } } satisfies FromUnitWorker);
    } catch (e) {
      // The unit's lint threw, or its result could not be cloned: the main thread lints the unit again.
      port.postMessage({ type: "unitFailed", index: i, error: e instanceof Error ? e.message : String(e) } satisfies FromUnitWorker);
    }
  }
  port.postMessage({ type: "finished" } satisfies FromUnitWorker);
}
