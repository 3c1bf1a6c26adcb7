// A parsed Python unit → PyModule: its first problem filed as a `parse` finding,
// one walk over the tree (the fast parser's, lezer's, or a parse worker's).
import path from "node:path";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import type { PythonUnit } from "./notebook.js";
import { spanMaker } from "./offset-map.js";
import type { ParsedPython } from "./parse/parse-python.js";
import type { PyModule } from "./types.js";
import { newScope, walkModule } from "./bind/walk.js";

export function parseUnit(unit: PythonUnit, problems: FileProblem[], { tree, problem }: ParsedPython): PyModule {
  const module = emptyModule(unit.source, unit.absPath, unit.origin);
  if (unit.origin === "writefile") {
    module.writtenAt = unit.map?.toFile(0) ?? 0;
    module.writtenEnd = unit.map?.toFile(unit.text.length) ?? unit.text.length;
  }
  // A workspace path (`/Workspace/...`, `/Repos/...`) is not the repository's.
  const runs = unit.runs?.filter((r) => !r.startsWith("/")).map((r) => path.resolve(path.dirname(unit.absPath), r));
  if (runs?.length) module.runs = runs;
  const mk = spanMaker(unit.source.path, unit.source.lines, unit.map);
  walkModule(module, unit.text, tree, mk);
  if (problem) {
    problems.push({ messageId: "syntax", message: problem.message, span: mk(problem.from, problem.to) });
    // Rules that need the whole module (an interface check, a complete resource list) hold back.
    module.syntaxErrors = Math.max(1, module.syntaxErrors);
  }
  return module;
}

function emptyModule(source: SourceFile, absPath: string, origin: PyModule["origin"]): PyModule {
  const module = {
    source, absPath, origin, imports: [], importAliases: new Map<string, string>(), calls: [], classes: [], functions: [], mutated: new Set<string>(), keyStores: new Map<string, Set<string> | "any">(), attrStores: new Set<string>(), endpointUrls: [], endpointUrlHoles: [], syntaxErrors: 0,
  } as Omit<PyModule, "scope"> as PyModule;
  module.scope = newScope("module", module);
  return module;
}
