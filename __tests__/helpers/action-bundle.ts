// Runs the committed action bundle exactly as the runner does: INPUT_* and
// GITHUB_* in the environment, an event payload file, and GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files that the test then reads.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const REPO = path.resolve(import.meta.dirname, "../..");
/** The committed bundle; SERVING_CI_ACTION_BUNDLE points elsewhere (a private build while others edit src/). */
export const ACTION = process.env.SERVING_CI_ACTION_BUNDLE ?? path.join(REPO, "dist/index.js");

/** The node binary the runner would use: SERVING_CI_RUNNER_NODE (scripts/node24.sh sets it to Node 24), else this one. */
export const RUNNER_NODE = process.env.SERVING_CI_RUNNER_NODE || process.execPath;

/**
 * Fails with a clear message when dist/index.js is missing. Whether it matches the
 * sources is .ci/run's job (it rebuilds and compares with git): file times cannot
 * tell, since `npm test` itself regenerates the schema validators.
 */
export function assertBundleFresh(): void {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build`);
}

export interface ActionRunSpec {
  /** The repository checkout (GITHUB_WORKSPACE, and the process's cwd). */
  workspace: string;
  /** Input name as in action.yml → value. */
  inputs: Record<string, string>;
  eventName: string;
  event: unknown;
  env?: Record<string, string>;
  sha?: string;
  ref?: string;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Raw GITHUB_OUTPUT text (to search for secrets). */
  outputsText: string;
}

export interface StartedAction {
  child: ChildProcess;
  /** Lines of stdout seen so far. */
  stdout(): string;
  done: Promise<ActionRun>;
}

/** Action inputs as the runner passes them: INPUT_<NAME uppercased, spaces → _> (hyphens stay). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, "_").toUpperCase()}`, v]));
}

export function startAction(spec: ActionRunSpec): StartedAction {
  const tmp = mkdtempSync(path.join(tmpdir(), "serving-ci-runner-"));
  const eventPath = path.join(tmp, "event.json");
  const outputPath = path.join(tmp, "output");
  const summaryPath = path.join(tmp, "summary.md");
  writeFileSync(eventPath, JSON.stringify(spec.event));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  // Only what a runner sets: nothing of the test process's own environment leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: tmp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "acme/agents",
    GITHUB_REPOSITORY_OWNER: "acme",
    GITHUB_SHA: spec.sha ?? "0000000000000000000000000000000000000000",
    GITHUB_REF: spec.ref ?? "refs/heads/main",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: tmp,
    ...inputEnv(spec.inputs),
    ...spec.env,
  };
  const child = spawn(RUNNER_NODE, [ACTION], { cwd: spec.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const done = new Promise<ActionRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const outputsText = readFileSync(outputPath, "utf8");
      const summary = readFileSync(summaryPath, "utf8");
      rmSync(tmp, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr, outputs: parseOutputs(outputsText), outputsText, summary });
    });
  });
  return { child, stdout: () => stdout, done };
}

export function runAction(spec: ActionRunSpec): Promise<ActionRun> {
  return startAction(spec).done;
}

/** GITHUB_OUTPUT's heredoc format: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? "");
    out[m[1]!] = value.join("\n");
  }
  return out;
}

/** Workflow-command annotations printed on stdout (`::error file=…::msg`). */
export function annotations(stdout: string): { level: string; props: string; message: string }[] {
  return [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({ level: m[1]!, props: (m[2] ?? "").trim(), message: m[3]! }));
}
