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

// The runner reads a step's output line by line (CR, LF and CRLF all end a line)
// and obeys a line that starts with `::` once trimmed (`::set-output`,
// `::add-mask::`, `::stop-commands::`) or that holds `##[` anywhere (the old
// command syntax). A zero-width space after the first character of either makes
// the runner see plain text, while a reader sees the same characters. `%0A`-style
// encodings only mean something inside a command, so they need nothing more.
const ZWSP = "\u200b";

/** Text for the log (not a command): no line of it can start a workflow command. */
export function escapeLogText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/#(?=#\[)/g, `#${ZWSP}`))
    .join("\n");
}
