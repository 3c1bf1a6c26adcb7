// A serving-endpoints request body kept as a JSON file and sent as written:
// `databricks serving-endpoints create --json @endpoint.json` (the create body:
// name, config, ai_gateway, ...) or `update-config NAME --json @config.json`
// (the config alone: served_entities, traffic_config, ...). Endpoints like any
// other: every endpoint rule reads them.
//
// A file is taken for a body only when every top-level key is one the body's
// schema declares (the Databricks CLI's own definitions, rules/data/bundle-schema.json)
// and it serves something: a saved GET response (state, id, creator) or any other
// JSON that merely mentions served_entities is not one, and stays unread.
import { endpointFacts, type EndpointFacts } from "./endpoint.js";
import { BUNDLE_ENDPOINT_SCHEMA } from "./bundle.js";
import type { SourceFile } from "./source.js";
import { get, getMap, isMap, type LMap, type LNode } from "../yaml/located.js";

export type EndpointBodyKind = "create" | "config";

export interface EndpointBodyFile {
  source: SourceFile;
  root: LMap;
  body: EndpointBodyKind;
  endpoint: EndpointFacts;
}

type Definitions = Record<string, { properties?: Record<string, unknown> }>;
const definitions = (BUNDLE_ENDPOINT_SCHEMA as { definitions: Definitions }).definitions;
const keysOf = (definition: string): ReadonlySet<string> => new Set(Object.keys(definitions[definition]?.properties ?? {}));
// The bundle resource adds what the CLI manages beside the API body (permissions, lifecycle): not in a request.
const BUNDLE_ONLY = new Set(["permissions", "lifecycle"]);
const CREATE_KEYS = new Set([...keysOf("resources.ModelServingEndpoint")].filter((k) => !BUNDLE_ONLY.has(k)));
const CONFIG_KEYS = keysOf("serving.EndpointCoreConfigInput");

/** What a file's name must say for its JSON to be read at all: a repository's other JSON is data, not ours. */
export const ENDPOINT_BODY_NAME = /(endpoint|serving)[^/]*\.json$/i;

const serves = (config: LNode | undefined): boolean =>
  isMap(config) && ["served_entities", "served_models"].some((k) => get(config, k)?.kind === "seq");

const onlyKeys = (root: LMap, keys: ReadonlySet<string>): boolean => root.entries.every((e) => keys.has(e.key.value));

/** Which body a parsed JSON file is, if it is one. */
export function endpointBodyKind(root: LNode | undefined): EndpointBodyKind | undefined {
  if (!isMap(root) || root.entries.length === 0) return undefined;
  if (onlyKeys(root, CREATE_KEYS) && serves(getMap(root, "config"))) return "create";
  if (onlyKeys(root, CONFIG_KEYS) && serves(root)) return "config";
  return undefined;
}

/** The body a parsed JSON file holds, with its endpoint; undefined when it is no body. */
export function endpointBodyFile(source: SourceFile, root: LNode | undefined): EndpointBodyFile | undefined {
  const body = endpointBodyKind(root);
  if (!body || !isMap(root)) return undefined;
  // An update-config body names its endpoint on the command line, not in the file.
  const endpoint = body === "create" ? endpointFacts(source.path, "json", root) : endpointFacts(source.path, "json", root, undefined, root);
  return { source, root, body, endpoint };
}
