import rule from "../../rules/missing-requirements.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const agent = (imports: string) => py`
  import json
  import mlflow
  ${imports}
  from mlflow.pyfunc import ResponsesAgent

  class Agent(ResponsesAgent):
      def predict(self, request):
          ...

  mlflow.models.set_model(Agent())
`;

const log = (reqs: string, kw = "pip_requirements") => py`
  import mlflow
  mlflow.pyfunc.log_model(name="agent", python_model="agent.py", ${kw}=[${reqs}])
`;

ruleCases(rule, {
  valid: [
    {
      name: "listed, installed by a listed package, stdlib, local modules, optional imports",
      files: {
        "agent.py": agent(py`
          from databricks_langchain import ChatDatabricks
          from langchain_core.messages import AIMessage
          import pandas as pd
          from tools import lookup
          from .helpers import fmt
          try:
              import orjson
          except ImportError:
              orjson = None
        `),
        "tools.py": "def lookup(): ...\n",
        "log_model.py": log(`"mlflow==3.6.0", "databricks-langchain==0.8.1"`),
      },
    },
    {
      name: "extra_pip_requirements adds to an inferred list: not judged",
      files: { "agent.py": agent("import langgraph"), "log_model.py": log(`"openai==1.54.0"`, "extra_pip_requirements") },
    },
    {
      name: "a list with a URL could install anything: not judged",
      files: {
        "agent.py": agent("import langgraph"),
        "log_model.py": log(`"mlflow==3.6.0", "https://example.com/bundle.whl#sha256=00ff00ff"`),
      },
    },
    {
      name: "imports of the logging script are not model code",
      files: {
        "agent.py": agent(""),
        "log_model.py": py`
          import mlflow
          from databricks import agents
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0"])
        `,
      },
    },
  ],
  invalid: [
    {
      name: "models from code import a package the list does not install",
      files: {
        "agent.py": agent(py`
          from databricks_langchain import ChatDatabricks
          from anthropic import Anthropic
        `),
        "log_model.py": log(`"mlflow==3.6.0", "databricks-langchain==0.8.1"`),
      },
      errors: [{ line: 4, file: "agent.py", messageId: "missing", message: "\"anthropic\" is imported but no requirement installs anthropic" }],
    },
    {
      name: "serving.yaml list for the files model.code names",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py]
            pip_requirements: [mlflow==3.6.0]
        `,
        "agent.py": agent("from databricks_openai import VectorSearchRetrieverTool"),
      },
      errors: [{ line: 3, file: "agent.py", messageId: "missing" }],
    },
  ],
});
