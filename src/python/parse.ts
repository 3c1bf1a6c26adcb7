// Python text → PyModule: one lezer parse (or a tree a parse worker sent), one walk.
import type { Tree } from "@lezer/common";
import { parser } from "@lezer/python";
import type { SourceFile } from "../lint/facts/source.js";
import type { PythonUnit } from "./notebook.js";
import { spanMaker } from "./offset-map.js";
import type { PyModule } from "./types.js";
import { newScope, walkModule } from "./walk.js";

export function parseUnit(unit: PythonUnit, tree: Tree = parser.parse(unit.text)): PyModule {
  const module = emptyModule(unit.source, unit.absPath, unit.origin);
  walkModule(module, unit.text, tree, spanMaker(unit.source.path, unit.source.lines, unit.map));
  return module;
}

function emptyModule(source: SourceFile, absPath: string, origin: PyModule["origin"]): PyModule {
  const module = {
    source, absPath, origin, imports: [], calls: [], classes: [], functions: [], mutated: new Set<string>(), syntaxErrors: 0,
  } as Omit<PyModule, "scope"> as PyModule;
  module.scope = newScope("module", module);
  return module;
}
