// Maps offsets in the Python text we parse back to offsets in the file on disk.
// A plain module is the identity; a notebook cell is pieced together from
// `# MAGIC` lines or JSON strings, so its map is piecewise linear.
import type { LineIndex } from "../lint/line-index.js";
import type { Span } from "../lint/types.js";

export class OffsetMap {
  /** Breakpoints: virtual offset `v` maps to file offset `f`, and onward linearly until the next one. */
  private readonly vs: number[] = [];
  private readonly fs: number[] = [];

  /** From here on, virtual offset `v` sits at file offset `f`. Breakpoints must be added in order. */
  add(v: number, f: number): void {
    const last = this.vs.length - 1;
    if (last >= 0 && this.vs[last] === v) this.fs[last] = f;
    else {
      this.vs.push(v);
      this.fs.push(f);
    }
  }

  *breakpoints(): Generator<[number, number]> {
    for (let i = 0; i < this.vs.length; i++) yield [this.vs[i]!, this.fs[i]!];
  }

  toFile(v: number): number {
    const vs = this.vs;
    if (vs.length === 0) return v;
    let lo = 0;
    let hi = vs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (vs[mid]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return this.fs[lo]! + Math.max(0, v - vs[lo]!);
  }
}

/** Builds spans in the real file for virtual offsets. */
export type SpanMaker = (start: number, end: number) => Span;

export function spanMaker(file: string, lines: LineIndex, map?: OffsetMap): SpanMaker {
  if (!map) return (start, end) => lines.span(file, start, end);
  return (start, end) => {
    const s = map.toFile(start);
    const e = end > start ? map.toFile(end - 1) + 1 : s;
    return lines.span(file, s, e);
  };
}
