// The built CLI through its code caches (`npm run build` first): the same findings
// with and without them, caches written off CI only, and a spoiled cache harmless.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const project = tempProject({
  "serving.yaml": "version: 1\nendpoint:\n  name: chat\n  served_entities:\n    - entity_name: databricks-meta-llama-3-3-70b-instuct\n",
  "agent.py": 'from databricks_langchain import ChatDatabricks\nllm = ChatDatabricks(endpoint="databricks-claude-3-7-sonnet")\n',
});
const home = tempProject({});
afterAll(() => {
  project.remove();
  home.remove();
});

const lint = (env: NodeJS.ProcessEnv) => runCli(["lint", ".", "-f", "json"], project.dir, { XDG_CACHE_HOME: home.dir, CI: "", ...env });
const caches = (): string[] => {
  try {
    const root = path.join(home.dir, "serving-ci");
    return readdirSync(root).flatMap((v8) => readdirSync(path.join(root, v8)).map((f) => path.join(root, v8, f)));
  } catch {
    return [];
  }
};

describe("the CLI's code caches", () => {
  const uncached = lint({ NODE_DISABLE_COMPILE_CACHE: "1" });

  it("are neither read nor written with NODE_DISABLE_COMPILE_CACHE", () => {
    expect(uncached.status).toBe(1);
    expect(JSON.parse(uncached.stdout).findings.length).toBeGreaterThan(0);
    expect(caches()).toEqual([]);
  });

  it("are not written on CI", () => {
    expect(lint({ CI: "true" }).stdout).toBe(uncached.stdout);
    expect(caches()).toEqual([]);
  });

  it("are written by a first run and read by the next, with the same findings", () => {
    expect(lint({}).stdout).toBe(uncached.stdout);
    const written = caches();
    expect(written.length).toBeGreaterThan(1);
    expect(written.every((f) => f.endsWith(".bin"))).toBe(true);
    expect(lint({}).stdout).toBe(uncached.stdout);
  });

  it("spoiled, cost a compile and give the same findings", () => {
    for (const f of caches()) writeFileSync(f, readFileSync(f).subarray(0, 100));
    const spoiled = lint({});
    expect(spoiled.stderr).toBe("");
    expect(spoiled.stdout).toBe(uncached.stdout);
    expect(caches().every((f) => readFileSync(f).length > 100)).toBe(true);
  });
});
