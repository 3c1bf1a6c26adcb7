// Fixes in an .ipynb are written into the notebook's JSON strings. Sweeps: fixes in
// notebooks were offered ("(--fix)") and then never applied, with "0 fixed".
import { describe, expect, it } from "vitest";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { LineIndex } from "../../src/lint/line-index.js";
import { notebookEdit } from "../../src/lint/notebook-edits.js";
import fmEndpointName from "../../rules/fm-endpoint-name.js";
import fmEndpointRetired from "../../rules/fm-endpoint-retired.js";
import { ruleCases } from "../helpers/rule-cases.js";

const cellJson = (lines: string[]) => `${JSON.stringify({
  cells: [{ cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: lines }],
  metadata: { language_info: { name: "python" } }, nbformat: 4, nbformat_minor: 5,
}, null, 1)}\n`;

describe("notebookEdit", () => {
  const text = String.raw`{"source": ["x = \"abc\"\n", "y = 1\n"]}`;
  const notebook: SourceFile = { path: "nb.ipynb", absPath: "/nb.ipynb", kind: "notebook", text, lines: new LineIndex(text) };
  const at = (s: string) => text.indexOf(s);

  it("escapes the new text as JSON", () => {
    const start = at("abc");
    expect(notebookEdit(notebook, { start, end: start + 3, text: 'a"b' })).toEqual({ start, end: start + 3, text: String.raw`a\"b` });
  });
  it("refuses a range that runs from one string into the next", () => {
    expect(notebookEdit(notebook, { start: at("abc"), end: at("y = 1"), text: "z" })).toBeUndefined();
  });
  it("refuses a range that cuts an escape sequence in two", () => {
    const quote = at(String.raw`\"abc`);
    expect(notebookEdit(notebook, { start: quote + 1, end: quote + 2, text: "q" })).toBeUndefined();
  });
  it("refuses a range outside every string", () => {
    expect(notebookEdit(notebook, { start: 1, end: 2, text: "q" })).toBeUndefined();
  });
  it("takes a whole escape sequence", () => {
    const quote = at(String.raw`\"abc`);
    expect(notebookEdit(notebook, { start: quote, end: quote + 2, text: "'" })?.text).toBe("'");
  });
});

ruleCases(fmEndpointName, {
  valid: [],
  invalid: [
    {
      name: "a near miss renamed inside a notebook cell",
      files: { "agent.ipynb": cellJson(["from databricks_langchain import ChatDatabricks\n", 'llm = ChatDatabricks(endpoint="databricks-claude-sonet-4-5")\n']) },
      errors: [{ line: 10, messageId: "unknownNear" }],
      output: { "agent.ipynb": cellJson(["from databricks_langchain import ChatDatabricks\n", 'llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")\n']) },
    },
  ],
});

ruleCases(fmEndpointRetired, {
  valid: [],
  invalid: [
    {
      name: "--fix-retired inside a notebook cell, other cells untouched",
      files: { "agent.ipynb": cellJson(["from databricks_langchain import ChatDatabricks\n", "llm = ChatDatabricks(endpoint='databricks-meta-llama-3-1-405b-instruct')\n", 'print("done")']) },
      errors: [{ line: 10, messageId: "retiredOn" }],
      optIns: ["fix-retired"],
      output: { "agent.ipynb": cellJson(["from databricks_langchain import ChatDatabricks\n", "llm = ChatDatabricks(endpoint='databricks-meta-llama-3-3-70b-instruct')\n", 'print("done")']) },
    },
  ],
});
