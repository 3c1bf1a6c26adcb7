// declared-resources follows a resource name that reaches the client through a parameter: what each
// `Cls(...)` construction (or helper call) in the model's code passes, or the default it leaves
// (evaluate/call-sites.ts, as fm-endpoint-name does). A value known only at run time, a class never
// constructed, or a construction outside the model's code (a driver's or a test's) stays silent.
// Sweep: agent templates build `ToolCallingAgent(llm_endpoint=LLM_ENDPOINT_NAME, tools=...)` and read
// `self.llm_endpoint` in a method; others take `def __init__(self, endpoint: str = "")`.
import rule from "../../rules/declared-resources.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const DECLARED = "databricks-meta-llama-3-3-70b-instruct";

/** An agent whose __init__ hands its parameter to ChatDatabricks; `construct` builds it. */
const agent = (init: string, construct: string) => py`
  import mlflow
  from databricks_langchain import ChatDatabricks
  from mlflow.pyfunc import ResponsesAgent

  class Agent(ResponsesAgent):
      def __init__(self, ${init}):
          self.llm = ChatDatabricks(endpoint=endpoint)
      def predict(self, request):
          ...

  ${construct}
  mlflow.models.set_model(AGENT)
`;

const logModel = (extra = "") => py`
  import mlflow
  from mlflow.models.resources import DatabricksServingEndpoint
  ${extra}
  mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="${DECLARED}")])
`;

const USED_BY = "agent.py:7 used by ChatDatabricks(endpoint=...)";

/** The Databricks tool-calling template's shape: the endpoint stored on self, read by a method's client call. */
const toolCalling = (construct: string) => py`
  import mlflow
  from databricks.sdk import WorkspaceClient
  from mlflow.pyfunc import ResponsesAgent

  LLM_ENDPOINT_NAME = "databricks-claude-sonnet-4-5"

  class ToolCallingAgent(ResponsesAgent):
      def __init__(self, llm_endpoint: str, tools: list):
          self.llm_endpoint = llm_endpoint
          self.client = WorkspaceClient().serving_endpoints.get_open_ai_client()
      def predict(self, request):
          return self.client.chat.completions.create(model=self.llm_endpoint, messages=[])

  ${construct}
  mlflow.models.set_model(AGENT)
`;

/** Retrieval and tools from constructor parameters. */
const tools = (construct: string) => py`
  import mlflow
  from databricks_langchain import UCFunctionToolkit, VectorSearchRetrieverTool
  from mlflow.pyfunc import ResponsesAgent

  class Agent(ResponsesAgent):
      def __init__(self, index, functions):
          self.retriever = VectorSearchRetrieverTool(index_name=index)
          self.tools = UCFunctionToolkit(function_names=functions).tools
      def predict(self, request):
          ...

  ${construct}
  mlflow.models.set_model(AGENT)
`;

const logTools = py`
  import mlflow
  from mlflow.models.resources import DatabricksFunction, DatabricksVectorSearchIndex
  mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[
      DatabricksVectorSearchIndex(index_name="main.support.docs_index"),
      DatabricksFunction(function_name="main.support.lookup_order"),
  ])
`;

/** A notebook logging an instance of its own class, built with `construct` and passed as `passed`. */
const pickled = (construct: string, passed: string) => py`
  # Databricks notebook source
  import mlflow
  from databricks_langchain import ChatDatabricks
  from mlflow.models.resources import DatabricksServingEndpoint

  class Wrapper(mlflow.pyfunc.PythonModel):
      def __init__(self, endpoint):
          self.endpoint = endpoint
      def predict(self, context, df):
          return ChatDatabricks(endpoint=self.endpoint).invoke(df)

  # COMMAND ----------

  ${construct}
  mlflow.pyfunc.log_model(name="m", python_model=${passed}, resources=[DatabricksServingEndpoint(endpoint_name="${DECLARED}")])
`;

/** A dataclass or pydantic agent: the endpoint is a field, its class-level value only the default. */
const fields = (head: string, construct: string) => py`
  import mlflow
  from dataclasses import dataclass
  from databricks_langchain import ChatDatabricks
  from pydantic import BaseModel

  ${head}
      endpoint: str = "databricks-gpt-5"
      def predict(self, x):
          return ChatDatabricks(endpoint=self.endpoint).invoke(x)

  ${construct}
  mlflow.models.set_model(AGENT)
`;

ruleCases(rule, {
  valid: [
    { name: "the constructed endpoint is declared", files: { "agent.py": agent("endpoint", `AGENT = Agent("${DECLARED}")`), "log_model.py": logModel() } },
    { name: "the declared endpoint as a keyword argument", files: { "agent.py": agent("endpoint", `AGENT = Agent(endpoint="${DECLARED}")`), "log_model.py": logModel() } },
    { name: "the declared endpoint as the __init__ default", files: { "agent.py": agent(`endpoint="${DECLARED}"`, "AGENT = Agent()"), "log_model.py": logModel() } },
    { name: "never constructed: who builds it, with what, is not known", files: { "agent.py": agent("endpoint", "AGENT = None"), "log_model.py": logModel() } },
    { name: "constructed with a value read at run time", files: {
      "agent.py": agent("endpoint", `import os\nAGENT = Agent(os.environ["LLM_ENDPOINT"])`), "log_model.py": logModel(),
    } },
    { name: "constructed with input()", files: { "agent.py": agent("endpoint", "AGENT = Agent(input())"), "log_model.py": logModel() } },
    { name: "constructed with a function's parameter of unknown value", files: {
      "agent.py": agent("endpoint", "def build(name):\n    return Agent(name)\nAGENT = build"), "log_model.py": logModel(),
    } },
    { name: "constructed with one of two values", files: {
      "agent.py": agent("endpoint", `import os\nAGENT = Agent("databricks-claude-sonnet-4-5" if os.environ.get("BIG") else "${DECLARED}")`), "log_model.py": logModel(),
    } },
    { name: "a construction spreading its arguments", files: { "agent.py": agent(`endpoint="${DECLARED}"`, `ARGS = {"endpoint": "databricks-claude-sonnet-4-5"}\nAGENT = Agent(**ARGS)`), "log_model.py": logModel() } },
    // The driver builds one to try it out; the model is what agent.py builds when it loads.
    { name: "a construction in the logging script is not the model's", files: {
      "agent.py": agent("endpoint", `AGENT = Agent("${DECLARED}")`),
      "log_model.py": logModel(`from agent import Agent\nAgent("databricks-claude-sonnet-4-5").predict({"input": []})`),
    } },
    { name: "a construction in a test is not the model's", files: {
      "agent.py": agent("endpoint", `AGENT = Agent("${DECLARED}")`), "log_model.py": logModel(),
      "test_agent.py": py`
        from agent import Agent
        def test_predict():
            Agent("databricks-claude-sonnet-4-5")
      `,
    } },
    { name: "the template's endpoint constant, declared", files: {
      "agent.py": toolCalling("AGENT = ToolCallingAgent(llm_endpoint=LLM_ENDPOINT_NAME, tools=[])"),
      "log_model.py": py`
        import mlflow
        from agent import LLM_ENDPOINT_NAME
        from mlflow.models.resources import DatabricksServingEndpoint
        mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT_NAME)])
      `,
    } },
    { name: "an index and functions passed to the constructor, declared", files: {
      "agent.py": tools(`AGENT = Agent("main.support.docs_index", ["main.support.lookup_order"])`), "log_model.py": logTools,
    } },
    { name: "a pickled instance built with the declared endpoint", files: { "nb.py": pickled("", `Wrapper("${DECLARED}")`) } },
    // Another instance of the class, built to try it out, is not the one logged.
    { name: "a pickled instance: another construction in the notebook is not the model's", files: {
      "nb.py": pickled(`probe = Wrapper("databricks-gpt-5")`, `Wrapper("${DECLARED}")`),
    } },
    { name: "a dataclass field passed by the construction, declared", files: {
      "agent.py": fields("@dataclass\nclass Agent:", `AGENT = Agent(endpoint="${DECLARED}")`), "log_model.py": logModel(),
    } },
    { name: "a pydantic field passed by the construction, declared", files: {
      "agent.py": fields("class Agent(BaseModel):", `AGENT = Agent(endpoint="${DECLARED}")`), "log_model.py": logModel(),
    } },
    // A base's fields are not known: the class-level value may be replaced by any construction.
    { name: "an annotated class attribute of a class with an external base, constructed with a keyword", files: {
      "agent.py": fields("from langchain_core.tools import BaseTool\nclass Agent(BaseTool):", `AGENT = Agent(endpoint="${DECLARED}")`), "log_model.py": logModel(),
    } },
    { name: "a dataclass built positionally: the field order is not followed", files: {
      "agent.py": fields("@dataclass\nclass Agent:", `AGENT = Agent("databricks-claude-sonnet-4-5")`), "log_model.py": logModel(),
    } },
    // Subclass constructions and super().__init__ calls are not followed: nothing is said of them.
    { name: "a base's __init__ reached through super().__init__", files: {
      "agent.py": agent("endpoint", "class Sub(Agent):\n    def __init__(self):\n        super().__init__(\"databricks-claude-sonnet-4-5\")\nAGENT = Sub()"),
      "log_model.py": logModel(),
    } },
  ],
  invalid: [
    { name: "the task's example: another endpoint than the declared one", files: {
      "agent.py": agent("endpoint", `AGENT = Agent("databricks-claude-sonnet-4-5")`), "log_model.py": logModel(),
    }, errors: [{ line: 11, column: 16, messageId: "undeclared", related: [USED_BY] }] },
    { name: "a keyword argument", files: {
      "agent.py": agent("endpoint", `AGENT = Agent(endpoint="databricks-claude-sonnet-4-5")`), "log_model.py": logModel(),
    }, errors: [{ line: 11, column: 25, messageId: "undeclared", related: [USED_BY] }] },
    // The name is written in the signature: the finding sits on the construction that leaves it.
    { name: "the __init__ default, left by a construction", files: {
      "agent.py": agent(`endpoint="databricks-claude-sonnet-4-5"`, "AGENT = Agent()"), "log_model.py": logModel(),
    }, errors: [{ line: 11, column: 9, messageId: "undeclared", related: [USED_BY] }] },
    { name: "several constructions: only the undeclared value", files: {
      "agent.py": agent("endpoint", `JUDGE = Agent("databricks-gpt-5")\nAGENT = Agent("${DECLARED}")`), "log_model.py": logModel(),
    }, errors: [{ line: 11, column: 16, messageId: "undeclared", message: '"databricks-gpt-5"' }] },
    { name: "a run-time construction beside a literal one: the literal is still certain", files: {
      "agent.py": agent("endpoint", `import os\nA = Agent(os.environ["E"])\nAGENT = Agent("databricks-gpt-5")`), "log_model.py": logModel(),
    }, errors: [{ line: 13, messageId: "undeclared", message: '"databricks-gpt-5"' }] },
    { name: "the template's endpoint stored on self and read by a method", files: {
      "agent.py": toolCalling("AGENT = ToolCallingAgent(llm_endpoint=LLM_ENDPOINT_NAME, tools=[])"), "log_model.py": logModel(),
    }, errors: [{ line: 14, column: 9, messageId: "undeclared", message: '"databricks-claude-sonnet-4-5"', related: ["agent.py:12 used by chat.completions.create(...)"] }] },
    { name: "an index and a function list passed to the constructor, undeclared", files: {
      "agent.py": tools(`AGENT = Agent(index="main.support.faq_index", functions=["main.support.lookup_order", "main.support.refund"])`), "log_model.py": logTools,
    }, errors: [
      { line: 12, column: 22, messageId: "undeclared", message: '"main.support.faq_index"' },
      { line: 12, column: 88, messageId: "undeclared", message: '"main.support.refund"' },
    ] },
    { name: "a helper function's parameter, at its call", files: {
      "agent.py": agent("endpoint", py`
        def make_llm(name):
            return ChatDatabricks(endpoint=name)
        JUDGE = make_llm("databricks-gpt-5")
        AGENT = Agent("${DECLARED}")
      `), "log_model.py": logModel(),
    }, errors: [{ line: 13, column: 19, messageId: "undeclared", related: ["agent.py:12 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "a construction in another module of the model's code", files: {
      "agent.py": agent("endpoint", "AGENT = None"),
      "main.py": py`
        import mlflow
        from agent import Agent
        mlflow.models.set_model(Agent("databricks-gpt-5"))
      `,
      // code_paths ships agent.py with the model, so its client calls are the model's code.
      "log_model.py": logModel().replace(`python_model="agent.py"`, `python_model="main.py", code_paths=["agent.py"]`),
    }, errors: [{ file: "main.py", line: 3, column: 32, messageId: "undeclared", related: [USED_BY] }] },
    { name: "serving.yaml model.resources: the constructed endpoint appended by the fix", files: {
      "serving.yaml": yaml`
        version: 1
        model:
          code: [agent.py]
          resources:
            serving_endpoints: [${DECLARED}]
      `,
      "agent.py": agent("endpoint", `AGENT = Agent("databricks-gpt-5")`),
    }, errors: [{ file: "agent.py", line: 11, column: 16, messageId: "undeclared", related: [USED_BY] }], output: {
      "serving.yaml": yaml`
        version: 1
        model:
          code: [agent.py]
          resources:
            serving_endpoints: [${DECLARED}, databricks-gpt-5]
      `,
    } },
    { name: "a dataclass field's default, left by the construction", files: {
      "agent.py": fields("@dataclass\nclass Agent:", "AGENT = Agent()"), "log_model.py": logModel(),
    }, errors: [{ line: 12, column: 9, messageId: "undeclared", message: '"databricks-gpt-5"', related: ["agent.py:10 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "a pydantic field passed by the construction, undeclared", files: {
      "agent.py": fields("class Agent(BaseModel):", `AGENT = Agent(endpoint="databricks-claude-sonnet-4-5")`), "log_model.py": logModel(),
    }, errors: [{ line: 11, column: 25, messageId: "undeclared", related: ["agent.py:9 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "a pickled instance built in the log call", files: { "nb.py": pickled("", `Wrapper("databricks-gpt-5")`) },
      errors: [{ line: 15, column: 57, messageId: "undeclared", related: ["nb.py:10 used by ChatDatabricks(endpoint=...)"] }] },
    { name: "a pickled instance built in a cell before the log call", files: { "nb.py": pickled(`model = Wrapper("databricks-gpt-5")`, "model") },
      errors: [{ line: 14, column: 18, messageId: "undeclared", related: ["nb.py:10 used by ChatDatabricks(endpoint=...)"] }] },
  ],
});
