// The workspace's named objects that `lint --online` asks about, seeded from the
// scenario and served on their real paths (databricks-sdk-py service/*.py).

import type { Timeline } from "./timeline.js";
import type { Denial } from "./registry.js";
import type { WorkspaceSeed } from "./scenario.js";
import { UnityCatalog } from "./unity-catalog.js";
import { VectorSearch } from "./vector-search.js";
import { SqlObjects } from "./sql-objects.js";
import { Secrets } from "./secrets.js";
import { ok } from "./respond.js";
import { seg, type Route } from "./route.js";

export class WorkspaceObjects {
  readonly uc: UnityCatalog;
  readonly vs: VectorSearch;
  readonly sql: SqlObjects;
  readonly secrets: Secrets;

  constructor(timeline: Timeline, denied: () => readonly Denial[], baseUrl: () => string) {
    this.uc = new UnityCatalog(timeline, denied);
    this.vs = new VectorSearch(timeline, denied, baseUrl);
    this.sql = new SqlObjects(timeline, denied);
    this.secrets = new Secrets(timeline, denied);
  }

  /** Adds what the seed names; existing objects stay (a seed never deletes). */
  seed(seed: WorkspaceSeed | undefined): void {
    for (const v of seed?.modelVersions ?? []) this.uc.addVersion(v.model, v.version, v.status);
    for (const f of seed?.functions ?? []) if (!this.uc.functions.has(f)) this.uc.addFunction(f);
    for (const i of seed?.vectorSearchIndexes ?? []) if (!this.vs.indexes.has(i.name)) this.vs.addIndex(i.name, i.endpoint);
    for (const w of seed?.warehouses ?? []) if (!this.sql.warehouses.has(w.id)) this.sql.createWarehouse({ name: w.name }, w.id);
    for (const g of seed?.genieSpaces ?? []) {
      if (!this.sql.spaces.has(g.id)) this.sql.createSpace({ warehouse_id: g.warehouseId, ...(g.title ? { title: g.title } : {}) }, g.id);
    }
    for (const s of seed?.secretScopes ?? []) this.secrets.seed(s.name, s.keys);
  }

  routes(): Route[] {
    const S = "([^/]+)";
    const UC = "/api/2\\.1/unity-catalog";
    const VS = "/api/2\\.0/vector-search";
    const { uc, vs, sql, secrets } = this;
    return [
      ["POST", new RegExp(`^${UC}/models$`), (c) => ok(uc.createModel(c.json()))],
      ["GET", new RegExp(`^${UC}/models/${S}$`), (c) => ok(uc.getModel(seg(c, 1)))],
      ["GET", new RegExp(`^${UC}/models/${S}/versions/${S}$`), (c) => ok(uc.getVersion(seg(c, 1), seg(c, 2)))],
      ["POST", new RegExp(`^${UC}/functions$`), (c) => ok(uc.createFunction(c.json()))],
      ["GET", new RegExp(`^${UC}/functions/${S}$`), (c) => ok(uc.getFunction(seg(c, 1)))],
      ["POST", new RegExp(`^${VS}/endpoints$`), (c) => ok(vs.createEndpoint(c.json()))],
      ["GET", new RegExp(`^${VS}/endpoints$`), () => ok(vs.listEndpoints())],
      ["GET", new RegExp(`^${VS}/endpoints/${S}$`), (c) => ok(vs.getEndpoint(seg(c, 1)))],
      ["POST", new RegExp(`^${VS}/indexes$`), (c) => ok(vs.createIndex(c.json()))],
      ["GET", new RegExp(`^${VS}/indexes/${S}$`), (c) => ok(vs.getIndex(seg(c, 1)))],
      ["POST", /^\/api\/2\.0\/sql\/warehouses$/, (c) => ok(sql.createWarehouse(c.json()))],
      ["GET", /^\/api\/2\.0\/sql\/warehouses$/, () => ok(sql.listWarehouses())],
      ["GET", new RegExp(`^/api/2\\.0/sql/warehouses/${S}$`), (c) => ok(sql.getWarehouse(seg(c, 1)))],
      ["POST", /^\/api\/2\.0\/genie\/spaces$/, (c) => ok(sql.createSpace(c.json()))],
      ["GET", new RegExp(`^/api/2\\.0/genie/spaces/${S}$`), (c) => ok(sql.getSpace(seg(c, 1)))],
      ["POST", /^\/api\/2\.0\/secrets\/scopes\/create$/, (c) => ok(secrets.createScope(c.json()))],
      ["GET", /^\/api\/2\.0\/secrets\/scopes\/list$/, () => ok(secrets.listScopes())],
      ["POST", /^\/api\/2\.0\/secrets\/put$/, (c) => ok(secrets.put(c.json()))],
      ["GET", /^\/api\/2\.0\/secrets\/list$/, (c) => ok(secrets.list(c.query.get("scope")))],
    ];
  }
}
