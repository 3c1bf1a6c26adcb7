// One unit of a run, linted whole: load → Python facts → rules → suppressions.
// Shared by the main thread (lint.ts) and the unit worker (unit-worker.ts), so it
// imports neither the online client nor anything of the CLI.
import { loadCatalog } from "./catalog.js";
import type { LintConfig } from "./config.js";
import type { Rule, RuleContext } from "./define-rule.js";
import type { Discovered, Discovery } from "./discover.js";
import { collectEndpointRefs } from "./facts/endpoint-refs.js";
import type { LintFacts } from "./facts/lint-facts.js";
import type { SourceFile } from "./facts/source.js";
import { loadFacts, type InventoryEntry } from "./load.js";
import type { WorkspaceView } from "./online/answers.js";
import { pulledInReader } from "./pulled-in.js";
import type { RepoPaths } from "./repo-paths.js";
import { requirementFileList } from "./requirements-file.js";
import { reportedFiles, unitEscape, type FolderNames, type StreamUnit } from "./stream-units.js";
import { runRules } from "./run-rules.js";
import { applySuppressions, UNUSED_SUPPRESSION } from "./suppress.js";
import type { Finding, Severity } from "./types.js";
import { attachPythonFacts } from "../python/extract.js";
import type { ParsePool } from "../python/parse-pool.js";

/** What every unit of one run shares. */
export interface UnitRun {
  rules: readonly Rule[];
  config: LintConfig;
  knownRules: ReadonlySet<string>;
  discovery: Discovery;
  repoPaths: RepoPaths;
  /** YYYY-MM-DD. */
  today: string;
  pool?: ParsePool;
  /** `--online`: asks the workspace about what the unit's facts name. */
  askWorkspace?: (facts: LintFacts) => Promise<WorkspaceView>;
}

export interface UnitResult {
  findings: Finding[];
  files: SourceFile[];
  fileCount: number;
  inventory: InventoryEntry[];
}

export async function lintUnit(run: UnitRun, discovered: readonly Discovered[]): Promise<UnitResult> {
  const { config, knownRules } = run;
  const loaded = loadFacts(discovered, run.discovery, run.repoPaths);
  const readPulled = pulledInReader(loaded.facts, run.repoPaths);
  await attachPythonFacts(loaded.facts, readPulled, run.pool);
  const python = loaded.facts.python;
  for (const f of loaded.requirementFiles) python?.requirementLists.push(requirementFileList(f, readPulled));
  const facts = loaded.facts;
  facts.endpointRefs = collectEndpointRefs(facts);

  const severities = new Map<string, Severity>();
  const enabled = run.rules.filter((r) => config.rules[r.id] !== "off");
  for (const [id, level] of Object.entries(config.rules)) {
    if (level !== "off") severities.set(id, level === "warn" ? "warning" : "error");
  }
  // Online, the workspace's endpoint list is the live catalog: its names are known endpoints to every rule.
  const workspace = run.askWorkspace ? await run.askWorkspace(facts) : undefined;
  const customEndpoints = new Set([...config.endpoints, ...(workspace?.endpointNames ?? [])]);
  const ctx: RuleContext = { today: run.today, catalog: loadCatalog(), customEndpoints, ...(workspace ? { workspace } : {}) };
  let findings = runRules(enabled, severities, facts, ctx);
  findings = applySuppressions(findings, facts.files, knownRules);
  const unusedLevel = config.rules[UNUSED_SUPPRESSION];
  if (unusedLevel === "off") findings = findings.filter((f) => f.ruleId !== UNUSED_SUPPRESSION);
  else if (unusedLevel === "error") for (const f of findings) if (f.ruleId === UNUSED_SUPPRESSION) f.severity = "error";

  return { findings, files: facts.files, fileCount: loaded.linted, inventory: loaded.inventory };
}

/** A unit as a streamed run keeps it: findings, the files they point into (reportedFiles), the inventory; or why it escaped. */
export interface UnitOutcome {
  findings: Finding[];
  files: SourceFile[];
  fileCount: number;
  inventory: InventoryEntry[];
  escape?: string;
}

/** One unit of a streamed run, on whichever thread claimed it: linted whole, then what the run keeps, or why it may have seen another unit. */
export async function lintStreamUnit(run: UnitRun, unit: StreamUnit, names: FolderNames): Promise<UnitOutcome> {
  const r = await lintUnit(run, unit.files);
  const escape = unitEscape(unit, r.files, names);
  return escape ? { findings: [], files: [], fileCount: 0, inventory: [], escape } : { ...r, files: reportedFiles(r.findings, r.files) };
}
