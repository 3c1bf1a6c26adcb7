// The worker side of parse-pool.ts: reads and parses the files of the batches it
// claims, and sends their flat trees back. Started from its own small bundle
// (parse-worker-main.ts): the parser, the notebook reader and this loop, not the CLI.
import { parentPort, workerData } from "node:worker_threads";
import type { SourceFile } from "../lint/facts/source.js";
import { LineIndex } from "../lint/line-index.js";
import { decodeText, readConfined } from "../lint/read-source.js";
import { parseFlat } from "./parse-modules.js";
import { claim, PARSE_WORKER_TASK, type FromWorker, type ParsedFile, type PoolFile, type PoolWorkerData } from "./parse-worker-protocol.js";

/** The file as the main thread reads it; anything odd is left to the main thread, which reports it. */
function read(f: PoolFile): SourceFile | undefined {
  const r = readConfined(f.absPath, f.root);
  if ("refused" in r) return undefined;
  const decoded = decodeText(r.bytes);
  return typeof decoded === "object" ? { path: f.path, absPath: f.absPath, kind: f.kind, text: decoded.text, lines: new LineIndex(decoded.text) } : undefined;
}

/** Claims batches from the front (the main thread claims from the back) until none is left. */
export async function runParseWorker(): Promise<void> {
  const data = workerData as Partial<PoolWorkerData> | null;
  const port = parentPort;
  if (!port || data?.task !== PARSE_WORKER_TASK) throw new Error("the parse worker runs only as a worker thread of serving-ci");
  const { batches, claims, horizon } = data as PoolWorkerData;
  const flags = new Int32Array(claims);
  const ahead = new Int32Array(horizon);
  for (let i = 0; i < batches.length; i++) {
    // A streamed run keeps workers a few batches ahead of the unit being linted.
    for (let h = Atomics.load(ahead, 0); i >= h; h = Atomics.load(ahead, 0)) Atomics.wait(ahead, 0, h);
    if (!claim(flags, i)) continue;
    const files: ParsedFile[] = [];
    for (const f of batches[i]!) {
      const source = read(f);
      if (source) files.push({ absPath: f.absPath, trees: await parseFlat(source) });
    }
    port.postMessage({ type: "result", batch: i, files } satisfies FromWorker, files.flatMap((f) => f.trees.map((t) => t.buffer.buffer as ArrayBuffer)));
  }
  port.postMessage({ type: "finished" } satisfies FromWorker);
}
