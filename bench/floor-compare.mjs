// One corpus, three processes interleaved: the built lint, today's parse-only floor
// (parse-floor.ts: as lint parses) and the floor before the fast parser
// (parse-floor-lezer.mjs: lezer for every file), so lint can be read against both.
//
//   npm run build && node bench/floor-compare.mjs bench/out/corpus-2000 [rounds]
// (bench:lint generates bench/out/corpus-<n>.)
import path from "node:path";
import { buildFloor } from "./floor.mjs";
import { interleave } from "./measure.mjs";

const [dir, rounds = "4"] = process.argv.slice(2);
if (!dir) throw new Error("usage: node bench/floor-compare.mjs <corpus dir> [rounds]");
const root = path.dirname(import.meta.dirname);
const r = interleave([
  { name: "serving-ci lint", cmd: process.execPath, args: [path.join(root, "dist/cli/index.js"), "lint", dir, "-f", "json", "-o", "/dev/null"], findingsExit: true },
  { name: "parse-only floor", cmd: process.execPath, args: [buildFloor(), dir] },
  { name: "parse-only floor with lezer", cmd: process.execPath, args: [path.join(import.meta.dirname, "parse-floor-lezer.mjs"), dir] },
], Number(rounds));
const lint = r["serving-ci lint"];
for (const [name, v] of Object.entries(r)) {
  console.log(`${name}: ${v.wall.toFixed(0)} ms wall, ${v.cpu.toFixed(0)} ms CPU, ${v.rss.toFixed(0)} MB${v === lint ? "" : `; lint ${(lint.wall / v.wall).toFixed(2)}× this`}`);
}
