// Python sources → PyModules, in file order, plus the flat tree encoding that
// lets a parse worker hand its lezer trees to the main thread without copying.
import { IterMode, Tree, type BufferCursor } from "@lezer/common";
import { parser } from "@lezer/python";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import { pythonUnits } from "./notebook.js";
import { parseUnit } from "./parse.js";
import { parsePython } from "./parse/parse-python.js";
import type { PyModule } from "./types.js";

/** A lezer tree as lezer's own build format: post-order [type id, from, to, size] quadruples. */
export interface FlatTree {
  buffer: Int32Array;
  length: number;
}

/** Parses each source; `trees` holds already-parsed trees by file, one per unit of `pythonUnits`. */
export function parseSources(sources: readonly SourceFile[], problems: FileProblem[], trees?: ReadonlyMap<string, FlatTree[]>): PyModule[] {
  const modules: PyModule[] = [];
  for (const source of sources) {
    const flat = trees?.get(source.absPath);
    const units = pythonUnits(source, problems);
    units.forEach((unit, i) => {
      const t = flat?.length === units.length ? flat[i] : undefined;
      modules.push(parseUnit(unit, problems, t ? unflatten(t) : undefined));
    });
  }
  return modules;
}

/** The units of a source, parsed and flattened (the worker side). */
export function parseFlat(source: SourceFile): FlatTree[] {
  return pythonUnits(source, []).map((u) => flatten(parsePython(u.text).tree));
}

// Iterative, so a deeply nested expression cannot overflow the stack.
export function flatten(tree: Tree): FlatTree {
  const out: number[] = [];
  const starts: number[] = [];
  const c = tree.cursor(IterMode.IncludeAnonymous);
  if (c.firstChild()) {
    outer: for (;;) {
      starts.push(out.length);
      if (c.firstChild()) continue;
      for (;;) {
        out.push(c.type.id, c.from, c.to, out.length - starts.pop()! + 4);
        if (c.nextSibling()) continue outer;
        if (starts.length === 0) break outer;
        c.parent();
      }
    }
  }
  return { buffer: Int32Array.from(out), length: tree.length };
}

export function unflatten(flat: FlatTree): Tree {
  return Tree.build({ buffer: new Int32Cursor(flat.buffer, flat.buffer.length), nodeSet: parser.nodeSet, topID: parser.topNode.id, length: flat.length });
}

/**
 * lezer's BufferCursor over a typed array: Tree.build reads only plain arrays as
 * the flat format itself, and copying the buffer into one costs as much again.
 */
class Int32Cursor implements BufferCursor {
  constructor(private readonly buffer: Int32Array, public pos: number) {}
  get id(): number {
    return this.buffer[this.pos - 4]!;
  }
  get start(): number {
    return this.buffer[this.pos - 3]!;
  }
  get end(): number {
    return this.buffer[this.pos - 2]!;
  }
  get size(): number {
    return this.buffer[this.pos - 1]!;
  }
  next(): void {
    this.pos -= 4;
  }
  fork(): BufferCursor {
    return new Int32Cursor(this.buffer, this.pos);
  }
}
