import { defineRule } from "../src/lint/define-rule.js";
import { ONLINE_MESSAGES, reportChecks } from "../src/lint/online/report-checks.js";

// Asked only with --online (src/lint/online): silent offline.
export default defineRule({
  id: "online-model-versions",
  defaultSeverity: "error",
  summary: "With --online: every Unity Catalog model version a served entity names exists",
  fixable: "never",
  messages: ONLINE_MESSAGES,
  check(_facts, ctx, report) {
    reportChecks(ctx, ["model_version"], report);
  },
});
