// What the main thread and a parse worker exchange. Kept apart from the parser
// so that starting a pool never loads lezer on the main thread.
import type { SourceKind } from "../lint/facts/source.js";
import type { FlatTree } from "./parse-modules.js";

export const PARSE_WORKER_TASK = "serving-ci/parse-python";

export interface ParseWorkers {
  /** The parse worker's entry script (the bundle of parse-worker-main.ts). */
  script: string;
  /** Threads to use in all, the main thread included. */
  threads: number;
  /** Start workers from this many bytes of Python (default POOL_MIN_BYTES); tests set it low. */
  minBytes?: number;
}

/** A file for a worker to read and parse itself. */
export interface PoolFile {
  absPath: string;
  /** The path findings show. */
  path: string;
  kind: SourceKind;
  /** The repository root the file must stay inside (the worker reads through the same confined reader). */
  root: string;
}

/** A worker's start-up data: every batch, one claim flag per batch shared by all threads, and the horizon. */
export interface PoolWorkerData {
  task: typeof PARSE_WORKER_TASK;
  batches: PoolFile[][];
  claims: SharedArrayBuffer;
  /** One Int32: workers claim only batches below it (the main thread moves it on, with Atomics.notify). */
  horizon: SharedArrayBuffer;
}

/** The lezer trees of a file's units, flat, so their buffers move without a copy. */
export interface ParsedFile {
  absPath: string;
  trees: FlatTree[];
}

export type FromWorker = { type: "result"; batch: number; files: ParsedFile[] } | { type: "finished" };

/** Claims a batch for the calling thread; false when another thread has it. */
export function claim(claims: Int32Array, batch: number): boolean {
  return Atomics.compareExchange(claims, batch, 0, 1) === 0;
}
