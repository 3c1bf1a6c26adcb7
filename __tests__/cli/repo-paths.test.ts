// Every path in every report is relative to the repository root wherever the
// CLI runs, so code scanning attaches alerts to the right files; outside any
// repository a file's own folder is the root.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const BAD = yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - name: support-agent-7
        entity_name: main.agents.support_agent
        entity_version: "7"
        workload_sise: Small
`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function project(files: Record<string, string>): TempProject {
  const p = tempProject(files);
  cleanups.push(() => p.remove());
  return p;
}

describe("paths relative to the repository root", () => {
  for (const format of ["stylish", "json", "sarif", "github", "markdown"]) {
    it(`${format}: run from a subfolder, paths still start at the root`, () => {
      const p = project({ "agents/support/serving.yaml": BAD });
      const fromSub = runCli(["lint", "-f", format], path.join(p.dir, "agents"));
      const named = runCli(["lint", "support/serving.yaml", "-f", format], path.join(p.dir, "agents"));
      for (const r of [fromSub, named]) {
        expect(r.status).toBe(1);
        expect(r.stdout).toContain("agents/support/serving.yaml");
        expect(r.stdout).not.toMatch(/(^|[^/])support\/serving\.yaml/m);
      }
      if (format === "sarif") {
        const uri = JSON.parse(fromSub.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
        expect(uri).toBe("agents/support/serving.yaml");
      }
    });
  }

  it("a file outside any repository lints with its own folder as the root (no ENOTDIR)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "serving-ci-norepo-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, "serving.yaml"), BAD);
    const here = runCli(["lint", "serving.yaml"], dir);
    expect(here.stderr).toBe("");
    expect(here.stdout).toContain('serving.yaml:8:7: error: unknown key "workload_sise"');
    expect(here.status).toBe(1);
    const elsewhere = runCli(["lint", path.join(dir, "serving.yaml")], tmpdir());
    expect(elsewhere.stdout).toMatch(/^serving\.yaml:8:7: error/m);
  });
});
