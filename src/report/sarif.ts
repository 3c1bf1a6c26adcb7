// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
// Paths are relative to the working directory, which is the repository root in CI.
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Rule } from "../lint/define-rule.js";
import { RULE_DOCS } from "../lint/generated/rule-docs.js";
import { REPOSITORY_URL } from "../urls.js";
import type { ReportInput } from "./format.js";
import { FINGERPRINT_KEY, fingerprints } from "./sarif-fingerprints.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;
// GitHub code scanning's own severity scale for non-security rules.
const PROBLEM_SEVERITY = { error: "error", warning: "warning" } as const;

/** What GitHub shows for a rule: the page's description, why, examples (generated from rules/<id>.md). */
function descriptor(r: Rule): ReportingDescriptor {
  const docs = RULE_DOCS[r.id];
  const d: ReportingDescriptor = {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.summary },
    helpUri: r.docsUrl,
    help: { text: `${r.summary}. See ${r.docsUrl}` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    // Every rule reports only what is certain from the code as written (the team's precision rule).
    properties: { tags: ["databricks", "model-serving"], precision: "very-high", "problem.severity": PROBLEM_SEVERITY[r.defaultSeverity] },
  };
  if (docs) {
    d.fullDescription = { text: docs.description, markdown: docs.description };
    const help = [docs.description, `## Why is this bad?\n\n${docs.why}`, `## Incorrect\n\n${docs.incorrect}`, `## Correct\n\n${docs.correct}`];
    d.help = {
      text: `${docs.description}\n\n${docs.why}\n\nSee ${r.docsUrl}`,
      markdown: `${help.join("\n\n")}\n\n[Full documentation of ${r.id}](${r.docsUrl})`,
    };
  }
  return d;
}

export function sarif({ findings, files, rules, version }: ReportInput): string {
  const descriptors = rules.map(descriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(findings, files);
  const results: Result[] = findings.map((f, n) => {
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
      partialFingerprints: { [FINGERPRINT_KEY]: prints[n]! },
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
