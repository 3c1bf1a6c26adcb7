// Keeps one endpoint's PR comment current while its deploy runs, within
// GitHub's secondary rate limits: an edit at each phase change, and between
// them at most one per interval (default a minute), which also keeps the
// elapsed time fresh during a long image build. Edits never overlap; while
// one is in flight only the newest state waits. close() ends the heartbeat and
// waits for the last edit, so the final comment that follows is never
// overwritten by a late live one.

import type { Clock } from "../../databricks/index.js";
import type { DeployStatus } from "../../deploy/deploy-status.js";

/** Choice: once a minute, what the issue asks for; far under GitHub's 80 content writes per minute. */
export const LIVE_EDIT_INTERVAL_MS = 60_000;

export interface LiveCommentOptions {
  /** Renders the comment for a status at a time (the elapsed time is the time's) and edits it; never throws (CommentPublisher). */
  send: (status: DeployStatus, now: number) => Promise<void>;
  clock: Clock;
  intervalMs?: number;
}

export class LiveComment {
  private latest: DeployStatus | undefined;
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private chain: Promise<void> = Promise.resolve();
  private queued = false;
  private closed = false;
  private readonly stop = new AbortController();
  private heartbeat: Promise<void> | undefined;
  private readonly interval: number;
  /** Edits sent, for the log. */
  edits = 0;

  constructor(private readonly o: LiveCommentOptions) {
    this.interval = o.intervalMs ?? LIVE_EDIT_INTERVAL_MS;
  }

  update(status: DeployStatus, phaseChanged: boolean): void {
    if (this.closed) return;
    this.latest = status;
    if (phaseChanged) this.edit();
    this.heartbeat ??= this.beat();
  }

  /** Stops editing; resolves once no edit is in flight. */
  async close(): Promise<void> {
    this.closed = true;
    this.stop.abort();
    await this.heartbeat;
    await this.chain;
  }

  private edit(): void {
    if (this.queued) return; // the queued edit will render the newest status
    this.queued = true;
    this.chain = this.chain.then(async () => {
      this.queued = false;
      if (this.closed || !this.latest) return;
      const now = this.o.clock.now();
      this.lastEditAt = now;
      this.edits++;
      await this.o.send(this.latest, now);
    });
  }

  private async beat(): Promise<void> {
    while (!this.closed) {
      const due = this.lastEditAt + this.interval - this.o.clock.now();
      if (due > 0) {
        try {
          await this.o.clock.sleep(due, this.stop.signal);
        } catch {
          return; // closed
        }
        continue; // a phase edit may have moved lastEditAt meanwhile
      }
      this.edit();
      await this.chain;
    }
  }
}
