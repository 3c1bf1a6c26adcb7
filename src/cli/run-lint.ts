import { writeFileSync } from "node:fs";
import { RULES } from "../../rules/index.js";
import { UserError } from "../errors.js";
import { applyFixes } from "../lint/fix.js";
import { lint, type LintResult } from "../lint/lint.js";
import { loadFormatter } from "../report/formatters.js";
import { countFindings } from "../report/summary.js";
import { VERSION } from "../version.js";
import type { ParseWorkers } from "../python/parse-worker-protocol.js";
import type { UnitWorkers } from "../lint/unit-worker-protocol.js";
import type { LintCommand } from "./args.js";
import { ioMessage } from "../io-message.js";
import { detectTerminal, type Env } from "./terminal.js";

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal. */
  isTTY: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR, terminal identification; DATABRICKS_* for --online). */
  env: Env;
  /** Where the rule pages (rules/*.md) are: they ship in the package. */
  docsDir: string;
  now: () => Date;
  /** Lets a large lint parse Python on worker threads. */
  parseWorkers?: ParseWorkers;
  /** Lets a streamed lint lint whole folders on worker threads. */
  unitWorkers?: UnitWorkers;
}

const MAX_FIX_PASSES = 5;

export async function runLint(cmd: LintCommand, io: CliIO): Promise<number> {
  const today = cmd.today ?? io.now().toISOString().slice(0, 10);
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    rules: RULES,
    today,
    stream: "auto" as const,
    ...(cmd.config ? { configPath: cmd.config } : {}),
    ...(io.parseWorkers ? { parseWorkers: { ...io.parseWorkers, ...(cmd.threads ? { threads: cmd.threads, minBytes: 0 } : {}) } } : {}),
    // The registry's rules (RULES above), which is what a unit worker runs.
    ...(io.unitWorkers ? { unitWorkers: { ...io.unitWorkers, ...(cmd.threads ? { threads: cmd.threads } : {}) } } : {}),
    ...(cmd.online ? { online: (await import("./online-reader.js")).onlineReader(cmd.online, io.env, io.stderr) } : {}),
  };
  let result: LintResult = await lint(request);
  let fixed: number | undefined;
  if (cmd.fix) {
    const optIns = new Set(cmd.fixRetired ? ["fix-retired"] : []);
    const notWritten = new Set<string>();
    const applicable = (r: LintResult) => r.findings.filter((f) => f.fix && (f.fix.safe || (f.fix.optIn !== undefined && optIns.has(f.fix.optIn)))).length;
    const before = applicable(result);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const reasons: string[] = [];
      const applied = applyFixes(result.findings, result.files, { optIns, root: result.repoRoot, notWritten: reasons });
      for (const r of reasons) notWritten.add(r);
      if (applied === 0) break;
      result = await lint(request);
    }
    for (const r of notWritten) io.stderr(`serving-ci: --fix: ${r}\n`);
    fixed = fixedCount(result) ?? Math.max(0, before - applicable(result));
  }
  if (cmd.verbose) {
    for (const f of result.inventory) io.stderr(`serving-ci: ${f.path}: ${f.kind}${f.note ? ` (${f.note})` : ""}\n`);
    const onWorkers = result.workerUnits === undefined ? "" : `, ${result.workerUnits} of them on worker threads`;
    if (result.units > 1) io.stderr(`serving-ci: linted folder by folder (${result.units} units${onWorkers})\n`);
    if (result.unstreamed) io.stderr(`serving-ci: linted as one run, not folder by folder: ${result.unstreamed}\n`);
    if (result.workerFailure) io.stderr(`serving-ci: ${result.workerFailure}\n`);
  }
  // A report written to a file never gets escape codes, whatever the terminal.
  const terminal = cmd.output ? { color: cmd.color ?? false, hyperlinks: false } : detectTerminal(cmd.color, io.env, io.isTTY);
  const formatter = await loadFormatter(cmd.format);
  const report = formatter({
    findings: result.findings, files: result.files, rules: RULES, version: VERSION, inventory: result.inventory,
    ...terminal, ...(fixed === undefined ? {} : { fixed }),
  });
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (e) {
      throw new UserError(ioMessage("cannot write the report to", cmd.output, e));
    }
  } else io.stdout(report);
  if (result.fileCount === 0 && result.missingPaths.length === 0) io.stderr("serving-ci: no serving.yaml, bundle, Python or notebook files found\n");
  for (const p of result.missingPaths) io.stderr(`serving-ci: ${p}: no such file or directory\n`);
  if (result.missingPaths.length) return 2;
  const c = countFindings(result.findings);
  if (c.errors > 0) return 1;
  if (cmd.maxWarnings !== undefined && c.warnings > cmd.maxWarnings) {
    io.stderr(`serving-ci: ${c.warnings} warnings, more than --max-warnings ${cmd.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * The fix pass's own count when the lint result carries one (the fix engine
 * may expose it); otherwise the caller counts: the findings with an applicable
 * fix before, minus those left after (fixes that create new fixable findings
 * would be undercounted, never overcounted).
 */
function fixedCount(result: LintResult): number | undefined {
  return "fixed" in result && typeof result.fixed === "number" ? result.fixed : undefined;
}
