// The waiters' calls per phase, and how late each phase's verdict is seen, against the emulator on a
// manual clock shared with the client (sleeps advance time at once; every instant is exact). A phase
// whose end is not the verdict (the job run, the image build) is polled a minute apart, so its failure
// is seen within a minute; the container start is polled within 3 s, so READY is seen within 3 s.
// Each case runs at both ends of the jitter: r = 0 gives the longest delays (the latency bound), r ≈ 1
// the shortest (the call bound).

import { describe, it, expect } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator/index.js";
import type { Knobs } from "../../src/emulator/scenario.js";
import { waitForRun } from "../../src/databricks/wait-run.js";
import { waitForEndpoint, waitUntilIdle } from "../../src/databricks/wait-endpoint.js";
import { clientFor, createDeployJob, manualClock } from "../emulator/harness.js";

const MIN = 60_000;
const MODEL = "main.agents.churn_agent";
const ENDPOINT = "churn-agent";
const JITTERS = [0, 0.999];

interface Deployment {
  emu: Emulator;
  runId: number;
  run: Awaited<ReturnType<typeof waitForRun>>;
  endpoint?: Awaited<ReturnType<typeof waitForEndpoint>>;
}

/** An emulator and a client on one manual clock; phases default to a realistic agent deploy (job 2 min, build 9, start 3). */
async function onEmulator(knobs: Partial<Knobs>, jitter: number, fn: (emu: Emulator, client: ReturnType<typeof clientFor>) => Promise<void>): Promise<void> {
  const clock = { ...manualClock(), random: () => jitter };
  const emu = await startEmulator({ clock, scenario: { defaults: { queueMs: 0, pendingMs: 30_000, jobRunMs: 90_000, buildMs: 9 * MIN, startMs: 3 * MIN, ...knobs } } });
  try {
    // requestTimeoutMs: Infinity, or the manual clock's request timer would advance time a minute per request.
    await fn(emu, clientFor(emu, { retry: { requestTimeoutMs: Infinity } }));
  } finally {
    await emu.close();
  }
}

/** One deployment through the real client: run-now, waitForRun, then (if the run succeeded) waitForEndpoint. */
async function deployment(knobs: Partial<Knobs>, jitter: number, check: (d: Deployment) => void): Promise<void> {
  await onEmulator(knobs, jitter, async (emu, client) => {
    const jobId = await createDeployJob(client, "deploy-churn", MODEL, ENDPOINT);
    const runId = await client.jobs.runNow({ jobId, idempotencyToken: `pace-${jitter}` });
    const run = await waitForRun(client, runId);
    const endpoint = run.outcome === "success" ? await waitForEndpoint(client, ENDPOINT, { expect: [{ entityName: MODEL, entityVersion: "1" }] }) : undefined;
    check({ emu, runId, run, ...(endpoint ? { endpoint } : {}) });
  });
}

const runPolls = (d: Deployment): number[] => d.emu.log.calls("jobs/runs/get", "GET").filter((r) => r.query.run_id === String(d.runId)).map((r) => r.at);
const endpointPolls = (emu: Emulator): number[] => emu.log.calls(`serving-endpoints/${ENDPOINT}`, "GET").map((r) => r.at);
const eventAt = (emu: Emulator, type: string, detail?: RegExp): number => {
  const e = emu.events.find((x) => x.type === type && (detail === undefined || detail.test(x.detail ?? "")));
  if (!e) throw new Error(`no ${type} event`);
  return e.at;
};
/** How long after `at` the first poll looked. */
const seenAfter = (polls: number[], at: number): number => (polls.find((p) => p >= at) ?? Number.POSITIVE_INFINITY) - at;
const between = (polls: number[], from: number, to: number): number => polls.filter((p) => p >= from && p < to).length;

describe.each(JITTERS)("waiter pace on the emulator's clock (jitter r = %s)", (r) => {
  it("polls a 10-minute job run at most 13 times (a minute apart) and sees its end within a minute", async () => {
    await deployment({ pendingMs: MIN, jobRunMs: 9 * MIN }, r, (d) => {
      expect(d.run.outcome).toBe("success");
      const polls = runPolls(d);
      const ended = eventAt(d.emu, "run_state", /^TERMINATED\//);
      // The old 2 s ramp to a 20 s cap took ~35 calls here; a minute apart (shortened ≤ 10 % by jitter) takes 1 + 600/54.
      expect(polls.length).toBeLessThanOrEqual(13);
      expect(seenAfter(polls, ended)).toBeLessThanOrEqual(MIN);
    });
  });

  it.each([
    // The first look is at once, so a run that fails as it starts is seen at once.
    ["at once", { pendingMs: 0, jobRunMs: 0 }, 0],
    ["after the cluster started", { pendingMs: 30_000, jobRunMs: 7_000 }, MIN],
    ["late in a long run", { pendingMs: 2 * MIN, jobRunMs: 13 * MIN + 1_000 }, MIN],
  ])("sees a job run that fails %s within the bound", async (_, timing, bound) => {
    await deployment({ ...timing, jobFailure: { error: "RuntimeError: model version 9 not found" } }, r, (d) => {
      expect(d.run.outcome).toBe("failed");
      expect(d.run.message).toContain("model version 9 not found");
      expect(seenAfter(runPolls(d), eventAt(d.emu, "run_state", /^INTERNAL_ERROR\//))).toBeLessThanOrEqual(bound);
      expect(d.emu.events.some((e) => e.type === "update_started")).toBe(false);
    });
  });

  it("polls a 9-minute image build at most 11 times (a minute apart, no ramp) and sees the container start within a minute", async () => {
    await deployment({}, r, (d) => {
      expect(d.endpoint?.outcome).toBe("success");
      const polls = endpointPolls(d.emu);
      const built = eventAt(d.emu, "image_built");
      // A ramp from 1 s to the minute cap, as before, spent ~17 calls on this build.
      expect(between(polls, eventAt(d.emu, "update_started"), built)).toBeLessThanOrEqual(11);
      expect(seenAfter(polls, built)).toBeLessThanOrEqual(MIN);
    });
  });

  it.each([
    ["a 30-second build", 30_000],
    ["a 4-minute build", 4 * MIN],
    ["a 9-minute build", 9 * MIN + 500],
  ])("sees %s that fails (UPDATE_FAILED) within a minute, with the build log", async (_, buildMs) => {
    await deployment({ buildMs, updateOutcome: "build_failed" }, r, (d) => {
      expect(d.endpoint?.outcome).toBe("failed");
      expect(d.endpoint?.failedEntities[0]?.buildLogTail).toContain("No matching distribution found");
      expect(seenAfter(endpointPolls(d.emu), eventAt(d.emu, "update_failed"))).toBeLessThanOrEqual(MIN);
    });
  });

  it.each([
    ["a 3-minute", 3 * MIN],
    ["a 10-minute (GPU)", 10 * MIN],
  ])("polls within 3 s through %s container start and sees READY within 3 s", async (_, startMs) => {
    await deployment({ startMs }, r, (d) => {
      expect(d.endpoint?.outcome).toBe("success");
      const polls = endpointPolls(d.emu);
      const ready = eventAt(d.emu, "endpoint_ready");
      expect(seenAfter(polls, ready)).toBeLessThanOrEqual(3_000);
      const start = polls.filter((p) => p >= eventAt(d.emu, "image_built") && p <= ready + 3_000);
      const gaps = start.slice(1).map((p, i) => p - start[i]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(3_000);
    });
  });

  it("waits for someone else's update at the same pace: a minute apart through its build, within 3 s through its start", async () => {
    await onEmulator({}, r, async (emu, client) => {
      await client.serving.create({ name: ENDPOINT, config: { served_entities: [{ entity_name: MODEL, entity_version: "1", scale_to_zero_enabled: true }] } });
      const settled = await waitUntilIdle(client, ENDPOINT, { ifBusy: "wait" });
      expect(settled?.state).toMatchObject({ config_update: "NOT_UPDATING", ready: "READY" });
      const polls = endpointPolls(emu);
      expect(between(polls, eventAt(emu, "update_started"), eventAt(emu, "image_built"))).toBeLessThanOrEqual(11);
      expect(seenAfter(polls, eventAt(emu, "endpoint_ready"))).toBeLessThanOrEqual(3_000);
    });
  });
});
