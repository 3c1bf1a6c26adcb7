// The endpoint config, wherever it is written: serving.yaml's `endpoint`
// (served_entities at top level) or a bundle's model_serving_endpoints.<key>
// (served_entities under `config`). Rules see one shape for both.
import type { Located } from "../types.js";
import { get, getMap, getSeq, isMap, mapItems, str, type LMap, type LNode } from "../yaml/located.js";

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

export interface EndpointFacts {
  file: string;
  origin: "serving" | "bundle";
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

export function endpointFacts(file: string, origin: "serving" | "bundle", node: LMap, key?: string): EndpointFacts {
  const config = origin === "serving" ? node : getMap(node, "config");
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
