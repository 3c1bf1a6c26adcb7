// The parse-only floor: a process that reads the same files and parses them the
// way lint does (yaml's parseDocument; the fast Python parser, and @lezer/python
// where it bails) and does nothing else. Bundled with ncc, as the CLI is, so both
// pay the same kind of module loading. parse-floor-lezer.mjs is the floor before
// the fast parser (lezer for every file), kept for comparison.
//
//   ncc build bench/parse-floor.ts -o bench/out/floor -q && node bench/out/floor/index.js <dir>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { fastParse } from "../src/python/parse/fast/fast-parse.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: parse-floor <dir>");
const files: string[] = [];
(function walk(d: string): void {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else files.push(p);
  }
})(dir);
for (const f of files) if (/\.ya?ml$/.test(f)) parseDocument(readFileSync(f, "utf8"));
let lezer: typeof import("@lezer/python").parser | undefined;
for (const f of files) {
  if (!f.endsWith(".py")) continue;
  const text = readFileSync(f, "utf8");
  if (fastParse(text)) continue;
  lezer ??= (await import("@lezer/python")).parser;
  lezer.parse(text);
}
