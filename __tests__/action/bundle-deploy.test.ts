// Black-box: plan on the PR, then deploy on merge, against the emulator; the
// merge run finds the PR through commits/{sha}/pulls and edits its comment.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MERGE_SHA, MODEL, patInputs, prEvent, project, pushEvent, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({
    endpoints: {
      "agent-job-fails": {
        jobFailure: { error: "ValueError: model signature missing", traceback: 'Traceback (most recent call last):\n  File "deploy.py", line 3\nValueError: model signature missing', logs: "loading model\nValueError: model signature missing\n" },
      },
      "agent-build-fails": { updateOutcome: "build_failed" },
    },
  });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const GH_TOKEN = "ghs_deploy_tests";
const PR = 21;

describe("plan and deploy", () => {
  it("plans a new endpoint on the PR, deploys it on merge and updates the same comment", async () => {
    const p = project({ "agent/serving.yaml": servingYaml() });
    try {
      const plan = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: PR }),
        inputs: { command: "plan", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(plan.code, plan.stdout).toBe(0);
      expect(plan.stdout).toContain("endpoint support-agent will be created");
      expect(plan.outputs.outcome).toBe("success");
      expect(gh.commentsOn(PR)).toHaveLength(1);
      expect(gh.commentsOn(PR)[0]!.body).toContain("**will be created**");

      gh.pulls.set(MERGE_SHA, [{ number: PR, state: "closed", merged_at: "2026-11-20T11:00:00Z", merge_commit_sha: MERGE_SHA, base: { ref: "main" } }]);
      const deploy = await runAction({
        workspace: p.dir,
        eventName: "push",
        event: pushEvent(),
        sha: MERGE_SHA,
        inputs: { command: "deploy", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
      expect(deploy.outputs.outcome).toBe("success");
      expect(deploy.outputs.state).toBe("READY");
      // The job (agents.deploy) names the served entity itself: catalog-schema-model_version.
      expect(deploy.outputs["served-versions"]).toBe(`main-agents-support_agent_7=${MODEL}@7`);
      expect(deploy.outputs["previous-versions"]).toBe("");
      expect(deploy.outputs["endpoint-url"]).toBe(`${emu.url}/ml/endpoints/support-agent`);
      const runNow = emu.log.calls("jobs/run-now", "POST");
      expect(runNow).toHaveLength(1);
      expect(deploy.outputs["run-id"]).toMatch(/^\d+$/);
      expect((runNow[0]!.body as { idempotency_token: string }).idempotency_token).toMatch(/^serving-ci-[0-9a-f]{48}$/);
      expect(emu.log.calls("/invocations", "POST")).toHaveLength(1);

      // Progress lines on state changes only, each with the elapsed time.
      // (Phase lines, "now …", come once per phase: at most one per step of the flow.)
      const stamped = deploy.stdout.split("\n").filter((l) => /^\[\d/.test(l));
      const phaseLines = stamped.filter((l) => / support-agent: now /.test(l));
      expect(phaseLines.length).toBeGreaterThan(0);
      expect(phaseLines.length).toBeLessThanOrEqual(9);
      const progress = stamped.filter((l) => !phaseLines.includes(l));
      // The job's RUNNING minute is 60 ms of real time: on a loaded machine a poll can miss it, never the end.
      expect(progress.some((l) => /run \d+: (RUNNING|TERMINATED)/.test(l))).toBe(true);
      expect(progress.some((l) => /endpoint support-agent: NOT_UPDATING\/READY/.test(l))).toBe(true);
      const polls = emu.log.calls("/serving-endpoints/support-agent", "GET").length + emu.log.calls("jobs/runs/get", "GET").length;
      expect(progress.length).toBeLessThan(polls);

      const comments = gh.commentsOn(PR);
      expect(comments).toHaveLength(1);
      const body = comments[0]!.body;
      expect(body).toContain("✅ deployed");
      expect(body).toContain(`| main-agents-support_agent_7 | ${MODEL} | 7 | DEPLOYMENT_READY |`);
      expect(body).toContain("**Traffic**: main-agents-support_agent_7 100%");
      expect(body).toContain("```mermaid");
      expect(body).toContain(`commit \`${MERGE_SHA.slice(0, 7)}\``);
      expect(deploy.summary).toContain("✅ deployed");
    } finally {
      p.remove();
    }
  });

  it("plans a change against the live endpoint", async () => {
    const p = project({ "agent/serving.yaml": servingYaml({ endpoint: "support-agent", version: "8" }) });
    try {
      // The endpoint was created by the previous test.
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 22 }),
        inputs: { command: "plan", ...patInputs(emu), comment: "off", today: "2026-11-20" },
        env: emulatorEnv(emu),
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/~ served entity main-agents-support_agent_7 → support_agent-8: version 7 → 8/);
      expect(run.summary).toContain("Merging would change the live endpoint");
    } finally {
      p.remove();
    }
  });

  it("a failed job fails the step with the task's error, and details in the comment", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-job-fails" }) });
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 23 }),
        inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe("failed");
      expect(run.stdout).toContain("ValueError: model signature missing");
      expect(run.stdout).toMatch(/::error.*agent-job-fails: failed: Run \d+ failed in task deploy/);
      const body = gh.commentsOn(23)[0]!.body;
      expect(body).toContain("❌ deploy failed");
      expect(body).toContain("<details><summary>Failure details</summary>");
      expect(body).toContain("Traceback (most recent call last)");
      expect(run.stdout).not.toContain("[object Object]");
    } finally {
      p.remove();
    }
  });

  it("a failed container build fails with the entity message and the build-log tail", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-build-fails" }) });
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 24 }),
        inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe("failed");
      expect(run.outputs.state).toBe("UPDATE_FAILED");
      expect(run.stdout).toContain("config update failed");
      const body = gh.commentsOn(24)[0]!.body;
      expect(body).toContain("Build log tail:");
      expect(body).toContain("No matching distribution found");
      expect(run.summary).toContain("No matching distribution found");
    } finally {
      p.remove();
    }
  });
});
