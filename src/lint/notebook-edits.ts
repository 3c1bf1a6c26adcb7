// Fixes in an .ipynb. A notebook's findings point into its JSON, where each cell
// line is a JSON string, so an edit made for the Python text lands inside one.
// An edit is taken only when its range lies inside a single string and starts
// and ends between escape sequences; its new text is then escaped as JSON, so the
// cell's Python changes by exactly that edit and the notebook stays valid JSON.
import type { SourceFile } from "./facts/source.js";
import type { Edit } from "./types.js";

type Range = { start: number; end: number };

/** Each notebook's strings, scanned once however many fixes are tried in it. */
const scanned = new WeakMap<SourceFile, Range[]>();

/** The contents (between the quotes) of every JSON string in a text, in order. */
function jsonStrings(text: string): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const start = i + 1;
    for (i = start; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    out.push({ start, end: i });
  }
  return out;
}

const escape = (s: string): string => JSON.stringify(s).slice(1, -1);

export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether a slice of a JSON string's content decodes on its own (it does not cut an escape in two). */
const decodes = (raw: string): boolean => parsesAsJson(`"${raw}"`);

/** The edit as written into the notebook's JSON; undefined when it cannot be written safely. */
export function notebookEdit(notebook: SourceFile, e: Edit): Edit | undefined {
  const text = notebook.text;
  let strings = scanned.get(notebook);
  if (!strings) scanned.set(notebook, (strings = jsonStrings(text)));
  const s = containing(strings, e.start);
  if (!s || e.end > s.end) return undefined;
  const pieces = [text.slice(s.start, e.start), text.slice(e.start, e.end), text.slice(e.end, s.end)];
  if (!pieces.every(decodes)) return undefined;
  const out: Edit = { ...e, text: escape(e.text) };
  if (e.append) out.append = { ...e.append, before: escape(e.append.before), separator: escape(e.append.separator), after: escape(e.append.after), value: escape(e.append.value) };
  return out;
}

/** The string whose content holds `offset` (its closing quote's offset included, for an append at the end). */
function containing(strings: readonly Range[], offset: number): Range | undefined {
  let lo = 0;
  let hi = strings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = strings[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
