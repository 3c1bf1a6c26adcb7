// The phases of one deploy with their times, for the summary's duration and
// the comment's Mermaid timeline.

export type PhaseOutcome = "success" | "failed" | "cancelled" | "timeout" | "skipped";

export interface Phase {
  name: string;
  startMs: number;
  endMs: number | undefined;
  outcome: PhaseOutcome | undefined;
}

export class PhaseRecorder {
  readonly phases: Phase[] = [];

  constructor(private readonly now: () => number) {}

  async run<T>(name: string, fn: () => Promise<T>, outcomeOf: (r: T) => PhaseOutcome = () => "success"): Promise<T> {
    const phase: Phase = { name, startMs: this.now(), endMs: undefined, outcome: undefined };
    this.phases.push(phase);
    try {
      const r = await fn();
      phase.outcome = outcomeOf(r);
      return r;
    } catch (err) {
      phase.outcome = "failed";
      throw err;
    } finally {
      phase.endMs = this.now();
    }
  }
}
