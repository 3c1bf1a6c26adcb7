// GitHub workflow commands (`::error file=…::message`): annotations on the lines.
import type { ReportInput } from "./format.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function github({ findings }: ReportInput): string {
  return findings
    .map((f) => {
      const { file, line, column, endLine, endColumn } = f.span;
      const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(`serving-ci ${f.ruleId}`)}`];
      return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(`${f.message} (${f.docsUrl})`)}\n`;
    })
    .join("");
}
