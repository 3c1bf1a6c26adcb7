// Files → the Python texts to analyse. A plain module is itself. A Databricks
// `.py` export is Python already (`# MAGIC` lines are comments), except that a
// `%%writefile` cell holds another module's code behind `# MAGIC `. An `.ipynb`
// is JSON: code cells are joined, magics blanked, and every character mapped
// back to its place in the file. `%pip` lines set up the notebook's own
// environment, not the model's, so they are never read as requirements. Both
// kinds run in IPython: its magics and `!shell` lines are blanked (ipython-lines.ts), and a cell
// indented as a whole is dedented as IPython does (leading-indent.ts).
import path from "node:path";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import { parseJsonWithPositions, scanJsonString, type JNode } from "./json-locate.js";
import { blankMagics } from "./ipython-lines.js";
import { applyCuts, leadingIndentCuts, type Cut } from "./leading-indent.js";
import { isPythonCell, isPythonNotebook } from "./notebook-language.js";
import { OffsetMap } from "./offset-map.js";
import type { ModuleOrigin } from "./types.js";

export interface PythonUnit {
  source: SourceFile;
  /** Where the module lives: the file itself, or the path a %%writefile cell writes. */
  absPath: string;
  origin: ModuleOrigin;
  text: string;
  /** Absent: offsets in `text` are offsets in the file. */
  map?: OffsetMap;
  /** A notebook's `%run <path>` targets, as written (relative to its folder): they run in its namespace. */
  runs?: string[];
}

export const DATABRICKS_NOTEBOOK_HEADER = "# Databricks notebook source";
const COMMAND_SEPARATOR = "# COMMAND ----------";
const MAGIC = "# MAGIC";
const DBTITLE = "# DBTITLE";
const WRITEFILE = /^%%writefile(?:\s+-a)?\s+(\S+)\s*$/;
/**
 * A Databricks cell in another language: `%sql`, `%md`, ... as its first line makes the whole cell that
 * language (in Jupyter, a `%sql` line magic followed by SQL lines would not run either: silent both ways).
 */
const DATABRICKS_LANGUAGE_CELL = /^%(sql|md|md-sandbox|sh|scala|r|fs)(?![\w-])/;

export function isDatabricksExport(text: string): boolean {
  return text.startsWith(DATABRICKS_NOTEBOOK_HEADER) || text.startsWith(`\uFEFF${DATABRICKS_NOTEBOOK_HEADER}`);
}

export function pythonUnits(source: SourceFile, problems: FileProblem[]): PythonUnit[] {
  if (source.absPath.endsWith(".ipynb")) return ipynbUnits(source, problems);
  // A SQL or Scala notebook's export saved with a `.py` name: its header says so, and it holds no Python.
  if (/^\uFEFF?(?:--|\/\/) Databricks notebook source/.test(source.text)) return [];
  if (!isDatabricksExport(source.text)) return [{ source, absPath: source.absPath, origin: "file", text: source.text }];
  const runs = runsIn(source.text);
  return [{ source, absPath: source.absPath, origin: "notebook", ...exportText(source.text), ...(runs.length ? { runs } : {}) }, ...writefileCells(source)];
}

/** A Databricks `.py` export as IPython runs its cells: magics blanked (same length), indented cells dedented. */
function exportText(text: string): { text: string; map?: OffsetMap } {
  let blanked = blankMagics(text, (line) => line.startsWith(COMMAND_SEPARATOR));
  const cuts: Cut[] = [];
  // Neither the export's header nor a cell's title line is part of the cell IPython runs.
  const title = (line: string) => line.startsWith(DBTITLE) || isDatabricksExport(line);
  const cells: [number, number][] = [];
  let cellStart = 0;
  for (let lineStart = 0; lineStart < blanked.length;) {
    const nl = blanked.indexOf("\n", lineStart);
    const next = nl === -1 ? blanked.length : nl + 1;
    if (blanked.startsWith(COMMAND_SEPARATOR, lineStart)) {
      cells.push([cellStart, lineStart]);
      cellStart = next;
    }
    lineStart = next;
  }
  cells.push([cellStart, blanked.length]);
  for (const [start, end] of cells) {
    // A cell whose first line is `%sql` (written without `# MAGIC`) runs in that language, as in an .ipynb.
    const cell = text.slice(start, end);
    const language = otherLanguageCell(cell, title);
    // Under `# MAGIC %sql`, a line that lost its prefix is SQL too. Blanked only when it holds no quote or
    // backslash: this file is read as one module, and a string opened in an earlier cell must stay as it is.
    if (language === "bare" || (language === "magic" && !strayLines(cell).some((l) => /['"\\]/.test(l)))) {
      blanked = blanked.slice(0, start) + blankCode(cell) + blanked.slice(end);
    } else cuts.push(...leadingIndentCuts(blanked, start, end, title));
  }
  return cuts.length === 0 ? { text: blanked } : applyCuts(blanked, cuts);
}

/**
 * A cell in another language with its lines that are not comments blanked, same length. Comment lines
 * (the export's header, `# MAGIC`) stay: a file that starts with a line of spaces is rare enough that
 * the fast parser leaves it to lezer, and every export starts with its header.
 */
function blankCode(cell: string): string {
  return cell.replace(/^(?![ \t]*#)[^\r\n]+/gm, (l) => " ".repeat(l.length));
}

/** How a cell is in another language by its first line: `%sql` itself ("bare"), or `# MAGIC %sql` ("magic"). */
function otherLanguageCell(cell: string, title: (line: string) => boolean): "bare" | "magic" | undefined {
  const line = cell.split("\n").map((l) => l.trim()).find((l) => l !== "" && !title(l));
  const first = line?.replace(/^# MAGIC /, "");
  if (first === undefined || !(DATABRICKS_LANGUAGE_CELL.test(first) || (first.startsWith("%%") && !/^%%(capture|time|timeit|writefile)\b/.test(first)))) return undefined;
  return first === line ? "bare" : "magic";
}

/** A cell's non-blank lines without the `# MAGIC` prefix. */
function strayLines(cell: string): string[] {
  return cell.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("# MAGIC"));
}

/** `# MAGIC %%writefile agent.py` cells of a Databricks `.py` export. */
function writefileCells(source: SourceFile): PythonUnit[] {
  const units: PythonUnit[] = [];
  const text = source.text;
  let current: { absPath: string; text: string; map: OffsetMap } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (line.startsWith(COMMAND_SEPARATOR)) {
      if (current) units.push(finish(source, current));
      current = undefined;
    } else if (line === MAGIC || line.startsWith(`${MAGIC} `)) {
      const contentOffset = lineStart + Math.min(line.length, MAGIC.length + 1);
      const content = line.slice(MAGIC.length + 1);
      const wf = WRITEFILE.exec(content.trim());
      if (wf && !current) {
        current = { absPath: path.resolve(path.dirname(source.absPath), unquote(wf[1]!)), text: "", map: new OffsetMap() };
      } else if (current) {
        current.map.add(current.text.length, contentOffset);
        current.text += `${content}\n`;
      }
    } else if (current && line.trim() !== "") {
      // The cell left MAGIC mode: whatever follows is not part of the written file.
      units.push(finish(source, current));
      current = undefined;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (current) units.push(finish(source, current));
  return units;
}

function finish(source: SourceFile, w: { absPath: string; text: string; map: OffsetMap }): PythonUnit {
  return { source, absPath: w.absPath, origin: "writefile", text: w.text, map: w.map };
}

function unquote(s: string): string {
  return s.replace(/^(['"])(.*)\1$/, "$2");
}

interface NotebookCell {
  cellType: string;
  /** Its metadata names another language than Python. */
  foreign: boolean;
  /** The `source` value: one string or a list of strings (the parts are joined). */
  source: JNode;
}

/**
 * The cells of a notebook, or undefined unless `cells` is a list of objects each with a string
 * `cell_type` and a `source` that is a string or a list of strings. Checked on the located tree
 * itself (no schema library on the lint path: zod cost start-up time for this one check).
 */
function notebookCells(root: JNode): NotebookCell[] | undefined {
  const cells = root.kind === "object" ? root.entries.get("cells") : undefined;
  if (cells?.kind !== "array") return undefined;
  const out: NotebookCell[] = [];
  for (const cell of cells.items) {
    if (cell.kind !== "object") return undefined;
    const cellType = cell.entries.get("cell_type");
    const source = cell.entries.get("source");
    if (cellType?.kind !== "string" || !source) return undefined;
    if (source.kind !== "string" && !(source.kind === "array" && source.items.every((s) => s.kind === "string"))) return undefined;
    out.push({ cellType: cellType.value, foreign: !isPythonCell(cell), source });
  }
  return out;
}

/** Code cells of an .ipynb, each character mapped back to the JSON string it came from. */
function ipynbUnits(source: SourceFile, problems: FileProblem[]): PythonUnit[] {
  if (source.text.trim() === "") return []; // an empty placeholder runs nothing (Jupyter and VS Code open it empty)
  const parsed = parseJsonWithPositions(source.text);
  if (!parsed.ok) {
    problems.push({
      messageId: "invalidNotebook",
      message: `notebook is not valid JSON: ${parsed.message}`,
      span: source.lines.span(source.path, parsed.offset, parsed.offset),
    });
    return [];
  }
  if (!isPythonNotebook(parsed.root)) return [];
  const cells = notebookCells(parsed.root);
  if (!cells) {
    problems.push({
      messageId: "invalidNotebook",
      message: "notebook has no readable `cells` list of code cells",
      span: source.lines.span(source.path, parsed.root.start, parsed.root.start),
    });
    return [];
  }
  const main = { text: "", map: new OffsetMap() };
  const units: PythonUnit[] = [];
  const runs: string[] = [];
  for (const cell of cells) {
    if (cell.cellType !== "code" || cell.foreign) continue;
    const src = cell.source;
    const cellText = { text: "", map: new OffsetMap() };
    for (const s of src.kind === "array" ? src.items : [src]) appendJsonString(source.text, s, cellText);
    const firstLineEnd = cellText.text.indexOf("\n");
    const firstLine = (firstLineEnd === -1 ? cellText.text : cellText.text.slice(0, firstLineEnd)).trim();
    const wf = WRITEFILE.exec(firstLine);
    if (wf) {
      const body = firstLineEnd === -1 ? "" : cellText.text.slice(firstLineEnd + 1);
      units.push({
        source, absPath: path.resolve(path.dirname(source.absPath), unquote(wf[1]!)), origin: "writefile",
        text: body, map: shiftMap(cellText.map, firstLineEnd + 1, body.length),
      });
      continue;
    }
    if (firstLine.startsWith("%%") && !/^%%(capture|time|timeit)\b/.test(firstLine)) continue; // %%sql, %%sh, ...
    // Databricks takes a language magic after comment lines too (`# fetch the data` then `%sh`).
    if (DATABRICKS_LANGUAGE_CELL.test(firstCodeLine(cellText.text))) continue;
    runs.push(...runsIn(cellText.text));
    const cuts = leadingIndentCuts(cellText.text, 0, cellText.text.length);
    const code = cuts.length === 0 ? cellText : applyCuts(cellText.text, cuts, cellText.map);
    const base = main.text.length;
    main.map.add(base, code.map.toFile(0));
    appendShifted(main, code, base);
    main.text += blankMagics(code.text) + "\n";
  }
  units.unshift({ source, absPath: source.absPath, origin: "notebook", text: main.text, map: main.map, ...(runs.length ? { runs } : {}) });
  return units;
}

/** `%run ./setup` and `# MAGIC %run "../_resources/00-init"` lines: the paths, unquoted (arguments after them dropped). */
function runsIn(text: string): string[] {
  return [...text.matchAll(/^[ \t]*(?:# MAGIC[ \t]+)?%run[ \t]+("[^"\n]+"|'[^'\n]+'|[^\s"']+)/gm)].map((m) => unquote(m[1]!));
}

/** The first line of a cell that is neither blank nor a comment, trimmed. */
function firstCodeLine(text: string): string {
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (t !== "" && !t.startsWith("#")) return t;
  }
  return "";
}

/** Appends one JSON string's decoded text, with a breakpoint at its start and after every escape. */
function appendJsonString(file: string, node: JNode, into: { text: string; map: OffsetMap }): void {
  if (node.kind !== "string") return;
  const base = into.text.length;
  into.map.add(base, node.start + 1);
  const { value } = scanJsonString(file, node.start, (index, rawOffset, rawLength) => {
    into.map.add(base + index, rawOffset);
    into.map.add(base + index + 1, rawOffset + rawLength);
  });
  into.text += value;
}

/** Replays `from`'s breakpoints into `into`, `base` characters further on. */
function appendShifted(into: { map: OffsetMap }, from: { text: string; map: OffsetMap }, base: number): void {
  for (const [v, f] of from.map.breakpoints()) into.map.add(base + v, f);
}

/** The part of `map` from virtual offset `from` on, renumbered from 0. */
function shiftMap(map: OffsetMap, from: number, length: number): OffsetMap {
  const out = new OffsetMap();
  out.add(0, map.toFile(from));
  for (const [v, f] of map.breakpoints()) if (v > from && v <= from + length) out.add(v - from, f);
  return out;
}

