import type { Rule } from "../lint/define-rule.js";
import type { SourceFile } from "../lint/facts/source.js";
import type { Finding } from "../lint/types.js";

/** What every formatter receives: findings plus what they point into. Formatters are pure. */
export interface ReportInput {
  findings: readonly Finding[];
  files: readonly SourceFile[];
  rules: readonly Rule[];
  /** serving-ci's version, for SARIF and JSON. */
  version: string;
  /** What each file was taken for (the JSON report's `files`). */
  inventory?: readonly { path: string; kind: string; note?: string }[];
  color?: boolean;
  /** The terminal renders OSC 8 hyperlinks (stylish links each rule id to its docs). */
  hyperlinks?: boolean;
  /** Findings fixed by --fix before this report (absent when --fix was not given). */
  fixed?: number;
}

export type Formatter = (input: ReportInput) => string;
