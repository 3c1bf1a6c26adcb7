// What a call's receiver is: a WorkspaceClient, a Databricks OpenAI client, MLflow's deploy client, ...
// Client methods (calls.ts) and endpoint configs (endpoint-configs/) are read only on these receivers.
import { lastSegment, type Project, type Qualified } from "./resolve.js";
import type { ReceiverKind } from "./resources.js";
import type { PyCall, PyExpr } from "./types.js";

/** What a receiver expression holds: a WorkspaceClient, a Databricks OpenAI client, ... */
export function receiverKind(expr: PyExpr, project: Project, qualified: (call: PyCall) => Qualified | undefined): ReceiverKind | undefined {
  const v = expr.kind === "call" ? expr : project.value(expr);
  if (v.kind !== "call") return undefined;
  const q = qualified(v);
  const name = q ? lastSegment(q.path) : v.callee.kind === "attr" ? v.callee.attr : undefined;
  switch (name) {
    case "WorkspaceClient":
      return "workspace";
    case "DatabricksOpenAI":
    case "AsyncDatabricksOpenAI":
    case "get_open_ai_client":
      return "openai";
    case "OpenAI":
    case "AsyncOpenAI": {
      // Another package's class of that name (a compat wrapper, LangChain's LLM) is not the openai client.
      if (q && !q.path.startsWith("openai.")) return undefined;
      const base = v.keywords.find((k) => k.name === "base_url")?.value;
      const b = base ? project.value(base) : undefined;
      if (!b || b.kind === "unknown") return "openai-unverified";
      const text = b.kind === "str" ? b.value : b.kind === "template" ? b.parts.map((p) => p ?? "\0").join("") : "";
      // Only the workspace's /serving-endpoints route takes an endpoint as `model`; a base URL that goes on to one
      // endpoint (`/serving-endpoints/<name>/invocations`) sends the model id to that endpoint's own server.
      return /\/serving-endpoints\/?$/.test(text) ? "openai" : undefined;
    }
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
