// Behaviours where an emulator that was too lenient let a pipeline pass here and
// fail on a real workspace (issue 13): job concurrency and queueing, OAuth token
// lifetimes in real time.

import { describe, it, expect } from "vitest";
import { startEmulator, type Emulator, type ScenarioInput } from "../../src/emulator/index.js";
import { manualClock } from "./harness.js";

type Api = (method: string, path: string, body?: unknown, auth?: string) => Promise<{ status: number; json: Record<string, any> }>;

async function withEmu(scenario: ScenarioInput, fn: (api: Api, emu: Emulator) => Promise<void>, speed?: number): Promise<void> {
  const emu = await startEmulator(speed ? { speed, scenario } : { clock: manualClock(), scenario });
  const api: Api = async (method, path, body, auth = emu.token) => {
    const res = await fetch(`${emu.url}${path}`, { method, headers: { authorization: `Bearer ${auth}` }, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  try {
    await fn(api, emu);
  } finally {
    await emu.close();
  }
}

const PHASES = { defaults: { pendingMs: 1_000, jobRunMs: 5_000, cancelDelayMs: 500 } };

describe("jobs: max_concurrent_runs (default 1)", () => {
  it("a 2.2 job queues a second run (QUEUED with queue_details) until the first ends", async () => {
    await withEmu(PHASES, async (api, emu) => {
      const { json: job } = await api("POST", "/api/2.2/jobs/create", { name: "j", tasks: [{ task_key: "t" }] });
      const { json: a } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      const { json: b } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      const second = (await api("GET", `/api/2.2/jobs/runs/get?run_id=${b.run_id}`)).json;
      expect(second.state.life_cycle_state).toBe("QUEUED");
      expect(second.status).toMatchObject({ state: "QUEUED", queue_details: { code: "MAX_CONCURRENT_RUNS_REACHED" } });
      expect((await api("GET", `/api/2.2/jobs/runs/get?run_id=${a.run_id}`)).json.state.life_cycle_state).toBe("PENDING");
      await emu.clock.sleep(6_500); // the first run ends at 6 s
      const first = (await api("GET", `/api/2.2/jobs/runs/get?run_id=${a.run_id}`)).json;
      expect(first.state.result_state).toBe("SUCCESS");
      const promoted = (await api("GET", `/api/2.2/jobs/runs/get?run_id=${b.run_id}`)).json;
      expect(promoted.state.life_cycle_state).toBe("PENDING");
      expect(promoted.status.queue_details).toBeUndefined();
      await emu.clock.sleep(6_500);
      expect((await api("GET", `/api/2.2/jobs/runs/get?run_id=${b.run_id}`)).json.state.result_state).toBe("SUCCESS");
    });
  });

  it("a job without queueing skips the run over the limit; max_concurrent_runs 2 runs two at once", async () => {
    await withEmu(PHASES, async (api) => {
      const { json: noQueue } = await api("POST", "/api/2.1/jobs/create", { name: "old", tasks: [{ task_key: "t" }] });
      await api("POST", "/api/2.1/jobs/run-now", { job_id: noQueue.job_id });
      const { json: b } = await api("POST", "/api/2.1/jobs/run-now", { job_id: noQueue.job_id });
      const skipped = (await api("GET", `/api/2.1/jobs/runs/get?run_id=${b.run_id}`)).json;
      expect(skipped.state).toMatchObject({ life_cycle_state: "SKIPPED", result_state: "SKIPPED" });
      expect(skipped.status.termination_details.code).toBe("MAX_CONCURRENT_RUNS_EXCEEDED");

      const { json: two } = await api("POST", "/api/2.2/jobs/create", { name: "two", max_concurrent_runs: 2, tasks: [{ task_key: "t" }] });
      await api("POST", "/api/2.2/jobs/run-now", { job_id: two.job_id });
      const { json: d } = await api("POST", "/api/2.2/jobs/run-now", { job_id: two.job_id });
      expect((await api("GET", `/api/2.2/jobs/runs/get?run_id=${d.run_id}`)).json.state.life_cycle_state).toBe("PENDING");
    });
  });

  it("cancelling a queued run frees no slot for a third", async () => {
    await withEmu(PHASES, async (api, emu) => {
      const { json: job } = await api("POST", "/api/2.2/jobs/create", { name: "j", tasks: [{ task_key: "t" }] });
      await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      const { json: b } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      const { json: c } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      await api("POST", "/api/2.2/jobs/runs/cancel", { run_id: b.run_id });
      await emu.clock.sleep(1_000);
      expect((await api("GET", `/api/2.2/jobs/runs/get?run_id=${b.run_id}`)).json.state.result_state).toBe("CANCELED");
      expect((await api("GET", `/api/2.2/jobs/runs/get?run_id=${c.run_id}`)).json.state.life_cycle_state).toBe("QUEUED");
    });
  });
});

describe("OAuth token lifetimes run in real time", () => {
  it("at 100000x, a 60 s token still works after 30 emulated minutes", async () => {
    await withEmu(
      { auth: { tokenTtlSeconds: 60 } },
      async (api, emu) => {
        const res = await fetch(`${emu.url}/oidc/v1/token`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("emulator-sp:emulator-sp-secret").toString("base64")}` },
          body: "grant_type=client_credentials&scope=all-apis",
        });
        const token = ((await res.json()) as { access_token: string; expires_in: number }).access_token;
        const before = emu.clock.now();
        await new Promise((r) => setTimeout(r, 20));
        expect(emu.clock.now() - before).toBeGreaterThan(30 * 60_000);
        expect((await api("GET", "/api/2.0/serving-endpoints", undefined, token)).status).toBe(200);
      },
      100_000,
    );
  });
});

describe("invocations answer only the payload their model takes", () => {
  const serve = async (api: Api, emu: Emulator, name: string, model: string, task?: string) => {
    emu.setScenario({ endpoints: { [name]: { buildMs: 10, startMs: 10, ...(task ? { task } : {}) } } });
    await api("POST", "/api/2.0/serving-endpoints", { name, config: { served_entities: [{ entity_name: model, entity_version: "1", workload_size: "Small", scale_to_zero_enabled: true }] } });
    await emu.clock.sleep(100);
  };
  const ask = (api: Api, name: string, body: unknown) => api("POST", `/serving-endpoints/${name}/invocations`, body);

  it("a classic model refuses chat and Responses payloads and answers a dataframe", async () => {
    await withEmu({}, async (api, emu) => {
      await serve(api, emu, "scorer", "main.ml.churn");
      const chat = await ask(api, "scorer", { messages: [{ role: "user", content: "hi" }] });
      expect([chat.status, chat.json.error_code]).toEqual([400, "BAD_REQUEST"]);
      expect(chat.json.message).toMatch(/expected one of dataframe_split, dataframe_records, instances, inputs/);
      expect((await ask(api, "scorer", { input: [{ role: "user", content: "hi" }] })).status).toBe(400);
      expect((await ask(api, "scorer", { dataframe_records: [{ a: 1 }] })).json.predictions).toHaveLength(1);
    });
  });

  it("a ResponsesAgent wants input; a chat endpoint wants messages", async () => {
    await withEmu({}, async (api, emu) => {
      await serve(api, emu, "agent", "main.agents.support_agent");
      expect((await ask(api, "agent", { dataframe_split: { columns: ["a"], data: [[1]] } })).json.message).toMatch(/task agent\/v1\/responses.*`input` list/);
      expect((await ask(api, "agent", { input: [{ role: "user", content: "hi" }] })).json.object).toBe("response");
      await serve(api, emu, "chat", "main.models.chatty", "llm/v1/chat");
      expect((await ask(api, "chat", { input: [{ role: "user", content: "hi" }] })).status).toBe(400);
      expect((await ask(api, "chat", { messages: [{ role: "user", content: "hi" }] })).json.object).toBe("chat.completion");
    });
  });
});

describe("route-optimized endpoints", () => {
  it("carry endpoint_url and data_plane_info, and answer only there, with a token scoped to the endpoint (never the PAT or the workspace token)", async () => {
    await withEmu({ endpoints: { fast: { buildMs: 10, startMs: 10 } } }, async (api, emu) => {
      await api("POST", "/api/2.0/serving-endpoints", { name: "fast", route_optimized: true, config: { served_entities: [{ entity_name: "main.ml.churn", entity_version: "1", workload_size: "Small", scale_to_zero_enabled: true }] } });
      await emu.clock.sleep(100);
      const ep = (await api("GET", "/api/2.0/serving-endpoints/fast")).json;
      expect(ep.route_optimized).toBe(true);
      const url = String(ep.endpoint_url);
      expect(url).toMatch(new RegExp(`^${emu.url}/ro/[0-9a-f]+/serving-endpoints/fast/invocations$`));
      expect(ep.data_plane_info.query_info.endpoint_url).toBe(url);
      const body = { dataframe_records: [{ a: 1 }] };
      const workspacePath = await ask(api, "fast", body);
      expect([workspacePath.status, workspacePath.json.message]).toEqual([400, expect.stringMatching(/route-optimized: query it on its endpoint_url with an OAuth token/)]);
      const post = (auth: string) => fetch(url, { method: "POST", headers: { authorization: `Bearer ${auth}` }, body: JSON.stringify(body) });
      expect((await post(emu.token)).status).toBe(401);
      const tok = await fetch(`${emu.url}/oidc/v1/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from("emulator-sp:emulator-sp-secret").toString("base64")}` },
        body: "grant_type=client_credentials&scope=all-apis",
      });
      const workspaceToken = ((await tok.json()) as { access_token: string }).access_token;
      expect((await post(workspaceToken)).status).toBe(401);
      const details = String(ep.data_plane_info.query_info.authorization_details);
      expect(JSON.parse(details)).toEqual([{ type: "workspace_permission", object_type: "serving-endpoints", object_path: `/serving-endpoints/${ep.id}`, actions: ["query_inference_endpoint"] }]);
      const scoped = await fetch(`${emu.url}/oidc/v1/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", authorization_details: details, assertion: workspaceToken }).toString(),
      });
      const scopedToken = ((await scoped.json()) as { access_token: string }).access_token;
      const answer = await post(scopedToken);
      expect(answer.status).toBe(200);
      // The scoped token is for that data plane only, not for the workspace API.
      expect((await fetch(`${emu.url}/api/2.0/serving-endpoints`, { headers: { authorization: `Bearer ${scopedToken}` } })).status).toBe(403);
      expect(((await answer.json()) as { predictions: unknown[] }).predictions).toHaveLength(1);
      // A classic endpoint has neither field.
      expect(Object.keys((await api("GET", "/api/2.0/serving-endpoints")).json.endpoints[0])).not.toContain("endpoint_url");
    });
  });
});

function ask(api: Api, name: string, body: unknown) {
  return api("POST", `/serving-endpoints/${name}/invocations`, body);
}
