// A large walk is linted folder by folder (stream-units.ts). Its findings must be
// exactly those of one run over everything, with and without parse workers, with
// whole folders linted in unit workers (unit-pool.ts), and a folder that sees
// another (a model.code path, an import, a `..` path) makes it one run. A unit
// worker that fails loses nothing: the main thread lints what it did not deliver.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.mjs";
import { RULES } from "../../rules/index.js";
import { applyFixes } from "../../src/lint/fix.js";
import { lint, type LintRequest, type LintResult } from "../../src/lint/lint.js";
import type { UnitWorkers } from "../../src/lint/unit-worker-protocol.js";
import { REPO } from "../helpers/cli.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const WORKER = path.join(REPO, "dist/cli/parse-worker/index.js");
const UNIT_WORKER = path.join(REPO, "dist/cli/unit-worker/index.js");
/** The worker bundle is built by `npm run build`: without it, the worker cases are skipped, not passed. */
const built = existsSync(UNIT_WORKER);
/** One worker beside a main thread that lints too (the CLI's default on 2 cores): who lints what is a race. */
const sharing: UnitWorkers = { script: UNIT_WORKER, threads: 2 };
/** The main thread only merges: every unit is linted in the worker. */
const inWorker: UnitWorkers = { ...sharing, mainThread: "merges" };
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
  // A syntax error: the parse finding, and the rules still run on the rest.
  writeFileSync(path.join(p.dir, "proj-0006/agent.py"), `${readFileSync(path.join(p.dir, "proj-0006/agent.py"), "utf8")}\ndef broken(:\n`);
  // An unused suppression in Python.
  edit(path.join(p.dir, "proj-0008/agent.py"), "import mlflow\n", "import mlflow\n# serving-ci-disable-next-line uc-names -- nothing to hide\n");
  // A fragment a bundle's include glob matches but the .gitignore of a folder above the bundle hides
  // (the include walk starts below it, so only the walk of discovery read it): a worker must ignore it too.
  writeFileSync(path.join(p.dir, "examples/.gitignore"), "local.yml\n");
  writeFileSync(path.join(p.dir, "examples/bundle/resources/local.yml"), readFileSync(path.join(p.dir, "examples/bundle/resources/support_agent.yml"), "utf8").replace("traffic_percentage: 15", "traffic_percentage: 35"));
  // The repository's config reaches every unit: a severity, and an endpoint name of its own (used in proj-0010).
  writeFileSync(path.join(p.dir, ".serving-ci.yaml"), "rules:\n  traffic-config: warn\nendpoints: [databricks-team-embedder]\n");
  edit(path.join(p.dir, "proj-0010/agent.py"), '"databricks-gte-large-en"', '"databricks-team-embedder"');
  return p;
}

const request = (dir: string, extra: Partial<LintRequest> = {}): LintRequest => ({ cwd: dir, paths: ["."], rules: RULES, today: "2026-06-01", ...extra });
const plain = (findings: unknown) => JSON.parse(JSON.stringify(findings)) as unknown;

/** What a report shows of a run: the findings, the files kept (with their text: a streamed run keeps only those findings point into), the counts. */
function shown(r: LintResult) {
  return {
    findings: plain(r.findings),
    files: r.files.map((f) => ({ path: f.path, kind: f.kind, text: f.text, lines: f.lines.lineCount })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    fileCount: r.fileCount,
    inventory: [...r.inventory].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

/** Every file's text under a folder, by relative path. */
function tree(dir: string, rel = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) Object.assign(out, tree(dir, r));
    else out[r] = readFileSync(path.join(dir, r), "utf8");
  }
  return out;
}

/** A stand-in worker script (ESM) in its own folder: what a crashing or failing worker does. */
function fakeWorker(body: string): string {
  const p = tempProject({ "worker.mjs": `import { parentPort, workerData } from "node:worker_threads";\nconst owners = new Int32Array(workerData.owners);\n${body}\n` });
  projects.push(p);
  return path.join(p.dir, "worker.mjs");
}

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
      new Set(["fm-endpoint-name", "pinned-requirements", "declared-resources", "traffic-config", "unused-suppression", "parse"]),
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

  it.skipIf(!built)("gives the same report with whole folders linted in unit workers", async () => {
    const p = multiProject();
    const whole = await lint(request(p.dir));
    const streamed = await lint(request(p.dir, { stream: "always" }));
    const worker = await lint(request(p.dir, { stream: "always", unitWorkers: inWorker }));
    const shared = await lint(request(p.dir, { stream: "always", unitWorkers: sharing }));
    expect(worker.units).toBe(14);
    expect(worker.workerUnits).toBe(14);
    expect(worker.workerFailure).toBeUndefined();
    expect(shared.workerUnits).toBeGreaterThanOrEqual(0);
    expect(shared.workerFailure).toBeUndefined();
    // The mistakes above, each as a finding: a syntax error, an unused suppression, the config's severity.
    const rules = (r: LintResult) => r.findings.map((f) => `${f.span.file}:${f.ruleId}:${f.severity}`);
    expect(rules(worker)).toEqual(expect.arrayContaining(["proj-0006/agent.py:parse:error", "proj-0008/agent.py:unused-suppression:warning", "proj-0005/serving.yaml:traffic-config:warning"]));
    expect(rules(worker).some((r) => r.startsWith("examples/bundle/resources/local.yml"))).toBe(false);
    // The config's own endpoint name is known in the workers too; the misspelt ones are reported.
    const unknownNames = worker.findings.filter((f) => f.ruleId === "fm-endpoint-name").map((f) => f.span.file);
    expect(unknownNames).toEqual(["proj-0002/agent.py", "proj-0009/agent.py"]);
    expect(worker.findings.some((f) => f.fix)).toBe(true);
    // Spans crossed a thread as plain data: the getters' values, the same on every field.
    expect(Object.getOwnPropertyNames(worker.findings[0]!.span)).toEqual(["file", "line", "column", "endLine", "endColumn", "start", "end"]);
    // The same as a streamed run on one thread (today's output), whose findings are those of one run over everything.
    expect(shown(worker)).toEqual(shown(streamed));
    expect(shown(shared)).toEqual(shown(streamed));
    expect(plain(streamed.findings)).toEqual(plain(whole.findings));
  });

  it.skipIf(!built)("fixes the same files the same way when units are linted in workers", async () => {
    const a = multiProject();
    const b = multiProject();
    const whole = await lint(request(a.dir));
    const worker = await lint(request(b.dir, { stream: "always", unitWorkers: inWorker }));
    expect(worker.workerUnits).toBe(14);
    const fixable = (r: LintResult) => r.findings.filter((f) => f.fix?.safe).map((f) => `${f.span.file}:${f.span.line}`);
    expect(fixable(worker)).toEqual(fixable(whole));
    expect(fixable(whole).length).toBeGreaterThan(0);
    const optIns = new Set<string>();
    expect(applyFixes(worker.findings, worker.files, { optIns, root: b.dir })).toBe(applyFixes(whole.findings, whole.files, { optIns, root: a.dir }));
    expect(tree(b.dir)).toEqual(tree(a.dir));
    expect(tree(b.dir)["proj-0002/agent.py"]).toContain('"databricks-gte-large-en"');
  });

  it.skipIf(!built)("loses nothing when a unit worker crashes after claiming a unit", async () => {
    const p = multiProject();
    const streamed = await lint(request(p.dir, { stream: "always" }));
    // Claims the first unit the way the real worker does, then dies.
    const script = fakeWorker('Atomics.compareExchange(owners, 0, 0, workerData.id);\nthrow new Error("worker blew up");');
    const r = await lint(request(p.dir, { stream: "always", unitWorkers: { ...inWorker, script } }));
    expect(r.workerFailure).toMatch(/lint worker stopped \(worker blew up\); its units were linted on the main thread/);
    expect(r.workerUnits).toBe(0);
    expect(r.units).toBe(14);
    expect(shown(r)).toEqual(shown(streamed));
  });

  it.skipIf(!built)("loses nothing when a unit worker fails on a unit, or cannot start", async () => {
    const p = multiProject();
    const streamed = await lint(request(p.dir, { stream: "always" }));
    // Reports a failure on the unit it claimed and claims no more, as the real worker does when lintUnit throws.
    const failing = fakeWorker('Atomics.compareExchange(owners, 3, 0, workerData.id);\nparentPort.postMessage({ type: "unitFailed", index: 3, error: "boom" });\nparentPort.postMessage({ type: "finished" });');
    const failed = await lint(request(p.dir, { stream: "always", unitWorkers: { ...inWorker, script: failing } }));
    expect(failed.workerFailure).toMatch(/failed on a unit \(boom\)/);
    expect(shown(failed)).toEqual(shown(streamed));
    const missing = await lint(request(p.dir, { stream: "always", unitWorkers: { ...inWorker, script: path.join(p.dir, "no-such-worker.js") } }));
    expect(missing.workerFailure).toMatch(/lint worker (stopped|did not start)/);
    expect(shown(missing)).toEqual(shown(streamed));
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
    if (!built) return;
    // The same fall-back, and the same first reason in unit order, when the workers find the escape.
    for (const unitWorkers of [inWorker, sharing]) {
      const threaded = await lint(request(p.dir, { stream: "always", unitWorkers }));
      expect(threaded.units).toBe(1);
      expect(threaded.unstreamed).toBe(streamed.unstreamed);
      expect(shown(threaded)).toEqual(shown(whole));
    }
  });
});
