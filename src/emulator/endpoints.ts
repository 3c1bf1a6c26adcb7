// Serving endpoints and their update state machine (§1.9):
//   create / PUT config -> IN_PROGRESS, pending_config, entities DEPLOYMENT_CREATING
//     build  -> (build_failed) UPDATE_FAILED, entity DEPLOYMENT_FAILED, build log, old config keeps serving
//     start  -> (ready) config = pending (config_version + 1), NOT_UPDATING, READY
//               (never_ready) stays IN_PROGRESS; (rolled_back) NOT_UPDATING on the old config
// A second PUT while IN_PROGRESS is refused with 409 RESOURCE_CONFLICT (§1.11).

import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { CreateServingEndpoint, EndpointCoreConfigInput, PatchTagsRequest } from "../databricks/schemas.js";
import type { Timeline } from "./timeline.js";
import { knobsFor, type Scenario } from "./scenario.js";
import { ReplyError, apiError, invalidParam, notFound } from "./respond.js";
import { parseBody } from "./parse.js";
import type { EmulatorEvent } from "./events.js";

type ConfigInput = z.infer<typeof EndpointCoreConfigInput>;

interface Entity {
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

interface Config {
  version: number;
  entities: Entity[];
  routes: { served_entity_name: string; served_model_name: string; traffic_percentage: number }[];
  startTime: number;
}

interface Endpoint {
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

export const CREATOR = "ci-bot@example.com";
const NAME_RE = /^[A-Za-z0-9_-]{1,63}$/;

export class EndpointStore {
  private readonly endpoints = new Map<string, Endpoint>();

  constructor(
    private readonly timeline: Timeline,
    private readonly scenario: () => Scenario,
    private readonly emit: (e: EmulatorEvent) => void,
    /** Why Unity Catalog cannot serve (model, version), or undefined (see unity-catalog.ts). */
    private readonly entityProblem: (name: string, version: string | undefined) => string | undefined = () => undefined,
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
    const config = body.config ? this.buildConfig(body.config, 1, now) : undefined;
    this.endpoints.set(ep.name, ep);
    this.emit({ at: now, type: "endpoint_created", endpoint: ep.name });
    if (config) this.startUpdate(ep, config, now);
    return this.render(ep);
  }

  get(name: string): unknown {
    return this.render(this.require(name));
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
        state: this.state(ep),
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
    return this.render(ep);
  }

  /** What `agents.deploy` does for (model, version): serve it with 100 % of traffic. Throws a message on conflict. */
  deploy(endpoint: string, modelName: string, version: string, at: number): void {
    const entity = {
      name: `${modelName.split(".").pop() ?? modelName}-${version}`,
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

  /** The endpoint's task and the entity that answers (largest traffic share), or why it cannot answer. */
  route(name: string, via: "workspace" | "data-plane" = "workspace", id?: string): { task: string | undefined; served: string } {
    const ep = this.require(name);
    if (via === "data-plane" && (!ep.routeOptimized || ep.id !== id)) throw new ReplyError(notFound(`Endpoint with name '${name}' does not exist at this URL.`));
    if (via === "workspace" && ep.routeOptimized) {
      // Choice (unconfirmed wording): the workspace path refuses a route-optimized endpoint.
      throw new ReplyError(apiError(400, "BAD_REQUEST", `Endpoint ${name} is route-optimized: query it on its endpoint_url with an OAuth token.`));
    }
    if (!ep.config || this.state(ep).ready !== "READY") {
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
    this.startUpdate(ep, this.buildConfig(input, version, at), at);
  }

  private buildConfig(input: ConfigInput, version: number, at: number): Config {
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
      const name =
        (s.name as string | undefined) ??
        (external?.name ? external.name.replace(/[.:]/g, "-") : `${(entityName ?? "entity").split(".").pop()}-${entityVersion ?? "1"}`);
      if (!NAME_RE.test(name)) throw new ReplyError(invalidParam(`Served entity name "${name}" is invalid.`));
      // Choice (unconfirmed): the service refuses the request at once, rather than failing the update later.
      const problem = external || !entityName ? undefined : this.entityProblem(entityName, entityVersion);
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

  private startUpdate(ep: Endpoint, pending: Config, at: number): void {
    const k = knobsFor(this.scenario(), ep.name);
    ep.pending = pending;
    ep.configUpdate = "IN_PROGRESS";
    ep.updated = at;
    ep.task =
      k.task ??
      (pending.entities.some((e) => /agent/i.test(e.entityName ?? "")) ? "agent/v1/responses" : (pending.entities[0]?.spec.external_model as { task?: string } | undefined)?.task) ??
      ep.task;
    const stamp = (t: number): string => new Date(t).toISOString();
    for (const e of pending.entities) e.buildLog.push(`${stamp(at)} Build started for ${e.entityName ?? e.name} version ${e.entityVersion ?? "-"}`, `${stamp(at)} Installing model dependencies`);
    this.emit({ at, type: "update_started", endpoint: ep.name, detail: `config_version ${pending.version}` });
    const current = (): boolean => this.endpoints.get(ep.name) === ep && ep.pending === pending;

    this.timeline.at(at + k.buildMs, (built) => {
      if (!current()) return;
      ep.updated = built;
      if (k.updateOutcome === "build_failed") {
        for (const e of pending.entities) {
          e.deployment = "DEPLOYMENT_FAILED";
          e.message = "Container image build failed. See build logs for details.";
          e.buildLog.push(...k.buildFailureLog.split("\n").map((l) => `${stamp(built)} ${l}`));
        }
        ep.configUpdate = "UPDATE_FAILED"; // pending_config retained, old config keeps serving
        this.emit({ at: built, type: "update_failed", endpoint: ep.name });
        return;
      }
      for (const e of pending.entities) {
        e.message = "Starting serving container";
        e.buildLog.push(`${stamp(built)} Container image built successfully`);
      }
      this.emit({ at: built, type: "image_built", endpoint: ep.name });
      this.timeline.at(built + k.startMs, (started) => {
        if (!current()) return;
        ep.updated = started;
        if (k.updateOutcome === "never_ready") {
          for (const e of pending.entities) {
            e.message = "Served entity is not ready: the readiness probe keeps failing";
            // What a model server that cannot load its model writes (its stderr is the server log).
            e.serverLog.push(`${stamp(started)} Starting model server`, `${stamp(started)} ModuleNotFoundError: No module named 'langgraph'`, `${stamp(started)} Readiness probe failed: HTTP GET /ping returned 503`);
          }
          return;
        }
        if (k.updateOutcome === "rolled_back") {
          ep.pending = undefined;
          ep.configUpdate = "NOT_UPDATING";
          this.emit({ at: started, type: "update_rolled_back", endpoint: ep.name });
          return;
        }
        for (const e of pending.entities) {
          e.deployment = "DEPLOYMENT_READY";
          e.message = "";
          e.serverLog.push(`${stamp(started)} Model server started; listening for requests`);
        }
        ep.config = pending;
        ep.pending = undefined;
        ep.configUpdate = "NOT_UPDATING";
        this.emit({ at: started, type: "endpoint_ready", endpoint: ep.name, detail: pending.entities.map((e) => `${e.entityName}@${e.entityVersion}`).join(",") });
      });
    });
  }

  private state(ep: Endpoint): { ready: string; config_update: string } {
    const ready = !!ep.config && ep.config.entities.length > 0 && ep.config.entities.every((e) => e.deployment === "DEPLOYMENT_READY");
    return { ready: ready ? "READY" : "NOT_READY", config_update: ep.configUpdate };
  }

  private renderConfig(c: Config, pending: boolean): Record<string, unknown> {
    return {
      config_version: c.version,
      ...(pending ? { start_time: c.startTime } : {}),
      served_entities: c.entities.map((e) => ({
        ...e.spec,
        state: { deployment: e.deployment, deployment_state_message: e.message },
        creator: CREATOR,
        creation_timestamp: e.created,
      })),
      traffic_config: { routes: c.routes },
    };
  }

  private render(ep: Endpoint): Record<string, unknown> {
    return {
      name: ep.name,
      id: ep.id,
      creator: CREATOR,
      creation_timestamp: ep.created,
      last_updated_timestamp: ep.updated,
      description: ep.description,
      state: this.state(ep),
      ...(ep.config ? { config: this.renderConfig(ep.config, false) } : {}),
      ...(ep.pending ? { pending_config: this.renderConfig(ep.pending, true) } : {}),
      ...(ep.aiGateway ? { ai_gateway: ep.aiGateway } : {}),
      ...(ep.tags.length ? { tags: ep.tags } : {}),
      ...(ep.task ? { task: ep.task } : {}),
      permission_level: "CAN_MANAGE",
      route_optimized: ep.routeOptimized,
      ...(ep.routeOptimized ? this.dataPlane(ep) : {}),
    };
  }

  /** Choice: the data plane is this server under /ro/<endpoint id> (a real one has its own host). */
  private dataPlane(ep: Endpoint): Record<string, unknown> {
    const url = `${this.baseUrl()}/ro/${ep.id}/serving-endpoints/${ep.name}/invocations`;
    return { endpoint_url: url, data_plane_info: { query_info: { endpoint_url: url, authorization_details: "[]" } } };
  }
}
