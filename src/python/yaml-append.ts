// A safe edit that adds one name to serving.yaml `model.resources.<key>`,
// keeping the list's style (flow `[a, b]` or block `- a`) and everything else.
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { Edit } from "../lint/types.js";
import { getMap } from "../lint/yaml/located.js";

function yamlScalar(name: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(name) ? name : JSON.stringify(name);
}

export function appendResourceEdit(serving: ServingFile, key: string, name: string): Edit | undefined {
  const res = getMap(serving.model, "resources");
  if (!res) return undefined;
  const { text, lines } = serving.source;
  const file = serving.source.path;
  const value = yamlScalar(name);
  const lineEnd = (offset: number) => {
    const nl = text.indexOf("\n", offset);
    return nl === -1 ? text.length : nl;
  };
  const entry = res.entries.find((e) => e.key.value === key);
  if (!entry) {
    const last = res.entries[res.entries.length - 1];
    if (!last) return undefined;
    const indent = " ".repeat(last.key.span.column - 1);
    const at = lineEnd(Math.max(last.value.span.end - 1, last.key.span.end));
    return { file, start: at, end: at, text: `\n${indent}${key}: [${value}]` };
  }
  const seq = entry.value;
  if (seq.kind !== "seq") return undefined;
  if (text[seq.span.start] === "[") {
    const close = text.lastIndexOf("]", seq.span.end);
    if (close < seq.span.start) return undefined;
    return { file, start: close, end: close, text: seq.items.length ? `, ${value}` : value };
  }
  const lastItem = seq.items[seq.items.length - 1];
  if (!lastItem) return undefined;
  const itemLine = lines.lineText(lastItem.span.line);
  const dash = /^(\s*)-\s/.exec(itemLine);
  if (!dash) return undefined;
  const at = lineEnd(lastItem.span.end - 1);
  return { file, start: at, end: at, text: `\n${dash[1]}- ${value}` };
}
