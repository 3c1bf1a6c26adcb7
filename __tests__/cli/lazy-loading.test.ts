// Start-up loads only what the command needs: the built CLI run with a preload
// that names every bundle file it loads (`npm run build` first).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.mjs";
import { expectMarkersInBundle, MARKER } from "../helpers/bundle-markers.js";
import { CLI, REPO } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const BUNDLE_FILES = path.join(REPO, "__tests__/fixtures/load-trace/bundle-files.cjs");
const BUILTINS = path.join(REPO, "__tests__/fixtures/load-trace/builtins.cjs");
const project = tempProject({});
afterAll(() => project.remove());
generateCorpus(project.dir, 1, { notebook: false });
const yamlOnly = tempProject({ "serving.yaml": "version: 1\nendpoint:\n  name: a\n" });
afterAll(() => yamlOnly.remove());
// A `match` statement: the fast parser leaves it to lezer.
const withMatch = tempProject({ "agent.py": "match command:\n    case 'go':\n        pass\n" });
afterAll(() => withMatch.remove());

/** The dist files a run loads, and their text. */
function loaded(args: string[], cwd: string): { files: string[]; text: string } {
  const r = spawnSync(process.execPath, ["--require", BUNDLE_FILES, CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const files = [...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!);
  return { files: files.map((f) => path.relative(path.join(REPO, "dist/cli"), f)), text: files.map((f) => readFileSync(f, "utf8")).join("\n") };
}

/** The Node built-ins a run loads (without the loader hook, which runs on a worker thread of its own). */
function builtins(args: string[], cwd: string): string[] {
  const r = spawnSync(process.execPath, ["--require", BUILTINS, CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return /^BUILTINS (.*)$/m.exec(r.stderr)?.[1]?.split(",") ?? [];
}

describe("lazy loading", () => {
  it("the bundle holds every marker these checks look for", () => {
    expectMarkersInBundle(path.join(REPO, "dist/cli"), ["lintPipeline", "yamlParser", "fastParser", "lezerPython", "zod", "sarifFormatter"]);
  });

  it("--version and help load the launcher and the CLI's main chunk only", () => {
    expect(loaded(["--version"], project.dir).files).toEqual(["index.js", "main.js"]);
    expect(loaded(["help"], project.dir).files).toEqual(["index.js", "main.js"]);
  });

  it("rules loads the rules but no lint pipeline, YAML or Python parser", () => {
    for (const args of [["rules"], ["rules", "traffic-config"]]) {
      const { text } = loaded(args, project.dir);
      expect(text).toContain("traffic-config");
      expect(text).not.toMatch(MARKER.lintPipeline); // present in a lint run (below)
      expect(text).not.toMatch(MARKER.yamlParser);
      expect(text).not.toMatch(MARKER.lezerPython);
      expect(text).not.toMatch(MARKER.fastParser);
    }
  });

  it("a YAML-only lint loads neither the Python parser nor zod", () => {
    const { text } = loaded(["lint", "."], yamlOnly.dir);
    expect(text).toMatch(MARKER.yamlParser); // so the hook saw the lint chunks
    expect(text).toMatch(MARKER.lintPipeline);
    expect(text).not.toMatch(MARKER.fastParser);
    expect(text).not.toMatch(MARKER.lezerPython);
    expect(text).not.toMatch(MARKER.zod);
  });

  it("a Python lint loads the fast parser, and @lezer/python only for a file the fast parser leaves to it", () => {
    const typical = loaded(["lint", ".", "-f", "json"], project.dir).text;
    expect(typical).toMatch(MARKER.fastParser);
    expect(typical).not.toMatch(MARKER.lezerPython);
    expect(loaded(["lint", ".", "-f", "json"], withMatch.dir).text).toMatch(MARKER.lezerPython);
  });

  it("a Python lint loads neither node:worker_threads nor node:crypto", () => {
    // They cost a fifth and a third of a bare Node 24 start; `fs` shows the trace works.
    const loadedBuiltins = builtins(["lint", ".", "-f", "json"], project.dir);
    expect(loadedBuiltins).toContain("fs");
    expect(loadedBuiltins).not.toContain("worker_threads");
    expect(loadedBuiltins).not.toContain("crypto");
  });

  it("a Python lint loads no zod, and one formatter", () => {
    const { text } = loaded(["lint", ".", "-f", "json"], project.dir);
    expect(text).not.toMatch(MARKER.zod);
    expect(text).not.toMatch(MARKER.sarifFormatter); // the SARIF formatter, not asked for
    expect(loaded(["lint", ".", "-f", "sarif"], project.dir).text).toMatch(MARKER.sarifFormatter);
  });
});
