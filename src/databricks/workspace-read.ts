// Read-only questions `lint --online` asks the workspace: does this model
// version, index, function, Genie space, warehouse, secret scope/key or job exist?
// Paths and shapes from databricks-sdk-py (service/catalog.py, vectorsearch.py,
// dashboards.py, sql.py, workspace.py, jobs.py, serving.py). Each answer says what
// the workspace said: found, missing (404, or the Jobs API's 400 "does not exist"),
// or denied (403 PERMISSION_DENIED). Anything else (bad credentials, outage after
// retries) is thrown: no question can then be answered truthfully.

import { z } from "zod";
import type { HttpClient } from "./http.js";
import { DatabricksApiError } from "./errors.js";

export type ReadAnswer =
  | { state: "found" }
  | { state: "missing"; message: string }
  | { state: "denied"; message: string };

const Loose = z.looseObject({});
const SecretsList = z.looseObject({ secrets: z.array(z.looseObject({ key: z.string() })).optional() });
const EndpointsList = z.looseObject({ endpoints: z.array(z.looseObject({ name: z.string() })).optional() });
const JobsPage = z.looseObject({
  jobs: z.array(z.looseObject({ job_id: z.number() })).optional(),
  has_more: z.boolean().optional(),
  next_page_token: z.string().optional(),
});

const seg = encodeURIComponent;

export class WorkspaceReader {
  constructor(private readonly http: HttpClient) {}

  get host(): string {
    return this.http.host;
  }

  /** Every serving endpoint's name (one request; the list is not paginated). */
  async endpointNames(): Promise<{ names: string[] } | Exclude<ReadAnswer, { state: "found" }>> {
    const got = await this.ask(() => this.http.request({ method: "GET", path: "/api/2.0/serving-endpoints", schema: EndpointsList, idempotent: true }));
    return "ok" in got ? { names: (got.ok.endpoints ?? []).map((e) => e.name) } : got;
  }

  modelVersion(fullName: string, version: string): Promise<ReadAnswer> {
    return this.exists(`/api/2.1/unity-catalog/models/${seg(fullName)}/versions/${seg(version)}`);
  }

  vectorSearchIndex(name: string): Promise<ReadAnswer> {
    return this.exists(`/api/2.0/vector-search/indexes/${seg(name)}`);
  }

  function(fullName: string): Promise<ReadAnswer> {
    return this.exists(`/api/2.1/unity-catalog/functions/${seg(fullName)}`);
  }

  genieSpace(id: string): Promise<ReadAnswer> {
    return this.exists(`/api/2.0/genie/spaces/${seg(id)}`);
  }

  sqlWarehouse(id: string): Promise<ReadAnswer> {
    return this.exists(`/api/2.0/sql/warehouses/${seg(id)}`);
  }

  /** The scope's key names (needs READ on the scope), or why not. */
  async secretKeys(scope: string): Promise<{ keys: string[] } | Exclude<ReadAnswer, { state: "found" }>> {
    const got = await this.ask(() => this.http.request({ method: "GET", path: "/api/2.0/secrets/list", query: { scope }, schema: SecretsList, idempotent: true }));
    return "ok" in got ? { keys: (got.ok.secrets ?? []).map((s) => s.key) } : got;
  }

  /** A job by numeric id, or the ids of the jobs with this exact name. */
  async job(nameOrId: string, apiVersion: "2.1" | "2.2" = "2.2"): Promise<{ ids: number[] } | Exclude<ReadAnswer, { state: "found" }>> {
    if (/^\d+$/.test(nameOrId)) {
      const got = await this.exists(`/api/${apiVersion}/jobs/get`, { job_id: nameOrId });
      return got.state === "found" ? { ids: [Number(nameOrId)] } : got;
    }
    const ids: number[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.http.request({
        method: "GET", path: `/api/${apiVersion}/jobs/list`, query: { name: nameOrId, limit: 100, page_token: pageToken }, schema: JobsPage, idempotent: true,
      });
      ids.push(...(page.jobs ?? []).map((j) => j.job_id));
      pageToken = page.has_more ? page.next_page_token : undefined;
    } while (pageToken);
    return { ids };
  }

  private async exists(path: string, query?: Record<string, string>): Promise<ReadAnswer> {
    const got = await this.ask(() => this.http.request({ method: "GET", path, ...(query ? { query } : {}), schema: Loose, idempotent: true }));
    return "ok" in got ? { state: "found" } : got;
  }

  private async ask<T>(call: () => Promise<T>): Promise<{ ok: T } | Exclude<ReadAnswer, { state: "found" }>> {
    try {
      return { ok: await call() };
    } catch (err) {
      if (!(err instanceof DatabricksApiError)) throw err;
      const said = `HTTP ${err.status} ${String(err.errorCode ?? "")}: ${err.apiMessage}`.replace(/ :/, ":");
      if (err.isNotFound || (err.status === 400 && /does not exist/i.test(err.apiMessage))) return { state: "missing", message: said };
      // A string PERMISSION_DENIED is about the object; the gateway's numeric 403 is a bad token (thrown).
      if (err.status === 403 && typeof err.errorCode === "string") return { state: "denied", message: said };
      throw err;
    }
  }
}
