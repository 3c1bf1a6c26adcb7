import { defineRule } from "../src/lint/define-rule.js";

export default defineRule({
  id: "output-helpers",
  defaultSeverity: "error",
  summary: "Inside a ResponsesAgent, output items and stream events are built with the helpers, with their required arguments",
  fixable: "never",
  messages: {
    rawItem: "output item built as a dict literal without {missing}; build it with {helper}",
    rawCompleteItem: "output item built as a dict literal; build it with {helper}",
    missingArgs: "{helper} is called without {missing}",
  },
  check(facts, _ctx, report) {
    const python = facts.python;
    if (!python) return;
    // A literal lacking a key of the helper's item fails the schema; a complete one is valid today, and the
    // helper is still the way to build it.
    for (const raw of python.rawOutputDicts) {
      if (raw.missing.length) report("rawItem", raw.dict, { helper: raw.helper, missing: raw.missing.map((k) => `"${k}"`).join(", ") });
      else report("rawCompleteItem", raw.dict, { helper: raw.helper }, { severity: "warning" });
    }
    for (const p of python.helperArgsProblems) {
      report("missingArgs", p.call, { helper: p.helper, missing: p.missing.map((m) => `${m}=`).join(", ") });
    }
  },
});
