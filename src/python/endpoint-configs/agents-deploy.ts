// `databricks.agents.deploy(model_name, model_version, ...)`: the endpoint it creates serves one
// entity, which we describe as the served entity it becomes (entity_name/entity_version, workload
// size, scale to zero, environment variables), each field at the argument that sets it. The
// package's source is not public: only arguments its documentation names are read, and no
// argument is called unknown.
import { endpointFacts } from "../../lint/facts/endpoint.js";
import type { LEntry, LMap } from "../../lint/yaml/located.js";
import type { Project } from "../resolve.js";
import type { PyCall } from "../types.js";
import { finish, type PythonEndpointConfig } from "./endpoint-config.js";
import type { LocatedBuilder } from "./to-located.js";

const DEPLOY = new Set(["databricks.agents.deploy", "databricks.agents.deployments.deploy"]);
/** deploy's arguments → the served entity's fields. */
const ENTITY_FIELDS: Record<string, string> = {
  model_name: "entity_name",
  model_version: "entity_version",
  workload_size: "workload_size",
  scale_to_zero: "scale_to_zero_enabled",
  environment_vars: "environment_vars",
  instance_profile_arn: "instance_profile_arn",
};

export function agentsDeployCall(call: PyCall, project: Project, build: LocatedBuilder): PythonEndpointConfig | undefined {
  const q = project.qualify(call.callee);
  if (q?.origin !== "import" || !DEPLOY.has(q.path)) return undefined;
  const args = build.argumentsMap(call, ["model_name", "model_version"]);
  const entries = (wanted: (key: string) => string | undefined): LEntry[] =>
    args.entries.flatMap((e) => {
      const key = wanted(e.key.value);
      return key === undefined ? [] : [{ key: { value: key, span: e.key.span }, value: e.value }];
    });
  const entity: LMap = { kind: "map", entries: entries((k) => ENTITY_FIELDS[k]), span: call.span };
  if (args.partial) entity.partial = true;
  const synthetic = (key: string, value: LMap["entries"][number]["value"]): LEntry => ({ key: { value: key, span: call.span }, value });
  const config: LMap = { kind: "map", entries: [synthetic("served_entities", { kind: "seq", items: [entity], span: call.span })], span: call.span };
  const node: LMap = { kind: "map", entries: [...entries((k) => (k === "endpoint_name" ? "name" : undefined)), synthetic("config", config)], span: call.span };
  const endpoint = endpointFacts(call.span.file, "python", node);
  // deploy() writes the traffic config itself.
  endpoint.partial = true;
  return finish({ endpoint, root: args, shape: { kind: "agents-deploy" }, label: "agents.deploy(...)", call });
}
