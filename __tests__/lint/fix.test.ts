import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/lint/fix.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { Finding, Fix } from "../../src/lint/types.js";
import { tempProject } from "../helpers/project.js";

function setup(text: string, others: Record<string, string> = {}) {
  const p = tempProject({ "serving.yaml": text, ...others });
  const source: SourceFile = { path: "serving.yaml", absPath: path.join(p.dir, "serving.yaml"), kind: "serving", text, lines: new LineIndex(text) };
  const finding = (fix: Fix): Finding => ({ ruleId: "r", messageId: "m", severity: "error", message: "m", span: source.lines.span("serving.yaml", 0, 1), docsUrl: "", fix });
  return { p, source, finding };
}

describe("applyFixes", () => {
  it("applies safe edits, skips overlapping ones and unsafe ones without their opt-in", () => {
    const { p, source, finding } = setup("abcdefghij");
    const n = applyFixes(
      [
        finding({ title: "a", safe: true, edits: [{ start: 0, end: 2, text: "AB" }] }),
        finding({ title: "overlap", safe: true, edits: [{ start: 1, end: 3, text: "XX" }] }),
        finding({ title: "b", safe: true, edits: [{ start: 5, end: 6, text: "F!" }] }),
        finding({ title: "unsafe", safe: false, optIn: "fix-retired", edits: [{ start: 8, end: 10, text: "IJ" }] }),
      ],
      [source],
      { optIns: new Set() },
    );
    expect(n).toBe(2);
    expect(p.read("serving.yaml")).toBe("ABcdeF!ghij");
    expect(readdirSync(p.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    p.remove();
  });

  it("applies an unsafe edit when its opt-in is given, and edits in another file", () => {
    const { p, source, finding } = setup("model: x\n", { "b.yaml": "b" });
    const other: SourceFile = { ...source, path: "b.yaml", absPath: path.join(p.dir, "b.yaml"), text: "b", lines: new LineIndex("b") };
    applyFixes([finding({ title: "u", safe: false, optIn: "fix-retired", edits: [{ start: 7, end: 8, text: "y" }, { file: "b.yaml", start: 1, end: 1, text: "c" }] })], [source, other], {
      optIns: new Set(["fix-retired"]),
    });
    expect(p.read("serving.yaml")).toBe("model: y\n");
    expect(p.read("b.yaml")).toBe("bc");
    p.remove();
  });
});
