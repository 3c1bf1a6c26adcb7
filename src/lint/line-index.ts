import type { Span } from "./types.js";

/** Maps 0-based offsets to 1-based line/column by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The file name of the last span made here, with this index: spans of one file share it. */
  private named: SpanFile | undefined;

  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line holding an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line, column: offset - this.starts[line - 1]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, "");
  }

  /** A span over [start, end): offsets only, line and column are worked out when read. */
  span(file: string, start: number, end: number): Span {
    let named = this.named;
    if (named?.name !== file) this.named = named = new SpanFile(file, this);
    return new OffsetSpan(named, start, Math.max(start, end));
  }
}

/** A file name and its line index, shared by the spans in that file. */
class SpanFile {
  constructor(readonly name: string, readonly lines: LineIndex) {}
}

/**
 * A Span as three fields (a large run holds hundreds of thousands: seven fields each
 * were a quarter of the heap). Line and column are getters on the prototype, so a
 * spread (`{ ...span }`) copies no line: build a plain object with `plainSpan`.
 */
class OffsetSpan implements Span {
  constructor(private readonly at: SpanFile, readonly start: number, readonly end: number) {}

  get file(): string {
    return this.at.name;
  }
  get line(): number {
    return this.at.lines.lineAt(this.start);
  }
  get column(): number {
    return this.start - this.at.lines.lineStart(this.line) + 1;
  }
  get endLine(): number {
    return this.at.lines.lineAt(this.end);
  }
  get endColumn(): number {
    return this.end - this.at.lines.lineStart(this.endLine) + 1;
  }

  toJSON(): Span {
    return plainSpan(this);
  }
}

/** A span's fields as an own-property object (to spread, to clone, to compare with toEqual). */
export function plainSpan(s: Span): Span {
  return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, start: s.start, end: s.end };
}

/** Whether `inner` lies within `outer` in the same file (a literal written inside the call that uses it). */
export function spanWithin(inner: Span, outer: Span): boolean {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}
