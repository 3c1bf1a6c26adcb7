// The docs are tested (actionlint, ESLint): every rule has a page with the
// fixed headings, its Incorrect example makes the rule fire and its Correct
// example does not, and the README lists every rule.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { REPO } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";
import { withWorkspace, type OnlineSetup } from "../helpers/online.js";

const HEADINGS = ["## Why is this bad?", "## Incorrect", "## Correct", "## Options", "## Fix", "## When not to use it"];

interface Block {
  lang: string;
  file?: string;
  code: string;
  /** ```json workspace: what the emulated workspace holds; the example is linted with --online. */
  workspace?: boolean;
}

/** Fenced blocks of one `## Section`; a fence may name its file: ```python file=log_model.py */
function blocks(doc: string, heading: string): Block[] {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start === -1) return [];
  const rest = doc.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n## /) === -1 ? undefined : rest.search(/\n## /));
  const out: Block[] = [];
  const re = /```(\w+)([^\n]*)\n([\s\S]*?)```/g;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    const file = /file=(\S+)/.exec(m[2]!)?.[1];
    out.push({ lang: m[1]!, code: m[3]!, ...(file ? { file } : {}), ...(/\bworkspace\b/.test(m[2]!) ? { workspace: true } : {}) });
  }
  return out;
}

function defaultFile(b: Block): string {
  if (b.lang === "python" || b.lang === "py") return "agent.py";
  if (/^(bundle|resources|targets):/m.test(b.code)) return "databricks.yml";
  return "serving.yaml";
}

async function findingsOf(ruleId: string, example: Block[]): Promise<string[]> {
  const files = Object.fromEntries(example.filter((b) => b.lang !== "text" && b.lang !== "sh" && !b.workspace).map((b) => [b.file ?? defaultFile(b), b.code]));
  const setup = example.find((b) => b.workspace);
  const p = tempProject(files);
  try {
    const request = { cwd: p.dir, paths: [], rules: RULES, today: "2026-11-27" };
    const r = setup ? await withWorkspace(JSON.parse(setup.code) as OnlineSetup, (online) => lint({ ...request, online })) : await lint(request);
    return r.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.span.file}:${f.span.line}: ${f.message}`);
  } finally {
    p.remove();
  }
}

describe("rule docs", () => {
  it("rules/index.ts lists the rules sorted by id, each with a doc page", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(existsSync(path.join(REPO, "rules", `${id}.md`)), id).toBe(true);
  });

  it("the README's rule table names every rule", () => {
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    for (const r of RULES) expect(readme, r.id).toContain(`[\`${r.id}\`](rules/${r.id}.md)`);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const file = path.join(REPO, "rules", `${rule.id}.md`);
      const doc = existsSync(file) ? readFileSync(file, "utf8") : "";

      it("has front-matter and the headings in order", () => {
        expect(doc.startsWith(`---\nid: ${rule.id}\n`)).toBe(true);
        expect(doc).toContain(`\nseverity: ${rule.defaultSeverity}\n`);
        expect(doc).toContain(`\nfixable: ${rule.fixable}\n`);
        expect(doc).toContain(`\n# ${rule.id}\n`);
        const positions = HEADINGS.map((h) => doc.indexOf(`\n${h}\n`));
        expect(positions.every((p) => p > 0), `missing one of ${HEADINGS.join(", ")}`).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      });

      it("its Incorrect example makes the rule fire", async () => {
        const example = blocks(doc, "## Incorrect");
        expect(example.length).toBeGreaterThan(0);
        expect(await findingsOf(rule.id, example)).not.toEqual([]);
      });

      it("its Correct example does not", async () => {
        const example = blocks(doc, "## Correct");
        expect(example.length).toBeGreaterThan(0);
        expect(await findingsOf(rule.id, example)).toEqual([]);
      });
    });
  }
});
