// The endpoint config, wherever it is written: serving.yaml's `endpoint`
// (served_entities at top level), a bundle's model_serving_endpoints.<key>
// (served_entities under `config`), or a config built in Python and sent by a
// call (src/python/endpoint-configs/, in the bundle's shape). Rules see one shape for all.
import type { Located, RelatedLocation } from "../types.js";
import { get, getMap, getSeq, isMap, isPartial, mapItems, str, type LMap, type LNode } from "../yaml/located.js";

export interface ServedEntityFacts {
  node: LMap;
  /** From legacy `served_models` (model_name/model_version) rather than `served_entities`. */
  legacy: boolean;
  name?: Located<string>;
  entityName?: Located<string>;
  entityVersion?: Located<string>;
  externalModel?: LMap;
  /** Names Databricks gives an entity whose `name` is omitted (several where the rule is unconfirmed). */
  defaultNames: string[];
}

/** json: a request body kept as a file (facts/endpoint-body.ts). */
export type EndpointOrigin = "serving" | "bundle" | "python" | "json";

export interface EndpointFacts {
  file: string;
  origin: EndpointOrigin;
  /** Python: the call that sends the config (`w.serving_endpoints.create(...)`), as a related location. */
  sentBy?: RelatedLocation;
  /**
   * Python: the call sends only part of an endpoint (an AI gateway update), so what it leaves out
   * is not missing: checks of absent parts (traffic for several entities) stay silent.
   */
  partial?: boolean;
  /** The bundle resource key, for messages. */
  key?: string;
  /**
   * Set for a bundle's targets.<target>.resources block: an override the CLI merges
   * onto the top-level resource of the same key, so it may leave out what that has.
   */
  target?: string;
  node: LMap;
  name?: LNode;
  /** The map that holds served_entities / traffic_config. */
  config?: LMap;
  servedEntities: ServedEntityFacts[];
  servedEntitiesNode?: LNode;
  trafficConfig?: LNode;
}

/** `config`: where served_entities / traffic_config sit when neither form says (a Python update call's own arguments). */
export function endpointFacts(file: string, origin: EndpointOrigin, node: LMap, key?: string, config: LMap | undefined = origin === "serving" ? node : getMap(node, "config")): EndpointFacts {
  const entitiesSeq = getSeq(config, "served_entities");
  const modelsSeq = getSeq(config, "served_models");
  const servedEntities = [
    ...mapItems(entitiesSeq).map((n) => servedEntity(n, false)),
    ...mapItems(modelsSeq).map((n) => servedEntity(n, true)),
  ];
  const facts: EndpointFacts = { file, origin, node, servedEntities };
  if (key !== undefined) facts.key = key;
  const name = get(node, "name");
  if (name) facts.name = name;
  if (config) facts.config = config;
  const entitiesNode = get(config, "served_entities") ?? get(config, "served_models");
  if (entitiesNode) facts.servedEntitiesNode = entitiesNode;
  const traffic = get(config, "traffic_config");
  if (traffic) facts.trafficConfig = traffic;
  return facts;
}

function servedEntity(node: LMap, legacy: boolean): ServedEntityFacts {
  const entityName = str(get(node, legacy ? "model_name" : "entity_name"));
  const entityVersion = str(get(node, legacy ? "model_version" : "entity_version"));
  const external = get(node, "external_model");
  const facts: ServedEntityFacts = { node, legacy, defaultNames: [] };
  const name = str(get(node, "name"));
  if (name) facts.name = name;
  if (entityName) facts.entityName = entityName;
  if (entityVersion) facts.entityVersion = entityVersion;
  // A name may hide in a Python spread: no default is certain then.
  if (isPartial(node) && !get(node, "name")) {
    if (isMap(external)) facts.externalModel = external;
    return facts;
  }
  if (isMap(external)) {
    facts.externalModel = external;
    const extName = str(get(external, "name"));
    if (extName) facts.defaultNames.push(extName.value.replace(/[.:]/g, "-"));
  } else if (entityName && entityVersion) {
    facts.defaultNames.push(`${entityName.value}-${entityVersion.value}`);
    const last = entityName.value.split(".").pop()!;
    if (last !== entityName.value) facts.defaultNames.push(`${last}-${entityVersion.value}`);
  }
  return facts;
}
