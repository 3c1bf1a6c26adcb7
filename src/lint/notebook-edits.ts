// Fixes in an .ipynb. A notebook's findings point into its JSON, where each cell
// line is a JSON string, so an edit made for the Python text lands inside one.
// An edit is taken only when its range lies inside a single string and starts
// and ends between escape sequences; its new text is then escaped as JSON, so the
// cell's Python changes by exactly that edit and the notebook stays valid JSON.
import type { Edit } from "./types.js";

/** The contents (between the quotes) of every JSON string in a text, in order. */
export function jsonStrings(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const start = i + 1;
    for (i = start; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    out.push({ start, end: i });
  }
  return out;
}

const escape = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Whether a slice of a JSON string's content decodes on its own (it does not cut an escape in two). */
function decodes(raw: string): boolean {
  try {
    JSON.parse(`"${raw}"`);
    return true;
  } catch {
    return false;
  }
}

/** The edit as written into the notebook's JSON; undefined when it cannot be written safely. */
export function notebookEdit(text: string, strings: readonly { start: number; end: number }[], e: Edit): Edit | undefined {
  const s = containing(strings, e.start);
  if (!s || e.end > s.end) return undefined;
  const pieces = [text.slice(s.start, e.start), text.slice(e.start, e.end), text.slice(e.end, s.end)];
  if (!pieces.every(decodes)) return undefined;
  const out: Edit = { ...e, text: escape(e.text) };
  if (e.append) out.append = { ...e.append, before: escape(e.append.before), separator: escape(e.append.separator), after: escape(e.append.after), value: escape(e.append.value) };
  return out;
}

/** The string whose content holds `offset` (its closing quote's offset included, for an append at the end). */
function containing(strings: readonly { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
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
