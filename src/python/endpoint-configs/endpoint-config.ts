// An endpoint config built in Python and sent by one call: the endpoint facts every
// endpoint rule reads, plus what the schema rule validates it against.
import type { EndpointFacts } from "../../lint/facts/endpoint.js";
import { entry, type LMap } from "../../lint/yaml/located.js";
import type { PyCall } from "../types.js";
import type { SdkRelease } from "./sdk-pin.js";

/** What the call's tree is checked against. */
export type ConfigShape =
  /**
   * The keyword arguments of a ServingEndpointsAPI method (rules/data/sdk-serving.json);
   * `sdk`: the databricks-sdk release the file or its project installs, older than that data describes
   * or not (sdk-pin.ts); absent when nothing says (a Databricks runtime's own).
   */
  | { kind: "sdk-method"; method: string; sdk?: SdkRelease }
  /**
   * A JSON body in the REST shape (the bundle schema's model_serving_endpoint and its parts):
   * `create` the whole endpoint, `config` its core config, `ai-gateway` the AI gateway; `argument` names
   * the argument that carries it (`config`, `json`, `body`), for messages.
   * `nameElsewhere`: the endpoint's name travels beside the body (mlflow's name=); `dropped`: keys the
   * sender takes out of the body before sending (mlflow's legacy create pops tags and rate_limits).
   */
  | { kind: "rest"; body: "create" | "config" | "ai-gateway"; argument: string; nameElsewhere?: boolean; dropped?: readonly string[] }
  /** `databricks.agents.deploy(...)`'s arguments. */
  | { kind: "agents-deploy" };

export interface PythonEndpointConfig {
  endpoint: EndpointFacts;
  /** The tree the schema rule validates: the call's arguments or the body it sends. */
  root: LMap;
  shape: ConfigShape;
  /** For messages: `w.serving_endpoints.create(...)`. */
  label: string;
  call: PyCall;
}

/** The sender and, for an update that sends no entities, the live ones kept. */
export function finish(c: PythonEndpointConfig): PythonEndpointConfig {
  c.endpoint.sentBy = { message: `sent by ${c.label}`, span: c.call.span };
  const config = c.endpoint.config;
  if (!config || !hasEntities(config)) c.endpoint.partial = true;
  return c;
}

function hasEntities(config: LMap): boolean {
  return entry(config, "served_entities") !== undefined || entry(config, "served_models") !== undefined;
}
