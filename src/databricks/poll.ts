// The polling loop shared by the waiters. Polls start fast and back off with
// jitter to a cap; an observed state change tightens them again for a while
// (changes cluster: the last phase of a deployment follows the previous one),
// and a rate-limited poll widens them. A waiter that can tell from the state
// whether the verdict is near (`pace`) overrides the window: near keeps polls
// fast however long the phase lasts, far puts them at the cap at once.

import type { Clock } from "./clock.js";
import type { HttpClient } from "./http.js";

/**
 * How far apart polls are in a phase whose end is not the verdict (the job run before the endpoint update, the
 * image build), and so how late a failure in it can be seen: our "promptly" there. Choice: one minute. Those phases
 * last minutes (realistic agent deploy: job ~2, build ~9), and what waits on their success is only the next phase,
 * so their polls buy nothing but failure latency. In bench/deploy-waiter.ts they cost ~13 calls per deployment
 * (the SDK loop's: ~71), and halving this would double that; the 3 s container start (~52) is what is left to pay
 * for. The price: the SDK loop sees such a failure within ~11 s, we within 60 s; and a phase's end is seen up to a
 * minute late, which delays a verdict only when the next phase is shorter than that (an update with no image build
 * after the job, a container start under a minute after the build).
 */
export const QUIET_PHASE_POLL_MS = 60_000;

export interface PollOptions {
  initialMs: number;
  factor: number;
  /** Cap while nothing changes. */
  maxMs: number;
  /** Cap during `settleWindowMs` after a change. */
  settleMaxMs: number;
  settleWindowMs: number;
  /** A `near` phase keeps the settle cap this long after it began (a bound on calls when it never ends); default no bound. */
  nearLimitMs?: number;
  /** The cap of a `near` phase past `nearLimitMs`; default `maxMs`. */
  lateNearMaxMs?: number;
  /** Each delay is shortened by up to this fraction (never lengthened, so caps hold). */
  jitter: number;
}

/** What the last observation says about the verdict: near (poll fast), far (back off), or unknown (the change window decides). */
export type Pace = "near" | "far" | "unknown";

export class PollSchedule {
  private current: number;
  private lastChangeAt = Number.NEGATIVE_INFINITY;
  private pace: Pace = "unknown";
  private nearSince = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    private readonly opts: PollOptions,
  ) {
    this.current = opts.initialMs;
  }

  changed(): void {
    // Straight to the settle cap: ramping up from the initial delay costs calls without gaining much.
    this.current = Math.min(this.opts.settleMaxMs, this.opts.maxMs);
    this.lastChangeAt = this.clock.now();
  }

  /** The pace of the latest observation. */
  observed(pace: Pace): void {
    if (pace === "near" && this.pace !== "near") {
      this.nearSince = this.clock.now();
      this.current = Math.min(this.current, this.fastCap());
    }
    // Far: straight to the cap, not a ramp from the settle cap (a ramp to 60 s spends ~8 calls on a phase whose end is not the verdict).
    if (pace === "far") this.current = this.opts.maxMs;
    this.pace = pace;
  }

  rateLimited(): void {
    this.lastChangeAt = Number.NEGATIVE_INFINITY;
    this.current = Math.min(this.opts.maxMs, this.current * 2);
  }

  next(): number {
    const cap = this.cap(this.clock.now());
    const delay = Math.min(cap, this.current);
    this.current = Math.min(cap, this.current * this.opts.factor);
    return delay * (1 - this.opts.jitter * this.clock.random());
  }

  private cap(now: number): number {
    if (this.pace === "near") {
      const early = now - this.nearSince < (this.opts.nearLimitMs ?? Number.POSITIVE_INFINITY);
      return early ? this.fastCap() : Math.min(this.opts.lateNearMaxMs ?? this.opts.maxMs, this.opts.maxMs);
    }
    return this.pace === "unknown" && now - this.lastChangeAt < this.opts.settleWindowMs ? this.fastCap() : this.opts.maxMs;
  }

  private fastCap(): number {
    return Math.min(this.opts.settleMaxMs, this.opts.maxMs);
  }
}

export interface PollContext {
  clock: Clock;
  http: HttpClient;
}

export type PollEnd<S, R> =
  | { kind: "done"; result: R; last: S; polls: number; elapsedMs: number }
  | { kind: "timeout"; last: S | undefined; polls: number; elapsedMs: number; interrupted: boolean };

export interface PollSpec<S, R> {
  fetch: () => Promise<S>;
  /** Two observations with the same key are the same state. */
  key: (s: S) => string;
  onChange?: (s: S, elapsedMs: number) => void;
  /** Whether this state puts the verdict near; without it every state is "unknown". */
  pace?: (s: S) => Pace;
  /** A result ends the wait; undefined keeps polling. */
  decide: (s: S, elapsedMs: number) => R | undefined | Promise<R | undefined>;
  timeoutMs: number;
  schedule: PollOptions;
  signal?: AbortSignal | undefined;
}

export async function pollUntil<S, R>(ctx: PollContext, spec: PollSpec<S, R>): Promise<PollEnd<S, R>> {
  const { clock } = ctx;
  const start = clock.now();
  const deadline = start + spec.timeoutMs;
  const schedule = new PollSchedule(clock, spec.schedule);
  let lastKey: string | undefined;
  let last: S | undefined;
  let polls = 0;
  for (;;) {
    if (spec.signal?.aborted) return { kind: "timeout", last, polls, elapsedMs: clock.now() - start, interrupted: true };
    const limitedBefore = ctx.http.stats.rateLimited;
    const s = await spec.fetch();
    polls++;
    last = s;
    if (ctx.http.stats.rateLimited > limitedBefore) schedule.rateLimited();
    const elapsed = clock.now() - start;
    const k = spec.key(s);
    if (k !== lastKey) {
      if (lastKey !== undefined) schedule.changed();
      lastKey = k;
      spec.onChange?.(s, elapsed);
    }
    schedule.observed(spec.pace?.(s) ?? "unknown");
    const result = await spec.decide(s, elapsed);
    if (result !== undefined) return { kind: "done", result, last: s, polls, elapsedMs: clock.now() - start };
    const now = clock.now();
    if (now >= deadline) return { kind: "timeout", last: s, polls, elapsedMs: now - start, interrupted: false };
    try {
      await clock.sleep(Math.min(schedule.next(), deadline - now), spec.signal);
    } catch {
      return { kind: "timeout", last: s, polls, elapsedMs: clock.now() - start, interrupted: true };
    }
  }
}

/** Last `n` lines of a log, for reports. */
export function tail(text: string, n: number): string {
  const lines = text.replace(/\s+$/, "").split("\n");
  return lines.slice(-n).join("\n");
}
