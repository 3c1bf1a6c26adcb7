// The loader's one hook into the Python analysis. A run without Python files
// never loads lezer (cold start): serving.yaml requirement lists and resources
// are read here without it.
import type { LintFacts } from "../lint/facts/lint-facts.js";
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { SourceFile, SourceKind } from "../lint/facts/source.js";
import { readSource } from "../lint/read-source.js";
import { buildModels } from "./models.js";
import type { ParsePool } from "./parse-pool.js";
import { emptyPythonFacts, type PythonFacts, type RequirementList } from "./python-facts.js";
import { RequirementReader, servingRequirementList } from "./requirement-lists.js";

export interface PythonInput {
  /** Every file read so far; Python and notebooks among them are analysed. */
  sources: readonly SourceFile[];
  servingFiles: readonly ServingFile[];
  /** Reads a file the analysis needs (a `-r` requirements file, a model.code file not linted directly). */
  read(absPath: string, kind: SourceKind): SourceFile | undefined;
  /** Worker threads for parsing a large run. */
  pool?: ParsePool;
}

const isPython = (s: SourceFile) => s.kind === "python" || s.kind === "notebook";

export async function extractPythonFacts(input: PythonInput): Promise<PythonFacts> {
  const extraFiles: SourceFile[] = [];
  const readRequirements = (abs: string) => {
    const f = input.read(abs, "requirements");
    if (f) extraFiles.push(f);
    return f;
  };
  const reader = new RequirementReader(readRequirements);
  const servingLists = new Map<ServingFile, RequirementList>();
  for (const s of input.servingFiles) {
    const list = servingRequirementList(reader, s);
    if (list) servingLists.set(s, list);
  }
  const python = input.sources.filter(isPython);
  const known = new Set(python.map((s) => s.absPath));
  // Files serving.yaml names as model code are analysed even when the run did not list them.
  for (const s of input.servingFiles) {
    for (const c of s.codePaths) {
      if (c.escapesRoot || known.has(c.absPath) || !/\.(py|ipynb)$/.test(c.absPath)) continue;
      known.add(c.absPath);
      const f = input.read(c.absPath, c.absPath.endsWith(".ipynb") ? "notebook" : "python");
      if (f) {
        python.push(f);
        extraFiles.push(f);
      }
    }
  }
  let facts: PythonFacts;
  if (python.length > 0) {
    const { analysePython } = await import("./analyse.js");
    facts = await analysePython(python, input.servingFiles, reader, servingLists, input.pool);
  } else {
    facts = emptyPythonFacts();
    facts.models = buildModels([], input.servingFiles, [], servingLists, [], new Set());
  }
  facts.requirementLists.push(...servingLists.values());
  facts.extraFiles.push(...extraFiles);
  return facts;
}

/** Runs the extraction for a loaded run and files its results where the engine looks. */
export async function attachPythonFacts(facts: LintFacts, cwd: string, pool?: ParsePool): Promise<void> {
  const seen = new Map(facts.files.map((f) => [f.absPath, f]));
  const python = await extractPythonFacts({
    ...(pool ? { pool } : {}),
    sources: facts.files,
    servingFiles: facts.servingFiles,
    read: (absPath, kind) => {
      const hit = seen.get(absPath);
      if (hit) return hit;
      const r = readSource(absPath, kind, cwd);
      if ("problem" in r) return undefined;
      seen.set(absPath, r.source);
      return r.source;
    },
  });
  facts.python = python;
  const had = new Set(facts.files);
  for (const f of python.extraFiles) {
    if (had.has(f)) continue;
    had.add(f);
    facts.files.push(f);
  }
  facts.problems.push(...python.problems);
  facts.endpointRefs = [...(facts.endpointRefs ?? []), ...python.endpointRefs];
}
