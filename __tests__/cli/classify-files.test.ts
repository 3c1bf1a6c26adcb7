// What a file is comes from its content, on every path (walk, named paths):
// bundle resource files called serving.yml are bundle fragments, an MLflow
// model config with `resources:` is neither, requirements files named on the
// command line are linted, and --verbose / JSON say what each file was taken for.
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject, type TempProject } from "../helpers/project.js";

let projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});
function project(files: Record<string, string>): TempProject {
  const p = tempProject(files);
  projects.push(p);
  return p;
}

const FRAGMENT = yaml`
  resources:
    model_serving_endpoints:
      agent:
        name: agent
        config:
          served_entities:
            - entity_name: main.agents.bot
              entity_version: "3"
              workload_sise: Small
              scale_to_zero_enabled: true
`;

// An MLflow model config (read by ModelConfig(development_config=...)): a
// top-level `resources:` key, but not a bundle's map of resource-type maps.
const MODEL_CONFIG = yaml`
  llm_endpoint: databricks-meta-llama-3-3-70b-instruct
  resources:
    serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]
  prompt: You are helpful
`;

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[]; files: { path: string; kind: string }[] };
}

describe("classification by content", () => {
  it("resources/serving.yml is a bundle fragment, never our serving.yaml, walked or named", () => {
    const p = project({ "resources/serving.yml": FRAGMENT });
    for (const args of [[], ["resources/serving.yml"]]) {
      const out = json(runCli(["lint", ...args, "-f", "json"], p.dir));
      expect(out.files).toEqual([{ path: "resources/serving.yml", kind: "bundle-fragment", ...(args.length ? {} : { note: expect.stringContaining("included by no bundle root") }) }]);
      // Linted as a bundle (its endpoint is checked), with no serving.yaml complaints.
      expect(out.findings.map((f) => f.message)).toEqual([expect.stringContaining('unknown key "workload_sise" in resources.model_serving_endpoints.agent')]);
      expect(out.findings.some((f) => /missing required key|unknown key "resources"/.test(f.message))).toBe(false);
    }
  });

  it("a walk skips a fragment no root includes when it declares no serving endpoint", () => {
    const p = project({ "resources/jobs.yml": "resources:\n  jobs:\n    nightly:\n      name: nightly\n" });
    const r = runCli(["lint", "-f", "json"], p.dir);
    expect(json(r).files).toEqual([{ path: "resources/jobs.yml", kind: "bundle-fragment", note: expect.stringContaining("skipped") }]);
    expect(json(r).findings).toEqual([]);
  });

  it("a fragment a root includes is linted once, as included", () => {
    const p = project({ "databricks.yml": "bundle: {name: b}\ninclude: [resources/*.yml]\n", "resources/serving.yml": FRAGMENT });
    const out = json(runCli(["lint", "-f", "json"], p.dir));
    expect(out.files).toEqual([
      { path: "databricks.yml", kind: "bundle" },
      { path: "resources/serving.yml", kind: "bundle-fragment", note: "included by databricks.yml" },
    ]);
    expect(out.findings.filter((f) => f.message.includes("workload_sise"))).toHaveLength(1);
  });

  it("an MLflow model config with a top-level resources: key stays silent (not a bundle, not ours)", () => {
    const p = project({ "config.yaml": MODEL_CONFIG, "agent_config.yml": "resources: [a, b]\n" });
    for (const args of [[], ["config.yaml", "agent_config.yml"]]) {
      const out = json(runCli(["lint", ...args, "-f", "json"], p.dir));
      expect(out.findings).toEqual([]);
      expect(out.files.map((f) => f.kind)).toEqual(["other", "other"]);
    }
  });

  // Shaped like a bundle fragment (resources.<type>.<name>: {...}), but the agent reads it as its model config.
  it("a YAML the code names as its MLflow model config is a model config, not a bundle fragment", () => {
    const config = "resources:\n  endpoints:\n    llm: {name: databricks-meta-llama-3-3-70b-instruct}\n";
    const agent = 'import mlflow\nconfig = mlflow.models.ModelConfig(development_config="conf/agent.yaml")\n';
    const p = project({ "conf/agent.yaml": config, "agent.py": agent });
    for (const args of [[], ["conf/agent.yaml", "agent.py"]]) {
      const out = json(runCli(["lint", ...args, "-f", "json"], p.dir));
      expect(out.files.find((f) => f.path === "conf/agent.yaml")?.kind).toBe("model-config");
      expect(out.findings).toEqual([]);
    }
    // Without the code that names it, the same file named on the command line is linted as a bundle fragment.
    const alone = project({ "conf/agent.yaml": config });
    expect(json(runCli(["lint", "conf/agent.yaml", "-f", "json"], alone.dir)).files[0]?.kind).toBe("bundle-fragment");
  });

  it("YAML of other tools in a walk is skipped quietly, even when it does not parse", () => {
    const p = project({ ".github/workflows/ci.yml": "on: push\njobs: {}\n", "chart/values.yaml": "a: {{ .Values.x }}\n" });
    const r = runCli(["lint", "-f", "json"], p.dir);
    expect(json(r).findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  // Sweep H: a `databricks bundle init` template's databricks.yml (`name: {{project_name}}-dlt`) is no bundle yet.
  it("a bundle template that parses only once rendered is skipped, walked or named", () => {
    const p = project({ "templates/dlt/databricks.yml": "bundle:\n  name: {{project_name}}-dlt\n" });
    for (const args of [[], ["templates/dlt/databricks.yml"]]) {
      const out = json(runCli(["lint", ...args, "-f", "json"], p.dir));
      expect(out.findings).toEqual([]);
      expect(out.files.map((f) => f.kind)).toEqual(["other"]);
    }
    // A secret reference is no placeholder: unquoted at a value's start, it breaks the file, which is reported.
    const broken = project({ "databricks.yml": "bundle: {name: x\nresources: {}\nvariables:\n  token: {{secrets/scope/key}}\n" });
    expect(json(runCli(["lint", "-f", "json"], broken.dir)).findings.map((f) => f.ruleId)).toContain("parse");
  });

  it("a requirements file named on the command line is linted, not refused", () => {
    const p = project({ "requirements.txt": "mlflow==3.6.0\nlanggraph>=0.3\n" });
    const r = runCli(["lint", "requirements.txt"], p.dir);
    expect(r.stdout).toContain('requirements.txt:2:1: error: requirement "langgraph>=0.3" allows a range (>=0.3); pin one version with == [pinned-requirements]');
    expect(r.status).toBe(1);
    // Walked, it is linted where a model names it, not on its own (it may be a dev environment).
    expect(json(runCli(["lint", "-f", "json"], p.dir)).findings).toEqual([]);
  });

  it("--verbose says what each file was taken for", () => {
    const p = project({
      "serving.yaml": "version: 1\nendpoint: {name: a}\n",
      "agent.py": "import mlflow\n",
      "nb.py": "# Databricks notebook source\nprint(1)\n",
      "config.yaml": MODEL_CONFIG,
    });
    const r = runCli(["lint", "--verbose"], p.dir);
    expect(r.stderr.split("\n").filter(Boolean).sort()).toEqual([
      "serving-ci: agent.py: python",
      "serving-ci: config.yaml: other",
      "serving-ci: nb.py: notebook-export",
      "serving-ci: serving.yaml: serving",
    ]);
  });

  it("a multi-document YAML file gets our message, not the library's advice", () => {
    const p = project({ "serving.yaml": "version: 1\nendpoint: {name: a}\n---\nversion: 1\n" });
    const r = runCli(["lint"], p.dir);
    expect(r.stdout).toMatch(/^serving\.yaml:3:1: error: file holds more than one YAML document \(a `---` line\).* \[parse\]$/m);
    expect(r.stdout).not.toContain("parseAllDocuments");
  });
});
