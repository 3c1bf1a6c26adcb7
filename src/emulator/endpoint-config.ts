// What a serving endpoint holds (§1.9), and what a create or PUT config body
// becomes: the validation the service does before any update starts.

import type { z } from "zod";
import type { EndpointCoreConfigInput } from "../databricks/serving-schemas.js";
import { ReplyError, invalidParam, notFound } from "./respond.js";

export type ConfigInput = z.infer<typeof EndpointCoreConfigInput>;
export type EntityProblem = (name: string, version: string | undefined) => string | undefined;

export const NAME_RE = /^[A-Za-z0-9_-]{1,63}$/;

export interface Entity {
  spec: Record<string, unknown>; // output fields except state/creator/timestamp
  name: string;
  entityName: string | undefined;
  entityVersion: string | undefined;
  deployment: string;
  message: string;
  created: number;
  buildLog: string[];
  serverLog: string[];
}

export interface Config {
  version: number;
  entities: Entity[];
  routes: { served_entity_name: string; served_model_name: string; traffic_percentage: number }[];
  startTime: number;
}

export interface Endpoint {
  name: string;
  id: string;
  created: number;
  updated: number;
  description: string;
  tags: { key: string; value?: string | undefined }[];
  task: string | undefined;
  aiGateway: Record<string, unknown> | undefined;
  routeOptimized: boolean;
  config: Config | undefined;
  pending: Config | undefined;
  configUpdate: "NOT_UPDATING" | "IN_PROGRESS" | "UPDATE_FAILED" | "UPDATE_CANCELED";
}

/**
 * A config as the service takes it: served entities named (a default name when
 * none is given), checked against Unity Catalog, routes defaulted and checked.
 * `entityProblem` says why a (model, version) cannot be served, or undefined.
 */
export function buildConfig(input: ConfigInput, version: number, at: number, entityProblem: EntityProblem): Config {
  if (input.served_entities && input.served_models) {
    throw new ReplyError(invalidParam("Only one of served_entities and served_models may be specified."));
  }
  const specs: Record<string, unknown>[] =
    input.served_entities ??
    (input.served_models ?? []).map(({ model_name, model_version, ...rest }) => ({ ...rest, entity_name: model_name, entity_version: model_version }));
  if (specs.length === 0) throw new ReplyError(invalidParam("The config must specify at least one served entity."));
  if (specs.length > 10) throw new ReplyError(invalidParam("An endpoint can serve at most 10 entities."));
  const entities = specs.map((s): Entity => {
    const external = s.external_model as { name?: string } | undefined;
    const entityName = s.entity_name as string | undefined;
    const entityVersion = s.entity_version as string | undefined;
    // An explicit name is kept as given. Without one the docs say `entity_name-entity_version` (external model:
    // its name with "." and ":" as "-"); a UC name's dots are not allowed in a served entity name, and what the
    // service does then is unconfirmed: the last part of the name is taken (`churn_agent-1`, as the reference's
    // samples show). The linter accepts either form (src/lint/facts/endpoint.ts defaultNames).
    const name =
      (s.name as string | undefined) ??
      (external?.name ? external.name.replace(/[.:]/g, "-") : `${(entityName ?? "entity").split(".").pop()}-${entityVersion ?? "1"}`);
    if (!NAME_RE.test(name)) throw new ReplyError(invalidParam(`Served entity name "${name}" is invalid.`));
    // Choice (unconfirmed): the service refuses the request at once, rather than failing the update later.
    const problem = external || !entityName ? undefined : entityProblem(entityName, entityVersion);
    if (problem) throw new ReplyError(notFound(problem));
    const { burst_scaling_enabled: _never, ...spec } = s; // accepted, never echoed (§1.10)
    return {
      spec: {
        ...spec,
        name,
        ...(external ? {} : { workload_type: (s.workload_type as string | undefined) ?? "CPU", scale_to_zero_enabled: s.scale_to_zero_enabled ?? false }),
      },
      name,
      entityName,
      entityVersion,
      deployment: "DEPLOYMENT_CREATING",
      message: "Creating container image",
      created: at,
      buildLog: [],
      serverLog: [],
    };
  });
  if (new Set(entities.map((e) => e.name)).size !== entities.length) throw new ReplyError(invalidParam("Served entity names must be unique."));
  const routesIn = input.traffic_config?.routes;
  let routes: Config["routes"];
  if (!routesIn) {
    if (entities.length > 1) throw new ReplyError(invalidParam("traffic_config is required when serving more than one entity."));
    routes = [{ served_entity_name: entities[0]!.name, served_model_name: entities[0]!.name, traffic_percentage: 100 }];
  } else {
    routes = routesIn.map((r) => {
      const target = r.served_entity_name ?? r.served_model_name ?? "";
      if (!entities.some((e) => e.name === target)) throw new ReplyError(invalidParam(`Traffic route refers to unknown served entity "${target}".`));
      return { served_entity_name: target, served_model_name: target, traffic_percentage: r.traffic_percentage };
    });
    const sum = routes.reduce((n, r) => n + r.traffic_percentage, 0);
    if (sum !== 100) throw new ReplyError(invalidParam(`Traffic percentages must add up to 100, got ${sum}.`));
  }
  return { version, entities, routes, startTime: at };
}
