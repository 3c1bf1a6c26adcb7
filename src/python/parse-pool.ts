// Parsing is most of a large run's work. When discovery shows enough Python (by
// bytes: a file count says little, real repositories mix 100-byte __init__.py
// files with 50 KB modules), worker threads (their own small bundle, see
// parse-worker.ts) start reading and parsing it at once, while the main thread
// reads the YAML. Batches are claimed
// through shared atomic flags — workers from the front of the list, the main
// thread from the back once it is free — so no thread waits for another to hand
// out work. Workers send their lezer trees as flat buffers, moved without a copy
// (cloning the extracted facts instead cost more than the parse saved); the main
// thread walks every tree, so all facts are built where the rules run.
import { statSync } from "node:fs";
import { workerClass, type Worker } from "../worker-threads.js";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import type { FlatTree } from "./parse-modules.js";
import { claim, PARSE_WORKER_TASK, type FromWorker, type ParseWorkers, type PoolFile, type PoolWorkerData } from "./parse-worker-protocol.js";
import type { PyModule } from "./types.js";

/**
 * With less Python than this, a default run parses on the main thread alone. A worker
 * is a second V8 isolate that warms its own JIT and hands trees over: measured on a
 * 2-core machine (bench/lint-bench.mjs), that cost ~0.6 s of CPU whatever the size,
 * and made ai-dev-kit (2.5 MB of Python) slower with threads; it pays only where
 * parsing dwarfs it. An explicit --threads starts workers at any size.
 */
export const POOL_MIN_BYTES = 4 * 1024 * 1024;
/** A batch closes at this size, so one large file does not share a thread's turn with many. */
const BATCH_BYTES = 32 * 1024;
/**
 * In a streamed run (lint.ts) workers parse at most this many batches past the unit the
 * main thread asks for: trees waiting for their unit are memory the stream would not free.
 */
const STREAM_AHEAD = 16;

export interface PoolOptions {
  /** The run asks for its files unit by unit, in order: workers stay STREAM_AHEAD batches ahead. */
  streamed?: boolean;
}

export class ParsePool {
  private readonly batches: PoolFile[][] = [];
  private readonly batchOf = new Map<string, number>();
  private readonly flags: Int32Array;
  /** [0]: workers claim only batches below this index. */
  private readonly horizon: Int32Array;
  /** Batches this thread claimed (their files not asked for then are parsed when asked). */
  private readonly mine = new Set<number>();
  /** Batches whose trees a worker sent. */
  private readonly delivered = new Set<number>();
  /** Trees the workers parsed, by file. */
  private readonly trees = new Map<string, FlatTree[]>();
  /** Modules the main thread parsed while the workers ran, by file. */
  private readonly parsed = new Map<string, PyModule[]>();
  private running: number;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private readonly workers: Worker[] = [];

  private constructor(workers: ParseWorkers, files: readonly SizedFile[], private readonly streamed: boolean) {
    let batch: PoolFile[] = [];
    let bytes = 0;
    for (const { file, size } of files) {
      this.batchOf.set(file.absPath, this.batches.length);
      batch.push(file);
      bytes += size;
      if (bytes >= BATCH_BYTES) {
        this.batches.push(batch);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length) this.batches.push(batch);
    const claims = new SharedArrayBuffer(4 * this.batches.length);
    this.flags = new Int32Array(claims);
    const horizon = new SharedArrayBuffer(4);
    this.horizon = new Int32Array(horizon);
    this.horizon[0] = streamed ? STREAM_AHEAD : this.batches.length;
    this.running = workers.threads - 1;
    for (let i = 1; i < workers.threads; i++) {
      const workerData: PoolWorkerData = { task: PARSE_WORKER_TASK, batches: this.batches, claims, horizon };
      const worker = new (workerClass())(workers.script, { workerData, stdout: false, stderr: false });
      let finished = false;
      worker.on("message", (msg: FromWorker) => {
        if (msg.type === "result") {
          for (const f of msg.files) this.trees.set(f.absPath, f.trees);
          this.delivered.add(msg.batch);
        } else {
          finished = true;
          this.running--;
        }
        this.wake?.();
      });
      worker.once("error", (e) => this.fail(e));
      worker.once("exit", (code) => {
        if (!finished) this.fail(new Error(`Python parse worker exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  /** A pool when the run has enough Python and more than one thread is available. */
  static start(workers: ParseWorkers | undefined, files: readonly PoolFile[], options: PoolOptions = {}): ParsePool | undefined {
    if (!workers || workers.threads < 2) return undefined;
    const sized = files.map((file) => ({ file, size: sizeOf(file.absPath) }));
    const total = sized.reduce((n, f) => n + f.size, 0);
    return total >= (workers.minBytes ?? POOL_MIN_BYTES) ? new ParsePool(workers, sized, options.streamed ?? false) : undefined;
  }

  /** The modules of these sources; each file's tree is handed out once (a second ask parses it again). */
  async parse(sources: readonly SourceFile[], problems: FileProblem[]): Promise<PyModule[]> {
    // Loaded here, not at the top: a run without Python never loads the parser.
    const { parseSources } = await import("./parse-modules.js");
    let lo = Infinity;
    let hi = -1;
    for (const s of sources) {
      const b = this.batchOf.get(s.absPath);
      if (b !== undefined) [lo, hi] = [Math.min(lo, b), Math.max(hi, b)];
    }
    if (hi >= 0 && this.streamed) this.lookAhead(hi + 1 + STREAM_AHEAD);
    const bySource = new Map<string, SourceFile>(sources.map((s) => [s.absPath, s]));
    for (let i = hi; i >= lo; i--) {
      if (!claim(this.flags, i)) break; // the workers have everything from here down
      this.mine.add(i);
      for (const f of this.batches[i]!) {
        const source = bySource.get(f.absPath);
        if (source) this.parsed.set(f.absPath, await parseSources([source], problems));
      }
    }
    const waiting = () => {
      for (let i = lo; i <= hi; i++) if (!this.mine.has(i) && !this.delivered.has(i)) return true;
      return false;
    };
    while (!this.failure && this.running > 0 && waiting()) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
    // Files the main thread did not parse yet are walked here, over the workers' trees
    // where they have them (a file a worker could not read is parsed afresh).
    const modules: PyModule[] = [];
    for (const s of sources) modules.push(...(this.parsed.get(s.absPath) ?? await parseSources([s], problems, this.trees)));
    for (const s of sources) {
      this.parsed.delete(s.absPath);
      this.trees.delete(s.absPath);
    }
    return modules;
  }

  close(): void {
    this.lookAhead(this.batches.length); // a worker waiting at the horizon wakes, and is stopped
    for (const w of this.workers) void w.terminate();
  }

  private lookAhead(batches: number): void {
    if (batches <= Atomics.load(this.horizon, 0)) return;
    Atomics.store(this.horizon, 0, Math.min(batches, this.batches.length));
    Atomics.notify(this.horizon, 0);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
  }
}

interface SizedFile {
  file: PoolFile;
  size: number;
}

/** 0 for a file that cannot be read: reading it is left to the main thread, which reports it. */
function sizeOf(absPath: string): number {
  try {
    return statSync(absPath).size;
  } catch {
    return 0;
  }
}
