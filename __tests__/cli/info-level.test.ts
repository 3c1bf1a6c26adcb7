// Info-level findings are advice (a legacy ChatAgent still serves): shown, never failing a run.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { py } from "../helpers/dedent.js";
import { tempProject } from "../helpers/project.js";

const CHAT_AGENT = py`
  import mlflow
  from mlflow.pyfunc import ChatAgent
  class Agent(ChatAgent):
      def predict(self, messages, context=None, custom_inputs=None): ...
  mlflow.models.set_model(Agent())
`;

describe("info-level findings", () => {
  it("are printed but exit 0, even with --max-warnings 0; SARIF level note", () => {
    const p = tempProject({ "agent.py": CHAT_AGENT });
    try {
      const r = runCli(["lint", "--max-warnings", "0"], p.dir);
      expect(r.stdout).toContain("agent.py:3:7: info: \"Agent\" subclasses ChatAgent");
      expect(r.stdout).toContain("1 problem (0 errors, 0 warnings, 1 info)");
      expect(r.status).toBe(0);
      const sarif = runCli(["lint", "-f", "sarif"], p.dir);
      expect(sarif.status).toBe(0);
      const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
      expect(log.runs[0]!.results).toEqual([expect.objectContaining({ ruleId: "agent-interface", level: "note" })]);
    } finally {
      p.remove();
    }
  });

  it("do not hide an error beside them: exit 1", () => {
    const p = tempProject({ "agent.py": CHAT_AGENT, "broken.py": py`
      import mlflow
      from mlflow.pyfunc import ResponsesAgent
      class Broken(ResponsesAgent):
          def answer(self, request): ...
      mlflow.models.set_model(Broken())
    ` });
    try {
      expect(runCli(["lint"], p.dir).status).toBe(1);
    } finally {
      p.remove();
    }
  });
});
