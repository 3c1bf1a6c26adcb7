// The online rules, through the real pipeline against an emulated workspace:
// missing objects are errors, existing ones are silent, a 403 is a warning that
// names the permission, and offline every online rule is silent.

import onlineDeployJob from "../../rules/online-deploy-job.js";
import onlineEndpoints from "../../rules/online-endpoints.js";
import onlineModelVersions from "../../rules/online-model-versions.js";
import onlineResources from "../../rules/online-resources.js";
import onlineSecrets from "../../rules/online-secrets.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const served = (model: string, version: string, env = "") => yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - entity_name: ${model}
        entity_version: ${version}
        workload_size: Small
        scale_to_zero_enabled: true${env}
`;

ruleCases(onlineEndpoints, {
  valid: [
    { name: "an endpoint the workspace lists", files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    serving_endpoints: [team-ranker]\n" }, online: { endpoints: ["team-ranker"] } },
    {
      name: "a foundation-model endpoint of the offline catalog, even if the workspace does not list it",
      files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]\n" },
      online: {},
    },
    {
      name: "the endpoint this repository deploys itself (it may not exist yet)",
      files: { "serving.yaml": served("main.a.m", '"1"') + "model:\n  resources:\n    serving_endpoints: [support-agent]\n" },
      online: {},
    },
    { name: "offline: silent (nothing was asked)", files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    serving_endpoints: [ghost]\n" } },
    {
      name: "a name listed in .serving-ci.yaml endpoints is the user's word",
      files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    serving_endpoints: [other-ws-endpoint]\n", ".serving-ci.yaml": "endpoints: [other-ws-endpoint]\n" },
      online: {},
    },
  ],
  invalid: [
    {
      name: "a resources endpoint the workspace does not have",
      files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    serving_endpoints: [team-reranker]\n" },
      online: { endpoints: ["team-ranker"] },
      errors: [{ line: 4, messageId: "missing", severity: "error", message: "serving endpoint \"team-reranker\" does not exist in http://127.0.0.1:" }],
    },
    {
      name: "an endpoint named in code (ChatDatabricks)",
      files: {
        "agent.py": py`
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="team-chat")
        `,
      },
      online: { endpoints: [] },
      errors: [{ line: 2, messageId: "missing", message: "not among the workspace's 0 serving endpoints" }],
    },
  ],
});

ruleCases(onlineModelVersions, {
  valid: [
    { name: "an existing version (string or number)", files: { "serving.yaml": served("main.a.m", "7") }, online: { workspace: { modelVersions: [{ model: "main.a.m", version: 7 }] } } },
    // A bundle variable is resolved at deploy time: unknown here.
    { name: "a version from a bundle variable is not asked", files: { "serving.yaml": served("main.a.m", '"${var.version}"') }, online: {} },
    { name: "system.ai models are the foundation-model rules' concern", files: { "serving.yaml": served("system.ai.llama_v3_2_3b_instruct", '"1"') }, online: {} },
  ],
  invalid: [
    {
      name: "a version Unity Catalog does not have",
      files: { "serving.yaml": served("main.a.m", '"8"') },
      online: { workspace: { modelVersions: [{ model: "main.a.m", version: 7 }] } },
      errors: [{ line: 6, column: 23, messageId: "missing", message: "version 8 of model \"main.a.m\" does not exist in" }],
    },
    {
      name: "a 403 is a warning naming the permission, never 'does not exist'",
      files: { "serving.yaml": served("main.a.m", '"7"') },
      online: { workspace: { modelVersions: [{ model: "main.a.m", version: 7 }], denied: [{ kind: "model", name: "main.a.m" }] } },
      errors: [{ line: 6, messageId: "denied", severity: "warning", message: "the credentials need EXECUTE on the registered model" }],
    },
  ],
});

const resourcesYaml = "version: 1\nmodel:\n  resources:\n    vector_search_indexes: [main.s.docs]\n    functions: [main.s.lookup]\n";

ruleCases(onlineResources, {
  valid: [
    { name: "declared objects that exist", files: { "serving.yaml": resourcesYaml }, online: { workspace: { vectorSearchIndexes: [{ name: "main.s.docs" }], functions: ["main.s.lookup"] } } },
    {
      name: "a name computed at run time is not asked",
      files: {
        "agent.py": py`
          import os
          from databricks_langchain import VectorSearchRetrieverTool
          tool = VectorSearchRetrieverTool(index_name=os.environ["INDEX"])
        `,
      },
      online: {},
    },
  ],
  invalid: [
    {
      name: "a declared index and function that do not exist",
      files: { "serving.yaml": resourcesYaml },
      online: {},
      errors: [
        { line: 4, messageId: "missing", message: "vector search index \"main.s.docs\" does not exist" },
        { line: 5, messageId: "missing", message: "Unity Catalog function \"main.s.lookup\" does not exist" },
      ],
    },
    {
      name: "an index used in code",
      files: {
        "agent.py": py`
          from databricks_langchain import VectorSearchRetrieverTool
          tool = VectorSearchRetrieverTool(index_name="main.s.missing_index")
        `,
      },
      online: { workspace: { vectorSearchIndexes: [{ name: "main.s.docs" }] } },
      errors: [{ line: 2, messageId: "missing", message: "HTTP 404 RESOURCE_DOES_NOT_EXIST: Index main.s.missing_index does not exist." }],
    },
    {
      name: "a denied function is a warning",
      files: { "serving.yaml": "version: 1\nmodel:\n  resources:\n    functions: [main.s.lookup]\n" },
      online: { workspace: { functions: ["main.s.lookup"], denied: [{ kind: "function", name: "main.s.lookup" }] } },
      errors: [{ line: 4, messageId: "denied", severity: "warning", message: "EXECUTE on the function" }],
    },
  ],
});

const env = (ref: string) => `\n      environment_vars:\n        VENDOR_KEY: "${ref}"`;

ruleCases(onlineSecrets, {
  valid: [
    { name: "an existing scope and key", files: { "serving.yaml": served("main.a.m", '"1"', env("{{secrets/support/vendor_key}}")) }, online: { workspace: { secretScopes: [{ name: "support", keys: ["vendor_key"] }] } } },
    { name: "a literal (secrets-in-env's concern) is not asked", files: { "serving.yaml": served("main.a.m", '"1"', env("plain-value")) }, online: {} },
  ],
  invalid: [
    {
      name: "a key the scope does not have",
      files: { "serving.yaml": served("main.a.m", '"1"', env("{{secrets/support/vendor-key}}")) },
      online: { workspace: { secretScopes: [{ name: "support", keys: ["vendor_key"] }] } },
      errors: [{ line: 10, messageId: "missing", message: "scope \"support\" has no key \"vendor-key\"" }],
    },
    {
      name: "a scope that does not exist",
      files: { "serving.yaml": served("main.a.m", '"1"', env("{{secrets/nope/k}}")) },
      online: {},
      errors: [{ line: 10, messageId: "missing", message: "Scope nope does not exist!" }],
    },
    {
      name: "a scope the credentials cannot read",
      files: { "serving.yaml": served("main.a.m", '"1"', env("{{secrets/support/k}}")) },
      online: { workspace: { secretScopes: [{ name: "support", keys: ["k"] }], denied: [{ kind: "secret_scope", name: "support" }] } },
      errors: [{ line: 10, messageId: "denied", severity: "warning", message: "READ on the secret scope" }],
    },
  ],
});

ruleCases(onlineDeployJob, {
  valid: [
    { name: "one job with the name", files: { "serving.yaml": "version: 1\ndeploy:\n  job: deploy-agent\n" }, online: { jobs: ["deploy-agent"] } },
    { name: "direct mode needs no job", files: { "serving.yaml": "version: 1\ndeploy:\n  mode: direct\n  job: ghost\n" }, online: {} },
  ],
  invalid: [
    {
      name: "no job with the name",
      files: { "serving.yaml": "version: 1\ndeploy:\n  job: deploy-agnet\n" },
      online: { jobs: ["deploy-agent"] },
      errors: [{ line: 3, messageId: "missing", message: "no job is named \"deploy-agnet\"" }],
    },
    {
      name: "a job id that does not exist (the Jobs API's 400 'does not exist')",
      files: { "serving.yaml": "version: 1\ndeploy:\n  job: 999\n" },
      online: {},
      errors: [{ line: 3, messageId: "missing", message: "Job 999 does not exist." }],
    },
    {
      name: "two jobs with the name",
      files: { "serving.yaml": "version: 1\ndeploy:\n  job: deploy-agent\n" },
      online: { jobs: ["deploy-agent", "deploy-agent"] },
      errors: [{ line: 3, messageId: "ambiguous", message: "2 jobs are named \"deploy-agent\" (ids " }],
    },
  ],
});
