// Emulated time. State changes are scheduled at emulated instants and applied
// lazily, in order, whenever the emulator is asked anything: no timers, and
// every transition is stamped with the exact instant it happened, whatever the
// polling rate.

import type { Clock } from "../databricks/clock.js";

interface Scheduled {
  at: number;
  seq: number;
  run: (at: number) => void;
}

export class Timeline {
  private queue: Scheduled[] = [];
  private seq = 0;

  constructor(readonly clock: Clock) {}

  now(): number {
    return this.clock.now();
  }

  at(time: number, run: (at: number) => void): void {
    this.queue.push({ at: time, seq: this.seq++, run });
  }

  after(ms: number, from: number, run: (at: number) => void): void {
    this.at(from + ms, run);
  }

  /** Applies everything due by now, earliest first (an action may schedule more). */
  advance(): void {
    const now = this.clock.now();
    for (;;) {
      let next: Scheduled | undefined;
      for (const s of this.queue) if (s.at <= now && (!next || s.at < next.at || (s.at === next.at && s.seq < next.seq))) next = s;
      if (!next) return;
      this.queue.splice(this.queue.indexOf(next), 1);
      next.run(next.at);
    }
  }
}
