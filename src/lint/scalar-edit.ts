// Edits that replace a scalar's value in place, keeping its quotes. A located
// value's span covers the token as written (quotes included); a fix may only
// rewrite it when the token is the plain value or the value in one pair of
// quotes, i.e. nothing escaped or folded that a replacement could break.
import type { Edit, Located } from "./types.js";

/** Offsets of the value's characters inside its token, or undefined when escapes or folding make them unknown. */
export function valueRange(v: Located<string>): { start: number; end: number } | undefined {
  if (v.computed) return undefined;
  const { start, end } = v.span;
  const raw = end - start;
  if (v.span.line !== v.span.endLine) return undefined; // folded or block scalar
  if (raw === v.value.length) return { start, end };
  if (raw === v.value.length + 2) return { start: start + 1, end: end - 1 };
  return undefined;
}

/**
 * Replaces `value[from, to)` (offsets into the value string) by `text`; the
 * whole value by default. Undefined when the token cannot be edited safely.
 */
export function replaceInValue(v: Located<string>, text: string, from = 0, to = v.value.length): Edit | undefined {
  const r = valueRange(v);
  return r ? { start: r.start + from, end: r.start + to, text } : undefined;
}
