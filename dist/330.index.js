const id=330,ids=[330],modules={4330:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{sarif:()=>sarif});const RULE_DOCS={"agent-interface":{description:'Checks that a `ResponsesAgent` subclass defines `predict` (itself or through an analysed base class), that\na file logged as models-from-code (`log_model(python_model="agent.py")`) calls\n`mlflow.models.set_model(...)`, and notes (info level, SARIF `note`: it never fails a build) that a\n`ChatAgent` subclass uses the legacy interface.\n\nAn abstract base is not asked for `predict`: a class that nothing in the analysed code instantiates and that\neither derives from `abc.ABC` or is subclassed by an analysed class. Its subclasses are checked instead.',why:'`predict` is the one abstract method of `ResponsesAgent`: without it the model cannot even be instantiated\nwhen it is loaded for serving. A models-from-code file without `set_model` logs fine but fails to load\n("no model was set"). Databricks recommends migrating ChatAgent to ResponsesAgent; new features (streaming\nevents, the review app\'s tool views) only come to the latter.',incorrect:`\`\`\`python file=agent.py
import mlflow
from mlflow.pyfunc import ResponsesAgent


class Agent(ResponsesAgent):
    def answer(self, request):
        ...
\`\`\`

\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
\`\`\``,correct:`\`\`\`python file=agent.py
import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hi", id="m1")])


mlflow.models.set_model(Agent())
\`\`\``},"declared-resources":{description:"Compares the Databricks resources the model code uses (the client constructors of\n`databricks-langchain`, `databricks-openai`, `unitycatalog-ai` and the Databricks SDK, DSPy's\n`dspy.LM(\"databricks/<endpoint>\")` and `DatabricksLM`, llama-index's `Databricks(model=...)`, and the OpenAI\nclient or LangChain's `ChatOpenAI` / `OpenAIEmbeddings` on the workspace's `/serving-endpoints` route: LLM and embedding\nendpoints, vector search indexes, UC functions, Genie spaces, SQL warehouses; imported under any name), and the\nLakebase memory of `databricks-langchain` (`DatabricksStore` / `CheckpointSaver`: the database instance and the\nembedding endpoint), and the SDK's own calls on a `WorkspaceClient`: `serving_endpoints.query`, `statement_execution.execute_statement` (its\nSQL warehouse), the Genie conversation calls (their space) and `vector_search_indexes.query_index`, with the\nresources the model declares: `log_model(resources=[...])` (also through `**kwargs` of a dict literal),\n`auth_policy`'s `SystemAuthPolicy(resources=[...])`, and serving.yaml `model.resources`. A used resource that is not declared is an error at the place the code uses it; a\ndeclared endpoint, index, function or Genie space the code never uses is a warning (a warehouse, table, connection,\napp or Lakebase instance is reached by SQL and functions without being named, so it never is; nor is a kind the\ncode reaches with a name known only at run time, or through a client with credentials of its own). The rule only judges when the declared set is fully literal\nand the used name is known before run time (a name read from a config, a widget or an environment\nvariable is not judged). `mlflow.langchain.log_model` with no `resources=` is not judged either: MLflow\ndetects the chain's resources itself in that case. An instance of a class the logging notebook defines\n(`python_model=Model()`) is judged on what that class reaches, not on the notebook's other cells; a global it reads\nthat the notebook rebinds is the value bound when `log_model` pickles the instance. A name that\nreaches the client through a parameter (`def __init__(self, endpoint)` \u2026 `ChatDatabricks(endpoint=endpoint)`, or a\nhelper function's) is judged at each call of the model's code that passes a literal (`Agent(\"databricks-...\")`)\nor leaves a literal default; the finding sits on that call. A construction in a driver script or a test is not the\nmodel's, and one passing a run-time value is not judged. A model that declares nothing and is served with its own\ncredentials is not judged: its serving.yaml, or an endpoint elsewhere in the repository (a bundle's\n`model_serving_endpoints`, a deploy script's config) serving its `registered_model_name`, sets `DATABRICKS_TOKEN`\nor `DATABRICKS_CLIENT_SECRET` in `environment_vars`; a `WorkspaceClient` built with credentials of its own\n(`token=`, `client_secret=`, `profile=`, `**kwargs`...) reaches what it reaches as them, so its calls need no declaration. Passing both `resources` and `auth_policy` is an error, and serving.yaml and a\nliteral `log_model` declaration that disagree are reported in both places.",why:"Model Serving gives a deployed agent credentials only for the resources it declared (automatic\nauthentication passthrough). A vector index the code queries but the model never declared makes the agent\nfail at request time with a permission error, not at deploy time. MLflow rejects a call with both\n`resources` and `auth_policy`.",incorrect:`\`\`\`python file=agent.py
import mlflow
from databricks_langchain import ChatDatabricks, VectorSearchRetrieverTool
from mlflow.pyfunc import ResponsesAgent

llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
retriever = VectorSearchRetrieverTool(index_name="main.support.docs_index")


class Agent(ResponsesAgent):
    def predict(self, request):
        ...


mlflow.models.set_model(Agent())
\`\`\`

\`\`\`python file=log_model.py
import mlflow
from mlflow.models.resources import DatabricksServingEndpoint

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    resources=[DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")],
)
\`\`\``,correct:`\`\`\`python file=log_model.py
import mlflow
from mlflow.models.resources import DatabricksServingEndpoint, DatabricksVectorSearchIndex

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    resources=[
        DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct"),
        DatabricksVectorSearchIndex(index_name="main.support.docs_index"),
    ],
)
\`\`\``},"fm-endpoint-name":{description:"Checks that every `databricks-*` foundation-model endpoint name written in YAML (`model.resources.serving_endpoints`,\n`system.ai.*` served entities, external models proxying a serving endpoint, a bundle app's `serving_endpoint`\nresources) or in code is an exact name from\nthe catalog in `rules/data/foundation-models.json` or one of the repository's own names (`endpoints:` in\n`.serving-ci.yaml`). A name one slip away from a real one (an edit or two, dots for dashes, upper case,\n`databricks-meta-llama-4-maverick`, a LiteLLM `databricks/` namespace) is an error naming the nearest real\nnames; a `databricks-` name far from every known one is a warning. Where only a bare endpoint name is valid,\na URL, a `/serving-endpoints/...` path or a provider model id (`claude-sonnet-4-5-20250929`, `gpt-5.2`,\n`meta-llama/Llama-3.3-70B-Instruct`) is an error. For `system.ai.*` names, the gateway form\n(`system.ai.claude-sonnet-4-5`) and classic UC model names (`system.ai.meta_llama_v3_1_70b_instruct`) are\naccepted and `system.ai.databricks-*` is reported.",why:"The `databricks-` prefix is reserved for Databricks' own foundation-model endpoints, so any other\n`databricks-*` name does not exist: the agent deploys fine and fails at its first model call with\n`404 RESOURCE_DOES_NOT_EXIST`, and a declared resource with a wrong name breaks authentication passthrough.\nNames that look right (`databricks-claude-haiku-4.5`, `databricks-meta-llama-4-maverick`) are common in\npublic code. A name far from every known one may be real where you deploy (availability differs by region\nand the catalog has a compile date), hence a warning that your config's custom names settle.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    serving_endpoints: [databricks-meta-llama-4-maverick]   # databricks-llama-4-maverick
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    serving_endpoints: [databricks-llama-4-maverick, support-retriever]
\`\`\``},"fm-endpoint-retired":{description:"Checks foundation-model endpoint names (wherever fm-endpoint-name reads them, a bundle app's `serving_endpoint`\nresources included) against the retirement dates in the catalog\n(`rules/data/foundation-models.json`), as of today (or `--today YYYY-MM-DD`). A name retired on or before\ntoday is an error naming the successor where one is known, and the end of a redirect window where there is\none; a name retiring within 90 days is a warning with the date; a deprecated or legacy name is a warning. A\n`system.ai` served entity with provisioned-throughput fields is judged by the provisioned-throughput\nretirement day, which can be months later than the pay-per-token one. In Python, an OpenAI client whose base\nURL is set at run time (read from the environment, or left to `OPENAI_BASE_URL`) may reach any provider, so\nonly a literal `databricks-...` model id that the catalog lists is judged there; fm-endpoint-name leaves its\nnear misses alone. The same holds for a Databricks app's `env` values (`app.yaml`, or a bundle app's `config`):\na value that is exactly a catalog name is the endpoint the app is told to call, and any other value is not judged.",why:`A retired pay-per-token name fails with \`404 RESOURCE_DOES_NOT_EXIST\` from its retirement day on \u2014 the day
itself is the first failing day. During a partner redirect (Gemini 3 Pro until 2026-06-07) the name keeps
answering, but with a different model. Under the 2026 maintenance policies a deprecated or legacy model
answers only in workspaces that already used it, so a new deployment elsewhere fails at once.`,incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    serving_endpoints: [databricks-claude-3-7-sonnet]   # retired 2026-04-12
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    serving_endpoints: [databricks-claude-sonnet-4-5]
\`\`\``},"missing-requirements":{description:"When a model's requirement list is complete and literal (`pip_requirements`, or serving.yaml\n`model.pip_requirements`; not `extra_pip_requirements`, which adds to an inferred list), checks that every\nthird-party module the model code imports is installed by it: a listed distribution, what its extras install\n(`databricks-sdk[openai]` installs `openai`; `rules/data/python-extras.json`, where an extra it does not\nknow leaves the model unjudged), one of their published dependencies, or mlflow itself (MLflow adds it). The model code is what the model runs when it loads, followed\nfrom its entry: the `python_model` / `lc_model` file and the files of `model.code` that define a model run\nwhole, with the analysed modules they import (and those modules' packages); an instance of a class defined\nin the logging script or notebook brings only what that class's methods, bases and attributes use. A file\nthat `code_paths` ships but nothing imports is not model code, nor is the logging notebook's own setup. Imports inside `try:` or\nan arm of an `if` (`if TYPE_CHECKING:`, a provider chosen by a setting: the import runs only when the branch does), relative imports, the standard library and the project's own modules are never\nreported, nor are modules whose distribution is not in the mapping (`rules/data/python-packages.json`).",why:"With `pip_requirements`, MLflow records exactly that list and Model Serving installs exactly that list. A\nmodule that was installed in the notebook (`%pip install databricks-langchain`) but not listed makes the\nserving container fail at import time, after a long build.",incorrect:`\`\`\`python file=agent.py
import mlflow
from databricks_langchain import ChatDatabricks
from mlflow.pyfunc import ResponsesAgent


class Agent(ResponsesAgent):
    def predict(self, request):
        ...


mlflow.models.set_model(Agent())
\`\`\`

\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(name="agent", python_model="agent.py", pip_requirements=["mlflow==3.6.0"])
\`\`\``,correct:`\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    pip_requirements=["mlflow==3.6.0", "databricks-langchain==0.8.1"],
)
\`\`\``},"online-deploy-job":{description:"With `serving-ci lint --online`, checks that the deployment job `deploy.job` names exists: a numeric id\nwith `GET /api/2.2/jobs/get`, a name with `GET /api/2.2/jobs/list?name=...`, which must find exactly one job.\n`deploy.mode: direct` needs no job and is not asked about.",why:"The merge deploy starts by looking up the job: a missing or ambiguous name fails the deployment after merge.",incorrect:'```yaml file=serving.yaml\nversion: 1\ndeploy:\n  job: deploy-support-agnet\n```\n\n```json workspace\n{ "jobs": ["deploy-support-agent"] }\n```',correct:'```yaml file=serving.yaml\nversion: 1\ndeploy:\n  job: deploy-support-agent\n```\n\n```json workspace\n{ "jobs": ["deploy-support-agent"] }\n```'},"online-endpoints":{description:"With `serving-ci lint --online`, checks that every serving endpoint the repository names (in\n`model.resources.serving_endpoints`, in code such as `ChatDatabricks(endpoint=...)`, and as an external\nmodel's `databricks-model-serving` target) exists in the workspace. The workspace's own endpoint list\n(`GET /api/2.0/serving-endpoints`) is the catalog: a name that is neither there nor in the compiled\nfoundation-model catalog is an error. Endpoints the repository deploys itself are not asked about. Offline the\nrule is silent.",why:`A custom or provisioned-throughput endpoint that does not exist (a typo, another workspace, a deleted
endpoint) only shows when the agent first calls it, after the deployment has succeeded: the endpoint is
READY and every request fails.`,incorrect:'```yaml file=serving.yaml\nversion: 1\nmodel:\n  resources:\n    serving_endpoints: [support-reranker]\n```\n\n```json workspace\n{ "endpoints": ["support-ranker"] }\n```',correct:'```yaml file=serving.yaml\nversion: 1\nmodel:\n  resources:\n    serving_endpoints: [support-ranker]\n```\n\n```json workspace\n{ "endpoints": ["support-ranker"] }\n```'},"online-model-versions":{description:"With `serving-ci lint --online`, checks that each Unity Catalog model version a served entity names\n(`entity_name` + `entity_version`) exists: `GET /api/2.1/unity-catalog/models/{full_name}/versions/{version}`.\nVersions written with a bundle variable (`${var.version}`) and `system.*` models are not asked about.",why:"The endpoint update fails on a version that does not exist, after the deployment job has run; with\n`--online` the pull request says so before merge.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - entity_name: main.agents.support_agent
      entity_version: "8"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\`

\`\`\`json workspace
{ "workspace": { "modelVersions": [{ "model": "main.agents.support_agent", "version": 7 }] } }
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\`

\`\`\`json workspace
{ "workspace": { "modelVersions": [{ "model": "main.agents.support_agent", "version": 7 }] } }
\`\`\``},"online-resources":{description:"With `serving-ci lint --online`, checks that each vector search index, Unity Catalog function, Genie space\nand SQL warehouse the model code uses or declares (in `resources=[...]` or `model.resources`) exists:\n`GET /api/2.0/vector-search/indexes/{name}`, `/api/2.1/unity-catalog/functions/{name}`,\n`/api/2.0/genie/spaces/{id}`, `/api/2.0/sql/warehouses/{id}`. Names computed at run time are not asked about.",why:`A retriever over a missing index or a tool bound to a missing function is found at the agent's first
tool call, in production; declaring it for auth passthrough also fails the deployment.`,incorrect:'```yaml file=serving.yaml\nversion: 1\nmodel:\n  resources:\n    vector_search_indexes: [main.support.docs_idx]\n    functions: [main.support.lookup_order]\n```\n\n```json workspace\n{ "workspace": { "vectorSearchIndexes": [{ "name": "main.support.docs_index" }], "functions": ["main.support.lookup_order"] } }\n```',correct:'```yaml file=serving.yaml\nversion: 1\nmodel:\n  resources:\n    vector_search_indexes: [main.support.docs_index]\n    functions: [main.support.lookup_order]\n```\n\n```json workspace\n{ "workspace": { "vectorSearchIndexes": [{ "name": "main.support.docs_index" }], "functions": ["main.support.lookup_order"] } }\n```'},"online-secrets":{description:"With `serving-ci lint --online`, checks that every `{{secrets/scope/key}}` in a served entity's\n`environment_vars` or external-model config names a secret scope that exists and a key in it:\n`GET /api/2.0/secrets/list?scope=...` (one request per scope; secret values are never read).",why:"An endpoint whose secret reference does not resolve fails to start, after the deployment has run.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_KEY: "{{secrets/support/vendor-key}}"
\`\`\`

\`\`\`json workspace
{ "workspace": { "secretScopes": [{ "name": "support", "keys": ["vendor_key"] }] } }
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_KEY: "{{secrets/support/vendor_key}}"
\`\`\`

\`\`\`json workspace
{ "workspace": { "secretScopes": [{ "name": "support", "keys": ["vendor_key"] }] } }
\`\`\``},"output-helpers":{description:'Inside a `ResponsesAgent` subclass, checks that the items of `ResponsesAgentResponse(output=[...])` and the\n`item` of a `ResponsesAgentStreamEvent` whose `type` is `response.output_item.done` or `.added` are built with the helpers (`create_text_output_item(text=, id=)`,\n`create_function_call_item(id=, call_id=, name=, arguments=)`, `create_function_call_output_item(call_id=,\noutput=)`, `create_text_delta(delta=, item_id=)`, `create_reasoning_item(...)`), not as dict literals\n(directly, through a local variable or `.append`, or returned by a function or method of the same file), and\nthat each helper gets its required arguments. A dict literal that lacks a key of the item its helper builds\n(`type`, `id`, `role`, `content`, a text part\'s `type` or `text`; `call_id`, `output`...) is an error, naming what it\nlacks; one holding every key is valid today and a warning (the helper is still the way to build it). Dicts that are not output items are never judged:\nchat-completions messages sent to the LLM, tool schemas, `custom_outputs`, the payload of a custom event\n(`type="response.debug"`) or of an event whose type is computed at run time, and anything in ChatAgent,\nChatModel or PythonModel code.',why:'A hand-built item that misses a field (`{"role": "assistant", "content": "..."}` has no `type`, `id` or\n`output_text` part) fails the response schema at request time, after deployment; the helpers build exactly\nwhat the Responses API and the Databricks review app expect.',incorrect:`\`\`\`python file=agent.py
import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[{"role": "assistant", "content": "Hello!"}])


mlflow.models.set_model(Agent())
\`\`\``,correct:`\`\`\`python file=agent.py
import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        messages = [{"role": "system", "content": "Be brief."}]  # sent to the LLM: not an output item
        return ResponsesAgentResponse(
            output=[self.create_text_output_item(text="Hello!", id="msg_1")],
            custom_outputs={"turns": len(messages)},
        )


mlflow.models.set_model(Agent())
\`\`\``},parse:{description:`Reports files that cannot be read or parsed: YAML syntax errors, duplicate keys, alias bombs (too many
alias expansions), several YAML documents in one file, empty files, files too large to lint, unreadable
paths, binary and non-UTF-8 files. Each gets one finding at its location; the other files are still linted.

In Python (and notebooks) it reports the first syntax error, worded as CPython 3.10 to 3.13 would where that is
certain from the tokens: "invalid syntax. Perhaps you forgot a comma?", "'(' was never closed", "unterminated
string literal", "unexpected indent", "expected an indented block after ...", "unindent does not match any outer
indentation level"; otherwise plain "invalid syntax" at the place it stops.

Files are read only inside the repository: a symlink (or a \`-r\`, \`model.code\` or bundle \`include\` entry) that
leads outside the repository root or into \`.git\`, a device, FIFO or socket, and a symlink loop are refused
with a finding that names the path (at the line that names it, for a pulled-in file), never its content.`,why:`Databricks and the bundle CLI refuse a file that does not parse, or \u2014 with duplicate keys \u2014 silently keep
one of the values, so the endpoint deploys with a config nobody wrote on purpose. Every other rule sees only
what parsed, so a parse error can hide other findings.`,incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  name: support-agent-v2   # duplicate key
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\``},"pinned-requirements":{description:'Checks that every entry of a model\'s `pip_requirements` and `extra_pip_requirements` (in a `log_model` call of\nany flavour), of serving.yaml `model.pip_requirements`, and of any requirements file they reference (`-r` is\nfollowed, relative to the file that names it) pins one exact artifact: `name==1.2.3`, `name===1.2.3`, a URL\nwith a `#sha256=` hash or `--hash`, a VCS URL at a commit, or a local wheel. Ranges, `~=`, `>=`, wildcards and\nbare names are reported, one finding per entry at its position; an entry of a `-r` file also names, as a\nrelated location (SARIF `relatedLocations`, a `note:` line in stylish), each `log_model` or serving.yaml entry\nthat pulls the file in. Pins computed when the model is logged\n(`f"mlflow=={mlflow.__version__}"`, `"x==" + get_distribution("x").version`) are pins, and a URL that ends in a\nvalue computed at run time (`f"pkg @ {WHEEL_URL}"`) is not judged: its hash or commit may be in that value. Entries are parsed as\nPEP 508 (extras, markers, URLs, comments, continuation lines); `%pip install` lines of a notebook set up the\nnotebook, not the model, and are not read.',why:"Model Serving builds the container when the endpoint is updated, possibly weeks after the model was logged\nand tested. An unpinned requirement then resolves to whatever is newest on that day: a breaking release of\n`langchain-core` or `databricks-langchain` makes the build or the first request fail, and two endpoints\nbuilt from the same model version can behave differently.",incorrect:`\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    pip_requirements=["mlflow==3.6.0", "databricks-langchain>=0.8", "langgraph"],
)
\`\`\``,correct:`\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    pip_requirements=[f"mlflow=={mlflow.__version__}", "databricks-langchain==0.8.1", "langgraph==0.3.4"],
)
\`\`\``},"requirement-conflicts":{description:"Checks that one requirement list does not pin a package to two versions (or pin it and exclude that pin with\nanother specifier, for the same environment marker); that serving.yaml `model.pip_requirements` and the\nliteral `pip_requirements` of the `log_model` call in its `model.code` list the same packages at the same\nversions (each difference is reported in both places); and that `mlflow` is pinned no older than 3.1.3 when\nthe model code defines a `ResponsesAgent`, which Databricks requires for authoring and deploying one.",why:"pip refuses a list with two different pins of one package, so the serving container never builds. When\nserving.yaml and the logging script disagree, the endpoint runs what the logging script recorded while\nreviewers read serving.yaml. An older mlflow cannot load a `ResponsesAgent` at serving time.",incorrect:`\`\`\`python file=agent.py
import mlflow
from mlflow.pyfunc import ResponsesAgent
from mlflow.types.responses import ResponsesAgentResponse


class Agent(ResponsesAgent):
    def predict(self, request):
        return ResponsesAgentResponse(output=[self.create_text_output_item(text="hi", id="m1")])


mlflow.models.set_model(Agent())
\`\`\`

\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    pip_requirements=["mlflow==2.21.0", "pydantic==2.10.6", "pydantic==2.11.0"],
)
\`\`\``,correct:`\`\`\`python file=log_model.py
import mlflow

mlflow.pyfunc.log_model(
    name="agent",
    python_model="agent.py",
    pip_requirements=["mlflow==3.6.0", "pydantic==2.11.0"],
)
\`\`\``},schema:{description:"Checks `serving.yaml` against `schema/serving.schema.json` and each bundle\n`resources.model_serving_endpoints.<key>` against the bundle's endpoint schema: unknown keys (with a\ndid-you-mean: `served_entity` \u2192 `served_entities`, `workload_sise` \u2192 `workload_size`), wrong types, enum\nvalues (with the right spelling when only the case is wrong: `gpu_small` \u2192 `GPU_SMALL`), required fields,\n`version: 1`, durations such as `45m`, bundle resource types the bundle schema does not know but that are a near\nmiss of one it knows (`model_serving_endpoint`; a name far from every known type may be one newer than the schema\nour data was generated from, and is not judged), and `model.code` paths that are missing or outside the repository.\n\nA config built in Python is checked against the SDK's own definitions (an unknown argument is a `TypeError`; a\nplain dict or string where a dataclass or an enum member belongs fails in `as_dict()`; a notebook whose `%pip install`\n(itself or through a `-r` requirements file) pins a databricks-sdk older than 0.71.0, whose classes differ, is not judged by them,\nnor is code whose nearest `requirements.txt` or `pyproject.toml` naming databricks-sdk, in its folder or above, pins one;\na dataclass field required only since 0.71.0, such as `EndpointCoreConfigInput(name=...)`, is a warning, and only where\nan install or manifest names a current release: without one the code runs its runtime's own SDK) or, for a dict sent in the\nREST shape (`mlflow.deployments`, `requests`, `httpx`, `api_client.do`, `urllib`), against the same endpoint schema as a bundle.\nSo is a request body kept as a JSON file for `databricks serving-endpoints create --json @endpoint.json` (or\n`update-config NAME --json @config.json`): a `.json` whose name says `endpoint` or `serving` and whose top-level keys\nare all the body's. A saved `serving-endpoints get` response (with `id`, `state`) is not a body and is not read.\nAn endpoint field written inside `config` (`route_optimized`, `ai_gateway`, `tags`) is unknown there, and the\nfinding says it belongs to the endpoint. In a body sent as JSON (a REST dict or a JSON file), an unknown key is\nreported only as a near miss of a known one (`workload_sise`) or as a field of another level: a key far from every\nknown one may be a field newer than the schema, such as a preview feature's, which the API takes.",why:"Databricks rejects an unknown field or a wrong enum with a 400 when the config is applied \u2014 after the model\nwas logged and the deployment job started. In a bundle it is worse: a block under a misspelt resource type\nis not deployed at all, and `databricks bundle deploy` may succeed without creating the endpoint.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_sise: Small     # workload_size
      workload_type: gpu_small # GPU_SMALL
      scale_to_zero_enabled: true
\`\`\`

\`\`\`python file=deploy.py
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput

w = WorkspaceClient()
w.serving_endpoints.create(name="support-agent", config=EndpointCoreConfigInput(
    name="support-agent",
    served_entities=[ServedEntityInput(entity_name="main.agents.support_agent", entity_version="7",
                                       workload_type="GPU_SMALL")],  # a plain string: as_dict() fails
))
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      workload_type: GPU_SMALL
      scale_to_zero_enabled: true
\`\`\`

\`\`\`python file=deploy.py
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput, ServingModelWorkloadType

w = WorkspaceClient()
w.serving_endpoints.create(name="support-agent", config=EndpointCoreConfigInput(
    name="support-agent",
    served_entities=[ServedEntityInput(entity_name="main.agents.support_agent", entity_version="7",
                                       workload_type=ServingModelWorkloadType.GPU_SMALL)],
))
\`\`\``},"secrets-in-env":{description:"Checks that environment variables and external-model credentials hold `{{secrets/<scope>/<key>}}`\nreferences rather than literal secrets. A value is reported when its shape is a known credential\n(Databricks `dapi\u2026` token, OpenAI `sk-\u2026`, Anthropic `sk-ant-\u2026`, GitHub `ghp_\u2026`/`github_pat_\u2026`, AWS\n`AKIA\u2026`, Slack `xox\u2026`, a JWT, a PEM private key) whatever the variable is called, or when the variable's\nname ends in a credential word (`\u2026_TOKEN`, `\u2026_KEY`, `\u2026_SECRET`, `\u2026_PASSWORD`, `\u2026_CREDENTIALS`, \u2026) and\nthe value could be one. External-model key fields (`openai_api_key`, `*_secret*`, `private_key`,\n`databricks_api_token`, `api_key_auth.value`, `bearer_token_auth.token`, \u2026) must always be references,\nand every `*_plaintext` field is reported, whatever computes its value (a bundle variable's value is not\njudged). Malformed references (`{{secret/s/k}}`, `{{ secrets/s/k }}`,\n`${{secrets/s/k}}`, `{secrets/s/k}`) are reported with the right form, in any variable; so is an f-string\n`f\"{{secrets/{scope}/k}}\"`, whose `{{` is one brace: it sends `{secrets/\u2026/k}`. Findings never contain the value,\nand the stylish code frame masks it.\n\nConfigs built in Python are checked too: there a secret read at run time (`dbutils.secrets.get(...)`, and in a\ncredential-named variable an f-string or a read of an environment variable that clients take as the credential\nitself, such as `DATABRICKS_TOKEN` or `OPENAI_API_KEY`) is plain text in the endpoint config, where anyone who can\nview the endpoint reads it. A name whose value cannot be followed, or an environment variable of the project's own\n(which may hold `{{secrets/<scope>/<key>}}`), may hold a reference and is not judged.",why:"A literal in `serving.yaml` or a bundle is in git history for good, visible to everyone who can read the\nrepository, and sent in clear in the endpoint config. Databricks resolves `{{secrets/scope/key}}` when the\ncontainer starts and never echoes it; a malformed reference is not resolved, so the model receives the\ntext `{{secret/s/k}}` as its credential and fails at the first call.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_API_KEY: "{{secret/support/vendor_key}}"   # secrets, plural
\`\`\`

\`\`\`python file=deploy.py
from databricks import agents

agents.deploy("main.agents.support_agent", 7,
              environment_vars={"VENDOR_KEY": dbutils.secrets.get("support", "vendor_key")})  # plain text
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars:
        VENDOR_API_KEY: "{{secrets/support/vendor_key}}"
        MAX_TOKENS: "512"          # not a credential
        API_KEY_HEADER: Authorization
\`\`\`

\`\`\`python file=deploy.py
from databricks import agents

agents.deploy("main.agents.support_agent", 7,
              environment_vars={"VENDOR_KEY": "{{secrets/support/vendor_key}}"})
\`\`\``},"served-entities":{description:"Checks the endpoint and its served entities for values Databricks rejects or contradicts: names with\ncharacters outside letters, digits, `-` and `_`; an endpoint name longer than 63 characters (warning) or\nstarting with the reserved `databricks-` prefix (warning); two entities with the same name (default names\nincluded); more than 10 entities; both `served_entities` and `served_models`; a workspace-registry or\n`system.ai` model without `entity_version`; `workload_size` together with provisioned concurrency (beside provisioned\nthroughput it is not judged: the API documents no conflict there); a minimum above its maximum; `workload_size` in the wrong case (`small`); an\n`external_model` combined with `entity_name`, `entity_version`, `workload_size`, `workload_type` or\n`scale_to_zero_enabled`; external models of one endpoint with different `task`s; more than 30\nenvironment variables on one entity. A field set to `None`/`null` is not sent, and one set from a bundle\nvariable may resolve to a value that is not sent either: neither counts as combined with another.\n\nConfigs built in Python (the SDK, `mlflow.deployments`, REST bodies, `agents.deploy`) are checked the same way,\nat the Python line of the field; the case fix edits the Python string.",why:"The serving API validates these when the config is applied, so the mistake surfaces at deploy time, after\nthe model was logged and the job started, as a 400 from `PUT /serving-endpoints/{name}/config` \u2014 or not\nat all: two entities with the same default name make traffic routes ambiguous, and `databricks-` is the\nprefix of Databricks-managed foundation-model endpoints (the UI refuses it; whether the REST API does is\nunconfirmed, hence a warning). The 63-character limit of endpoint names is also unconfirmed: a warning.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: small            # Small
      min_provisioned_concurrency: 4  # not with workload_size
      max_provisioned_concurrency: 8
      scale_to_zero_enabled: true
\`\`\`

\`\`\`python file=deploy.py
import requests

requests.post(f"{host}/api/2.0/serving-endpoints", headers=headers, json={
    "name": "support-agent",
    "config": {"served_entities": [{"entity_name": "main.agents.support_agent", "entity_version": "7",
                                    "workload_size": "small", "scale_to_zero_enabled": True}]},
})
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\`

\`\`\`python file=deploy.py
import requests

requests.post(f"{host}/api/2.0/serving-endpoints", headers=headers, json={
    "name": "support-agent",
    "config": {"served_entities": [{"entity_name": "main.agents.support_agent", "entity_version": "7",
                                    "workload_size": "Small", "scale_to_zero_enabled": True}]},
})
\`\`\``},"traffic-config":{description:"Checks that each traffic route names a served entity of the same endpoint (by `served_entity_name` or\n`served_model_name`; an entity's default name `<model>-<version>` counts), that percentages are whole\nnumbers from 0 to 100 summing to 100, that no entity has two routes, and that an endpoint with several\nserved entities has a `traffic_config`.\n\nConfigs built in Python (the SDK, `mlflow.deployments`, REST bodies) are checked the same way; an update that\nsends no served entities keeps the live ones, so its routes' names are not judged. A bundle target's override is\nmerged onto the top-level resource, whose lists the CLI appends to: its routes may name the top-level entities and\nadd to their percentages, so neither its route names nor its sum are judged alone.",why:"Databricks rejects a config whose routes name an entity it does not serve or do not add up to 100, at\ndeploy time. With several entities and no `traffic_config` the backend does not know how to split\nrequests and refuses the update; with one entity it routes 100 % to it, which is fine.",incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
  traffic_config:
    routes:
      - served_entity_name: support-agent-8   # not served by this endpoint
        traffic_percentage: 100
\`\`\`

\`\`\`python file=deploy.py
from mlflow.deployments import get_deploy_client

get_deploy_client("databricks").update_endpoint_config(endpoint="support-agent", config={
    "served_entities": [{"name": "support-agent-7", "entity_name": "main.agents.support_agent", "entity_version": "7"}],
    "traffic_config": {"routes": [{"served_entity_name": "support-agent-8", "traffic_percentage": 100}]},
})
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
    - name: support-agent-8
      entity_name: main.agents.support_agent
      entity_version: "8"
      workload_size: Small
      scale_to_zero_enabled: true
  traffic_config:
    routes:
      - {served_entity_name: support-agent-7, traffic_percentage: 90}
      - {served_entity_name: support-agent-8, traffic_percentage: 10}
\`\`\`

\`\`\`python file=deploy.py
from mlflow.deployments import get_deploy_client

get_deploy_client("databricks").update_endpoint_config(endpoint="support-agent", config={
    "served_entities": [{"name": "support-agent-7", "entity_name": "main.agents.support_agent", "entity_version": "7"}],
    "traffic_config": {"routes": [{"served_entity_name": "support-agent-7", "traffic_percentage": 100}]},
})
\`\`\``},"uc-names":{description:"Checks that Unity Catalog names have three parts, `catalog.schema.name`, where Databricks needs them: a\nserved entity's `entity_name` (or legacy `model_name`) that contains a dot, the `vector_search_indexes`,\n`functions` and `tables` of `model.resources`, and a dotted `deploy.parameters.model_name`. Each part must be\nnon-empty and free of spaces unless backticked.\n\nServed entities built in Python (the SDK, `mlflow.deployments`, REST bodies, `agents.deploy`) are checked too.",why:'Databricks resolves UC objects by their full three-level name. `agents.support_agent` is neither a UC model\n(missing catalog) nor a workspace-registry model (those have no dots), so the endpoint update fails with a\n"model not found" error after the deployment job has run; a two-part index or function in `resources`\nbreaks automatic authentication passthrough, and the agent fails at its first tool call.',incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: agents.support_agent   # missing the catalog
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\`

\`\`\`python file=deploy.py
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import ServedEntityInput

WorkspaceClient().serving_endpoints.update_config(
    name="support-agent",
    served_entities=[ServedEntityInput(entity_name="agents.support_agent", entity_version="7")],  # two parts
)
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    vector_search_indexes: [main.support.docs_index]
    functions: [main.support.lookup_order]
\`\`\`

\`\`\`python file=deploy.py
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import ServedEntityInput

WorkspaceClient().serving_endpoints.update_config(
    name="support-agent",
    served_entities=[ServedEntityInput(entity_name="main.agents.support_agent", entity_version="7")],
)
\`\`\``},"unused-suppression":{description:"Reports `# serving-ci-disable-next-line <rule> -- reason` and `# serving-ci-disable-file <rule> -- reason`\ncomments that suppress nothing: no finding of that rule on the next line (or in the file), a rule id that\ndoes not exist, or no rule id at all.",why:`A stale suppression hides the next real finding on that line, and a misspelt rule id suppresses nothing
while looking as if it did. Keeping suppressions exact keeps them honest.`,incorrect:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      # serving-ci-disable-next-line uc-names -- nothing to suppress here
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
\`\`\``,correct:`\`\`\`yaml file=serving.yaml
version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
model:
  resources:
    # serving-ci-disable-next-line fm-endpoint-name -- preview endpoint in our workspace only
    serving_endpoints: [databricks-claude-opus-6]
\`\`\``}};var urls=__webpack_require__(5769),external_node_crypto_=__webpack_require__(7598);const FINGERPRINT_KEY="servingCi/v2";function fingerprints(findings,files){const byPath=new Map(files.map(f=>[f.path,f])),keys=findings.map(f=>{const file=byPath.get(f.span.file),line=file&&f.span.line<=file.lines.lineCount?file.lines.lineText(f.span.line).trim():`message:${f.message}`;return`${f.ruleId}:${f.span.file}:${hash(line)}`}),order=findings.map((_,i)=>i).sort((a,b)=>compare(findings[a],findings[b])),seen=new Map,out=new Array(findings.length);for(const i of order){const occurrence=seen.get(keys[i])??0;seen.set(keys[i],occurrence+1),out[i]=`${keys[i]}:${occurrence}`}return out}function compare(a,b){return a.span.line-b.span.line||a.span.column-b.span.column||(a.messageId<b.messageId?-1:a.messageId>b.messageId?1:0)||(a.message<b.message?-1:a.message>b.message?1:0)}function hash(text){return(0,external_node_crypto_.createHash)("sha256").update(text).digest("hex").slice(0,16)}const LEVEL={error:"error",warning:"warning",info:"note"},PROBLEM_SEVERITY={error:"error",warning:"warning"};function descriptor(r){const docs=RULE_DOCS[r.id],d={id:r.id,name:r.id,shortDescription:{text:r.summary},helpUri:r.docsUrl,help:{text:`${r.summary}. See ${r.docsUrl}`},defaultConfiguration:{level:LEVEL[r.defaultSeverity]},properties:{tags:["databricks","model-serving"],precision:"very-high","problem.severity":PROBLEM_SEVERITY[r.defaultSeverity]}};if(docs){d.fullDescription={text:docs.description,markdown:docs.description};const help=[docs.description,`## Why is this bad?

${docs.why}`,`## Incorrect

${docs.incorrect}`,`## Correct

${docs.correct}`];d.help={text:`${docs.description}

${docs.why}

See ${r.docsUrl}`,markdown:`${help.join(`

`)}

[Full documentation of ${r.id}](${r.docsUrl})`}}return d}function sarif({findings,files,rules,version}){const descriptors=rules.map(descriptor),index=new Map(rules.map((r,i)=>[r.id,i])),prints=fingerprints(findings,files),results=findings.map((f,n)=>{const r={ruleId:f.ruleId,level:LEVEL[f.severity],message:{text:f.message},locations:[{physicalLocation:{artifactLocation:{uri:encodeURI(f.span.file),uriBaseId:"%SRCROOT%"},region:{startLine:f.span.line,startColumn:f.span.column,endLine:f.span.endLine,endColumn:f.span.endColumn}}}],partialFingerprints:{[FINGERPRINT_KEY]:prints[n]}};f.related?.length&&(r.relatedLocations=f.related.map((rel,id2)=>({id:id2,message:{text:rel.message},physicalLocation:{artifactLocation:{uri:encodeURI(rel.span.file),uriBaseId:"%SRCROOT%"},region:{startLine:rel.span.line,startColumn:rel.span.column,endLine:rel.span.endLine,endColumn:rel.span.endColumn}}})));const i=index.get(f.ruleId);return i!==void 0&&(r.ruleIndex=i),r}),log={version:"2.1.0",$schema:"https://json.schemastore.org/sarif-2.1.0.json",runs:[{tool:{driver:{name:"serving-ci",version,informationUri:urls.ld,rules:descriptors}},results}]};return`${JSON.stringify(log,null,2)}
`}})};export{id,ids,modules};
