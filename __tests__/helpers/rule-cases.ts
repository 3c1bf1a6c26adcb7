// A RuleTester in the spirit of ESLint's: tables of valid and invalid cases for
// one rule, run through the real pipeline (files on disk → facts → rule →
// suppression → sort), so a rule is tested the way users run it.
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import parseRule from "../../rules/parse.js";
import type { Rule } from "../../src/lint/define-rule.js";
import { applyFixes } from "../../src/lint/fix.js";
import { lint } from "../../src/lint/lint.js";
import type { Finding } from "../../src/lint/types.js";
import { tempProject } from "./project.js";
import { withWorkspace, type OnlineSetup } from "./online.js";

export { dedent, py, yaml } from "./dedent.js";

interface BaseCase {
  name: string;
  files: Record<string, string>;
  /** YYYY-MM-DD; default 2026-11-27. */
  today?: string;
  /** Paths to lint; default the whole project. */
  paths?: string[];
  /** The fixture is deliberately broken (tests of parse recovery). */
  allowParseErrors?: boolean;
  /** Lint with --online against an emulated workspace holding this. */
  online?: OnlineSetup;
}

export interface ExpectedError {
  line: number;
  column?: number;
  endColumn?: number;
  messageId?: string;
  severity?: "error" | "warning" | "info";
  /** Substring the message must contain. */
  message?: string;
  file?: string;
  /** Related locations, each as `file:line message`. */
  related?: string[];
}

export interface InvalidCase extends BaseCase {
  errors: ExpectedError[];
  /** Files after applying fixes (safe ones, plus those whose opt-in is listed); null = no fix offered. */
  output?: Record<string, string> | null;
  optIns?: string[];
}

export async function runRule(rule: Rule, c: BaseCase): Promise<{ findings: Finding[]; project: ReturnType<typeof tempProject> }> {
  const project = tempProject(c.files);
  const request = { cwd: project.dir, paths: c.paths ?? [], rules: [rule, parseRule], today: c.today ?? "2026-11-27" };
  const result = c.online ? await withWorkspace(c.online, (online) => lint({ ...request, online })) : await lint(request);
  // A fixture that does not parse would make a valid case pass for the wrong reason.
  const broken = rule.id === "parse" || c.allowParseErrors ? [] : result.findings.filter((f) => f.ruleId === "parse");
  if (broken.length) throw new Error(`fixture does not parse: ${broken.map((f) => `${f.span.file}:${f.span.line}: ${f.message}`).join("; ")}`);
  // Suppression findings belong to their own rule; every other rule is tested alone.
  return { findings: result.findings.filter((f) => f.ruleId === rule.id), project };
}

export function ruleCases(rule: Rule, cases: { valid: BaseCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`duplicate case name: ${dup}`);
  if (!RULES.includes(rule)) throw new Error(`rule ${rule.id} is not registered in rules/index.ts`);

  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const { findings, project } = await runRule(rule, c);
        project.remove();
        expect(findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      if (c.errors.length === 0) throw new Error(`invalid case "${c.name}" lists no errors`);
      it(`invalid: ${c.name}`, async () => {
        const { findings, project } = await runRule(rule, c);
        try {
          const actual = findings.map((f, i) => pick(f, c.errors[i]));
          expect(actual).toEqual(c.errors.map((e) => ({ ...e })));
          if (c.output !== undefined) {
            const fixable = findings.filter((f) => f.fix);
            if (c.output === null) {
              expect(fixable.map((f) => f.fix!.title)).toEqual([]);
            } else {
              const result = await lint({ cwd: project.dir, paths: c.paths ?? [], rules: [rule], today: c.today ?? "2026-11-27" });
              applyFixes(result.findings, result.files, { optIns: new Set(c.optIns ?? []) });
              for (const [file, text] of Object.entries(c.output)) expect(project.read(file)).toBe(text);
            }
          }
        } finally {
          project.remove();
        }
      });
    }
  });
}

/** Only the fields the case asserts, so a table names what matters and no more. */
function pick(f: Finding, e: ExpectedError | undefined): ExpectedError {
  const out: ExpectedError = { line: f.span.line };
  if (!e) return { ...out, message: f.message };
  if (e.column !== undefined) out.column = f.span.column;
  if (e.endColumn !== undefined) out.endColumn = f.span.endColumn;
  if (e.messageId !== undefined) out.messageId = f.messageId;
  if (e.severity !== undefined) out.severity = f.severity;
  if (e.message !== undefined) out.message = f.message.includes(e.message) ? e.message : f.message;
  if (e.file !== undefined) out.file = f.span.file;
  if (e.related !== undefined) out.related = (f.related ?? []).map((r) => `${r.span.file}:${r.span.line} ${r.message}`);
  return out;
}
