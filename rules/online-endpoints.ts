import { defineRule } from "../src/lint/define-rule.js";
import { ONLINE_MESSAGES, reportChecks } from "../src/lint/online/report-checks.js";

// Asked only with --online (src/lint/online): silent offline. The workspace's list is the
// live catalog; a name in the offline foundation-model catalog is not an error here (its
// retirement data still applies through fm-endpoint-retired), and one listed in
// .serving-ci.yaml `endpoints:` is the user's word.
export default defineRule({
  id: "online-endpoints",
  defaultSeverity: "error",
  summary: "With --online: every serving endpoint the code and resources name exists in the workspace (or in the foundation-model catalog)",
  fixable: "never",
  messages: ONLINE_MESSAGES,
  check(_facts, ctx, report) {
    reportChecks(ctx, ["serving_endpoint"], report, (q) => ctx.catalog.byName.has(q.name) || ctx.customEndpoints.has(q.name));
  },
});
