import { defineRule } from "../src/lint/define-rule.js";

export default defineRule({
  id: "output-helpers",
  defaultSeverity: "error",
  summary: "Inside a ResponsesAgent, output items and stream events are built with the helpers, with their required arguments",
  fixable: "never",
  messages: {
    rawItem: "output item built as a dict literal; build it with {helper}",
    missingArgs: "{helper} is called without {missing}",
  },
  check(facts, _ctx, report) {
    const python = facts.python;
    if (!python) return;
    for (const raw of python.rawOutputDicts) report("rawItem", raw.dict, { helper: raw.helper });
    for (const p of python.helperArgsProblems) {
      report("missingArgs", p.call, { helper: p.helper, missing: p.missing.map((m) => `${m}=`).join(", ") });
    }
  },
});
