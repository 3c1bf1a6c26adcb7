// Vector search endpoints and indexes, created through the real create APIs or
// the scenario. Choice (unconfirmed): an endpoint is ONLINE and an index ready at
// once; provisioning and syncing times do not matter to what we test.

import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Timeline } from "./timeline.js";
import { CALLER, Registry, type Denial } from "./registry.js";
import { ReplyError, apiError } from "./respond.js";
import { parseBody } from "./parse.js";

const CreateEndpoint = z.looseObject({ name: z.string(), endpoint_type: z.enum(["STANDARD", "STORAGE_OPTIMIZED"]) });
const CreateIndex = z.looseObject({
  name: z.string(),
  endpoint_name: z.string(),
  primary_key: z.string(),
  index_type: z.enum(["DELTA_SYNC", "DIRECT_ACCESS"]),
});

interface EndpointRec {
  name: string;
  id: string;
  type: string;
  created: number;
}

export class VectorSearch {
  readonly endpoints: Registry<EndpointRec>;
  readonly indexes: Registry<{ spec: Record<string, unknown>; endpoint: EndpointRec }>;

  constructor(
    private readonly timeline: Timeline,
    denied: () => readonly Denial[],
    private readonly baseUrl: () => string,
  ) {
    this.endpoints = new Registry("vector_search_endpoint", (n) => `Vector search endpoint ${n} not found.`, (n) => `CAN USE on vector search endpoint '${n}'`, denied);
    this.indexes = new Registry("vector_search_index", (n) => `Index ${n} does not exist.`, (n) => `SELECT on index '${n}'`, denied);
  }

  createEndpoint(raw: unknown): unknown {
    const body = parseBody(CreateEndpoint, raw);
    if (this.endpoints.has(body.name)) throw new ReplyError(apiError(409, "ALREADY_EXISTS", `Vector search endpoint ${body.name} already exists.`));
    this.endpoints.set(body.name, { name: body.name, id: randomBytes(8).toString("hex"), type: body.endpoint_type, created: this.timeline.now() });
    return this.getEndpoint(body.name);
  }

  getEndpoint(name: string): unknown {
    const e = this.endpoints.require(name);
    const indexes = this.indexes.values().filter((i) => i.endpoint === e).length;
    return {
      name: e.name, id: e.id, endpoint_type: e.type, creator: CALLER, creation_timestamp: e.created, last_updated_timestamp: e.created,
      last_updated_user: CALLER, endpoint_status: { state: "ONLINE" }, num_indexes: indexes,
    };
  }

  listEndpoints(): unknown {
    return { endpoints: this.endpoints.values().map((e) => this.getEndpoint(e.name)) };
  }

  createIndex(raw: unknown): unknown {
    const body = parseBody(CreateIndex, raw);
    const endpoint = this.endpoints.require(body.endpoint_name);
    if (this.indexes.has(body.name)) throw new ReplyError(apiError(409, "ALREADY_EXISTS", `Index ${body.name} already exists.`));
    this.indexes.set(body.name, { spec: body, endpoint });
    return this.getIndex(body.name);
  }

  /** Scenario seeding: the endpoint is created when it is new. */
  addIndex(name: string, endpointName = "vs-endpoint"): void {
    if (!this.endpoints.has(endpointName)) this.createEndpoint({ name: endpointName, endpoint_type: "STANDARD" });
    const endpoint = this.endpoints.find(endpointName)!;
    this.indexes.set(name, { spec: { name, endpoint_name: endpointName, primary_key: "id", index_type: "DELTA_SYNC" }, endpoint });
  }

  getIndex(name: string): unknown {
    const i = this.indexes.require(name);
    return {
      ...i.spec,
      endpoint_id: i.endpoint.id,
      creator: CALLER,
      status: { ready: true, message: "Index is ready.", indexed_row_count: 0, index_url: `${this.baseUrl()}/api/2.0/vector-search/indexes/${name}` },
    };
  }
}
