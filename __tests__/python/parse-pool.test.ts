// A tree that a parse worker sends as a flat buffer must be the very tree a
// direct parse gives (types and positions of every node, anonymous ones too), on
// every Python file the project ships and on deeply nested code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IterMode, type Tree } from "@lezer/common";
import { parser } from "@lezer/python";
import { describe, expect, it } from "vitest";
import type { FileProblem } from "../../src/lint/facts/source.js";
import { flatten, parseFlat, parseSources, unflatten } from "../../src/python/parse-modules.js";
import { REPO } from "../helpers/cli.js";
import { sourceFile } from "./helpers.js";

function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return pythonFiles(p);
    return e.name.endsWith(".py") ? [p] : [];
  });
}

function nodes(tree: Tree): string[] {
  const out: string[] = [];
  const c = tree.cursor(IterMode.IncludeAnonymous);
  do out.push(`${c.type.id}:${c.from}-${c.to}`);
  while (c.next());
  return out;
}

describe("flat trees from parse workers", () => {
  const texts = [...pythonFiles(path.join(REPO, "examples")), ...pythonFiles(path.join(REPO, "__tests__/fixtures"))].map((f) => readFileSync(f, "utf8"));
  texts.push(`x = ${"[".repeat(3000)}1${"]".repeat(3000)}\n`, "def broken(:\n  return [1, 2\n", "");

  it("round-trip every node with its position", () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      const tree = parser.parse(text);
      expect(nodes(unflatten(flatten(tree)))).toEqual(nodes(tree));
    }
  });
});

describe("problems of a tree a parse worker built", () => {
  it("are the problems of a direct parse", async () => {
    const texts = ["def broken(:\n  return 1\n", 'print "x"\n', `x = ${"(".repeat(300)}1${")".repeat(300)}\n`, "x = 1\n",
      // lezer's valve fires in this valid file: without knowing where, the worker's tree confirms every error, and finds none.
      Array.from({ length: 6000 }, (_, i) => `C_${i} = {"k": [f"t_{${i}}", "s"], "v": ${i}}\n`).join("")];
    for (const [i, text] of texts.entries()) {
      const source = sourceFile("agent.py", text);
      const [flat] = await parseFlat(source);
      const direct: FileProblem[] = [];
      const viaWorker: FileProblem[] = [];
      await parseSources([source], direct);
      await parseSources([source], viaWorker, new Map([[source.absPath, [flat!]]]));
      expect(direct).toHaveLength(i < 3 ? 1 : 0);
      expect(viaWorker).toEqual(direct);
      // "x = 1" is the fast parser's; the others are lezer's (errors, deep brackets, a file past the fast path's length).
      expect(flat!.fast).toBe(i === 3);
    }
  });
});
