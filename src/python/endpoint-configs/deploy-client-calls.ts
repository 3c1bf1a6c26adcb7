// mlflow.deployments' Databricks client (`get_deploy_client("databricks")`): dict configs in the
// REST JSON shape. From mlflow/deployments/databricks/__init__.py:
//   create_endpoint(name=None, config=None, route_optimized=False): a `config` holding "config" is
//     the whole create payload (name inside, or the deprecated name= beside it); otherwise it is the
//     core config (legacy form), from which tags and rate_limits are popped (older releases: task);
//   update_endpoint(endpoint, config=None): PUT .../config, unless config has only rate_limits;
//   update_endpoint_config(endpoint, config): PUT .../config.
import { endpointFacts } from "../../lint/facts/endpoint.js";
import { entry, get, isMap } from "../../lint/yaml/located.js";
import type { PyCall, PyExpr } from "../types.js";
import { finish, type PythonEndpointConfig } from "./endpoint-config.js";
import type { LocatedBuilder } from "./to-located.js";

const POSITIONAL: Record<string, readonly string[]> = {
  create_endpoint: ["name", "config", "route_optimized"],
  update_endpoint: ["endpoint", "config"],
  update_endpoint_config: ["endpoint", "config"],
};
const LEGACY_DROPPED = ["tags", "rate_limits", "task"];

export function deployClientCall(call: PyCall, isDeployClient: (e: PyExpr) => boolean, build: LocatedBuilder): PythonEndpointConfig | undefined {
  const callee = call.callee;
  if (callee.kind !== "attr" || !Object.hasOwn(POSITIONAL, callee.attr) || !isDeployClient(callee.object)) return undefined;
  const method = callee.attr;
  const args = build.argumentsMap(call, POSITIONAL[method]!);
  const config = get(args, "config");
  if (!isMap(config)) return undefined;
  const label = `${method}(...)`;
  const file = call.span.file;
  if (method === "create_endpoint") {
    if (entry(config, "config")) {
      const endpoint = endpointFacts(file, "python", config);
      const name = get(args, "name");
      if (!endpoint.name && name) endpoint.name = name;
      return finish({ endpoint, root: config, shape: { kind: "rest", body: "create", argument: "config", nameElsewhere: name !== undefined }, label, call });
    }
    if (config.partial) return undefined; // a spread may hold "config": which form it is, is unknown
    const endpoint = endpointFacts(file, "python", args, undefined, config);
    return finish({ endpoint, root: config, shape: { kind: "rest", body: "config", argument: "config", dropped: LEGACY_DROPPED }, label, call });
  }
  if (method === "update_endpoint" && config.entries.length > 0 && config.entries.every((e) => e.key.value === "rate_limits")) return undefined;
  const endpoint = endpointFacts(file, "python", config, undefined, config);
  const name = get(args, "endpoint");
  if (name) endpoint.name = name;
  else delete endpoint.name;
  return finish({ endpoint, root: config, shape: { kind: "rest", body: "config", argument: "config" }, label, call });
}
