// `lint --online` when the workspace fails with a server error: the run goes on. Each question it could not
// answer is a warning naming the HTTP status (never a token); the offline findings and the other answers stand.
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { DEFAULT_TOKEN } from "../../src/emulator/scenario.js";
import { withWorkspace } from "../helpers/online.js";
import { tempProject } from "../helpers/project.js";

const SERVING = `version: 1
endpoint:
  name: support-agent
  served_entities:
    - entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_KEY: "{{secrets/support/vendor_key}}"
model:
  pip_requirements: [mlflow>=3.1]
  resources:
    functions: [main.support.lookup_order]
`;

async function lintOnline(faults: { paths: string[] }) {
  const project = tempProject({ "serving.yaml": SERVING });
  try {
    return await withWorkspace({ workspace: { functions: ["main.support.lookup_order"] }, faults: { rate: 1, kinds: ["500"], ...faults } },
      (online) => lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27", online }));
  } finally {
    project.remove();
  }
}

describe("lint --online and a workspace 5xx", () => {
  it("a 500 on one API: that question is a warning, the others are answered, offline findings stay", async () => {
    const { findings } = await lintOnline({ paths: ["/api/2.1/unity-catalog/models/**"] });
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    expect(byRule("pinned-requirements").map((f) => f.severity)).toEqual(["error"]);
    expect(byRule("online-model-versions")).toEqual([expect.objectContaining({
      severity: "warning",
      message: expect.stringMatching(/^could not check version 7 of model "main\.agents\.support_agent": http:\/\/127\.0\.0\.1:\d+ answered HTTP 500 INTERNAL_ERROR: /),
      span: expect.objectContaining({ line: 6 }),
    })]);
    // Still asked and answered: the secret scope does not exist, the function does.
    expect(byRule("online-secrets")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringContaining("does not exist") })]);
    expect(byRule("online-resources")).toEqual([]);
  });

  it("every API failing: one warning per question, no token anywhere", async () => {
    const { findings } = await lintOnline({ paths: ["/api/**"] });
    const online = findings.filter((f) => f.ruleId.startsWith("online-"));
    expect(online.map((f) => [f.ruleId, f.severity]).sort()).toEqual([
      ["online-model-versions", "warning"], ["online-resources", "warning"], ["online-secrets", "warning"],
    ]);
    for (const f of online) expect(f.message).toMatch(/could not check .* answered HTTP 500 INTERNAL_ERROR/);
    expect(JSON.stringify(findings)).not.toContain(DEFAULT_TOKEN);
    expect(findings.some((f) => f.ruleId === "pinned-requirements")).toBe(true);
  });
});
