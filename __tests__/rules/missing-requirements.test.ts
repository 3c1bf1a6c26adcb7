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
    // A list grown by appends may hold more on some path (a loop's, a variable's): it is not known complete.
    { name: "a pip_requirements list grown by appends", files: {
      "agent.py": agent("import langgraph"),
      "log.py": py`
        import mlflow
        reqs = ["mlflow==3.7.0"]
        for dep in deps:
            reqs.append(dep)
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=reqs)
      `,
    } },
    // Sweep: databricks-connect ships the pyspark package itself.
    { name: "pyspark through databricks-connect", files: { "agent.py": agent("from pyspark.sql import SparkSession"), "log.py": log(`"mlflow==3.7.0", "databricks-connect==16.4.2"`) } },
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
      // The optional-provider pattern: the import runs only when the branch does (sweep: kunalmega/langgraph-databricks-template).
      name: "an import under an if, elif or else whose branch is decided at run time",
      files: {
        "agent.py": agent(py`
          import os
          PROVIDER = os.environ.get("PROVIDER")
          if PROVIDER == "anthropic":
              import anthropic
          def build():
              if PROVIDER == "openai":
                  from langchain_openai import ChatOpenAI
              elif PROVIDER:
                  from langchain_anthropic import ChatAnthropic
        `),
        "log_model.py": log(`"mlflow==3.6.0"`),
      },
    },
    {
      // databricks-mcp depends on mcp (its pyproject: mcp, databricks-sdk, databricks-ai-bridge, mlflow).
      name: "mcp installed by databricks-mcp",
      files: {
        "agent.py": py`
          import mlflow
          from databricks_mcp import DatabricksMCPClient
          from mcp import ClientSession
          mlflow.models.set_model(None)
        `,
        "driver.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0", "databricks-mcp==0.3.0"])
        `,
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
    {
      // code_paths=["app"] ships the whole folder, but only what the served chain imports runs at load time:
      // app/udf.py (Spark UDFs for ingestion) and app/guardrails (used by the driver only) are not model code.
      name: "a whole-directory code_paths entry with helper modules the model never imports",
      files: {
        "chain.py": py`
          import mlflow
          from app.llms import get_llm
          mlflow.models.set_model(get_llm())
        `,
        "app/__init__.py": "",
        "app/llms.py": py`
          from databricks_langchain import ChatDatabricks
          def get_llm(): return ChatDatabricks(endpoint="databricks-gpt-5")
        `,
        "app/udf.py": py`
          from pyspark.sql import DataFrame
        `,
        "app/guardrails/__init__.py": "import app.guardrails.validators\n",
        "app/guardrails/validators.py": py`
          from sentence_transformers import SentenceTransformer
        `,
        "driver.py": py`
          import mlflow
          from app.guardrails import validators
          mlflow.langchain.log_model(lc_model="chain.py", code_paths=["app"], pip_requirements=["mlflow==3.6.0", "databricks-langchain==0.8.1"])
        `,
      },
    },
    {
      // The notebook pickles the DittoModel instance: its methods use pandas and transformers only. The notebook's
      // own DBUtils import (an experiment path for the logging run) is not part of the model.
      name: "notebook-level imports of the logging code are not the in-notebook model class's",
      files: {
        "train.py": py`
          # Databricks notebook source
          import mlflow
          import pandas as pd
          from pyspark.dbutils import DBUtils
          from transformers import pipeline

          user = DBUtils(spark).notebook().getContext().userName().get()

          # COMMAND ----------

          class DittoModel(mlflow.pyfunc.PythonModel):
              def load_context(self, context):
                  self.pipe = pipeline("text-classification")
              def predict(self, context, model_input):
                  import torch
                  with torch.no_grad():
                      return pd.DataFrame(self.pipe(list(model_input["text"])))

          mlflow.pyfunc.log_model(name="ditto", python_model=DittoModel(), pip_requirements=["mlflow==3.6.0", "transformers==4.46.0", "torch==2.5.1", "pandas==2.2.3"])
        `,
      },
    },
    {
      // databricks-sdk[openai] installs openai and langchain-openai; mlflow[databricks] installs boto3 and
      // databricks-agents (rules/data/python-extras.json says where each fact comes from).
      name: "packages installed by a requirement's extras",
      files: {
        "agent.py": agent(py`
          from openai import OpenAI
          from langchain_openai import ChatOpenAI
          import boto3
          from databricks import agents
        `),
        "log_model.py": log(`"mlflow[databricks]==3.6.0", "databricks-sdk[openai]==0.70.0"`),
      },
    },
    {
      // An extra the table does not know could install anything: the environment is unknown, so nothing is judged.
      name: "an unknown extra makes the environment unknown",
      files: {
        "agent.py": agent("from anthropic import Anthropic"),
        "log_model.py": log(`"mlflow==3.6.0", "uvicorn[standard]==0.32.0"`),
      },
    },
  ],
  invalid: [
    {
      name: "an import inside a function, outside any if, runs whenever the function does",
      files: {
        "agent.py": agent(py`
          def build():
              from langchain_openai import ChatOpenAI
        `),
        "log_model.py": log(`"mlflow==3.6.0"`),
      },
      errors: [{ line: 4, file: "agent.py", messageId: "missing", message: "installs langchain-openai" }],
    },
    {
      name: "an extra installs only what it lists: databricks-sdk[notebook] does not install openai",
      files: {
        "agent.py": agent("from openai import OpenAI"),
        "log_model.py": log(`"mlflow==3.6.0", "databricks-sdk[notebook]==0.70.0"`),
      },
      errors: [{ line: 3, file: "agent.py", messageId: "missing", message: "installs openai" }],
    },
    {
      name: "a code_paths module the model imports, through its package, is model code",
      files: {
        "chain.py": py`
          import mlflow
          from app import tools
          mlflow.models.set_model(tools.build())
        `,
        "app/__init__.py": "from app.guardrails import check\n",
        "app/tools.py": "def build(): ...\n",
        "app/guardrails.py": py`
          from sentence_transformers import SentenceTransformer
          def check(): ...
        `,
        "driver.py": py`
          import mlflow
          mlflow.langchain.log_model(lc_model="chain.py", code_paths=["app"], pip_requirements=["mlflow==3.6.0"])
        `,
      },
      errors: [{ line: 1, file: "app/guardrails.py", messageId: "missing", message: "installs sentence-transformers" }],
    },
    {
      name: "an in-notebook model class that uses a notebook-level import the list does not install",
      files: {
        "train.py": py`
          # Databricks notebook source
          import mlflow
          from pyspark.dbutils import DBUtils
          import anthropic

          class Summarizing(mlflow.pyfunc.PythonModel):
              def predict(self, context, model_input):
                  return anthropic.Anthropic().messages.create(model="claude", messages=model_input)

          mlflow.pyfunc.log_model(name="tok", python_model=Summarizing(), pip_requirements=["mlflow==3.6.0"])
        `,
      },
      errors: [{ line: 4, file: "train.py", messageId: "missing", message: "installs anthropic" }],
    },
    {
      // cloudpickle stores a global the method reads by value: loading it imports the global's class's package.
      name: "an in-notebook model class reading a notebook-level client: the client's package is the model's",
      files: {
        "train.py": py`
          # Databricks notebook source
          import mlflow
          import anthropic
          import pandas

          client = anthropic.Anthropic()
          frame = pandas.DataFrame()

          class Summarizing(mlflow.pyfunc.PythonModel):
              def predict(self, context, model_input):
                  return client.messages.create(model="claude", messages=model_input)

          mlflow.pyfunc.log_model(name="tok", python_model=Summarizing(), pip_requirements=["mlflow==3.6.0"])
        `,
      },
      errors: [{ line: 3, file: "train.py", messageId: "missing", message: "installs anthropic" }],
    },
    {
      // Driver notebooks name the agent beside them as os.path.join(os.getcwd(), "agent.py") (sweep: hiydavid).
      name: "a models-from-code file named through os.path.join(os.getcwd(), ...)",
      files: {
        "agent.py": py`
          import mlflow
          import anthropic
          mlflow.models.set_model(anthropic.Anthropic())
        `,
        "driver.py": py`
          # Databricks notebook source
          import os
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model=os.path.join(os.getcwd(), "agent.py"), pip_requirements=["mlflow==3.6.0"])
        `,
      },
      errors: [{ line: 2, file: "agent.py", messageId: "missing", message: "installs anthropic" }],
    },
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
