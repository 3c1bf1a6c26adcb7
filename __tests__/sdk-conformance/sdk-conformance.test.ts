// The official Databricks SDK for JavaScript drives the emulator for the operations
// we emulate, so a real client keeps agreeing with it. The SDK lives in this folder
// only (engine warning, size): install it with
//   npm ci --prefix __tests__/sdk-conformance
// Without it the suite is skipped, saying so.

import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator/index.js";

const SDK_DIR = path.join(import.meta.dirname, "node_modules/@databricks/sdk-experimental");
const installed = existsSync(SDK_DIR);
if (!installed) console.warn("sdk-conformance skipped: run `npm ci --prefix __tests__/sdk-conformance` to install @databricks/sdk-experimental");

/** What this test uses of the SDK, typed here so typecheck passes without it installed. */
type Iter<T> = AsyncIterable<T>;
interface Waiter<T> {
  response?: T;
}
interface Sdk {
  WorkspaceClient: new (config: Record<string, unknown>) => {
    servingEndpoints: { create(r: unknown): Promise<unknown>; get(r: { name: string }): Promise<{ name?: string; state?: { config_update?: string } }>; list(): Iter<{ name?: string }> };
    jobs: { create(r: unknown): Promise<{ job_id?: number }>; runNow(r: unknown): Promise<Waiter<{ run_id?: number }> & { run_id?: number }>; getRun(r: { run_id: number }): Promise<{ state?: { life_cycle_state?: string }; status?: { queue_details?: { code?: string } } }>; list(r: unknown): Iter<{ job_id?: number; settings?: { name?: string } }> };
    secrets: { createScope(r: unknown): Promise<unknown>; putSecret(r: unknown): Promise<unknown>; listScopes(): Iter<{ name?: string }>; listSecrets(r: { scope: string }): Iter<{ key?: string }> };
    registeredModels: { create(r: unknown): Promise<{ full_name?: string }> };
    modelVersions: { get(r: { full_name: string; version: number }): Promise<{ version?: number; status?: string }> };
    functions: { create(r: unknown): Promise<{ full_name?: string }>; get(r: { name: string }): Promise<{ full_name?: string }> };
    vectorSearchIndexes: { createIndex(r: unknown): Promise<unknown>; getIndex(r: { index_name: string }): Promise<{ name?: string; status?: { ready?: boolean } }> };
    warehouses: { get(r: { id: string }): Promise<{ id?: string; state?: string }> };
    genie: { getSpace(r: { space_id: string }): Promise<{ space_id?: string; title?: string }> };
  };
}
type Client = InstanceType<Sdk["WorkspaceClient"]>;

async function all<T>(it: Iter<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function failure(p: Promise<unknown>): Promise<{ errorCode?: string; statusCode?: number; message: string; response?: unknown }> {
  try {
    await p;
  } catch (err) {
    return err as { errorCode?: string; statusCode?: number; message: string; response?: unknown };
  }
  throw new Error("expected the call to fail");
}

describe.skipIf(!installed)("Databricks SDK for JavaScript against the emulator", () => {
  let emu: Emulator;
  let w: Client;
  beforeAll(async () => {
    emu = await startEmulator({
      scenario: {
        workspace: {
          modelVersions: [{ model: "main.agents.support", version: 3 }],
          vectorSearchIndexes: [{ name: "main.support.docs", endpoint: "vs" }],
          warehouses: [{ id: "abc123", name: "wh" }],
          genieSpaces: [{ id: "space1", title: "Sales", warehouseId: "abc123" }],
        },
      },
    });
    const sdk = (await import(path.join(SDK_DIR, "dist/index.js"))) as Sdk;
    w = new sdk.WorkspaceClient({ host: emu.url, token: emu.token, authType: "pat" });
  });
  afterAll(() => emu?.close());

  it("serving endpoints: create, get, list; a missing one is ResourceDoesNotExist", async () => {
    await w.servingEndpoints.create({ name: "sdk-ep", config: { served_entities: [{ entity_name: "main.agents.support", entity_version: "3", workload_size: "Small", scale_to_zero_enabled: true }] } });
    expect((await w.servingEndpoints.get({ name: "sdk-ep" })).state?.config_update).toBe("IN_PROGRESS");
    expect((await all(w.servingEndpoints.list())).map((e) => e.name)).toContain("sdk-ep");
    const err = await failure(w.servingEndpoints.get({ name: "nope" }));
    expect(err.statusCode).toBe(404);
    // SDK 0.17 bug, met on real workspaces too: its error parser reads `metadata` of every
    // detail, RequestInfo has none, so it falls back to the HTTP reason phrase as errorCode.
    expect(err.errorCode).toBe("Not Found");
    expect(String(err.response)).toContain('"error_code":"RESOURCE_DOES_NOT_EXIST"');
  });

  it("jobs: create, run-now, get-run (the second run queues), list by name", async () => {
    const { job_id } = await w.jobs.create({ name: "sdk-job", tasks: [{ task_key: "t", spark_python_task: { python_file: "/x.py" } }] });
    const first = await w.jobs.runNow({ job_id });
    const second = await w.jobs.runNow({ job_id });
    const runId = (r: typeof first) => r.response?.run_id ?? r.run_id ?? 0;
    expect(runId(first)).toBeGreaterThan(0);
    const queued = await w.jobs.getRun({ run_id: runId(second) });
    expect(queued.status?.queue_details?.code).toBe("MAX_CONCURRENT_RUNS_REACHED");
    expect((await all(w.jobs.list({ name: "sdk-job" }))).map((j) => j.job_id)).toEqual([job_id]);
  });

  it("secrets: scopes and keys", async () => {
    await w.secrets.createScope({ scope: "sdk" });
    await w.secrets.putSecret({ scope: "sdk", key: "k", string_value: "v" });
    expect((await all(w.secrets.listScopes())).map((s) => s.name)).toContain("sdk");
    expect((await all(w.secrets.listSecrets({ scope: "sdk" }))).map((s) => s.key)).toEqual(["k"]);
    expect((await failure(all(w.secrets.listSecrets({ scope: "ghost" })))).statusCode).toBe(404);
  });

  it("Unity Catalog: registered models, model versions, functions", async () => {
    expect((await w.registeredModels.create({ name: "m", catalog_name: "main", schema_name: "s" })).full_name).toBe("main.s.m");
    expect(await w.modelVersions.get({ full_name: "main.agents.support", version: 3 })).toMatchObject({ version: 3, status: "READY" });
    const missing = await failure(w.modelVersions.get({ full_name: "main.agents.support", version: 4 }));
    expect([missing.statusCode, String(missing.response)]).toEqual([404, expect.stringContaining("RESOURCE_DOES_NOT_EXIST")]);
    await w.functions.create({ function_info: { name: "f", catalog_name: "main", schema_name: "s" } });
    expect((await w.functions.get({ name: "main.s.f" })).full_name).toBe("main.s.f");
  });

  it("vector search indexes, SQL warehouses, Genie spaces", async () => {
    expect((await w.vectorSearchIndexes.getIndex({ index_name: "main.support.docs" })).status?.ready).toBe(true);
    expect((await w.warehouses.get({ id: "abc123" })).state).toBe("RUNNING");
    expect((await w.genie.getSpace({ space_id: "space1" })).title).toBe("Sales");
  });
});
