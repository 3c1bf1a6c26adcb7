// What an endpoint served before a deploy, so that the verdict on a settled
// endpoint serving other versions does not depend on having caught the update
// in a poll: compare config_version, the served entities and the last update
// time before and after.

import type { ServedEntityOutput, ServingEndpointDetailed } from "./serving-schemas.js";

export interface EndpointBaseline {
  /** undefined: the endpoint had no config (or did not exist). */
  configVersion: number | undefined;
  /** `entity@version`, sorted. */
  entities: string[];
  lastUpdated: number | undefined;
}

export function baselineOf(ep: ServingEndpointDetailed | undefined): EndpointBaseline {
  return {
    configVersion: ep?.config?.config_version,
    entities: entityKeys(ep?.config?.served_entities ?? []),
    lastUpdated: ep?.last_updated_timestamp,
  };
}

/** Why a settled endpoint serves other versions than asked for, or undefined while that cannot be said yet. */
export type SettledMismatch = "rolled back" | "replaced" | "no update started";

export function explainMismatch(before: EndpointBaseline, now: ServingEndpointDetailed, sawUpdate: boolean): SettledMismatch | undefined {
  const version = now.config?.config_version;
  const moved = version !== undefined && version !== before.configVersion;
  if (moved) return sameEntities(now.config?.served_entities ?? [], before.entities) ? "rolled back" : "replaced";
  // Same config version. The update was seen in a poll, or the endpoint changed since the baseline:
  // either way our update came and went. Choice: a newer last_updated_timestamp counts as our update
  // (during a deploy the job's config update is what changes the endpoint; a tag edit in the same
  // minutes would be read as a rollback too, which still says truthfully that the old config serves).
  const touched = now.last_updated_timestamp !== undefined && before.lastUpdated !== undefined && now.last_updated_timestamp > before.lastUpdated;
  if (sawUpdate || touched) return "rolled back";
  return undefined;
}

function entityKeys(entities: ServedEntityOutput[]): string[] {
  return entities.map((e) => `${e.entity_name ?? e.name ?? "?"}@${e.entity_version ?? "?"}`).sort();
}

function sameEntities(entities: ServedEntityOutput[], keys: string[]): boolean {
  return entityKeys(entities).join(",") === keys.join(",");
}
