import rule from "../../rules/served-entities.js";
import { ruleCases, yaml } from "../helpers/rule-cases.js";

const serving = (endpoint: string) => `version: 1\nendpoint:\n${endpoint.replace(/^\n/, "").replace(/^/gm, "  ")}\n`;
const entity = (name: string, extra = "") => `
  - name: ${name}
    entity_name: main.agents.support_agent
    entity_version: "7"
    workload_size: Small
    scale_to_zero_enabled: true${extra}`;
const envVars = (n: number) => Array.from({ length: n }, (_, i) => `\n      VAR_${i}: "v${i}"`).join("");

ruleCases(rule, {
  valid: [
    {
      // Sweep R (a workshop's set_up_endpoint.py): names left for the reader, `#fill in`, name nothing yet.
      name: "placeholder endpoint and entity names",
      files: {
        "deploy.py": [
          "from mlflow.deployments import get_deploy_client",
          "client = get_deploy_client(\"databricks\")",
          "client.create_endpoint(name=\"<your_endpoint_name>\", config={\"served_entities\": [",
          "    {\"name\": \"<your_served_entity_name>\", \"entity_name\": \"<your model, e.g. catalog.schema.agent_model>\", \"entity_version\": \"1\", \"workload_size\": \"Small\", \"scale_to_zero_enabled\": True},",
          "]})",
          "",
        ].join("\n"),
      },
    },
    {
      // Sweep: a provisioned-throughput entity that also names a workload_size; no documented conflict.
      name: "workload_size beside provisioned throughput",
      files: { "serving.yaml": serving(`name: a
served_entities:
  - {name: a, entity_name: system.ai.llama, entity_version: "1", workload_size: Small, min_provisioned_throughput: 0, max_provisioned_throughput: 9500}`) },
    },
    {
      // The SDK's as_dict skips None; a bundle variable may resolve to "" or 0, which the CLI's
      // Go types leave out (omitempty): none of these is certainly sent beside the other field.
      name: "workload_size that is None, null or a variable beside provisioned throughput",
      files: {
        "deploy.py": [
          "from databricks.sdk import WorkspaceClient",
          "from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput",
          "WorkspaceClient().serving_endpoints.create(name=\"ep\", config=EndpointCoreConfigInput(name=\"ep\", served_entities=[",
          "    ServedEntityInput(entity_name=\"main.m.a\", entity_version=\"1\", workload_size=None, min_provisioned_throughput=0, max_provisioned_throughput=100)]))",
          "",
        ].join("\n"),
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              ep:
                name: ep
                config:
                  served_entities:
                    - {entity_name: main.m.b, entity_version: "1", workload_size: null, provisioned_model_units: 50}
                    - {entity_name: main.m.c, entity_version: "1", workload_size: "\${var.size}", min_provisioned_throughput: "\${var.min}"}
                    - {entity_name: main.m.d, entity_version: "1", workload_size: Small, max_provisioned_concurrency: "\${var.max}"}
        `,
      },
    },
    {
      name: "a typical endpoint",
      files: { "serving.yaml": serving(`name: support-agent\nserved_entities:${entity("support-agent-7")}`) },
    },
    {
      name: "underscores, digits and a 63-character name",
      files: { "serving.yaml": serving(`name: ${"a".repeat(60)}_v2\nserved_entities:${entity("entity_v2")}`) },
    },
    {
      name: "a custom workload size and the exact spellings",
      files: {
        "serving.yaml": serving(`name: a\nserved_entities:${entity("a").replace("Small", "Medium")}${entity("b").replace("Small", "2XLarge")}\ntraffic_config: {routes: [{served_entity_name: a, traffic_percentage: 100}]}`),
      },
    },
    {
      name: "a UC entity without a version may be a FEATURE_SPEC function",
      files: {
        "serving.yaml": serving(`name: features\nserved_entities:\n  - name: features\n    entity_name: main.features.customer_spec\n    workload_size: Small\n    scale_to_zero_enabled: true`),
      },
    },
    {
      name: "an explicit name equal to one of a UC model's unconfirmed default names",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - entity_name: main.agents.support_agent
    entity_version: "7"
    workload_size: Small
  - name: support_agent-7
    entity_name: main.agents.support_agent
    entity_version: "8"
    workload_size: Small
traffic_config: {routes: [{served_entity_name: support_agent-7, traffic_percentage: 100}]}`),
      },
    },
    {
      name: "provisioned concurrency without workload_size, min below max",
      files: {
        "serving.yaml": serving(`name: a\nserved_entities:\n  - name: a\n    entity_name: main.m.m\n    entity_version: "1"\n    min_provisioned_concurrency: 4\n    max_provisioned_concurrency: 8`),
      },
    },
    {
      name: "provisioned throughput for a system.ai model",
      files: {
        "serving.yaml": serving(`name: llama-pt\nserved_entities:\n  - name: llama\n    entity_name: system.ai.meta_llama_v3_1_70b_instruct\n    entity_version: "4"\n    min_provisioned_throughput: 0\n    max_provisioned_throughput: 9500`),
      },
    },
    {
      name: "external models sharing a task, with no entity fields",
      files: {
        "serving.yaml": serving(`name: chat-proxy
served_entities:
  - name: gpt
    external_model: {name: gpt-5, provider: openai, task: llm/v1/chat, openai_config: {openai_api_key: "{{secrets/llm/openai}}"}}
  - external_model: {name: claude-sonnet-4-5, provider: anthropic, task: llm/v1/chat, anthropic_config: {anthropic_api_key: "{{secrets/llm/anthropic}}"}}
traffic_config: {routes: [{served_entity_name: gpt, traffic_percentage: 50}, {served_entity_name: claude-sonnet-4-5, traffic_percentage: 50}]}`),
      },
    },
    {
      name: "exactly 30 environment variables and exactly 10 entities",
      files: {
        "serving.yaml": serving(`name: a\nserved_entities:${entity("e0", `\n    environment_vars:${envVars(30)}`)}${Array.from({ length: 9 }, (_, i) => entity(`e${i + 1}`)).join("")}`),
      },
    },
    {
      name: "bundle variables are not judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: \${var.prefix}-agent
                config:
                  served_entities:
                    - name: \${var.entity}
                      entity_name: \${var.model}
                      workload_size: \${var.size}
                    - name: \${var.other_entity}
                      entity_name: main.agents.x
                      entity_version: \${var.version}
        `,
      },
    },
    {
      // A ${...} may hold dots: catalog.schema.name may be a FEATURE_SPEC function, which has no version.
      name: "a variable entity name without a version is not judged; literal parts of names are fine",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent-\${bundle.target}
                config:
                  served_entities:
                    - name: bot_\${var.v}
                      entity_name: \${var.catalog}.agents.bot
                      workload_size: Small
        `,
      },
    },
  ],
  invalid: [
    {
      // One variable resolves to one value: two entities written with the same name clash.
      name: "variables narrow, never switch off: the same name twice, a space in a literal part, system.ai without a version",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: my agent \${var.suffix}
                config:
                  served_entities:
                    - name: \${var.entity}
                      entity_name: system.ai.\${var.model}
                    - name: \${var.entity}
                      entity_name: main.agents.x
                      entity_version: \${var.version}
        `,
      },
      errors: [
        { line: 5, messageId: "badEndpointName" },
        { line: 9, messageId: "missingVersion" },
        { line: 10, messageId: "duplicateName" },
      ],
    },
    {
      // A fragment may keep YAML anchors under a top-level key of its own (the bundle schema allows it):
      // it is still a bundle file, and the merged entity is judged (sweep: databricks/cli schema testdata).
      name: "a bundle fragment with an anchor-holding top-level key: the merged size is judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          include: [resources/*.yml]
        `,
        "resources/serving.yml": yaml`
          entity_defaults: &defaults
            workload_size: small
            scale_to_zero_enabled: true
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:
                    - <<: *defaults
                      entity_name: main.agents.a
                      entity_version: "1"
        `,
      },
      errors: [{ line: 2, file: "resources/serving.yml", messageId: "sizeCase", message: "\"small\" is spelled \"Small\"" }],
    },
    {
      name: "bad characters in endpoint and entity names",
      files: { "serving.yaml": serving(`name: support.agent\nserved_entities:${entity("support agent 7")}`) },
      errors: [
        { line: 3, column: 9, messageId: "badEndpointName", message: "\"support.agent\"" },
        { line: 5, column: 13, messageId: "badEntityName" },
      ],
    },
    {
      name: "a 64-character endpoint name warns",
      files: { "serving.yaml": serving(`name: ${"a".repeat(64)}\nserved_entities:${entity("a")}`) },
      errors: [{ line: 3, messageId: "longEndpointName", severity: "warning", message: "64 characters" }],
    },
    {
      name: "the databricks- prefix is reserved",
      files: { "serving.yaml": serving(`name: databricks-support-agent\nserved_entities:${entity("a")}`) },
      errors: [{ line: 3, messageId: "reservedEndpointName", severity: "warning" }],
    },
    {
      name: "duplicate explicit names and a default name colliding",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - name: ads1-1
    entity_name: main.m.m
    entity_version: "1"
  - name: ads1-1
    entity_name: main.m.m
    entity_version: "2"
  - entity_name: ads1
    entity_version: "1"
traffic_config: {routes: [{served_entity_name: ads1-1, traffic_percentage: 100}]}`),
      },
      errors: [
        { line: 8, column: 13, messageId: "duplicateName", message: "\"ads1-1\" is used twice" },
        { line: 11, column: 20, messageId: "duplicateName", message: "the default name" },
      ],
    },
    {
      name: "two unnamed entities of the same model version",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - {entity_name: main.m.m, entity_version: "1", workload_size: Small}
  - {entity_name: main.m.m, entity_version: "1", workload_size: Medium}
traffic_config: {routes: [{served_entity_name: m-1, traffic_percentage: 100}]}`),
      },
      errors: [{ line: 6, messageId: "duplicateName" }],
    },
    {
      name: "eleven entities",
      files: { "serving.yaml": serving(`name: a\nserved_entities:${Array.from({ length: 11 }, (_, i) => entity(`e${i}`)).join("")}`) },
      errors: [{ line: 55, messageId: "tooManyEntities", message: "serves 11 entities" }],
    },
    {
      name: "both served_entities and served_models",
      files: {
        "serving.yaml": serving(`name: a\nserved_entities:${entity("a")}\nserved_models:\n  - {name: b, model_name: m, model_version: "1", scale_to_zero_enabled: true}`),
      },
      errors: [{ line: 10, column: 3, messageId: "bothLists" }],
    },
    {
      name: "missing entity_version for a workspace model and a system.ai model",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - {name: a, entity_name: ads1, workload_size: Small}
  - {name: b, entity_name: system.ai.meta_llama_v3_1_8b_instruct, min_provisioned_throughput: 0, max_provisioned_throughput: 100}
traffic_config: {routes: [{served_entity_name: a, traffic_percentage: 100}]}`),
      },
      errors: [
        { line: 5, messageId: "missingVersion", message: "\"ads1\"" },
        { line: 6, messageId: "missingVersion" },
      ],
    },
    {
      name: "workload_size together with provisioned concurrency; beside throughput it is not judged",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - name: a
    entity_name: main.m.m
    entity_version: "1"
    workload_size: Small
    min_provisioned_concurrency: 8
    max_provisioned_concurrency: 4
    provisioned_model_units: 50`),
      },
      errors: [
        { line: 9, messageId: "sizeAndConcurrency" },
        { line: 9, messageId: "minAboveMax", message: "min_provisioned_concurrency (8) is greater than max_provisioned_concurrency (4)" },
        { line: 10, messageId: "sizeAndConcurrency" },
        // provisioned_model_units beside workload_size (line 11): no documented conflict, not judged.
      ],
    },
    {
      name: "workload_size in the wrong case is fixed",
      files: { "serving.yaml": serving(`name: a\nserved_entities:\n  - {name: a, entity_name: main.m.m, entity_version: "1", workload_size: "small"}`) },
      errors: [{ line: 5, messageId: "sizeCase", message: "\"small\" is spelled \"Small\"" }],
      output: { "serving.yaml": serving(`name: a\nserved_entities:\n  - {name: a, entity_name: main.m.m, entity_version: "1", workload_size: "Small"}`) },
    },
    {
      name: "external_model combined with entity fields",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - name: gpt
    entity_name: main.m.m
    workload_size: Small
    scale_to_zero_enabled: true
    external_model: {name: gpt-5, provider: openai, task: llm/v1/chat, openai_config: {openai_api_key: "{{secrets/s/k}}"}}`),
      },
      errors: [
        { line: 6, messageId: "externalExclusive", message: "entity_name cannot" },
        { line: 7, messageId: "externalExclusive" },
        { line: 8, messageId: "externalExclusive" },
      ],
    },
    {
      // An enum member is a value, not None: workload_type=ServingModelWorkloadType.CPU is sent.
      name: "sdk: an external model with an enum-member workload_type",
      files: {
        "deploy.py": [
          "from databricks.sdk import WorkspaceClient",
          "from databricks.sdk.service.serving import EndpointCoreConfigInput, ExternalModel, ServedEntityInput, ServingModelWorkloadType",
          "WorkspaceClient().serving_endpoints.create(name=\"ep\", config=EndpointCoreConfigInput(name=\"ep\", served_entities=[",
          "    ServedEntityInput(name=\"gpt\", workload_type=ServingModelWorkloadType.CPU, external_model=ExternalModel(name=\"gpt-5\", provider=\"openai\", task=\"llm/v1/chat\"))]))",
          "",
        ].join("\n"),
      },
      errors: [{ line: 4, file: "deploy.py", messageId: "externalExclusive", message: "workload_type cannot" }],
    },
    {
      name: "external models with different tasks",
      files: {
        "serving.yaml": serving(`name: a
served_entities:
  - {name: chat, external_model: {name: gpt-5, provider: openai, task: llm/v1/chat, openai_config: {openai_api_key: "{{secrets/s/k}}"}}}
  - {name: emb, external_model: {name: text-embedding-3-large, provider: openai, task: llm/v1/embeddings, openai_config: {openai_api_key: "{{secrets/s/k}}"}}}
traffic_config: {routes: [{served_entity_name: chat, traffic_percentage: 100}]}`),
      },
      errors: [{ line: 6, messageId: "mixedTasks", message: "\"llm/v1/embeddings\" differs from \"llm/v1/chat\"" }],
    },
    {
      name: "31 environment variables in a bundle",
      files: {
        "databricks.yml": `bundle: {name: b}\nresources:\n  model_serving_endpoints:\n    agent:\n      name: agent\n      config:\n        served_entities:\n          - name: a\n            entity_name: main.m.m\n            entity_version: "1"\n            environment_vars:${envVars(31).replace(/\n {6}/g, "\n              ")}\n`,
      },
      errors: [{ line: 11, column: 13, messageId: "tooManyEnvVars", message: "31 environment variables" }],
    },
  ],
});
