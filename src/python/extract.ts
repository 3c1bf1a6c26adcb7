// The loader's one hook into the Python analysis. A run without Python files
// never loads lezer (cold start): serving.yaml requirement lists and resources
// are read here without it.
import type { LintFacts } from "../lint/facts/lint-facts.js";
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { ReadOptions, SourceFile, SourceKind } from "../lint/facts/source.js";
import type { Span } from "../lint/types.js";
import { parseYaml } from "../lint/yaml/parse-yaml.js";
import type { LNode } from "../lint/yaml/located.js";
import { buildModels } from "./models.js";
import type { ParsePool } from "./parse-pool.js";
import { emptyPythonFacts, type PythonFacts, type RequirementList } from "./python-facts.js";
import { RequirementReader, servingRequirementList } from "./requirement-lists.js";

export interface PythonInput {
  /** Every file read so far; Python and notebooks among them are analysed. */
  sources: readonly SourceFile[];
  servingFiles: readonly ServingFile[];
  /** Reads a file the analysis needs (a `-r` requirements file, a model.code file not linted directly); a failure is reported at `namedAt`. */
  read(absPath: string, kind: SourceKind, namedAt?: Span, options?: ReadOptions): SourceFile | undefined;
  /** Worker threads for parsing a large run. */
  pool?: ParsePool;
}

const isPython = (s: SourceFile) => s.kind === "python" || s.kind === "notebook";

export async function extractPythonFacts(input: PythonInput): Promise<PythonFacts> {
  const extraFiles: SourceFile[] = [];
  const readRequirements = (abs: string, namedAt?: Span, options?: ReadOptions) => {
    const f = input.read(abs, "requirements", namedAt, options);
    if (f) extraFiles.push(f);
    return f;
  };
  const reader = new RequirementReader(readRequirements);
  // Model-config YAML the code reads (ModelConfig, model_config=): a file that cannot be read or
  // does not parse cleanly is unknown, silently (the code may build it before it runs).
  const readYaml = (abs: string): LNode | undefined => {
    const f = input.read(abs, "model-config");
    const parsed = f && f.text.trim() !== "" ? parseYaml(f.path, f.lines) : undefined;
    if (!f || !parsed || parsed.problems.length > 0) return undefined;
    extraFiles.push(f);
    return parsed.root;
  };
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
      const f = input.read(c.absPath, c.absPath.endsWith(".ipynb") ? "notebook" : "python", c.span);
      if (f) {
        python.push(f);
        extraFiles.push(f);
      }
    }
  }
  let facts: PythonFacts;
  if (python.length > 0) {
    const { analysePython } = await import("./analyse.js");
    const hasBundles = input.sources.some((s) => s.kind === "bundle" || s.kind === "bundle-include");
    facts = await analysePython(python, input.servingFiles, reader, servingLists, input.pool, readYaml, hasBundles);
  } else {
    facts = emptyPythonFacts();
    facts.models = buildModels([], input.servingFiles, [], servingLists, [], new Set());
  }
  facts.requirementLists.push(...servingLists.values());
  facts.extraFiles.push(...extraFiles);
  return facts;
}

/** Runs the extraction for a loaded run and files its results where the engine looks. */
export async function attachPythonFacts(facts: LintFacts, read: PythonInput["read"], pool?: ParsePool): Promise<void> {
  const python = await extractPythonFacts({
    ...(pool ? { pool } : {}),
    sources: facts.files,
    servingFiles: facts.servingFiles,
    read,
  });
  facts.python = python;
  const had = new Set(facts.files);
  for (const f of python.extraFiles) {
    if (had.has(f)) continue;
    had.add(f);
    facts.files.push(f);
  }
  facts.problems.push(...python.problems);
  // Endpoint configs built in Python are endpoints like serving.yaml's: every endpoint rule reads them.
  facts.endpoints.push(...python.endpointConfigs.map((c) => c.endpoint));
  facts.endpointRefs = [...(facts.endpointRefs ?? []), ...python.endpointRefs];
}
