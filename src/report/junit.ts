// JUnit XML (GitLab, Jenkins, Azure DevOps test reports), in ESLint's shape: one
// <testsuite> per linted file, one failing <testcase> per finding (warnings
// too, typed by severity), and a passing one for a file with no findings, so
// the test count is the number of files checked.
import type { ReportInput } from "./format.js";
import { countFindings } from "./summary.js";

/** Escapes for attributes and text alike; drops characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function junit({ findings, files }: ReportInput): string {
  const byFile = new Map<string, typeof findings[number][]>();
  for (const f of files) byFile.set(f.path, []);
  for (const f of findings) byFile.set(f.span.file, [...(byFile.get(f.span.file) ?? []), f]);
  const suites: string[] = [];
  let tests = 0;
  for (const [file, list] of byFile) {
    const cases = list.length
      ? list.map((f) => {
          const where = `${f.span.file}:${f.span.line}:${f.span.column}`;
          return `    <testcase name="${escapeXml(`serving-ci.${f.ruleId}`)}" classname="${escapeXml(where)}" time="0">\n      <failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeXml(`${where}: ${f.severity}: ${f.message} [${f.ruleId}]\n${f.docsUrl}`)}</failure>\n    </testcase>`;
        })
      : [`    <testcase name="serving-ci" classname="${escapeXml(file)}" time="0" />`];
    tests += cases.length;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${list.length}" errors="0" time="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  const c = countFindings(findings);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="serving-ci" tests="${tests}" failures="${c.errors + c.warnings + c.infos}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
