// Action cold start: wall time of `node dist/index.js` for a lint-only run on
// examples/, exactly as the runner starts it (INPUT_* env, event file, output
// and summary files). Median of N runs, plus the bundle's size.
//
//   node bench/action-cold-start.mjs [runs=15] [bundle=dist/index.js]

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { actionLintEnv } from "./action-env.mjs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = path.resolve(import.meta.dirname, "..");
const runs = Number(process.argv[2] ?? 15);
const bundle = path.resolve(repo, process.argv[3] ?? "dist/index.js");
const tmp = mkdtempSync(path.join(tmpdir(), "serving-ci-cold-"));
const env = actionLintEnv(tmp, repo);

const times = [];
let status;
for (let i = 0; i < runs; i++) {
  writeFileSync(env.GITHUB_OUTPUT, "");
  writeFileSync(env.GITHUB_STEP_SUMMARY, "");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bundle], { cwd: repo, env, encoding: "utf8" });
  times.push(performance.now() - t0);
  status = r.status;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
}
rmSync(tmp, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const dir = path.dirname(bundle);
const chunks = readdirSync(dir).filter((f) => f.endsWith(".js"));
const total = chunks.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`node ${process.version}, ${runs} runs of a lint-only action run on examples/ (exit ${status})`);
console.log(`cold start: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`);
console.log(`bundle: ${path.relative(repo, bundle)} ${kb(statSync(bundle).size)}; with lazy chunks (${chunks.join(", ")}) ${kb(total)}`);
