// Which code touches which Databricks resource (reference §5 and §7), as data.

export type ResourceKind =
  | "serving_endpoint" | "vector_search_index" | "sql_warehouse" | "function" | "genie_space" | "table" | "uc_connection"
  | "app" | "lakebase";

/** mlflow.models.resources classes: the declarations (§5). */
export const RESOURCE_CLASSES: Record<string, { kind: ResourceKind; arg: string }> = {
  DatabricksServingEndpoint: { kind: "serving_endpoint", arg: "endpoint_name" },
  DatabricksVectorSearchIndex: { kind: "vector_search_index", arg: "index_name" },
  DatabricksSQLWarehouse: { kind: "sql_warehouse", arg: "warehouse_id" },
  DatabricksFunction: { kind: "function", arg: "function_name" },
  DatabricksGenieSpace: { kind: "genie_space", arg: "genie_space_id" },
  DatabricksTable: { kind: "table", arg: "table_name" },
  DatabricksUCConnection: { kind: "uc_connection", arg: "connection_name" },
  DatabricksApp: { kind: "app", arg: "app_name" },
  DatabricksLakebase: { kind: "lakebase", arg: "database_instance_name" },
};

/**
 * Flavors whose log_model detects Databricks resources itself when `resources` is None: mlflow/langchain/model.py
 * (save_model: `if mlflow_model.resources is None: _detect_databricks_dependencies(lc_model)`). Other flavors were
 * not seen doing so (pyfunc, openai, llama_index...): with none declared they keep being judged.
 */
export const AUTO_DETECTING_FLAVORS: ReadonlySet<string> = new Set(["langchain"]);

/** serving.yaml `model.resources` keys (schema/serving.schema.json). */
export const YAML_RESOURCE_KEYS: Record<string, ResourceKind> = {
  serving_endpoints: "serving_endpoint",
  vector_search_indexes: "vector_search_index",
  functions: "function",
  genie_spaces: "genie_space",
  sql_warehouses: "sql_warehouse",
  tables: "table",
  uc_connections: "uc_connection",
  apps: "app",
  lakebase: "lakebase",
};

export function yamlKeyOf(kind: ResourceKind): string {
  return Object.entries(YAML_RESOURCE_KEYS).find(([, k]) => k === kind)![0];
}

export function classOf(kind: ResourceKind): string {
  return Object.entries(RESOURCE_CLASSES).find(([, c]) => c.kind === kind)![0];
}

/** One argument of a client constructor that names a resource. */
export interface ResourceArg {
  kind: ResourceKind;
  keywords: string[];
  /** Positional index, where the argument may be passed positionally. */
  position?: number;
  /** The argument is a list of names (`function_names`). */
  list?: boolean;
  /** A LiteLLM model id: `databricks/<endpoint>` names a serving endpoint, another provider's id names none. */
  litellm?: boolean;
}

export interface ClientSpec {
  args: ResourceArg[];
  /** Resources it reaches whose names the code does not show (an index's embedding endpoint, a function's tables). */
  impliesHidden?: ResourceKind[];
  /** Imported from one of these packages (prefix), or unbound: a generic name (`Genie`) must come from these. */
  packages?: string[];
}

const DATABRICKS_PACKAGES = [
  "databricks_langchain", "databricks_openai", "databricks_ai_bridge", "databricks_llamaindex", "databricks_dspy",
  "langchain_databricks", "langchain_community", "unitycatalog", "databricks",
  // LangChain's old re-exports of langchain_community's classes (`from langchain.chat_models import ChatDatabricks`).
  "langchain.chat_models", "langchain.embeddings", "langchain.vectorstores",
];

const UC_FUNCTION_REACH: ResourceKind[] = ["table", "sql_warehouse", "uc_connection", "vector_search_index", "serving_endpoint"];

/** Client constructors that carry resource names (§7), by class name. */
export const CLIENTS: Record<string, ClientSpec> = {
  ChatDatabricks: { args: [{ kind: "serving_endpoint", keywords: ["model", "endpoint"] }] },
  DatabricksEmbeddings: { args: [{ kind: "serving_endpoint", keywords: ["endpoint"] }] },
  VectorSearchRetrieverTool: {
    args: [
      { kind: "vector_search_index", keywords: ["index_name"] },
      { kind: "serving_endpoint", keywords: ["embedding_model_name"] },
    ],
    impliesHidden: ["serving_endpoint"],
  },
  DatabricksVectorSearch: { args: [{ kind: "vector_search_index", keywords: ["index_name"], position: 0 }], impliesHidden: ["serving_endpoint"] },
  // A UC function's body may query tables, a vector index (vector_search()) or an endpoint (ai_query()) itself.
  UCFunctionToolkit: { args: [{ kind: "function", keywords: ["function_names"], list: true }], impliesHidden: UC_FUNCTION_REACH },
  DatabricksFunctionClient: { args: [{ kind: "sql_warehouse", keywords: ["warehouse_id"] }], impliesHidden: UC_FUNCTION_REACH },
  GenieAgent: { args: [{ kind: "genie_space", keywords: ["genie_space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"] },
  Genie: { args: [{ kind: "genie_space", keywords: ["space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"], packages: ["databricks_ai_bridge", "databricks_langchain", "databricks_openai"] },
  // databricks-langchain's Lakebase memory: a database instance by name (`project=`/`branch=` name an autoscaling
  // project instead, not this resource) and the endpoint that embeds what the store keeps.
  ...Object.fromEntries(["DatabricksStore", "AsyncDatabricksStore"].map((c) => [c, {
    args: [{ kind: "lakebase", keywords: ["instance_name"] }, { kind: "serving_endpoint", keywords: ["embedding_endpoint"] }],
    packages: ["databricks_langchain"],
  } satisfies ClientSpec])),
  ...Object.fromEntries(["CheckpointSaver", "AsyncCheckpointSaver"].map((c) => [c, {
    args: [{ kind: "lakebase", keywords: ["instance_name"] }], packages: ["databricks_langchain"],
  } satisfies ClientSpec])),
  // DSPy calls models through LiteLLM: dspy.LM("databricks/<endpoint>"), databricks_dspy.DatabricksLM likewise.
  LM: { args: [{ kind: "serving_endpoint", keywords: ["model"], position: 0, litellm: true }], packages: ["dspy"] },
  DatabricksLM: { args: [{ kind: "serving_endpoint", keywords: ["model"], position: 0, litellm: true }], packages: ["databricks_dspy"] },
  // An LLM class named Databricks that queries one serving endpoint: llama-index-llms-databricks and DSPy 2.4's
  // Databricks(model="<endpoint>"), LangChain's Databricks(endpoint_name="<endpoint>"); none takes the other's keyword.
  Databricks: {
    args: [{ kind: "serving_endpoint", keywords: ["model", "endpoint_name"], position: 0 }],
    packages: ["llama_index.llms.databricks", "dspy", "langchain_community.llms", "langchain.llms"],
  },
};

/**
 * Constructors of the OpenAI Agents SDK (`agents`) whose `model` is an id sent to whichever OpenAI client the
 * program set as the default: it may or may not reach Databricks, so only a catalog `databricks-...` name is judged.
 */
export const AGENT_SDK_MODELS: Record<string, ResourceArg> = {
  Agent: { kind: "serving_endpoint", keywords: ["model"] },
  OpenAIChatCompletionsModel: { kind: "serving_endpoint", keywords: ["model"] },
  OpenAIResponsesModel: { kind: "serving_endpoint", keywords: ["model"] },
};

/**
 * LangChain's OpenAI-compatible classes (langchain_openai): a Databricks client when their base URL is the
 * workspace's `/serving-endpoints` route, like the openai client's (receiver-kind.ts openAiBase).
 */
export const OPENAI_COMPATIBLE: Record<string, { model: ResourceArg; baseUrl: string[] }> = {
  ChatOpenAI: { model: { kind: "serving_endpoint", keywords: ["model", "model_name"] }, baseUrl: ["base_url", "openai_api_base"] },
  OpenAIEmbeddings: { model: { kind: "serving_endpoint", keywords: ["model"] }, baseUrl: ["base_url", "openai_api_base"] },
};

export function fromDatabricksPackage(path: string, packages = DATABRICKS_PACKAGES): boolean {
  return packages.some((p) => path === p || path.startsWith(`${p}.`));
}

/** Method calls whose receiver is a Databricks client (§7). */
interface ClientMethod {
  receiver: ReceiverKind;
  /** The attribute path after the receiver: `chat.completions.create`. */
  method: string;
  arg: ResourceArg;
  /** Resources it reaches whose names the code does not show (as ClientSpec's). */
  impliesHidden?: ResourceKind[];
}

const METHODS: ClientMethod[] = [
  { receiver: "workspace", method: "serving_endpoints.query", arg: { kind: "serving_endpoint", keywords: ["name"], position: 0 } },
  // databricks-sdk: StatementExecutionAPI.execute_statement(statement, warehouse_id, *, ...) runs SQL on tables it names
  // in text; GenieAPI's conversation calls take space_id first and reach the space's tables and warehouse.
  { receiver: "workspace", method: "statement_execution.execute_statement", arg: { kind: "sql_warehouse", keywords: ["warehouse_id"], position: 1 }, impliesHidden: ["table"] },
  ...["start_conversation", "start_conversation_and_wait", "create_message", "create_message_and_wait"].map((m): ClientMethod => (
    { receiver: "workspace", method: `genie.${m}`, arg: { kind: "genie_space", keywords: ["space_id"], position: 0 }, impliesHidden: ["table", "sql_warehouse"] }
  )),
  // VectorSearchIndexesAPI.query_index(index_name, columns, ...): a managed index embeds the query with its endpoint.
  { receiver: "workspace", method: "vector_search_indexes.query_index", arg: { kind: "vector_search_index", keywords: ["index_name"], position: 0 }, impliesHidden: ["serving_endpoint"] },
  { receiver: "openai", method: "chat.completions.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
  { receiver: "openai", method: "responses.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
  // The legacy completions API, which completion models (databricks-mpt-30b-instruct) served.
  { receiver: "openai", method: "completions.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
  { receiver: "openai", method: "embeddings.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
  { receiver: "deploy", method: "predict", arg: { kind: "serving_endpoint", keywords: ["endpoint"] } },
  { receiver: "vector-search", method: "get_index", arg: { kind: "vector_search_index", keywords: ["index_name"], position: 1 } },
  { receiver: "uc-functions", method: "execute_function", arg: { kind: "function", keywords: ["function_name"], position: 0 } },
];

export const CLIENT_METHODS = METHODS.map((m) => ({ ...m, segments: m.method.split(".") }));

/**
 * `openai-unverified`: an OpenAI client whose base URL is set at run time (an argument we cannot follow, or
 * none, so OPENAI_BASE_URL): it may or may not reach Databricks, so only what names Databricks by itself is judged.
 */
export type ReceiverKind = "workspace" | "openai" | "openai-unverified" | "deploy" | "vector-search" | "uc-functions";
