// Which imports make a module reach the workspace in ways we do not follow: an opaque module imported
// under a name the module mentions again (opaque-imports.ts).
import { describe, expect, it } from "vitest";
import { usesOpaqueImport } from "../../src/python/opaque-imports.js";
import { analyse } from "./helpers.js";

async function opaque(files: Record<string, string>, file: string): Promise<boolean> {
  const facts = await analyse(files);
  return usesOpaqueImport(facts.modules.find((m) => m.source.path === file)!);
}

describe("usesOpaqueImport", () => {
  it.each([
    ["an SDK import never mentioned again", "from databricks.sdk import WorkspaceClient\nx = 1\n", false],
    ["the SDK client in use", "from databricks.sdk import WorkspaceClient\nw = WorkspaceClient()\n", true],
    ["the SQL connector imported from its package", "from databricks import sql\nsql.connect()\n", true],
    ["another name of the package", "from databricks import feature_engineering\nfeature_engineering.x()\n", false],
    ["requests by an alias", "import requests as rq\nrq.get('u')\n", true],
    ["a star import", "from databricks.sdk import *\n", true],
    ["a Spark import beside the notebook's session", "from pyspark.sql import functions as F\nspark.table('a.b.c')\n", true],
  ])("%s", async (_name, text, expected) => {
    expect(await opaque({ "agent.py": text }, "agent.py")).toBe(expected);
  });

  it("a %%writefile module is its cell: a name used in another cell does not count, a continued import is read whole", async () => {
    const nb = [
      "# Databricks notebook source",
      "# MAGIC %%writefile agent.py",
      "# MAGIC from databricks.sdk import (",
      "# MAGIC     WorkspaceClient,",
      "# MAGIC )",
      "# MAGIC x = 1",
      "",
      "# COMMAND ----------",
      "",
      "from databricks.sdk import WorkspaceClient",
      "w = WorkspaceClient()",
      "",
    ].join("\n");
    const facts = await analyse({ "nb.py": nb });
    const cell = facts.modules.find((m) => m.origin === "writefile")!;
    expect(usesOpaqueImport(cell)).toBe(false);
  });
});
