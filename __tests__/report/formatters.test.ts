import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { LineIndex, plainSpan } from "../../src/lint/line-index.js";
import type { Finding } from "../../src/lint/types.js";
import type { ReportInput } from "../../src/report/format.js";
import { github } from "../../src/report/github.js";
import { json } from "../../src/report/json.js";
import { markdown } from "../../src/report/markdown.js";
import { sarif } from "../../src/report/sarif.js";
import { stylish } from "../../src/report/stylish.js";

const text = "version: 1\nendpoint:\n  name: a|b\n";
const lines = new LineIndex(text);
const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: "traffic-config",
  messageId: "badSum",
  severity: "error",
  message: "traffic percentages sum to 90, not 100",
  span: lines.span("dir/serving.yaml", 27, 32),
  docsUrl: "https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md",
  ...over,
});
const input = (findings: Finding[]): ReportInput => ({
  findings,
  files: [{ path: "dir/serving.yaml", absPath: "/x/dir/serving.yaml", kind: "serving", text, lines }],
  rules: RULES,
  version: "9.9.9",
});

describe("formatters", () => {
  it("stylish: location line, code frame with carets under the span, totals", () => {
    const out = stylish(input([finding(), finding({ severity: "warning", ruleId: "schema", message: "w" })]));
    expect(out).toBe(
      [
        "dir/serving.yaml:3:7: error: traffic percentages sum to 90, not 100 [traffic-config]",
        "3 |   name: a|b",
        "  |       ^^^^^",
        "dir/serving.yaml:3:7: warning: w [schema]",
        "3 |   name: a|b",
        "  |       ^^^^^",
        "",
        "2 problems (1 error, 1 warning)",
        "  docs: traffic-config  https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md",
        "  docs: schema          https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md",
        "",
      ].join("\n"),
    );
    expect(stylish(input([]))).toBe("All checks passed!\n");
  });

  it("info-level findings (advice) are notes everywhere and counted apart from errors and warnings", () => {
    const note = finding({ severity: "info", ruleId: "agent-interface", message: "legacy" });
    expect(stylish(input([note]))).toContain("dir/serving.yaml:3:7: info: legacy [agent-interface]");
    expect(stylish(input([note]))).toContain("1 problem (0 errors, 0 warnings, 1 info)");
    expect(stylish({ ...input([note]), color: true })).not.toMatch(/\x1b\[3[13]m/); // neither red nor yellow
    expect(markdown(input([note]))).toMatch(/^\*\*serving-ci\*\*: 0 errors, 0 warnings, 1 info$/m);
    expect(markdown(input([note]))).toContain("| 🔵 info |");
    expect(github(input([note]))).toMatch(/^::notice /);
    expect((JSON.parse(json(input([note]))) as { summary: unknown }).summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(markdown(input([finding()]))).toMatch(/^\*\*serving-ci\*\*: 1 error, 0 warnings$/m);
  });

  it("stylish colours only when asked", () => {
    expect(stylish({ ...input([finding()]), color: true })).toContain("\x1b[31merror\x1b[0m");
    expect(stylish(input([finding()]))).not.toContain("\x1b[");
  });

  it("json: findings with positions and the metadata of the rules they name", () => {
    const out = JSON.parse(json(input([finding()]))) as { version: string; summary: unknown; findings: Record<string, unknown>[]; rules: Record<string, unknown> };
    expect(out.version).toBe("9.9.9");
    expect(out.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(out.findings[0]).toMatchObject({ ruleId: "traffic-config", file: "dir/serving.yaml", line: 3, column: 7, endLine: 3, endColumn: 12 });
    expect(Object.keys(out.rules)).toEqual(["traffic-config"]);
  });

  it("sarif: 2.1.0 with rules, rule indexes, levels and regions GitHub code scanning reads", () => {
    const log = JSON.parse(sarif(input([finding(), finding({ severity: "info", ruleId: "schema" })]))) as Log;
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("serving-ci");
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual(RULES.map((r) => r.id));
    const [r1, r2] = run.results!;
    expect(r1).toMatchObject({ ruleId: "traffic-config", level: "error", ruleIndex: ids.indexOf("traffic-config") });
    expect(r1!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "dir/serving.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 12 },
    });
    expect(r2!.level).toBe("note");
    for (const rule of run.tool.driver.rules!) expect(rule.helpUri).toMatch(/^https:\/\//);
  });

  it("github: workflow commands with escaped properties and data", () => {
    const out = github(input([finding({ message: "50% done\nnext, line: x", span: { ...plainSpan(finding().span), file: "a,b:c.yaml" } })]));
    expect(out).toBe(
      "::error file=a%2Cb%3Ac.yaml,line=3,col=7,endLine=3,endColumn=12,title=serving-ci traffic-config::50%25 done%0Anext, line: x (https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md)\n",
    );
  });

  it("markdown: a table whose cells cannot break out", () => {
    const out = markdown(input([finding({ message: "a | b <script> `x`\nnext" })]));
    expect(out).toContain("| 🔴 error | `dir/serving.yaml:3:7` | [traffic-config](https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md) | a \\| b &lt;script&gt; \\`x\\` next |");
    expect(markdown(input([]))).toContain("no problems found");
  });
});

describe("related locations", () => {
  const related = [{ message: "used by ChatDatabricks(endpoint=...)", span: lines.span("dir/agent.py", 0, 7) }];
  it("sarif carries them as relatedLocations with their message and region", () => {
    const log = JSON.parse(sarif(input([finding({ related })]))) as Log;
    const rel = log.runs[0]!.results![0]!.relatedLocations;
    expect(rel).toEqual([
      {
        id: 0,
        message: { text: "used by ChatDatabricks(endpoint=...)" },
        physicalLocation: {
          artifactLocation: { uri: "dir/agent.py", uriBaseId: "%SRCROOT%" },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 },
        },
      },
    ]);
  });
  it("stylish and json name them; a finding without them shows none", () => {
    expect(stylish(input([finding({ related })]))).toContain("note: used by ChatDatabricks(endpoint=...) at dir/agent.py:1:1");
    expect(JSON.parse(json(input([finding({ related })]))).findings[0].related).toEqual([
      { message: "used by ChatDatabricks(endpoint=...)", file: "dir/agent.py", line: 1, column: 1 },
    ]);
    expect(JSON.parse(json(input([finding()]))).findings[0].related).toBeUndefined();
  });
});
