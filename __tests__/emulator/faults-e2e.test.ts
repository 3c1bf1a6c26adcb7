// Retries, idempotency and injected faults, end to end.

import { describe, it, expect } from "vitest";
import { deploymentIdempotencyToken, waitForRun } from "../../src/databricks/index.js";
import { runSoak } from "../../src/emulator/soak.js";
import { withEmulator, clientFor, createDeployJob } from "./harness.js";

describe("retries and idempotency", () => {
  it("a run-now whose answer is lost is retried with the same token and starts exactly one run", async () => {
    await withEmulator({}, async (emu) => {
      let dropped = 0;
      const lossyFetch: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (String(input).endsWith("/jobs/run-now") && dropped < 2) {
          dropped++;
          await res.text();
          throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
        }
        return res;
      };
      const client = clientFor(emu, { fetch: lossyFetch });
      const jobId = await createDeployJob(client, "deploy", "main.agents.a", "ep-a");
      const token = deploymentIdempotencyToken({ repository: "o/r", commit: "c1", endpoint: "ep-a", attempt: 1 });
      const runId = await client.jobs.runNow({ jobId, idempotencyToken: token });
      const calls = emu.log.calls("jobs/run-now");
      expect(calls).toHaveLength(3);
      expect(new Set(calls.map((c) => (c.body as { idempotency_token: string }).idempotency_token))).toEqual(new Set([token]));
      expect(emu.events.filter((e) => e.type === "run_started")).toHaveLength(1);
      expect((await waitForRun(client, runId)).outcome).toBe("success");
    });
  });

  it("honours Retry-After on 429 and retries 503 and resets of a GET", async () => {
    const faults = { rate: 1, kinds: ["429-retry-after" as const], retryAfterSeconds: 7, paths: ["/api/2.0/serving-endpoints"], maxFaults: 2 };
    await withEmulator({ scenario: { faults } }, async (emu) => {
      const client = clientFor(emu);
      const started = emu.clock.now();
      expect(await client.serving.list()).toEqual([]);
      expect(emu.log.entries.map((e) => e.status)).toEqual([429, 429, 200]);
      expect(emu.clock.now() - started).toBeGreaterThanOrEqual(14_000);
      expect(client.lines.filter((l) => /HTTP 429; retry \d in 7\.\ds/.test(l))).toHaveLength(2);

      emu.log.clear();
      emu.setScenario({ faults: { kinds: ["503", "429", "reset"], maxFaults: 3 } });
      expect(await client.serving.list()).toEqual([]);
      expect(emu.log.entries.map((e) => e.fault ?? e.status)).toHaveLength(4);
      expect(client.http.stats.retries).toBe(5);
    });
  });

  it("never retries a 400, and never repeats a non-idempotent request whose answer was lost", async () => {
    await withEmulator({ scenario: { faults: { rate: 1, kinds: ["reset-after"], paths: ["/serving-endpoints/*/invocations"], maxFaults: 1 } } }, async (emu) => {
      const client = clientFor(emu);
      await expect(client.jobs.getRun(42)).rejects.toThrow(/HTTP 400 INVALID_PARAMETER_VALUE: Run 42 does not exist/);
      expect(emu.log.entries).toHaveLength(1);
      await expect(client.serving.query("nope", { inputs: [1] })).rejects.toThrow(/ECONNRESET|network error/);
      expect(emu.log.calls("/invocations")).toHaveLength(1);
    });
  });

  it("small soak: 30 deployments under 20% faults reach the right outcome with one run each", async () => {
    const report = await runSoak({
      deployments: 30,
      faultRate: 0.2,
      seed: 7,
      speed: 1000,
      phases: { pendingMs: 10_000, jobRunMs: 30_000, buildMs: 300_000, startMs: 60_000 },
    });
    expect(report.wrong).toEqual([]);
    expect(report.runsPerDeployment).toEqual({ exactlyOne: 30, other: 0 });
    expect(Object.values(report.faultsInjected).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
    expect(report.wallMs).toBeLessThan(15_000);
  });
});
