import { describe, expect, it } from "vitest";
import { LineIndex, plainSpan } from "../../src/lint/line-index.js";

// Spans keep offsets only; line and column are worked out when read.
describe("LineIndex spans", () => {
  const text = "ab\r\ncd\n\nefg";
  const lines = new LineIndex(text);

  it("reads the same line and column as the offsets give, at every offset pair", () => {
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const before = text.slice(0, s).split("\n");
        const upTo = text.slice(0, e).split("\n");
        expect(plainSpan(lines.span("f.py", s, e))).toEqual({
          file: "f.py", line: before.length, column: before.at(-1)!.length + 1,
          endLine: upTo.length, endColumn: upTo.at(-1)!.length + 1, start: s, end: e,
        });
      }
    }
  });

  it("clamps an end before the start to the start", () => {
    expect(plainSpan(lines.span("f.py", 5, 2))).toMatchObject({ start: 5, end: 5, line: 2, column: 2, endLine: 2, endColumn: 2 });
  });

  it("keeps the file of each span when one index serves two names", () => {
    const a = lines.span("a.py", 0, 1);
    const b = lines.span("b.py", 4, 5);
    expect([a.file, b.file, lines.span("a.py", 7, 7).file]).toEqual(["a.py", "b.py", "a.py"]);
  });

  it("serialises with every field, and a spread of plainSpan keeps them", () => {
    const s = lines.span("f.py", 4, 6);
    expect(JSON.parse(JSON.stringify({ s })).s).toEqual({ file: "f.py", line: 2, column: 1, endLine: 2, endColumn: 3, start: 4, end: 6 });
    expect({ ...plainSpan(s), file: "g.py" }).toEqual({ file: "g.py", line: 2, column: 1, endLine: 2, endColumn: 3, start: 4, end: 6 });
    expect("file" in s).toBe(true); // spanOf tells a span from a Located value this way
  });
});
