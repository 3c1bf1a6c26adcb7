// A safe edit that adds one name to serving.yaml `model.resources.<key>`,
// keeping the list's style (flow `[a, b]` or block `- a`) and everything else.
// Each edit says which list it extends and how values are separated there, so
// the fixer can merge several appends to one list into one edit (src/lint/fix.ts).
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { Edit, ListAppend } from "../lint/types.js";
import { entry, getMap, str, type LMap } from "../lint/yaml/located.js";

function yamlScalar(name: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(name) && !/^[-?:]/.test(name) ? name : JSON.stringify(name);
}

export function appendResourceEdit(serving: ServingFile, key: string, name: string): Edit | undefined {
  const res = getMap(serving.model, "resources");
  if (!res) return undefined;
  const { text, lines } = serving.source;
  const file = serving.source.path;
  const value = yamlScalar(name);
  const list = `${file}#model.resources.${key}`;
  const edit = (at: number, layout: Omit<ListAppend, "list" | "value">): Edit => ({
    file, start: at, end: at, text: layout.before + value + layout.after, append: { list, value, ...layout },
  });
  const lineEnd = (offset: number) => {
    const nl = text.indexOf("\n", offset);
    return nl === -1 ? text.length : nl;
  };
  const existing = entry(res, key);
  if (!existing) return newKey(res, key, text, lineEnd, edit);
  const seq = existing.value;
  // A list merged in from an anchor (`<<: *defaults`) is written elsewhere: editing there changes every user.
  if (seq.kind !== "seq" || !within(seq.span, res.span)) return undefined;
  // Already listed: appending again would not remove the finding, only duplicate the name.
  if (seq.items.some((i) => str(i)?.value === name)) return undefined;
  if (text[seq.span.start] === "[") {
    const close = seq.span.end - 1;
    if (text[close] !== "]") return undefined;
    const beforeClose = text.slice(seq.span.start + 1, close).trimEnd();
    // `[]` or `[a, b,]` (a trailing comma) take the value bare; `[a, b]` takes ", value".
    const bare = seq.items.length === 0 || beforeClose.endsWith(",");
    if (seq.items.length === 0 && beforeClose !== "") return undefined; // a comment inside: leave it
    const at = seq.items.length === 0 ? close : seq.span.start + 1 + beforeClose.length;
    return edit(at, { before: bare ? (beforeClose.endsWith(",") ? " " : "") : ", ", separator: ", ", after: "" });
  }
  const lastItem = seq.items[seq.items.length - 1];
  if (!lastItem) return undefined;
  const dash = /^(\s*)-\s/.exec(lines.lineText(lastItem.span.line));
  if (!dash) return undefined;
  const at = lineEnd(Math.max(lastItem.span.start, lastItem.span.end - 1));
  const item = `\n${dash[1]}- `;
  return edit(at, { before: item, separator: item, after: "" });
}

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** `key: [value]` as a new entry of `resources`, in a block map or a flow map. */
function newKey(res: LMap, key: string, text: string, lineEnd: (o: number) => number, edit: (at: number, layout: Omit<ListAppend, "list" | "value">) => Edit): Edit | undefined {
  if (text[res.span.start] === "{") {
    const close = res.span.end - 1;
    if (text[close] !== "}") return undefined;
    const inner = text.slice(res.span.start + 1, close).trimEnd();
    const at = res.span.start + 1 + inner.length;
    const lead = inner === "" ? "" : inner.endsWith(",") ? " " : ", ";
    return edit(at, { before: `${lead}${key}: [`, separator: ", ", after: "]" });
  }
  // The entry written last in this map (merged entries are written elsewhere).
  const last = res.entries.filter((e) => within(e.key.span, res.span)).sort((a, b) => a.value.span.end - b.value.span.end).pop();
  if (!last || !within(last.value.span, res.span)) return undefined;
  const indent = " ".repeat(last.key.span.column - 1);
  const at = lineEnd(Math.max(last.value.span.end - 1, last.key.span.end));
  return edit(at, { before: `\n${indent}${key}: [`, separator: ", ", after: "]" });
}
