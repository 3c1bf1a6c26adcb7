// Endpoint configs built with the Databricks SDK (w.serving_endpoints.create / update_config /
// put_ai_gateway with the serving dataclasses) are endpoints like serving.yaml's: each endpoint rule
// judges them at the Python line of the field, and stays silent on what only run time knows.
import servedEntities from "../../../rules/served-entities.js";
import trafficConfig from "../../../rules/traffic-config.js";
import ucNames from "../../../rules/uc-names.js";
import fmEndpointName from "../../../rules/fm-endpoint-name.js";
import { py, ruleCases } from "../../helpers/rule-cases.js";

const HEAD = py`
  from databricks.sdk import WorkspaceClient
  from databricks.sdk.service.serving import EndpointCoreConfigInput, Route, ServedEntityInput, TrafficConfig

  w = WorkspaceClient()
`;

/** A deploy script: HEAD (4 lines and a blank one) then `body`, so body line n is file line n + 5. */
const deploy = (body: string) => ({ "deploy.py": `${HEAD}\n${body}\n` });

ruleCases(trafficConfig, {
  valid: [
    {
      name: "sdk: one route naming the entity at 100",
      files: deploy(py`
        w.serving_endpoints.create_and_wait(
            name="support-agent",
            config=EndpointCoreConfigInput(
                name="support-agent",
                served_entities=[ServedEntityInput(name="a-7", entity_name="main.agents.a", entity_version="7", workload_size="Small", scale_to_zero_enabled=True)],
                traffic_config=TrafficConfig(routes=[Route(served_entity_name="a-7", traffic_percentage=100)]),
            ),
        )
      `),
    },
    {
      name: "sdk: the default entity name (model-version) is routed",
      files: deploy(py`
        w.serving_endpoints.create("ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name="main.agents.a", entity_version="7")], traffic_config=TrafficConfig(routes=[Route(served_model_name="a-7", traffic_percentage=100)])))
      `),
    },
    {
      // A partial update: update_config without served_entities keeps the live entities, which the route may name.
      name: "sdk: update_config with traffic only stays silent on route names",
      files: deploy(py`
        w.serving_endpoints.update_config(name="ep", traffic_config=TrafficConfig(routes=[Route(served_entity_name="live-3", traffic_percentage=100)]))
      `),
    },
    {
      // The entity list comes from a helper we do not follow: its names are unknown.
      name: "sdk: entities built by a loop stay silent",
      files: deploy(py`
        entities = [ServedEntityInput(name=f"a-{v}", entity_name="main.agents.a", entity_version=str(v)) for v in range(2)]
        w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=entities, traffic_config=TrafficConfig(routes=[Route(served_entity_name="a-9", traffic_percentage=100)])))
      `),
    },
    {
      // `*more` may add routes with any percentage: the sum is unknown.
      name: "sdk: a starred route list is not summed",
      files: deploy(py`
        w.serving_endpoints.update_config(name="ep", served_entities=[ServedEntityInput(name="a", entity_name="m.s.a", entity_version="1"), ServedEntityInput(name="b", entity_name="m.s.a", entity_version="2")], traffic_config=TrafficConfig(routes=[Route(served_entity_name="a", traffic_percentage=50), *more]))
      `),
    },
    {
      // Not a WorkspaceClient: the same method name on another object is not an endpoint config.
      name: "sdk: serving_endpoints of an unknown object is not read",
      files: {
        "deploy.py": py`
          from databricks.sdk.service.serving import Route, TrafficConfig
          client.serving_endpoints.update_config(name="ep", traffic_config=TrafficConfig(routes=[Route(served_entity_name="x", traffic_percentage=10)]))
        `,
      },
    },
  ],
  invalid: [
    {
      name: "sdk: a route names no served entity, at the route's line",
      files: deploy(py`
        served = [
            ServedEntityInput(name="agent-7", entity_name="main.agents.agent", entity_version="7"),
        ]
        w.serving_endpoints.create_and_wait(
            name="agent",
            config=EndpointCoreConfigInput(
                name="agent",
                served_entities=served,
                traffic_config=TrafficConfig(routes=[
                    Route(served_entity_name="agent-8", traffic_percentage=100),
                ]),
            ),
        )
      `),
      errors: [{ line: 15, messageId: "unknownEntity", message: "\"agent-8\"" }],
    },
    {
      name: "sdk: in an .ipynb cell, the finding points into the notebook file",
      files: {
        "deploy.ipynb": JSON.stringify({
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["# Deploy"] },
            { cell_type: "code", metadata: {}, outputs: [], source: [HEAD, "w.serving_endpoints.update_config(name=\"ep\", served_entities=[ServedEntityInput(name=\"a\", entity_name=\"m.s.a\", entity_version=\"1\")],\n", "    traffic_config=TrafficConfig(routes=[Route(served_entity_name=\"b\", traffic_percentage=100)]))\n"] },
          ],
          nbformat: 4, nbformat_minor: 5,
        }, null, 1),
      },
      errors: [{ line: 17, file: "deploy.ipynb", messageId: "unknownEntity" }],
    },
    {
      name: "sdk: percentages that sum to 90 (module alias import, client on self)",
      files: {
        "deploy.py": py`
          from databricks.sdk import WorkspaceClient
          from databricks.sdk.service import serving

          class Deployer:
              def __init__(self):
                  self.w = WorkspaceClient()

              def run(self):
                  self.w.serving_endpoints.update_config_and_wait(
                      "ep",
                      served_entities=[serving.ServedEntityInput(name="a", entity_name="m.s.a", entity_version="1"), serving.ServedEntityInput(name="b", entity_name="m.s.a", entity_version="2")],
                      traffic_config=serving.TrafficConfig(routes=[serving.Route(served_entity_name="a", traffic_percentage=50), serving.Route(served_entity_name="b", traffic_percentage=40)]),
                  )
        `,
      },
      errors: [{ line: 12, messageId: "badSum" }],
    },
    {
      name: "sdk: two entities and no traffic_config",
      files: deploy(py`
        w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(name="a", entity_name="m.s.a", entity_version="1"), ServedEntityInput(name="b", entity_name="m.s.a", entity_version="2")]))
      `),
      errors: [{ line: 6, messageId: "missingTraffic" }],
    },
  ],
});

ruleCases(servedEntities, {
  valid: [
    {
      name: "sdk: a valid entity with a spread of unknown keys",
      files: deploy(py`
        extra = get_extra()
        w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name="agent", **extra)]))
      `),
    },
    {
      name: "sdk: a workload size from a widget is not judged",
      files: deploy(py`
        size = dbutils.widgets.get("size")
        w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_size=size)]))
      `),
    },
  ],
  invalid: [
    {
      name: "sdk: workload size in the wrong case, fixed in the Python string",
      files: deploy(py`
        w.serving_endpoints.create(
            name="ep",
            config=EndpointCoreConfigInput(name="ep", served_entities=[
                ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_size="small"),
            ]),
        )
      `),
      errors: [{ line: 9, messageId: "sizeCase" }],
      output: {
        "deploy.py": `${HEAD}\nw.serving_endpoints.create(\n    name="ep",\n    config=EndpointCoreConfigInput(name="ep", served_entities=[\n        ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_size="Small"),\n    ]),\n)\n\n`,
      },
    },
    {
      name: "sdk: an endpoint name with a space; positional name argument",
      files: deploy(py`
        w.serving_endpoints.create("support agent", config=EndpointCoreConfigInput(name="support agent"))
      `),
      errors: [{ line: 6, column: 29, messageId: "badEndpointName" }],
    },
    {
      name: "sdk: workload_size with provisioned concurrency; two entities with one name",
      files: deploy(py`
        a = ServedEntityInput(name="x", entity_name="m.s.a", entity_version="1", workload_size="Small", min_provisioned_concurrency=4)
        b = ServedEntityInput(name="x", entity_name="m.s.a", entity_version="2")
        w.serving_endpoints.update_config(name="ep", served_entities=[a, b], traffic_config=TrafficConfig(routes=[Route(served_entity_name="x", traffic_percentage=100)]))
      `),
      errors: [
        { line: 6, messageId: "sizeAndConcurrency" },
        { line: 7, messageId: "duplicateName" },
      ],
    },
  ],
});

ruleCases(ucNames, {
  valid: [
    { name: "sdk: a three-part entity name", files: deploy(py`w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name="main.agents.a", entity_version="1")]))`) },
    { name: "sdk: an f-string entity name is not judged", files: deploy(py`w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name=f"{catalog}.agents", entity_version="1")]))`) },
  ],
  invalid: [
    {
      name: "sdk: a two-part entity name, written in a constant",
      files: deploy(py`
        MODEL = "agents.support"
        w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[ServedEntityInput(entity_name=MODEL, entity_version="1")]))
      `),
      errors: [{ line: 6, messageId: "wrongParts", related: ["deploy.py:7 sent by serving_endpoints.create(...)"] }],
    },
  ],
});

ruleCases(fmEndpointName, {
  valid: [],
  invalid: [
    {
      name: "sdk: an external model proxying a misspelled foundation-model endpoint",
      files: {
        "deploy.py": py`
          from databricks.sdk import WorkspaceClient
          from databricks.sdk.service.serving import DatabricksModelServingConfig, EndpointCoreConfigInput, ExternalModel, ExternalModelProvider, ServedEntityInput

          WorkspaceClient().serving_endpoints.create(name="proxy", config=EndpointCoreConfigInput(name="proxy", served_entities=[
              ServedEntityInput(external_model=ExternalModel(
                  name="databricks-meta-llama-3-3-70b-instruc",
                  provider=ExternalModelProvider.DATABRICKS_MODEL_SERVING,
                  task="llm/v1/chat",
                  databricks_model_serving_config=DatabricksModelServingConfig(databricks_workspace_url="https://x", databricks_api_token="{{secrets/a/b}}"),
              )),
          ]))
        `,
      },
      errors: [{ line: 6, messageId: "unknownNear" }],
    },
  ],
});
