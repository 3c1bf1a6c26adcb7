// The one pipeline: config → discover → load → rules → suppress → severities →
// sort. Returns findings and the files they point into; printing and exit codes
// belong to the callers (CLI, action).
import path from "node:path";
import { loadCatalog } from "./catalog.js";
import { loadConfig, type LintConfig } from "./config.js";
import type { Rule, RuleContext } from "./define-rule.js";
import { Discovery, type Discovered } from "./discover.js";
import { collectEndpointRefs } from "./facts/endpoint-refs.js";
import type { SourceFile } from "./facts/source.js";
import { loadFacts, type InventoryEntry } from "./load.js";
import { pulledInReader } from "./pulled-in.js";
import { findRepoRoot, RepoPaths } from "./repo-paths.js";
import { attachPythonFacts } from "../python/extract.js";
import { requirementFileList } from "./requirements-file.js";
import { ParsePool } from "../python/parse-pool.js";
import type { ParseWorkers } from "../python/parse-worker-protocol.js";
import { runRules, sortAndDedupe } from "./run-rules.js";
import { bytesOf, folderNames, reportedFiles, STREAM_MIN_BYTES, streamUnits, unitEscape, type StreamUnit } from "./stream-units.js";
import { applySuppressions, UNUSED_SUPPRESSION } from "./suppress.js";
import type { Finding, Severity } from "./types.js";
import type { WorkspaceReader } from "../databricks/workspace-read.js";
import { askWorkspace } from "./online/answers.js";
import { gatherQuestions } from "./online/questions.js";

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
  // Workers start now, loading their parser while this thread reads the YAML.
  const pythonFiles = discovered.flatMap((d) =>
    d.candidate === "python" || d.candidate === "ipynb"
      ? [{ absPath: d.absPath, path: repoPaths.display(d.absPath), kind: d.candidate === "ipynb" ? ("notebook" as const) : ("python" as const), root: repoPaths.rootOf(d.absPath) }]
      : [],
  );
  const pool = ParsePool.start(req.parseWorkers, pythonFiles, { streamed: streamed !== undefined });
  const run: Run = { req, config, knownRules, discovery, repoPaths, ...(pool ? { pool } : {}) };
  try {
    const stream = streamed ? await lintStreamed(run, streamed) : undefined;
    const result = stream && !("escape" in stream) ? stream : { ...(await lintUnit(run, discovered)), units: 1, ...(stream ? { unstreamed: stream.escape } : {}) };
    return { ...result, findings: sortAndDedupe(result.findings), config, missingPaths, repoRoot };
  } finally {
    pool?.close();
  }
}

/** What one run shares across its units. */
interface Run {
  req: LintRequest;
  config: LintConfig;
  knownRules: ReadonlySet<string>;
  discovery: Discovery;
  repoPaths: RepoPaths;
  pool?: ParsePool;
}

type UnitResult = Pick<LintResult, "findings" | "files" | "fileCount" | "inventory">;

/**
 * Each unit linted alone, its facts dropped before the next; the findings and the files
 * they point into are kept. When a unit turns out to see another (`unitEscape`), the
 * reason: the caller then lints everything as one unit, so the findings are the same either way.
 */
async function lintStreamed(run: Run, units: readonly StreamUnit[]): Promise<(UnitResult & { units: number }) | { escape: string }> {
  const names = folderNames(units);
  const out = { findings: [] as Finding[], files: [] as SourceFile[], fileCount: 0, inventory: [] as InventoryEntry[], units: units.length };
  for (const unit of units) {
    const r = await lintUnit(run, unit.files);
    const escape = unitEscape(unit, r.files, names);
    if (escape) return { escape };
    out.findings.push(...r.findings);
    out.files.push(...reportedFiles(r.findings, r.files));
    out.fileCount += r.fileCount;
    out.inventory.push(...r.inventory);
  }
  return out;
}

async function lintUnit(run: Run, discovered: readonly Discovered[]): Promise<UnitResult> {
  const { req, config, knownRules } = run;
  const loaded = loadFacts(discovered, run.discovery, run.repoPaths);
  const readPulled = pulledInReader(loaded.facts, run.repoPaths);
  await attachPythonFacts(loaded.facts, readPulled, run.pool);
  const python = loaded.facts.python;
  for (const f of loaded.requirementFiles) python?.requirementLists.push(requirementFileList(f, readPulled));
  const facts = loaded.facts;
  facts.endpointRefs = collectEndpointRefs(facts);

  const severities = new Map<string, Severity>();
  const enabled = req.rules.filter((r) => config.rules[r.id] !== "off");
  for (const [id, level] of Object.entries(config.rules)) {
    if (level !== "off") severities.set(id, level === "warn" ? "warning" : "error");
  }
  // Online, the workspace's endpoint list is the live catalog: its names are known endpoints to every rule.
  const workspace = req.online ? await askWorkspace(gatherQuestions(facts), req.online) : undefined;
  const customEndpoints = new Set([...config.endpoints, ...(workspace?.endpointNames ?? [])]);
  const ctx: RuleContext = { today: req.today, catalog: loadCatalog(), customEndpoints, ...(workspace ? { workspace } : {}) };
  let findings = runRules(enabled, severities, facts, ctx);
  findings = applySuppressions(findings, facts.files, knownRules);
  const unusedLevel = config.rules[UNUSED_SUPPRESSION];
  if (unusedLevel === "off") findings = findings.filter((f) => f.ruleId !== UNUSED_SUPPRESSION);
  else if (unusedLevel === "error") for (const f of findings) if (f.ruleId === UNUSED_SUPPRESSION) f.severity = "error";

  return { findings, files: facts.files, fileCount: loaded.linted, inventory: loaded.inventory };
}
