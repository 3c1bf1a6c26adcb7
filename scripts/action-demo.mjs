// The story in under a minute, on a laptop, with nothing but this repository:
//   1. lint a copy of examples/agent broken the way pull requests break it (a
//      misspelt foundation-model endpoint, which also leaves the declared
//      resources disagreeing, and a size in the wrong case): real findings, code frames;
//   2. `lint --fix` it; 3. lint again: clean;
//   4. deploy the fixed copy through the action (dist/index.js) to the embedded
//      emulator and print the PR comment it posts.
//
//   npm run build && npm run demo [-- --speed X]   (default 10x)
//
// Step 4 starts `serving-ci emulator`, creates the deployment job through the
// real jobs/create path, runs dist/index.js the way the runner does (INPUT_* env,
// a push event, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), with GITHUB_API_URL
// at a tiny in-process GitHub stand-in that keeps the comment it receives.
// Nothing in the repository is modified: the broken copy lives in a temp dir.

import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

const repo = path.resolve(import.meta.dirname, "..");
const cli = path.join(repo, "dist/cli/index.js");
const color = process.stdout.isTTY ? ["--color"] : [];
const say = (s) => console.log(process.stdout.isTTY ? `\x1b[1;36m${s}\x1b[0m` : s);

// The workspace the action will check out: one agent project, broken two ways.
const workspace = mkdtempSync(path.join(tmpdir(), "serving-ci-demo-repo-"));
mkdirSync(path.join(workspace, ".git"));
cpSync(path.join(repo, "examples/agent"), path.join(workspace, "agent"), { recursive: true });
const edit = (file, from, to) => {
  const abs = path.join(workspace, file);
  const text = readFileSync(abs, "utf8");
  if (!text.includes(from)) throw new Error(`demo: ${file} no longer contains ${JSON.stringify(from)}; update scripts/action-demo.mjs`);
  writeFileSync(abs, text.replace(from, to));
};
edit("agent/agent.py", 'LLM_ENDPOINT = "databricks-claude-sonnet-4-5"', 'LLM_ENDPOINT = "databricks-claude-sonet-4-5"');
edit("agent/serving.yaml", "      workload_size: Small", "      workload_size: small");
const lintRun = (...args) => {
  const r = spawnSync(process.execPath, [cli, "lint", "agent", ...color, ...args], { cwd: workspace, stdio: "inherit" });
  return r.status;
};
say("$ serving-ci lint agent                 # 1. a pull request's mistakes");
const broken = lintRun();
say("\n$ serving-ci lint agent --fix           # 2. the certain fixes, applied");
lintRun("--fix");
say("\n$ serving-ci lint agent                 # 3. clean");
const clean = lintRun();
if (broken !== 1 || clean !== 0) {
  console.error(`demo: expected findings then a clean lint, got exit codes ${broken} and ${clean}`);
  process.exit(1);
}
say("\n# 4. merge: the action deploys agent/serving.yaml to the emulator and keeps the PR comment up to date\n");
const speedArg = process.argv.indexOf("--speed");
const speed = speedArg > 0 ? Number(process.argv[speedArg + 1]) : 10; // a ~3-minute deployment in ~20 s
// Phase lengths in the proportions of a real agent deployment (the emulator's
// defaults are shorter than the job waiter's poll, which would hide the phases).
const scenarioFile = path.join(mkdtempSync(path.join(tmpdir(), "serving-ci-demo-scenario-")), "scenario.json");
writeFileSync(scenarioFile, JSON.stringify({ defaults: { pendingMs: 5_000, jobRunMs: 20_000, buildMs: 120_000, startMs: 40_000 } }));
const TOKEN = "dapi-emulator-token";

// 1. The emulated workspace.
const emulator = spawn(process.execPath, [path.join(repo, "dist/cli/index.js"), "emulator", "--speed", String(speed), "--scenario", scenarioFile], { stdio: ["ignore", "pipe", "inherit"] });
const host = await new Promise((resolve, reject) => {
  createInterface({ input: emulator.stdout }).once("line", (l) => resolve(l.trim()));
  emulator.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
});
const api = async (method, p, body) => {
  const res = await fetch(`${host}${p}`, { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  return res.json();
};
await api("POST", "/api/2.2/jobs/create", {
  name: "deploy-support-agent",
  tasks: [{ task_key: "deploy", spark_python_task: { python_file: "/Workspace/deploy.py" } }],
  parameters: [
    { name: "model_name", default: "main.agents.support_agent" },
    { name: "version", default: "1" },
    { name: "endpoint_name", default: "support-agent" },
  ],
});

// 2. A GitHub API stand-in: the merge commit belongs to PR #7; comments are kept.
const sha = "d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0d3m0".replace(/[^0-9a-f]/g, "0");
const comments = [];
const github = createServer(async (req, res) => {
  let text = "";
  for await (const c of req) text += c;
  const url = new URL(req.url, "http://x");
  const send = (status, body) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (url.pathname.endsWith(`/commits/${sha}/pulls`)) return send(200, [{ number: 7, merge_commit_sha: sha, merged_at: new Date().toISOString(), base: { ref: "main" } }]);
  if (/\/issues\/7\/comments$/.test(url.pathname) && req.method === "GET") return send(200, comments);
  if (/\/issues\/7\/comments$/.test(url.pathname) && req.method === "POST") {
    const c = { id: comments.length + 1, body: JSON.parse(text).body, user: { login: "github-actions[bot]", type: "Bot" } };
    comments.push(c);
    return send(201, c);
  }
  const m = /\/issues\/comments\/(\d+)$/.exec(url.pathname);
  if (m && req.method === "PATCH") {
    const c = comments.find((x) => x.id === Number(m[1]));
    c.body = JSON.parse(text).body;
    return send(200, c);
  }
  send(404, { message: "Not Found" });
});
await new Promise((r) => github.listen(0, "127.0.0.1", r));

// 3. The action, as the runner starts it.
const tmp = mkdtempSync(path.join(tmpdir(), "serving-ci-demo-"));
const file = (name, text = "") => (writeFileSync(path.join(tmp, name), text), path.join(tmp, name));
const env = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: "true",
  GITHUB_EVENT_NAME: "push",
  GITHUB_EVENT_PATH: file("event.json", JSON.stringify({ ref: "refs/heads/main", head_commit: { id: sha, timestamp: new Date().toISOString() }, repository: { full_name: "acme/agents", default_branch: "main" } })),
  GITHUB_REPOSITORY: "acme/agents",
  GITHUB_SHA: sha,
  GITHUB_REF: "refs/heads/main",
  GITHUB_RUN_ID: "1",
  GITHUB_WORKSPACE: workspace,
  GITHUB_API_URL: `http://127.0.0.1:${github.address().port}`,
  GITHUB_OUTPUT: file("output"),
  GITHUB_STEP_SUMMARY: file("summary.md"),
  INPUT_COMMAND: "deploy",
  INPUT_FILES: "agent/serving.yaml",
  INPUT_HOST: host,
  INPUT_TOKEN: TOKEN,
  "INPUT_GITHUB-TOKEN": "demo-token",
  INPUT_COMMENT: "sticky",
  "INPUT_FAIL-ON": "error",
  SERVING_CI_EMULATOR_TIME_SCALE: String(speed),
};
console.log(`emulator at ${host} (speed ${speed}x); running dist/index.js (deploy agent/serving.yaml)\n`);
const bundle = process.env.SERVING_CI_ACTION_BUNDLE ?? path.join(repo, "dist/index.js");
const action = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ["ignore", "inherit", "inherit"] });
const code = await new Promise((r) => action.on("exit", r));

// What the workflow sees: GitHub keeps the last value written for each output.
const outputs = readOutputs(readFileSync(env.GITHUB_OUTPUT, "utf8"));
console.log(`\n--- outputs ---\n${[...outputs].map(([k, v]) => `${k}=${v}`).join("\n")}\n`);
console.log(`--- the comment on PR #7 ---\n${comments[0]?.body ?? "(none)"}`);
rmSync(tmp, { recursive: true, force: true });
rmSync(workspace, { recursive: true, force: true });
rmSync(path.dirname(scenarioFile), { recursive: true, force: true });
github.close();
emulator.kill();
// The action keeps one comment per endpoint and edits it: a second one is a bug the demo must not hide.
if (comments.length !== 1) console.error(`demo: expected one PR comment, found ${comments.length}`);
process.exitCode = code || (comments.length === 1 ? 0 : 1);

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` records (and plain `name=value` lines), last write wins. */
function readOutputs(text) {
  const out = new Map();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out.delete(heredoc[1]);
      out.set(heredoc[1], lines.slice(i + 1, end).join("\n"));
      i = end;
    } else if (lines[i].includes("=")) {
      const [k, ...v] = lines[i].split("=");
      out.delete(k);
      out.set(k, v.join("="));
    }
  }
  return out;
}
