// The .ipynb shape check (a hand validation on the located JSON tree, so the lint
// path needs no schema library): what it accepts and what it reports.
import { describe, expect, it } from "vitest";
import { analyse } from "./helpers.js";

const notebook = (cells: unknown) => JSON.stringify({ cells, metadata: {}, nbformat: 4 });

describe(".ipynb shape", () => {
  it("accepts a source given as one string or as a list of strings, and extra cell keys", async () => {
    const facts = await analyse({
      "nb.ipynb": notebook([
        { cell_type: "markdown", source: "ChatDatabricks(endpoint=\"databricks-gpt-5-mini\")", metadata: { x: 1 } },
        { cell_type: "code", source: ["from databricks_langchain import ChatDatabricks\n", "a = ChatDatabricks(endpoint=\"databricks-gpt-5\")\n"], outputs: [] },
        { cell_type: "code", source: "b = ChatDatabricks(endpoint=\"databricks-claude-sonnet-4-5\")\n", execution_count: null },
      ]),
    });
    expect(facts.problems).toEqual([]);
    // Both code cells are read; the markdown cell is not code.
    expect(facts.endpointRefs.map((r) => r.name.value)).toEqual(["databricks-gpt-5", "databricks-claude-sonnet-4-5"]);
  });

  it.each([
    ["a top-level list", "[]"],
    ["cells not a list", JSON.stringify({ cells: {} })],
    ["a cell that is not an object", notebook(["import os"])],
    ["a cell without cell_type", notebook([{ source: "x = 1" }])],
    ["a cell_type that is not a string", notebook([{ cell_type: 1, source: "x = 1" }])],
    ["a cell without source", notebook([{ cell_type: "code" }])],
    ["a source that is a number", notebook([{ cell_type: "code", source: 3 }])],
    ["a source list holding a non-string", notebook([{ cell_type: "code", source: ["x = 1\n", 2] }])],
  ])("reports %s as one invalidNotebook problem at the file's start", async (_, text) => {
    const facts = await analyse({ "nb.ipynb": text });
    expect(facts.problems.map((p) => [p.messageId, p.span.line, p.span.column])).toEqual([["invalidNotebook", 1, 1]]);
  });

  it("reports an empty .ipynb as nothing: a placeholder runs no code", async () => {
    for (const text of ["", "\n  \n"]) expect((await analyse({ "nb.ipynb": text })).problems).toEqual([]);
  });
});

// Sweep: a Databricks SQL notebook, and cells VS Code marks as shell, were parsed as Python.
describe(".ipynb languages", () => {
  const retiredCell = (metadata?: unknown) => ({ cell_type: "code", source: "llm = ChatDatabricks(endpoint=\"databricks-dbrx-instruct\")\n", ...(metadata ? { metadata } : {}) });
  const withMetadata = (metadata: unknown, cells: unknown[]) => JSON.stringify({ cells, metadata, nbformat: 4 });

  it.each([
    ["Databricks' notebook language", { "application/vnd.databricks.v1+notebook": { language: "sql" } }],
    ["the kernel's language", { kernelspec: { language: "scala", name: "spark" } }],
    ["language_info", { language_info: { name: "R" } }],
    ["one of several declarations", { kernelspec: { language: "python" }, "application/vnd.databricks.v1+notebook": { language: "sql" } }],
  ])("reads no code from a notebook whose %s is not Python", async (_, metadata) => {
    const facts = await analyse({ "nb.ipynb": withMetadata(metadata, [{ cell_type: "code", source: "CREATE TEMPORARY LIVE TABLE t AS SELECT 1\n" }, retiredCell()]) });
    expect(facts.problems).toEqual([]);
    expect(facts.endpointRefs).toEqual([]);
  });

  it("reads a notebook that says Python, in any of its spellings, or says nothing", async () => {
    for (const metadata of [{}, { kernelspec: { language: "python" }, language_info: { name: "python" } }, { "application/vnd.databricks.v1+notebook": { language: "Python" } }, { language_info: { name: "ipython3" } }]) {
      const facts = await analyse({ "nb.ipynb": withMetadata(metadata, [retiredCell()]) });
      expect(facts.endpointRefs.map((r) => r.name.value)).toEqual(["databricks-dbrx-instruct"]);
    }
  });

  it("skips a cell VS Code marks as another language, and reads one it marks as Python or plain text", async () => {
    const facts = await analyse({
      "nb.ipynb": withMetadata({ kernelspec: { language: "python" } }, [
        { cell_type: "code", source: "uv add requests\nuv sync\n", metadata: { vscode: { languageId: "shellscript" } } },
        retiredCell({ vscode: { languageId: "python" } }),
        // Databricks runs a cell the editor tagged `plaintext` as the notebook's Python.
        { ...retiredCell({ vscode: { languageId: "plaintext" } }), source: "llm2 = ChatDatabricks(endpoint=\"databricks-mixtral-8x7b-instruct\")\n" },
      ]),
    });
    expect(facts.problems).toEqual([]);
    expect(facts.endpointRefs.map((r) => r.name.value)).toEqual(["databricks-dbrx-instruct", "databricks-mixtral-8x7b-instruct"]);
  });

  it("skips a Databricks language cell whose magic follows comment lines", async () => {
    const facts = await analyse({
      "nb.ipynb": withMetadata({}, [
        { cell_type: "code", source: ["# fetch the data files\n", "\n", "%sh\n", "cd /tmp\n", "curl -sO https://example.com/data.csv\n"] },
        retiredCell(),
      ]),
    });
    expect(facts.problems).toEqual([]);
    expect(facts.endpointRefs.map((r) => r.name.value)).toEqual(["databricks-dbrx-instruct"]);
  });
});
