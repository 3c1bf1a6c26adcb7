import { describe, expect, it } from "vitest";
import { parseRequirement, parseRequirementsText } from "../../src/python/requirements.js";
import { parseStringLiteral } from "../../src/python/string-literal.js";
import { analyse } from "./helpers.js";

const span = () => ({ file: "x", line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 });

describe("string literals", () => {
  it("decodes prefixes, quotes and escapes, and knows when the text is the value", () => {
    expect(parseStringLiteral(`"a\\nb"`)).toMatchObject({ value: "a\nb", verbatim: false });
    expect(parseStringLiteral(`r'a\\nb'`)).toMatchObject({ value: "a\\nb", verbatim: true });
    expect(parseStringLiteral(`'''x'''`)).toMatchObject({ value: "x", contentStart: 3, contentEnd: 4, verbatim: true });
    expect(parseStringLiteral(`"\\u00e9\\x41"`).value).toBe("éA");
    expect(parseStringLiteral(`b"x"`).value).toBeUndefined();
    expect(parseStringLiteral(`"unterminated`).value).toBe("unterminated");
  });
});

describe("requirements", () => {
  it("reads PEP 508 entries", () => {
    const r = parseRequirement(`Databricks_LangChain[memory] (>=0.8, <0.9) ; python_version >= "3.10"`, span);
    expect(r).toMatchObject({ key: "databricks-langchain", extras: ["memory"], marker: `python_version >= "3.10"`, pin: "none" });
    expect(r.specifiers).toEqual([{ op: ">=", version: "0.8" }, { op: "<", version: "0.9" }]);
    expect(parseRequirement("mlflow==3.6.0", span)).toMatchObject({ pin: "exact", exactVersion: "3.6.0" });
    expect(parseRequirement("mlflow==\0", span).pin).toBe("computed");
    expect(parseRequirement("\0==\0", span).pin).toBe("computed");
    expect(parseRequirement("x==1.*", span).pin).toBe("none");
    expect(parseRequirement("x @ git+https://h/x.git@0123abcd", span).pin).toBe("url");
    expect(parseRequirement("x==1.0 --hash=sha256:00", span)).toMatchObject({ pin: "exact", text: { value: "x==1.0" } });
    expect(parseRequirement("x>=>1", span).problem).toContain("invalid version specifier");
    expect(parseRequirement("--index-url https://pypi.org/simple", span).option).toBe(true);
    expect(parseRequirement("-r other.txt", span).include?.value).toBe("other.txt");
  });

  it("joins continuation lines and drops comments, keeping file offsets", () => {
    const text = "a==1  # pinned\n\nb \\\n  ==2\nc @ https://h/c.whl#sha256=ff\n";
    const reqs = parseRequirementsText(text, (s, e) => ({ ...span(), start: s, end: e }));
    expect(reqs.map((r) => [r.text.value, r.text.span.start])).toEqual([["a==1", 0], ["b   ==2", 16], ["c @ https://h/c.whl#sha256=ff", 26]]);
    expect(reqs[2]!.pin).toBe("url");
  });
});

describe("constants", () => {
  it("follows module constants, class attributes and imports across files; rebinding and mutation make them unknown", async () => {
    const f = await analyse({
      "pkg/settings.py": `ENDPOINT = "databricks-gpt-5"\nINDEXES = ["main.a.idx"]\n`,
      "pkg/agent.py": [
        "from databricks_langchain import ChatDatabricks, VectorSearchRetrieverTool, DatabricksEmbeddings",
        "from .settings import ENDPOINT, INDEXES",
        "import pkg.settings as s",
        "REBOUND = 'databricks-a'",
        "REBOUND = 'databricks-b'",
        "GROWN = ['main.a.f']",
        "GROWN.append('main.a.g')",
        "class A:",
        "    EMB = 'databricks-gte-large-en'",
        "    def build(self):",
        "        ChatDatabricks(model=ENDPOINT)",
        "        DatabricksEmbeddings(endpoint=self.EMB)",
        "        ChatDatabricks(model=REBOUND)",
        "        VectorSearchRetrieverTool(index_name=INDEXES[0])",
        "        ChatDatabricks(model=s.ENDPOINT)",
      ].join("\n"),
    });
    const agent = f.modules.find((m) => m.absPath.endsWith("pkg/agent.py"))!;
    const uses = f.uses.get(agent)!;
    // INDEXES[0]: a subscript of a list constant nobody mutates.
    expect(uses.uses.map((u) => u.name?.value)).toEqual(["databricks-gpt-5", "databricks-gte-large-en", "main.a.idx", "databricks-gpt-5"]);
    expect([...uses.unknownKinds].sort()).toEqual(["serving_endpoint"]);
    expect(f.endpointRefs.map((r) => `${r.name.span.file}:${r.name.span.line}`)).toEqual(["pkg/settings.py:1", "pkg/agent.py:9"]);
  });
});

describe("notebooks", () => {
  it("a Databricks .py export: %%writefile cells are modules of their own, positions in the notebook", async () => {
    const text = [
      "# Databricks notebook source",
      "# MAGIC %pip install databricks-langchain",
      "",
      "# COMMAND ----------",
      "",
      "# MAGIC %%writefile agent.py",
      "# MAGIC from databricks_langchain import ChatDatabricks",
      "# MAGIC",
      "# MAGIC llm = ChatDatabricks(endpoint='databricks-gpt-5')",
      "",
      "# COMMAND ----------",
      "",
      "import mlflow",
      "mlflow.pyfunc.log_model(name='a', python_model='agent.py', pip_requirements=['mlflow==3.6.0'])",
    ].join("\n");
    const f = await analyse({ "nb/driver.py": text });
    expect(f.modules.map((m) => [m.origin, m.absPath])).toEqual([["notebook", "/repo/nb/driver.py"], ["writefile", "/repo/nb/agent.py"]]);
    expect(f.endpointRefs.map((r) => [r.name.span.file, r.name.span.line, r.name.span.column])).toEqual([["nb/driver.py", 9, 40]]);
    expect(f.logCalls[0]!.modelModule?.origin).toBe("writefile");
    expect(f.logCalls[0]!.pipRequirements!.entries.map((e) => e.text.value)).toEqual(["mlflow==3.6.0"]);
  });

  it("an .ipynb: cells joined, magics blanked, JSON escapes mapped back to the file", async () => {
    const nb = {
      cells: [
        { cell_type: "markdown", source: ["# Agent \"docs\"\n"] },
        { cell_type: "code", source: ["%pip install -U langgraph\n", "x = \"caf\\u00e9 \\\"quoted\\\"\"\n"] },
        { cell_type: "code", source: "from databricks_langchain import ChatDatabricks\nllm = ChatDatabricks(endpoint=\"databricks-gpt-5\")\n" },
        { cell_type: "code", source: ["%%sql\n", "SELECT 'databricks-gpt-5'\n"] },
      ],
    };
    const text = JSON.stringify(nb, null, 1);
    const f = await analyse({ "nb.ipynb": text });
    const ref = f.endpointRefs[0]!;
    expect(f.endpointRefs).toHaveLength(1);
    expect(text.slice(ref.name.span.start, ref.name.span.end)).toBe("databricks-gpt-5");
    expect(ref.name.span.line).toBe(text.slice(0, ref.name.span.start).split("\n").length);
  });

  it("an .ipynb that is not JSON, or has no cells list, is one problem and no crash", async () => {
    expect((await analyse({ "a.ipynb": "{\"cells\": [" })).problems.map((p) => p.messageId)).toEqual(["invalidNotebook"]);
    expect((await analyse({ "b.ipynb": "{\"cells\": 3}" })).problems.map((p) => p.messageId)).toEqual(["invalidNotebook"]);
  });
});
