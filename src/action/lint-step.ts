// lint: the same pipeline as the CLI, reported the GitHub way: annotations on
// the lines (errors first), the full table in the job summary, SARIF for code
// scanning, counts as outputs. Needs no Databricks credentials at all.

import path from "node:path";
import { RULES } from "../../rules/index.js";
import { UserError } from "../errors.js";
import type { SourceFile } from "../lint/facts/source.js";
import { lint } from "../lint/lint.js";
import { plainSpan } from "../lint/line-index.js";
import type { Finding } from "../lint/types.js";
import { markdown } from "../report/markdown.js";
import { stylish } from "../report/stylish.js";
import { countFindings, plural, type Counts } from "../report/summary.js";
import { VERSION } from "../version.js";
import { Output, type FailOn } from "./constants.js";
import { expandFiles } from "./expand-files.js";
import { writeReportFile } from "./safe-write.js";
import type { ActionIO } from "./io.js";
import type { WorkspaceReader } from "../databricks/workspace-read.js";

/** GitHub displays at most this many annotations of each level per step. */
export const ANNOTATION_LIMIT = 10;

export interface LintStepOptions {
  cwd: string;
  /** The repository checkout (GITHUB_WORKSPACE): annotation and SARIF paths are relative to it. */
  workspace: string;
  files: readonly string[];
  today: string;
  failOn: FailOn;
  sarifFile: string | undefined;
  io: ActionIO;
  /** input online: ask the workspace too (the online-* rules). */
  online?: WorkspaceReader;
}

export interface LintStepResult {
  /** Paths relative to the workspace. */
  findings: Finding[];
  files: SourceFile[];
  counts: Counts;
  /** serving.yaml files that were linted. */
  servingFiles: SourceFile[];
  /** Findings reach the fail-on level. */
  failed: boolean;
}

export async function runLintStep(o: LintStepOptions): Promise<LintStepResult> {
  const { paths, unmatched } = expandFiles(o.cwd, o.files);
  for (const g of unmatched) o.io.warning(`files: "${g}" matched no file`);
  if (o.files.length > 0 && paths.length === 0) {
    throw new UserError(`files: nothing matched ${o.files.map((f) => `"${f}"`).join(", ")} in ${o.cwd}`);
  }
  // Absolute paths: the linter resolves relative ones against the process's cwd, not working-directory.
  const absolute = paths.length ? paths.map((p) => path.resolve(o.cwd, p)) : [o.cwd];
  const result = await lint({ cwd: o.cwd, paths: absolute, rules: RULES, today: o.today, ...(o.online ? { online: o.online } : {}) });
  if (result.missingPaths.length) {
    const missing = result.missingPaths.map((p) => `"${path.relative(o.cwd, p) || "."}"`).join(", ");
    throw new UserError(`files: ${missing} not found in ${o.cwd}; check the files and working-directory inputs`);
  }
  // Findings are relative to the repository root the linter found; annotations and SARIF want the workspace.
  const toWorkspace = (file: string): string => path.relative(o.workspace, path.resolve(result.repoRoot, file)).split(path.sep).join("/");
  const findings = result.findings.map((f) => ({ ...f, span: { ...plainSpan(f.span), file: toWorkspace(f.span.file) } }));
  const files = result.files.map((f) => ({ ...f, path: toWorkspace(f.path) }));
  const report = { findings, files, rules: RULES, version: VERSION };
  const counts = countFindings(findings);

  o.io.info(`serving-ci lint: ${plural(result.fileCount, "file")}, ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`);
  const text = stylish(report);
  if (text) o.io.info(text.trimEnd());
  const shown = annotate(findings, o.io);

  await o.io.appendSummary(lintSummary(report, counts, shown));

  o.io.setOutput(Output.Errors, String(counts.errors));
  o.io.setOutput(Output.Warnings, String(counts.warnings));
  if (o.sarifFile) {
    const target = path.resolve(o.cwd, o.sarifFile);
    // An environment fault, not a lint result: warn and go on (a deploy after this still runs).
    // Loaded only when asked for: SARIF carries every rule's doc page.
    const { sarif } = await import("../report/sarif.js");
    const written = writeReportFile(target, sarif(report));
    if (written.ok) o.io.setOutput(Output.SarifFile, target);
    else o.io.warning(`sarif-file: could not write ${target}: ${written.reason}. The findings are in the log and the job summary.`, { title: "serving-ci: SARIF not written" });
  }

  const failed = o.failOn === "never" ? false : o.failOn === "warning" ? counts.errors + counts.warnings > 0 : counts.errors > 0;
  return { findings, files, counts, servingFiles: files.filter((f) => f.kind === "serving"), failed };
}

interface Shown {
  errors: number;
  warnings: number;
}

/**
 * Errors, warnings and notes, each capped at what GitHub will display. Findings
 * take at most 9 of the 10 error annotations: the last one is left for the step's
 * own failure message, which says what failed and where the rest are.
 */
function annotate(findings: readonly Finding[], io: ActionIO): Shown {
  const shown = { errors: 0, warnings: 0 };
  const emit = (f: Finding): void => {
    const { file, line, column, endLine, endColumn } = f.span;
    const props = { title: `serving-ci ${f.ruleId}`, file, startLine: line, endLine, ...(line === endLine ? { startColumn: column, endColumn } : {}) };
    const msg = `${f.message} (${f.docsUrl})`;
    if (f.severity === "error") io.error(msg, props);
    else if (f.severity === "warning") io.warning(msg, props);
    else io.notice(msg, props);
  };
  for (const f of findings.filter((x) => x.severity === "error").slice(0, ANNOTATION_LIMIT - 1)) {
    emit(f);
    shown.errors++;
  }
  for (const f of findings.filter((x) => x.severity === "warning").slice(0, ANNOTATION_LIMIT)) {
    emit(f);
    shown.warnings++;
  }
  for (const f of findings.filter((x) => x.severity === "info").slice(0, ANNOTATION_LIMIT)) emit(f);
  return shown;
}

/** The job summary is capped at 1 MiB by GitHub; a table this long is read in SARIF anyway. */
export const SUMMARY_ROWS = 1_000;

function lintSummary(report: Parameters<typeof markdown>[0], counts: Counts, shown: Shown): string {
  const capped = report.findings.length > SUMMARY_ROWS;
  let table = markdown({ ...report, findings: report.findings.slice(0, SUMMARY_ROWS) }).trimEnd();
  // The formatter's headline counts the rows it got; keep the true totals.
  if (capped) table = table.replace(/^\*\*serving-ci\*\*: .*$/m, `**serving-ci**: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`);
  const lines = ["## serving-ci lint", "", table];
  if (capped) lines.push("", `…and ${plural(report.findings.length - SUMMARY_ROWS, "more finding")}: see the step log or the SARIF file.`);
  const hidden = counts.errors - shown.errors + (counts.warnings - shown.warnings);
  if (hidden > 0) {
    lines.push(
      "",
      `> [!NOTE]\n> GitHub shows at most ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings as annotations per step: ${plural(hidden, "more finding")} ${hidden === 1 ? "is" : "are"} only in this table.`,
    );
  }
  return `${lines.join("\n")}\n\n`;
}
