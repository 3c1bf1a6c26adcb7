// IPython's escapes apply at a logical line's start only; each becomes a statement of the same length.
import { describe, expect, it } from "vitest";
import { blankMagics } from "../../src/python/ipython-lines.js";

describe("blankMagics", () => {
  it.each([
    ["a shell line at the top and indented", "!ls\nif x:\n    !rm -rf /tmp\n", "0#s\nif x:\n    0#m -rf /tmp\n"],
    ["a one-character escape", "%\n", "0\n"],
    ["automagic pip, and its backslash-continued lines", "pip install \\\n  a==1 \\\n  b\nx = 1\n", "0#p install \\\n  #==1 \\\n  #\nx = 1\n"],
    ["an operator continuing an open bracket", "y = (a\n     != b)\n!ls\n", "y = (a\n     != b)\n0#s\n"],
    ["a line continuing a backslash", "y = a \\\n    % b\n", "y = a \\\n    % b\n"],
    ["lines inside a triple-quoted string, a bracket inside a string or a comment", 's = """\n!x\n"""\nt = "(" # (\n%pip install y\n', 's = """\n!x\n"""\nt = "(" # (\n0#ip install y\n'],
  ])("%s", (_name, text, expected) => {
    const out = blankMagics(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });

  it("a new cell starts a new scan: a bracket left open in one cell does not hide the next cell's magic", () => {
    const text = "x = (1,\n# COMMAND ----------\n%pip install a\n";
    expect(blankMagics(text, (l) => l.startsWith("# COMMAND"))).toBe("x = (1,\n# COMMAND ----------\n0#ip install a\n");
    expect(blankMagics(text)).toBe(text);
  });
});
