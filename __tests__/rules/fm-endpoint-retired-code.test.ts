// fm-endpoint-retired on Python: the successor fix changes behaviour, so it needs --fix-retired.
import rule from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

ruleCases(rule, {
  valid: [
    {
      name: "a current endpoint, and a retired name in a comment",
      files: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          # was: databricks-meta-llama-3-1-405b-instruct
          llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
        `,
      },
    },
    {
      // Another package's class named Databricks is not an endpoint client.
      name: "a Databricks class of no LLM package",
      files: { "etl.py": "from acme.connectors import Databricks\nconn = Databricks(endpoint_name='databricks-dbrx-instruct')\n" },
    },
    {
      // `a or b` is b only where a is falsy: after a non-empty literal, b never runs.
      name: "a retired fallback after a literal that is always truthy",
      files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5" or "databricks-dbrx-instruct")
      ` },
    },
  ],
  invalid: [
    {
      // Sweep N (alexxx-db/genai-notebooks mcp/agent.py): a tuple target of an `async with` elsewhere in the
      // module sent it to lezer, whose error held every whole-module rule back.
      name: "a retired endpoint in a module with a tuple with-target",
      files: { "agent.py": py`
        from databricks.sdk import WorkspaceClient
        LLM = "databricks-claude-3-7-sonnet"
        async def tools(url):
            async with connect(url) as (read_stream, write_stream, _):
                return read_stream
        class Agent:
            def __init__(self, endpoint):
                self.endpoint = endpoint
                self.client = WorkspaceClient().serving_endpoints.get_open_ai_client()
            def predict(self, request):
                return self.client.chat.completions.create(model=self.endpoint, messages=[])
        AGENT = Agent(LLM)
      ` },
      errors: [{ line: 2, column: 8, messageId: "retiredOn" }],
    },
    {
      // Sweep O: `self.model_endpoint = model_endpoint or DEFAULT`, `os.environ.get("LLM") or DEFAULT`.
      name: "a retired default after `or`: a value that may be empty, None, or an empty literal",
      files: { "agent.py": py`
        import os
        from databricks_langchain import ChatDatabricks
        DEFAULT = "databricks-dbrx-instruct"
        class Agent:
            def __init__(self, endpoint=None):
                self.llm = ChatDatabricks(endpoint=endpoint or "databricks-mixtral-8x7b-instruct")
        a = ChatDatabricks(endpoint=os.environ.get("LLM") or DEFAULT)
        b = ChatDatabricks(endpoint=None or "databricks-meta-llama-3-1-405b-instruct")
        c = ChatDatabricks(endpoint="" or os.environ.get("X") or "databricks-meta-llama-3-1-70b-instruct")
        Agent()
      ` },
      errors: [
        { line: 3, column: 12, message: '"databricks-dbrx-instruct" is retired' },
        { line: 6, message: '"databricks-mixtral-8x7b-instruct" is retired' },
        { line: 8, messageId: "retiredOn", message: '"databricks-meta-llama-3-1-405b-instruct"' },
        { line: 9, messageId: "retiredOn", message: '"databricks-meta-llama-3-1-70b-instruct"' },
      ],
    },
    {
      // Sweep H: LangChain's Databricks LLM and DSPy 2.4's Databricks client name the endpoint too.
      name: "retired endpoints through langchain_community.llms.Databricks and dspy.Databricks",
      files: { "chain.py": py`
        import dspy
        from langchain_community.llms import Databricks
        import langchain_community.llms.databricks as lcd
        llm = Databricks(endpoint_name="databricks-mpt-30b-instruct")
        other = lcd.Databricks(endpoint_name="databricks-dbrx-instruct")
        lm = dspy.Databricks(model="databricks-meta-llama-3-1-70b-instruct", api_base="https://h/serving-endpoints")
      ` },
      errors: [{ line: 4, messageId: "retiredOn" }, { line: 5, messageId: "retired" }, { line: 6, messageId: "retiredOn" }],
    },
    {
      // Sweep K: a completion model called through the legacy completions API.
      name: "a retired completion model through client.completions.create",
      files: { "nb.py": py`
        from openai import OpenAI
        client = OpenAI(api_key="x", base_url="https://h.cloud.databricks.com/serving-endpoints")
        client.completions.create(model="databricks-mpt-30b-instruct", prompt="hi")
        client.chat.completions.create(model="databricks-meta-llama-3-3-70b-instruct", messages=[])
      ` },
      errors: [{ line: 3, messageId: "retiredOn" }],
    },
    {
      // Sweep H: a notebook's helper declares the endpoint its caller passes (genai-cookbook's quick start).
      name: "a retired endpoint a helper declares for its caller",
      files: { "driver.py": py`
        from mlflow.models.resources import DatabricksServingEndpoint

        def resources_for(endpoint):
            return [DatabricksServingEndpoint(endpoint_name=endpoint)]

        resources_for("databricks-meta-llama-3-1-70b-instruct")
      ` },
      errors: [{ line: 6, messageId: "retiredOn", related: ["driver.py:4 used by DatabricksServingEndpoint(...)"] }],
    },
    {
      // Sweep: LangChain's old re-export of langchain_community's class.
      name: "a retired endpoint through langchain.chat_models",
      files: { "chain.py": py`
        from langchain.chat_models import ChatDatabricks
        llm = ChatDatabricks(endpoint="databricks-dbrx-instruct")
      ` },
      errors: [{ line: 2, messageId: "retired" }],
    },
    {
      name: "a retired endpoint with a successor, in a resources list",
      files: {
        "log_model.py": py`
          from mlflow.models.resources import DatabricksServingEndpoint
          resources = [DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-1-405b-instruct")]
        `,
      },
      errors: [{ line: 2, column: 55, messageId: "retiredOn" }],
      optIns: ["fix-retired"],
      output: {
        "log_model.py": py`
          from mlflow.models.resources import DatabricksServingEndpoint
          resources = [DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")]
        `,
      },
    },
  ],
});
