// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of
// issues in the Code Climate subset GitLab reads. Paths are as the CLI shows
// them (relative to the working directory: run it from the repository root).
// The fingerprint must be unique per issue and stable across pushes so GitLab
// can tell new issues from old: rule, file, message and the occurrence number
// among identical ones, not the line (which moves when lines are added above).
import { createHash } from "node:crypto";
import type { ReportInput } from "./format.js";

const SEVERITY = { error: "major", warning: "minor", info: "info" } as const;

export function gitlab({ findings }: ReportInput): string {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const key = `${f.ruleId}\0${f.span.file}\0${f.messageId}\0${f.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      type: "issue",
      check_name: f.ruleId,
      description: f.message,
      content: { body: `See ${f.docsUrl}` },
      categories: ["Bug Risk"],
      severity: SEVERITY[f.severity],
      fingerprint: createHash("sha256").update(`${key}\0${n}`).digest("hex"),
      location: { path: f.span.file, lines: { begin: f.span.line, end: f.span.endLine } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
