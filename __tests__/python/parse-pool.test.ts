// A tree that a parse worker sends as a flat buffer must be, to the walk, the very tree
// a direct parse gives (types, positions and nesting of every named node), on every
// Python file the project ships, on deeply nested code, and on long sequences lezer
// balances into anonymous nodes (sweep L: a 3,700-line script lost a dict's entries).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Tree } from "@lezer/common";
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

/** Every named node, depth-indented: what the walk sees through lezer's SyntaxNode API. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  let depth = 0;
  tree.iterate({ enter: (n) => void out.push(`${"  ".repeat(depth++)}${n.type.id}:${n.from}-${n.to}`), leave: () => void depth-- });
  return out;
}

describe("flat trees from parse workers", () => {
  const texts = [...pythonFiles(path.join(REPO, "examples")), ...pythonFiles(path.join(REPO, "__tests__/fixtures"))].map((f) => readFileSync(f, "utf8"));
  texts.push(`x = ${"[".repeat(3000)}1${"]".repeat(3000)}\n`, "def broken(:\n  return [1, 2\n", "");
  // Long sequences (statements, a dict's entries, a list) that lezer balances; the indented first line keeps it lezer's.
  const entries = Array.from({ length: 3000 }, (_, i) => `    "k${i}": [\n        # note\n        "v${i}",\n    ],\n`).join("");
  texts.push(`  \n${Array.from({ length: 2000 }, (_, i) => `x${i} = f(${i})\n`).join("")}kwargs = {\n${entries}}\n`);

  it("round-trip every named node with its position and nesting", () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      const tree = parser.parse(text);
      expect(nodes(unflatten(flatten(tree)))).toEqual(nodes(tree));
    }
  });
});

describe("modules from a tree a parse worker built", () => {
  it("hold the same calls and dict entries as a direct parse's, in a file lezer balances", async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `    "k${i}": g(${i}),\n`).join("");
    const text = `  \n${Array.from({ length: 2000 }, (_, i) => `x${i} = f(${i})\n`).join("")}kwargs = {\n${entries}}\n`;
    const source = sourceFile("agent.py", text);
    const [flat] = await parseFlat(source);
    expect(flat!.fast).toBe(false);
    const [direct] = await parseSources([source], []);
    const [viaWorker] = await parseSources([source], [], new Map([[source.absPath, [flat!]]]));
    const dictOf = (m: typeof direct) => { const b = m!.scope.bindings.get("kwargs")?.[0]; return b?.kind === "value" && b.value.kind === "dict" ? b.value.entries.length : -1; };
    expect(dictOf(direct)).toBe(3000);
    expect(dictOf(viaWorker)).toBe(3000);
    expect(viaWorker!.calls.length).toBe(direct!.calls.length);
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
