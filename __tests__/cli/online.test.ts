// `serving-ci lint --online`, the built CLI against the emulator: env-var auth and
// a ~/.databrickscfg profile; missing objects exit 1, and the run is clean once they exist.

import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmulator } from "../../src/emulator/index.js";
import { CLI } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("DATABRICKS_")));
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...clean, NO_COLOR: "1", HOME: cwd, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 2) : 0, stdout, stderr });
    });
  });
}

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
  resources:
    vector_search_indexes: [main.support.docs_index]
    functions: [main.support.lookup_order]
deploy:
  job: deploy-support-agent
`;

describe("serving-ci lint --online", () => {
  it("reports what the workspace lacks, then is clean once it exists (env vars, then a profile)", async () => {
    const emu = await startEmulator();
    const project = tempProject({ "serving.yaml": SERVING });
    try {
      const env = { DATABRICKS_HOST: emu.url, DATABRICKS_TOKEN: emu.token };
      const missing = await run(["lint", "--online", "--format", "json"], project.dir, env);
      expect(missing.status).toBe(1);
      const ids = (JSON.parse(missing.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
      expect(ids).toEqual(["online-deploy-job", "online-model-versions", "online-resources", "online-resources", "online-secrets"]);
      expect(missing.stderr).toContain(`--online: asking ${emu.url} (pat, from environment)`);
      expect(missing.stderr + missing.stdout).not.toContain(emu.token);

      emu.setScenario({
        jobs: [{ name: "deploy-support-agent" }],
        workspace: {
          modelVersions: [{ model: "main.agents.support_agent", version: 7 }],
          vectorSearchIndexes: [{ name: "main.support.docs_index" }],
          functions: ["main.support.lookup_order"],
          secretScopes: [{ name: "support", keys: ["vendor_key"] }],
        },
      });
      // The scenario's jobs are created at start only: create the job through the API.
      await fetch(`${emu.url}/api/2.2/jobs/create`, { method: "POST", headers: { authorization: `Bearer ${emu.token}` }, body: JSON.stringify({ name: "deploy-support-agent" }) });
      writeFileSync(path.join(project.dir, ".databrickscfg"), `[DEFAULT]\nhost = https://wrong.example.com\n\n[emu]\nhost = ${emu.url}\ntoken = ${emu.token}\n`);
      const clean = await run(["lint", "--online", "--profile", "emu"], project.dir, {});
      expect(clean.stderr).toContain("from profile emu of");
      expect(clean.stdout).not.toMatch(/online-/);
      expect(clean.status).toBe(0);
    } finally {
      project.remove();
      await emu.close();
    }
  }, 60_000);

  it("a workspace failing with 500: a warning per question it could not check, exit code by the findings", async () => {
    const emu = await startEmulator({ scenario: { faults: { rate: 1, kinds: ["500"], paths: ["/api/**"] } } });
    const project = tempProject({ "serving.yaml": SERVING });
    try {
      const env = { DATABRICKS_HOST: emu.url, DATABRICKS_TOKEN: emu.token };
      const r = await run(["lint", "--online", "--format", "json"], project.dir, env);
      const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string; message: string }[] }).findings;
      expect(findings.map((f) => f.ruleId).sort()).toEqual(["online-deploy-job", "online-model-versions", "online-resources", "online-resources", "online-secrets"]);
      for (const f of findings) {
        expect(f.severity).toBe("warning");
        expect(f.message).toMatch(/^could not check .* answered HTTP 500 INTERNAL_ERROR: /);
      }
      expect(r.status).toBe(0); // warnings only
      expect(r.stderr + r.stdout).not.toContain(emu.token);
      // With --max-warnings 0 the same warnings fail the run, as any warning would.
      expect((await run(["lint", "--online", "--max-warnings", "0"], project.dir, env)).status).toBe(1);
    } finally {
      project.remove();
      await emu.close();
    }
  }, 60_000);

  it("without credentials, --online is a usage error naming what to set; offline needs none", async () => {
    const project = tempProject({ "serving.yaml": SERVING });
    try {
      const r = await run(["lint", "--online"], project.dir, {});
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/No Databricks host: set DATABRICKS_HOST/);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
      expect((await run(["lint", "--profile", "x"], project.dir, {})).stderr).toMatch(/only apply with --online/);
      expect((await run(["lint"], project.dir, {})).status).toBe(0);
    } finally {
      project.remove();
    }
  }, 60_000);
});
