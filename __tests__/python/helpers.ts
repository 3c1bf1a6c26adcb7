// Builds PythonFacts from in-memory files, the way the loader does, without a run.
import path from "node:path";
import type { SourceFile, SourceKind } from "../../src/lint/facts/source.js";
import { servingFileFacts } from "../../src/lint/facts/serving-file.js";
import { LineIndex } from "../../src/lint/line-index.js";
import { parseYaml } from "../../src/lint/yaml/parse-yaml.js";
import { extractPythonFacts } from "../../src/python/extract.js";
import type { PythonFacts } from "../../src/python/python-facts.js";

const ROOT = "/repo";

export function sourceFile(name: string, text: string, kind?: SourceKind): SourceFile {
  const k: SourceKind = kind ?? (name.endsWith(".ipynb") ? "notebook" : name.endsWith(".py") ? "python" : name.endsWith(".txt") ? "requirements" : "serving");
  return { path: name, absPath: path.join(ROOT, name), kind: k, text, lines: new LineIndex(text) };
}

export async function analyse(files: Record<string, string>): Promise<PythonFacts> {
  const sources = Object.entries(files).map(([n, t]) => sourceFile(n, t));
  const byAbs = new Map(sources.map((s) => [s.absPath, s]));
  const servingFiles = sources
    .filter((s) => s.kind === "serving")
    .map((s) => servingFileFacts(s, parseYaml(s.path, s.lines).root, ROOT));
  return extractPythonFacts({
    sources: sources.filter((s) => s.kind === "python" || s.kind === "notebook"),
    servingFiles,
    read: (abs) => byAbs.get(abs),
  });
}
