import { RULES } from "../../rules/index.js";

export function rulesList(format: "text" | "json"): string {
  if (format === "json") {
    return `${JSON.stringify(RULES.map((r) => ({ id: r.id, severity: r.defaultSeverity, fixable: r.fixable, summary: r.summary, docsUrl: r.docsUrl })), null, 2)}\n`;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.summary}\n${" ".repeat(width + 11)}${r.docsUrl}\n`).join("");
}
