// A Markdown table (job summaries, PR comments). Cells are escaped so a finding
// can never break the table or inject markup.
import type { ReportInput } from "./format.js";
import { countFindings, plural } from "./summary.js";

const ICON = { error: "🔴 error", warning: "🟡 warning", info: "🔵 info" } as const;

export function escapeCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ").replace(/`/g, "\\`");
}

export function markdown({ findings }: ReportInput): string {
  const c = countFindings(findings);
  if (findings.length === 0) return "**serving-ci**: no problems found ✅\n";
  const rows = findings.map(
    (f) => `| ${ICON[f.severity]} | \`${escapeCell(`${f.span.file}:${f.span.line}:${f.span.column}`)}\` | [${f.ruleId}](${f.docsUrl}) | ${escapeCell(f.message)} |`,
  );
  return [
    `**serving-ci**: ${[plural(c.errors, "error"), plural(c.warnings, "warning"), ...(c.infos ? [plural(c.infos, "info")] : [])].join(", ")}`,
    "",
    "| Severity | Location | Rule | Message |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
