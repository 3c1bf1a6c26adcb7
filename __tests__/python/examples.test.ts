// The code examples lint clean with every rule, and not because nothing was looked at:
// removing one declaration or pin from a copy makes the right rule fire.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { tempProject } from "../helpers/project.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const EXAMPLES = ["agent", "classical-ml", "custom-pyfunc", "notebook"];

function copy(example: string): Record<string, string> {
  const dir = path.join(REPO, "examples", example);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
}

async function findings(files: Record<string, string>): Promise<string[]> {
  const p = tempProject(files);
  try {
    const r = await lint({ cwd: p.dir, paths: [], rules: RULES, today: "2026-11-27" });
    return r.findings.map((f) => `${f.span.file}:${f.span.line} ${f.message} [${f.ruleId}]`);
  } finally {
    p.remove();
  }
}

describe("code examples", () => {
  for (const example of EXAMPLES) {
    it(`examples/${example} lints clean`, async () => {
      expect(await findings(copy(example))).toEqual([]);
    });
  }

  it("the agent example really is checked: a dropped index declaration and an unpinned package are found", async () => {
    const files = copy("agent");
    files["log_model.py"] = files["log_model.py"]!.replace("    DatabricksVectorSearchIndex(index_name=DOCS_INDEX),\n", "");
    files["serving.yaml"] = files["serving.yaml"]!.replace("langgraph==0.3.4", "langgraph>=0.3").replace("    vector_search_indexes: [main.support.docs_index]\n", "");
    const got = await findings(files);
    expect(got.some((f) => f.startsWith("agent.py:") && f.endsWith("[declared-resources]"))).toBe(true);
    expect(got.some((f) => f.startsWith("serving.yaml:") && f.endsWith("[pinned-requirements]"))).toBe(true);
  });

  it("the notebook example really is checked: a misspelt endpoint in a %%writefile cell and in an .ipynb", async () => {
    const files = copy("notebook");
    files["driver.py"] = files["driver.py"]!.replace('LLM_ENDPOINT = "databricks-gpt-5-mini"', 'LLM_ENDPOINT = "databricks-gpt-5-mni"');
    files["order_agent.ipynb"] = files["order_agent.ipynb"]!.replace("databricks-langchain==0.8.1", "databricks-langchain");
    const got = await findings(files);
    expect(got).toContain('driver.py:19 unknown foundation-model endpoint "databricks-gpt-5-mni"; did you mean \"databricks-gpt-5-mini\"? [fm-endpoint-name]');
    expect(got.some((f) => f.startsWith("order_agent.ipynb:") && f.endsWith("[pinned-requirements]"))).toBe(true);
  });
});
