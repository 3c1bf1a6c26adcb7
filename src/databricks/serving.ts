// Serving endpoints API (§1). Every response is parsed at the edge.

import type { HttpClient } from "./http.js";
import type { z } from "zod";
import { DatabricksApiError } from "./errors.js";
import {
  AiGatewayResponse,
  InvocationResponse,
  LogsResponse,
  ServingEndpointDetailed,
  ServingEndpointList,
  TagsResponse,
  type CreateServingEndpoint,
  type EndpointCoreConfigInput,
  type ServedEntityOutput,
} from "./serving-schemas.js";
import { EmptyResponse } from "./api-schema.js";

const BASE = "/api/2.0/serving-endpoints";
const seg = encodeURIComponent;

export class ServingEndpoints {
  constructor(private readonly http: HttpClient) {}

  get(name: string): Promise<ServingEndpointDetailed> {
    return this.http.request({ method: "GET", path: `${BASE}/${seg(name)}`, schema: ServingEndpointDetailed, idempotent: true });
  }

  /** The endpoint, or undefined when it does not exist. */
  async find(name: string): Promise<ServingEndpointDetailed | undefined> {
    try {
      return await this.get(name);
    } catch (err) {
      if (err instanceof DatabricksApiError && err.isNotFound) return undefined;
      throw err;
    }
  }

  async list(): Promise<z.infer<typeof ServingEndpointList>["endpoints"] & object> {
    const res = await this.http.request({ method: "GET", path: BASE, schema: ServingEndpointList, idempotent: true });
    return res.endpoints ?? [];
  }

  /**
   * Creates an endpoint. The request is retried on ambiguous failures; if a retry
   * meets 409 (our first attempt had created it), the endpoint is read instead.
   */
  async create(body: CreateServingEndpoint): Promise<ServingEndpointDetailed> {
    try {
      return await this.http.request({ method: "POST", path: BASE, json: body, schema: ServingEndpointDetailed, idempotent: true });
    } catch (err) {
      if (err instanceof DatabricksApiError && err.isConflict && err.attempts > 1) return this.get(body.name);
      throw err;
    }
  }

  /**
   * Replaces the endpoint's core config. A 409 after a retry means our first
   * attempt started the update: read the endpoint and accept it if it is rolling
   * out (or already serving) exactly the entities we asked for.
   */
  async updateConfig(name: string, config: EndpointCoreConfigInput): Promise<ServingEndpointDetailed> {
    const { name: _ignored, ...body } = config; // the name is the path; SDK-go never sends it
    try {
      return await this.http.request({
        method: "PUT",
        path: `${BASE}/${seg(name)}/config`,
        json: body,
        schema: ServingEndpointDetailed,
        idempotent: true,
      });
    } catch (err) {
      if (err instanceof DatabricksApiError && err.isConflict && err.attempts > 1) {
        const ep = await this.get(name);
        const target = ep.pending_config?.served_entities ?? ep.config?.served_entities ?? [];
        if (sameEntities(target, config.served_entities ?? [])) return ep;
      }
      throw err;
    }
  }

  delete(name: string): Promise<unknown> {
    return this.http.request({ method: "DELETE", path: `${BASE}/${seg(name)}`, schema: EmptyResponse, idempotent: true });
  }

  putAiGateway(name: string, gateway: Record<string, unknown>): Promise<z.infer<typeof AiGatewayResponse>> {
    return this.http.request({
      method: "PUT",
      path: `${BASE}/${seg(name)}/ai-gateway`,
      json: gateway,
      schema: AiGatewayResponse,
      idempotent: true, // full replace
    });
  }

  async patchTags(name: string, add: { key: string; value?: string }[], remove: string[] = []): Promise<{ key: string; value?: string | undefined }[]> {
    const res = await this.http.request({
      method: "PATCH",
      path: `${BASE}/${seg(name)}/tags`,
      json: { add_tags: add, delete_tags: remove },
      schema: TagsResponse,
      idempotent: true, // add overwrites, delete of a missing key is a no-op
    });
    return res.tags ?? [];
  }

  /** Container build output of a served entity (path says served-models even for entities). */
  async buildLogs(name: string, servedEntityName: string): Promise<string> {
    const res = await this.http.request({
      method: "GET",
      path: `${BASE}/${seg(name)}/served-models/${seg(servedEntityName)}/build-logs`,
      schema: LogsResponse,
      idempotent: true,
    });
    return res.logs ?? "";
  }

  async serverLogs(name: string, servedEntityName: string): Promise<string> {
    const res = await this.http.request({
      method: "GET",
      path: `${BASE}/${seg(name)}/served-models/${seg(servedEntityName)}/logs`,
      schema: LogsResponse,
      idempotent: true,
    });
    return res.logs ?? "";
  }

  /**
   * Queries the endpoint on the workspace (a route-optimized one: serving-data-plane.ts).
   * Not repeated on ambiguous failures: an agent may act on a request.
   */
  query(name: string, body: unknown): Promise<InvocationResponse> {
    return this.http.request({
      method: "POST",
      path: `/serving-endpoints/${seg(name)}/invocations`,
      json: body,
      schema: InvocationResponse,
      idempotent: false,
    });
  }
}

function sameEntities(served: ServedEntityOutput[], wanted: NonNullable<EndpointCoreConfigInput["served_entities"]>): boolean {
  const key = (e: { entity_name?: string | undefined; entity_version?: string | undefined }): string => `${e.entity_name}@${e.entity_version}`;
  const a = served.map(key).sort();
  const b = wanted.map(key).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
