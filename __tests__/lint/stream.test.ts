// A large walk is linted folder by folder (stream-units.ts). Its findings must be
// exactly those of one run over everything, with and without parse workers, and a
// folder that sees another (a model.code path, an import, a `..` path) makes it one run.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.mjs";
import { RULES } from "../../rules/index.js";
import { lint, type LintRequest } from "../../src/lint/lint.js";
import { REPO } from "../helpers/cli.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const WORKER = path.join(REPO, "dist/cli/parse-worker/index.js");
const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file}: no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

/** The examples (bundle, agent, notebook, custom pyfunc...) and generated agents, with mistakes in several folders. */
function multiProject(): TempProject {
  const p = tempProject({});
  projects.push(p);
  generateCorpus(p.dir, 12);
  cpSync(path.join(REPO, "examples"), path.join(p.dir, "examples"), { recursive: true });
  for (const i of [2, 9]) {
    const dir = path.join(p.dir, `proj-${String(i).padStart(4, "0")}`);
    edit(path.join(dir, "agent.py"), '"databricks-gte-large-en"', '"databricks-gte-large"');
    edit(path.join(dir, "log_model.py"), '"langgraph==0.3.4"', '"langgraph>=0.3"');
  }
  edit(path.join(p.dir, "proj-0005/serving.yaml"), "traffic_percentage: 10}", "traffic_percentage: 20}");
  edit(path.join(p.dir, "examples/bundle/resources/support_agent.yml"), "traffic_percentage: 10", "traffic_percentage: 15");
  edit(path.join(p.dir, "examples/custom-pyfunc/requirements.txt"), "pandas==2.2.3", "pandas\n# serving-ci-disable-next-line pinned-requirements -- nothing follows");
  // A file directly in the linted folder is a unit of its own.
  writeFileSync(path.join(p.dir, "requirements.txt"), "mlflow>=3\n");
  return p;
}

const request = (dir: string, extra: Partial<LintRequest> = {}): LintRequest => ({ cwd: dir, paths: ["."], rules: RULES, today: "2026-06-01", ...extra });
const plain = (findings: unknown) => JSON.parse(JSON.stringify(findings)) as unknown;

describe("streamed lint", () => {
  it("gives the findings of one run over everything, with and without workers", async () => {
    const p = multiProject();
    const whole = await lint(request(p.dir));
    const streamed = await lint(request(p.dir, { stream: "always" }));
    const threaded = await lint(request(p.dir, { stream: "always", ...(existsSync(WORKER) ? { parseWorkers: { script: WORKER, threads: 2, minBytes: 0 } } : {}) }));
    expect(whole.units).toBe(1);
    expect(streamed.units).toBe(14); // the top-level files, 12 projects, examples
    expect(threaded.units).toBe(14);
    expect(new Set(whole.findings.map((f) => f.ruleId))).toEqual(
      new Set(["fm-endpoint-name", "pinned-requirements", "declared-resources", "traffic-config", "unused-suppression"]),
    );
    expect(plain(streamed.findings)).toEqual(plain(whole.findings));
    expect(plain(threaded.findings)).toEqual(plain(whole.findings));
    expect(streamed.fileCount).toBe(whole.fileCount);
    expect(streamed.inventory.map((e) => e.path).sort()).toEqual(whole.inventory.map((e) => e.path).sort());
    // Files no finding points into keep their path, not their text.
    const kept = new Map(streamed.files.map((f) => [f.path, f.text.length > 0]));
    expect(kept.get("proj-0002/agent.py")).toBe(true);
    expect(kept.get("proj-0003/agent.py")).toBe(false);
    expect(streamed.files.map((f) => f.path).sort()).toEqual(whole.files.map((f) => f.path).sort());
  });

  it("stays one run below the size threshold unless asked", async () => {
    const p = multiProject();
    expect((await lint(request(p.dir, { stream: "auto" }))).units).toBe(1);
  });

  it.each([
    ["model.code names a file of another folder", (dir: string) => {
      mkdirSync(path.join(dir, "shared"));
      cpSync(path.join(dir, "proj-0002/agent.py"), path.join(dir, "shared/agent.py"));
      edit(path.join(dir, "proj-0004/serving.yaml"), "code: [agent.py, log_model.py]", "code: [../shared/agent.py, log_model.py]");
    }, /proj-0004\/serving\.yaml|shared\/agent\.py is read from outside proj-0004/],
    ["Python imports another folder's package", (dir: string) => {
      mkdirSync(path.join(dir, "common"));
      writeFileSync(path.join(dir, "common/__init__.py"), 'LLM = "databricks-gte-large"\n');
      edit(path.join(dir, "proj-0007/agent.py"), "import mlflow\n", "import mlflow\nfrom common import LLM\n");
    }, /names the folder common/],
    ["a path names another folder", (dir: string) => {
      edit(path.join(dir, "proj-0003/log_model.py"), "import mlflow\n", 'import mlflow\nCONFIG = "proj-0001/config.yaml"\n');
    }, /names the folder proj-0001/],
    ["a path climbs out of the folder", (dir: string) => {
      edit(path.join(dir, "proj-0003/log_model.py"), "import mlflow\n", 'import mlflow\nCONFIG = "../proj-0001/config.yaml"\n');
    }, /climbs with a \.\. path/],
  ])("is one run when %s", async (_, change, why) => {
    const p = multiProject();
    change(p.dir);
    const whole = await lint(request(p.dir));
    const streamed = await lint(request(p.dir, { stream: "always" }));
    expect(streamed.units).toBe(1);
    expect(streamed.unstreamed).toMatch(why);
    expect(plain(streamed.findings)).toEqual(plain(whole.findings));
  });
});
