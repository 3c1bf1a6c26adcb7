// The schema rule on the SDK form: what the Databricks SDK itself would refuse when the call runs
// (TypeError on an unknown argument, AttributeError in as_dict() on a plain dict or a plain string
// where a dataclass or an enum member is expected), from the SDK's own definitions.
import schema from "../../../rules/schema.js";
import { py, ruleCases } from "../../helpers/rule-cases.js";

const HEAD = py`
  from databricks.sdk import WorkspaceClient
  from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput, ServingModelWorkloadType

  w = WorkspaceClient()
`;
/** Body line n is file line n + 5. */
const deploy = (body: string) => ({ "deploy.py": `${HEAD}\n${body}` });

/** A notebook export whose first cell installs `pins`; body line n is file line n + 10. */
const notebook = (pins: string, body: string) => ({
  "deploy.py": `# Databricks notebook source\n# MAGIC %pip install ${pins}\n\n# COMMAND ----------\n\n${HEAD}\n${body}`,
});
/** What an older SDK took without complaint and today's SDK refuses: a plain-string enum, no config name. */
const OLD_STYLE = py`
  w.serving_endpoints.create(name="agent", config=EndpointCoreConfigInput(served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="CPU")]))
`;

ruleCases(schema, {
  valid: [
    {
      name: "sdk: every argument known, enum as a member, environment_vars as a dict",
      files: deploy(py`
        w.serving_endpoints.create_and_wait(
            "agent",
            config=EndpointCoreConfigInput(
                name="agent",
                served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type=ServingModelWorkloadType.GPU_SMALL, environment_vars={"A": "1"})],
            ),
            timeout=None,
        )
      `),
    },
    {
      // **kwargs may carry the required name; values from a widget are not judged.
      name: "sdk: a **spread config and widget values stay silent",
      files: deploy(py`
        opts = {"name": "agent"}
        w.serving_endpoints.create(name=dbutils.widgets.get("ep"), config=EndpointCoreConfigInput(**opts, served_entities=entities))
      `),
    },
    {
      name: "sdk: put_ai_gateway with its dataclasses and enum members",
      files: {
        "gateway.py": py`
          from databricks.sdk import WorkspaceClient
          from databricks.sdk.service import serving as s

          WorkspaceClient().serving_endpoints.put_ai_gateway(
              "agent",
              usage_tracking_config=s.AiGatewayUsageTrackingConfig(enabled=True),
              rate_limits=[s.AiGatewayRateLimit(calls=100, key=s.AiGatewayRateLimitKey.USER, renewal_period=s.AiGatewayRateLimitRenewalPeriod.MINUTE)],
          )
        `,
      },
    },
    {
      // databricks-sdk 0.39 declared workload_type a str and EndpointCoreConfigInput.name optional:
      // the data describes 0.71 and later, so a notebook that installs an older SDK is not judged by it.
      name: "sdk: a notebook that pins an older databricks-sdk stays silent",
      files: notebook("databricks-sdk==0.39.0 mlflow==2.20.2", OLD_STYLE),
    },
    {
      name: "sdk: an upper bound below 0.71, and the same pin inside an .ipynb, stay silent",
      files: {
        ...notebook("'databricks-sdk<0.50' mlflow", OLD_STYLE),
        "nb.ipynb": JSON.stringify({
          cells: [
            { cell_type: "code", metadata: {}, outputs: [], source: ["%pip install -U databricks_sdk~=0.40.0\n"] },
            { cell_type: "code", metadata: {}, outputs: [], source: [HEAD, OLD_STYLE] },
          ],
          metadata: {}, nbformat: 4, nbformat_minor: 5,
        }),
      },
    },
    {
      // pip reads `-r` from the notebook's folder; a pin of an older SDK there is the notebook's SDK too.
      name: "sdk: a notebook that installs a requirements file pinning an older databricks-sdk stays silent",
      files: { ...notebook("-r requirements.txt mlflow", OLD_STYLE), "requirements.txt": "mlflow==2.20.2\ndatabricks-sdk==0.40.0\n" },
    },
    {
      name: "sdk: the older pin reached through a nested -r, written as --requirement=",
      files: {
        ...notebook("--requirement=reqs/deploy.txt", OLD_STYLE),
        "reqs/deploy.txt": "-r base.txt\n",
        "reqs/base.txt": "databricks-sdk<0.60\n",
      },
    },
    {
      // Sweep: a package whose pyproject.toml pins databricks-sdk==0.55.0 runs that SDK's classes.
      name: "sdk: a project that pins an older databricks-sdk in pyproject.toml (PEP 621 or Poetry) or requirements.txt stays silent",
      files: {
        "pkg/pyproject.toml": '[project]\nname = "pkg"\ndependencies = [\n  "mlflow==2.20.2",\n  "databricks-sdk==0.55.0",\n]\n',
        "pkg/src/pkg/serve.py": `${HEAD}\n${OLD_STYLE}`,
        "poetry/pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.11"\ndatabricks-sdk = { version = "^0.55", extras = ["notebook"] }\n',
        "poetry/serve.py": `${HEAD}\n${OLD_STYLE}`,
        "plain/requirements.txt": "databricks-sdk>=0.40,<0.60  # the serving API we tested\n",
        "plain/jobs/serve.py": `${HEAD}\n${OLD_STYLE}`,
        // Sweep S (marvelous-databricks-course): PEP 508 allows spaces between clauses and after an operator.
        "spaced/pyproject.toml": '[project]\ndependencies = ["databricks-sdk>=0.32.0, <0.33"]\n',
        "spaced/serve.py": `${HEAD}\n${OLD_STYLE}`,
        "spaced-op/requirements.txt": "databricks-sdk == 0.32.0\n",
        "spaced-op/serve.py": `${HEAD}\n${OLD_STYLE}`,
      },
    },
    {
      name: "sdk: a config built by a helper we do not follow",
      files: deploy(py`
        w.serving_endpoints.create(name="agent", config=make_config())
      `),
    },
  ],
  invalid: [
    {
      name: "sdk: an unknown keyword of a dataclass and of the method, with did-you-mean",
      files: deploy(py`
        w.serving_endpoints.create(
            name="agent",
            config=EndpointCoreConfigInput(name="agent", served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_sise="Small")]),
            tag=[],
        )
      `),
      errors: [
        { line: 8, messageId: "sdkUnknownKeyword", message: "ServedEntityInput(...) has no argument \"workload_sise\" (did you mean \"workload_size\"?)" },
        { line: 9, messageId: "sdkUnknownKeyword", message: "(did you mean \"tags\"?)" },
      ],
    },
    {
      // update_config takes the config's parts as its own arguments: config= is a TypeError.
      name: "sdk: update_config(config=...) and a plain-string enum in put_ai_gateway",
      files: deploy(py`
        from databricks.sdk.service.serving import AiGatewayRateLimit
        w.serving_endpoints.update_config(name="agent", config=EndpointCoreConfigInput(name="agent"))
        w.serving_endpoints.put_ai_gateway(name="agent", rate_limits=[AiGatewayRateLimit(calls=10, renewal_period="minute")])
      `),
      errors: [
        { line: 7, messageId: "sdkUnknownKeyword", message: "serving_endpoints.update_config(...) has no argument \"config\"" },
        { line: 8, messageId: "sdkPlainString", message: "AiGatewayRateLimitRenewalPeriod.MINUTE" },
      ],
    },
    {
      name: "sdk: a plain dict where EndpointCoreConfigInput is expected",
      files: deploy(py`
        w.serving_endpoints.create(name="agent", config={"served_entities": []})
      `),
      errors: [{ line: 6, column: 49, messageId: "sdkPlainDict", message: "serving_endpoints.create(config=...) takes EndpointCoreConfigInput(...), found a dict" }],
    },
    {
      name: "sdk: a plain string for an enum field, and a member in the wrong case",
      files: deploy(py`
        a = ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="gpu_small")
        b = ServedEntityInput(entity_name="main.a.b", entity_version="2", workload_type=ServingModelWorkloadType.gpu_small)
        w.serving_endpoints.update_config(name="agent", served_entities=[a, b])
      `),
      errors: [
        { line: 6, messageId: "sdkPlainString", message: "takes ServingModelWorkloadType.GPU_SMALL, found the plain string \"gpu_small\"" },
        { line: 7, messageId: "sdkBadMember", message: "ServingModelWorkloadType has no member gpu_small (did you mean ServingModelWorkloadType.GPU_SMALL?)" },
      ],
    },
    {
      name: "sdk: a plain string that is no member's value gets the members, not a guess",
      files: deploy(py`
        from databricks.sdk.service.serving import ServedModelInput
        a = ServedModelInput(model_name="main.a.b", model_version="1", workload_size="Small", workload_type="GPU", scale_to_zero_enabled=True)
        w.serving_endpoints.update_config(name="agent", served_models=[a])
      `),
      errors: [{ line: 7, messageId: "sdkPlainString", message: "takes a ServedModelInputWorkloadType member (CPU, CPU_LARGE, CPU_MEDIUM, GPU_LARGE, GPU_MEDIUM, GPU_SMALL, GPU_XLARGE, GPU_XLARGE_8, MULTIGPU_MEDIUM), found the plain string \"GPU\"" }],
    },
    {
      // Sweep L: helpers take the client from their caller; a parameter typed WorkspaceClient is one.
      name: "sdk: a helper's parameter typed WorkspaceClient is the client; an untyped one is not known",
      files: deploy(py`
        def create(client: WorkspaceClient, name: str):
            client.serving_endpoints.create(name=name, config=EndpointCoreConfigInput(name=name, served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="CPU")]))
        def create_any(client, name):
            client.serving_endpoints.create(name=name, config=EndpointCoreConfigInput(name=name, served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="CPU")]))
      `),
      errors: [{ line: 7, messageId: "sdkPlainString", message: "takes ServingModelWorkloadType.CPU" }],
    },
    {
      // Sweep K: the client created lazily in a global and handed out by a helper typed `-> WorkspaceClient`.
      name: "sdk: a helper typed -> WorkspaceClient hands out the client, called directly or through a name",
      files: deploy(py`
        _client = None
        def get_client() -> WorkspaceClient:
            return _client
        get_client().serving_endpoints.update_config(name="a", served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="CPU")])
        c = get_client()
        c.serving_endpoints.update_config(name="a", served_entities=[ServedEntityInput(entity_name="main.a.b", entity_version="1", workload_type="CPU")])
      `),
      errors: [{ line: 9, messageId: "sdkPlainString" }, { line: 11, messageId: "sdkPlainString" }],
    },
    {
      name: "sdk: one entity where a list is expected; the related call names the sender",
      files: deploy(py`
        entity = ServedEntityInput(entity_name="main.a.b", entity_version="1")
        w.serving_endpoints.update_config(name="agent", served_entities=entity)
      `),
      errors: [{ line: 6, messageId: "sdkNotList", related: ["deploy.py:7 sent by serving_endpoints.update_config(...)"] }],
    },
    {
      // A job notebook with no pip line runs its runtime's own SDK, which may predate the field being required
      // (sweep L: Databricks' MLflow 3 deployment-job template); the method's name has always been required.
      name: "sdk: a field required only since a recent release is not judged when no install names the SDK",
      files: deploy(py`
        w.serving_endpoints.create(config=EndpointCoreConfigInput(served_entities=[]))
      `),
      errors: [{ line: 6, column: 1, messageId: "sdkMissingField", severity: "error", message: "\"name\"" }],
    },
    {
      name: "sdk: with a current SDK installed, a missing required field is a warning; the method's own name is an error",
      files: notebook("-U databricks-sdk", py`
        w.serving_endpoints.create(config=EndpointCoreConfigInput(served_entities=[]))
      `),
      errors: [
        { line: 11, column: 1, messageId: "sdkMissingField", severity: "error", message: "\"name\"" },
        { line: 11, column: 35, messageId: "sdkMissingField", severity: "warning", message: "\"name\"" },
      ],
    },
    {
      // pip takes the newest release a lower bound or ~=0.40 allows: today's SDK.
      name: "sdk: a notebook that installs a current databricks-sdk is judged",
      files: notebook("databricks-sdk>=0.30.0 'databricks-sdk~=0.40'", OLD_STYLE),
      errors: [
        { line: 11, messageId: "sdkMissingField", severity: "warning" },
        { line: 11, messageId: "sdkPlainString", message: "takes ServingModelWorkloadType.CPU" },
      ],
    },
    {
      name: "sdk: a requirements file pinning 0.71.0 or later, or not pinning the SDK, is judged; a missing one is unknown",
      files: {
        ...notebook("-r requirements.txt -r missing.txt", OLD_STYLE),
        "requirements.txt": "databricks-sdk==0.72.0\nmlflow>=2.20\n",
      },
      errors: [
        { line: 11, messageId: "sdkMissingField" },
        { line: 11, messageId: "sdkPlainString" },
      ],
    },
    {
      // The nearest manifest that names the SDK decides: here it pins a current one, or names it unpinned.
      name: "sdk: the nearest project manifest naming databricks-sdk pins a current one, or none",
      files: {
        "requirements.txt": "databricks-sdk==0.40.0\n",
        "app/pyproject.toml": '[project]\ndependencies = ["databricks-sdk>=0.72"]  # databricks-sdk==0.40.0 before\n',
        "app/serve.py": `${HEAD}\n${OLD_STYLE}`,
        "tool/requirements.txt": "# databricks-sdk==0.40.0\ndatabricks-sdk\n",
        "tool/serve.py": `${HEAD}\n${OLD_STYLE}`,
        // A notebook's own `%pip install databricks-sdk` installs the newest, whatever the project pins.
        "nb/deploy.py": notebook("-U databricks-sdk", OLD_STYLE)["deploy.py"],
      },
      errors: [
        { file: "app/serve.py", line: 6, messageId: "sdkMissingField" },
        { file: "app/serve.py", line: 6, messageId: "sdkPlainString" },
        { file: "nb/deploy.py", line: 11, messageId: "sdkMissingField" },
        { file: "nb/deploy.py", line: 11, messageId: "sdkPlainString" },
        { file: "tool/serve.py", line: 6, messageId: "sdkMissingField" },
        { file: "tool/serve.py", line: 6, messageId: "sdkPlainString" },
      ],
    },
    {
      name: "sdk: a pin of 0.71.0 or later is judged",
      files: notebook("databricks-sdk==0.88.0", OLD_STYLE),
      errors: [
        { line: 11, messageId: "sdkMissingField" },
        { line: 11, messageId: "sdkPlainString" },
      ],
    },
  ],
});
