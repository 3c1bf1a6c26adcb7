// Black-box: the ways a wait ends other than success — a stale version served,
// a timeout (outcome unknown, with links), and cancellation by the runner.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabricksClient, waitForEndpoint } from "../../src/databricks/index.js";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction, startAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MODEL, patInputs, prEvent, project, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({
    endpoints: {
      "agent-never-ready": { updateOutcome: "never_ready" },
      "agent-slow-job": { jobRunMs: 10 * 3_600_000 },
    },
  });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const GH_TOKEN = "ghs_wait_tests";

function deployRun(dir: string, pr: number) {
  return {
    workspace: dir,
    eventName: "pull_request",
    event: prEvent({ number: pr }),
    inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
    env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
  };
}

describe("waiting", () => {
  it("wait: false triggers the job run and returns: outcome triggered, with the run's id and link", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-slow-job", version: "7" }) });
    try {
      const spec = deployRun(p.dir, 30);
      const runNows = emu.log.calls("jobs/run-now", "POST").length;
      // The job would run 10 hours: only not waiting lets this finish.
      const run = await runAction({ ...spec, inputs: { ...spec.inputs, wait: "false" } });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.outcome).toBe("triggered");
      expect(run.outputs["run-id"]).toMatch(/^\d+$/);
      expect(run.outputs["run-url"]).toContain(`/run/${run.outputs["run-id"]}`);
      expect(run.outputs["previous-versions"]).toBe("");
      expect(emu.log.calls("jobs/run-now", "POST").length).toBe(runNows + 1);
      // Returned without polling the run.
      expect(emu.log.calls("jobs/runs/get").filter((c) => JSON.stringify(c).includes(run.outputs["run-id"]!))).toHaveLength(0);
      const body = gh.commentsOn(30)[0]!.body;
      expect(body).toContain("deploy triggered (not waited for)");
      expect(body).not.toContain("Deploying…");
    } finally {
      p.remove();
    }
  });

  it("a rolled-back update that leaves the old version serving is a failure, not a success", async () => {
    // The endpoint already serves version 6.
    const client = createDatabricksClient({ host: emu.url, auth: { type: "pat", token: emu.token }, clock: emu.clock });
    await client.serving.create({
      name: "agent-stale",
      config: { served_entities: [{ name: "support_agent-6", entity_name: MODEL, entity_version: "6", workload_size: "Small", scale_to_zero_enabled: true }] },
    });
    expect((await waitForEndpoint(client, "agent-stale", { timeoutMs: 3_600_000 })).outcome).toBe("success");
    emu.setScenario({ endpoints: { "agent-stale": { updateOutcome: "rolled_back" } } });

    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-stale", version: "7" }) });
    try {
      const run = await runAction(deployRun(p.dir, 31));
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe("failed");
      expect(run.outputs["served-versions"]).toBe(`support_agent-6=${MODEL}@6`);
      expect(run.outputs["previous-versions"]).toBe(`support_agent-6=${MODEL}@6`);
      expect(run.stdout).toContain("is not serving the requested version");
      expect(gh.commentsOn(31)[0]!.body).toContain(`| support_agent-6 | ${MODEL} | 6 | DEPLOYMENT_READY |`);
    } finally {
      p.remove();
    }
  });

  it("a timeout reports `timeout` (outcome unknown) with the run and endpoint links", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-never-ready", timeout: "20m" }) });
    try {
      const run = await runAction(deployRun(p.dir, 32));
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe("timeout");
      expect(run.outputs.state).toBe("IN_PROGRESS");
      expect(run.stdout).toMatch(/outcome is unknown/);
      expect(run.stdout).not.toMatch(/agent-never-ready: failed/);
      const err = run.stdout.split("\n").find((l) => l.startsWith("::error") && l.includes("timeout"));
      expect(err).toContain(`${emu.url}/ml/endpoints/agent-never-ready`);
      expect(err).toContain("Run: ");
      expect(gh.commentsOn(32)[0]!.body).toContain("⏱️ deploy timed out (outcome unknown)");
    } finally {
      p.remove();
    }
  });

  it("SIGTERM mid-wait cancels the Databricks run within seconds and reports `cancelled`", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-slow-job" }) });
    try {
      const started = startAction(deployRun(p.dir, 33));
      const deadline = Date.now() + 15_000;
      while (!/run \d+: RUNNING/.test(started.stdout()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(started.stdout()).toMatch(/run \d+: RUNNING/);
      const signalled = Date.now();
      started.child.kill("SIGTERM");
      const run = await started.done;
      expect(Date.now() - signalled).toBeLessThan(5_000);
      expect(run.outputs.outcome).toBe("cancelled");
      const cancels = emu.log.calls("jobs/runs/cancel", "POST");
      expect(cancels).toHaveLength(1);
      expect((cancels[0]!.body as { run_id: number }).run_id).toBe(Number(run.outputs["run-id"]));
      expect(run.code).toBe(1);
      expect(gh.commentsOn(33)[0]!.body).toContain("🚫 deploy cancelled");
    } finally {
      p.remove();
    }
  });
});
