// Streaming a large run: the walked files split into units, one per top-level
// folder of the linted directory, each linted on its own (its trees and facts
// dropped before the next), so memory follows the largest unit, not the
// repository. Only where a unit provably sees nothing of another: the same
// findings as one run over everything, or the caller falls back to one.
import { statSync } from "node:fs";
import path from "node:path";
import type { Discovered } from "./discover.js";
import type { SourceFile } from "./facts/source.js";
import { LineIndex } from "./line-index.js";
import { isInside } from "./read-source.js";
import type { Finding } from "./types.js";

/** Below this many bytes of candidate files a run is one unit: streaming saves nothing there. */
export const STREAM_MIN_BYTES = 4 * 1024 * 1024;

export interface StreamUnit {
  /** The unit's folder (the linted directory itself for the files directly in it). */
  dir: string;
  /** The files directly in the linted directory: their unit holds no subfolder. */
  top: boolean;
  files: Discovered[];
}

/**
 * The walk of one directory split by its top-level folders, in walk order; the files
 * directly in it form the first unit. Undefined (one run) when a Python file or notebook
 * sits directly in it (every folder's `import x` may reach it) or there are fewer than two units.
 */
export function streamUnits(lintDir: string, discovered: readonly Discovered[]): StreamUnit[] | undefined {
  const top: Discovered[] = [];
  const byDir = new Map<string, Discovered[]>();
  for (const d of discovered) {
    if (d.explicit || !isInside(d.absPath, lintDir)) return undefined;
    const first = path.relative(lintDir, d.absPath).split(path.sep)[0]!;
    if (first === path.basename(d.absPath)) {
      if (d.candidate === "python" || d.candidate === "ipynb") return undefined;
      top.push(d);
      continue;
    }
    const dir = path.join(lintDir, first);
    const list = byDir.get(dir);
    if (list) list.push(d);
    else byDir.set(dir, [d]);
  }
  // A folder name is matched as a word of [\w-] (unitEscape): any other name, no streaming.
  if ([...byDir.keys()].some((d) => !/^[\w-]+$/.test(path.basename(d)))) return undefined;
  const units = [
    ...(top.length ? [{ dir: lintDir, top: true, files: top }] : []),
    ...[...byDir].map(([dir, files]) => ({ dir, top: false, files })),
  ];
  return units.length >= 2 ? units : undefined;
}

/** The unit folders' names, split by how Python could name them. */
export interface FolderNames {
  /** Identifiers: an import, or any word, may name them. */
  words: Set<string>;
  /** Other names (with a `-`): only a path can, as `name/...`, `name\\...` or a quoted `"name"`. */
  paths: Set<string>;
}

export function folderNames(units: readonly StreamUnit[]): FolderNames {
  const out: FolderNames = { words: new Set(), paths: new Set() };
  for (const u of units) if (!u.top) (/^[A-Za-z_]\w*$/.test(path.basename(u.dir)) ? out.words : out.paths).add(path.basename(u.dir));
  return out;
}

/**
 * Why a linted unit may have depended on another, or undefined when it cannot have:
 * it read a file outside its folder (model.code, `-r`, a config YAML, a bundle include);
 * its Python names another unit's folder (an import, or a path literal such as
 * `python_model="other/agent.py"`, may resolve there) or climbs with a `..` path.
 */
export function unitEscape(unit: StreamUnit, files: readonly SourceFile[], names: FolderNames): string | undefined {
  const own = path.basename(unit.dir);
  const inFolder = (p: string) => (unit.top ? path.dirname(p) === unit.dir : isInside(p, unit.dir));
  const named = (word: string) => word !== own && (names.words.has(word) || names.paths.has(word));
  for (const f of files) {
    if (!inFolder(f.absPath)) return `${f.path} is read from outside ${own}`;
    if (f.kind !== "python" && f.kind !== "notebook") continue;
    if (/\.\.[\\/]|["']\.\.["']|\bpardir\b/.test(f.text)) return `${f.path} climbs with a .. path`;
    // Every word when some folder's name is an identifier; else only the words a path separator or a quote ends (cheaper).
    const hit = names.words.size ? f.text.match(/[\w-]+/g)?.find(named) : names.paths.size ? pathWordIn(f.text, named) : undefined;
    if (hit) return `${f.path} names the folder ${hit}`;
  }
  return undefined;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/** The first run of [\w-] that a `/`, `\\` or quote ends and `wanted` accepts (a scan, no regex backtracking). */
function pathWordIn(text: string, wanted: (word: string) => boolean): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 47 && c !== 92 && c !== 34 && c !== 39) continue;
    let j = i;
    while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
    if (j < i && wanted(text.slice(j, i))) return text.slice(j, i);
  }
  return undefined;
}

/** Bytes of the candidate files (a file that cannot be stat'ed counts 0: reading it reports it). */
export function bytesOf(discovered: readonly Discovered[]): number {
  let n = 0;
  for (const d of discovered) {
    if (!d.candidate) continue;
    try {
      n += statSync(d.absPath).size;
    } catch {
      // counted as nothing
    }
  }
  return n;
}

const NO_TEXT = new LineIndex("");

/**
 * A unit's files as a streamed run keeps them: whole where a finding, related location
 * or fix edit points (code frames, fingerprints and --fix read the text), path and kind
 * only elsewhere (a JUnit report counts them).
 */
export function reportedFiles(findings: readonly Finding[], files: readonly SourceFile[]): SourceFile[] {
  const shown = new Set<string>();
  for (const f of findings) {
    shown.add(f.span.file);
    for (const r of f.related ?? []) shown.add(r.span.file);
    for (const e of f.fix?.edits ?? []) if (e.file) shown.add(e.file);
  }
  return files.map((f) => (shown.has(f.path) ? f : { path: f.path, absPath: f.absPath, kind: f.kind, text: "", lines: NO_TEXT }));
}
