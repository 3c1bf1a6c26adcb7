// A code frame for an .ipynb finding. Spans point into the notebook's JSON
// (that is what editors open), where a cell's source line is a JSON string:
// `    "    llm = ChatDatabricks(endpoint=\"databricks-x\")\n",`. The frame shows
// the decoded Python line, with the columns moved to match. When the line is
// not a plain JSON string around the span, there is no frame (never a guess).

export interface CellLine {
  text: string;
  /** 1-based columns in `text`. */
  column: number;
  endColumn: number;
}

/** `lineText` is the file's line; `column`/`endColumn` are 1-based in it (endColumn exclusive). */
export function cellLine(lineText: string, column: number, endColumn: number): CellLine | undefined {
  const at = column - 1;
  const literal = stringAround(lineText, at);
  if (!literal) return undefined;
  const [open, close] = literal;
  const decode = (raw: string): string | undefined => {
    try {
      const v: unknown = JSON.parse(`"${raw}"`);
      return typeof v === "string" ? v : undefined;
    } catch {
      return undefined;
    }
  };
  const whole = decode(lineText.slice(open + 1, close));
  const before = decode(lineText.slice(open + 1, at));
  const through = decode(lineText.slice(open + 1, Math.min(Math.max(endColumn - 1, at), close)));
  if (whole === undefined || before === undefined || through === undefined) return undefined;
  // A string cell may hold several lines: keep the one the span starts on.
  const lineStart = before.lastIndexOf("\n") + 1;
  const nl = whole.indexOf("\n", before.length);
  const lineEnd = nl === -1 ? whole.length : nl;
  const text = whole.slice(lineStart, lineEnd).replace(/\r$/, "");
  const col = before.length - lineStart + 1;
  const end = Math.min(through.length, lineEnd) - lineStart + 1;
  return { text, column: col, endColumn: Math.max(end, col + 1) };
}

/** Offsets of the quotes of the JSON string literal containing index `at`, if any. */
function stringAround(line: string, at: number): [number, number] | undefined {
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (open === -1) {
      if (ch === '"') open = i;
      continue;
    }
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === '"') {
      if (at > open && at <= i) return [open, i];
      open = -1;
    }
  }
  return undefined;
}
