// `for name in [...]`: inside the loop's body the name is each item on some iteration, so a retired
// literal in the list reaches the call; after the loop (only the last item, or none) it is not followed.
// Sweep: a benchmark notebook that loops over a list of retired endpoints.
import declared from "../../rules/declared-resources.js";
import retired from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const RETIRED = "databricks-dbrx-instruct";
const CURRENT = "databricks-meta-llama-3-3-70b-instruct";
const HEAD = `from openai import OpenAI\nclient = OpenAI(api_key="x", base_url="https://example.cloud.databricks.com/serving-endpoints")`;

ruleCases(retired, {
  valid: [
    { name: "current names only", files: { "bench.py": py`
      ${HEAD}
      for name in ["${CURRENT}"]:
          client.chat.completions.create(model=name, messages=[])
    ` } },
    { name: "a read after the loop", files: { "bench.py": py`
      ${HEAD}
      for name in ["${RETIRED}", "${CURRENT}"]:
          print(name)
      client.chat.completions.create(model=name, messages=[])
    ` } },
    { name: "a loop over a list read at run time, or unpacked targets", files: { "bench.py": py`
      import json
      ${HEAD}
      for name in json.load(open("models.json")):
          client.chat.completions.create(model=name, messages=[])
      for name, _ in [("${RETIRED}", 1)]:
          client.chat.completions.create(model=name, messages=[])
    ` } },
  ],
  invalid: [
    { name: "a retired name among the list the loop calls", files: { "bench.py": py`
      ${HEAD}
      MODELS = ["${CURRENT}", "${RETIRED}"]
      for name in MODELS:
          client.chat.completions.create(model=name, messages=[])
    ` }, errors: [{ line: 3, messageId: "retired", related: ["bench.py:5 used by chat.completions.create(...)"] }] },
  ],
});

ruleCases(declared, {
  valid: [
    // Each item is only one iteration's value: no single endpoint is certain to be the one used.
    { name: "a loop over endpoints in model code", files: {
      "agent.py": py`
        import mlflow
        from databricks_langchain import ChatDatabricks
        for name in ["${CURRENT}", "judge-endpoint"]:
            llm = ChatDatabricks(endpoint=name)
        mlflow.models.set_model(llm)
      `,
      "log.py": py`
        import mlflow
        from mlflow.models.resources import DatabricksServingEndpoint
        mlflow.pyfunc.log_model(name="m", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="${CURRENT}")])
      `,
    } },
  ],
  invalid: [],
});
