// The action's entry: the only file that touches the runner's workflow commands and process.
// Inputs are parsed at the edge; everything else is runAction with real deps.

// Our own workflow commands, not @actions/core: its OIDC client would load undici on every run (workflow-commands.ts).
import * as core from "./workflow-commands.js";
import { UserError } from "../errors.js";
import { escapeLogText } from "../report/github.js";
import { Output, type OutputName } from "./constants.js";
import { InputError, readInputs } from "./inputs.js";
import { commentInputError } from "./setup-comment.js";
import type { WriteResult } from "./safe-write.js";
import { SummaryFile } from "./summary-file.js";
import type { ActionIO, AnnotationProps } from "./io.js";
import { actionHint, runAction } from "./run-action.js";
import { inInputWords } from "./input-words.js";

const summary = process.env.GITHUB_STEP_SUMMARY ? new SummaryFile(process.env.GITHUB_STEP_SUMMARY) : undefined;
const io: ActionIO = {
  // Findings, paths and API messages reach the log: none may become a workflow command.
  info: (line) => core.info(escapeLogText(line)),
  // @actions/core escapes CR, LF and % in annotations; the old `##[` syntax is ours to defuse.
  notice: (m, p) => core.notice(escapeLogText(m), annotationProps(p)),
  warning: (m, p) => core.warning(escapeLogText(m), annotationProps(p)),
  error: (m, p) => core.error(escapeLogText(m), annotationProps(p)),
  setOutput: (name: OutputName, value) => {
    try {
      core.setOutput(name, value);
    } catch (err) {
      runnerFileFault("GITHUB_OUTPUT", `output ${name}`, err);
    }
  },
  setSecret: (s) => core.setSecret(s),
  appendSummary: async (md) => summaryWritten(summary?.append(md)),
  setSummaryTail: async (md) => summaryWritten(summary?.setTail(md)),
};

function summaryWritten(written: WriteResult | undefined): void {
  if (written && !written.ok) runnerFileFault("GITHUB_STEP_SUMMARY", "the job summary", written.reason);
}

// A runner file that cannot be written (full disk, missing, a directory) costs that
// one report, with a warning; the deploy's result, the comment and the exit code stand.
const faulted = new Set<string>();
function runnerFileFault(variable: string, what: string, err: unknown): void {
  if (faulted.has(variable)) return;
  faulted.add(variable);
  const reason = typeof err === "string" ? err : err instanceof Error ? err.message : String(err);
  core.warning(escapeLogText(`could not write ${what} to ${variable} (${process.env[variable] ?? "unset"}): ${reason}. The step's result is unaffected; the log has everything.`));
}

function annotationProps(p: AnnotationProps | undefined): AnnotationProps {
  if (!p) return {};
  return { ...p, ...(p.title === undefined ? {} : { title: escapeLogText(p.title) }), ...(p.file === undefined ? {} : { file: escapeLogText(p.file) }) };
}

// The runner sends SIGINT, then SIGTERM, then kills: cancel the remote run at the first.
const controller = new AbortController();
// Whatever the API answers (a cancel that gets 503 forever), the process ends before
// the runner's kill: the flow's own budgets normally finish first; this is the floor.
const EXIT_DEADLINE_MS = 6_500;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (controller.signal.aborted) return;
    core.info(`received ${sig}: cancelling`);
    controller.abort(new Error(sig));
    setTimeout(() => {
      core.error(`serving-ci: still busy ${EXIT_DEADLINE_MS / 1000}s after ${sig}; exiting before the runner kills the step. The deploy's outcome is unknown: check the run and endpoint links above.`);
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
  });
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const result = await runAction(inputs, { env: process.env, cwd: process.cwd(), now: () => new Date(), io, signal: controller.signal });
  if (result.failure) core.setFailed(result.failure);
}

main().catch(async (e: unknown) => {
  // A setup error still ends with an outcome a later step can read.
  ioOutcomeFailed();
  const message = e instanceof UserError ? `${inInputWords(e.message)}${actionHint(e)}` : `serving-ci bug (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  // Inputs that did not parse stop the run before any comment: say on the PR which input to change.
  if (e instanceof InputError) await commentInputError(message, { env: process.env, readInput: (n) => core.getInput(n), io, now: new Date() });
  core.setFailed(message);
});

function ioOutcomeFailed(): void {
  io.setOutput(Output.Outcome, "failed");
}
