// Black-box: a Databricks Asset Bundle's serving endpoints get a plan and a
// comment like serving.yaml's, one per endpoint. Where the files alone cannot
// say what would change (bundle variables, a target's override), the plan is
// skipped with that reason rather than guessed.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MODEL, patInputs, prEvent, project } from "./fixtures.js";

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

const DATABRICKS_YML = `bundle:
  name: agents
include:
  - resources/*.yml
targets:
  dev:
    default: true
  prod:
    resources:
      model_serving_endpoints:
        overridden_agent:
          config:
            served_entities:
              - entity_name: ${MODEL}
                entity_version: "9"
                workload_size: Medium
                scale_to_zero_enabled: false
`;

const SERVING_YML = `resources:
  model_serving_endpoints:
    literal_agent:
      name: bundle-agent
      config:
        served_entities:
          - name: support_agent-7
            entity_name: ${MODEL}
            entity_version: "7"
            workload_size: Small
            scale_to_zero_enabled: true
    per_target_agent:
      name: \${bundle.target}-agent
      config:
        served_entities:
          - entity_name: ${MODEL}
            entity_version: "7"
            workload_size: Small
            scale_to_zero_enabled: true
    overridden_agent:
      name: overridden-agent
      config:
        served_entities:
          - entity_name: ${MODEL}
            entity_version: "7"
            workload_size: Small
            scale_to_zero_enabled: true
`;

describe("bundle endpoints", () => {
  it("get a plan and a comment each; variables and target overrides skip the plan with the reason", async () => {
    const p = project({ "databricks.yml": DATABRICKS_YML, "resources/serving.yml": SERVING_YML });
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 81 }),
        inputs: { command: "plan", ...patInputs(emu), "github-token": "ghs_bundle_tests", today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code, run.stdout).toBe(0);
      const comments = gh.commentsOn(81);
      expect(comments).toHaveLength(3);
      const of = (name: string): string => comments.find((c) => c.body.includes(`<!-- serving-ci:endpoint=${encodeURIComponent(name)} -->`))!.body;
      expect(of("bundle-agent")).toContain("**will be created**");
      expect(of("bundle-agent")).toContain("served entity support_agent-7");
      expect(run.stdout).toContain("endpoint bundle-agent will be created");
      expect(of("${bundle.target}-agent")).toContain("_Skipped: resources.model_serving_endpoints.per_target_agent uses bundle variables");
      expect(of("overridden-agent")).toContain("_Skipped: targets prod override resources.model_serving_endpoints.overridden_agent");
      // Only the endpoint that could be planned was looked up.
      expect(emu.log.calls("/serving-endpoints/bundle-agent", "GET")).toHaveLength(1);
      expect(emu.log.calls("/serving-endpoints/overridden-agent", "GET")).toHaveLength(0);
      expect(run.summary).toContain("bundle-agent");
    } finally {
      p.remove();
    }
  });

  it("deploy leaves bundle endpoints to the bundle CLI: without a serving.yaml nothing is triggered", async () => {
    const p = project({ "databricks.yml": DATABRICKS_YML, "resources/serving.yml": SERVING_YML });
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 82 }),
        inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": "ghs_bundle_tests", today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("deploy: no serving.yaml found");
      expect(emu.log.calls("jobs/run-now", "POST")).toHaveLength(0);
    } finally {
      p.remove();
    }
  });
});
