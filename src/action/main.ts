// The action's entry: the only file that touches @actions/core and process.
// Inputs are parsed at the edge; everything else is runAction with real deps.

import * as core from "@actions/core";
import { UserError } from "../errors.js";
import { escapeLogText } from "../report/github.js";
import type { OutputName } from "./constants.js";
import { readInputs } from "./inputs.js";
import type { ActionIO, AnnotationProps } from "./io.js";
import { actionHint, runAction } from "./run-action.js";

const io: ActionIO = {
  // Findings, paths and API messages reach the log: none may become a workflow command.
  info: (line) => core.info(escapeLogText(line)),
  // @actions/core escapes CR, LF and % in annotations; the old `##[` syntax is ours to defuse.
  notice: (m, p) => core.notice(escapeLogText(m), annotationProps(p)),
  warning: (m, p) => core.warning(escapeLogText(m), annotationProps(p)),
  error: (m, p) => core.error(escapeLogText(m), annotationProps(p)),
  setOutput: (name: OutputName, value) => core.setOutput(name, value),
  setSecret: (s) => core.setSecret(s),
  appendSummary: async (md) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md).write();
  },
};

function annotationProps(p: AnnotationProps | undefined): AnnotationProps {
  if (!p) return {};
  return { ...p, ...(p.title === undefined ? {} : { title: escapeLogText(p.title) }), ...(p.file === undefined ? {} : { file: escapeLogText(p.file) }) };
}

// The runner sends SIGINT, then SIGTERM, then kills: cancel the remote run at the first.
const controller = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    core.info(`received ${sig}: cancelling`);
    controller.abort(new Error(sig));
  });
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const result = await runAction(inputs, { env: process.env, cwd: process.cwd(), now: () => new Date(), io, signal: controller.signal });
  if (result.failure) core.setFailed(result.failure);
}

main().catch((e: unknown) => {
  core.setFailed(e instanceof UserError ? `${e.message}${actionHint(e)}` : `serving-ci bug (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
