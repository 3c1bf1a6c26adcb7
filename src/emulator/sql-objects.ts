// SQL warehouses and the Genie spaces built on them, created through the real
// create APIs or the scenario. Choice (unconfirmed): a warehouse is RUNNING at once.

import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Timeline } from "./timeline.js";
import { CALLER, Registry, type Denial } from "./registry.js";
import { parseBody } from "./parse.js";

const CreateWarehouse = z.looseObject({ name: z.string(), cluster_size: z.string().optional() });
const CreateSpace = z.looseObject({ warehouse_id: z.string(), serialized_space: z.string().optional(), title: z.string().optional() });

export class SqlObjects {
  readonly warehouses: Registry<{ id: string; spec: Record<string, unknown> }>;
  readonly spaces: Registry<{ id: string; title: string; warehouseId: string; created: number }>;

  constructor(
    private readonly timeline: Timeline,
    denied: () => readonly Denial[],
  ) {
    // The real not-found answers are unconfirmed; 404 RESOURCE_DOES_NOT_EXIST like the other APIs.
    this.warehouses = new Registry("sql_warehouse", (id) => `Warehouse ${id} does not exist.`, (id) => `CAN USE on warehouse ${id}`, denied);
    this.spaces = new Registry("genie_space", (id) => `Genie space ${id} does not exist.`, (id) => `CAN VIEW on Genie space ${id}`, denied);
  }

  createWarehouse(raw: unknown, id = randomBytes(8).toString("hex")): { id: string } {
    const body = parseBody(CreateWarehouse, raw);
    this.warehouses.set(id, { id, spec: { cluster_size: "Small", ...body } });
    return { id };
  }

  getWarehouse(id: string): unknown {
    const w = this.warehouses.require(id);
    return { ...w.spec, id, creator_name: CALLER, state: "RUNNING", num_clusters: 1, num_active_sessions: 0, jdbc_url: `jdbc:databricks://emulator:443/default;httpPath=/sql/1.0/warehouses/${id}` };
  }

  listWarehouses(): unknown {
    return { warehouses: this.warehouses.values().map((w) => this.getWarehouse(w.id)) };
  }

  createSpace(raw: unknown, id = randomBytes(16).toString("hex")): unknown {
    const body = parseBody(CreateSpace, raw);
    if (!this.warehouses.find(body.warehouse_id)) this.warehouses.require(body.warehouse_id); // 404 (a denial does not stop seeding)
    this.spaces.set(id, { id, title: body.title ?? "Untitled space", warehouseId: body.warehouse_id, created: this.timeline.now() });
    return this.getSpace(id);
  }

  getSpace(id: string): unknown {
    const s = this.spaces.require(id);
    const time = new Date(s.created).toISOString();
    return { space_id: s.id, title: s.title, warehouse_id: s.warehouseId, create_time: time, update_time: time };
  }
}
