import rule from "../../rules/traffic-config.js";
import { ruleCases, yaml } from "../helpers/rule-cases.js";

const entity = (name: string, version = "7") => `
    - name: ${name}
      entity_name: main.agents.support_agent
      entity_version: "${version}"
      workload_size: Small
      scale_to_zero_enabled: true`;

ruleCases(rule, {
  valid: [
    {
      name: "one route at 100",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: support-agent
            served_entities:${entity("support-agent-7")}
            traffic_config:
              routes: [{served_entity_name: support-agent-7, traffic_percentage: 100}]
        `,
      },
    },
    {
      name: "one entity needs no traffic_config",
      files: { "serving.yaml": `version: 1\nendpoint:\n  name: a\n  served_entities:${entity("a-7")}\n` },
    },
    {
      name: "a canary split using served_model_name and the implicit default entity name",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: support-agent
            served_entities:
              - entity_name: main.agents.support_agent
                entity_version: "7"
                workload_size: Small
                scale_to_zero_enabled: true${entity("canary", "8")}
            traffic_config:
              routes:
                - {served_model_name: support_agent-7, traffic_percentage: 90}
                - {served_entity_name: canary, traffic_percentage: 10}
        `,
      },
    },
    {
      name: "a bundle route built from a variable is not judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:${entity("agent-7").replace(/\n/g, "\n    ")}
                  traffic_config:
                    routes: [{served_entity_name: "\${var.entity}", traffic_percentage: 100}]
        `,
      },
    },
    {
      // The CLI merges a target's override onto the top-level resource and appends lists (databricks/cli
      // libs/dyn/merge: sequences concatenate): in prod the endpoint serves a and b, routed 50/50.
      name: "a target override routing to the top-level entity and its own",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:${entity("a").replace(/\n/g, "\n    ")}
          targets:
            prod:
              resources:
                model_serving_endpoints:
                  agent:
                    config:
                      served_entities:${entity("b", "8").replace(/\n/g, "\n        ")}
                      traffic_config:
                        routes:
                          - {served_entity_name: a, traffic_percentage: 50}
                          - {served_entity_name: b, traffic_percentage: 50}
        `,
      },
    },
  ],
  invalid: [
    {
      name: "route names a missing entity",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: support-agent
            served_entities:${entity("support-agent-7")}
            traffic_config:
              routes:
                - served_entity_name: support-agent-8
                  traffic_percentage: 100
        `,
      },
      errors: [{ line: 12, column: 29, messageId: "unknownEntity", message: '"support-agent-8"' }],
      output: null,
    },
    {
      name: "percentages sum to 90",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: a
            served_entities:${entity("a")}${entity("b")}
            traffic_config:
              routes:
                - {served_entity_name: a, traffic_percentage: 50}
                - {served_entity_name: b, traffic_percentage: 40}
        `,
      },
      errors: [{ line: 17, column: 7, messageId: "badSum", message: "sum to 90" }],
    },
    {
      name: "fractional and out-of-range percentages",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: a
            served_entities:${entity("a")}${entity("b")}
            traffic_config:
              routes:
                - {served_entity_name: a, traffic_percentage: 120.5}
                - {served_entity_name: b, traffic_percentage: -20.5}
        `,
      },
      errors: [
        { line: 17, messageId: "notInteger" },
        { line: 18, messageId: "notInteger" },
      ],
    },
    {
      name: "several entities and no traffic_config",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: a
            served_entities:${entity("a")}${entity("b")}
        `,
      },
      errors: [{ line: 5, messageId: "missingTraffic" }],
    },
    {
      name: "entity names from bundle variables still get their percentages summed",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:
                    - {name: "\${var.champion}", entity_name: main.m.agent, entity_version: "7", workload_size: Small, scale_to_zero_enabled: true}
                    - {name: "\${var.challenger}", entity_name: main.m.agent, entity_version: "8", workload_size: Small, scale_to_zero_enabled: true}
                  traffic_config:
                    routes:
                      - {served_entity_name: "\${var.champion}", traffic_percentage: 90}
                      - {served_entity_name: "\${var.challenger}", traffic_percentage: 15}
        `,
      },
      errors: [{ line: 12, messageId: "badSum", message: "sum to 105" }],
    },
    {
      name: "bundle endpoint with a wrong route",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          include: [resources/*.yml]
        `,
        "resources/agent.yml": yaml`
          resources:
            model_serving_endpoints:
              agent:
                name: agent
                config:
                  served_entities:${entity("agent-7").replace(/\n/g, "\n    ")}
                  traffic_config:
                    routes: [{served_entity_name: agent-8, traffic_percentage: 100}]
        `,
      },
      errors: [{ line: 13, messageId: "unknownEntity", file: "resources/agent.yml" }],
    },
    {
      // An entity's variables elsewhere (entity_name) do not hide its literal name from routes.
      name: "a route to a missing entity, next to entities built from variables",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              agent:
                name: \${var.endpoint}
                config:
                  served_entities:
                    - {name: current, entity_name: "\${var.catalog}.\${var.schema}.bot", entity_version: "6", workload_size: Small}
                    - {name: next, entity_name: "\${var.catalog}.\${var.schema}.bot", entity_version: "7", workload_size: Small}
                  traffic_config:
                    routes:
                      - {served_model_name: current, traffic_percentage: 50}
                      - {served_model_name: nxt, traffic_percentage: 50}
        `,
      },
      errors: [{ line: 13, messageId: "unknownEntity" }],
    },
  ],
});
