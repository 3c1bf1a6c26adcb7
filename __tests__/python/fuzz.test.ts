// Random and mutated Python never makes the analysis or the code rules throw or hang.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { loadCatalog } from "../../src/lint/catalog.js";
import type { LintFacts } from "../../src/lint/facts/lint-facts.js";
import { lint } from "../../src/lint/lint.js";
import { HostileTree, SECRET, target } from "../helpers/hostile-tree.js";
import { analyse } from "./helpers.js";

const SAMPLE = `import mlflow
from databricks_langchain import ChatDatabricks, UCFunctionToolkit
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse, ResponsesAgentStreamEvent
LLM = "databricks-meta-llama-3-3-70b-instruct"
tools = UCFunctionToolkit(function_names=["main.a.f", f"main.{x}.g"]).tools
class Agent(ResponsesAgent):
    def __init__(self):
        self.llm = ChatDatabricks(endpoint=LLM)
    def predict(self, request):
        out = [{"role": "assistant", "content": "x"}]
        out.append(self.create_text_output_item(text="t", id="i"))
        return ResponsesAgentResponse(output=out)
    def predict_stream(self, request):
        yield ResponsesAgentStreamEvent(**self.create_text_delta(delta="d", item_id="i"))
mlflow.models.set_model(Agent())
mlflow.pyfunc.log_model(name="a", python_model="agent.py", pip_requirements=["mlflow==3.6.0", f"x=={v}"],
    resources=[DatabricksServingEndpoint(endpoint_name=LLM)])
`;

const TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "\n    ", "\t", " ", "'", '"', '"""', "f'", "#", "\\", "class ", "def ", "import ",
  "from ", "return ", "yield ", "self.", "ChatDatabricks(", "log_model(", "resources=", "pip_requirements=", "LLM", "x", "1", "**", "*", "lambda ", "if ", "else "];

const ctx = { today: "2026-11-27", catalog: loadCatalog(), customEndpoints: new Set<string>() };

async function runAll(files: Record<string, string>): Promise<void> {
  const python = await analyse(files);
  const facts: LintFacts = { repoRoot: "/repo", files: [], problems: [], servingFiles: [], bundleFiles: [], endpointBodies: [], appConfigs: [], endpoints: [], python, endpointRefs: python.endpointRefs };
  for (const rule of RULES) rule.check(facts, ctx, () => {});
}

const mutated = fc.oneof(
  fc.nat(SAMPLE.length).map((n) => SAMPLE.slice(0, n)),
  fc.tuple(fc.nat(SAMPLE.length), fc.constantFrom("(", "[", "{", ")", "]", "}", '"', "'''", "\t", "\n  ")).map(([i, t]) => SAMPLE.slice(0, i) + t + SAMPLE.slice(i)),
  fc.tuple(fc.nat(SAMPLE.length), fc.nat(SAMPLE.length)).map(([a, b]) => SAMPLE.slice(0, Math.min(a, b)) + SAMPLE.slice(Math.max(a, b))),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }).map((t) => t.join("")),
  fc.string({ maxLength: 300 }),
);

describe("python fuzz", () => {
  it("random and mutated Python never throws", async () => {
    await fc.assert(fc.asyncProperty(mutated, async (text) => {
      await runAll({ "agent.py": text, "log.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: text }] }), "nb.py": `# Databricks notebook source\n# MAGIC %%writefile x.py\n# MAGIC ${text.replace(/\n/g, "\n# MAGIC ")}\n` });
    }), { numRuns: 200 });
  });

  it("deep nesting, long chains and huge literals finish quickly", async () => {
    const deep = "x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n";
    const chain = "x = " + Array.from({ length: 20000 }, (_, i) => `"a${i}"`).join(" + ") + "\n";
    const calls = "y = " + "f(".repeat(3000) + ")".repeat(3000) + "\n";
    const huge = `ChatDatabricks(endpoint="${"a".repeat(2_000_000)}")\n`;
    const brackets = "[".repeat(20000);
    const start = Date.now();
    for (const text of [deep, chain, calls, huge, brackets]) await runAll({ "agent.py": text });
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});

describe("python files behind hostile links", () => {
  const tree = new HostileTree();
  afterAll(() => tree.remove());
  const names = ["agent.py", "log_model.py", "nb.ipynb", "lib/helpers.py", "requirements.txt"];

  it("symlinked modules, notebooks and -r files never hang, throw or leak", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(target, { minLength: names.length, maxLength: names.length }), async (targets) => {
        tree.reset();
        const contents = [
          SAMPLE, 'import mlflow\nmlflow.pyfunc.log_model(name="a", python_model="agent.py", code_paths=["lib"], pip_requirements="requirements.txt")\n',
          JSON.stringify({ cells: [{ cell_type: "code", source: SAMPLE }] }), "import os\n", "-r lib/fifo\n-r /etc/passwd\nmlflow==3.6.0\n",
        ];
        names.forEach((n, i) => tree.place(n, targets[i]!, contents[i]!));
        const r = await lint({ cwd: tree.repo.dir, paths: [], rules: RULES, today: "2026-11-27" });
        expect(JSON.stringify(r.findings) + r.files.map((f) => f.text).join("")).not.toContain(SECRET);
      }),
      { numRuns: 40 },
    );
  });
});
