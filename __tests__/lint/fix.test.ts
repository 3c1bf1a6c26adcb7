import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import declaredResources from "../../rules/declared-resources.js";
import servedEntities from "../../rules/served-entities.js";
import { applyFixes, planFixes } from "../../src/lint/fix.js";
import { lint } from "../../src/lint/lint.js";
import { parseYaml } from "../../src/lint/yaml/parse-yaml.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { Finding, Fix } from "../../src/lint/types.js";
import { tempProject } from "../helpers/project.js";

function setup(text: string, others: Record<string, string> = {}) {
  const p = tempProject({ "serving.yaml": text, ...others });
  const source: SourceFile = { path: "serving.yaml", absPath: path.join(p.dir, "serving.yaml"), kind: "serving", text, lines: new LineIndex(text) };
  const finding = (fix: Fix): Finding => ({ ruleId: "r", messageId: "m", severity: "error", message: "m", span: source.lines.span("serving.yaml", 0, 1), docsUrl: "", fix });
  return { p, source, finding };
}

describe("applyFixes", () => {
  it("applies safe edits, skips overlapping ones and unsafe ones without their opt-in", () => {
    const { p, source, finding } = setup("abcdefghij");
    const n = applyFixes(
      [
        finding({ title: "a", safe: true, edits: [{ start: 0, end: 2, text: "AB" }] }),
        finding({ title: "overlap", safe: true, edits: [{ start: 1, end: 3, text: "XX" }] }),
        finding({ title: "b", safe: true, edits: [{ start: 5, end: 6, text: "F!" }] }),
        finding({ title: "unsafe", safe: false, optIn: "fix-retired", edits: [{ start: 8, end: 10, text: "IJ" }] }),
      ],
      [source],
      { optIns: new Set() },
    );
    expect(n).toBe(2);
    expect(p.read("serving.yaml")).toBe("ABcdeF!ghij");
    expect(readdirSync(p.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    p.remove();
  });

  it("applies an unsafe edit when its opt-in is given, and edits in another file", () => {
    const { p, source, finding } = setup("model: x\n", { "b.yaml": "b" });
    const other: SourceFile = { ...source, path: "b.yaml", absPath: path.join(p.dir, "b.yaml"), text: "b", lines: new LineIndex("b") };
    applyFixes([finding({ title: "u", safe: false, optIn: "fix-retired", edits: [{ start: 7, end: 8, text: "y" }, { file: "b.yaml", start: 1, end: 1, text: "c" }] })], [source, other], {
      optIns: new Set(["fix-retired"]),
    });
    expect(p.read("serving.yaml")).toBe("model: y\n");
    expect(p.read("b.yaml")).toBe("bc");
    p.remove();
  });
});

// Through the real pipeline: an agent that calls endpoints serving.yaml does not
// declare; --fix appends them (declared-resources) and fixes size spellings
// (served-entities), pass after pass as the CLI does.
const agentUsing = (...endpoints: string[]) =>
  [
    "import mlflow",
    "from databricks_langchain import ChatDatabricks",
    "from mlflow.pyfunc import ResponsesAgent",
    ...endpoints.map((e, i) => `llm${i} = ChatDatabricks(endpoint="${e}")`),
    "class Agent(ResponsesAgent):",
    "    def predict(self, request):",
    "        ...",
    "mlflow.models.set_model(Agent())",
    "",
  ].join("\n");

async function fixProject(servingYaml: string, endpoints: string[]) {
  const p = tempProject({ "serving.yaml": servingYaml, "agent.py": agentUsing(...endpoints) });
  const run = () => lint({ cwd: p.dir, paths: [], rules: [declaredResources, servedEntities], today: "2026-11-27" });
  let result = await run();
  const before = result.findings.filter((f) => f.fix).length;
  let fixed = 0;
  for (let pass = 0; pass < 5; pass++) {
    const n = applyFixes(result.findings, result.files, { optIns: new Set() });
    if (n === 0) break;
    fixed += n;
    result = await run();
  }
  const text = p.read("serving.yaml");
  p.remove();
  return { text, before, fixed, remaining: result.findings, problems: parseYaml("serving.yaml", new LineIndex(text)).problems };
}

const servingWith = (resources: string) => `version: 1\nmodel:\n  code: [agent.py]\n  resources:\n${resources}`;

describe("--fix edits that cannot break a file", () => {
  it("appends to an empty flow list once per value: [] gets [a, b], not [ab, a, b]", async () => {
    const r = await fixProject(servingWith("    serving_endpoints: []\n"), ["agent-a", "agent-b", "agent-a"]);
    expect(r.text).toBe(servingWith("    serving_endpoints: [agent-a, agent-b]\n"));
    expect(r.remaining).toEqual([]);
  });

  it("appends to a flow list with items, and after a trailing comma", async () => {
    expect((await fixProject(servingWith("    serving_endpoints: [x]\n"), ["x", "agent-a", "agent-b"])).text).toBe(servingWith("    serving_endpoints: [x, agent-a, agent-b]\n"));
    expect((await fixProject(servingWith("    serving_endpoints: [x,]\n"), ["x", "agent-a"])).text).toBe(servingWith("    serving_endpoints: [x, agent-a]\n"));
  });

  it("appends block-list items under their own key, keeping comments and the next key", async () => {
    const r = await fixProject(servingWith("    serving_endpoints:\n      - x   # the chat model\n    functions:\n      - main.s.f\n"), ["x", "agent-a", "agent-b"]);
    expect(r.text).toBe(servingWith("    serving_endpoints:\n      - x   # the chat model\n      - agent-a\n      - agent-b\n    functions:\n      - main.s.f\n"));
  });

  it("two fixes that add the same new key make one key", async () => {
    const r = await fixProject(servingWith("    functions: [main.s.f]   # tools\n"), ["agent-a", "agent-b"]);
    expect(r.text).toBe(servingWith("    functions: [main.s.f]   # tools\n    serving_endpoints: [agent-a, agent-b]\n"));
    expect(r.problems).toEqual([]);
  });

  it("a new key in a flow map", async () => {
    const r = await fixProject(servingWith("    {functions: [main.s.f]}\n").replace("resources:\n    {", "resources: {"), ["agent-a"]);
    expect(r.text).toBe("version: 1\nmodel:\n  code: [agent.py]\n  resources: {functions: [main.s.f], serving_endpoints: [agent-a]}\n");
  });

  it("counts what it fixed and what remains", async () => {
    const r = await fixProject(servingWith("    serving_endpoints: []\n"), ["agent-a", "agent-b"]);
    expect([r.before, r.fixed, r.remaining.length]).toEqual([2, 2, 0]);
  });

  it("drops a fix whose result does not parse, and never lets two insertions at one point run together", () => {
    const { source, finding } = setup("a: [x]\n");
    const plan = planFixes(
      [
        finding({ title: "break", safe: true, edits: [{ start: 3, end: 3, text: "{" }] }),
        finding({ title: "ok", safe: true, edits: [{ start: 5, end: 5, text: ", y" }] }),
        finding({ title: "same point", safe: true, edits: [{ start: 5, end: 5, text: ", z" }] }),
      ],
      [source],
      { optIns: new Set() },
    );
    expect(plan.files.map((f) => f.text)).toEqual(["a: [x, y]\n"]);
    expect([plan.fixed, plan.skipped]).toEqual([1, 2]);
  });
});

describe("--fix fuzz: random valid serving.yaml files with random fixable findings", () => {
  const name = fc.constantFrom("agent-a", "agent-b", "agent-c", "x_1", "llm");
  const style = fc.constantFrom("flow-empty", "flow", "flow-trailing", "block", "missing", "flow-map");
  const size = fc.constantFrom("Small", "small", "MEDIUM", "Large");
  it("every result parses, and the fixed findings are gone", async () => {
    await fc.assert(
      fc.asyncProperty(style, fc.array(name, { maxLength: 3 }), fc.array(name, { minLength: 1, maxLength: 5 }), size, fc.boolean(), async (st, declared, used, workload, comment) => {
        const c = comment ? "   # note" : "";
        const list = declared.length ? declared : ["llm"];
        const declaredNow = st === "flow-empty" || st === "missing" || st === "flow-map" ? [] : list;
        fc.pre(used.some((u) => !declaredNow.includes(u)) || !["Small", "Large"].includes(workload));
        const resources = {
          "flow-empty": `    serving_endpoints: []${c}\n    functions: [main.s.f]\n`,
          flow: `    serving_endpoints: [${list.join(", ")}]${c}\n`,
          "flow-trailing": `    serving_endpoints: [${list.join(", ")},]${c}\n`,
          block: `    serving_endpoints:\n${list.map((n) => `      - ${n}${c}\n`).join("")}    functions:\n      - main.s.f\n`,
          missing: `    functions: [main.s.f]${c}\n`,
          "flow-map": "",
        }[st];
        const model = st === "flow-map" ? `  resources: {functions: [main.s.f]}${c}\n` : `  resources:\n${resources}`;
        const text = `version: 1\nendpoint:\n  name: e\n  served_entities:\n    - {name: e1, entity_name: main.a.m, entity_version: "1", workload_size: ${workload}}\nmodel:\n  code: [agent.py]\n${model}`;
        const r = await fixProject(text, used);
        expect(r.problems).toEqual([]);
        expect(r.before).toBeGreaterThan(0); // the case has something to fix
        expect(r.remaining.filter((f) => f.fix)).toEqual([]);
        if (comment) expect(r.text).toContain("# note");
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
