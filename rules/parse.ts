import { defineRule } from "../src/lint/define-rule.js";

// Problems found while reading and parsing (facts.problems) go through the same
// sort, suppression and formatting path as rule findings (actionlint's way).
const messages = {
  syntax: "{message}",
  duplicateKey: "{message}",
  aliasLimit: "{message}",
  multipleDocuments: "{message}",
  empty: "{message}",
  tooLarge: "{message}",
  unreadable: "{message}",
  binary: "{message}",
  notUtf8: "{message}",
  // Refused by the file reader (src/lint/read-source.ts): the message names the path, never the content.
  missing: "{message}",
  symlinkLoop: "{message}",
  outsideRoot: "{message}",
  gitDir: "{message}",
  notRegular: "{message}",
} as const;

export default defineRule({
  id: "parse",
  defaultSeverity: "error",
  summary: "Every file can be read and parsed: UTF-8 text, valid YAML or Python, no duplicate keys",
  fixable: "never",
  messages,
  check(facts, _ctx, report) {
    for (const p of facts.problems) {
      const id = (p.messageId in messages ? p.messageId : "syntax") as keyof typeof messages;
      report(id, p.span, { message: p.message });
    }
  },
});
