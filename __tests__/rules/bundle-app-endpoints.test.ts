// An app in a bundle binds serving endpoints as resources (`serving_endpoint: {name, permission}`):
// each name is an endpoint reference, judged like one a served entity or an agent's code names.
// Sweep: an app bound to a retired foundation model passed every check.
import fmEndpointName from "../../rules/fm-endpoint-name.js";
import fmEndpointRetired from "../../rules/fm-endpoint-retired.js";
import { ruleCases } from "../helpers/rule-cases.js";

const bundle = (endpoint: string, extra = "") => ({
  "databricks.yml": `bundle:
  name: chat
resources:
  apps:
    chat_app:
      name: chat-app
      source_code_path: ./app
      resources:
        - name: warehouse
          sql_warehouse: {id: abc, permission: CAN_USE}
        - name: llm
          serving_endpoint:
            name: ${endpoint}
            permission: CAN_QUERY
${extra}`,
});

ruleCases(fmEndpointRetired, {
  valid: [
    { name: "a current foundation model", files: bundle("databricks-claude-sonnet-4-5") },
    { name: "an endpoint of this bundle, by reference", files: bundle("${resources.model_serving_endpoints.agent.name}") },
    { name: "a bundle variable", files: bundle("${var.llm_endpoint}") },
  ],
  invalid: [
    { name: "a retired foundation model", files: bundle("databricks-claude-3-7-sonnet"), errors: [{ line: 13, column: 19, messageId: "retiredOn" }] },
    {
      name: "the same under a target",
      files: { "databricks.yml": bundle("databricks-claude-sonnet-4-5")["databricks.yml"] + `targets:
  dev:
    resources:
      apps:
        chat_app:
          resources:
            - name: llm
              serving_endpoint: {name: databricks-meta-llama-3-1-405b-instruct, permission: CAN_QUERY}
` },
      errors: [{ line: 22, messageId: "retiredOn" }],
    },
  ],
});

ruleCases(fmEndpointName, {
  valid: [
    { name: "a custom endpoint name", files: bundle("support-agent-prod") },
    // Sweep: an app template ships `<YOUR-SERVING-ENDPOINT>` for its user to fill in.
    { name: "a template's placeholder", files: bundle("<YOUR-SERVING-ENDPOINT>") },
  ],
  invalid: [
    { name: "a near miss of a foundation model", files: bundle("databricks-claude-sonet-4-5"), errors: [{ line: 13, messageId: "unknownNear" }] },
    { name: "a name with characters no endpoint name has", files: bundle("'my endpoint'"), errors: [{ line: 13, messageId: "badCharacters" }] },
  ],
});
