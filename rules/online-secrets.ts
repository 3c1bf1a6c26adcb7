import { defineRule } from "../src/lint/define-rule.js";
import { ONLINE_MESSAGES, reportChecks } from "../src/lint/online/report-checks.js";

// Asked only with --online (src/lint/online): silent offline.
export default defineRule({
  id: "online-secrets",
  defaultSeverity: "error",
  summary: "With --online: every {{secrets/scope/key}} names an existing secret scope and key",
  fixable: "never",
  messages: ONLINE_MESSAGES,
  check(_facts, ctx, report) {
    reportChecks(ctx, ["secret"], report);
  },
});
