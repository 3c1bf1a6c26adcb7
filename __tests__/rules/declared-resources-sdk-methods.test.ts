// declared-resources on the Databricks SDK's own methods: a SQL tool's
// `w.statement_execution.execute_statement(warehouse_id=...)`, a Genie tool's
// `w.genie.start_conversation_and_wait(space_id, ...)`, a direct
// `w.vector_search_indexes.query_index(index_name, ...)`, and databricks-langchain's Lakebase memory
// (`DatabricksStore(instance_name=, embedding_endpoint=)`, `CheckpointSaver`). Sweep M: agents with SQL
// tools declared no DatabricksSQLWarehouse and nothing noticed. A client with
// credentials of its own (`WorkspaceClient(token=...)`) needs no declaration.
import rule from "../../rules/declared-resources.js";
import { py, ruleCases } from "../helpers/rule-cases.js";

const ENDPOINT = "databricks-meta-llama-3-3-70b-instruct";

/** An agent with one SDK tool call `tool` on the client `client`. */
const agent = (tool: string, client = "WorkspaceClient()") => py`
  import os
  import mlflow
  from databricks.sdk import WorkspaceClient
  from databricks_langchain import ChatDatabricks
  from mlflow.pyfunc import ResponsesAgent

  llm = ChatDatabricks(endpoint="${ENDPOINT}")
  w = ${client}

  def tool(question):
      return ${tool}

  class Agent(ResponsesAgent):
      def predict(self, request):
          ...

  mlflow.models.set_model(Agent())
`;

/** The logging script declaring the endpoint and `more`. */
const logModel = (more = "") => py`
  import mlflow
  from mlflow.models.resources import *
  mlflow.pyfunc.log_model(name="agent", python_model="agent.py", resources=[
      DatabricksServingEndpoint(endpoint_name="${ENDPOINT}"),${more}
  ])
`;

const SQL = `w.statement_execution.execute_statement(statement=question, warehouse_id="4b9b953939869799")`;
const SQL_POSITIONAL = `w.statement_execution.execute_statement(question, "4b9b953939869799")`;
const GENIE = `w.genie.start_conversation_and_wait("01ef9a1f2b3c4d5e", question)`;
const GENIE_KEYWORD = `w.genie.create_message_and_wait(space_id="01ef9a1f2b3c4d5e", conversation_id="c", content=question)`;
const INDEX = `w.vector_search_indexes.query_index(index_name="main.support.docs_index", columns=["text"], query_text=question)`;

const files = (tool: string, more = "", client?: string) => ({ "agent.py": agent(tool, client), "log_model.py": logModel(more) });

/** An agent with Lakebase memory: `store` and `saver` are the constructions. */
const memory = (store: string, saver = "") => py`
  import mlflow
  from databricks_langchain import AsyncCheckpointSaver, ChatDatabricks, DatabricksStore
  from mlflow.pyfunc import ResponsesAgent

  llm = ChatDatabricks(endpoint="${ENDPOINT}")
  store = ${store}
  ${saver}

  class Agent(ResponsesAgent):
      def predict(self, request):
          ...

  mlflow.models.set_model(Agent())
`;

ruleCases(rule, {
  valid: [
    { name: "Lakebase memory with its instance and embedding endpoint declared", files: {
      "agent.py": memory(`DatabricksStore(instance_name="agent-memory", embedding_endpoint="databricks-gte-large-en", embedding_dims=1024)`, `saver = AsyncCheckpointSaver(instance_name="agent-memory")`),
      "log_model.py": logModel(`\n    DatabricksLakebase(database_instance_name="agent-memory"),\n    DatabricksServingEndpoint(endpoint_name="databricks-gte-large-en"),`),
    } },
    // Projects have classes of that name of their own (a SQL helper): only databricks-langchain's is judged.
    { name: "another package's DatabricksStore", files: {
      "agent.py": memory(`DatabricksStore(instance_name="agent-memory")`).replace("from databricks_langchain import AsyncCheckpointSaver, ChatDatabricks, DatabricksStore", "from databricks_langchain import ChatDatabricks\nfrom storage import DatabricksStore"),
      "log_model.py": logModel(),
    } },
    // An autoscaling project and branch name no database instance: not judged.
    { name: "Lakebase memory on an autoscaling project", files: {
      "agent.py": memory(`DatabricksStore(project="p", branch="production")`), "log_model.py": logModel(),
    } },
    { name: "the warehouse is declared", files: files(SQL, `\n    DatabricksSQLWarehouse(warehouse_id="4b9b953939869799"),`) },
    { name: "the warehouse, passed positionally, is declared", files: files(SQL_POSITIONAL, `\n    DatabricksSQLWarehouse(warehouse_id="4b9b953939869799"),`) },
    // The statement's text names its tables: a declared table is not called unused.
    { name: "a declared table beside a SQL tool", files: files(SQL, `\n    DatabricksSQLWarehouse(warehouse_id="4b9b953939869799"),\n    DatabricksTable(table_name="main.sales.orders"),`) },
    { name: "the Genie space is declared, with its warehouse", files: files(GENIE, `\n    DatabricksGenieSpace(genie_space_id="01ef9a1f2b3c4d5e"),\n    DatabricksSQLWarehouse(warehouse_id="4b9b953939869799"),`) },
    { name: "the index is declared, with its embedding endpoint", files: files(INDEX, `\n    DatabricksVectorSearchIndex(index_name="main.support.docs_index"),\n    DatabricksServingEndpoint(endpoint_name="databricks-gte-large-en"),`) },
    { name: "a warehouse id read at run time", files: files(`w.statement_execution.execute_statement(statement=question, warehouse_id=os.environ["WAREHOUSE_ID"])`) },
    { name: "a client with a token of its own needs no declaration", files: files(SQL, "", `WorkspaceClient(host="https://dbc-1.cloud.databricks.com", token=os.environ["TOKEN"])`) },
    { name: "a client with a service principal of its own", files: files(GENIE, "", `WorkspaceClient(client_id=os.environ["ID"], client_secret=os.environ["SECRET"])`) },
    { name: "a client from **kwargs may carry credentials", files: files(SQL, "", `WorkspaceClient(**CONF)`) },
    { name: "a declared warehouse used only by a client with its own token is not unused", files: files(SQL, `\n    DatabricksSQLWarehouse(warehouse_id="4b9b953939869799"),`, `WorkspaceClient(token=os.environ["TOKEN"])`) },
    // Another object's execute_statement (boto3's rds-data client) is not the SDK's.
    { name: "another client's method of the same name", files: files(`rds.execute_statement(sql=question, warehouse_id="4b9b953939869799")`, "", `None\nimport boto3\nrds = boto3.client("rds-data")`) },
  ],
  invalid: [
    {
      name: "Lakebase memory whose instance and embedding endpoint are not declared",
      files: {
        "agent.py": memory(`DatabricksStore(instance_name="agent-memory", embedding_endpoint="databricks-gte-large-en")`, `saver = AsyncCheckpointSaver(instance_name="agent-memory")`),
        "log_model.py": logModel(),
      },
      errors: [
        { line: 6, column: 39, message: 'uses Lakebase instance "agent-memory"' },
        { line: 6, message: 'uses serving endpoint "databricks-gte-large-en"' },
        { line: 7, message: 'AsyncCheckpointSaver(instance_name=...) uses Lakebase instance "agent-memory"' },
      ],
    },
    {
      name: "an undeclared warehouse",
      files: files(SQL),
      errors: [{ line: 11, column: 85, message: 'statement_execution.execute_statement(...) uses SQL warehouse "4b9b953939869799", which log_model(resources=...)' }],
    },
    { name: "an undeclared warehouse passed positionally", files: files(SQL_POSITIONAL), errors: [{ line: 11, column: 62, message: 'SQL warehouse "4b9b953939869799"' }] },
    { name: "an undeclared Genie space", files: files(GENIE), errors: [{ line: 11, column: 48, message: 'genie.start_conversation_and_wait(...) uses Genie space "01ef9a1f2b3c4d5e"' }] },
    { name: "an undeclared Genie space by keyword", files: files(GENIE_KEYWORD), errors: [{ line: 11, message: 'genie.create_message_and_wait(...) uses Genie space "01ef9a1f2b3c4d5e"' }] },
    { name: "an undeclared index", files: files(INDEX), errors: [{ line: 11, message: 'vector search index "main.support.docs_index"' }] },
    // host alone leaves the credentials to the environment: the passthrough ones.
    { name: "a client given only its host", files: files(SQL, "", `WorkspaceClient(host=os.environ["DATABRICKS_HOST"])`), errors: [{ line: 11, message: "SQL warehouse" }] },
  ],
});
