import { writeFileSync } from "node:fs";
import { RULES } from "../../rules/index.js";
import { UserError } from "../errors.js";
import { applyFixes } from "../lint/fix.js";
import { lint, type LintResult } from "../lint/lint.js";
import { FORMATTERS } from "../report/formatters.js";
import { countFindings } from "../report/summary.js";
import { VERSION } from "../version.js";
import type { ParseWorkers } from "../python/parse-worker-protocol.js";
import type { LintCommand } from "./args.js";

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  now: () => Date;
  /** Lets a large lint parse Python on worker threads. */
  parseWorkers?: ParseWorkers;
  /** Where --online finds credentials (DATABRICKS_*); default none. */
  env?: Readonly<Record<string, string | undefined>>;
}

const MAX_FIX_PASSES = 5;

export async function runLint(cmd: LintCommand, io: CliIO): Promise<number> {
  const today = cmd.today ?? io.now().toISOString().slice(0, 10);
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    rules: RULES,
    today,
    ...(cmd.config ? { configPath: cmd.config } : {}),
    ...(io.parseWorkers ? { parseWorkers: { ...io.parseWorkers, ...(cmd.threads ? { threads: cmd.threads } : {}) } } : {}),
    ...(cmd.online ? { online: (await import("./online-reader.js")).onlineReader(cmd.online, io.env ?? {}, io.stderr) } : {}),
  };
  let result: LintResult = await lint(request);
  if (cmd.fix) {
    const optIns = new Set(cmd.fixRetired ? ["fix-retired"] : []);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      if (applyFixes(result.findings, result.files, { optIns }) === 0) break;
      result = await lint(request);
    }
  }
  const formatter = FORMATTERS[cmd.format]!;
  const report = formatter({ findings: result.findings, files: result.files, rules: RULES, version: VERSION, color: cmd.color ?? (io.isTTY && !cmd.output) });
  if (cmd.output) {
    try {
      writeFileSync(cmd.output, report);
    } catch (e) {
      throw new UserError(`cannot write ${cmd.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
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
