// Drives many whole deployments (run-now -> wait run -> wait endpoint) against
// one emulator under injected faults and checks each reached the outcome its
// scenario dictates, with exactly one job run. Used by bench/fault-soak.ts and,
// smaller, by the tests.

import { startEmulator } from "./server.js";
import type { Knobs } from "./scenario.js";
import { createDatabricksClient } from "../databricks/client.js";
import { deploymentIdempotencyToken } from "../databricks/idempotency.js";
import { waitForRun } from "../databricks/wait-run.js";
import { waitForEndpoint } from "../databricks/wait-endpoint.js";

export type SoakVerdict = "success" | "job_failed" | "build_failed" | "stale";

export interface SoakOptions {
  deployments: number;
  faultRate: number;
  seed: number;
  speed: number;
  phases: Partial<Knobs>;
}

export interface SoakReport {
  deployments: number;
  expected: Record<SoakVerdict, number>;
  correct: number;
  wrong: { endpoint: string; expected: SoakVerdict; got: string }[];
  runsPerDeployment: { exactlyOne: number; other: number };
  runNowCalls: number;
  requests: number;
  faultsInjected: Record<string, number>;
  clientRetries: number;
  wallMs: number;
}

/** 7 in 10 succeed; the rest fail in the job, in the build, or roll back. */
function planFor(i: number): { verdict: SoakVerdict; knobs: Partial<Knobs> } {
  switch (i % 10) {
    case 7:
      return { verdict: "job_failed", knobs: { jobFailure: { error: `RuntimeError: deployment ${i} broke` } } };
    case 8:
      return { verdict: "build_failed", knobs: { updateOutcome: "build_failed" } };
    case 9:
      return { verdict: "stale", knobs: { updateOutcome: "rolled_back" } };
    default:
      return { verdict: "success", knobs: {} };
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = performance.now();
  const plans = Array.from({ length: options.deployments }, (_, i) => ({ endpoint: `soak-${i}`, ...planFor(i) }));
  const emu = await startEmulator({
    speed: options.speed,
    scenario: {
      defaults: options.phases,
      endpoints: Object.fromEntries(plans.map((p) => [p.endpoint, p.knobs])),
    },
  });
  try {
    const client = createDatabricksClient({
      host: emu.url,
      auth: { type: "pat", token: emu.token },
      clock: emu.clock,
      // Emulated time is fast: keep the SDKs' 60 s per attempt and a 30 s retry budget in *real* time,
      // so a loaded machine is not mistaken for a dead workspace.
      retry: { requestTimeoutMs: 60_000 * options.speed, budgetMs: Math.max(300_000, 30_000 * options.speed) },
    });
    // Set-up happens before the faults: jobs/create is not idempotent, and it is not under test.
    const jobIds: number[] = [];
    for (const p of plans) {
      jobIds.push(
        await client.jobs.create({
          name: `deploy-${p.endpoint}`,
          tasks: [{ task_key: "deploy" }],
          parameters: [
            { name: "model_name", default: `main.agents.${p.endpoint.replace(/-/g, "_")}` },
            { name: "version", default: "1" },
            { name: "endpoint_name", default: p.endpoint },
          ],
        }),
      );
    }
    emu.setScenario({ faults: { rate: options.faultRate, seed: options.seed, paths: ["/api/**", "/serving-endpoints/**"] } });

    const verdicts = await Promise.all(
      plans.map(async (p, i): Promise<string> => {
        const jobId = jobIds[i] ?? 0;
        const token = deploymentIdempotencyToken({ repository: "example/agents", commit: "soak", endpoint: p.endpoint, attempt: 1 });
        const runId = await client.jobs.runNow({ jobId, idempotencyToken: token });
        const run = await waitForRun(client, runId);
        if (run.outcome !== "success") return run.outcome === "failed" && run.failedTasks[0]?.error ? "job_failed" : `run ${run.outcome}`;
        const model = `main.agents.${p.endpoint.replace(/-/g, "_")}`;
        const ep = await waitForEndpoint(client, p.endpoint, { expect: [{ entityName: model, entityVersion: "1" }] });
        if (ep.outcome === "success") return "success";
        if (ep.outcome === "failed" && ep.failedEntities.some((e) => e.buildLogTail)) return "build_failed";
        if (ep.outcome === "failed" && /not serving the requested version/.test(ep.message)) return "stale";
        return `endpoint ${ep.outcome}: ${ep.message}`;
      }),
    );

    const runsByEndpoint = new Map<string, number>();
    for (const e of emu.events) if (e.type === "run_started" && e.endpoint) runsByEndpoint.set(e.endpoint, (runsByEndpoint.get(e.endpoint) ?? 0) + 1);
    const faultsInjected: Record<string, number> = {};
    for (const r of emu.log.entries) if (r.fault) faultsInjected[r.fault] = (faultsInjected[r.fault] ?? 0) + 1;
    const expected = { success: 0, job_failed: 0, build_failed: 0, stale: 0 };
    for (const p of plans) expected[p.verdict]++;
    const wrong = plans.flatMap((p, i) => (verdicts[i] === p.verdict ? [] : [{ endpoint: p.endpoint, expected: p.verdict, got: verdicts[i] ?? "?" }]));
    const exactlyOne = plans.filter((p) => runsByEndpoint.get(p.endpoint) === 1).length;
    return {
      deployments: plans.length,
      expected,
      correct: plans.length - wrong.length,
      wrong,
      runsPerDeployment: { exactlyOne, other: plans.length - exactlyOne },
      runNowCalls: emu.log.calls("jobs/run-now").length,
      requests: emu.log.entries.length,
      faultsInjected,
      clientRetries: client.http.stats.retries,
      wallMs: Math.round(performance.now() - started),
    };
  } finally {
    await emu.close();
  }
}
