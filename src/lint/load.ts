// Discovered files → LintFacts: read (through the one reader), classify by
// content, parse, extract. Bundle roots pull in the files their `include` globs
// name; a walk also lints bundle fragments that no root includes when they
// declare serving endpoints.
import path from "node:path";
import picomatch from "picomatch";
import { classifyPython, classifyYaml, modelConfigPaths, namedAsOurs, type FileKind } from "./classify.js";
import type { Discovered, Discovery } from "./discover.js";
import { APP_CONFIG_NAME, appConfigFile, isAppConfig } from "./facts/app-config.js";
import { bundleFileFacts } from "./facts/bundle.js";
import { endpointBodyFile } from "./facts/endpoint-body.js";
import type { LintFacts } from "./facts/lint-facts.js";
import { servingFileFacts } from "./facts/serving-file.js";
import type { FileProblem, SourceFile, SourceKind } from "./facts/source.js";
import { LineIndex } from "./line-index.js";
import { readSource } from "./read-source.js";
import type { RepoPaths } from "./repo-paths.js";
import type { Located, Span } from "./types.js";
import { get, getMap, getSeq, isMap, type LNode } from "./yaml/located.js";
import { parseYaml, type ParseProblem } from "./yaml/parse-yaml.js";

/** What a file was taken for (`--verbose`, the JSON report's `files`). */
export interface InventoryEntry {
  path: string;
  kind: FileKind;
  /** Why it was skipped or how it was reached, when that is not plain. */
  note?: string;
}

export interface Loaded {
  facts: LintFacts;
  inventory: InventoryEntry[];
  /** Requirements files named on the command line: linted as lists of their own. */
  requirementFiles: SourceFile[];
  /** Files linted (every file that reached a rule), for "no files found". */
  linted: number;
}

interface ParsedFile {
  source: SourceFile;
  root: LNode | undefined;
  problems: FileProblem[];
}

/**
 * A Go-template or Jinja placeholder (`{{project_name}}`, `{{ .catalog }}`), as `databricks bundle init`
 * templates hold. A secret reference (`{{secrets/scope/key}}`) has slashes and is no placeholder.
 */
const TEMPLATE_PLACEHOLDER = /\{\{-?\s*\.?[A-Za-z_][\w.]*\s*-?\}\}/;

const MULTIPLE_DOCUMENTS = "holds more than one YAML document (a `---` line); serving-ci files, like bundle files, are one document: split it or remove the extra `---`";

export function loadFacts(discovered: readonly Discovered[], discovery: Discovery, paths: RepoPaths): Loaded {
  const facts: LintFacts = { repoRoot: paths.root, files: [], problems: [], servingFiles: [], bundleFiles: [], endpointBodies: [], appConfigs: [], endpoints: [] };
  const out: Loaded = { facts, inventory: [], requirementFiles: [], linted: 0 };
  const taken = new Set<string>();
  const note = (absPath: string, kind: FileKind, why?: string) =>
    out.inventory.push({ path: paths.display(absPath), kind, ...(why ? { note: why } : {}) });
  const lintSource = (source: SourceFile, problems: readonly FileProblem[] = []) => {
    facts.files.push(source);
    facts.problems.push(...problems);
    out.linted++;
  };
  const read = (absPath: string, kind: SourceKind, namedAt?: Span) =>
    readSource(absPath, kind, { root: paths.rootOf(absPath), display: paths.display(absPath), ...(namedAt ? { namedAt } : {}) });

  const readYaml = (absPath: string, namedAt?: Span): ParsedFile | { problem: FileProblem } => {
    const r = read(absPath, "serving", namedAt);
    if ("problem" in r) return r;
    const { source } = r;
    if (source.text.trim() === "") {
      return { source, root: undefined, problems: [{ messageId: "empty", message: "file is empty", span: source.lines.span(source.path, 0, 0) }] };
    }
    const parsed = parseYaml(source.path, source.lines);
    return { source, root: parsed.root, problems: parsed.problems.map(ownMessage) };
  };

  const addBundle = (file: ParsedFile, kind: "bundle" | "bundle-include") => {
    file.source.kind = kind;
    lintSource(file.source, file.problems);
    const b = bundleFileFacts(file.source, file.root);
    facts.bundleFiles.push(b);
    facts.endpoints.push(...b.endpoints);
  };

  const includeFiles = (rootFile: ParsedFile) => {
    const dir = path.dirname(rootFile.source.absPath);
    for (const glob of includeGlobs(rootFile.root)) {
      const match = picomatch(glob.value, { dot: false });
      const hits: string[] = [];
      discovery.walk(dir, (file) => {
        if (match(path.relative(dir, file).split(path.sep).join("/"))) hits.push(file);
      }, (name) => (/\.ya?ml$/i.test(name) ? "yaml" : undefined));
      for (const file of hits) {
        const walked = fragments.get(file);
        fragments.delete(file);
        if (!walked && taken.has(file)) continue;
        taken.add(file);
        const y = walked ?? readYaml(file, glob.span);
        if ("problem" in y) facts.problems.push(y.problem);
        else {
          addBundle(y, "bundle-include");
          note(file, "bundle-fragment", `included by ${rootFile.source.path}`);
        }
      }
    }
  };

  // Fragments wait until every root has pulled in what it includes.
  const fragments = new Map<string, ParsedFile & { explicit: boolean }>();
  const roots: ParsedFile[] = [];
  /** YAML of no kind of ours: an MLflow model config when Python names it so (known once all Python is read). */
  const others: Discovered[] = [];
  for (const d of discovered) {
    if (taken.has(d.absPath)) continue;
    taken.add(d.absPath);
    const name = path.basename(d.absPath);
    if (d.candidate === "python" || d.candidate === "ipynb") {
      const r = read(d.absPath, d.candidate === "ipynb" ? "notebook" : "python");
      if ("problem" in r) facts.problems.push(r.problem);
      else lintSource(r.source);
      note(d.absPath, d.candidate === "ipynb" ? "ipynb" : "problem" in r ? "python" : classifyPython(r.source.text));
    } else if (d.candidate === "requirements") {
      if (!d.explicit) {
        note(d.absPath, "requirements", "linted where a model or a named file uses it");
        continue;
      }
      const r = read(d.absPath, "requirements");
      if ("problem" in r) facts.problems.push(r.problem);
      else {
        lintSource(r.source);
        out.requirementFiles.push(r.source);
      }
      note(d.absPath, "requirements");
    } else if (d.candidate === "yaml") {
      const y = readYaml(d.absPath);
      if ("problem" in y) {
        // A walked YAML file of another tool that cannot be read is none of our business.
        if (d.explicit || namedAsOurs(name)) facts.problems.push(y.problem);
        note(d.absPath, "other", `not read: ${y.problem.message}`);
        continue;
      }
      if (y.problems.length > 0 && TEMPLATE_PLACEHOLDER.test(y.source.text)) {
        note(d.absPath, "other", "a template ({{ }} placeholders) that does not parse as YAML until it is rendered; skipped");
        continue;
      }
      const kind = classifyYaml(y.root, name, y.problems.length === 0);
      if (kind === "serving") {
        lintSource(y.source, y.problems);
        const s = servingFileFacts(y.source, y.root, paths.rootOf(d.absPath));
        facts.servingFiles.push(s);
        if (s.endpoint) facts.endpoints.push(s.endpoint);
        note(d.absPath, "serving");
      } else if (kind === "bundle") roots.push(y);
      else if (APP_CONFIG_NAME.test(name) && y.root && isAppConfig(y.root)) {
        y.source.kind = "app-config";
        lintSource(y.source, y.problems);
        facts.appConfigs.push(appConfigFile(y.source, y.root));
        note(d.absPath, "app-config");
      }
      else if (kind === "bundle-fragment") fragments.set(d.absPath, { ...y, explicit: d.explicit });
      else others.push(d);
    } else if (d.candidate === "json") {
      const r = read(d.absPath, "endpoint-json");
      // JSON that cannot be read or parsed is no body we know, named or not: noted, never reported.
      const parsed = "problem" in r ? undefined : parseJson(r.source);
      const b = "source" in r && parsed?.problems.length === 0 ? endpointBodyFile(r.source, parsed.root) : undefined;
      if (b) {
        lintSource(b.source);
        facts.endpointBodies.push(b);
        facts.endpoints.push(b.endpoint);
        note(d.absPath, "endpoint-json", `a serving-endpoints ${b.body} body`);
      } else note(d.absPath, "other", d.explicit ? "not a serving-endpoints request body by its content; skipped" : undefined);
    } else note(d.absPath, "other", "not a YAML, JSON endpoint body, Python, notebook or requirements file; skipped");
  }
  const configs = modelConfigPaths(facts.files.filter((f) => f.kind === "python" || f.kind === "notebook"));
  for (const d of others) {
    if (configs.has(d.absPath)) note(d.absPath, "model-config", "read by the model code as an MLflow model config");
    else note(d.absPath, "other", d.explicit ? "not a serving.yaml, bundle or requirements file by its content; skipped" : undefined);
  }
  for (const r of roots) {
    addBundle(r, "bundle");
    note(r.source.absPath, "bundle");
    includeFiles(r);
  }
  for (const [absPath, file] of fragments) {
    // A model config may have a top-level `resources:` of maps: named as one by the code, it is not a bundle file.
    if (configs.has(absPath)) note(absPath, "model-config", "read by the model code as an MLflow model config");
    else if (file.explicit || declaresServingEndpoints(file.root)) {
      addBundle(file, "bundle-include");
      note(absPath, "bundle-fragment", file.explicit ? undefined : "included by no bundle root; linted for its serving endpoints");
    } else note(absPath, "bundle-fragment", "included by no bundle root and declares no serving endpoint; skipped");
  }
  return out;
}

/**
 * JSON through the YAML parser, for its located nodes. JSON allows tabs where YAML indentation
 * does not: a tab at a line's start becomes a space, which moves no offset, line or column.
 */
function parseJson(source: SourceFile): ReturnType<typeof parseYaml> | undefined {
  try {
    JSON.parse(source.text);
  } catch {
    return undefined; // not JSON (a template, JSON with comments): not a body we can read
  }
  const text = source.text.replace(/^[ \t]+/gm, (ws) => ws.replace(/\t/g, " "));
  return parseYaml(source.path, text === source.text ? source.lines : new LineIndex(text));
}

/** Our message for a multi-document file, not the library's advice to its own callers. */
function ownMessage(p: ParseProblem): FileProblem {
  return p.messageId === "multipleDocuments" ? { ...p, message: `file ${MULTIPLE_DOCUMENTS}` } : p;
}

/** The `include` globs of a bundle root with their positions (a refused include is reported there). */
function includeGlobs(root: LNode | undefined): Located<string>[] {
  return (getSeq(root, "include")?.items ?? []).flatMap((i) =>
    i.kind === "scalar" && typeof i.value === "string" ? [{ value: i.value, span: i.span }] : [],
  );
}

function declaresServingEndpoints(root: LNode | undefined): boolean {
  if (isMap(get(getMap(root, "resources"), "model_serving_endpoints"))) return true;
  return (getMap(root, "targets")?.entries ?? []).some((t) => isMap(get(getMap(t.value, "resources"), "model_serving_endpoints")));
}
