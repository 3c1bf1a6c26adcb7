// IPython's line escapes in a notebook cell: a logical line that starts with `%`, `!` (or `pip install`, which
// automagic runs) is a magic or a shell command, at any indentation, and becomes a call before Python
// compiles the cell. Only a logical line's start counts, as in IPython's TransformerManager: a line that
// continues an open bracket (`!= b` or `% name` in black's style), a string or a backslash is Python.
// Each such line becomes a statement of the same length, so offsets stay put and a block whose body is
// only `!rm -rf ...` still has one.

const MAGIC_START = /^[ \t]*(?:[%!]|pip[ \t]+(?:install|uninstall)\b|conda[ \t]+(?:install|uninstall)\b|mamba[ \t]+(?:install|uninstall)\b)/;

/** Where the scan is at the end of a line: inside brackets, a triple-quoted string, or a backslash continuation. */
interface LineState {
  depth: number;
  triple: string | undefined;
  continued: boolean;
}

/**
 * `text` with its magic lines as `0#...` (same length); `restartAt(line)` says where a new cell begins
 * (a `.py` export's `# COMMAND ----------`), which resets the scan. A magic ending in a backslash goes
 * on over the next lines (IPython joins them first): those become comments.
 */
export function blankMagics(text: string, restartAt?: (line: string) => boolean): string {
  const lines = text.split("\n");
  let state: LineState = { depth: 0, triple: undefined, continued: false };
  let magicContinues = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (restartAt?.(line)) {
      state = { depth: 0, triple: undefined, continued: false };
      magicContinues = false;
      continue;
    }
    if (magicContinues) {
      lines[i] = line.replace(/^([ \t]*)\S/, "$1#");
      magicContinues = /\\\r?$/.test(line);
      continue;
    }
    const atLogicalStart = state.depth === 0 && state.triple === undefined && !state.continued;
    if (atLogicalStart && MAGIC_START.test(line)) {
      lines[i] = asStatement(line);
      magicContinues = /\\\r?$/.test(line);
      continue;
    }
    state = scanLine(line, state);
  }
  return lines.join("\n");
}

/** A magic line as `0#` and the rest of it, after its indentation (`0` alone when one character long). */
function asStatement(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0].length;
  const rest = line.slice(indent);
  return line.slice(0, indent) + (rest.length === 1 ? "0" : `0#${rest.slice(2)}`);
}

/** The state after one line of Python: strings, comments, brackets and a final backslash. */
function scanLine(line: string, start: LineState): LineState {
  let { depth, triple } = start;
  let i = 0;
  const n = line.replace(/\r$/, "").length;
  while (i < n) {
    if (triple !== undefined) {
      const end = closeOf(line, i, triple);
      if (end < 0) return { depth, triple, continued: false };
      i = end;
      triple = undefined;
      continue;
    }
    const c = line[i]!;
    if (c === "#") return { depth, triple, continued: false };
    if (c === "'" || c === '"') {
      const q3 = c.repeat(3);
      if (line.startsWith(q3, i)) {
        triple = q3;
        i += 3;
        continue;
      }
      const end = closeOf(line, i + 1, c);
      // A one-line string left open goes on only after a backslash; else it is an error the parser reports.
      if (end < 0) return { depth, triple, continued: /\\$/.test(line.slice(0, n)) };
      i = end;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    i++;
  }
  return { depth, triple, continued: n > 0 && line[n - 1] === "\\" };
}

/** The offset just past the closing `quote` from `from` (backslash escapes skipped), or -1. */
function closeOf(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line.startsWith(quote, i)) return i + quote.length;
  }
  return -1;
}
