// Black-box: the trust boundary. A pull request from a fork never reaches the
// workspace, whatever the inputs and the event (pull_request_target included):
// the emulator's request log stays empty of any call, credentialed or not.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { annotations, assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, patInputs, prEvent, project, pushEvent, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob();
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

/** A fork PR's payload whose fork was deleted: GitHub then sends head.repo = null. */
function deletedForkEvent(): unknown {
  const e = prEvent({ number: 31 }) as { pull_request: { head: { repo: unknown } } };
  e.pull_request.head.repo = null;
  return e;
}

describe("fork pull requests", () => {
  const cases = [
    { name: "deploy on pull_request", eventName: "pull_request", event: prEvent({ number: 30, fork: true }), command: "deploy" },
    { name: "deploy on pull_request_target (secrets present)", eventName: "pull_request_target", event: prEvent({ number: 30, fork: true }), command: "deploy" },
    { name: "deploy from a deleted fork", eventName: "pull_request_target", event: deletedForkEvent(), command: "deploy" },
    { name: "plan with credentials on pull_request_target", eventName: "pull_request_target", event: prEvent({ number: 30, fork: true }), command: "plan" },
  ];
  for (const c of cases) {
    it(`${c.name}: no call reaches the workspace`, async () => {
      const p = project({ "agent/serving.yaml": servingYaml() });
      const before = emu.log.entries.length;
      try {
        const run = await runAction({
          workspace: p.dir,
          eventName: c.eventName,
          event: c.event,
          inputs: { command: c.command, ...patInputs(emu), "client-id": "sp-app-id", "github-token": "ghs_fork", today: "2026-11-20" },
          // With `id-token: write` the runner offers an OIDC token: it must not be requested either.
          env: { ...emulatorEnv(emu), GITHUB_API_URL: gh.url, ACTIONS_ID_TOKEN_REQUEST_URL: `${emu.url}/_never/oidc`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: "runner-oidc-request" },
        });
        expect(emu.log.entries.length - before, JSON.stringify(emu.log.entries.slice(before).map((e) => e.path))).toBe(0);
        expect(run.stdout).not.toContain("run-now");
        expect(run.stderr).not.toMatch(/serving-ci bug/);
        if (c.command === "deploy") {
          expect(run.code, run.stdout).toBe(0); // lint was clean: the refusal is a warning, not a failure
          expect(run.outputs.outcome).toBe("skipped");
          const refused = annotations(run.stdout).filter((a) => a.level === "warning" && a.props.includes("deploy refused"));
          expect(refused).toHaveLength(1);
          expect(refused[0]!.message).toContain("comes from a fork");
          expect(refused[0]!.message).toContain("workflow_run");
          expect(refused[0]!.message).toContain("Never use `pull_request_target` with a checkout");
        } else {
          expect(run.code, run.stdout).toBe(0);
          expect(run.summary).toContain("comes from a fork");
        }
      } finally {
        p.remove();
      }
    });
  }
});

describe("deploy only where a deploy belongs", () => {
  const refused = [
    { name: "a pull request from this repository", eventName: "pull_request", event: prEvent({ number: 32 }), ref: "refs/pull/32/merge", says: "deploy-on-pull-request: allow" },
    { name: "a push to another branch", eventName: "push", event: pushEvent(), ref: "refs/heads/feature", says: "not to refs/heads/feature" },
  ];
  for (const c of refused) {
    it(`refuses ${c.name}: failed, with the input to change, and no run-now`, async () => {
      const p = project({ "agent/serving.yaml": servingYaml() });
      const runNows = emu.log.calls("jobs/run-now").length;
      try {
        const run = await runAction({
          workspace: p.dir,
          eventName: c.eventName,
          event: c.event,
          ref: c.ref,
          inputs: { command: "deploy", ...patInputs(emu), comment: "off", today: "2026-11-20" },
          env: emulatorEnv(emu),
        });
        expect(run.code).toBe(1);
        expect(run.outputs.outcome).toBe("failed");
        const err = annotations(run.stdout).find((a) => a.level === "error" && a.props.includes("deploy refused"));
        expect(err?.message).toContain(c.says);
        expect(emu.log.calls("jobs/run-now").length).toBe(runNows);
      } finally {
        p.remove();
      }
    });
  }
});

describe("setup errors", () => {
  it("deploy without credentials fails with a message naming the inputs, and outcome=failed", async () => {
    const p = project({ "agent/serving.yaml": servingYaml() });
    try {
      const run = await runAction({ workspace: p.dir, eventName: "push", event: pushEvent(), inputs: { command: "deploy", comment: "off", today: "2026-11-20" } });
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe("failed");
      expect(run.stdout).toMatch(/::error::deploy: the `host` input is not set/);
      expect(run.stdout).not.toContain("please report it");
    } finally {
      p.remove();
    }
  });
});
