import rule from "../../rules/agent-interface.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

ruleCases(rule, {
  valid: [
    {
      name: "predict inherited from an analysed base in another file; set_model imported by name",
      files: {
        "base.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class BaseAgent(ResponsesAgent):
              def predict(self, request): ...
        `,
        "agent.py": py`
          from mlflow.models import set_model
          from base import BaseAgent
          class SupportAgent(BaseAgent):
              def predict_stream(self, request): ...
          set_model(SupportAgent())
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
    },
    {
      name: "a base class we cannot see may define predict",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          from company.agents import TracedMixin
          class Agent(TracedMixin, ResponsesAgent):
              pass
        `,
      },
    },
    {
      name: "an instance logged directly needs no set_model",
      files: {
        "log_model.py": py`
          import mlflow
          from mlflow.pyfunc import PythonModel
          class Echo(PythonModel):
              def predict(self, context, model_input): return model_input
          mlflow.pyfunc.log_model(name="echo", python_model=Echo())
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a ResponsesAgent without predict",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def answer(self, request): ...
          mlflow.models.set_model(Agent())
        `,
      },
      errors: [{ line: 3, column: 7, messageId: "noPredict" }],
    },
    {
      name: "models from code without set_model",
      files: {
        "agent.py": py`
          from mlflow.pyfunc import ResponsesAgent
          class Agent(ResponsesAgent):
              def predict(self, request): ...
          AGENT = Agent()
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [{ line: 2, column: 53, file: "log_model.py", messageId: "noSetModel" }],
    },
    {
      name: "ChatAgent warns",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ChatAgent
          class Agent(ChatAgent):
              def predict(self, messages, context=None, custom_inputs=None): ...
          mlflow.models.set_model(Agent())
        `,
      },
      errors: [{ line: 3, messageId: "legacyChatAgent", severity: "warning" }],
    },
  ],
});
