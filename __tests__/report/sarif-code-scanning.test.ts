// SARIF as GitHub code scanning reads it, through the real lint pipeline:
// fingerprints that follow a finding across unrelated edits and tell apart two
// findings with the same message, and rule descriptors with the rule docs.
import { readFileSync } from "node:fs";
import type { Log, Result } from "sarif";
import { afterEach, describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { sarif } from "../../src/report/sarif.js";
import { dedent } from "../helpers/dedent.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const projects: TempProject[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

async function sarifOf(files: Record<string, string>): Promise<Log> {
  const project = tempProject(files);
  projects.push(project);
  const result = await lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27" });
  return JSON.parse(sarif({ findings: result.findings, files: result.files, rules: RULES, version: "9.9.9" })) as Log;
}

const pinned = (log: Log): Result[] => log.runs[0]!.results!.filter((r) => r.ruleId === "pinned-requirements");
const print = (r: Result): string => r.partialFingerprints!["servingCi/v2"]!;
const line = (r: Result): number => r.locations![0]!.physicalLocation!.region!.startLine!;

const logModel = (before = "", indent = "    ") => dedent`
  import mlflow
  ${before}
  mlflow.pyfunc.log_model(
      name="agent",
      python_model="agent.py",
      pip_requirements=["mlflow==3.6.0", "langgraph"],
  )
  mlflow.pyfunc.log_model(
      name="agent2",
      python_model="agent.py",
  ${indent}pip_requirements=["mlflow==3.6.0", "langgraph"],
  )
`;

describe("sarif partialFingerprints", () => {
  it("the same message on two identical lines gives two fingerprints (an occurrence index tells them apart)", async () => {
    const results = pinned(await sarifOf({ "log_model.py": logModel() }));
    expect(results.map(line)).toEqual([6, 11]);
    expect(results[0]!.message.text).toBe(results[1]!.message.text);
    const [a, b] = results.map(print);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^pinned-requirements:log_model\.py:[0-9a-f]{16}:0$/);
    expect(b).toBe(a!.replace(/:0$/, ":1"));
  });

  it("two findings with the same message on different lines differ by their line's hash", async () => {
    const text = dedent`
      import mlflow
      mlflow.pyfunc.log_model(name="a", python_model="agent.py", pip_requirements=["langgraph"])
      mlflow.pyfunc.log_model(name="b", python_model="agent.py", pip_requirements=["langgraph"])
    `;
    const results = pinned(await sarifOf({ "log_model.py": text }));
    expect(results).toHaveLength(2);
    const [a, b] = results.map(print);
    expect(a!.replace(/:[0-9a-f]{16}:0$/, "")).toBe(b!.replace(/:[0-9a-f]{16}:0$/, ""));
    expect(a).not.toBe(b);
  });

  it("inserting lines above a finding, or re-indenting its line, keeps its fingerprint", async () => {
    const before = pinned(await sarifOf({ "log_model.py": logModel() }));
    const edited = pinned(await sarifOf({ "log_model.py": logModel("# a comment\n\nimport os\n", "        ") }));
    expect(edited.map(line)).toEqual([9, 14]);
    expect(edited.map(print)).toEqual(before.map(print));
  });

  it("a fingerprint names its file: the same finding in two files is two alerts", async () => {
    const results = pinned(await sarifOf({ "a/log_model.py": logModel(), "b/log_model.py": logModel() }));
    expect(new Set(results.map(print)).size).toBe(4);
  });

  it("changing a finding's own line makes it another alert; the finding above keeps its own", async () => {
    const text = logModel();
    const last = text.lastIndexOf('"langgraph"]');
    const before = pinned(await sarifOf({ "log_model.py": text }));
    const changed = pinned(await sarifOf({ "log_model.py": `${text.slice(0, last)}"langgraph", "langchain"]${text.slice(last + 12)}` }));
    expect(changed.map(line)).toEqual([6, 11, 11]);
    expect(print(changed[0]!)).toBe(print(before[0]!));
    expect(changed.map(print)).not.toContain(print(before[1]!));
    expect(new Set(changed.map(print)).size).toBe(3);
  });
});

// The first paragraph of a section of the rule's page, read here independently of the generator.
function firstParagraph(id: string, heading: string): string {
  const page = readFileSync(new URL(`../../rules/${id}.md`, import.meta.url), "utf8").replace(/\r\n/g, "\n");
  const start = page.indexOf(`${heading}\n`);
  expect(start, `${id}.md has "${heading}"`).toBeGreaterThan(-1);
  return page.slice(start + heading.length).trim().split("\n\n")[0]!;
}

describe("sarif rule descriptors", async () => {
  const rules = (await sarifOf({ "serving.yaml": "version: 1\n" })).runs[0]!.tool.driver.rules!;

  it("every rule carries fullDescription and help (markdown and text) from its page", () => {
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      const description = firstParagraph(r.id, `# ${r.id}`);
      const why = firstParagraph(r.id, "## Why is this bad?");
      expect(r.fullDescription!.text, r.id).toContain(description);
      expect(r.help!.markdown, r.id).toContain(description);
      expect(r.help!.markdown, r.id).toContain(`## Why is this bad?\n\n${why}`);
      expect(r.help!.markdown, r.id).toContain("## Incorrect\n\n```");
      expect(r.help!.markdown, r.id).toContain("## Correct\n\n```");
      expect(r.help!.markdown, r.id).toContain(`(${r.helpUri})`);
      expect(r.help!.text, r.id).toContain(why);
      // The front-matter is not part of what GitHub shows.
      expect(r.help!.markdown, r.id).not.toMatch(/^---|\nfixable:/);
    }
  });

  it("every rule has precision very-high and problem.severity from its default severity", () => {
    for (const r of rules) {
      const rule = RULES.find((x) => x.id === r.id)!;
      expect(r.properties, r.id).toMatchObject({ precision: "very-high", "problem.severity": rule.defaultSeverity });
    }
    expect(new Set(rules.map((r) => r.properties!["problem.severity"]))).toEqual(new Set(["error", "warning"]));
  });
});
