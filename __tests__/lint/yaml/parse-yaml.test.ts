// The YAML path: duplicate keys, anchors and aliases, merge keys, and time that
// grows linearly with keys and aliases (the yaml package's own checks do not).
import { describe, expect, it } from "vitest";
import { RULES } from "../../../rules/index.js";
import { lint } from "../../../src/lint/lint.js";
import { LineIndex } from "../../../src/lint/line-index.js";
import { get, toPlain } from "../../../src/lint/yaml/located.js";
import { parseYaml } from "../../../src/lint/yaml/parse-yaml.js";
import { tempProject } from "../../helpers/project.js";

const parse = (text: string) => parseYaml("f.yaml", new LineIndex(text));

describe("parseYaml", () => {
  it("reports a duplicate key at the second occurrence, block and flow", () => {
    const r = parse("a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n");
    expect(r.problems.map((p) => [p.messageId, p.span.line, p.span.column])).toEqual([
      ["duplicateKey", 3, 1],
      ["duplicateKey", 4, 11],
    ]);
  });

  it("an alias names the latest anchor before it; a redefined anchor is no duplicate", () => {
    const r = parse("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
    expect(toPlain(r.root!)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    expect(r.problems).toEqual([]);
  });

  it("an alias with no anchor before it, or inside its own anchor, is unknown (no hang)", () => {
    expect(get(parse("a: *x\nb: &x 1\n").root, "a")?.kind).toBe("unknown");
    expect(get(parse("a: &x [1, *x]\n").root, "a")).toMatchObject({ kind: "seq", items: [{ value: 1 }, { kind: "unknown" }] });
  });

  it("applies merge keys as YAML 1.1 does: explicit keys win, earlier sources win, positions point at the source", () => {
    const text = "d: &d {size: Small, zero: true}\ne: &e {size: Large, gpu: x}\nm:\n  zero: false\n  <<: [*d, *e]\n";
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(toPlain(get(r.root, "m")!)).toEqual({ zero: false, size: "Small", gpu: "x" });
    expect(get(get(r.root, "m"), "size")?.span.line).toBe(1);
    expect(get(get(r.root, "m"), "gpu")?.span.line).toBe(2);
    // A quoted "<<" is an ordinary key, and a merged key is no duplicate of an explicit one.
    expect(toPlain(parse('m: {"<<": 1}\n').root!)).toEqual({ m: { "<<": 1 } });
    expect(parse("d: &d {a: 1}\nm: {a: 2, <<: *d}\n").problems).toEqual([]);
  });

  it("stops expanding an alias bomb with one problem", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const r = parse(lines.join("\n"));
    expect(r.problems.map((p) => p.messageId)).toEqual(["aliasLimit"]);
  });
});

describe("merge keys through the pipeline", () => {
  it("a valid serving.yaml with merge keys gets no unknown-key or served-entity finding", async () => {
    const p = tempProject({
      "serving.yaml": [
        "version: 1",
        "x-entity: &entity",
        "  workload_size: Small",
        "  scale_to_zero_enabled: true",
        "endpoint:",
        "  name: support-agent",
        "  served_entities:",
        "    - <<: *entity",
        "      name: a",
        "      entity_name: main.agents.bot",
        '      entity_version: "1"',
        "",
      ].join("\n"),
    });
    try {
      const r = await lint({ cwd: p.dir, paths: [], rules: RULES, today: "2026-11-27" });
      const messages = r.findings.map((f) => `${f.span.line}: ${f.message}`);
      expect(messages.filter((m) => m.includes("Symbol"))).toEqual([]);
      expect(messages.filter((m) => m.includes("served_entities"))).toEqual([]);
    } finally {
      p.remove();
    }
  });
});

// A generous bound that only a return to quadratic work can break: linear takes
// well under a second here, the yaml package's own checks took over a minute.
describe("parse time is linear", () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v${i}`).join("\n");
  const anchors = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: &a${i} v${i}\nr${i}: *a${i}`).join("\n");
  const seconds = (text: string) => {
    const t = performance.now();
    parse(text);
    return (performance.now() - t) / 1000;
  };

  it("40k keys, and 20k anchors with 20k aliases, parse in seconds", () => {
    expect(seconds(keys(40_000))).toBeLessThan(8);
    expect(seconds(anchors(20_000))).toBeLessThan(8);
  }, 60_000);
});
