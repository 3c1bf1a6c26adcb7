// MLflow reads the requirements file a log_model call names (`pip_requirements="requirements.txt"`,
// `"-r requirements.txt"`) relative to the process's working directory, which the code does not
// say. We look beside the script; a file not there is unknown, not missing: real projects generate
// it just before logging (`uv export -o requirements.txt`, git-ignored) and run the script from the
// folder above (sweep: mingyao1993/ai-agents). serving.yaml's paths are relative to the file by our
// own definition, and a `-r` inside a requirements file is relative to that file (pip): those stay findings.
import missing from "../../rules/missing-requirements.js";
import parse from "../../rules/parse.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const agent = py`
  import mlflow
  from langgraph.graph import StateGraph
  from mlflow.pyfunc import ResponsesAgent

  class Agent(ResponsesAgent):
      def predict(self, request):
          ...

  mlflow.models.set_model(Agent())
`;

ruleCases(parse, {
  valid: [
    { name: "a log_model -r file absent beside the script", files: {
      "src/agent.py": agent,
      "src/deploy.py": py`
        import mlflow
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["-r requirements.txt"])
      `,
    } },
    { name: "a log_model requirements path absent beside the script", files: {
      "src/agent.py": agent,
      "src/deploy.py": py`
        import mlflow
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", extra_pip_requirements="requirements.txt")
      `,
    } },
  ],
  invalid: [
    { name: "a -r inside a found requirements file is read relative to that file", files: {
      "src/agent.py": agent,
      "src/deploy.py": py`
        import mlflow
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements="requirements.txt")
      `,
      "src/requirements.txt": "mlflow==3.6.0\n-r base.txt\n",
    }, errors: [{ file: "src/requirements.txt", line: 2, column: 4, message: "src/base.txt: no such file; not read" }] },
    { name: "a serving.yaml -r file is relative to serving.yaml", files: {
      "serving.yaml": yaml`
        version: 1
        model:
          pip_requirements: [mlflow==3.6.0, -r requirements.txt]
      `,
    }, errors: [{ file: "serving.yaml", line: 3, message: "requirements.txt: no such file; not read" }] },
  ],
});

ruleCases(missing, {
  valid: [
    // The list's own entries say nothing of what the unread file installs.
    { name: "a model whose requirements pull in a file absent beside the script", files: {
      "src/agent.py": agent,
      "src/deploy.py": py`
        import mlflow
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "-r requirements.txt"])
      `,
    } },
  ],
  invalid: [
    { name: "a model whose requirements file, found, lacks an import", files: {
      "src/agent.py": agent,
      "src/deploy.py": py`
        import mlflow
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["-r requirements.txt"])
      `,
      "src/requirements.txt": "mlflow==3.6.0\n",
    }, errors: [{ file: "src/agent.py", line: 2, message: "langgraph" }] },
  ],
});
