// Raw REST bodies: a dict sent as `json=` (or `data=json.dumps(...)`) by requests or httpx (module functions, a
// Session/Client made in the code, also bound by `with`), as `body=` by the SDK's
// `w.api_client.do(...)`, or as `data=json.dumps(...).encode()` by urllib's `urlopen`, to
//   POST /api/2.0/serving-endpoints                  create (the whole endpoint)
//   PUT  /api/2.0/serving-endpoints/{name}/config    update the core config
//   PUT  /api/2.0/serving-endpoints/{name}/ai-gateway
// The URL may have run-time holes before /api/2.0/ (the host) and in the name segment;
// the rest of the path must be written out, or the call is not read.
import { endpointFacts } from "../../lint/facts/endpoint.js";
import { isMap } from "../../lint/yaml/located.js";
import { argument } from "../calls.js";
import { lastSegment, type Project } from "../resolve.js";
import type { PyCall, PyExpr } from "../types.js";
import { finish, type ConfigShape, type PythonEndpointConfig } from "./endpoint-config.js";
import type { LocatedBuilder } from "./to-located.js";

const HOLE = "\u0000";
const HTTP_MODULES = ["requests", "httpx"];
const CLIENT_CLASSES = new Set(["requests.Session", "requests.session", "httpx.Client", "httpx.AsyncClient"]);
const VERBS = new Set(["post", "put", "request"]);
/** After /api/2.0/serving-endpoints: nothing (create) or one name segment and config / ai-gateway. */
const PATH = new RegExp(String.raw`/api/2\.0/serving-endpoints(?:/([^/${HOLE}?#]+|${HOLE})/(config|ai-gateway))?/?$`);

type Body = Extract<ConfigShape, { kind: "rest" }>["body"];

export function restCall(call: PyCall, project: Project, isWorkspaceClient: (e: PyExpr) => boolean, build: LocatedBuilder): PythonEndpointConfig | undefined {
  const sent = httpCall(call, project) ?? apiClientCall(call, isWorkspaceClient) ?? urlopenCall(call, project);
  if (!sent) return undefined;
  const method = literal(project, sent.method)?.toUpperCase();
  const path = sent.url && text(project, sent.url);
  const m = path !== undefined ? PATH.exec(path) : null;
  if (!method || !m || !sent.body) return undefined;
  const body: Body | undefined = m[2] === undefined ? (method === "POST" ? "create" : undefined) : method === "PUT" ? (m[2] as Body) : undefined;
  if (!body) return undefined;
  const root = build.node(sent.body.expr);
  if (!isMap(root)) return undefined;
  const file = call.span.file;
  const endpoint = body === "create" ? endpointFacts(file, "python", root) : endpointFacts(file, "python", root, undefined, body === "config" ? root : undefined);
  if (body !== "create") delete endpoint.name; // the name is in the URL
  return finish({ endpoint, root, shape: { kind: "rest", body, argument: sent.body.keyword }, label: sent.label, call });
}

interface Sent {
  method: PyExpr | string;
  url: PyExpr | undefined;
  body: { expr: PyExpr; keyword: string } | undefined;
  label: string;
}

/** `requests.post(url, json=...)`, `httpx.request("PUT", url, json=...)`, `session.put(...)`. */
function httpCall(call: PyCall, project: Project): Sent | undefined {
  const callee = call.callee;
  if (callee.kind !== "attr" || !VERBS.has(callee.attr)) return undefined;
  const q = project.qualify(callee);
  const viaModule = q?.origin === "import" && HTTP_MODULES.some((m) => q.path === `${m}.${callee.attr}` || q.path === `${m}.api.${callee.attr}`);
  if (!viaModule && !madeClient(callee.object, project)) return undefined;
  const json = call.keywords.find((k) => k.name === "json");
  // `data=json.dumps(body)` sends the same JSON as `json=body`.
  const data = json ? undefined : call.keywords.find((k) => k.name === "data");
  const payload = data && jsonPayload(data.value, project);
  const body = json ? { expr: json.value, keyword: "json" } : payload ? { expr: payload, keyword: "data" } : undefined;
  const label = `${lastSegment(q?.path ?? callee.attr)}(...)`;
  if (callee.attr === "request") return { method: argument(call, ["method"], 0) ?? "", url: argument(call, ["url"], 1), body, label };
  return { method: callee.attr, url: argument(call, ["url"], 0), body, label };
}

/** A name bound to `requests.Session()` / `httpx.Client()`, or by `with` to one (their `__enter__` returns the client). */
function madeClient(expr: PyExpr, project: Project, hops = 0): boolean {
  const bound = expr.kind === "name" ? project.only(expr.name, expr.scope) : undefined;
  if (bound?.kind === "other" && bound.enters) return hops < 4 && madeClient(bound.enters, project, hops + 1); // `with s as s:` ends
  const v = expr.kind === "call" ? expr : project.value(expr);
  if (v.kind !== "call") return false;
  const q = project.qualify(v.callee);
  return q?.origin === "import" && CLIENT_CLASSES.has(q.path);
}

/** `w.api_client.do("POST", "/api/2.0/serving-endpoints", body=...)`. */
function apiClientCall(call: PyCall, isWorkspaceClient: (e: PyExpr) => boolean): Sent | undefined {
  const callee = call.callee;
  if (callee.kind !== "attr" || callee.attr !== "do" || callee.object.kind !== "attr" || callee.object.attr !== "api_client") return undefined;
  if (!isWorkspaceClient(callee.object.object)) return undefined;
  const body = call.keywords.find((k) => k.name === "body");
  return { method: argument(call, ["method"], 0) ?? "", url: argument(call, ["path"], 1), body: body && { expr: body.value, keyword: "body" }, label: "api_client.do(...)" };
}

/**
 * `urllib.request.urlopen(Request(url, data=..., method="PUT"))` or `urlopen(url, data=...)`: urllib
 * sends POST when data is given and no method is. The body is read through `json.dumps(d).encode(...)`.
 */
function urlopenCall(call: PyCall, project: Project): Sent | undefined {
  if (project.qualify(call.callee)?.path !== "urllib.request.urlopen") return undefined;
  const target = argument(call, ["url"], 0);
  if (!target) return undefined;
  const made = target.kind === "call" ? target : project.value(target);
  const request = made.kind === "call" && project.qualify(made.callee)?.path === "urllib.request.Request" ? made : undefined;
  const data = request ? argument(request, ["data"], 1) : argument(call, ["data"], 1);
  const payload = data && jsonPayload(data, project);
  if (!payload) return undefined;
  const method = (request && argument(request, ["method"], 5)) ?? "POST";
  return { method, url: request ? argument(request, ["url"], 0) : target, body: { expr: payload, keyword: "data" }, label: "urlopen(...)" };
}

/** The dict inside `json.dumps(d)`, `.encode(...)`d or not, followed through names. */
function jsonPayload(e: PyExpr, project: Project, hops = 0): PyExpr | undefined {
  const v = e.kind === "call" ? e : project.value(e);
  if (v.kind !== "call" || hops > 4) return undefined;
  if (v.callee.kind === "attr" && v.callee.attr === "encode") return jsonPayload(v.callee.object, project, hops + 1);
  return project.qualify(v.callee)?.path === "json.dumps" && !v.starArgs ? v.args[0] : undefined;
}

function literal(project: Project, e: PyExpr | string): string | undefined {
  if (typeof e === "string") return e || undefined;
  const v = project.value(e);
  return v.kind === "str" ? v.value : undefined;
}

/** A URL's text with each run-time hole as HOLE. */
function text(project: Project, e: PyExpr): string | undefined {
  const v = project.value(e);
  if (v.kind === "str") return v.value;
  if (v.kind === "template") return v.parts.map((p) => p ?? HOLE).join("");
  return undefined;
}
