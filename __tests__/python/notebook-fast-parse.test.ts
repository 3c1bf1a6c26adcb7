// A Databricks export whose first cell is in another language (nearly every notebook opens with
// a `%md` title cell) keeps its header line as a comment: blanking it to spaces made the file
// start with an indented blank line, which the fast parser leaves to lezer, so every such
// notebook paid for a lezer parse.
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/lint/line-index.js";
import { pythonUnits } from "../../src/python/notebook.js";
import { fastParse } from "../../src/python/parse/fast/fast-parse.js";

const HEADER = "# Databricks notebook source\n";
const SEP = "\n# COMMAND ----------\n\n";

function mainUnit(text: string) {
  const units = pythonUnits({ path: "nb.py", absPath: "/r/nb.py", kind: "notebook", text, lines: new LineIndex(text) }, []);
  return units[0]!;
}

describe("a .py export's other-language cells", () => {
  it.each([
    ["a # MAGIC %md title cell", `${HEADER}# MAGIC %md\n# MAGIC # Evaluate${SEP}import mlflow\n`],
    ["a bare %md cell", `${HEADER}%md\nTitle: *done*${SEP}import mlflow\n`],
    ["a # MAGIC %sql cell with an unprefixed line", `${HEADER}# MAGIC %sql\nSHOW TABLES${SEP}import mlflow\n`],
  ])("%s: the header stays, the rest is blanked to its length, and the fast parser takes it", (_name, text) => {
    const unit = mainUnit(text);
    expect(unit.text.length).toBe(text.length);
    expect(unit.text.startsWith(HEADER)).toBe(true);
    expect(unit.text).not.toMatch(/SHOW TABLES|Title/);
    expect(unit.text.endsWith("import mlflow\n")).toBe(true);
    expect(fastParse(unit.text)).toBeDefined();
  });
});
