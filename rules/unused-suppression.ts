import { defineRule } from "../src/lint/define-rule.js";
import { SUPPRESSION_MESSAGES } from "../src/lint/suppress.js";

// Reported by the suppression pass (src/lint/suppress.ts), which runs after every
// rule; this module carries the metadata, the docs and the severity setting.
export default defineRule({
  id: "unused-suppression",
  defaultSeverity: "warning",
  summary: "Every serving-ci-disable comment names a known rule and suppresses a finding",
  fixable: "never",
  messages: SUPPRESSION_MESSAGES,
  check() {},
});
