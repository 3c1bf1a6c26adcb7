// secrets-in-env on endpoint configs built in Python: a credential-named variable must hold a
// {{secrets/scope/key}} reference; a literal credential, a secret-scope read, a read of an environment
// variable that holds the credential itself (DATABRICKS_TOKEN, OPENAI_API_KEY) or a string built at run
// time puts the secret's plain text in the endpoint config. The value is never printed.
import rule from "../../../rules/secrets-in-env.js";
import { py, ruleCases } from "../../helpers/rule-cases.js";

const FAKE_OPENAI = "sk-" + "proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";

const sdk = (env: string) => ({
  "deploy.py": py`
    import os
    from databricks.sdk import WorkspaceClient
    from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput

    w = WorkspaceClient()
    w.serving_endpoints.create(name="ep", config=EndpointCoreConfigInput(name="ep", served_entities=[
        ServedEntityInput(entity_name="main.a.b", entity_version="1", environment_vars={
            ${env},
        }),
    ]))
  `,
});

ruleCases(rule, {
  valid: [
    { name: "python: a reference, a URL and a log level", files: sdk(`"OPENAI_API_KEY": "{{secrets/llm/openai}}", "BASE_URL": "https://api.example.com", "LOG_LEVEL": "INFO"`) },
    { name: "python: a reference built with an f-string", files: sdk(`"OPENAI_API_KEY": f"{{{{secrets/{scope}/openai}}}}"`) },
    { name: "python: a non-credential variable from the environment", files: sdk(`"MLFLOW_EXPERIMENT_ID": os.environ["EXP"]`) },
    {
      // An environment variable of the project's own may hold a reference (sweep: kunalmega/langgraph-databricks-template):
      // only the variables clients read as the credential itself are certain to hold plain text.
      name: "python: credential variables and an external-model token from the project's own environment variables",
      files: {
        ...sdk(`"OPENAI_API_KEY": os.environ.get("OPENAI_KEY_REF"), "HF_TOKEN": os.getenv("HF")`),
        "gateway.py": py`
          import os
          import requests
          TOKEN_REF = os.environ.get("LLM_TOKEN_SECRET")
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "chat", "config": {"served_entities": [{"external_model": {
              "name": "m", "provider": "databricks-model-serving", "task": "llm/v1/chat",
              "databricks_model_serving_config": {"databricks_workspace_url": "https://h", "databricks_api_token": TOKEN_REF},
          }}]}})
        `,
      },
    },
    {
      // A name whose value we cannot follow (a parameter, a name bound twice) may hold a reference: silent.
      name: "python: a credential variable from an unknown name stays silent",
      files: sdk(`"OPENAI_API_KEY": key_ref`),
    },
  ],
  invalid: [
    {
      // In an f-string `{{` is one brace, so these send `{secrets/<scope>/<key>}`, which Databricks never
      // resolves, whatever the variable is called (sweep L: mvechtomova/oreilly-mlops-with-databricks).
      name: "python: an f-string reference with single braces, with a hole and with a constant filled in",
      files: sdk(`"SP_CLIENT_ID": f"{{secrets/{scope}/client-id}}", "SP_SECRET": f"{{secrets/{'llm'}/client-secret}}", "OK": f"{{{{secrets/{scope}/ok}}}}"`),
      errors: [
        { line: 8, messageId: "singleBraces", message: "environment variable \"SP_CLIENT_ID\" is a secret reference with single braces" },
        { line: 8, messageId: "singleBraces", message: "\"SP_SECRET\"" },
      ],
      output: null,
    },
    {
      name: "python: a secret-scope read put into environment_vars, through a constant",
      files: {
        "deploy_notebook.py": py`
          # Databricks notebook source
          from mlflow.deployments import get_deploy_client

          # COMMAND ----------

          VENDOR = dbutils.secrets.get(scope="vendor", key="token")
          get_deploy_client("databricks").update_endpoint_config(endpoint="ep", config={"served_entities": [
              {"entity_name": "main.a.b", "entity_version": "1", "environment_vars": {"VENDOR_AUTH": VENDOR}},
          ]})
        `,
      },
      errors: [{ line: 6, messageId: "runtimeSecret", message: "environment variable \"VENDOR_AUTH\" is set from a secret-scope read (dbutils.secrets.get)" }],
    },
    {
      name: "python: a literal key, an environment read and an f-string in credential variables",
      files: sdk(`"OPENAI_API_KEY": "${FAKE_OPENAI}", "DB_TOKEN": os.environ["DATABRICKS_TOKEN"], "HF_TOKEN": os.getenv("HF_TOKEN"), "AUTH_TOKEN": f"Bearer {t}"`),
      errors: [
        { line: 8, column: 28, messageId: "literalEnv" },
        { line: 8, messageId: "runtimeSecret", message: "\"DB_TOKEN\" is set from an environment variable read" },
        { line: 8, messageId: "runtimeSecret", message: "\"HF_TOKEN\"" },
        { line: 8, messageId: "runtimeSecret", message: "\"AUTH_TOKEN\" is set from a string built at run time" },
      ],
    },
    {
      name: "python: a malformed reference is fixed in the Python string",
      files: { "deploy.py": 'from databricks import agents\nagents.deploy("main.a.b", 1, environment_vars={"OPENAI_API_KEY": "{{secret/llm/openai}}"})\n' },
      errors: [{ line: 2, messageId: "malformedRef" }],
      output: { "deploy.py": 'from databricks import agents\nagents.deploy("main.a.b", 1, environment_vars={"OPENAI_API_KEY": "{{secrets/llm/openai}}"})\n' },
    },
    {
      name: "python: agents.deploy environment variables",
      files: {
        "deploy.py": py`
          from databricks import agents
          agents.deploy("main.a.b", 1, environment_vars={"OPENAI_API_KEY": dbutils.secrets.get("s", "k")})
        `,
      },
      errors: [{ line: 2, messageId: "runtimeSecret" }],
    },
    {
      name: "python: an external model key from a secret read",
      files: {
        "deploy.py": py`
          import requests
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "chat", "config": {"served_entities": [{"external_model": {
              "name": "gpt-5", "provider": "openai", "task": "llm/v1/chat",
              "openai_config": {"openai_api_key": dbutils.secrets.get("s", "k")},
          }}]}})
        `,
      },
      errors: [{ line: 4, messageId: "runtimeSecret", message: "external_model.openai_config.openai_api_key" }],
    },
    {
      name: "python: an external model key read from OPENAI_API_KEY, which holds the key itself",
      files: {
        "deploy.py": py`
          import os
          import requests
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "chat", "config": {"served_entities": [{"external_model": {
              "name": "gpt-5", "provider": "openai", "task": "llm/v1/chat",
              "openai_config": {"openai_api_key": os.environ.get("OPENAI_API_KEY")},
          }}]}})
        `,
      },
      errors: [{ line: 5, messageId: "runtimeSecret", message: "is set from an environment variable read" }],
    },
    {
      // Sweep Q (TaylorAHanson/supply-chain-agent): the token is rebound under an if, so its value is unknown;
      // a *_plaintext field holds the secret in plain text whatever computes it.
      name: "python: a *_plaintext field whose value is computed",
      files: {
        "route.py": py`
          import requests
          token = get_token()
          if not token:
              token = input("token: ")
          requests.post("https://h/api/2.0/serving-endpoints", json={"name": "ab", "config": {"served_entities": [{"external_model": {
              "name": "ep", "provider": "databricks-model-serving", "task": "llm/v1/chat",
              "databricks_model_serving_config": {"databricks_api_token_plaintext": token, "databricks_workspace_url": "https://w"},
          }}]}})
        `,
      },
      errors: [{ line: 7, column: 75, messageId: "plaintextField", message: "databricks_model_serving_config.databricks_api_token_plaintext sends a plaintext secret" }],
    },
  ],
});
