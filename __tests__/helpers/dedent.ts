/**
 * Template tag that strips the common indentation of the literal text (and the
 * first newline), so fixtures can sit indented in tests. Interpolated values are
 * inserted verbatim after dedenting, so they carry their own final indentation.
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const literal = strings.join("");
  const indents = literal
    .replace(/^\n/, "")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.match(/^ */)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const strip = (s: string, first: boolean) =>
    (first ? s.replace(/^\n/, "") : s)
      .split("\n")
      .map((l, i) => (i === 0 && !first ? l : l.slice(Math.min(cut, l.match(/^ */)![0].length))))
      .join("\n");
  return strings.reduce((acc, s, i) => acc + strip(s, i === 0) + (i < values.length ? String(values[i]) : ""), "").replace(/[ \t]+$/, "");
}

export const yaml = dedent;
export const py = dedent;
