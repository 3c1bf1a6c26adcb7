// SARIF partialFingerprints, which GitHub code scanning uses to match an alert
// across commits: rule, file, a hash of the finding's line text (trimmed, so
// re-indenting or moving the line keeps it) and the finding's index among
// identical (rule, file, line hash) ones, so the same message on two equal lines
// is two alerts. Line numbers and columns are left out: an edit above a finding
// must not make it a new alert.
import { createHash } from "node:crypto";
import type { SourceFile } from "../lint/facts/source.js";
import type { Finding } from "../lint/types.js";

/** The key under partialFingerprints; v2 because v1 (rule + file + message) matched differently. */
export const FINGERPRINT_KEY = "servingCi/v2";

export function fingerprints(findings: readonly Finding[], files: readonly SourceFile[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const keys = findings.map((f) => {
    const file = byPath.get(f.span.file);
    // A finding on a file the report did not read (none today) falls back to its
    // message, which is as stable as anything else known about it.
    const line = file && f.span.line <= file.lines.lineCount ? file.lines.lineText(f.span.line).trim() : `message:${f.message}`;
    return `${f.ruleId}:${f.span.file}:${hash(line)}`;
  });
  // Occurrences are counted in position order, whatever order the findings come in.
  const order = findings.map((_, i) => i).sort((a, b) => compare(findings[a]!, findings[b]!));
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(findings.length);
  for (const i of order) {
    const occurrence = seen.get(keys[i]!) ?? 0;
    seen.set(keys[i]!, occurrence + 1);
    out[i] = `${keys[i]!}:${occurrence}`;
  }
  return out;
}

function compare(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.column - b.span.column || (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
