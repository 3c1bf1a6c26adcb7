// serving.yaml (version 1) → facts. Shape errors are the schema rule's job;
// here we only pick out the parts other rules read.
import path from "node:path";
import type { Located } from "../types.js";
import { get, getMap, getSeq, isMap, str, type LMap, type LNode } from "../yaml/located.js";
import { endpointFacts, type EndpointFacts } from "./endpoint.js";
import type { SourceFile } from "./source.js";

export interface CodePath extends Located<string> {
  absPath: string;
  /** Resolves outside the repository root: refused. */
  escapesRoot: boolean;
}

export interface ServingFile {
  source: SourceFile;
  root: LNode | undefined;
  endpoint?: EndpointFacts;
  model?: LMap;
  deploy?: LMap;
  codePaths: CodePath[];
}

export function servingFileFacts(source: SourceFile, root: LNode | undefined, repoRoot: string): ServingFile {
  const facts: ServingFile = { source, root, codePaths: [] };
  const endpoint = getMap(root, "endpoint");
  if (endpoint) facts.endpoint = endpointFacts(source.path, "serving", endpoint);
  const model = getMap(root, "model");
  if (model) facts.model = model;
  const deploy = getMap(root, "deploy");
  if (deploy) facts.deploy = deploy;
  const code = get(model, "code");
  const entries = isMap(code) || code === undefined ? [] : code.kind === "seq" ? getSeq(model, "code")!.items : [code];
  const dir = path.dirname(source.absPath);
  for (const item of entries) {
    const p = str(item);
    if (!p) continue;
    const absPath = path.resolve(dir, p.value);
    const rel = path.relative(repoRoot, absPath);
    facts.codePaths.push({ ...p, absPath, escapesRoot: rel.startsWith("..") || path.isAbsolute(rel) });
  }
  return facts;
}
