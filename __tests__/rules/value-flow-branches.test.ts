// Branches (evaluate/values.ts `alts`): a name bound in each arm of one `if`, or a
// conditional expression, is one of its arms' values. A literal that really reaches
// the call fires; a check that needs the value on every path stays silent. Keys
// stored into a dict literal straight after it are part of it.
import declared from "../../rules/declared-resources.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { describe } from "vitest";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-claude-3-7-sonnet"; // retired 2026-04-12 (rules/data)
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";

describe("fm-endpoint-retired through branches", () => {
  ruleCases(retired, {
    valid: [
      // Read inside the if, only its own arm's value holds there: not followed (the other arm is not this path).
      { name: "a read inside one arm", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        if fast:
            name = "${RETIRED}"
        else:
            name = "${CURRENT}"
            llm = ChatDatabricks(endpoint=name)
      ` } },
      // Read before the if in the same scope: a NameError, no value reaches the call.
      { name: "a read written before the if", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        llm = ChatDatabricks(endpoint=name)
        if fast:
            name = "${RETIRED}"
        else:
            name = "${CURRENT}"
      ` } },
      { name: "bound in an arm and again after the if", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        if fast:
            name = "${RETIRED}"
        else:
            name = "${CURRENT}"
        name = read_setting()
        llm = ChatDatabricks(endpoint=name)
      ` } },
      { name: "bound twice in one arm, and in arms of two ifs", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        if fast:
            a = "${RETIRED}"
            a = "${CURRENT}"
        else:
            a = "${CURRENT}"
        if x:
            b = "${RETIRED}"
        if y:
            b = "${CURRENT}"
        ChatDatabricks(endpoint=a)
        ChatDatabricks(endpoint=b)
      ` } },
      // The store's value reads the dict: it would see entries stored after it. Not followed.
      { name: "key stores not straight after the literal, or reading the dict", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        cfg = {"endpoint": "${CURRENT}"}
        print(cfg)
        cfg["endpoint"] = "${RETIRED}"
        ChatDatabricks(endpoint=cfg["endpoint"])
        other = {"a": "${RETIRED}"}
        other["endpoint"] = other["a"]
        ChatDatabricks(endpoint=other["endpoint"])
      ` } },
      { name: "a key stored under an if", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        cfg = {"endpoint": "${CURRENT}"}
        if flag:
            cfg["endpoint"] = "${RETIRED}"
        ChatDatabricks(endpoint=cfg["endpoint"])
      ` } },
      { name: "a later store overrides the retired entry", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        cfg = {"endpoint": "${RETIRED}"}
        cfg["endpoint"] = "${CURRENT}"
        ChatDatabricks(endpoint=cfg["endpoint"])
      ` } },
      { name: "self.x stored in two ifs, or twice in one arm", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            def __init__(self, fast, slow):
                if fast:
                    self.model = "${RETIRED}"
                if slow:
                    self.model = "${CURRENT}"
                if fast:
                    self.judge = "${RETIRED}"
                    self.judge = "${CURRENT}"
                else:
                    self.judge = "${CURRENT}"
            def llm(self):
                return ChatDatabricks(endpoint=self.model), ChatDatabricks(endpoint=self.judge)
      ` } },
      { name: "self.x stored in an arm and in another method", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            def __init__(self, fast):
                if fast:
                    self.model = "${RETIRED}"
                else:
                    self.model = "${CURRENT}"
            def upgrade(self):
                self.model = "${CURRENT}"
            def llm(self):
                return ChatDatabricks(endpoint=self.model)
      ` } },
    ],
    invalid: [
      { name: "a name bound in if / elif / else, read after", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        if env == "prod":
            name = "${CURRENT}"
        elif env == "dev":
            name = "${RETIRED}"
        else:
            name = "${CURRENT}"
        llm = ChatDatabricks(endpoint=name)
      ` }, errors: [{ line: 5, messageId: "retiredOn", related: ["agent.py:8 used by ChatDatabricks(endpoint=...)"] }] },
      // A function body runs when called: its read may come before the if in the text.
      { name: "a function defined before the if reads the name", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        def make():
            return ChatDatabricks(endpoint=NAME)
        if fast:
            NAME = "${RETIRED}"
        else:
            NAME = "${CURRENT}"
      ` }, errors: [{ line: 5, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a conditional expression, and a dict chosen by one", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        llm = ChatDatabricks(endpoint="${RETIRED}" if fast else "${CURRENT}")
        A = {"endpoint": "${CURRENT}"}
        B = {"endpoint": "${RETIRED}"}
        judge = ChatDatabricks(endpoint=(A if fast else B)["endpoint"])
      ` }, errors: [
        { line: 2, column: 32, messageId: "retiredOn" },
        { line: 4, messageId: "retiredOn", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] },
      ] },
      { name: "an arm-bound constant imported from another module", files: {
        "settings.py": py`
          import os
          if os.environ.get("FAST"):
              LLM = "${RETIRED}"
          else:
              LLM = "${CURRENT}"
        `,
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          from settings import LLM
          llm = ChatDatabricks(endpoint=LLM)
        `,
      }, errors: [{ file: "settings.py", line: 3, messageId: "retiredOn", related: ["agent.py:3 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "self.x stored in each arm of one if / elif of __init__", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        class Agent:
            def __init__(self, provider):
                if provider == "fast":
                    self.model = "${CURRENT}"
                elif provider == "old":
                    self.model = "${RETIRED}"
            def llm(self):
                return ChatDatabricks(endpoint=self.model)
      ` }, errors: [{ line: 7, messageId: "retiredOn", related: ["agent.py:9 used by ChatDatabricks(endpoint=...)"] }] },
      { name: "a key stored straight after the dict literal", files: { "agent.py": py`
        from databricks_langchain import ChatDatabricks
        cfg = {"temperature": 0.1}
        # the endpoint comes last
        cfg["endpoint"] = "${RETIRED}"
        ChatDatabricks(endpoint=cfg["endpoint"])
      ` }, errors: [{ line: 4, messageId: "retiredOn", related: ["agent.py:5 used by ChatDatabricks(endpoint=...)"] }] },
    ],
  });
});

/** An agent whose one use is the current endpoint. */
const CURRENT_AGENT = py`
  import mlflow
  from databricks_langchain import ChatDatabricks
  llm = ChatDatabricks(endpoint="${CURRENT}")
  mlflow.models.set_model(llm)
`;

describe("declared-resources through branches", () => {
  ruleCases(declared, {
    valid: [
      // Which endpoint runs depends on the branch: neither is certain to be used, so none is "undeclared".
      { name: "an endpoint chosen by a conditional expression", files: {
        "agent.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="${RETIRED}" if fast else "${CURRENT}")
          mlflow.models.set_model(llm)
        `,
        "log.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="${CURRENT}")])
        `,
      } },
      { name: "resources chosen by a conditional expression: a use one of them declares", files: {
        "agent.py": CURRENT_AGENT,
        "log.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          resources = [DatabricksServingEndpoint(endpoint_name="${CURRENT}")] if full else []
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=resources)
        `,
      } },
      { name: "resources chosen between a list and a value we cannot read", files: {
        "agent.py": CURRENT_AGENT,
        "log.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[] if full else load_resources())
        `,
      } },
    ],
    invalid: [
      // Sweep: `[DatabricksServingEndpoint(endpoint_name=cfg.get(...))] if cfg.get(...) else []` left out the agent's endpoint.
      { name: "resources chosen by a conditional expression: a use neither declares", files: {
        "agent.py": CURRENT_AGENT,
        "log.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          resources = [DatabricksServingEndpoint(endpoint_name="judge-endpoint")] if full else []
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=resources)
        `,
      }, errors: [
        { file: "agent.py", line: 3, messageId: "undeclared" },
        { file: "log.py", line: 3, messageId: "unused" },
      ] },
      { name: "a key stored straight after the literal is certain", files: {
        "agent.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks
          cfg = {}
          cfg["endpoint"] = "my-endpoint"
          llm = ChatDatabricks(endpoint=cfg["endpoint"])
          mlflow.models.set_model(llm)
        `,
        "log.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="${CURRENT}")])
        `,
      }, errors: [
        { file: "agent.py", line: 5, messageId: "undeclared", message: "\"my-endpoint\"" },
        { file: "log.py", line: 3, messageId: "unused" },
      ] },
    ],
  });
});
