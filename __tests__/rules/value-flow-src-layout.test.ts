// A project in the src layout (src/pkg/...) is imported as `pkg` once installed: a notebook beside src/
// that calls its functions is followed into them, as for a package at the top.
// Sweep: a retired endpoint passed from a notebook into a src-layout package's chain builder.
import retired from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const files = (endpoint: string) => ({
  "src/ragapp/__init__.py": "",
  "src/ragapp/chain.py": py`
    from databricks_langchain import ChatDatabricks
    def build(llm_endpoint=None):
        return ChatDatabricks(endpoint=llm_endpoint)
  `,
  "notebooks/log_chain.py": py`
    import mlflow
    from ragapp.chain import build
    LLM = "${endpoint}"
    chain = build(llm_endpoint=LLM)
  `,
});

ruleCases(retired, {
  valid: [{ name: "a current endpoint", files: files("databricks-meta-llama-3-3-70b-instruct") }],
  invalid: [
    {
      name: "a retired endpoint passed into the package",
      files: files("databricks-meta-llama-3-70b-instruct"),
      errors: [{ file: "notebooks/log_chain.py", line: 3, messageId: "retiredOn", related: ["src/ragapp/chain.py:3 used by ChatDatabricks(endpoint=...)"] }],
    },
  ],
});
