import rule from "../../rules/declared-resources.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const agent = py`
  import mlflow
  from databricks_langchain import ChatDatabricks, UCFunctionToolkit, VectorSearchRetrieverTool
  from mlflow.pyfunc import ResponsesAgent

  LLM_ENDPOINT = "databricks-meta-llama-3-3-70b-instruct"
  llm = ChatDatabricks(endpoint=LLM_ENDPOINT)
  tools = UCFunctionToolkit(function_names=["main.support.lookup_order"]).tools
  retriever = VectorSearchRetrieverTool(index_name="main.support.docs_index")

  class Agent(ResponsesAgent):
      def predict(self, request):
          ...

  mlflow.models.set_model(Agent())
`;

const logWith = (resources: string) => py`
  import mlflow
  from agent import LLM_ENDPOINT
  from mlflow.models.resources import DatabricksFunction, DatabricksServingEndpoint, DatabricksVectorSearchIndex

  mlflow.pyfunc.log_model(
      name="agent",
      python_model="agent.py",
      resources=[${resources}],
  )
`;

const ALL = `DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT), DatabricksFunction(function_name="main.support.lookup_order"), DatabricksVectorSearchIndex(index_name="main.support.docs_index")`;

/** A notebook that logs an instance of its own class; `before` runs before log_model, `after` after it. */
const instanceNotebook = (before: string, after: string) => ({
  "nb.py": [
    "# Databricks notebook source", "import mlflow", "from mlflow import deployments", "from databricks_langchain import ChatDatabricks", before,
    "class Wrapper(mlflow.pyfunc.PythonModel):", "    def predict(self, context, df):", "        return llm.invoke(df)", "",
    "# COMMAND ----------", "", "with mlflow.start_run():",
    "    mlflow.pyfunc.log_model(artifact_path=\"model\", python_model=Wrapper(), pip_requirements=[\"mlflow==2.20.2\"])",
    "", "# COMMAND ----------", "", "client = deployments.get_deploy_client(\"databricks\")", after, "",
  ].join("\n"),
});

ruleCases(rule, {
  valid: [
    {
      // Sweep: another notebook's `%%writefile agent.py` is not the agent.py this notebook ships in code_paths.
      name: "code_paths naming a file that other notebooks also write",
      files: {
        "agent.py": py`
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          class Other(ResponsesAgent):
              def predict(self, request):
                  ...
          OTHER = Other()
          mlflow.models.set_model(OTHER)
        `,
        "writer.py": [
          "# Databricks notebook source", "# MAGIC %%writefile agent.py", "# MAGIC from databricks_langchain import ChatDatabricks",
          "# MAGIC llm = ChatDatabricks(endpoint=\"databricks-claude-sonnet-4-5\")", "",
        ].join("\n"),
        "logger.py": py`
          # Databricks notebook source
          import mlflow
          from agent import OTHER
          mlflow.pyfunc.log_model(name="agent", python_model=OTHER, code_paths=["agent.py"])
        `,
      },
    },
    { name: "every resource declared, the endpoint through a constant imported from the agent", files: { "agent.py": agent, "log_model.py": logWith(ALL) } },
    {
      // The SDK, a REST client or Spark may reach any resource: a declaration is not called unused beside one in use.
      name: "a declaration beside an SDK client, requests or the notebook's spark session in use is not unused",
      files: {
        "a/agent.py": agent.replace("import mlflow\n", "import mlflow\nfrom databricks.sdk import WorkspaceClient\nw = WorkspaceClient()\n"),
        "a/log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`),
        "b/agent.py": agent.replace("import mlflow\n", "import mlflow\nimport requests as rq\nrq.get('https://example.com')\n"),
        "b/log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`),
        "c/agent.py": agent.replace("import mlflow\n", "import mlflow\nfrom pyspark.sql import SparkSession\nrows = spark.table('main.support.orders')\n"),
        "c/log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`),
        // `from databricks import sql` names the SQL connector by its package.
        "d/agent.py": agent.replace("import mlflow\n", "import mlflow\nfrom databricks import sql as dbsql\nconn = dbsql.connect(server_hostname='h', http_path='p')\n"),
        "d/log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`),
      },
    },
    {
      name: "log_model(**kwargs) whose dict is not known whole (changed later, or built elsewhere) declares what it may",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          kwargs = {"name": "agent", "python_model": "agent.py", "resources": []}
          print(kwargs)
          kwargs["resources"] = load_resources()
          mlflow.pyfunc.log_model(**kwargs)
          mlflow.pyfunc.log_model(**build_kwargs())
        `,
      },
    },
    {
      name: "resources computed at run time are not judged",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          from agent import tools
          resources = [DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")]
          for t in tools:
              resources.extend(t.resources)
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=resources)
        `,
      },
    },
    {
      name: "an endpoint read from config is unknown, not undeclared",
      files: {
        "agent.py": py`
          import mlflow, os
          from databricks_langchain import ChatDatabricks
          from mlflow.pyfunc import ResponsesAgent
          llm = ChatDatabricks(model=os.environ["LLM_ENDPOINT"])
          class Agent(ResponsesAgent):
              def predict(self, request): ...
          mlflow.models.set_model(Agent())
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[])
        `,
      },
    },
    {
      name: "a declared embedding endpoint may serve the index: not reported unused",
      files: {
        "agent.py": agent,
        "log_model.py": logWith(`${ALL}, DatabricksServingEndpoint(endpoint_name="databricks-gte-large-en")`),
      },
    },
    {
      name: "endpoint names in comments, docstrings, prints and comparisons are not uses",
      files: {
        "agent.py": py`
          """Uses databricks-claude-sonnet-4-5 in production."""
          import mlflow
          from mlflow.pyfunc import ResponsesAgent
          # ChatDatabricks(endpoint="databricks-gpt-5")
          class Agent(ResponsesAgent):
              def predict(self, request):
                  print("calling databricks-gpt-5")
                  if request.custom_inputs.get("model") == "databricks-gpt-5-mini":
                      pass
          mlflow.models.set_model(Agent())
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
    },
    {
      // mlflow.langchain.log_model detects the chain's endpoints and indexes itself when resources is None
      // (mlflow/langchain/model.py), so no resources= written does not mean nothing is declared.
      name: "langchain flavor without resources=: MLflow detects them",
      files: {
        "chain.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
          mlflow.models.set_model(llm)
        `,
        "driver.py": py`
          import mlflow
          mlflow.langchain.log_model(lc_model="chain.py", name="chain", code_paths=["chain.py"])
        `,
      },
    },
    {
      // MLflow pickles an instance with its class and what its methods reach; the notebook's other cells (another
      // chain, a query of the deployed endpoint, a Genie example) are not the model's code (sweep: Data-drone,
      // auschoi96 and hiydavid notebooks logging python_model=Model()).
      name: "an instance of a notebook's class: cells the class does not reach are not its code",
      files: {
        "notebook.py": py`
          # Databricks notebook source
          import mlflow
          from databricks_langchain import ChatDatabricks
          from databricks_ai_bridge.genie import Genie
          from mlflow.models.resources import DatabricksServingEndpoint

          ENDPOINT = "databricks-meta-llama-3-3-70b-instruct"
          llm = ChatDatabricks(endpoint=ENDPOINT)
          unrelated = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")

          # COMMAND ----------

          class Model(mlflow.pyfunc.PythonModel):
              def predict(self, context, model_input):
                  return llm.invoke(model_input)

          mlflow.pyfunc.log_model(name="m", python_model=Model(), resources=[DatabricksServingEndpoint(endpoint_name=ENDPOINT)])

          # COMMAND ----------

          genie = Genie(space_id="01ef0123456789abcdef0123456789ab")
          client = mlflow.deployments.get_deploy_client("databricks")
          client.predict(endpoint="my-deployed-model", inputs={"x": 1})
        `,
      },
    },
    {
      // dspy.LM("databricks/<endpoint>") uses the endpoint the LiteLLM id names; declared by its bare name.
      name: "a DSPy program's LiteLLM endpoint declared by its name",
      files: {
        "agent.py": py`
          import dspy
          import mlflow
          dspy.configure(lm=dspy.LM("databricks/databricks-claude-sonnet-4-5"))
          judge = dspy.LM("openai/gpt-4o-mini")
          mlflow.models.set_model(dspy.Predict("question -> answer"))
        `,
        "log_model.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-claude-sonnet-4-5")])
        `,
      },
    },
    {
      // Templates leave names empty for the reader to fill in (sweep: auschoi96, `space_id="",  # your Genie Space ID`).
      // Sweep N: `SALES_GENIE_SPACE_ID = "<YOUR-SALES-GENIE-SPACE-ID>"` reaches w.genie.start_conversation(...).
      name: "empty and <...> placeholder names are not uses",
      files: {
        "agent.py": py`
          import mlflow
          from databricks.sdk import WorkspaceClient
          from databricks_ai_bridge.genie import Genie
          from databricks_langchain import VectorSearchRetrieverTool
          genie = Genie(space_id="")
          docs = VectorSearchRetrieverTool(index_name="")
          SPACE = "<YOUR-GENIE-SPACE-ID>"
          def ask(q):
              return WorkspaceClient().genie.start_conversation_and_wait(SPACE, q)
          more = VectorSearchRetrieverTool(index_name="<catalog.schema.index>")
          mlflow.models.set_model(genie)
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
    },
    {
      // A tool that runs a UC function through DatabricksFunctionClient uses it; the function's own body may query a
      // vector index and its embedding endpoint, so those declarations are not unused (sweep: juanlamadrid20's
      // OpenAI Agents SDK tools, surfaced once os.path.join(os.getcwd(), ...) named the model file).
      name: "UC functions run through DatabricksFunctionClient.execute_function, and what they reach",
      files: {
        "agent.py": py`
          import mlflow
          from unitycatalog.ai.core.databricks import DatabricksFunctionClient

          def search_docs(query):
              client = DatabricksFunctionClient()
              return client.execute_function(function_name="main.support.docs_search", parameters={"query": query})

          mlflow.models.set_model(search_docs)
        `,
        "driver.py": py`
          import os
          import mlflow
          from mlflow.models.resources import DatabricksFunction, DatabricksServingEndpoint, DatabricksVectorSearchIndex
          mlflow.pyfunc.log_model(
              name="agent",
              python_model=os.path.join(os.getcwd(), "agent.py"),
              resources=[
                  DatabricksFunction(function_name="main.support.docs_search"),
                  DatabricksVectorSearchIndex(index_name="main.support.docs_index"),
                  DatabricksServingEndpoint(endpoint_name="databricks-bge-large-en"),
              ],
          )
        `,
      },
    },
    {
      // Each notebook writes its own agent.py with %%writefile: the virtual file belongs to its notebook, so each
      // log_model is checked against its own notebook's agent, not the first one found.
      name: "two notebooks writing the same agent.py are two agents",
      files: {
        "01_gpt.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC import mlflow
          # MAGIC from databricks_langchain import ChatDatabricks
          # MAGIC llm = ChatDatabricks(endpoint="databricks-gpt-5")
          # MAGIC mlflow.models.set_model(llm)

          # COMMAND ----------

          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-gpt-5")])
        `,
        "02_claude.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC import mlflow
          # MAGIC from databricks_langchain import ChatDatabricks
          # MAGIC llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")
          # MAGIC mlflow.models.set_model(llm)

          # COMMAND ----------

          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-claude-sonnet-4-5")])
        `,
      },
    },
  ],
  invalid: [
    {
      name: "log_model(**kwargs) of a dict literal declares its resources= list",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          kwargs = {"name": "agent", "python_model": "agent.py", "resources": [DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")]}
          mlflow.pyfunc.log_model(**kwargs)
        `,
      },
      errors: [
        { file: "agent.py", line: 7, messageId: "undeclared", message: "main.support.lookup_order" },
        { file: "agent.py", line: 8, messageId: "undeclared", message: "main.support.docs_index" },
      ],
    },
    {
      name: "ChatOpenAI on /serving-endpoints uses its model; one without a base URL reaches OpenAI's",
      files: {
        "agent.py": py`
          import mlflow
          from langchain_openai import ChatOpenAI
          llm = ChatOpenAI(base_url="https://adb-1.azuredatabricks.net/serving-endpoints", model="databricks-claude-sonnet-4-5")
          other = ChatOpenAI(model="gpt-4o")
          mlflow.models.set_model(llm)
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[])
        `,
      },
      errors: [{ file: "agent.py", line: 3, messageId: "undeclared", message: "ChatOpenAI(model=...) uses serving endpoint \"databricks-claude-sonnet-4-5\"" }],
    },
    {
      name: "log_model, the declaration classes and the client imported under other names (`as`)",
      files: {
        "agent.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks as Chat, VectorSearchRetrieverTool as Retriever
          llm = Chat(endpoint="databricks-meta-llama-3-3-70b-instruct")
          retriever = Retriever(index_name="main.support.docs_index")
          mlflow.models.set_model(llm)
        `,
        "log_model.py": py`
          from mlflow.pyfunc import log_model as log
          from mlflow.models.resources import DatabricksServingEndpoint as Endpoint
          log(name="agent", python_model="agent.py", resources=[Endpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")])
        `,
      },
      errors: [{ file: "agent.py", line: 4, messageId: "undeclared", message: "main.support.docs_index" }],
    },
    {
      name: "a notebook's own %%writefile agent is checked against its own log_model",
      files: {
        "01_gpt.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC import mlflow
          # MAGIC from databricks_langchain import ChatDatabricks
          # MAGIC llm = ChatDatabricks(endpoint="databricks-gpt-5")
          # MAGIC mlflow.models.set_model(llm)

          # COMMAND ----------

          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-gpt-5")])
        `,
        "02_claude.py": py`
          # Databricks notebook source
          # MAGIC %%writefile agent.py
          # MAGIC import mlflow
          # MAGIC from databricks_langchain import ChatDatabricks
          # MAGIC llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")
          # MAGIC mlflow.models.set_model(llm)

          # COMMAND ----------

          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[DatabricksServingEndpoint(endpoint_name="databricks-gpt-5")])
        `,
      },
      errors: [
        { line: 5, file: "02_claude.py", messageId: "undeclared", message: "\"databricks-claude-sonnet-4-5\"" },
        { line: 12, file: "02_claude.py", messageId: "unused", message: "\"databricks-gpt-5\"" },
      ],
    },
    {
      name: "langchain flavor with a literal resources= list is judged against it",
      files: {
        "chain.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks, VectorSearchRetrieverTool
          llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
          retriever = VectorSearchRetrieverTool(index_name="main.support.docs_index")
          mlflow.models.set_model(llm)
        `,
        "driver.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint
          mlflow.langchain.log_model(lc_model="chain.py", name="chain", code_paths=["chain.py"], resources=[DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct")])
        `,
      },
      errors: [{ line: 4, file: "chain.py", messageId: "undeclared" }],
    },
    {
      // Line 5 builds the client the pickled model calls: model code. Line 18 queries the endpoint once it is
      // deployed, after log_model pickled the object: not model code (sweep: dbdemos computer-vision notebook).
      name: "an instance of a script's class: a client built before log_model counts, the script's later query does not",
      files: instanceNotebook(`llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")`, `client.predict(endpoint="my-model-endpoint", inputs={"dataframe_records": []})`),
      errors: [{ line: 5, file: "nb.py", messageId: "undeclared", message: "\"databricks-meta-llama-3-3-70b-instruct\"" }],
    },
    {
      // cloudpickle captures a global's value when log_model pickles the instance: a client tried in an earlier
      // cell and rebound before it is not the model's, nor one rebound after it (sweep K).
      name: "an instance of a notebook's class: only the client bound to the global when it is pickled counts",
      files: instanceNotebook(
        [`llm = ChatDatabricks(endpoint="databricks-gpt-5-mini")`, `print(llm.invoke("hi"))`, `llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")`].join("\n"),
        `llm = ChatDatabricks(endpoint="databricks-claude-sonnet-4-5")`,
      ),
      errors: [{ line: 7, file: "nb.py", messageId: "undeclared", message: "\"databricks-meta-llama-3-3-70b-instruct\"" }],
    },
    {
      // A rebinding under `if` may or may not run before the pickle: both clients stay the model's.
      name: "an instance of a notebook's class: a global rebound under an if keeps both clients",
      files: instanceNotebook(
        [`llm = ChatDatabricks(endpoint="databricks-gpt-5-mini")`, `if USE_LLAMA:`, `    llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")`].join("\n"),
        "",
      ),
      errors: [
        { line: 5, file: "nb.py", messageId: "undeclared", message: "\"databricks-gpt-5-mini\"" },
        { line: 7, file: "nb.py", messageId: "undeclared", message: "\"databricks-meta-llama-3-3-70b-instruct\"" },
      ],
    },
    {
      // What the pickled class reaches is its code: a module-level client its method reads, a helper it calls.
      name: "an instance of a notebook's class: the clients it reaches are undeclared",
      files: {
        "notebook.py": py`
          # Databricks notebook source
          import mlflow
          from databricks_langchain import ChatDatabricks, VectorSearchRetrieverTool

          llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
          tools = []
          tools.append(VectorSearchRetrieverTool(index_name="main.docs.index"))

          def search(q):
              return VectorSearchRetrieverTool(index_name="main.docs.faq_index").invoke(q)

          class Model(mlflow.pyfunc.PythonModel):
              def predict(self, context, model_input):
                  return llm.bind_tools(tools).invoke(search(model_input))

          mlflow.pyfunc.log_model(name="m", python_model=Model())
        `,
      },
      errors: [
        { line: 5, column: 31, file: "notebook.py", messageId: "undeclared" },
        { line: 7, column: 51, file: "notebook.py", messageId: "undeclared" },
        { line: 10, column: 49, file: "notebook.py", messageId: "undeclared" },
      ],
    },
    {
      name: "a llama-index Databricks LLM and a DSPy LM the model never declared",
      files: {
        "agent.py": py`
          import dspy
          import mlflow
          from llama_index.llms.databricks import Databricks
          llm = Databricks(model="databricks-gpt-5-2")
          dspy.configure(lm=dspy.LM("databricks/databricks-claude-sonnet-4-5"))
          mlflow.models.set_model(dspy.Predict("question -> answer"))
        `,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [
        { line: 4, file: "agent.py", messageId: "undeclared", message: "Databricks(model=...) uses serving endpoint \"databricks-gpt-5-2\"" },
        { line: 5, file: "agent.py", messageId: "undeclared", message: "LM(model=...) uses serving endpoint \"databricks-claude-sonnet-4-5\"" },
      ],
    },
    {
      name: "a UC function run through DatabricksFunctionClient that the model never declared",
      files: {
        "agent.py": py`
          import mlflow
          from unitycatalog.ai.core.databricks import DatabricksFunctionClient
          client = DatabricksFunctionClient()
          result = client.execute_function("main.support.lookup_order", parameters={"id": 1})
          mlflow.models.set_model(None)
        `,
        "driver.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [{ line: 4, column: 34, file: "agent.py", messageId: "undeclared", message: "execute_function(...) uses Unity Catalog function \"main.support.lookup_order\"" }],
    },
    {
      name: "a declared index no code and no UC function can reach warns",
      files: {
        "agent.py": py`
          import mlflow
          from databricks_langchain import ChatDatabricks
          llm = ChatDatabricks(endpoint="databricks-meta-llama-3-3-70b-instruct")
          mlflow.models.set_model(llm)
        `,
        "driver.py": py`
          import mlflow
          from mlflow.models.resources import DatabricksServingEndpoint, DatabricksVectorSearchIndex
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[
              DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct"),
              DatabricksVectorSearchIndex(index_name="main.support.old_index"),
          ])
        `,
      },
      errors: [{ line: 5, file: "driver.py", messageId: "unused", severity: "warning" }],
    },
    {
      name: "an index the code queries but the model never declared",
      files: {
        "agent.py": agent,
        "log_model.py": logWith(`DatabricksServingEndpoint(endpoint_name=LLM_ENDPOINT), DatabricksFunction(function_name="main.support.lookup_order")`),
      },
      errors: [{ line: 8, column: 50, file: "agent.py", messageId: "undeclared", message: "VectorSearchRetrieverTool(index_name=...) uses vector search index \"main.support.docs_index\", which log_model(resources=...) at log_model.py:5 does not declare" }],
    },
    {
      name: "nothing declared at all",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py")
        `,
      },
      errors: [
        { line: 6, file: "agent.py", messageId: "undeclared" },
        { line: 7, file: "agent.py", messageId: "undeclared" },
        { line: 8, file: "agent.py", messageId: "undeclared" },
      ],
    },
    {
      // Sweep L: a supervisor agent's cell kept `from databricks.sdk import WorkspaceClient` and never used it.
      name: "declared but never used warns also beside an SDK import the code never uses",
      files: {
        "agent.py": agent.replace("import mlflow\n", "import mlflow\nfrom databricks.sdk import WorkspaceClient  # for later\n"),
        "log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`),
      },
      errors: [{ line: 8, file: "log_model.py", messageId: "unused", severity: "warning" }],
    },
    {
      name: "declared but never used warns",
      files: { "agent.py": agent, "log_model.py": logWith(`${ALL}, DatabricksFunction(function_name="main.support.refund")`) },
      errors: [{ line: 8, file: "log_model.py", messageId: "unused", severity: "warning" }],
    },
    {
      name: "resources and auth_policy together",
      files: {
        "agent.py": agent,
        "log_model.py": py`
          import mlflow
          from mlflow.models.auth_policy import AuthPolicy, SystemAuthPolicy
          from mlflow.models.resources import DatabricksFunction, DatabricksServingEndpoint, DatabricksVectorSearchIndex
          RES = [DatabricksServingEndpoint(endpoint_name="databricks-meta-llama-3-3-70b-instruct"), DatabricksFunction(function_name="main.support.lookup_order"), DatabricksVectorSearchIndex(index_name="main.support.docs_index")]
          mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=RES,
              auth_policy=AuthPolicy(system_auth_policy=SystemAuthPolicy(resources=RES)))
        `,
      },
      errors: [{ line: 6, file: "log_model.py", messageId: "resourcesAndAuthPolicy" }],
    },
    {
      name: "serving.yaml model.resources misses one: fixed by appending to the block list",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py]
            resources:
              serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]
              functions:
                - main.support.lookup_order   # order lookup
        `,
        "agent.py": agent,
      },
      errors: [{ line: 8, file: "agent.py", messageId: "undeclared" }],
      output: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py]
            resources:
              serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]
              functions:
                - main.support.lookup_order   # order lookup
              vector_search_indexes: [main.support.docs_index]
        `,
      },
    },
    {
      name: "serving.yaml and log_model disagree: both places",
      files: {
        "serving.yaml": yaml`
          version: 1
          model:
            code: [agent.py, log_model.py]
            resources:
              serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]
              functions: [main.support.lookup_order]
              vector_search_indexes: [main.support.docs_index, main.support.faq_index]
        `,
        "agent.py": agent,
        "log_model.py": logWith(ALL),
      },
      // faq_index is not reported unused: the agent's UC functions may query an index themselves (vector_search()).
      errors: [
        { line: 8, file: "log_model.py", messageId: "driftMissingThere" },
        { line: 7, file: "serving.yaml", messageId: "driftMissing" },
      ],
    },
  ],
});
