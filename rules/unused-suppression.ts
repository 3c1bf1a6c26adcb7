import { defineRule } from "../src/lint/define-rule.js";

// Reported by the suppression pass (src/lint/suppress.ts), which runs after every
// rule; this module carries the metadata, the docs and the severity setting.
export default defineRule({
  id: "unused-suppression",
  defaultSeverity: "warning",
  summary: "Every serving-ci-disable comment names a known rule and suppresses a finding",
  fixable: "never",
  messages: {
    unused: "unused suppression: no \"{rule}\" finding here",
    unknownRule: "suppression names unknown rule \"{rule}\"",
    missingRule: "suppression names no rule; write the rule id after the directive",
  },
  check() {},
});
