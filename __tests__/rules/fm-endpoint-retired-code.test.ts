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
  ],
  invalid: [
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
