// Human output: one `file:line:col: severity: message [rule]` line per finding
// (actionlint's stable shape, clickable in editors and terminals), a code frame
// under it, a count at the end, and each rule's docs link once. A clean run says
// so (ruff's "All checks passed!"): silence could also mean nothing was read.
import type { SourceFile } from "../lint/facts/source.js";
import type { Finding } from "../lint/types.js";
import type { ReportInput } from "./format.js";
import { cellLine } from "./notebook-frame.js";
import { countFindings, plural } from "./summary.js";

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/** An OSC 8 terminal hyperlink around `text`. */
export function hyperlink(text: string, url: string): string {
  return `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\`;
}

export const ALL_PASSED = "All checks passed!";

export function stylish({ findings, files, color = false, hyperlinks = false, fixed }: ReportInput): string {
  const fixNote = fixed === undefined ? "" : `${fixed} fixed, ${findings.length} remaining`;
  if (findings.length === 0) return `${ALL_PASSED}${fixNote ? ` (${fixNote})` : ""}\n`;
  const red = paint(color, "31");
  const yellow = paint(color, "33");
  const dim = paint(color, "2");
  const bold = paint(color, "1");
  const byPath = new Map(files.map((f) => [f.path, f]));
  // A secret's range is masked in every code frame of its file, whichever finding shows the line.
  const redacted = new Map<string, NonNullable<Finding["redact"]>>();
  for (const f of findings) if (f.redact) redacted.set(f.span.file, [...(redacted.get(f.span.file) ?? []), ...f.redact]);
  const out: string[] = [];
  for (const f of findings) {
    const sev = f.severity === "error" ? red("error") : f.severity === "warning" ? yellow("warning") : dim("info");
    const rule = dim(`[${f.ruleId}]`);
    out.push(`${bold(`${f.span.file}:${f.span.line}:${f.span.column}`)}: ${sev}: ${f.message} ${hyperlinks ? hyperlink(rule, f.docsUrl) : rule}`);
    const file = byPath.get(f.span.file);
    if (file) out.push(...codeFrame(file, f, redacted.get(f.span.file), dim, f.severity === "error" ? red : f.severity === "warning" ? yellow : dim));
    for (const r of f.related ?? []) out.push(`  ${dim("note:")} ${r.message} at ${r.span.file}:${r.span.line}:${r.span.column}`);
    if (f.fix) out.push(`  ${dim("fix:")} ${f.fix.title}${f.fix.safe ? " (--fix)" : f.fix.optIn ? ` (--${f.fix.optIn})` : ""}`);
  }
  const c = countFindings(findings);
  const parts = [plural(c.errors, "error"), plural(c.warnings, "warning")];
  if (c.infos) parts.push(plural(c.infos, "info"));
  if (fixNote) parts.push(fixNote);
  out.push("", `${findings.length === 1 ? "1 problem" : `${findings.length} problems`} (${parts.join(", ")})`);
  out.push(...docsLinks(findings, hyperlinks, dim));
  return `${out.join("\n")}\n`;
}

/** The line's text with redacted ranges (secret values) replaced by asterisks. */
function masked(file: SourceFile, line: number, redact: Finding["redact"]): string {
  const text = file.lines.lineText(line);
  if (!redact?.length) return text;
  const start = file.lines.lineStart(line);
  return text.split("").map((ch, i) => (redact.some((r) => start + i >= r.start && start + i < r.end) ? "*" : ch)).join("");
}

/** Each rule named once, with its page: the link a reader follows to learn the fix. */
function docsLinks(findings: readonly Finding[], hyperlinks: boolean, dim: (s: string) => string): string[] {
  const urls = new Map<string, string>();
  for (const f of findings) if (!urls.has(f.ruleId)) urls.set(f.ruleId, f.docsUrl);
  const width = Math.max(...[...urls.keys()].map((id) => id.length));
  return [...urls].map(([id, url]) => `  ${dim("docs:")} ${id.padEnd(width)}  ${hyperlinks ? hyperlink(url, url) : url}`);
}

function codeFrame(file: SourceFile, f: Finding, redact: Finding["redact"], dim: (s: string) => string, mark: (s: string) => string): string[] {
  const { line } = f.span;
  let { column, endLine, endColumn } = f.span;
  if (line < 1 || line > file.lines.lineCount) return [];
  let text = masked(file, line, redact);
  if (file.kind === "notebook") {
    // The span is in the notebook's JSON; show the cell's Python line instead.
    const cell = cellLine(text, column, endLine === line ? endColumn : text.length + 1);
    if (!cell) return [];
    ({ text, column, endColumn } = cell);
    endLine = line;
  }
  if (text.length > 240) return [];
  const width = String(line).length;
  const caretEnd = endLine === line ? Math.max(endColumn, column + 1) : text.length + 1;
  const carets = "^".repeat(Math.max(1, Math.min(caretEnd, text.length + 1) - column));
  return [
    `${dim(`${String(line).padStart(width)} |`)} ${text.replace(/\t/g, " ")}`,
    `${dim(`${" ".repeat(width)} |`)} ${" ".repeat(column - 1)}${mark(carets)}`,
  ];
}
