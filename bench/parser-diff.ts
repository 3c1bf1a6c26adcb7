// The fast parser's oracle: both parsers on every .py file and notebook unit under
// the given folders (default: the extracted devset and a generated corpus). Each
// unit is identical (the fast tree equals lezer's node for node: type id, from,
// to; anonymous balancing nodes aside), bailed (the fast parser declined; lezer parses), beyond lezer (valid Python
// whose tree has an error node where lezer's grammar lacks the construct) or a MISMATCH (a bug: must be 0). Prints the first differing node of each mismatch, coverage by files and
// bytes, and with --why the places the parser bails most. --mutate N also parses N
// random edits of each unit (mostly syntax errors: each must bail or match). Every
// tree the fast parser builds must also pass the syntax check lint skips for it.
//
//   npm run bench:parser-diff [-- folders...] [--why] [--mutate N]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { type Tree, type TreeCursor } from "@lezer/common";
import { generateCorpus } from "./corpus.mjs";
import { LineIndex } from "../src/lint/line-index.js";
import { decodeText } from "../src/lint/read-source.js";
import { pythonUnits } from "../src/python/notebook.js";
import { bailTrace, Bail } from "../src/python/parse/fast/bail.js";
import { fastParse, fastParseOrBail } from "../src/python/parse/fast/fast-parse.js";
import { lezerParse } from "../src/python/parse/lezer-parse.js";
import { firstSyntaxProblem } from "../src/python/parse/syntax-problem.js";

const args = process.argv.slice(2);
const why = args.includes("--why");
const mutateAt = args.indexOf("--mutate");
const mutations = mutateAt >= 0 ? Number(args[mutateAt + 1]) : 0;
let roots = args.filter((a, i) => !a.startsWith("--") && (mutateAt < 0 || i !== mutateAt + 1));
if (roots.length === 0) {
  const corpus = "/tmp/serving-ci-parser-diff-corpus";
  generateCorpus(corpus, 20, { notebook: true });
  roots = ["/work/scratch/devset", corpus];
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && (e.name.endsWith(".py") || e.name.endsWith(".ipynb")) && statSync(p).size < 5_000_000) yield p;
  }
}

/** The first node where the trees differ, or undefined; `lezerError`: lezer has an error node there. */
function firstDifference(a: Tree, b: Tree): { what: string; at: number; lezerError?: boolean } | undefined {
  const x = a.cursor();
  const y = b.cursor();
  const show = (c: TreeCursor): string => `${c.name}(${c.type.id}) ${c.from}-${c.to}`;
  for (;;) {
    if (x.type.id !== y.type.id || x.from !== y.from || x.to !== y.to) return { what: `fast ${show(x)} vs lezer ${show(y)}`, at: Math.min(x.from, y.from), lezerError: y.type.isError };
    const down = [x.firstChild(), y.firstChild()];
    if (down[0] !== down[1]) return { what: `${down[0] ? "fast" : "lezer"} has a child at ${show(down[0] ? x : y)}`, at: (down[0] ? x : y).from };
    if (down[0]) continue;
    for (;;) {
      const next = [x.nextSibling(), y.nextSibling()];
      if (next[0] !== next[1]) return { what: `${next[0] ? "fast" : "lezer"} has a next sibling ${show(next[0] ? x : y)}`, at: (next[0] ? x : y).from };
      if (next[0]) break;
      const up = [x.parent(), y.parent()];
      if (!up[0] || !up[1]) return undefined;
    }
  }
}

const totals = { identical: 0, bailed: 0, mismatch: 0, beyondLezer: 0, bytes: 0, fastBytes: 0, fastMs: 0, lezerMs: 0 };
const reasons = new Map<string, number>();
const probe = { checked: 0, problems: 0 };
const mutationTotals = { identical: 0, bailed: 0, mismatch: 0 };
const EDITS = ["", "(", ")", ":", "\n", "    ", "'", "\"", "#", ",", "=", "\\", "f'{", "}", "not ", "lambda ", "*", "[", "\t", " if ", "@"];
let seed = 15;
function random(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % Math.max(1, n);
}

bailTrace.on = why;
for (const root of roots) {
  for (const file of files(root)) {
    const decoded = decodeText(readFileSync(file));
    if (typeof decoded !== "object") continue;
    const source = { path: file, absPath: file, kind: file.endsWith(".ipynb") ? "notebook" as const : "python" as const, text: decoded.text, lines: new LineIndex(decoded.text) };
    for (const unit of pythonUnits(source, [])) {
      for (let m = 0; m < mutations; m++) mutated(unit.absPath, mutate(unit.text, m));
      totals.bytes += unit.text.length;
      let fast: Tree | undefined;
      const t0 = performance.now();
      try {
        fast = fastParse(unit.text);
      } catch (e) {
        console.log(`CRASH ${unit.absPath}: ${String(e)}`);
        totals.mismatch++;
        continue;
      }
      if (!fast) {
        totals.bailed++;
        const where = why ? whereBailed(unit.text) : undefined;
        if (where) reasons.set(where, (reasons.get(where) ?? 0) + 1);
        continue;
      }
      const t1 = performance.now();
      problemCheck(unit.absPath, unit.text, fast);
      const lezerTree = lezerParse(unit.text).tree;
      totals.fastMs += t1 - t0;
      totals.lezerMs += performance.now() - t1;
      const diff = firstDifference(fast, lezerTree);
      if (diff?.lezerError) {
        // Valid Python lezer's grammar lacks (`with f() as (a, b):`): the fast tree passed the syntax check above.
        totals.beyondLezer++;
        console.log(`beyond lezer ${unit.absPath}: ${diff.what}`);
      } else if (diff) {
        totals.mismatch++;
        console.log(`MISMATCH ${unit.absPath} (in ${file}): ${diff.what}\n  near ${JSON.stringify(unit.text.slice(Math.max(0, diff.at - 60), diff.at + 40))}`);
      } else {
        totals.identical++;
        totals.fastBytes += unit.text.length;
      }
    }
  }
}

/**
 * The syntax check on every tree the fast parser built: it must find nothing, since lint skips
 * it for those trees (parse-python.ts fastParsed). A problem found is a text the parser must bail on.
 */
function problemCheck(name: string, text: string, tree: Tree): void {
  probe.checked++;
  const p = firstSyntaxProblem(text, tree, Infinity);
  if (!p) return;
  probe.problems++;
  if (probe.problems <= 15) console.log(`SYNTAX PROBLEM ON A FAST TREE ${name}: ${p.message}\n  near ${JSON.stringify(text.slice(Math.max(0, p.from - 60), p.from + 40))}`);
}

/** The text with one to three random cuts and inserts. */
function mutate(text: string, m: number): string {
  for (let k = 0; k <= m % 3; k++) {
    const at = random(text.length + 1);
    text = text.slice(0, at) + EDITS[random(EDITS.length)] + text.slice(at + random(7));
  }
  return text;
}

function mutated(name: string, text: string): void {
  const fast = fastParse(text);
  if (!fast) return void mutationTotals.bailed++;
  problemCheck(name, text, fast);
  const diff = firstDifference(fast, lezerParse(text).tree);
  if (!diff) return void mutationTotals.identical++;
  mutationTotals.mismatch++;
  console.log(`MISMATCH (edited) ${name}: ${diff.what}\n  near ${JSON.stringify(text.slice(Math.max(0, diff.at - 60), diff.at + 40))}`);
}

/** Where the parser gave up on `text`: the two frames of a fresh Bail past bail.ts. */
function whereBailed(text: string): string | undefined {
  let where: string | undefined;
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, frames) => {
    if (err instanceof Bail) where = frames.slice(1, 4).map((f) => `${path.basename(f.getFileName() ?? "?")}:${f.getLineNumber()} ${f.getFunctionName() ?? ""}`).join(" < ");
    return "";
  };
  try {
    fastParseOrBail(text);
  } catch (e) {
    if (e instanceof Bail) void e.stack; // V8 formats the stack (and calls the hook) only when asked
    else throw e;
  } finally {
    Error.prepareStackTrace = saved;
  }
  return where;
}

const units = totals.identical + totals.bailed + totals.mismatch + totals.beyondLezer;
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
console.log(`units ${units}: identical ${totals.identical}, bailed ${totals.bailed}, beyond lezer ${totals.beyondLezer}, MISMATCH ${totals.mismatch}`);
console.log(`fast path: ${pct(totals.identical, units)} of units, ${pct(totals.fastBytes, totals.bytes)} of ${totals.bytes} characters`);
if (mutations > 0) console.log(`edited units ${mutationTotals.identical + mutationTotals.bailed + mutationTotals.mismatch}: identical ${mutationTotals.identical}, bailed ${mutationTotals.bailed}, MISMATCH ${mutationTotals.mismatch}`);
console.log(`fast trees (edited ones too) given the syntax check: ${probe.checked}, with a problem (must be 0): ${probe.problems}`);
// Warm: after the first files both parsers' code is compiled; the cold gap is larger (bench/cold-start.mjs).
console.log(`parse time of the identical units (warm): fast ${totals.fastMs.toFixed(0)} ms, lezer ${totals.lezerMs.toFixed(0)} ms`);
if (why) for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(6)}  ${r}`);
process.exitCode = totals.mismatch + mutationTotals.mismatch + probe.problems > 0 ? 1 : 0;
