// The schema rule on Databricks Asset Bundles: resource types and the endpoint
// shape come from the CLI's schema; a ${...} value silences only the checks of
// its own content (type, enum), never unknown or missing keys.
import rule from "../../rules/schema.js";
import { ruleCases, yaml } from "../helpers/rule-cases.js";

/** Bundle text with `@{...}` standing for `${...}` (a template literal would interpolate it). */
const bundle = (text: string) => ({ "databricks.yml": `bundle:\n  name: b\n${text.replace(/@\{/g, "${")}` });

ruleCases(rule, {
  valid: [
    {
      name: "resource types of today's CLI schema (Genie spaces, vector search, Lakebase, catalogs)",
      files: bundle(yaml`
        resources:
          genie_spaces: {}
          vector_search_endpoints: {}
          vector_search_indexes: {}
          postgres_projects: {}
          catalogs: {}
          secrets: {}
      `),
    },
    {
      // A type newer than the CLI schema our data comes from (sweep: yashprogrammer, CLI 1.17 AI Gateway
      // services): no known type is near it, so it is not a typo and may well be deployed.
      name: "a resource type far from every known one is not judged",
      files: bundle(yaml`
        resources:
          model_provider_services:
            groq: {model_provider_service_id: groq}
          model_services:
            chat: {model_service_id: chat}
      `),
    },
    {
      // The tricky-but-right shape of a real agent bundle: variables in names, a quoted
      // version, a legacy route name and a permission principal from another resource.
      name: "variables in names, versions, sizes and principals",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent:
              name: @{var.endpoint_name}
              config:
                served_entities:
                  - entity_name: @{var.catalog}.@{var.schema}.agent
                    entity_version: "@{var.model_version}"
                    workload_size: @{var.size}
                    scale_to_zero_enabled: @{var.scale_to_zero}
                traffic_config:
                  routes:
                    - served_model_name: agent-@{var.model_version}
                      traffic_percentage: 100
              permissions:
                - level: CAN_QUERY
                  service_principal_name: @{resources.apps.ui.service_principal_client_id}
      `),
    },
    {
      // libs/dyn/convert/normalize.go: the CLI converts these scalars, so they deploy.
      name: "scalars the CLI's loader converts: an int version, a string percentage, yes for true",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent:
              name: agent
              route_optimized: yes
              config:
                served_entities:
                  - name: a
                    entity_name: main.agents.bot
                    entity_version: 7
                    workload_size: Small
                    scale_to_zero_enabled: "true"
                traffic_config:
                  routes: [{served_entity_name: a, traffic_percentage: "100"}]
      `),
    },
    {
      name: "merge keys share an entity's settings",
      files: bundle(yaml`
        x-entity: &entity
          workload_size: Small
          scale_to_zero_enabled: true
        resources:
          model_serving_endpoints:
            agent:
              name: agent
              config:
                served_entities:
                  - <<: *entity
                    name: a
                    entity_name: main.agents.bot
                    entity_version: "1"
      `),
    },
    {
      // The CLI merges a target's block onto the top-level resource of the same key.
      name: "a target override may leave out required keys the top-level resource has",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent: {name: agent}
        targets:
          prod:
            resources:
              model_serving_endpoints:
                agent:
                  permissions:
                    - level: CAN_QUERY
                      user_name: @{workspace.current_user.userName}
      `),
    },
  ],
  invalid: [
    {
      name: "an unknown key in a target override is still unknown, named under its target",
      files: bundle(yaml`
        targets:
          prod:
            resources:
              model_serving_endpoints:
                agent:
                  permision: []
      `),
      errors: [{ line: 8, messageId: "unknownKey", message: "in targets.prod.resources.model_serving_endpoints.agent" }],
    },
    {
      name: "a misspelt resource type, with the CLI's own name suggested",
      files: bundle("resources:\n  genie_space: {}\n"),
      errors: [{ line: 4, column: 3, messageId: "unknownResourceType", message: 'did you mean "genie_spaces"?' }],
    },
    {
      // The SDK's and CLI's own name for the service (w.serving_endpoints): the bundle key has a model_ in front (sweep: lbruand-db).
      name: "serving_endpoints for model_serving_endpoints",
      files: bundle("resources:\n  serving_endpoints:\n    agent: {name: a}\n"),
      errors: [{ line: 4, column: 3, messageId: "unknownResourceType", message: 'unknown bundle resource type "serving_endpoints" (did you mean "model_serving_endpoints"?)' }],
    },
    {
      name: "an unknown key next to variables is still unknown",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent:
              name: @{var.name}
              config:
                served_entities:
                  - entity_name: @{var.catalog}.agents.bot
                    entity_version: "@{var.v}"
                    workload_sise: Small
      `),
      errors: [{ line: 11, column: 13, messageId: "unknownKey", message: 'did you mean "workload_size"?' }],
    },
    {
      name: "a literal that no variable stands for is judged: enum and type",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent:
              name: @{var.name}
              config:
                served_entities:
                  - entity_name: @{var.model}
                    entity_version: "@{var.v}"
                    workload_type: GPU_TINY
                traffic_config:
                  routes:
                    - served_entity_name: @{var.entity}
                      traffic_percentage: fifty
      `),
      errors: [
        { line: 11, messageId: "badValue" },
        { line: 15, messageId: "wrongType", message: "should be an integer" },
      ],
    },
    {
      name: "a required key is missing whatever the other values hold",
      files: bundle(yaml`
        resources:
          model_serving_endpoints:
            agent:
              name: @{var.name}
              tags:
                - value: @{var.team}
      `),
      errors: [{ line: 8, messageId: "missingKey", message: 'missing required key "key"' }],
    },
  ],
});
