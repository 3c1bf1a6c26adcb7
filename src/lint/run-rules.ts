// Enabled rules × facts → findings. A rule that throws is a serving-ci bug: it
// becomes one `internal-error` finding and the other rules still run.
import { formatMessage, spanOf, type Rule, type RuleContext } from "./define-rule.js";
import type { LintFacts } from "./facts/lint-facts.js";
import type { Finding, Severity } from "./types.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function runRules(rules: readonly Rule[], severities: ReadonlyMap<string, Severity>, facts: LintFacts, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const ruleSeverity = severities.get(rule.id) ?? rule.defaultSeverity;
    try {
      rule.check(facts, ctx, (messageId, at, data, options) => {
        const template = (rule.messages as Record<string, string>)[messageId] ?? messageId;
        const requested = options?.severity;
        const severity = requested && RANK[requested] < RANK[ruleSeverity] ? requested : ruleSeverity;
        const f: Finding = { ruleId: rule.id, messageId, severity, message: formatMessage(template, data), span: spanOf(at), docsUrl: rule.docsUrl };
        if (options?.fix) f.fix = options.fix;
        if (options?.redact?.length) f.redact = options.redact.map((s) => ({ start: s.start, end: s.end }));
        if (options?.related?.length) f.related = options.related;
        findings.push(f);
      });
    } catch (e) {
      const file = facts.files[0]?.path ?? ".";
      findings.push({
        ruleId: "internal-error",
        messageId: "ruleCrashed",
        severity: "error",
        message: `rule ${rule.id} crashed (a serving-ci bug, please report it): ${e instanceof Error ? e.message : String(e)}`,
        span: { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
        docsUrl: rule.docsUrl,
      });
    }
  }
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
    a.span.line - b.span.line ||
    a.span.column - b.span.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sorted by file, line, column, rule; exact duplicates (same place, rule, message) dropped. */
export function sortAndDedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => {
    const p = sorted[i - 1];
    return !p || compareFindings(p, f) !== 0 || p.span.endLine !== f.span.endLine || p.span.endColumn !== f.span.endColumn;
  });
}
