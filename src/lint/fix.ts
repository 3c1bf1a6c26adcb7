// Applies fixes: safe ones, plus unsafe ones whose opt-in flag was given. Edits
// are sorted, overlapping ones skipped (the next pass gets them); writing each
// file is write-fixes.ts's job.
import { dirname } from "node:path";
import type { SourceFile } from "./facts/source.js";
import type { Edit, Finding } from "./types.js";
import { writeFixedText } from "./write-fixes.js";

export interface FixOptions {
  optIns: ReadonlySet<string>;
  /** The repository root: no fix is written outside it (default: each file's folder). */
  root?: string;
  /** Files not written and why ("changed since it was linted"), for the user. */
  notWritten?: string[];
}

/** Returns the number of edits written. */
export function applyFixes(findings: readonly Finding[], files: readonly SourceFile[], options: FixOptions): number {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const edits = new Map<string, Edit[]>();
  for (const f of findings) {
    const fix = f.fix;
    if (!fix || !(fix.safe || (fix.optIn && options.optIns.has(fix.optIn)))) continue;
    for (const e of fix.edits) {
      const file = e.file ?? f.span.file;
      const list = edits.get(file) ?? [];
      list.push(e);
      edits.set(file, list);
    }
  }
  let applied = 0;
  for (const [path, list] of edits) {
    const source = byPath.get(path);
    if (!source || source.kind === "notebook") continue;
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    let text = "";
    let cursor = 0;
    let count = 0;
    for (const e of list) {
      if (e.start < cursor) continue; // overlaps an earlier edit
      text += source.text.slice(cursor, e.start) + e.text;
      cursor = e.end;
      count++;
    }
    text += source.text.slice(cursor);
    const written = writeFixedText(source, text, options.root ?? dirname(source.absPath));
    if (written.written) applied += count;
    else options.notWritten?.push(written.reason);
  }
  return applied;
}
