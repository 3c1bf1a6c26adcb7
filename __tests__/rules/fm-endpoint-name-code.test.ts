// fm-endpoint-name on Python: strings that reach an endpoint-carrying argument (reference §7), a
// DatabricksServingEndpoint(...), or a client method that takes an endpoint name.
import rule from "../../rules/fm-endpoint-name.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

ruleCases(rule, {
  valid: [
    {
      name: "exact names through constants, class attributes and another file",
      files: {
        "config.py": `LLM_ENDPOINT = "databricks-claude-sonnet-4-5"\n`,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks, DatabricksEmbeddings
          from config import LLM_ENDPOINT

          class Agent:
              EMBEDDINGS = "databricks-gte-large-en"
              def __init__(self):
                  self.llm = ChatDatabricks(model=LLM_ENDPOINT)
                  self.emb = DatabricksEmbeddings(endpoint=self.EMBEDDINGS)
        `,
      },
    },
    {
      name: "names in comments, docstrings, prints, comparisons and unrelated calls",
      files: {
        "agent.py": py`
          """Talks to databricks-claude-sonet-4-5 (sic) in staging."""
          import logging
          # ChatDatabricks(endpoint="databricks-lama-3-70b")
          print("databricks-gpt-5-3")
          logging.info("switching to %s", "databricks-gemni-3-pro")
          if model_name == "databricks-claude-opus-9":
              pass
          options = {"model": "databricks-foo-bar"}
        `,
      },
    },
    {
      name: "a name computed at run time is not judged",
      files: {
        "agent.py": py`
          import os
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint=os.environ.get("LLM", "databricks-whatever"))
          llm2 = ChatDatabricks(endpoint=f"databricks-{dbutils.widgets.get('model')}")
        `,
      },
    },
    {
      // Without a base URL ChatOpenAI talks to OpenAI; elsewhere to another server: its model is not ours to judge.
      name: "ChatOpenAI without the /serving-endpoints route",
      files: {
        "agent.py": py`
          from langchain_openai import ChatOpenAI
          a = ChatOpenAI(model="databricks-claude-sonet-4-5")
          b = ChatOpenAI(base_url="https://llm.example.com/v1", model="databricks-gpt-5-minii")
        `,
      },
    },
    {
      name: "another package's class imported under a client's name is not that client",
      files: {
        "agent.py": py`
          from my_llms import LocalChat as ChatDatabricks
          llm = ChatDatabricks(endpoint="databricks-not-a-model")
        `,
      },
    },
    {
      name: "a locally defined class that happens to be named ChatDatabricks",
      files: {
        "agent.py": py`
          class ChatDatabricks:
              def __init__(self, endpoint): ...
          llm = ChatDatabricks(endpoint="databricks-not-a-model")
        `,
      },
    },
    {
      // Real evaluation notebooks ship SUPERVISOR_ENDPOINT = "" for the user to fill in: an empty string names no
      // endpoint, so "not an endpoint name" would be noise (the wrong twin below, a name with a space, still fires).
      name: "an empty placeholder passed as the endpoint",
      files: {
        "eval.py": py`
          from databricks_openai import DatabricksOpenAI
          from databricks_langchain import ChatDatabricks
          SUPERVISOR_ENDPOINT = ""
          client = DatabricksOpenAI()
          client.responses.create(model=SUPERVISOR_ENDPOINT, input=[])
          llm = ChatDatabricks(endpoint="")
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a client class imported under another name (`as`), in a module and in a function",
      files: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks as Chat
          llm = Chat(endpoint="databricks-claude-sonet-4-5")
          def make():
              from databricks_langchain import DatabricksEmbeddings as Emb
              return Emb(endpoint="databricks-gte-large-enn")
        `,
      },
      errors: [{ line: 2, messageId: "unknownNear" }, { line: 5, messageId: "unknownNear" }],
    },
    {
      // The f-string's text is as long as the name it builds: a fix sized by lengths alone rewrote the
      // whole expression without its quotes, breaking the file.
      name: "a misspelt name an f-string builds: reported, never fixed",
      files: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          ENDPOINT_PREFIX = "databricks-"
          MODEL = "claude-sonet-4-5"
          llm = ChatDatabricks(endpoint=f"{ENDPOINT_PREFIX}{MODEL}")
        `,
      },
      errors: [{ line: 4, column: 31, messageId: "unknownNear" }],
      output: null,
    },
    {
      // Sweep L: langchain_openai's ChatOpenAI on the workspace's /serving-endpoints route, with a trailing space.
      name: "LangChain's ChatOpenAI and OpenAIEmbeddings pointed at /serving-endpoints",
      files: {
        "agent.py": py`
          from langchain_openai import ChatOpenAI, OpenAIEmbeddings
          llm = ChatOpenAI(base_url=f"{host}/serving-endpoints/", model="databricks-meta-llama-3-3-70b-instruct ")
          emb = OpenAIEmbeddings(openai_api_base=f"{host}/serving-endpoints", model="databricks-gte-large-enn")
        `,
      },
      errors: [{ line: 2, messageId: "unknownNear" }, { line: 3, messageId: "unknownNear" }],
    },
    {
      name: "a placeholder that is not empty is judged: a space is not an endpoint character",
      files: {
        "eval.py": py`
          from databricks_openai import DatabricksOpenAI
          SUPERVISOR_ENDPOINT = "my endpoint"
          client = DatabricksOpenAI()
          client.responses.create(model=SUPERVISOR_ENDPOINT, input=[])
        `,
      },
      errors: [{ line: 2, messageId: "badCharacters" }],
    },
    {
      name: "a misspelt name passed to ChatDatabricks: fixed in place",
      files: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="databricks-claude-sonet-4-5")
        `,
      },
      errors: [{ line: 2, column: 32, messageId: "unknownNear" }],
      output: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")
        `,
      },
    },
    {
      name: "the constant's literal is reported once, where it is written, however many uses",
      files: {
        "agent.py": py`
          LLM_ENDPOINT = "databricks-meta-llama-3-3-70b-instruc"
        `,
        "log_model.py": py`
          import mlflow
          from agent import LLM_ENDPOINT
          from databricks_langchain import ChatDatabricks
          from mlflow.models.resources import DatabricksServingEndpoint
          llm = ChatDatabricks(model=LLM_ENDPOINT)
          resources = [DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT)]
        `,
      },
      errors: [{ line: 1, column: 17, file: "agent.py", messageId: "unknownNear" }],
    },
    {
      name: "a URL or REST path where a bare endpoint name is expected",
      files: {
        "agent.py": py`
          from databricks.sdk import WorkspaceClient
          from databricks_openai import DatabricksOpenAI
          w = WorkspaceClient()
          w.serving_endpoints.query(name="https://dbc-1.cloud.databricks.com/serving-endpoints/databricks-gpt-5/invocations")
          client = DatabricksOpenAI()
          client.chat.completions.create(model="/serving-endpoints/databricks-gpt-5", messages=[])
        `,
      },
      errors: [
        { line: 4, messageId: "url" },
        { line: 6, messageId: "path" },
      ],
    },
    {
      name: "an endpoint name in a notebook's %%writefile agent",
      files: {
        "driver.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC from databricks_langchain import ChatDatabricks
          # MAGIC llm = ChatDatabricks(endpoint="databricks-gpt-5-mni")

          # COMMAND ----------

          print("logged")
        `,
      },
      errors: [{ line: 4, column: 40, file: "driver.py", messageId: "unknownNear" }],
    },
  ],
});
