// IPython runs a cell whose first line is indented as if every line were dedented
// by that indent: its `leading_indent` input transform, after dropping leading
// blank lines, strips the first line's whitespace prefix from each line that
// starts with it. Jupyter and Databricks notebooks run such cells, so their text
// is dedented the same way before it is parsed, with a map back to the file.
import { OffsetMap } from "./offset-map.js";

/** `length` characters removed at offset `at` of the text. */
export interface Cut {
  at: number;
  length: number;
}

/**
 * The cuts IPython's leading_indent makes in one cell, `text.slice(start, end)`; none when its
 * first line that is not blank (nor `skip`ped, such as a `# DBTITLE` header) is not indented.
 */
export function leadingIndentCuts(text: string, start: number, end: number, skip?: (line: string) => boolean): Cut[] {
  const cuts: Cut[] = [];
  let prefix: string | undefined;
  let lineStart = start;
  while (lineStart < end) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const line = text.slice(lineStart, lineEnd);
    if (prefix === undefined && line.trim() !== "" && !skip?.(line)) {
      prefix = /^[ \t]*/.exec(line)![0];
      if (prefix === "") return [];
    }
    if (prefix !== undefined && line.startsWith(prefix)) cuts.push({ at: lineStart, length: prefix.length });
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/**
 * `text` with `cuts` (in order, not overlapping) removed, and a map from the new text to the
 * file: `map` is the old text's own map when it has one (an .ipynb cell), else the identity.
 */
export function applyCuts(text: string, cuts: readonly Cut[], map?: OffsetMap): { text: string; map: OffsetMap } {
  const out = new OffsetMap();
  const old = map ? [...map.breakpoints()] : [];
  const toFile = (v: number) => (map ? map.toFile(v) : v);
  let result = "";
  let b = 0; // next old breakpoint to replay
  const keep = (from: number, to: number) => {
    const base = result.length;
    out.add(base, toFile(from));
    while (b < old.length && old[b]![0] < to) {
      const [v, f] = old[b++]!;
      if (v > from) out.add(base + v - from, f);
    }
    result += text.slice(from, to);
  };
  let from = 0;
  for (const cut of cuts) {
    keep(from, cut.at);
    from = cut.at + cut.length;
  }
  keep(from, text.length);
  return { text: result, map: out };
}
