import rule from "../../rules/uc-names.js";
import { ruleCases, yaml } from "../helpers/rule-cases.js";

const serving = (entityName: string, rest = "") => yaml`
  version: 1
  endpoint:
    name: agent
    served_entities:
      - name: agent
        entity_name: ${entityName}
        entity_version: "1"
`.concat(rest);

ruleCases(rule, {
  valid: [
    // Sweep R: a workshop leaves the model's name to fill in; its dots are prose, not name parts.
    { name: "a placeholder entity name", files: { "serving.yaml": "version: 1\nendpoint:\n  name: a\n  served_entities:\n    - entity_name: \"<your model, e.g. catalog.schema.agent_model>\"\n      entity_version: \"1\"\n" } },
    { name: "a three-level UC model", files: { "serving.yaml": serving("main.agents.support_agent") } },
    { name: "a workspace-registry model has no dots", files: { "serving.yaml": serving("ads1") } },
    { name: "backticked parts may hold dots, dashes and spaces", files: { "serving.yaml": serving("\"`my-catalog`.`sales data`.`model.v2`\"") } },
    { name: "system.ai models are three-level", files: { "serving.yaml": serving("system.ai.meta_llama_v3_1_70b_instruct") } },
    {
      name: "resources, wildcard functions and a deploy model name",
      files: {
        "serving.yaml": serving(
          "main.agents.a",
          yaml`
            model:
              resources:
                vector_search_indexes: [main.support.docs_index]
                functions: [main.support.lookup_order, "main.tools.*"]
                tables: [main.sales.orders]
                serving_endpoints: [databricks-gte-large-en]
            deploy:
              job: deploy-agent
              parameters: {model_name: main.agents.a, version: "1", endpoint_name: agent}
          `,
        ),
      },
    },
    { name: "a deploy model name without dots is a workspace model", files: { "serving.yaml": serving("ads1", "deploy: {job: j, parameters: {model_name: ads1}}\n") } },
    {
      name: "bundle variables are not judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:
                    - {name: a, entity_name: "\${var.catalog}.agents.agent", entity_version: "1"}
                    - {name: b, entity_name: "\${var.model_fqn}", entity_version: "1"}
                    - {name: c, entity_name: "\${var.catalog}.bot", entity_version: "1"}
                  traffic_config: {routes: [{served_entity_name: a, traffic_percentage: 100}]}
        `,
      },
    },
    {
      name: "an external model's name is not a UC name",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: chat
            served_entities:
              - name: gpt
                external_model: {name: gpt-5.2, provider: openai, task: llm/v1/chat, openai_config: {openai_api_key: "{{secrets/s/k}}"}}
        `,
      },
    },
  ],
  invalid: [
    { name: "two parts", files: { "serving.yaml": serving("agents.support_agent") }, errors: [{ line: 6, column: 20, messageId: "wrongParts", message: "has 2 parts" }] },
    { name: "four parts", files: { "serving.yaml": serving("main.agents.support.agent") }, errors: [{ line: 6, messageId: "wrongParts", message: "has 4 parts" }] },
    { name: "an empty part", files: { "serving.yaml": serving("main..agent") }, errors: [{ line: 6, messageId: "emptyPart" }] },
    { name: "a space in an unquoted part", files: { "serving.yaml": serving("\"main.sales data.agent\"") }, errors: [{ line: 6, messageId: "spaceInPart", message: "\"sales data\"" }] },
    {
      name: "resources and deploy parameters",
      files: {
        "serving.yaml": serving(
          "main.agents.a",
          yaml`
            model:
              resources:
                vector_search_indexes: [docs_index]
                functions: [support.lookup_order]
                tables: [main.sales.orders.v2]
            deploy:
              job: j
              parameters: {model_name: agents.a}
          `,
        ),
      },
      errors: [
        { line: 10, messageId: "wrongParts", message: "model.resources.vector_search_indexes \"docs_index\" has 1 part;" },
        { line: 11, messageId: "wrongParts", message: "model.resources.functions" },
        { line: 12, messageId: "wrongParts", message: "model.resources.tables" },
        { line: 15, messageId: "wrongParts", message: "deploy.parameters.model_name" },
      ],
    },
    {
      name: "legacy served_models in a bundle",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_models:
                    - {name: a, model_name: agents.agent, model_version: "1", scale_to_zero_enabled: true}
        `,
      },
      errors: [{ line: 8, messageId: "wrongParts", message: "model_name \"agents.agent\"" }],
    },
    {
      // A ${...} adds dots, never removes them: a fourth literal part, an empty literal part
      // or a space in a literal part is wrong whatever the variables hold.
      name: "literal parts next to bundle variables are still judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:
                    - {name: a, entity_name: "\${var.catalog}.agents.support.bot", entity_version: "1"}
                    - {name: b, entity_name: "\${var.catalog}..bot", entity_version: "1"}
                    - {name: c, entity_name: "\${var.catalog}.sales data.bot", entity_version: "1"}
        `,
      },
      errors: [
        { line: 8, messageId: "wrongParts", message: "has 4 parts" },
        { line: 9, messageId: "emptyPart" },
        { line: 10, messageId: "spaceInPart", message: "\"sales data\"" },
      ],
    },
  ],
});
