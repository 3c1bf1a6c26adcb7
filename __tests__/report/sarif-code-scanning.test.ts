// SARIF as GitHub code scanning reads it, through the real lint pipeline:
// rule descriptors with the rule docs.
import { readFileSync } from "node:fs";
import type { Log } from "sarif";
import { afterEach, describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { sarif } from "../../src/report/sarif.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const projects: TempProject[] = [];
afterEach(() => projects.splice(0).forEach((p) => p.remove()));

async function sarifOf(files: Record<string, string>): Promise<Log> {
  const project = tempProject(files);
  projects.push(project);
  const result = await lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27" });
  return JSON.parse(sarif({ findings: result.findings, files: result.files, rules: RULES, version: "9.9.9" })) as Log;
}

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
