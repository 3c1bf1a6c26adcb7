// End to end: the client drives whole deployments against the emulator.

import { describe, it, expect } from "vitest";
import {
  waitForRun,
  waitForEndpoint,
  waitUntilIdle,
  EndpointBusyError,
  deploymentIdempotencyToken,
  DatabricksApiError,
  type EndpointChange,
  type RunChange,
} from "../../src/databricks/index.js";
import { withEmulator, clientFor, createDeployJob } from "./harness.js";

const MODEL = "main.agents.churn_agent";

async function deploy(client: ReturnType<typeof clientFor>, jobId: number, endpoint: string, version: string, attempt = 1) {
  const token = deploymentIdempotencyToken({ repository: "example/agents", commit: "abc123", endpoint, attempt: `${version}-${attempt}` });
  const runId = await client.jobs.runNow({ jobId, jobParameters: { version }, idempotencyToken: token });
  return runId;
}

describe("deployments against the emulator", () => {
  it("succeeds: job, then endpoint READY with the new version, then answers as a ResponsesAgent", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      const runChanges: RunChange[] = [];
      const epChanges: EndpointChange[] = [];
      const runId = await deploy(client, jobId, "churn-agent", "3");
      const run = await waitForRun(client, runId, { onChange: (c) => runChanges.push(c) });
      expect(run.outcome).toBe("success");
      expect(run.runPageUrl).toContain(`#job/${jobId}/run/${runId}`);
      // Every state change is reported once, in order (a loaded machine may poll past a short phase).
      const seen = runChanges.map((c) => c.lifeCycleState);
      expect(seen.at(-1)).toBe("TERMINATED");
      expect(seen).toEqual(["PENDING", "RUNNING", "TERMINATED"].filter((s) => seen.includes(s)));

      const ep = await waitForEndpoint(client, "churn-agent", {
        expect: [{ entityName: MODEL, entityVersion: "3" }],
        onChange: (c) => epChanges.push(c),
      });
      expect(ep.outcome).toBe("success");
      expect(ep.served).toEqual([expect.objectContaining({ name: "main-agents-churn_agent_3", entityVersion: "3", deployment: "DEPLOYMENT_READY" })]);
      expect(epChanges.at(0)?.configUpdate).toBe("IN_PROGRESS");
      expect(epChanges.at(-1)).toMatchObject({ configUpdate: "NOT_UPDATING", ready: "READY" });
      expect(epChanges.length).toBeGreaterThanOrEqual(3); // building, starting, ready

      const answer = await client.serving.query("churn-agent", { input: [{ role: "user", content: "hi" }] });
      expect(answer.object).toBe("response");
      expect(answer.output?.[0]?.type).toBe("message");
    });
  });

  it("answers a classic model with predictions", async () => {
    await withEmulator({ scenario: { defaults: { buildMs: 1_000, startMs: 1_000 } } }, async (emu) => {
      const client = clientFor(emu);
      await client.serving.create({
        name: "churn-scorer",
        config: { served_entities: [{ entity_name: "main.ml.churn", entity_version: "7", workload_size: "Small", scale_to_zero_enabled: true }] },
      });
      const ep = await waitForEndpoint(client, "churn-scorer", { expect: [{ entityName: "main.ml.churn", entityVersion: "7" }] });
      expect(ep.outcome).toBe("success");
      const answer = await client.serving.query("churn-scorer", { dataframe_split: { columns: ["a"], data: [[1], [2]] } });
      expect(answer.predictions).toHaveLength(2);
    });
  });

  it("reports a job failure with the task's error, read through the task run id", async () => {
    const jobFailure = { error: "RuntimeError: model version 9 not found", traceback: "Traceback (most recent call last):\n  ...\nRuntimeError: model version 9 not found" };
    await withEmulator({ scenario: { endpoints: { "churn-agent": { jobFailure } } } }, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      const runId = await deploy(client, jobId, "churn-agent", "9");
      const run = await waitForRun(client, runId);
      expect(run.outcome).toBe("failed");
      expect(run.run?.state).toMatchObject({ life_cycle_state: "INTERNAL_ERROR", result_state: "FAILED" });
      const task = run.failedTasks[0];
      expect(task).toMatchObject({ taskKey: "deploy", error: jobFailure.error });
      expect(task?.errorTrace).toContain("Traceback");
      expect(run.message).toContain("model version 9 not found");
      const outputs = emu.log.calls("jobs/runs/get-output");
      expect(outputs.map((r) => Number(r.query.run_id))).toEqual([task?.runId]);
      expect(task?.runId).not.toBe(runId);
      expect(emu.events.some((e) => e.type === "update_started")).toBe(false);
    });
  });

  it("reports a container build failure with the tail of the build log", async () => {
    await withEmulator({ scenario: { endpoints: { "churn-agent": { updateOutcome: "build_failed" } } } }, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      expect((await waitForRun(client, await deploy(client, jobId, "churn-agent", "2"))).outcome).toBe("success");
      const ep = await waitForEndpoint(client, "churn-agent", { expect: [{ entityName: MODEL, entityVersion: "2" }] });
      expect(ep.outcome).toBe("failed");
      expect(ep.failedEntities[0]).toMatchObject({ name: "main-agents-churn_agent_2", deployment: "DEPLOYMENT_FAILED" });
      expect(ep.failedEntities[0]?.buildLogTail).toContain("No matching distribution found");
      expect(ep.message).toContain("Container image build failed");
    });
  });

  it("fails when a stale version is served after the update settles (rolled back)", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      await waitForRun(client, await deploy(client, jobId, "churn-agent", "1"));
      expect((await waitForEndpoint(client, "churn-agent", { expect: [{ entityName: MODEL, entityVersion: "1" }] })).outcome).toBe("success");

      emu.setScenario({ endpoints: { "churn-agent": { updateOutcome: "rolled_back" } } });
      await waitForRun(client, await deploy(client, jobId, "churn-agent", "2"));
      const ep = await waitForEndpoint(client, "churn-agent", { expect: [{ entityName: MODEL, entityVersion: "2" }] });
      expect(ep.outcome).toBe("failed");
      expect(ep.message).toMatch(/expected version 2, served 1.*rolled back/);
    });
  });

  it("fails when the endpoint keeps serving another version and no update starts", async () => {
    await withEmulator({ scenario: { defaults: { buildMs: 1_000, startMs: 1_000 } } }, async (emu) => {
      const client = clientFor(emu);
      await client.serving.create({ name: "ep", config: { served_entities: [{ entity_name: MODEL, entity_version: "1", scale_to_zero_enabled: true }] } });
      await waitForEndpoint(client, "ep");
      const ep = await waitForEndpoint(client, "ep", { expect: [{ entityName: MODEL, entityVersion: "5" }], updateStartGraceMs: 30_000 });
      expect(ep.outcome).toBe("failed");
      expect(ep.message).toContain("no update to it started");
    });
  });

  it("refuses, or waits for, an endpoint that is already updating before the deploy starts", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      await client.serving.create({ name: "busy", config: { served_entities: [{ entity_name: MODEL, entity_version: "1", scale_to_zero_enabled: true }] } });
      await expect(waitUntilIdle(client, "busy", { ifBusy: "refuse" })).rejects.toThrow(EndpointBusyError);
      await expect(waitUntilIdle(client, "busy", { ifBusy: "refuse" })).rejects.toThrow(/already being updated.*main\.agents\.churn_agent@1/);
      // The service itself refuses a second update meanwhile (409 RESOURCE_CONFLICT).
      const conflict = await client.serving
        .updateConfig("busy", { served_entities: [{ entity_name: MODEL, entity_version: "2" }] })
        .catch((e: unknown) => e);
      expect(conflict).toBeInstanceOf(DatabricksApiError);
      expect(conflict).toMatchObject({ status: 409, errorCode: "RESOURCE_CONFLICT" });

      const settled = await waitUntilIdle(client, "busy", { ifBusy: "wait" });
      expect(settled?.state).toMatchObject({ config_update: "NOT_UPDATING", ready: "READY" });
      expect(await waitUntilIdle(client, "missing", { ifBusy: "refuse" })).toBeUndefined();
    });
  });

  it("times out with an unknown outcome and a link when an entity never becomes ready", async () => {
    await withEmulator({ scenario: { defaults: { updateOutcome: "never_ready" } } }, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      await waitForRun(client, await deploy(client, jobId, "churn-agent", "4"));
      const ep = await waitForEndpoint(client, "churn-agent", { expect: [{ entityName: MODEL, entityVersion: "4" }], timeoutMs: 20 * 60_000 });
      expect(ep.outcome).toBe("timeout");
      expect(ep.message).toContain("outcome is unknown");
      expect(ep.message).toContain(`${emu.url}/ml/endpoints/churn-agent`);
      expect(ep.elapsedMs).toBeGreaterThanOrEqual(20 * 60_000);
    });
  });

  it("reports a cancelled run as cancelled, and the endpoint is never touched", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      const runId = await deploy(client, jobId, "churn-agent", "5");
      await client.jobs.cancelRun(runId);
      const run = await waitForRun(client, runId);
      expect(run.outcome).toBe("cancelled");
      expect(run.run?.state).toMatchObject({ result_state: "CANCELED", user_cancelled_or_timedout: true });
      expect(await client.serving.find("churn-agent")).toBeUndefined();
      await client.jobs.cancelRun(runId); // a finished run is left unchanged
      expect((await client.jobs.getRun(runId)).state?.result_state).toBe("CANCELED");
    });
  });

  it("a run timeout is 'timeout' (unknown), never 'failed'", async () => {
    await withEmulator({ scenario: { defaults: { jobRunMs: 3_600_000 } } }, async (emu) => {
      const client = clientFor(emu);
      const jobId = await createDeployJob(client, "deploy-churn", MODEL, "churn-agent");
      const runId = await deploy(client, jobId, "churn-agent", "6");
      const run = await waitForRun(client, runId, { timeoutMs: 5 * 60_000 });
      expect(run.outcome).toBe("timeout");
      expect(run.message).toContain("outcome is unknown");
      expect(run.message).toContain(run.runPageUrl);
    });
  });
});
