// When the parse pool starts (by bytes of Python, not files), and that the worker
// bundle's trees give the modules a main-thread parse gives.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LineIndex } from "../../src/lint/line-index.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { parseSources } from "../../src/python/parse-modules.js";
import { ParsePool, POOL_MIN_BYTES } from "../../src/python/parse-pool.js";
import { REPO } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const WORKER = path.join(REPO, "dist/cli/parse-worker/index.js");
const small = "import mlflow\nmlflow.models.set_model(None)\n";
const large = "def f(x):\n    return [y for y in x if y]\n".repeat(100);
const notebook = JSON.stringify({ cells: [{ cell_type: "code", source: ["# MAGIC %pip install x\n", "from agent import AGENT\n"] }] });
const project = tempProject({ "a.py": small, "b.py": small, "big.py": large, "nb.ipynb": notebook, "c.py": "def broken(:\n" });
afterAll(() => project.remove());

const files = ["a.py", "b.py", "nb.ipynb", "c.py"].map((p) => ({ absPath: path.join(project.dir, p), path: p, kind: p.endsWith(".ipynb") ? ("notebook" as const) : ("python" as const), root: project.dir }));
const sourceOf = (f: (typeof files)[number]): SourceFile => {
  const text = readFileSync(f.absPath, "utf8");
  return { absPath: f.absPath, path: f.path, kind: f.kind, text, lines: new LineIndex(text) };
};

describe("parse pool", () => {
  const workers = { script: WORKER, threads: 2 };

  it("stays off for one thread, and below the bytes threshold however many files", () => {
    expect(ParsePool.start({ ...workers, threads: 1 }, files)).toBeUndefined();
    expect(ParsePool.start(workers, Array.from({ length: 400 }, () => files[0]!))).toBeUndefined();
    expect(400 * small.length).toBeLessThan(POOL_MIN_BYTES);
  });

  it.skipIf(!existsSync(WORKER))("starts from the threshold's bytes, and its trees give the main thread's modules", async () => {
    const withLarge = [...files, { absPath: path.join(project.dir, "big.py"), path: "big.py", kind: "python" as const, root: project.dir }];
    // The same files, under and over a threshold set at the large file's size (the default's 4 MB is slow to parse in a test).
    expect(ParsePool.start({ ...workers, minBytes: large.length + 1000 }, withLarge)).toBeUndefined();
    const pool = ParsePool.start({ ...workers, minBytes: large.length }, withLarge);
    expect(pool).toBeDefined();
    const sources = withLarge.map(sourceOf);
    const problems: unknown[] = [];
    try {
      const pooled = await pool!.parse(sources, []);
      const direct = await parseSources(sources, problems as never[]);
      const shape = (ms: typeof direct) => ms.map((m) => ({ path: m.absPath, origin: m.origin, imports: m.imports.length, calls: m.calls.length, functions: m.functions.length, syntaxErrors: m.syntaxErrors }));
      expect(shape(pooled)).toEqual(shape(direct));
    } finally {
      pool!.close();
    }
  });

  it.skipIf(!existsSync(WORKER))("an explicit minimum of 0 starts workers for a little Python", () => {
    const pool = ParsePool.start({ ...workers, minBytes: 0 }, files.slice(0, 1));
    expect(pool).toBeDefined();
    pool!.close();
  });
});
