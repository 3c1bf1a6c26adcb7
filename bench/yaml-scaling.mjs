#!/usr/bin/env node
// YAML scaling: the built CLI linting one serving.yaml with many keys, keys plus
// aliases, and anchors plus aliases. Prints wall time per size and the time per
// 1k keys, which stays flat when growth is linear (it climbs when quadratic).
//
//   npm run build && node bench/yaml-scaling.mjs [--quick]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, "dist/cli/index.js");
if (!existsSync(cli)) throw new Error("dist/cli/index.js is missing: npm run build");
const quick = process.argv.includes("--quick");

// Keys go under model.input_example, a free-form value: the time measured is the
// YAML path's, not that of reporting 100k findings.
const HEAD = "version: 1\nendpoint:\n  name: bench\nmodel:\n  input_example:\n";
const shapes = {
  keys: (n) => HEAD + Array.from({ length: n }, (_, i) => `    k${i}: v${i}\n`).join(""),
  "keys + n/2 aliases": (n) =>
    `${HEAD}    base: &b {x: 1, y: 2}\n` +
    Array.from({ length: n }, (_, i) => `    k${i}: v${i}\n`).join("") +
    Array.from({ length: n / 2 }, (_, i) => `    a${i}: *b\n`).join(""),
  "anchors + aliases": (n) => HEAD + Array.from({ length: n / 2 }, (_, i) => `    k${i}: &a${i} v${i}\n    r${i}: *a${i}\n`).join(""),
};
const sizes = quick ? [10_000, 20_000] : [10_000, 50_000, 100_000];

const dir = mkdtempSync(path.join(tmpdir(), "yaml-scaling-"));
mkdirSync(path.join(dir, ".git"));
try {
  console.log("shape                 keys      bytes     ms   ms/1k keys");
  for (const [name, make] of Object.entries(shapes)) {
    for (const n of sizes) {
      const text = make(n);
      writeFileSync(path.join(dir, "serving.yaml"), text);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [cli, "lint", "-f", "json", "serving.yaml"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${r.stderr}`);
      const cols = [name.padEnd(20), String(n).padStart(7), String(text.length).padStart(10), ms.toFixed(0).padStart(7), (ms / (n / 1000)).toFixed(1).padStart(10)];
      console.log(cols.join("  "));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
