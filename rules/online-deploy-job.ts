import { defineRule } from "../src/lint/define-rule.js";
import { ONLINE_MESSAGES, reportChecks } from "../src/lint/online/report-checks.js";

// Asked only with --online (src/lint/online): silent offline.
export default defineRule({
  id: "online-deploy-job",
  defaultSeverity: "error",
  summary: "With --online: the deploy job that serving.yaml names exists, exactly once",
  fixable: "never",
  messages: ONLINE_MESSAGES,
  check(_facts, ctx, report) {
    reportChecks(ctx, ["job"], report);
  },
});
