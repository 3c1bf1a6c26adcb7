// LiveComment's throttle on a clock the test moves: an edit at each phase change,
// between them at most one per interval, only the newest state while an edit is
// in flight, and nothing after close() (the final comment follows it).

import { describe, expect, it } from "vitest";
import { LiveComment } from "../../src/action/comment/live-comment.js";
import type { Clock } from "../../src/databricks/index.js";
import type { DeployStatus } from "../../src/deploy/deploy-status.js";

function steppedClock(): Clock & { advance(ms: number): Promise<void> } {
  let now = 0;
  let sleepers: { until: number; resolve: () => void }[] = [];
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
  return {
    now: () => now,
    random: () => 0.5,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const s = { until: now + ms, resolve };
        sleepers.push(s);
        signal?.addEventListener("abort", () => {
          sleepers = sleepers.filter((x) => x !== s);
          reject(signal.reason);
        });
      }),
    advance: async (ms) => {
      const end = now + ms;
      for (;;) {
        await settle();
        const next = sleepers.filter((s) => s.until <= end).sort((a, b) => a.until - b.until)[0];
        if (!next) break;
        now = next.until;
        sleepers = sleepers.filter((s) => s !== next);
        next.resolve();
      }
      now = end;
      await settle();
    },
  };
}

const status = (phase: DeployStatus["phase"], message = ""): DeployStatus => ({
  endpoint: "ep", mode: "job", phase, startedAt: 0, at: 0, runId: 1, runUrl: "u", endpointUrl: "e", runState: undefined, configVersion: 2,
  configUpdate: "IN_PROGRESS", ready: "READY", entities: [{ name: "a", entityName: "m", entityVersion: "1", deployment: "DEPLOYMENT_CREATING", message }], phases: [], smokeQuery: true,
});

function harness(publishMs = 0) {
  const clock = steppedClock();
  const sent: { at: number; phase: string; message: string | undefined }[] = [];
  const live = new LiveComment({
    clock,
    intervalMs: 60_000,
    send: async (s, now) => {
      sent.push({ at: now, phase: s.phase, message: s.entities[0]?.message });
      if (publishMs) await clock.sleep(publishMs);
    },
  });
  return { clock, sent, live };
}

describe("LiveComment", () => {
  it("edits at each phase change at once, and a detail only at the next minute", async () => {
    const { clock, sent, live } = harness();
    live.update(status("job queued"), true);
    await clock.advance(1_000);
    live.update(status("job running"), true);
    await clock.advance(1_000);
    expect(sent.map((s) => [s.at, s.phase])).toEqual([[0, "job queued"], [1_000, "job running"]]);
    live.update(status("job running", "detail"), false);
    await clock.advance(30_000);
    expect(sent).toHaveLength(2); // a detail waits for the minute
    await clock.advance(30_000);
    expect(sent.at(-1)).toEqual({ at: 61_000, phase: "job running", message: "detail" });
    await live.close();
  });

  it("through a 10-minute phase without changes, refreshes about once a minute and no more", async () => {
    const { clock, sent, live } = harness();
    live.update(status("endpoint updating"), true);
    await clock.advance(10 * 60_000);
    expect(sent.length).toBe(11); // the phase edit, then one per minute
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(60_000);
    await live.close();
  });

  it("while an edit is in flight, only the newest state is sent next", async () => {
    const { clock, sent, live } = harness(5_000);
    live.update(status("job queued"), true);
    await clock.advance(100);
    live.update(status("job running"), true);
    live.update(status("job done"), true);
    live.update(status("endpoint updating"), true);
    await clock.advance(20_000);
    expect(sent.map((s) => s.phase)).toEqual(["job queued", "endpoint updating"]);
    await live.close();
  });

  it("sends nothing after close, and close waits for the edit in flight", async () => {
    const { clock, sent, live } = harness(5_000);
    live.update(status("job queued"), true);
    await clock.advance(100);
    let closed = false;
    const closing = live.close().then(() => (closed = true));
    live.update(status("job running"), true);
    await clock.advance(1_000);
    expect(closed).toBe(false);
    await clock.advance(10_000);
    await closing;
    await clock.advance(120_000);
    expect(sent.map((s) => s.phase)).toEqual(["job queued"]);
  });
});
