// Python sources → PyModules, in file order, plus the flat tree encoding that
// lets a parse worker hand its lezer trees to the main thread without copying.
import { Tree, type BufferCursor } from "@lezer/common";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import { pythonUnits } from "./notebook.js";
import { parseUnit } from "./parse.js";
import { Id, pythonNodeSet } from "./parse/fast/node-types.js";
import { loadLezer } from "./parse/lezer-load.js";
import { fastParsed, parsePython, problemOf, type ParsedPython } from "./parse/parse-python.js";
import type { PyModule } from "./types.js";

/** A lezer tree as lezer's own build format: post-order [type id, from, to, size] quadruples. */
export interface FlatTree {
  buffer: Int32Array;
  length: number;
  /** Built by the fast parser: its problems need no lezer (lezer's trees may, to confirm an error). */
  fast: boolean;
}

/** Parses each source; `trees` holds already-parsed trees by file, one per unit of `pythonUnits`. */
export async function parseSources(sources: readonly SourceFile[], problems: FileProblem[], trees?: ReadonlyMap<string, FlatTree[]>): Promise<PyModule[]> {
  const modules: PyModule[] = [];
  for (const source of sources) {
    const flat = trees?.get(source.absPath);
    const units = pythonUnits(source, problems);
    for (const [i, unit] of units.entries()) {
      const t = flat?.length === units.length ? flat[i] : undefined;
      modules.push(parseUnit(unit, problems, t ? await workerParsed(unit.text, t) : await parsePython(unit.text)));
    }
  }
  return modules;
}

async function workerParsed(text: string, flat: FlatTree): Promise<ParsedPython> {
  if (!flat.fast) await loadLezer();
  const tree = unflatten(flat);
  return flat.fast ? fastParsed(text, tree) : { tree, ...problemOf(text, tree, 0) };
}

/** The units of a source, parsed and flattened (the worker side). */
export async function parseFlat(source: SourceFile): Promise<FlatTree[]> {
  const out: FlatTree[] = [];
  for (const u of pythonUnits(source, [])) {
    const { tree } = await parsePython(u.text);
    out.push(flatten(tree));
  }
  return out;
}

// Iterative, so a deeply nested expression cannot overflow the stack. Named nodes only: the
// anonymous ones are lezer's balancing of long node sequences (repeat terms), which Tree.build
// would keep as wrapper nodes and so hide a dict's or a module's later children from the walk.
export function flatten(tree: Tree): FlatTree {
  const out: number[] = [];
  const starts: number[] = [];
  const c = tree.cursor();
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
  // The fast parser's trees carry its node set; lezer's, lezer's own (the same ids and names).
  return { buffer: Int32Array.from(out), length: tree.length, fast: tree.type.id === Id.Script && pythonNodeSet.types[Id.Script] === tree.type };
}

export function unflatten(flat: FlatTree): Tree {
  return Tree.build({ buffer: new Int32Cursor(flat.buffer, flat.buffer.length), nodeSet: pythonNodeSet, topID: Id.Script, length: flat.length });
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
