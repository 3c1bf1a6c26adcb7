// The read APIs `lint --online` asks, on their real paths (databricks-sdk-py
// service/*.py): created through the real create APIs or the scenario; 404 when
// missing, 403 PERMISSION_DENIED when the scenario denies the caller; errors carry details.

import { describe, it, expect } from "vitest";
import { startEmulator, type Emulator, type ScenarioInput } from "../../src/emulator/index.js";

type Answer = { status: number; json: Record<string, any> };
async function withEmu(scenario: ScenarioInput, fn: (api: (m: string, p: string, b?: unknown) => Promise<Answer>, emu: Emulator) => Promise<void>): Promise<void> {
  const emu = await startEmulator({ scenario });
  const api = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`${emu.url}${path}`, { method, headers: { authorization: `Bearer ${emu.token}` }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  try {
    await fn(api, emu);
  } finally {
    await emu.close();
  }
}

describe("emulated workspace objects", () => {
  it("UC model versions from the scenario; a missing version or model is 404 with details", async () => {
    await withEmu({ workspace: { modelVersions: [{ model: "main.agents.support", version: 7 }] } }, async (api) => {
      const v = await api("GET", "/api/2.1/unity-catalog/models/main.agents.support/versions/7");
      expect(v.status).toBe(200);
      expect(v.json).toMatchObject({ catalog_name: "main", schema_name: "agents", model_name: "support", version: 7, status: "READY" });
      const missing = await api("GET", "/api/2.1/unity-catalog/models/main.agents.support/versions/8");
      expect(missing.status).toBe(404);
      expect(missing.json.error_code).toBe("RESOURCE_DOES_NOT_EXIST");
      expect(missing.json.details).toEqual([
        expect.objectContaining({ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RESOURCE_DOES_NOT_EXIST" }),
        expect.objectContaining({ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: expect.any(String) }),
      ]);
      expect((await api("GET", "/api/2.1/unity-catalog/models/main.agents.other/versions/1")).status).toBe(404);
    });
  });

  it("registered models and functions through the real create APIs", async () => {
    await withEmu({}, async (api) => {
      expect((await api("POST", "/api/2.1/unity-catalog/models", { name: "m", catalog_name: "main", schema_name: "s" })).json.full_name).toBe("main.s.m");
      expect((await api("GET", "/api/2.1/unity-catalog/models/main.s.m")).status).toBe(200);
      expect((await api("POST", "/api/2.1/unity-catalog/models", { name: "m", catalog_name: "main", schema_name: "s" })).status).toBe(409);
      const f = await api("POST", "/api/2.1/unity-catalog/functions", { function_info: { name: "lookup", catalog_name: "main", schema_name: "s" } });
      expect(f.json.full_name).toBe("main.s.lookup");
      expect((await api("GET", "/api/2.1/unity-catalog/functions/main.s.lookup")).status).toBe(200);
      expect((await api("GET", "/api/2.1/unity-catalog/functions/main.s.nope")).status).toBe(404);
    });
  });

  it("vector search: an index needs its endpoint; get answers status.ready", async () => {
    await withEmu({}, async (api) => {
      const spec = { name: "main.s.docs", endpoint_name: "vs", primary_key: "id", index_type: "DELTA_SYNC" };
      expect((await api("POST", "/api/2.0/vector-search/indexes", spec)).status).toBe(404);
      expect((await api("POST", "/api/2.0/vector-search/endpoints", { name: "vs", endpoint_type: "STANDARD" })).json.endpoint_status).toEqual({ state: "ONLINE" });
      expect((await api("POST", "/api/2.0/vector-search/indexes", spec)).status).toBe(200);
      const got = await api("GET", "/api/2.0/vector-search/indexes/main.s.docs");
      expect(got.json).toMatchObject({ name: "main.s.docs", endpoint_name: "vs", status: { ready: true } });
      expect((await api("GET", "/api/2.0/vector-search/endpoints/vs")).json.num_indexes).toBe(1);
      expect((await api("GET", "/api/2.0/vector-search/indexes/main.s.other")).status).toBe(404);
    });
  });

  it("warehouses and Genie spaces: created, read by id, 404 when unknown", async () => {
    await withEmu({}, async (api) => {
      const { json: wh } = await api("POST", "/api/2.0/sql/warehouses", { name: "wh", cluster_size: "2X-Small" });
      expect((await api("GET", `/api/2.0/sql/warehouses/${wh.id}`)).json).toMatchObject({ id: wh.id, name: "wh", state: "RUNNING" });
      const { json: space } = await api("POST", "/api/2.0/genie/spaces", { warehouse_id: wh.id, serialized_space: "{}", title: "Sales" });
      expect((await api("GET", `/api/2.0/genie/spaces/${space.space_id}`)).json).toMatchObject({ title: "Sales", warehouse_id: wh.id });
      expect((await api("GET", "/api/2.0/genie/spaces/0000")).status).toBe(404);
      expect((await api("GET", "/api/2.0/sql/warehouses/0000")).status).toBe(404);
    });
  });

  it("secrets: scopes and keys through the real APIs; values never echoed or logged", async () => {
    await withEmu({}, async (api, emu) => {
      expect((await api("GET", "/api/2.0/secrets/scopes/list")).json).toEqual({});
      await api("POST", "/api/2.0/secrets/scopes/create", { scope: "support" });
      expect((await api("POST", "/api/2.0/secrets/scopes/create", { scope: "support" })).json.error_code).toBe("RESOURCE_ALREADY_EXISTS");
      await api("POST", "/api/2.0/secrets/put", { scope: "support", key: "vendor_key", string_value: "s3cr3t-value" });
      expect((await api("GET", "/api/2.0/secrets/scopes/list")).json.scopes).toEqual([{ name: "support", backend_type: "DATABRICKS" }]);
      const keys = await api("GET", "/api/2.0/secrets/list?scope=support");
      expect(keys.json.secrets.map((s: { key: string }) => s.key)).toEqual(["vendor_key"]);
      expect(JSON.stringify(keys.json)).not.toContain("s3cr3t-value");
      expect(JSON.stringify(emu.log.entries)).not.toContain("s3cr3t-value");
      const missing = await api("GET", "/api/2.0/secrets/list?scope=nope");
      expect([missing.status, missing.json.message]).toEqual([404, "Scope nope does not exist!"]);
    });
  });

  it("a denied object answers 403 PERMISSION_DENIED naming the privilege, whether it exists or not", async () => {
    const scenario: ScenarioInput = {
      workspace: {
        functions: ["main.s.f"],
        denied: [{ kind: "function", name: "main.s.f" }, { kind: "secret_scope", name: "ghost" }],
      },
    };
    await withEmu(scenario, async (api) => {
      const f = await api("GET", "/api/2.1/unity-catalog/functions/main.s.f");
      expect([f.status, f.json.error_code]).toEqual([403, "PERMISSION_DENIED"]);
      expect(f.json.message).toMatch(/EXECUTE on function 'main\.s\.f'/);
      expect((await api("GET", "/api/2.0/secrets/list?scope=ghost")).status).toBe(403);
    });
  });

  it("the scenario can add objects later (PUT /_emulator/scenario) without dropping earlier ones", async () => {
    await withEmu({ workspace: { functions: ["main.s.a"] } }, async (api, emu) => {
      emu.setScenario({ workspace: { functions: ["main.s.b"], secretScopes: [{ name: "sc", keys: ["k"] }] } });
      expect((await api("GET", "/api/2.1/unity-catalog/functions/main.s.a")).status).toBe(200);
      expect((await api("GET", "/api/2.1/unity-catalog/functions/main.s.b")).status).toBe(200);
      expect((await api("GET", "/api/2.0/secrets/list?scope=sc")).json.secrets).toHaveLength(1);
    });
  });
});

describe("serving a UC model version that does not exist", () => {
  it("is refused with 404 when Unity Catalog knows the model; an unknown model is accepted (see README)", async () => {
    await withEmu({ workspace: { modelVersions: [{ model: "main.a.m", version: 1 }, { model: "main.a.m", version: 2, status: "PENDING_REGISTRATION" }] } }, async (api) => {
      const body = (model: string, version: string) => ({ name: `ep-${model.split(".").pop()}-${version}`, config: { served_entities: [{ entity_name: model, entity_version: version, workload_size: "Small", scale_to_zero_enabled: true }] } });
      const missing = await api("POST", "/api/2.0/serving-endpoints", body("main.a.m", "9"));
      expect([missing.status, missing.json.error_code, missing.json.message]).toEqual([404, "RESOURCE_DOES_NOT_EXIST", "Model version 9 of 'main.a.m' does not exist."]);
      expect((await api("POST", "/api/2.0/serving-endpoints", body("main.a.m", "2"))).json.message).toMatch(/PENDING_REGISTRATION/);
      expect((await api("POST", "/api/2.0/serving-endpoints", body("main.a.m", "1"))).status).toBe(200);
      expect((await api("POST", "/api/2.0/serving-endpoints", body("main.other.m", "3"))).status).toBe(200);
    });
  });
});
