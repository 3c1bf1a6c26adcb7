// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
// Paths are relative to the working directory, which is the repository root in CI.
import type { Log, ReportingDescriptor, Result } from "sarif";
import { REPOSITORY_URL } from "../urls.js";
import type { ReportInput } from "./format.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function sarif({ findings, rules, version }: ReportInput): string {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary },
    helpUri: r.docsUrl,
    help: { text: `${r.summary}. See ${r.docsUrl}` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ["databricks", "model-serving"] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = findings.map((f) => {
    const r: Result = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.span.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.span.line, startColumn: f.span.column, endLine: f.span.endLine, endColumn: f.span.endColumn },
          },
        },
      ],
      partialFingerprints: { "servingCi/v1": `${f.ruleId}:${f.span.file}:${f.messageId}:${f.message}` },
    };
    if (f.related?.length) {
      r.relatedLocations = f.related.map((rel, id) => ({
        id,
        message: { text: rel.message },
        physicalLocation: {
          artifactLocation: { uri: encodeURI(rel.span.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: rel.span.line, startColumn: rel.span.column, endLine: rel.span.endLine, endColumn: rel.span.endColumn },
        },
      }));
    }
    const i = index.get(f.ruleId);
    if (i !== undefined) r.ruleIndex = i;
    return r;
  });
  const log: Log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: { driver: { name: "serving-ci", version, informationUri: REPOSITORY_URL, rules: descriptors } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
