// Poll schedule: fast start, capped backoff, tighter after a change, wider after a 429.

import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { PollSchedule } from "../../src/databricks/poll.js";
import { ENDPOINT_POLL } from "../../src/databricks/wait-endpoint.js";
import { manualClock } from "../emulator/harness.js";

describe("PollSchedule", () => {
  it("starts at the initial delay and grows to the cap", () => {
    const clock = manualClock();
    const s = new PollSchedule({ ...clock, random: () => 0 }, ENDPOINT_POLL);
    const delays = Array.from({ length: 15 }, () => s.next());
    expect(delays[0]).toBe(1_000);
    expect(delays.at(-1)).toBe(ENDPOINT_POLL.maxMs);
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);
  });

  it("never exceeds its caps, and stays under the settle cap after a change (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("poll", "change", "limited", "wait"), { maxLength: 80 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (ops, r) => {
        const clock = manualClock();
        const s = new PollSchedule({ ...clock, random: () => r }, ENDPOINT_POLL);
        let lastChange = Number.NEGATIVE_INFINITY;
        for (const op of ops) {
          if (op === "change") {
            s.changed();
            lastChange = clock.now();
          } else if (op === "limited") {
            s.rateLimited();
            lastChange = Number.NEGATIVE_INFINITY;
          } else if (op === "wait") {
            void clock.sleep(60_000);
          } else {
            const d = s.next();
            expect(d).toBeGreaterThan(0);
            expect(d).toBeLessThanOrEqual(ENDPOINT_POLL.maxMs);
            if (clock.now() - lastChange < ENDPOINT_POLL.settleWindowMs) expect(d).toBeLessThanOrEqual(ENDPOINT_POLL.settleMaxMs);
            void clock.sleep(d);
          }
        }
      }),
    );
  });

  it("keeps the settle cap through a near phase longer than the change window, until nearLimitMs", () => {
    const clock = manualClock();
    const opts = { ...ENDPOINT_POLL, settleWindowMs: 300_000, nearLimitMs: 900_000, lateNearMaxMs: undefined };
    const s = new PollSchedule({ ...clock, random: () => 0 }, opts);
    s.changed();
    s.observed("near");
    let longest = 0;
    while (clock.now() - 1_700_000_000_000 < opts.nearLimitMs - 3_000) {
      const d = s.next();
      longest = Math.max(longest, d);
      void clock.sleep(d);
    }
    expect(clock.now() - 1_700_000_000_000).toBeGreaterThan(opts.settleWindowMs);
    expect(longest).toBeLessThanOrEqual(opts.settleMaxMs);
    void clock.sleep(3_000);
    const after = Array.from({ length: 12 }, () => s.next());
    expect(after.at(-1)).toBe(opts.maxMs);
  });

  it("polls a container start within 3 s for 10 minutes, then at the SDK loop's 10 s, never slower while it lasts", () => {
    const clock = manualClock();
    const s = new PollSchedule({ ...clock, random: () => 0 }, ENDPOINT_POLL);
    s.changed();
    s.observed("near");
    const t0 = clock.now();
    const early: number[] = [];
    const late: number[] = [];
    while (clock.now() - t0 < 35 * 60_000) {
      const d = s.next();
      (clock.now() - t0 < 600_000 ? early : late).push(d);
      void clock.sleep(d);
    }
    expect(Math.max(...early)).toBeLessThanOrEqual(3_000);
    expect(Math.max(...late)).toBe(10_000);
    // A start that never ends, to the default 35-minute timeout: ~200 + ~150 polls, not ~700 at 3 s.
    expect(early.length + late.length).toBeLessThan(360);
  });

  it("goes straight to the cap, with no ramp, right after a change when the state says the verdict is far (image build)", () => {
    const clock = manualClock();
    const s = new PollSchedule({ ...clock, random: () => 0 }, ENDPOINT_POLL);
    s.changed();
    s.observed("far");
    const delays = Array.from({ length: 12 }, () => s.next());
    expect(delays).toEqual(Array.from({ length: 12 }, () => ENDPOINT_POLL.maxMs));
  });

  it("comes back to the settle cap when a far phase gives way to a near one", () => {
    const clock = manualClock();
    const s = new PollSchedule({ ...clock, random: () => 0 }, ENDPOINT_POLL);
    s.observed("far");
    expect(s.next()).toBe(ENDPOINT_POLL.maxMs);
    s.changed();
    s.observed("near");
    expect(s.next()).toBe(ENDPOINT_POLL.settleMaxMs);
  });
});
