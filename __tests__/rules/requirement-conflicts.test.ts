import rule from "../../rules/requirement-conflicts.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const agent = py`
  import mlflow
  from mlflow.pyfunc import ResponsesAgent
  from mlflow.types.responses import ResponsesAgentResponse

  class Agent(ResponsesAgent):
      def predict(self, request):
          return ResponsesAgentResponse(output=[self.create_text_output_item(text="hi", id="m1")])

  mlflow.models.set_model(Agent())
`;

ruleCases(rule, {
  valid: [
    {
      name: "different pins under different environment markers",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=[
              "mlflow==3.6.0",
              'numpy==1.26.4; python_version < "3.12"',
              'numpy==2.1.0; python_version >= "3.12"',
              "pandas==2.2.3",
              "pandas<3",
          ])
        `,
        "agent.py": agent,
      },
    },
    {
      name: "an old mlflow is fine for a classical model",
      files: {
        "train.py": py`
          import mlflow
          mlflow.sklearn.log_model(model, name="clf", pip_requirements=["mlflow==2.16.0", "scikit-learn==1.5.2"])
        `,
      },
    },
    {
      name: "serving.yaml and log_model agree",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py, log_model.py]
            pip_requirements: [mlflow==3.6.0, databricks-langchain==0.8.1]
        `,
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "databricks-langchain==0.8.1"])
        `,
      },
    },
  ],
  invalid: [
    {
      name: "one package pinned twice, and a range that excludes the pin",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=[
              "pydantic==2.10.6",
              "langgraph==0.3.4",
              "pydantic==2.11.0",
              "langgraph<0.3",
          ])
        `,
      },
      errors: [
        { line: 5, column: 6, messageId: "twoPins", message: "\"pydantic\" is pinned to 2.11.0 here and to 2.10.6 at log_model.py:3" },
        { line: 6, messageId: "excluded" },
      ],
    },
    {
      name: "a pin in a -r file conflicts with the list",
      files: {
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="m.py", pip_requirements=["openai==1.54.0", "-r requirements.txt"])
        `,
        "requirements.txt": "openai==1.40.0\n",
      },
      errors: [{ line: 1, file: "requirements.txt", messageId: "twoPins", related: ["log_model.py:2 pulled in by log_model(pip_requirements=...)"] }],
    },
    {
      name: "mlflow older than 3.1.3 for a ResponsesAgent",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["mlflow==2.21.0"])
        `,
      },
      errors: [{ line: 2, file: "log_model.py", messageId: "mlflowTooOld", message: "mlflow 2.21.0 is older than 3.1.3" }],
    },
    {
      name: "serving.yaml and log_model disagree: reported in both places",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py, log_model.py]
            pip_requirements:
              - mlflow==3.6.0
              - databricks-langchain==0.8.1
              - langgraph==0.3.4
        `,
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "databricks-langchain==0.9.0"])
        `,
      },
      errors: [
        { line: 2, file: "log_model.py", messageId: "driftMissingThere" },
        { line: 2, file: "log_model.py", messageId: "driftVersion" },
        { line: 6, file: "serving.yaml", messageId: "driftVersion" },
        { line: 7, file: "serving.yaml", messageId: "driftMissing" },
      ],
    },
  ],
});
