import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import type { Finding } from "../../src/lint/types.js";
import { FORMAT_NAMES, loadFormatter } from "../../src/report/formatters.js";
import { gitlab } from "../../src/report/gitlab.js";
import { junit } from "../../src/report/junit.js";

const text = "version: 1\nendpoint:\n  name: a\n";
const lines = new LineIndex(text);
const files: SourceFile[] = [
  { path: "a/serving.yaml", absPath: "/x/a/serving.yaml", kind: "serving", text, lines },
  { path: "b/serving.yaml", absPath: "/x/b/serving.yaml", kind: "serving", text, lines },
];
const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: "traffic-config",
  messageId: "badSum",
  severity: "error",
  message: 'sum is 90 <not> "100" & more',
  span: lines.span("a/serving.yaml", 23, 30),
  docsUrl: "https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md",
  ...over,
});

describe("junit", () => {
  it("one suite per file, a failure per finding, a passing case for a clean file, escaped", () => {
    const out = junit({ findings: [finding(), finding({ severity: "warning", ruleId: "schema", message: "w\u0001" })], files, rules: RULES, version: "0" });
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="serving-ci" tests="3" failures="2"/);
    expect(out).toContain('<testsuite name="a/serving.yaml" tests="2" failures="2"');
    expect(out).toContain('<testsuite name="b/serving.yaml" tests="1" failures="0"');
    expect(out).toContain('<failure type="error" message="sum is 90 &lt;not&gt; &quot;100&quot; &amp; more">a/serving.yaml:3:3: error:');
    expect(out).toContain('<failure type="warning" message="w">');
    expect(out).not.toContain("\u0001");
    // Balanced: every opened testcase closes.
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect((out.match(/<\/testcase>/g) ?? []).length + (out.match(/<testcase [^>]*\/>/g) ?? []).length).toBe(3);
  });
});

describe("gitlab code quality", () => {
  it("issues with check name, severity, path and line, and unique stable fingerprints", () => {
    const a = finding();
    const moved = finding({ span: lines.span("a/serving.yaml", 11, 19) });
    const issues = JSON.parse(gitlab({ findings: [a, moved, finding({ severity: "warning" })], files, rules: RULES, version: "0" })) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues[0]).toMatchObject({ check_name: "traffic-config", severity: "major", location: { path: "a/serving.yaml", lines: { begin: 3 } } });
    expect(issues[2]!.severity).toBe("minor");
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    // The same finding after lines were added above keeps its fingerprint.
    const again = JSON.parse(gitlab({ findings: [moved], files, rules: RULES, version: "0" })) as { fingerprint: string }[];
    expect(again[0]!.fingerprint).toBe(issues[0]!.fingerprint);
    expect(gitlab({ findings: [], files, rules: RULES, version: "0" })).toBe("[]\n");
  });

  it("both are registered formats", async () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(["junit", "gitlab"]));
    expect(await loadFormatter("junit")).toBe(junit);
    expect(await loadFormatter("gitlab")).toBe(gitlab);
  });
});
