// The one pipeline: config → discover → load → rules → suppress → severities →
// sort. Returns findings and the files they point into; printing and exit codes
// belong to the callers (CLI, action).
import path from "node:path";
import { loadConfig, type LintConfig } from "./config.js";
import type { Rule } from "./define-rule.js";
import { Discovery } from "./discover.js";
import type { SourceFile } from "./facts/source.js";
import { lintStreamUnit, lintUnit, type UnitRun } from "./lint-unit.js";
import type { InventoryEntry } from "./load.js";
import { findRepoRoot, RepoPaths } from "./repo-paths.js";
import { ParsePool } from "../python/parse-pool.js";
import type { ParseWorkers } from "../python/parse-worker-protocol.js";
import { sortAndDedupe } from "./run-rules.js";
import { bytesOf, folderNames, STREAM_MIN_BYTES, streamUnits, type StreamUnit } from "./stream-units.js";
import type { Finding } from "./types.js";
import type { WorkspaceReader } from "../databricks/workspace-read.js";
import { askWorkspace } from "./online/answers.js";
import { gatherQuestions } from "./online/questions.js";
import { UnitPool, type UnitWorkerSetup } from "./unit-pool.js";
import type { UnitWorkers } from "./unit-worker-protocol.js";

export interface LintRequest {
  cwd: string;
  /** Files or directories; empty = the repository containing cwd. */
  paths: readonly string[];
  rules: readonly Rule[];
  /** YYYY-MM-DD. */
  today: string;
  configPath?: string;
  /** Worker threads for parsing Python in a large run (the CLI passes its own script). */
  parseWorkers?: ParseWorkers;
  /**
   * Worker threads that lint whole units of a streamed run (unit-pool.ts). A worker runs the
   * registry's rules (rules/index.ts) with the ids of `rules`: pass it only when `rules` come from there.
   */
  unitWorkers?: UnitWorkers;
  /** `--online`: ask this workspace whether what the repository names exists. */
  online?: WorkspaceReader;
  /**
   * Lint a walked directory folder by folder when that gives the same findings (stream-units.ts):
   * `auto` from STREAM_MIN_BYTES of files, `always` at any size (tests). Then `files` holds the
   * text of the files findings point into only.
   */
  stream?: "auto" | "always";
}

export interface LintResult {
  findings: Finding[];
  files: SourceFile[];
  config: LintConfig;
  /** Path arguments that do not exist (exit code 2 after reporting the rest). */
  missingPaths: string[];
  /** Files linted. A streamed run keeps the text of files that findings or fixes point into; the others are path and kind, with empty text. */
  fileCount: number;
  /** Every file considered and what it was taken for. */
  inventory: InventoryEntry[];
  /** The repository root: every path in findings is relative to it. */
  repoRoot: string;
  /** Units linted one after another (stream-units.ts): 1 for one run over everything. */
  units: number;
  /** Why a run that began streaming was linted as one after all. */
  unstreamed?: string;
  /** Units that unit workers linted (the main thread linted the others), when there were workers. */
  workerUnits?: number;
  /** A unit worker that failed, whose units the main thread linted instead (the findings are complete). */
  workerFailure?: string;
}

export async function lint(req: LintRequest): Promise<LintResult> {
  // The repository of the first path named (or of cwd): its config and .gitignore apply.
  const repoRoot = findRepoRoot(req.paths[0] ? path.resolve(req.cwd, req.paths[0]) : req.cwd);
  const knownRules = new Set(req.rules.map((r) => r.id));
  const config = loadConfig(repoRoot, knownRules, req.cwd, req.configPath);
  const discovery = new Discovery(repoRoot, config.ignore);
  const missingPaths: string[] = [];
  const paths = req.paths.length ? req.paths : [repoRoot];
  const discovered = discovery.discover(paths, req.cwd, missingPaths);
  const repoPaths = new RepoPaths(repoRoot);
  const units = req.stream && !req.online && paths.length === 1 ? streamUnits(path.resolve(req.cwd, paths[0]!), discovered) : undefined;
  const streamed = units && (req.stream === "always" || bytesOf(discovered) >= STREAM_MIN_BYTES) ? units : undefined;
  // Whole units go to workers in a streamed run; parse workers serve a large run linted as one.
  const unitWorkers = streamed && req.unitWorkers && req.unitWorkers.threads >= 2 ? req.unitWorkers : undefined;
  const pythonFiles = discovered.flatMap((d) =>
    d.candidate === "python" || d.candidate === "ipynb"
      ? [{ absPath: d.absPath, path: repoPaths.display(d.absPath), kind: d.candidate === "ipynb" ? ("notebook" as const) : ("python" as const), root: repoPaths.rootOf(d.absPath) }]
      : [],
  );
  // Parse workers start now, loading their parser while this thread reads the YAML.
  let pool = unitWorkers ? undefined : ParsePool.start(req.parseWorkers, pythonFiles, { streamed: streamed !== undefined });
  const online = req.online;
  const run: UnitRun = {
    rules: req.rules, config, knownRules, discovery, repoPaths, today: req.today,
    ...(pool ? { pool } : {}),
    ...(online ? { askWorkspace: (facts) => askWorkspace(gatherQuestions(facts), online) } : {}),
  };
  try {
    const stream = streamed ? await lintStreamed(run, streamed, unitWorkers) : undefined;
    if (stream && "escape" in stream && unitWorkers) {
      // Linted as one after all: now the parse workers pay.
      pool = ParsePool.start(req.parseWorkers, pythonFiles);
      if (pool) run.pool = pool;
    }
    const failure = stream?.workerFailure ? { workerFailure: stream.workerFailure } : {};
    const result = stream && !("escape" in stream) ? stream : { ...(await lintUnit(run, discovered)), units: 1, ...(stream ? { unstreamed: stream.escape } : {}), ...failure };
    return { ...result, findings: sortAndDedupe(result.findings), config, missingPaths, repoRoot };
  } finally {
    pool?.close();
  }
}

type Streamed = Pick<LintResult, "findings" | "files" | "fileCount" | "inventory" | "units" | "workerUnits" | "workerFailure">;

/**
 * Each unit linted alone, its facts dropped before the next; the findings and the files
 * they point into are kept. Units are shared with the unit workers when there are any,
 * and merged in unit order. When a unit turns out to see another (`unitEscape`), the
 * reason: the caller then lints everything as one unit, so the findings are the same either way.
 */
async function lintStreamed(run: UnitRun, units: readonly StreamUnit[], workers: UnitWorkers | undefined): Promise<Streamed | { escape: string; workerFailure?: string }> {
  const names = folderNames(units);
  const setup = (): UnitWorkerSetup => ({
    repoRoot: run.repoPaths.root, today: run.today, ruleIds: run.rules.map((r) => r.id), knownRules: [...run.knownRules], config: run.config,
    discovery: run.discovery.snapshot(), units: [...units], folderWords: [...names.words], folderPaths: [...names.paths],
  });
  const pool = new UnitPool(units.length, workers ? { options: workers, setup: setup() } : undefined);
  try {
    const { outcomes, workerUnits, workerFailure } = await pool.lintAll((i) => lintStreamUnit(run, units[i]!, names));
    const failure = workerFailure ? { workerFailure } : {};
    const escape = outcomes[outcomes.length - 1]?.escape;
    if (escape !== undefined) return { escape, ...failure };
    const out: Streamed = { findings: [], files: [], fileCount: 0, inventory: [], units: units.length, ...(workers ? { workerUnits } : {}), ...failure };
    for (const o of outcomes) {
      out.findings.push(...o.findings);
      out.files.push(...o.files);
      out.fileCount += o.fileCount;
      out.inventory.push(...o.inventory);
    }
    return out;
  } finally {
    pool.close();
  }
}
