// The units of a streamed run shared among threads: the main thread and the
// workers each claim the lowest unclaimed unit (shared atomic claims, so no thread
// waits for another to hand out work, and the claimed units are always a prefix),
// lint it whole and keep only what the run reports. Outcomes are merged in unit
// order, so the findings are those of one thread linting every unit in turn.
// A unit that escapes stops the claiming; a worker that crashes, or fails on a
// unit, loses nothing: the main thread lints what it did not deliver.
import { workerClass, type Worker } from "../worker-threads.js";
import type { UnitOutcome } from "./lint-unit.js";
import { claimUnit, receivedFile, UNIT_WORKER_TASK, type FromUnitWorker, type UnitWorkerData, type UnitWorkers } from "./unit-worker-protocol.js";

/** What the workers need besides their claims (unit-worker-protocol.ts). */
export type UnitWorkerSetup = Omit<UnitWorkerData, "task" | "id" | "owners" | "stop">;

export interface UnitsLinted {
  /** In unit order, up to and including the first unit that escaped. */
  outcomes: UnitOutcome[];
  /** Units the workers linted (the rest, this thread). */
  workerUnits: number;
  /** Why a worker's units were linted on the main thread instead, when one failed. */
  workerFailure?: string;
}

const MAIN_THREAD = 1;

export class UnitPool {
  private readonly owners: Int32Array;
  private readonly stop: Int32Array;
  private readonly outcomes: (UnitOutcome | undefined)[];
  /** Units a worker claimed but will not deliver (it failed on them, or stopped): the main thread lints them. */
  private readonly orphans = new Set<number>();
  private readonly workers: Worker[] = [];
  private readonly dead = new Set<number>();
  /** Workers that claim no more: dead, or finished (every unit was claimed, or one escaped). */
  private readonly gone = new Set<number>();
  private failure: string | undefined;
  private closing = false;
  /** Where this thread's next claim starts: the claimed units are a prefix, and it claimed below here. */
  private cursor = 0;
  private workerUnits = 0;
  private readonly mainLints: boolean;
  /** Workers asked for (one that did not start counts as gone). */
  private readonly workerCount: number;
  private wake: (() => void) | undefined;

  constructor(private readonly count: number, workers?: { options: UnitWorkers; setup: UnitWorkerSetup }) {
    const owners = new SharedArrayBuffer(4 * count);
    const stop = new SharedArrayBuffer(4);
    this.owners = new Int32Array(owners);
    this.stop = new Int32Array(stop);
    this.outcomes = new Array<UnitOutcome | undefined>(count);
    this.mainLints = workers?.options.mainThread !== "merges";
    this.workerCount = workers ? Math.max(0, workers.options.threads - 1) : 0;
    for (let id = MAIN_THREAD + 1; workers && id <= workers.options.threads; id++) this.startWorker(workers.options.script, { task: UNIT_WORKER_TASK, id, owners, stop, ...workers.setup });
  }

  /** Lints every unit with `lintHere` on this thread and the rest in the workers, until done or a unit escapes. */
  async lintAll(lintHere: (index: number) => Promise<UnitOutcome>): Promise<UnitsLinted> {
    for (;;) {
      // This thread claims units too, unless told only to merge while a worker is alive.
      const i = this.mainLints || this.gone.size === this.workerCount ? claimUnit(this.owners, this.stop, MAIN_THREAD, this.cursor) : -1;
      if (i >= 0) {
        this.cursor = i + 1;
        this.settle(i, await lintHere(i));
        continue;
      }
      // Every unit below the first escape (or every unit) is claimed: wait for the workers', or lint those they dropped.
      const limit = this.firstEscape() ?? this.count;
      let waiting = false;
      let dropped: number | undefined;
      for (let j = 0; j < limit && dropped === undefined; j++) {
        if (this.outcomes[j]) continue;
        const owner = Atomics.load(this.owners, j);
        if (this.orphans.has(j) || this.dead.has(owner)) dropped = j;
        else waiting = true;
      }
      if (dropped !== undefined) this.settle(dropped, await lintHere(dropped));
      else if (waiting) await new Promise<void>((resolve) => (this.wake = resolve));
      else break;
    }
    const end = this.firstEscape();
    const outcomes = this.outcomes.slice(0, end === undefined ? this.count : end + 1) as UnitOutcome[];
    return { outcomes, workerUnits: this.workerUnits, ...(this.failure ? { workerFailure: this.failure } : {}) };
  }

  close(): void {
    this.closing = true;
    for (const w of this.workers) void w.terminate();
  }

  private settle(i: number, o: UnitOutcome): void {
    this.outcomes[i] = o;
    this.orphans.delete(i);
    if (o.escape !== undefined) Atomics.store(this.stop, 0, 1);
  }

  private firstEscape(): number | undefined {
    for (let i = 0; i < this.count; i++) if (this.outcomes[i]?.escape !== undefined) return i;
    return undefined;
  }

  private startWorker(script: string, workerData: UnitWorkerData): void {
    const id = workerData.id;
    const stopped = (why: string) => {
      if (this.closing || this.dead.has(id)) return;
      this.dead.add(id);
      this.gone.add(id);
      this.failure ??= why;
      this.wake?.();
    };
    let worker: Worker;
    try {
      worker = new (workerClass())(script, { workerData, stdout: false, stderr: false });
    } catch (e) {
      stopped(`a lint worker did not start (${firstLine(e)}); its units were linted on the main thread`);
      return;
    }
    let finished = false;
    worker.on("message", (msg: FromUnitWorker) => {
      if (msg.type === "unit") {
        this.settle(msg.index, { ...msg.unit, files: msg.unit.files.map(receivedFile) });
        this.workerUnits++;
      } else if (msg.type === "unitFailed") {
        this.orphans.add(msg.index);
        this.failure ??= `a lint worker failed on a unit (${firstLine(msg.error)}); it was linted on the main thread`;
      } else {
        finished = true;
        this.gone.add(id);
      }
      this.wake?.();
    });
    worker.once("error", (e) => stopped(`a lint worker stopped (${firstLine(e)}); its units were linted on the main thread`));
    worker.once("exit", (code) => {
      if (!finished) stopped(`a lint worker exited with code ${code}; its units were linted on the main thread`);
    });
    this.workers.push(worker);
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
}
