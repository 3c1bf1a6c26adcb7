import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import type { Finding } from "../../src/lint/types.js";
import { cellLine } from "../../src/report/notebook-frame.js";
import { stylish } from "../../src/report/stylish.js";

const DOCS = "https://github.com/serving-ci/serving-ci/blob/main/rules/";

function file(path: string, text: string, kind: SourceFile["kind"]): SourceFile {
  return { path, absPath: `/x/${path}`, kind, text, lines: new LineIndex(text) };
}

function at(f: SourceFile, needle: string, over: Partial<Finding> = {}): Finding {
  const start = f.text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return {
    ruleId: "fm-endpoint-name",
    messageId: "unknown",
    severity: "error",
    message: "not a foundation-model endpoint",
    span: f.lines.span(f.path, start, start + needle.length),
    docsUrl: `${DOCS}fm-endpoint-name.md`,
    ...over,
  };
}

const yamlFile = file("serving.yaml", "version: 1\nendpoint:\n  name: a\n", "serving");

describe("stylish: docs links", () => {
  it("names each rule's page once, after the totals", () => {
    const out = stylish({ findings: [at(yamlFile, "a\n"), at(yamlFile, "1")], files: [yamlFile], rules: RULES, version: "0" });
    expect(out.match(/docs: fm-endpoint-name {2}https:\/\/\S+fm-endpoint-name\.md/g)).toHaveLength(1);
    expect(out).not.toContain("\x1b]8;;");
  });

  it("links the rule id with an OSC 8 hyperlink only when the terminal renders them", () => {
    const out = stylish({ findings: [at(yamlFile, "a\n")], files: [yamlFile], rules: RULES, version: "0", hyperlinks: true });
    expect(out).toContain(`\x1b]8;;${DOCS}fm-endpoint-name.md\x1b\\[fm-endpoint-name]\x1b]8;;\x1b\\`);
  });
});

describe("stylish: success line and fix counts", () => {
  it("says all checks passed on a clean run, with the fix count after --fix", () => {
    expect(stylish({ findings: [], files: [yamlFile], rules: RULES, version: "0" })).toBe("All checks passed!\n");
    expect(stylish({ findings: [], files: [yamlFile], rules: RULES, version: "0", fixed: 3 })).toBe("All checks passed! (3 fixed, 0 remaining)\n");
  });

  it("puts fixed and remaining in the totals line", () => {
    const out = stylish({ findings: [at(yamlFile, "a\n"), at(yamlFile, "1")], files: [yamlFile], rules: RULES, version: "0", fixed: 3 });
    expect(out).toContain("2 problems (2 errors, 0 warnings, 3 fixed, 2 remaining)");
  });
});

describe("stylish: notebook code frames", () => {
  const nb = file(
    "nb.ipynb",
    [
      "{",
      ' "cells": [',
      '  {"cell_type": "code", "source": [',
      '    "import mlflow\\n",',
      '    "llm = ChatDatabricks(endpoint=\\"databricks-llama-9\\", temperature=0.1)\\n"',
      "  ]},",
      '  {"cell_type": "code", "source": "x = 1\\ny = \\"databricks-gpt-9\\"\\n"}',
      " ]",
      "}",
    ].join("\n"),
    "notebook",
  );

  it("shows the cell's Python line, carets under the literal, not the JSON", () => {
    // The span is the Python string literal, quotes included: in the JSON they are escaped.
    const out = stylish({ findings: [at(nb, '\\"databricks-llama-9\\"')], files: [nb], rules: RULES, version: "0" });
    expect(out).toContain('5 | llm = ChatDatabricks(endpoint="databricks-llama-9", temperature=0.1)\n  |                               ^^^^^^^^^^^^^^^^^^^^');
  });

  it("picks the right line of a cell whose source is one string", () => {
    const out = stylish({ findings: [at(nb, "databricks-gpt-9")], files: [nb], rules: RULES, version: "0" });
    expect(out).toContain('7 | y = "databricks-gpt-9"\n  |      ^^^^^^^^^^^^^^^^');
  });

  it("masks a secret in a notebook frame", () => {
    const secret = at(nb, "temperature=0.1");
    const out = stylish({ findings: [{ ...secret, redact: [{ start: secret.span.start, end: secret.span.end }] }], files: [nb], rules: RULES, version: "0" });
    expect(out).not.toContain("temperature=0.1");
    expect(out).toContain("***************)");
  });

  // Stays silent: outside a JSON string there is no cell line to show, and a JSON line would mislead.
  it("shows no frame when the span is not inside a JSON string", () => {
    expect(cellLine('  {"cell_type": "code"}', 3, 4)).toBeUndefined();
    const out = stylish({ findings: [at(nb, '"cells"')], files: [nb], rules: RULES, version: "0" });
    expect(out).not.toContain(" | ");
  });
});
