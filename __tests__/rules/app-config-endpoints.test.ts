// A Databricks app's app.yaml passes its model to the app as an env value. A value that
// is exactly a catalog endpoint name names that endpoint; any other value is the app's
// business (a warehouse id, a flag, a custom endpoint), so no near-miss is judged there.
// Sweep: apps querying a retired foundation model through app.yaml passed every check.
import fmEndpointName from "../../rules/fm-endpoint-name.js";
import fmEndpointRetired from "../../rules/fm-endpoint-retired.js";
import { ruleCases } from "../helpers/rule-cases.js";

const appYaml = (value: string) => ({
  "app/app.yaml": `command: ["python", "app.py"]
env:
  - name: DATABRICKS_WAREHOUSE_ID
    value: quoz2bvjy8bl7skl
  - name: SERVING_ENDPOINT
    value: ${value}
  - name: VECTOR_INDEX
    valueFrom: index
`,
  "app/app.py": "import os\nprint(os.environ['SERVING_ENDPOINT'])\n",
});

const inlineConfig = (value: string) => ({
  "databricks.yml": `bundle:
  name: chat
resources:
  apps:
    chat_app:
      name: chat-app
      source_code_path: ./app
      config:
        command: [streamlit, run, app.py]
        env:
          - name: LLM
            value: ${value}
`,
});

ruleCases(fmEndpointRetired, {
  valid: [
    { name: "a current foundation model", files: appYaml("databricks-claude-sonnet-4-5") },
    { name: "a custom endpoint", files: appYaml("support-agent-prod") },
    { name: "a bundle variable in an inline config", files: inlineConfig("${var.llm}") },
    {
      name: "a retired name in YAML that is no app configuration (an extra key)",
      files: { "app.yaml": "name: chat\nenv:\n  - name: LLM\n    value: databricks-claude-3-7-sonnet\n" },
    },
    {
      name: "an app configuration under another file name",
      files: { "config.yaml": "env:\n  - name: LLM\n    value: databricks-claude-3-7-sonnet\n" },
    },
  ],
  invalid: [
    { name: "a retired foundation model in app.yaml", files: appYaml("databricks-claude-3-7-sonnet"), errors: [{ file: "app/app.yaml", line: 6, column: 12, messageId: "retiredOn" }] },
    { name: "quoted, in app.yml", files: { "app.yml": "env:\n  - name: 'LLM'\n    value: 'databricks-meta-llama-3-1-405b-instruct'\n" }, errors: [{ line: 3, column: 12, messageId: "retiredOn" }] },
    {
      name: "--fix-retired writes the successor into the quoted value",
      files: { "app.yaml": "env:\n  - name: LLM\n    value: \"databricks-meta-llama-3-1-405b-instruct\"\n" },
      errors: [{ line: 3, messageId: "retiredOn" }],
      optIns: ["fix-retired"],
      output: { "app.yaml": "env:\n  - name: LLM\n    value: \"databricks-meta-llama-3-3-70b-instruct\"\n" },
    },
    { name: "a bundle app's inline config", files: inlineConfig("databricks-claude-3-7-sonnet"), errors: [{ line: 12, column: 20, messageId: "retiredOn" }] },
  ],
});

ruleCases(fmEndpointName, {
  valid: [
    // An env value is not known to be an endpoint name unless the catalog has it.
    { name: "a near miss is not judged", files: appYaml("databricks-claude-sonet-4-5") },
    { name: "nor a URL", files: appYaml("https://example.cloud.databricks.com/serving-endpoints") },
  ],
  invalid: [],
});
