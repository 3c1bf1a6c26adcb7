import { defineRule } from "../src/lint/define-rule.js";
import { ONLINE_MESSAGES, reportChecks } from "../src/lint/online/report-checks.js";

// Asked only with --online (src/lint/online): silent offline.
export default defineRule({
  id: "online-resources",
  defaultSeverity: "error",
  summary: "With --online: every vector search index, UC function, Genie space and SQL warehouse the model uses or declares exists",
  fixable: "never",
  messages: ONLINE_MESSAGES,
  check(_facts, ctx, report) {
    reportChecks(ctx, ["vector_search_index", "function", "genie_space", "sql_warehouse"], report);
  },
});
