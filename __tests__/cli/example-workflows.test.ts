// The example workflows users copy: they must run for every file kind we lint,
// give code scanning a base analysis, use current action majors and stable
// SARIF categories. (__tests__/action/action-yml.test.ts keeps their inputs and
// outputs in step with action.yml.)
import { readFileSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const DIR = path.resolve(import.meta.dirname, "../../examples/workflows");
interface Workflow {
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}
const load = (f: string) => parse(readFileSync(path.join(DIR, f), "utf8")) as Workflow;
const FILES = ["pr-check.yml", "matrix.yml", "deploy.yml"];
/** Current majors (checked December 2026: checkout v6; upload-sarif v4, v3 deprecated this month). */
const CURRENT = { "actions/checkout": "v6", "github/codeql-action/upload-sarif": "v4" };

describe("example workflows", () => {
  it("pr-check runs for every kind of file serving-ci lints, on PRs and on pushes to main", () => {
    const wf = load("pr-check.yml");
    const linted = ["serving.yaml", "agents/a/serving.yml", "databricks.yml", "resources/endpoints.yml", "resources/x.yaml", "requirements.txt", "agents/deps.txt", "agent.py", "nb/agent.ipynb", ".serving-ci.yaml"];
    for (const event of ["pull_request", "push"]) {
      const paths = wf.on[event]?.paths ?? [];
      const matches = picomatch(paths, { dot: true });
      for (const f of linted) expect(matches(f), `${event} misses ${f}`).toBe(true);
    }
    expect(wf.on.push?.branches).toEqual(["main"]);
  });

  it.each(FILES)("%s uses the current major of each action", (file) => {
    for (const step of Object.values(load(file).jobs).flatMap((j) => j.steps)) {
      const [name, version] = (step.uses ?? "").split("@");
      const want = CURRENT[name as keyof typeof CURRENT];
      if (want) expect(version, `${file}: ${step.uses}`).toBe(want);
    }
  });

  it("the matrix's SARIF category names the file, not its position in the matrix", () => {
    const uploads = Object.values(load("matrix.yml").jobs).flatMap((j) => j.steps).filter((s) => s.uses?.includes("upload-sarif"));
    expect(uploads.length).toBeGreaterThan(0);
    for (const u of uploads) {
      expect(u.with?.category).toContain("${{ matrix.serving }}");
      expect(u.with?.category).not.toContain("job-index");
    }
  });
});
