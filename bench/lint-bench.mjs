#!/usr/bin/env node
// Lint benchmark: the built CLI as a whole process (what users feel), against the
// parse-only floor for the same files and against Spectral with the same JSON
// Schema. Medians of several runs; peak RSS from /usr/bin/time.
//
//   npm run build && node bench/lint-bench.mjs            # full: 1, 100, 1000 projects
//   node bench/lint-bench.mjs --quick                      # 1 and 100 only
//
// Spectral is installed into bench/node_modules on first use (npm ci --prefix bench).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const out = path.join(here, "out");
const cli = path.join(root, "dist/cli/index.js");
const quick = process.argv.includes("--quick");
mkdirSync(out, { recursive: true });
if (!existsSync(cli)) throw new Error("dist/cli/index.js is missing: npm run build");

function timeRun(cmd, args, runs) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    rss = Math.max(rss, Number(r.stderr.trim().split("\n").pop()) / 1024);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], rss };
}

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

const sizes = quick ? [1, 100] : [1, 100, 1000];
const spectral = ensureSpectral();
const rows = [];
for (const n of sizes) {
  const dir = path.join(out, `corpus-${n}`);
  generateCorpus(dir, n);
  const runs = n >= 1000 ? 5 : n >= 100 ? 7 : 15;
  const full = timeRun(process.execPath, [cli, "lint", dir, "-f", "json", "-o", "/dev/null"], runs);
  const floor = timeRun(process.execPath, [path.join(here, "parse-floor.mjs"), dir], runs);
  const ydir = yamlOnly(dir);
  const yamlLint = timeRun(process.execPath, [cli, "lint", ydir, "-f", "json", "-o", "/dev/null"], runs);
  const spec = timeRun(spectral.bin, ["lint", `${ydir}/**/serving.yaml`, "-r", spectral.ruleset, "-q", "-f", "json", "-o", "/dev/null"], n >= 1000 ? 3 : 5);
  rows.push({ n, full, floor, yamlLint, spec });
  console.error(`done n=${n}`);
}

const ms = (x) => `${x.toFixed(0)} ms`;
console.log("| projects | serving-ci lint (yaml + python) | parse-only floor | ratio | peak RSS | serving-ci, serving.yaml only | Spectral, same schema | Spectral / serving-ci |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.n} | ${ms(r.full.median)} | ${ms(r.floor.median)} | ${(r.full.median / r.floor.median).toFixed(2)}× | ${r.full.rss.toFixed(0)} MB | ${ms(r.yamlLint.median)} | ${ms(r.spec.median)} | ${(r.spec.median / r.yamlLint.median).toFixed(1)}× |`,
  );
}
