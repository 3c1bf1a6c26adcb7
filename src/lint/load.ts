// Discovered files → LintFacts: read, parse, extract. Bundle roots pull in
// the files their `include` globs name.
import path from "node:path";
import picomatch from "picomatch";
import { findRepoRoot, type Discovered, type Discovery } from "./discover.js";
import { bundleFileFacts, bundleIncludes } from "./facts/bundle.js";
import type { LintFacts } from "./facts/lint-facts.js";
import { servingFileFacts } from "./facts/serving-file.js";
import type { SourceFile, SourceKind } from "./facts/source.js";
import { readSource } from "./read-source.js";
import { get, isMap, type LNode } from "./yaml/located.js";
import { parseYaml } from "./yaml/parse-yaml.js";

export function loadFacts(discovered: readonly Discovered[], discovery: Discovery, repoRoot: string, cwd: string): LintFacts {
  const facts: LintFacts = { repoRoot, files: [], problems: [], servingFiles: [], bundleFiles: [], endpoints: [] };
  const read = new Set<string>();
  // model.code paths may not leave the repository that holds the serving.yaml.
  const roots = new Map<string, string>();
  const repoOf = (file: string): string => {
    const dir = path.dirname(file);
    let root = roots.get(dir);
    if (root === undefined) roots.set(dir, (root = findRepoRoot(dir)));
    return root;
  };

  const readYaml = (absPath: string, kind: SourceKind): { source: SourceFile; root: LNode | undefined } | undefined => {
    if (read.has(absPath)) return undefined;
    read.add(absPath);
    const r = readSource(absPath, kind, cwd);
    if ("problem" in r) {
      facts.problems.push(r.problem);
      return undefined;
    }
    facts.files.push(r.source);
    if (r.source.text.trim() === "") {
      const span = r.source.lines.span(r.source.path, 0, 0);
      facts.problems.push({ messageId: "empty", message: "file is empty", span });
      return { source: r.source, root: undefined };
    }
    const parsed = parseYaml(r.source.path, r.source.lines);
    facts.problems.push(...parsed.problems);
    return { source: r.source, root: parsed.root };
  };

  const addBundle = (absPath: string, kind: "bundle" | "bundle-include", root: LNode | undefined, source: SourceFile) => {
    const b = bundleFileFacts(source, root);
    facts.bundleFiles.push(b);
    facts.endpoints.push(...b.endpoints);
    if (kind !== "bundle") return;
    const globs = bundleIncludes(root);
    if (globs.length === 0) return;
    const dir = path.dirname(absPath);
    const match = picomatch(globs, { dot: false });
    const included: string[] = [];
    discovery.walk(dir, (file) => {
      const rel = path.relative(dir, file).split(path.sep).join("/");
      if (match(rel)) included.push(file);
    }, (name) => (/\.ya?ml$/.test(name) ? "yaml" : undefined));
    for (const file of included) {
      const y = readYaml(file, "bundle-include");
      if (y) addBundle(file, "bundle-include", y.root, y.source);
    }
  };

  for (const d of discovered) {
    if (d.kind === "python" || d.kind === "notebook") {
      if (read.has(d.absPath)) continue;
      read.add(d.absPath);
      const r = readSource(d.absPath, d.kind, cwd);
      if ("problem" in r) facts.problems.push(r.problem);
      else facts.files.push(r.source);
      continue;
    }
    const kind: SourceKind = d.kind === "yaml" ? "serving" : d.kind;
    const y = readYaml(d.absPath, kind);
    if (!y) continue;
    const asBundle = d.kind === "bundle" || (d.kind === "yaml" && looksLikeBundle(y.root));
    if (asBundle) {
      y.source.kind = d.kind === "bundle" || get(y.root, "bundle") ? "bundle" : "bundle-include";
      addBundle(d.absPath, y.source.kind as "bundle" | "bundle-include", y.root, y.source);
    } else {
      const s = servingFileFacts(y.source, y.root, repoOf(d.absPath));
      facts.servingFiles.push(s);
      if (s.endpoint) facts.endpoints.push(s.endpoint);
    }
  }
  return facts;
}

function looksLikeBundle(root: LNode | undefined): boolean {
  return isMap(root) && (get(root, "bundle") !== undefined || get(root, "resources") !== undefined || get(root, "targets") !== undefined);
}
