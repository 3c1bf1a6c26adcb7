// What the main thread and a unit worker exchange (unit-pool.ts, unit-worker.ts).
// Everything sent is plain data: a span made by LineIndex keeps its line and column
// in getters, which a structured clone would drop, so findings are copied field by field.
import type { LintConfig } from "./config.js";
import type { DiscoverySnapshot } from "./discover.js";
import type { SourceFile, SourceKind } from "./facts/source.js";
import { LineIndex, plainSpan } from "./line-index.js";
import type { InventoryEntry } from "./load.js";
import type { StreamUnit } from "./stream-units.js";
import type { Finding } from "./types.js";

export const UNIT_WORKER_TASK = "serving-ci/lint-units";

export interface UnitWorkers {
  /** The unit worker's entry script (the bundle of unit-worker-main.ts). */
  script: string;
  /** Threads to use in all, the main thread included: `threads - 1` workers. */
  threads: number;
  /**
   * `lints` (default): the main thread claims units like a worker. `merges`: it only waits
   * for the workers and merges (it still lints what a failed worker dropped). Tests and measurements.
   */
  mainThread?: "lints" | "merges";
}

/** A worker's start-up data: the run's settings, every unit, and the claims shared by all threads. */
export interface UnitWorkerData {
  task: typeof UNIT_WORKER_TASK;
  /** This worker's claim mark (the main thread's is 1). */
  id: number;
  repoRoot: string;
  today: string;
  /** Ids of the rules to run, looked up in the registry (rules/index.ts): rule code is not cloneable. */
  ruleIds: string[];
  knownRules: string[];
  config: LintConfig;
  discovery: DiscoverySnapshot;
  units: StreamUnit[];
  folderWords: string[];
  folderPaths: string[];
  /** One Int32 per unit: 0 unclaimed, else the id of the thread that lints it. */
  owners: SharedArrayBuffer;
  /** One Int32: 1 once a unit escaped (no more units are claimed). */
  stop: SharedArrayBuffer;
}

/** A file as a streamed run keeps it (reportedFiles), without its line index (rebuilt on arrival). */
export interface SentFile {
  path: string;
  absPath: string;
  kind: SourceKind;
  text: string;
  realPath?: string;
  bom?: boolean;
}

export interface SentUnit {
  findings: Finding[];
  files: SentFile[];
  fileCount: number;
  inventory: InventoryEntry[];
  /** Why this unit may have seen another (unitEscape): the run is then linted as one. */
  escape?: string;
}

export type FromUnitWorker =
  | { type: "unit"; index: number; unit: SentUnit }
  /** lintUnit threw: the main thread lints the unit again itself, so a bug surfaces as it would without workers. */
  | { type: "unitFailed"; index: number; error: string }
  | { type: "finished" };

/** The lowest unclaimed unit from `from` on, claimed for `id`; -1 when none is left or a unit escaped. */
export function claimUnit(owners: Int32Array, stop: Int32Array, id: number, from: number): number {
  for (let i = from; i < owners.length; i++) {
    if (Atomics.load(stop, 0) !== 0) return -1;
    if (Atomics.compareExchange(owners, i, 0, id) === 0) return i;
  }
  return -1;
}

/**
 * A finding as own-property data, its keys in the same order (the JSON report prints
 * them as they come): spans through plainSpan. A fix and redactions are plain data already.
 */
export function plainFinding(f: Finding): Finding {
  return { ...f, span: plainSpan(f.span), ...(f.related ? { related: f.related.map((r) => ({ ...r, span: plainSpan(r.span) })) } : {}) };
}

export function sentFile(f: SourceFile): SentFile {
  return { path: f.path, absPath: f.absPath, kind: f.kind, text: f.text, ...(f.realPath === undefined ? {} : { realPath: f.realPath }), ...(f.bom === undefined ? {} : { bom: f.bom }) };
}

const NO_TEXT = new LineIndex("");

export function receivedFile(f: SentFile): SourceFile {
  return { ...f, lines: f.text ? new LineIndex(f.text) : NO_TEXT };
}
