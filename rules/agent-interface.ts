import { defineRule } from "../src/lint/define-rule.js";

export default defineRule({
  id: "agent-interface",
  defaultSeverity: "error",
  summary: "A ResponsesAgent defines predict, a models-from-code file calls mlflow.models.set_model, ChatAgent is legacy",
  fixable: "never",
  messages: {
    noPredict: "ResponsesAgent subclass \"{name}\" does not define predict(self, request)",
    noSetModel: "\"{file}\" is logged as models-from-code but never calls mlflow.models.set_model(...)",
    legacyChatAgent: "\"{name}\" subclasses ChatAgent, a legacy interface; ResponsesAgent is the current one",
  },
  check(facts, _ctx, report) {
    const python = facts.python;
    if (!python) return;
    for (const agent of python.agents) {
      // An abstract base leaves predict to its subclasses, which are judged themselves. After an error node (a
      // syntax error, or Python lezer's grammar lacks, such as `with f() as (a, b):`) lezer's recovery may end a
      // class early and leave its methods at module level: a missing predict is then not certain.
      if (agent.kind === "responses-agent" && !agent.hasPredict && agent.basesKnown && !agent.abstract && agent.module.syntaxErrors === 0) {
        report("noPredict", agent.cls.nameSpan, { name: agent.cls.name });
      }
      // ChatAgent still loads and serves: this is advice, an info-level note that never fails a build.
      if (agent.kind === "chat-agent") report("legacyChatAgent", agent.cls.nameSpan, { name: agent.cls.name }, { severity: "info" });
    }
    for (const log of python.logCalls) {
      const m = log.modelModule;
      if (!log.pythonModelPath || !m || python.setModel.has(m) || m.syntaxErrors > 0) continue;
      report("noSetModel", log.pythonModelPath, { file: log.pythonModelPath.value });
    }
  },
});
