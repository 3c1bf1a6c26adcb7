// An endpoint-level field (route_optimized, ai_gateway, ...) nested inside `config` is an unknown
// key there; the finding names where it belongs. Beside config it is valid.
import schema from "../../../rules/schema.js";
import { py, ruleCases, yaml } from "../../helpers/rule-cases.js";

const entity = `{"entity_name": "main.ml.churn", "entity_version": "2", "workload_size": "Small", "scale_to_zero_enabled": True}`;

ruleCases(schema, {
  valid: [
    {
      name: "mlflow: route_optimized passed beside the legacy config",
      files: {
        "serve.py": py`
          from mlflow.deployments import get_deploy_client

          get_deploy_client("databricks").create_endpoint(name="churn", config={"served_entities": [${entity}]}, route_optimized=True)
        `,
      },
    },
    {
      name: "bundle: ai_gateway beside config",
      files: {
        "databricks.yml": yaml`
          bundle:
            name: b
          resources:
            model_serving_endpoints:
              churn:
                name: churn
                ai_gateway:
                  usage_tracking_config: {enabled: true}
                config:
                  served_entities:
                    - {entity_name: main.ml.churn, entity_version: "2", workload_size: Small, scale_to_zero_enabled: true}
        `,
      },
    },
  ],
  invalid: [
    {
      name: "mlflow: route_optimized written inside the legacy config",
      files: {
        "serve.py": py`
          from mlflow.deployments import get_deploy_client

          get_deploy_client("databricks").create_endpoint(name="churn", config={"served_entities": [${entity}], "route_optimized": True})
        `,
      },
      errors: [{ line: 3, messageId: "unknownKey", message: "unknown key \"route_optimized\" in config (\"route_optimized\" is a field of the endpoint, not of its config)" }],
    },
    {
      name: "bundle: ai_gateway nested under config",
      files: {
        "databricks.yml": yaml`
          bundle:
            name: b
          resources:
            model_serving_endpoints:
              churn:
                name: churn
                config:
                  ai_gateway:
                    usage_tracking_config: {enabled: true}
                  served_entities:
                    - {entity_name: main.ml.churn, entity_version: "2", workload_size: Small, scale_to_zero_enabled: true}
        `,
      },
      errors: [{ line: 8, messageId: "unknownKey", message: "(\"ai_gateway\" is a field of the endpoint, not of its config)" }],
    },
    {
      // A key near a config key keeps the config's did-you-mean; no endpoint hint is added.
      name: "rest: a misspelt config key gets the config suggestion only",
      files: {
        "serve.py": py`
          import requests

          requests.put("https://h/api/2.0/serving-endpoints/churn/config", json={"served_entities": [], "traffic_confg": {"routes": []}})
        `,
      },
      errors: [{ line: 3, messageId: "unknownKey", message: "unknown key \"traffic_confg\" in json (did you mean \"traffic_config\"?)" }],
    },
  ],
});
