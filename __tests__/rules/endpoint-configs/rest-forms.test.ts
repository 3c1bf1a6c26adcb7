// Dict configs in the REST JSON shape: mlflow.deployments' Databricks client and raw REST bodies
// (requests, httpx, the SDK's api_client.do). Validated against the bundle's endpoint schema (the
// API's own shape) and judged by the endpoint rules, at the Python line of the field.
import schema from "../../../rules/schema.js";
import servedEntities from "../../../rules/served-entities.js";
import trafficConfig from "../../../rules/traffic-config.js";
import { py, ruleCases } from "../../helpers/rule-cases.js";

const entity = `{"name": "a-1", "entity_name": "main.agents.a", "entity_version": "1", "workload_size": "Small", "scale_to_zero_enabled": True}`;

ruleCases(schema, {
  valid: [
    {
      name: "mlflow: the full create payload in config=",
      files: {
        "deploy.py": py`
          from mlflow.deployments import get_deploy_client

          client = get_deploy_client("databricks")
          client.create_endpoint(config={"name": "a", "config": {"served_entities": [${entity}]}, "tags": [{"key": "team", "value": "x"}]})
        `,
      },
    },
    {
      // The legacy form pops tags (and rate_limits) out of the config before sending it.
      name: "mlflow: the legacy form with name= and tags inside config",
      files: {
        "deploy.py": py`
          import mlflow.deployments

          mlflow.deployments.get_deploy_client("databricks").create_endpoint(name="a", config={"served_entities": [${entity}], "tags": [{"key": "team"}]})
        `,
      },
    },
    {
      // entity_version as an int: whether the API coerces it is unconfirmed, so it is not judged.
      name: "rest: a create body with an int version and a host hole",
      files: {
        "deploy.py": py`
          import os
          import requests

          host = os.environ["DATABRICKS_HOST"]
          body = {"name": "a", "config": {"served_entities": [{"entity_name": "main.a.b", "entity_version": 3}]}}
          requests.post(f"{host}/api/2.0/serving-endpoints", json=body, headers={})
        `,
      },
    },
    {
      // The bundle schema lags the API here; the SDK sends this key, so it is no unknown key.
      name: "rest: a create body key the SDK knows and the bundle schema does not",
      files: {
        "deploy.py": py`
          import requests
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "a", "uc_system_metrics_export_state": "ENABLED", "config": {"served_entities": []}})
        `,
      },
    },
    {
      name: "rest: a with-bound requests session posting a valid create body",
      files: {
        "deploy.py": py`
          import requests

          with requests.Session() as s:
              s.post("https://h/api/2.0/serving-endpoints", json={"name": "a", "config": {"served_entities": [${entity}]}})
        `,
      },
    },
    {
      name: "rest: urllib urlopen of a Request carrying a valid create body",
      files: {
        "deploy.py": py`
          import json
          import urllib.request

          body = {"name": "a", "config": {"served_entities": [${entity}]}}
          req = urllib.request.Request("https://h/api/2.0/serving-endpoints", data=json.dumps(body).encode("utf-8"), headers={"Content-Type": "application/json"})
          urllib.request.urlopen(req)
        `,
      },
    },
    {
      // A GET (no data), a body that is not json.dumps(...) and a method known only at run time are not read.
      name: "rest: urllib calls whose body or method is not known stay silent",
      files: {
        "deploy.py": py`
          import json
          from urllib.request import Request, urlopen

          urlopen("https://h/api/2.0/serving-endpoints")
          urlopen(Request("https://h/api/2.0/serving-endpoints", data=payload))
          urlopen(Request("https://h/api/2.0/serving-endpoints/a/config", data=json.dumps({"nme": 1}).encode(), method=verb))
        `,
      },
    },
    {
      // What an arbitrary context manager's __enter__ returns is not known: its .post(...) is not read.
      name: "rest: a with-bound object of another context manager is not read",
      files: {
        "deploy.py": py`
          import requests

          with make_session() as s:
              s.post("https://h/api/2.0/serving-endpoints", json={"nme": "a"})
          with requests.Session() as s:
              pass
          with open("x") as s:
              s.post("https://h/api/2.0/serving-endpoints", json={"nme": "a"})
        `,
      },
    },
    {
      // Only a JSON text of a known dict is the body: form data or a string built elsewhere is not read.
      name: "rest: data= that is not json.dumps of a dict",
      files: {
        "deploy.py": py`
          import requests
          requests.post("https://h/api/2.0/serving-endpoints", data={"nme": "a"})
          requests.post("https://h/api/2.0/serving-endpoints", data=payload_text)
        `,
      },
    },
    {
      // A key far from every known one may be a preview field the schema does not have yet (sweep data: an
      // AI Gateway "bring your own guardrails" body); only a near miss is certainly a typo.
      name: "rest: an unknown key far from every known one",
      files: {
        "deploy.py": py`
          import json
          import requests
          payload = {"guardrails": {"input": {"custom_guardrails": [{"endpoint_name": "g"}]}}}
          requests.put(f"{host}/api/2.0/serving-endpoints/{name}/ai-gateway", data=json.dumps(payload))
          requests.post(f"{host}/api/2.0/serving-endpoints", json={"name": "a", "creator": "me", "config": {"served_entities": []}})
        `,
      },
    },
    {
      name: "rest: another API path is not read",
      files: {
        "deploy.py": py`
          import requests
          requests.post("https://h/api/2.0/jobs/create", json={"name": "x", "bogus": 1})
          requests.post(f"https://h/api/2.0/{kind}", json={"bogus": 1})
        `,
      },
    },
    {
      // A spread may hold "config": the form, and so the shape, is unknown.
      name: "mlflow: a spread config is not judged",
      files: {
        "deploy.py": py`
          from mlflow.deployments import get_deploy_client
          get_deploy_client("databricks").create_endpoint(name="a", config={**base, "bogus": 1})
        `,
      },
    },
  ],
  invalid: [
    {
      name: "mlflow: update_endpoint_config with an unknown key and a wrong-case enum",
      files: {
        "deploy.py": py`
          from mlflow.deployments import get_deploy_client

          client = get_deploy_client("databricks")
          client.update_endpoint_config(
              endpoint="a",
              config={
                  "served_entities": [{"entity_name": "main.a.b", "entity_version": "1", "workload_sise": "Small", "workload_type": "gpu_small"}],
              },
          )
        `,
      },
      errors: [
        { line: 7, messageId: "unknownKey", message: "unknown key \"workload_sise\" in config.served_entities[0] (did you mean \"workload_size\"?)" },
        { line: 7, messageId: "badValue", message: "(did you mean \"GPU_SMALL\"?)" },
      ],
    },
    {
      name: "rest: httpx client PUT config with a list where a mapping belongs, body in a variable",
      files: {
        "deploy.py": py`
          import httpx

          body = {"served_entities": [], "traffic_config": [{"served_entity_name": "a", "traffic_percentage": 100}]}
          with_client = httpx.Client(base_url="https://h")
          with_client.put(f"https://h/api/2.0/serving-endpoints/{name}/config", json=body)
        `,
      },
      errors: [{ line: 3, messageId: "wrongType", related: ["deploy.py:5 sent by put(...)"] }],
    },
    {
      // requests.Session and httpx.(Async)Client return themselves from __enter__ (sweep: the urllib/Session gap).
      name: "rest: requests session and httpx async client bound by with",
      files: {
        "deploy.py": py`
          import httpx
          import requests

          with requests.Session() as s, open("log") as log:
              s.post("https://h/api/2.0/serving-endpoints", json={"name": "a", "config": {"served_entities": [{"entity_name": "main.a.b", "entity_version": "1", "worksload_type": "CPU"}]}})

          async def update(name):
              client = httpx.AsyncClient()
              async with client as c:
                  await c.put(f"https://h/api/2.0/serving-endpoints/{name}/ai-gateway", json={"usage_tracking": {"enabled": True}})
        `,
      },
      errors: [
        { line: 5, messageId: "unknownKey", message: "unknown key \"worksload_type\" in json.config.served_entities[0] (did you mean \"workload_type\"?)" },
        { line: 10, messageId: "unknownKey", message: "\"usage_tracking\"" },
      ],
    },
    {
      name: "rest: urllib PUT config and a POST by data alone, through from-imports",
      files: {
        "deploy.py": py`
          import json
          from urllib.request import Request, urlopen

          cfg = {"served_entities": [{"entity_name": "main.a.b", "entity_version": "1", "workload_sise": "Small"}]}
          urlopen(Request(f"{host}/api/2.0/serving-endpoints/agent/config", data=json.dumps(cfg).encode(), method="PUT"))
          urlopen(f"{host}/api/2.0/serving-endpoints", json.dumps({"config": {}}).encode())
        `,
      },
      errors: [
        { line: 4, messageId: "unknownKey", message: "unknown key \"workload_sise\" in data.served_entities[0]", related: ["deploy.py:5 sent by urlopen(...)"] },
        { line: 6, messageId: "missingKey", message: "data is missing required key \"name\"" },
      ],
    },
    {
      // Sweep J: the commonest form in notebooks that call the REST API by hand.
      name: "rest: requests sending the body as data=json.dumps(...), by request(method=...) too",
      files: {
        "deploy.py": py`
          import json
          import requests

          body = {"name": "ep1", "config": {"served_models": [{"model_name": "m", "model_version": "1", "workload_sise": "Small", "scale_to_zero_enabled": True}]}}
          requests.post("https://h/api/2.0/serving-endpoints", data=json.dumps(body))
          requests.request(method="PUT", url=f"https://h/api/2.0/serving-endpoints/{name}/config", headers={}, data=json.dumps({"served_entities": [], "traffic_confg": {}}))
        `,
      },
      errors: [
        { line: 4, messageId: "unknownKey", message: "unknown key \"workload_sise\" in data.config.served_models[0]" },
        { line: 6, messageId: "unknownKey", message: "\"traffic_confg\"" },
      ],
    },
    {
      name: "rest: api_client.do POST with a missing required key",
      files: {
        "deploy.py": py`
          from databricks.sdk import WorkspaceClient

          w = WorkspaceClient()
          w.api_client.do("POST", "/api/2.0/serving-endpoints", body={"config": {"served_entities": []}})
        `,
      },
      errors: [{ line: 4, messageId: "missingKey", message: "body is missing required key \"name\"" }],
    },
    {
      name: "rest: requests.request PUT ai-gateway with an unknown key",
      files: {
        "deploy.py": py`
          import requests
          requests.request("PUT", "https://h/api/2.0/serving-endpoints/agent/ai-gateway", json={"usage_tracking": {"enabled": True}})
        `,
      },
      errors: [{ line: 2, messageId: "unknownKey", message: "\"usage_tracking\"" }],
    },
  ],
});

ruleCases(trafficConfig, {
  valid: [
    {
      name: "rest: a route naming the entity",
      files: {
        "deploy.py": py`
          import requests
          requests.put("https://h/api/2.0/serving-endpoints/a/config", json={"served_entities": [${entity}], "traffic_config": {"routes": [{"served_entity_name": "a-1", "traffic_percentage": 100}]}})
        `,
      },
    },
  ],
  invalid: [
    {
      name: "mlflow: update_endpoint routes to a missing entity",
      files: {
        "deploy.py": py`
          from mlflow.deployments import get_deploy_client
          get_deploy_client("databricks").update_endpoint(endpoint="a", config={
              "served_entities": [${entity}],
              "traffic_config": {"routes": [{"served_entity_name": "a-2", "traffic_percentage": 100}]},
          })
        `,
      },
      errors: [{ line: 4, messageId: "unknownEntity" }],
    },
  ],
});

ruleCases(servedEntities, {
  valid: [],
  invalid: [
    {
      name: "rest: create body with a reserved endpoint name",
      files: {
        "deploy.py": py`
          import requests
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "databricks-mine", "config": {"served_entities": [${entity}]}})
        `,
      },
      errors: [{ line: 2, messageId: "reservedEndpointName", severity: "warning" }],
    },
  ],
});
