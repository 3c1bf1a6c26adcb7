// node:worker_threads, loaded when the first worker starts: loading the module
// costs about a fifth of a bare Node 24 start (valgrind: 87 -> 104 M
// instructions), and most runs start no worker.
import { createRequire } from "node:module";

export type WorkerClass = typeof import("node:worker_threads").Worker;
export type Worker = import("node:worker_threads").Worker;

export function workerClass(): WorkerClass {
  return (createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads")).Worker;
}
