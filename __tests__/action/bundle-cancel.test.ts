// Black-box: what a cancelled workflow reports is what happened. A confirmed
// cancel of a running job is `cancelled`; a cancel Databricks never accepts
// (503 forever) still ends the process before the runner's 7.5 s kill, as
// `unknown`; a cancel once the job run has ended calls no runs/cancel at all
// and says the endpoint update goes on. The emulator's request log is the evidence.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, startAction, type StartedAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, patInputs, project, pushEvent, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({
    endpoints: {
      "cancel-slow-job": { jobRunMs: 10 * 3_600_000 },
      "cancel-503": { jobRunMs: 10 * 3_600_000 },
      "cancel-slow-build": { buildMs: 10 * 3_600_000 },
    },
  });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const GH_TOKEN = "ghs_cancel_tests";

function start(endpoint: string, pr: number): { started: StartedAction; remove: () => void } {
  const p = project({ "serving.yaml": servingYaml({ endpoint }) });
  const sha = `${pr}`.padStart(40, "c");
  gh.pulls.set(sha, [{ number: pr, state: "closed", merged_at: "2026-11-20T11:00:00Z", merge_commit_sha: sha, base: { ref: "main" } }]);
  const started = startAction({
    workspace: p.dir,
    eventName: "push",
    event: pushEvent(sha),
    sha,
    inputs: { command: "deploy", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
    env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
  });
  return { started, remove: () => p.remove() };
}

async function waitFor(started: StartedAction, re: RegExp): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!re.test(started.stdout()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  expect(started.stdout()).toMatch(re);
}

describe("cancelling a deploy", () => {
  it("SIGTERM while the job runs: runs/cancel once, confirmed, outcome cancelled", async () => {
    const { started, remove } = start("cancel-slow-job", 51);
    try {
      await waitFor(started, /run \d+: RUNNING/);
      const signalled = Date.now();
      started.child.kill("SIGTERM");
      const run = await started.done;
      expect(Date.now() - signalled).toBeLessThan(5_000);
      expect(run.outputs.outcome).toBe("cancelled");
      const cancels = emu.log.calls("jobs/runs/cancel", "POST").filter((c) => (c.body as { run_id: number }).run_id === Number(run.outputs["run-id"]));
      expect(cancels).toHaveLength(1);
      expect(gh.commentsOn(51)[0]!.body).toContain("🚫 deploy cancelled");
    } finally {
      remove();
    }
  });

  it("SIGTERM while runs/cancel answers 503 forever: exits in time, outcome unknown, never 'cancelled'", async () => {
    const { started, remove } = start("cancel-503", 52);
    try {
      await waitFor(started, /run \d+: RUNNING/);
      emu.setScenario({ faults: { rate: 1, kinds: ["503"], paths: ["/api/2.2/jobs/runs/cancel", "/api/2.1/jobs/runs/cancel"], maxFaults: null } });
      const signalled = Date.now();
      started.child.kill("SIGTERM");
      const run = await started.done;
      expect(Date.now() - signalled).toBeLessThan(7_500);
      expect(emu.log.calls("jobs/runs/cancel", "POST").length).toBeGreaterThan(0);
      expect(run.outputs.outcome).toBe("unknown");
      expect(run.stdout).toMatch(/the cancel of Databricks run \d+ failed/);
      const body = gh.commentsOn(52)[0]!.body;
      expect(body).not.toContain("🚫 deploy cancelled");
      expect(body).toContain("outcome unknown");
    } finally {
      emu.setScenario({ faults: { rate: 0 } });
      remove();
    }
  });

  it("SIGINT after the job run ended: no runs/cancel, and the comment says the update goes on", async () => {
    const { started, remove } = start("cancel-slow-build", 53);
    try {
      await waitFor(started, /endpoint cancel-slow-build: IN_PROGRESS/);
      const cancelsBefore = emu.log.calls("jobs/runs/cancel", "POST").length;
      const signalled = Date.now();
      started.child.kill("SIGINT");
      const run = await started.done;
      expect(Date.now() - signalled).toBeLessThan(7_500);
      expect(emu.log.calls("jobs/runs/cancel", "POST").length).toBe(cancelsBefore);
      expect(run.outputs.outcome).toBe("unknown");
      const body = gh.commentsOn(53)[0]!.body;
      expect(body).toContain("goes on in Databricks");
      expect(body).not.toContain("🚫 deploy cancelled");
    } finally {
      remove();
    }
  });
});
