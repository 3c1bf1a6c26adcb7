// What a call's receiver is: a WorkspaceClient, a Databricks OpenAI client, MLflow's deploy client, ...
// Client methods (calls.ts) and endpoint configs (endpoint-configs/) are read only on these receivers; the same
// base-URL test tells when LangChain's OpenAI-compatible classes are Databricks clients.
import { lastSegment, type Project, type Qualified } from "./resolve.js";
import { OPENAI_COMPATIBLE, type ReceiverKind, type ResourceArg } from "./resources.js";
import type { PyCall, PyExpr } from "./types.js";

/** What a receiver expression holds: a WorkspaceClient, a Databricks OpenAI client, ... */
export function receiverKind(expr: PyExpr, project: Project, qualified: (call: PyCall) => Qualified | undefined): ReceiverKind | undefined {
  if (expr.kind === "name" && annotatedWorkspaceClient(expr, project)) return "workspace";
  const v = expr.kind === "call" ? expr : project.value(expr);
  if (v.kind !== "call") {
    // `w = get_client()`, whose return value (a global set lazily) is unknown but whose type hint is not.
    const b = expr.kind === "name" ? project.only(expr.name, expr.scope) : undefined;
    return b?.kind === "value" && b.value.kind === "call" && returnsWorkspaceClient(b.value, project) ? "workspace" : undefined;
  }
  const q = qualified(v);
  if (q?.origin === "local" && returnsWorkspaceClient(v, project)) return "workspace";
  const name = q ? lastSegment(q.path) : v.callee.kind === "attr" ? v.callee.attr : undefined;
  switch (name) {
    case "WorkspaceClient":
      return "workspace";
    case "DatabricksOpenAI":
    case "AsyncDatabricksOpenAI":
    case "get_open_ai_client":
      return "openai";
    case "OpenAI":
    case "AsyncOpenAI":
      // Another package's class of that name (a compat wrapper, LangChain's LLM) is not the openai client.
      if (q && !q.path.startsWith("openai.")) return undefined;
      return openAiBase(v, ["base_url"], project);
    case "get_deploy_client": {
      const target = v.args[0] ? project.value(v.args[0]) : undefined;
      return target?.kind === "str" && target.value.startsWith("databricks") ? "deploy" : undefined;
    }
    case "VectorSearchClient":
      return "vector-search";
    case "DatabricksFunctionClient":
      return "uc-functions";
    default:
      return undefined;
  }
}

/** WorkspaceClient's Config fields that give it credentials of its own (databricks-sdk config.py), not the environment's. */
const CREDENTIAL_KEYWORDS: ReadonlySet<string> = new Set([
  "token", "username", "password", "client_id", "client_secret", "profile", "config_file", "config", "auth_type",
  "azure_client_id", "azure_client_secret", "azure_tenant_id", "google_credentials", "google_service_account",
  "credentials_strategy", "credentials_provider",
]);

/**
 * A receiver built as `WorkspaceClient(token=...)` (or with `**kwargs`): it authenticates as whoever those
 * credentials name, so what it reaches needs no declared resource (automatic passthrough serves only the
 * environment's default credentials). A client from a helper or a parameter is not known to be one.
 */
export function ownCredentials(expr: PyExpr, project: Project): boolean {
  const v = expr.kind === "call" ? expr : project.value(expr);
  return v.kind === "call" && (v.starKwargs.length > 0 || v.keywords.some((k) => CREDENTIAL_KEYWORDS.has(k.name)));
}

/** A parameter typed `w: WorkspaceClient` (databricks.sdk's): a helper that takes the client from its caller. */
function annotatedWorkspaceClient(expr: Extract<PyExpr, { kind: "name" }>, project: Project): boolean {
  const b = project.only(expr.name, expr.scope);
  return b?.kind === "other" && b.annotation !== undefined && isWorkspaceClientType(b.annotation, project);
}

/** A call of the project's own `def get_client() -> WorkspaceClient` (a client created lazily, kept in a global). */
function returnsWorkspaceClient(call: PyCall, project: Project): boolean {
  if (call.callee.kind !== "name") return false;
  const b = project.only(call.callee.name, call.callee.scope);
  return b?.kind === "def" && b.fn.returnAnnotation !== undefined && isWorkspaceClientType(b.fn.returnAnnotation, project);
}

function isWorkspaceClientType(type: PyExpr, project: Project): boolean {
  const q = project.qualify(type);
  return q?.origin === "import" && q.path.startsWith("databricks.sdk") && lastSegment(q.path) === "WorkspaceClient";
}

/**
 * Where an OpenAI-compatible client sends its `model`: the workspace's `/serving-endpoints` route ("openai"),
 * a base URL we cannot read ("openai-unverified": the default is OpenAI's), or elsewhere (undefined).
 */
export function openAiBase(call: PyCall, keywords: readonly string[], project: Project): "openai" | "openai-unverified" | undefined {
  const base = call.keywords.find((k) => keywords.includes(k.name))?.value;
  const b = base ? project.value(base) : undefined;
  if (!b || b.kind === "unknown") return "openai-unverified";
  const text = b.kind === "str" ? b.value : b.kind === "template" ? b.parts.map((p) => p ?? "\0").join("") : "";
  // Only the workspace's /serving-endpoints route takes an endpoint as `model`; a base URL that goes on to one
  // endpoint (`/serving-endpoints/<name>/invocations`) sends the model id to that endpoint's own server.
  return /\/serving-endpoints\/?$/.test(text) ? "openai" : undefined;
}

/** `ChatOpenAI(base_url=".../serving-endpoints", model=...)` (resources.ts OPENAI_COMPATIBLE): its model argument. */
export function openAiCompatibleModel(
  call: PyCall, q: Qualified | undefined, project: Project,
): { arg: ResourceArg; label: string; unverified?: true } | undefined {
  if (!q || q.origin !== "import" || !q.path.startsWith("langchain_openai.")) return undefined;
  const name = lastSegment(q.path);
  const spec = Object.hasOwn(OPENAI_COMPATIBLE, name) ? OPENAI_COMPATIBLE[name] : undefined;
  const base = spec && openAiBase(call, spec.baseUrl, project);
  if (!spec || !base) return undefined;
  // A use names the keyword itself (calls.ts useArg); an unverified reference takes the call's whole label.
  return base === "openai" ? { arg: spec.model, label: name } : { arg: spec.model, label: `${name}(model=...)`, unverified: true };
}
