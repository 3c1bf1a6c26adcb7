// Serving endpoints (§1.9): the API over endpoints. What a config body becomes
// is endpoint-config.ts; the update state machine, endpoint-update.ts; the
// JSON, endpoint-render.ts. A second PUT while IN_PROGRESS is refused with
// 409 RESOURCE_CONFLICT (§1.11).

import { randomBytes } from "node:crypto";
import { CreateServingEndpoint, EndpointCoreConfigInput, PatchTagsRequest } from "../databricks/serving-schemas.js";
import type { Timeline } from "./timeline.js";
import { knobsFor, type Scenario } from "./scenario.js";
import { ReplyError, apiError, invalidParam, notFound } from "./respond.js";
import { parseBody } from "./parse.js";
import type { EmulatorEvent } from "./events.js";
import { NAME_RE, buildConfig, type Config, type ConfigInput, type Endpoint, type EntityProblem } from "./endpoint-config.js";
import { startUpdate } from "./endpoint-update.js";
import { CREATOR, endpointState, renderEndpoint } from "./endpoint-render.js";

export class EndpointStore {
  private readonly endpoints = new Map<string, Endpoint>();

  constructor(
    private readonly timeline: Timeline,
    private readonly scenario: () => Scenario,
    private readonly emit: (e: EmulatorEvent) => void,
    /** Why Unity Catalog cannot serve (model, version), or undefined (see unity-catalog.ts). */
    private readonly entityProblem: EntityProblem = () => undefined,
    private readonly baseUrl: () => string = () => "",
  ) {}

  create(raw: unknown, at = this.timeline.now()): unknown {
    const body = parseBody(CreateServingEndpoint, raw);
    if (!NAME_RE.test(body.name)) {
      throw new ReplyError(invalidParam(`Endpoint name "${body.name}" is invalid: use 1-63 letters, digits, '-' or '_'.`));
    }
    if (this.endpoints.has(body.name)) {
      throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Endpoint with name '${body.name}' already exists.`));
    }
    const now = at;
    const ep: Endpoint = {
      name: body.name,
      id: randomBytes(16).toString("hex"),
      created: now,
      updated: now,
      description: body.description ?? "",
      tags: body.tags ?? [],
      task: undefined,
      aiGateway: body.ai_gateway,
      routeOptimized: body.route_optimized ?? false,
      config: undefined,
      pending: undefined,
      configUpdate: "NOT_UPDATING",
    };
    const config = body.config ? buildConfig(body.config, 1, now, this.entityProblem) : undefined;
    this.endpoints.set(ep.name, ep);
    this.emit({ at: now, type: "endpoint_created", endpoint: ep.name });
    if (config) this.startUpdate(ep, config, now);
    return renderEndpoint(ep, this.baseUrl());
  }

  get(name: string): unknown {
    return renderEndpoint(this.require(name), this.baseUrl());
  }

  exists(name: string): boolean {
    return this.endpoints.has(name);
  }

  list(): unknown {
    return {
      endpoints: [...this.endpoints.values()].map((ep) => ({
        name: ep.name,
        id: ep.id,
        creator: CREATOR,
        creation_timestamp: ep.created,
        last_updated_timestamp: ep.updated,
        state: endpointState(ep),
        description: ep.description,
        ...(ep.task ? { task: ep.task } : {}),
        ...(ep.tags.length ? { tags: ep.tags } : {}),
        ...(ep.config
          ? { config: { served_entities: ep.config.entities.map((e) => ({ name: e.name, entity_name: e.entityName, entity_version: e.entityVersion })) } }
          : {}),
      })),
    };
  }

  delete(name: string): unknown {
    this.require(name);
    this.endpoints.delete(name);
    this.emit({ at: this.timeline.now(), type: "endpoint_deleted", endpoint: name });
    return {};
  }

  updateConfig(name: string, raw: unknown): unknown {
    const ep = this.require(name);
    const input = parseBody(EndpointCoreConfigInput, raw);
    this.applyConfig(ep, input);
    return renderEndpoint(ep, this.baseUrl());
  }

  /** What `agents.deploy` does for (model, version): serve it with 100 % of traffic. Throws a message on conflict. */
  deploy(endpoint: string, modelName: string, version: string, at: number): void {
    const entity = {
      name: agentsServedEntityName(modelName, version),
      entity_name: modelName,
      entity_version: version,
      workload_size: "Small",
      scale_to_zero_enabled: true,
    };
    const config: ConfigInput = {
      served_entities: [entity],
      traffic_config: { routes: [{ served_entity_name: entity.name, traffic_percentage: 100 }] },
    };
    const ep = this.endpoints.get(endpoint);
    if (!ep) {
      this.create({ name: endpoint, config }, at);
      return;
    }
    this.applyConfig(ep, config, at);
  }

  putAiGateway(name: string, raw: unknown): unknown {
    const ep = this.require(name);
    const body = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    ep.aiGateway = Object.keys(body).length ? body : undefined;
    ep.updated = this.timeline.now();
    return ep.aiGateway ?? {};
  }

  patchTags(name: string, raw: unknown): unknown {
    const ep = this.require(name);
    const body = parseBody(PatchTagsRequest, raw);
    const tags = new Map(ep.tags.map((t) => [t.key, t]));
    for (const t of body.add_tags ?? []) tags.set(t.key, t);
    for (const k of body.delete_tags ?? []) tags.delete(k);
    ep.tags = [...tags.values()].sort((a, b) => a.key.localeCompare(b.key));
    return { tags: ep.tags };
  }

  logs(name: string, served: string, kind: "build" | "server"): unknown {
    const ep = this.require(name);
    const entity = [...(ep.pending?.entities ?? []), ...(ep.config?.entities ?? [])].find((e) => e.name === served);
    if (!entity) throw new ReplyError(notFound(`Served model ${served} does not exist in endpoint ${name}.`));
    return { logs: (kind === "build" ? entity.buildLog : entity.serverLog).join("\n") + "\n" };
  }

  /** True when `id` names an existing route-optimized endpoint (its data plane can be asked for a token). */
  isRouteOptimized(id: string): boolean {
    return [...this.endpoints.values()].some((ep) => ep.id === id && ep.routeOptimized);
  }

  /** The endpoint's task and the entity that answers (largest traffic share), or why it cannot answer. */
  route(name: string, via: "workspace" | "data-plane" = "workspace", id?: string): { task: string | undefined; served: string } {
    const ep = this.require(name);
    if (via === "data-plane" && (!ep.routeOptimized || ep.id !== id)) throw new ReplyError(notFound(`Endpoint with name '${name}' does not exist at this URL.`));
    if (via === "workspace" && ep.routeOptimized) {
      // Choice (unconfirmed wording): the workspace path refuses a route-optimized endpoint.
      throw new ReplyError(apiError(400, "BAD_REQUEST", `Endpoint ${name} is route-optimized: query it on its endpoint_url with an OAuth token.`));
    }
    if (!ep.config || endpointState(ep).ready !== "READY") {
      // Exact real answer unconfirmed; a not-ready endpoint must not look like a transient error.
      throw new ReplyError(apiError(400, "INVALID_STATE", `Endpoint ${name} is not ready to serve requests.`));
    }
    const best = [...ep.config.routes].sort((a, b) => b.traffic_percentage - a.traffic_percentage)[0];
    return { task: ep.task, served: best?.served_entity_name ?? ep.config.entities[0]?.name ?? "" };
  }

  // ------------------------------------------------------------------ internals

  private require(name: string): Endpoint {
    const ep = this.endpoints.get(name);
    if (!ep) throw new ReplyError(notFound(`Endpoint with name '${name}' does not exist.`));
    return ep;
  }

  private applyConfig(ep: Endpoint, input: ConfigInput, at = this.timeline.now()): void {
    if (ep.configUpdate === "IN_PROGRESS") {
      throw new ReplyError(
        apiError(409, "RESOURCE_CONFLICT", `Endpoint ${ep.name} is currently updating. Wait for the update to complete before updating its config.`),
      );
    }
    const version = (ep.config?.version ?? 0) + 1;
    this.startUpdate(ep, buildConfig(input, version, at, this.entityProblem), at);
  }

  private startUpdate(ep: Endpoint, pending: Config, at: number): void {
    const current = (): boolean => this.endpoints.get(ep.name) === ep && ep.pending === pending;
    startUpdate(ep, pending, at, { timeline: this.timeline, knobs: knobsFor(this.scenario(), ep.name), emit: this.emit, current });
  }
}

/**
 * The served entity name `agents.deploy` gives (databricks-agents'
 * _create_served_model_name): the full UC name with dots as dashes, cut so that
 * `_<version>` fits in 63 characters, then `_<version>`: `main-agents-support_agent_7`.
 * It also strips characters an endpoint name may not end with; which ones is
 * unconfirmed (the constant is not published): "-" and "_" chosen here.
 */
export function agentsServedEntityName(modelName: string, version: string): string {
  const suffix = `_${version}`;
  return `${modelName.slice(0, 63 - suffix.length).replace(/\./g, "-").replace(/[-_]+$/, "")}${suffix}`;
}
