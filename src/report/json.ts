import type { ReportInput } from "./format.js";
import { countFindings } from "./summary.js";

/** Machine output: findings plus the metadata of every rule they name. */
export function json({ findings, rules, version, inventory }: ReportInput): string {
  const used = new Set(findings.map((f) => f.ruleId));
  const meta = Object.fromEntries(
    rules.filter((r) => used.has(r.id)).map((r) => [r.id, { severity: r.defaultSeverity, summary: r.summary, fixable: r.fixable, docsUrl: r.docsUrl }]),
  );
  const out = findings.map((f) => ({
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    file: f.span.file,
    line: f.span.line,
    column: f.span.column,
    endLine: f.span.endLine,
    endColumn: f.span.endColumn,
    docsUrl: f.docsUrl,
    ...(f.fix ? { fix: { title: f.fix.title, safe: f.fix.safe } } : {}),
    ...(f.related?.length
      ? { related: f.related.map((r) => ({ message: r.message, file: r.span.file, line: r.span.line, column: r.span.column })) }
      : {}),
  }));
  const files = inventory?.map((f) => ({ path: f.path, kind: f.kind, ...(f.note ? { note: f.note } : {}) }));
  return `${JSON.stringify({ tool: "serving-ci", version, summary: countFindings(findings), findings: out, rules: meta, ...(files ? { files } : {}) }, null, 2)}\n`;
}
