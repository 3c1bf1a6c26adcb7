// Bad input never crashes or hangs the linter: each bad file gets one clear
// finding with its location, and the good file beside it is still linted.
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject } from "../helpers/project.js";

const LINTED_NEIGHBOUR = yaml`
  version: 1
  endpoint:
    name: ok
    served_entities:
      - name: ok-1
        entity_name: main.m.ok
        entity_version: "1"
        workload_sise: Small
`;

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 10; i++) {
  const prev = String.fromCharCode(96 + i);
  const cur = String.fromCharCode(97 + i);
  laughs.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
}

const cases: { name: string; file: string; content: string | Buffer; expected: RegExp }[] = [
  { name: "malformed YAML", file: "bad/serving.yaml", content: "version: 1\nendpoint:\n  name: [unclosed\n", expected: /^bad\/serving\.yaml:\d+:\d+: error: .+ \[parse\]$/m },
  { name: "a duplicate key", file: "bad/serving.yaml", content: "version: 1\nversion: 1\nendpoint: {name: x}\n", expected: /^bad\/serving\.yaml:2:1: error: Map keys must be unique \[parse\]$/m },
  { name: "an alias bomb", file: "bad/serving.yaml", content: `${laughs.join("\n")}\n`, expected: /^bad\/serving\.yaml:\d+:\d+: error: aliases expand to more than \d+ nodes; the rest of the file is not checked \[parse\]$/m },
  { name: "a binary file", file: "bad/serving.yaml", content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), expected: /^bad\/serving\.yaml:1:1: error: file is binary, not text; not linted \[parse\]$/m },
  { name: "a non-UTF-8 file", file: "bad/serving.yaml", content: Buffer.from("version: 1\nname: caf\xe9\n", "latin1"), expected: /^bad\/serving\.yaml:1:1: error: file is not valid UTF-8; not linted \[parse\]$/m },
  { name: "an empty file", file: "bad/serving.yaml", content: "", expected: /^bad\/serving\.yaml:1:1: error: file is empty \[parse\]$/m },
  { name: "a 50 MB file", file: "bad/serving.yaml", content: Buffer.alloc(50 * 1024 * 1024, "# padding\n"), expected: /^bad\/serving\.yaml:1:1: error: file is 50\.0 MB, over the 10 MB limit; not read \[parse\]$/m },
  { name: "a Python file that is binary", file: "bad/agent.py", content: Buffer.from([0, 1, 2, 3]), expected: /^bad\/agent\.py:1:1: error: file is binary, not text; not linted \[parse\]$/m },
];

describe("bad input", () => {
  for (const c of cases) {
    it(`${c.name}: one finding, the neighbour still linted, no stack trace`, () => {
      const p = tempProject({ "good/serving.yaml": LINTED_NEIGHBOUR, [c.file]: c.content });
      const r = runCli(["lint"], p.dir);
      p.remove();
      expect(r.stdout).toMatch(c.expected);
      expect(r.stdout).toContain("good/serving.yaml:8:7: error: unknown key \"workload_sise\"");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1);
    });
  }

  it("an unreadable path (dangling symlink) is a finding, not a crash", () => {
    const p = tempProject({ "good/serving.yaml": LINTED_NEIGHBOUR });
    symlinkSync(path.join(p.dir, "nowhere.yaml"), path.join(p.dir, "serving.yaml"));
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.stdout).toMatch(/^serving\.yaml:1:1: error: no such file; not read \[parse\]$/m);
    expect(r.stdout).toContain("good/serving.yaml:8:7");
    expect(r.status).toBe(1);
  });
});
