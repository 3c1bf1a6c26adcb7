// A linear pre-scan of Python text for bracket nesting, before lezer sees it:
// lezer's tree building recurses once per nested bracket and overflows the stack
// near 10,000, and CPython itself refuses more than 200 levels (its tokenizer's
// MAXLEVEL: "too many nested parentheses"). Strings and comments are skipped the
// way the tokenizer skips them; f-string replacement fields are not counted (a
// rare place for deep nesting; parse-python.ts still catches an overflow there).

/** CPython's limit on nested (, [ and {. */
export const MAX_BRACKET_DEPTH = 200;

/** The offset of the first opening bracket nested deeper than Python allows, or undefined. */
export function tooDeepBracket(text: string): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x28 || ch === 0x5b || ch === 0x7b) {
      if (++depth > MAX_BRACKET_DEPTH) return i;
    } else if (ch === 0x29 || ch === 0x5d || ch === 0x7d) {
      if (depth > 0) depth--;
    } else if (ch === 0x23) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl;
    } else if (ch === 0x22 || ch === 0x27) {
      i = stringEnd(text, i) - 1;
    }
  }
  return undefined;
}

/** The offset just past the string literal whose opening quote is at `q` (the line's end when unterminated). */
function stringEnd(text: string, q: number): number {
  const quote = text[q]!;
  const triple = text[q + 1] === quote && text[q + 2] === quote;
  if (triple) {
    const close = quote.repeat(3);
    for (let i = q + 3; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text.startsWith(close, i)) return i + 3;
    }
    return text.length;
  }
  for (let i = q + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
    else if (c === "\n") return i;
  }
  return text.length;
}
