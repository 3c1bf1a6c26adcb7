// A large run parses Python on worker threads; its findings must be exactly the
// single-threaded ones, on a repository with mistakes spread across many files.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.mjs";
import { runCli } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const project = tempProject({});
afterAll(() => project.remove());

describe("parallel parsing", () => {
  // Two CLI runs over 240 files: more than the default timeout on a busy shared machine.
  it("gives the same report as one thread", { timeout: 60_000 }, () => {
    // 240 Python files. An explicit --threads 2 starts the workers at any size (the default waits for 4 MB).
    generateCorpus(project.dir, 80);
    // Mistakes in files that different threads parse: early, middle and late in the list.
    for (const i of [3, 41, 77]) {
      const dir = path.join(project.dir, `proj-${String(i).padStart(4, "0")}`);
      const agent = path.join(dir, "agent.py");
      writeFileSync(agent, readFileSync(agent, "utf8").replace("mlflow.models.set_model(AGENT)\n", "").replace('"databricks-gte-large-en"', '"databricks-gte-large"'));
      const log = path.join(dir, "log_model.py");
      writeFileSync(log, readFileSync(log, "utf8").replace('"langgraph==0.3.4"', '"langgraph>=0.3"'));
    }
    const one = runCli(["lint", ".", "-f", "json", "--threads", "1"], project.dir);
    const two = runCli(["lint", ".", "-f", "json", "--threads", "2"], project.dir);
    expect(one.stderr).toBe("");
    expect(two.stderr).toBe("");
    const findings = (JSON.parse(one.stdout) as { findings: { ruleId: string }[] }).findings;
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["agent-interface", "fm-endpoint-name", "pinned-requirements", "declared-resources"]));
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
  });
});
