// Start-up loads only what the command needs: the built CLI run with a loader
// hook that names every bundle file it loads (`npm run build` first).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.mjs";
import { CLI, REPO } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const REGISTER = path.join(REPO, "__tests__/fixtures/load-trace/register.mjs");
const project = tempProject({});
afterAll(() => project.remove());
generateCorpus(project.dir, 1, { notebook: false });
const yamlOnly = tempProject({ "serving.yaml": "version: 1\nendpoint:\n  name: a\n" });
afterAll(() => yamlOnly.remove());
// A `match` statement: the fast parser leaves it to lezer.
const withMatch = tempProject({ "agent.py": "match command:\n    case 'go':\n        pass\n" });
afterAll(() => withMatch.remove());
const LEZER_PYTHON = "node_modules/@lezer/python/dist";
const FAST_PARSER = "./src/python/parse/fast/fast-parse.ts";

/** The dist files a run loads, and their text. */
function loaded(args: string[], cwd: string): { files: string[]; text: string } {
  const r = spawnSync(process.execPath, ["--import", REGISTER, CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const files = [...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!);
  return { files: files.map((f) => path.relative(path.join(REPO, "dist/cli"), f)), text: files.map((f) => readFileSync(f, "utf8")).join("\n") };
}

describe("lazy loading", () => {
  it("--version and help load the launcher and the CLI's main chunk only", () => {
    expect(loaded(["--version"], project.dir).files).toEqual(["index.js", "main.js"]);
    expect(loaded(["help"], project.dir).files).toEqual(["index.js", "main.js"]);
  });

  it("rules loads the rules but no lint pipeline, YAML or Python parser", () => {
    for (const args of [["rules"], ["rules", "traffic-config"]]) {
      const { text } = loaded(args, project.dir);
      expect(text).toContain("traffic-config");
      expect(text).not.toContain("./src/lint/lint.ts"); // the pipeline's module header, present in a lint run (below)
      expect(text).not.toContain("parseDocument");
      expect(text).not.toContain(LEZER_PYTHON);
      expect(text).not.toContain(FAST_PARSER);
    }
  });

  it("a YAML-only lint loads neither the Python parser nor zod", () => {
    const { text } = loaded(["lint", "."], yamlOnly.dir);
    expect(text).toContain("parseDocument"); // the YAML parser, so the hook saw the lint chunks
    expect(text).toContain("./src/lint/lint.ts");
    expect(text).not.toContain(FAST_PARSER);
    expect(text).not.toContain(LEZER_PYTHON);
    expect(text).not.toContain("node_modules/zod");
  });

  it("a Python lint loads the fast parser, and @lezer/python only for a file the fast parser leaves to it", () => {
    const typical = loaded(["lint", ".", "-f", "json"], project.dir).text;
    expect(typical).toContain(FAST_PARSER);
    expect(typical).not.toContain(LEZER_PYTHON);
    expect(loaded(["lint", ".", "-f", "json"], withMatch.dir).text).toContain(LEZER_PYTHON);
  });

  it("a Python lint loads no zod, and one formatter", () => {
    const { text } = loaded(["lint", ".", "-f", "json"], project.dir);
    expect(text).not.toContain("node_modules/zod");
    expect(text).not.toContain("sarif-2.1.0.json"); // the SARIF formatter, not asked for
    expect(loaded(["lint", ".", "-f", "sarif"], project.dir).text).toContain("sarif-2.1.0.json");
  });
});
