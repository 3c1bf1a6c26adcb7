// The Databricks SDK form: `w.serving_endpoints.create(name, config=EndpointCoreConfigInput(...))`,
// `create_and_wait`, `update_config(_and_wait)` (served_entities=, traffic_config= as its own
// arguments) and `put_ai_gateway`, where `w` holds a WorkspaceClient (followed, not matched by name).
import { endpointFacts } from "../../lint/facts/endpoint.js";
import { getMap } from "../../lint/yaml/located.js";
import type { PyCall, PyExpr } from "../types.js";
import { finish, type PythonEndpointConfig } from "./endpoint-config.js";
import { sdkMethod } from "./sdk-data.js";
import type { LocatedBuilder } from "./to-located.js";

/** Methods whose arguments are the endpoint config itself rather than `config=`. */
const FLATTENED = new Set(["update_config", "update_config_and_wait"]);
const CREATES = new Set(["create", "create_and_wait"]);

export function sdkEndpointCall(call: PyCall, isWorkspaceClient: (e: PyExpr) => boolean, build: LocatedBuilder): PythonEndpointConfig | undefined {
  const callee = call.callee;
  if (callee.kind !== "attr" || callee.object.kind !== "attr" || callee.object.attr !== "serving_endpoints") return undefined;
  const method = callee.attr;
  const spec = sdkMethod(method);
  if (!spec || !isWorkspaceClient(callee.object.object)) return undefined;
  const root = build.argumentsMap(call, spec.positional);
  const label = `serving_endpoints.${method}(...)`;
  const config = CREATES.has(method) ? getMap(root, "config") : FLATTENED.has(method) ? root : undefined;
  const endpoint = endpointFacts(call.span.file, "python", root, undefined, config);
  return finish({ endpoint, root, shape: { kind: "sdk-method", method }, label, call });
}
