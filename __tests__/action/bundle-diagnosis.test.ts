// Black-box: what the comment and summary say when a deploy does not end READY.
// A timeout shows the entities still rolling out, their state messages and the
// server log's tail; a failed build its log tail, with secrets redacted; a
// rollback is told from config versions and served entities before and after,
// whichever poll phase it falls in; a refused credential names the input.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabricksClient, waitForEndpoint } from "../../src/databricks/index.js";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MODEL, patInputs, prEvent, project, servingYaml } from "./fixtures.js";

const LEAKED = "Authorization: Bearer sk-live-0123456789abcdef";
let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({
    endpoints: {
      "diag-never-ready": { updateOutcome: "never_ready" },
    },
  });
  // The build log leaks a bearer token and the workspace's own PAT (known once the emulator runs).
  emu.setScenario({ endpoints: { "diag-build-leaks": { updateOutcome: "build_failed", buildFailureLog: `pip install -r requirements.txt\n${LEAKED}\nDATABRICKS_TOKEN=${emu.token}\nERROR: No matching distribution found for langgraph==9.9.9` } } });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const GH_TOKEN = "ghs_diagnosis_tests";

function deployRun(dir: string, pr: number, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: dir,
    eventName: "pull_request",
    event: prEvent({ number: pr }),
    inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20", ...inputs },
    env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
  });
}

describe("diagnosis in the comment", () => {
  it("a timeout shows the entity still rolling out, its state message and the server log's tail", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "diag-never-ready", timeout: "20m" }) });
    try {
      const run = await deployRun(p.dir, 51);
      expect(run.outputs.outcome).toBe("timeout");
      const body = gh.commentsOn(51)[0]!.body;
      for (const text of [body, run.summary]) {
        expect(text).toContain("**Rolling out, not ready yet:**");
        expect(text).toContain(`| main-agents-support_agent_7 | ${MODEL} | 7 | DEPLOYMENT_CREATING | Served entity is not ready: the readiness probe keeps failing |`);
        expect(text).toContain("<details><summary>Why it is not ready yet</summary>");
        expect(text).toContain("Server log tail:");
        expect(text).toContain("ModuleNotFoundError: No module named 'langgraph'");
      }
      // The headline says which limit ran out (serving.yaml's 20m, not the endpoint wait's share of it) and keeps the reason.
      expect(body).toContain("The deploy's 20m 00s timeout ran out during the endpoint update.");
      expect(body).toMatch(/⏱️ deploy timed out \(outcome unknown\): .*main-agents-support_agent_7: Served entity is not ready: the readiness probe keeps failing/);
      expect(emu.log.calls("/served-models/main-agents-support_agent_7/logs", "GET").length).toBeGreaterThan(0);
    } finally {
      p.remove();
    }
  });

  it("a failed build shows its log tail in the comment and summary, with secrets redacted", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "diag-build-leaks" }) });
    try {
      const run = await deployRun(p.dir, 52);
      expect(run.outputs.outcome).toBe("failed");
      const body = gh.commentsOn(52)[0]!.body;
      // (The runner's own ::add-mask:: commands name the secrets to mask: that is their purpose.)
      const log = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
      for (const text of [body, run.summary, log]) {
        expect(text).not.toContain(emu.token);
        expect(text).not.toContain("sk-live-0123456789abcdef");
      }
      for (const text of [body, run.summary]) {
        expect(text).toContain("**Rolling out, failed:**");
        expect(text).toContain("Build log tail:");
        expect(text).toContain("No matching distribution found for langgraph==9.9.9");
        expect(text).toContain("Authorization: Bearer ***");
      }
    } finally {
      p.remove();
    }
  });

  // Rolled back right after a 10-minute build (polls a minute apart), or right after the job (polls fast).
  it.each([
    { endpoint: "diag-rollback-late", pr: 53, knobs: { buildMs: 600_000, startMs: 1_000 } },
    { endpoint: "diag-rollback-early", pr: 54, knobs: { buildMs: 1_000, startMs: 1_000 } },
  ])("a rollback is diagnosed as one whichever poll phase it falls in ($endpoint)", async ({ endpoint, pr, knobs }) => {
    const client = createDatabricksClient({ host: emu.url, auth: { type: "pat", token: emu.token }, clock: emu.clock });
    await client.serving.create({
      name: endpoint,
      config: { served_entities: [{ name: "support_agent-6", entity_name: MODEL, entity_version: "6", workload_size: "Small", scale_to_zero_enabled: true }] },
    });
    expect((await waitForEndpoint(client, endpoint, { timeoutMs: 3_600_000 })).outcome).toBe("success");
    emu.setScenario({ endpoints: { [endpoint]: { updateOutcome: "rolled_back", ...knobs } } });
    const p = project({ "serving.yaml": servingYaml({ endpoint, version: "7" }) });
    try {
      const run = await deployRun(p.dir, pr);
      expect(run.outputs.outcome).toBe("failed");
      const events = emu.events.filter((e) => e.endpoint === endpoint).map((e) => e.type);
      expect(events).toContain("update_rolled_back");
      expect(run.stdout).toContain("the update started and was rolled back");
      const body = gh.commentsOn(pr)[0]!.body;
      expect(body).toContain("the update started and was rolled back");
      expect(body).toContain(`| support_agent-6 | ${MODEL} | 6 | DEPLOYMENT_READY |`);
      expect(run.outputs["previous-versions"]).toBe(`support_agent-6=${MODEL}@6`);
    } finally {
      p.remove();
    }
  });

  it("a refused token names the input to change, without the phase it happened in", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "diag-bad-token" }) });
    try {
      const run = await deployRun(p.dir, 55, { token: "dapi-not-the-token-0000" });
      expect(run.outputs.outcome).toBe("failed");
      const body = gh.commentsOn(55)[0]!.body;
      for (const text of [body, run.stdout]) {
        expect(text).not.toContain("wait for idle:");
        expect(text).toContain("Databricks refused the credentials: ");
        expect(text).toContain("`token`");
      }
    } finally {
      p.remove();
    }
  });
});
