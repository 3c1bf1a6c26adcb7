// The emulator answers like the reference says the workspace does: exact
// paths, bodies, enums and error shapes; its answers parse with the client's schemas.

import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { startEmulator, type Emulator } from "../../src/emulator/index.js";
import { Job, JobsList, Run, RunOutput } from "../../src/databricks/jobs-schemas.js";
import { OidcDiscovery, TokenResponse } from "../../src/databricks/auth-schemas.js";
import { ServingEndpointDetailed, ServingEndpointList } from "../../src/databricks/serving-schemas.js";
import { DEPLOY_PARAMS, manualClock } from "./harness.js";

const SAMPLES = resolve(__dirname, "../fixtures/reference-samples");
const FIXTURES = resolve(__dirname, "../databricks/fixtures");
const sample = (f: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(SAMPLES, f), "utf8")) as Record<string, unknown>;
const fixture = (f: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(FIXTURES, f), "utf8")) as Record<string, unknown>;

/** Emulated time stands still until the test sleeps on the emulator's clock: no races. */
async function withEmu(fn: (emu: Emulator, api: Api) => Promise<void>): Promise<void> {
  const emu = await startEmulator({ clock: manualClock(), scenario: { defaults: { pendingMs: 1_000, jobRunMs: 5_000, buildMs: 60_000, startMs: 10_000 } } });
  const api: Api = async (method, path, body, headers = {}) => {
    const res = await fetch(`${emu.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${emu.token}`, "x-databricks-workspace-id": "1234567890123456", ...headers },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> & { [k: string]: any } };
  };
  try {
    await fn(emu, api);
  } finally {
    await emu.close();
  }
}
type Api = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; headers: Headers; json: Record<string, any> }>;

const sleepEmulated = (emu: Emulator, ms: number) => emu.clock.sleep(ms);

describe("emulator fidelity: errors", () => {
  it("a bad token gets exactly the real 403 body and reason header", async () => {
    await withEmu(async (_emu, api) => {
      const res = await api("GET", "/api/2.0/serving-endpoints", undefined, { authorization: "Bearer dapi-nope" });
      expect(res.status).toBe(403);
      expect(res.json).toEqual(sample("error-403-invalid-access-token.json"));
      expect(res.headers.get("x-databricks-reason-phrase")).toBe("Invalid access token.");
    });
  });

  it("get-output on a job run id is the real 400; on a task run id it answers", async () => {
    await withEmu(async (emu, api) => {
      const { json: job } = await api("POST", "/api/2.2/jobs/create", { name: "j", tasks: [{ task_key: "t" }] });
      const { json: run } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id });
      const res = await api("GET", `/api/2.2/jobs/runs/get-output?run_id=${run.run_id}`);
      expect(res.status).toBe(400);
      expect(res.json).toEqual(sample("error-400-get-output-multitask.json"));
      await sleepEmulated(emu, 10_000);
      const { json: full } = await api("GET", `/api/2.2/jobs/runs/get?run_id=${run.run_id}`);
      const out = await api("GET", `/api/2.2/jobs/runs/get-output?run_id=${full.tasks[0].run_id}`);
      expect(out.status).toBe(200);
      expect(RunOutput.parse(out.json).metadata?.run_id).toBe(full.tasks[0].run_id);
    });
  });

  it("wrong JSON types are 400 MALFORMED_REQUEST; unknown jobs and runs are 400 INVALID_PARAMETER_VALUE", async () => {
    await withEmu(async (_emu, api) => {
      const bad = await api("POST", "/api/2.2/jobs/run-now", { job_id: 1, notebook_params: "x" });
      expect(bad.status).toBe(400);
      expect(bad.json.error_code).toBe(sample("error-400-malformed-request.json").error_code);
      expect(bad.json.message).toMatch(/^Could not parse request object: .*notebook_params/);
      expect((await api("GET", "/api/2.2/jobs/get?job_id=123")).json).toEqual({ error_code: "INVALID_PARAMETER_VALUE", message: "Job 123 does not exist." });
      expect((await api("POST", "/api/2.2/jobs/run-now", { job_id: 123 })).json.message).toBe("Job 123 does not exist.");
      expect((await api("GET", "/api/2.2/jobs/runs/get?run_id=5")).json).toEqual({ error_code: "INVALID_PARAMETER_VALUE", message: "Run 5 does not exist." });
      const missing = await api("GET", "/api/2.0/serving-endpoints/nope");
      expect(missing.status).toBe(404);
      expect(missing.json.error_code).toBe("RESOURCE_DOES_NOT_EXIST");
      expect((await api("GET", "/api/2.0/no-such-api")).json.error_code).toBe("ENDPOINT_NOT_FOUND");
      const anon = await fetch(`${_emu.url}/api/2.0/serving-endpoints`);
      expect(anon.status).toBe(401);
    });
  });
});

describe("emulator fidelity: serving endpoints", () => {
  it("creates from the CLI's recorded request, rolls out, and refuses a second update with 409", async () => {
    await withEmu(async (emu, api) => {
      const recorded = sample("serving-create-request-cli.json") as { body: Record<string, unknown> };
      const created = await api("POST", "/api/2.0/serving-endpoints", { ...recorded.body, name: "llama-ep" });
      expect(created.status).toBe(200);
      const ep = ServingEndpointDetailed.parse(created.json);
      expect(ep.state).toEqual({ ready: "NOT_READY", config_update: "IN_PROGRESS" });
      expect(ep.pending_config?.served_entities?.[0]).toMatchObject({ name: "llama", workload_type: "CPU", state: { deployment: "DEPLOYMENT_CREATING" } });
      expect(ep.pending_config?.traffic_config?.routes).toEqual([{ served_entity_name: "llama", served_model_name: "llama", traffic_percentage: 100 }]);
      expect(ep).toMatchObject({ route_optimized: false, permission_level: "CAN_MANAGE", description: "" });

      const again = await api("POST", "/api/2.0/serving-endpoints", { ...recorded.body, name: "llama-ep" });
      expect([again.status, again.json.error_code]).toEqual([409, "RESOURCE_ALREADY_EXISTS"]);
      const busy = await api("PUT", "/api/2.0/serving-endpoints/llama-ep/config", { served_entities: [{ entity_name: "m", entity_version: "2" }] });
      expect(busy.status).toBe(409);
      expect(busy.json).toEqual({
        error_code: "RESOURCE_CONFLICT",
        message: expect.stringContaining("Endpoint llama-ep is currently updating."),
        // Serving errors carry ErrorInfo and RequestInfo (§3.1); the request id is the x-request-id header's.
        details: [
          { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "RESOURCE_CONFLICT", domain: "databricks.com", metadata: {} },
          { "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: busy.headers.get("x-request-id"), serving_data: "" },
        ],
      });

      await sleepEmulated(emu, 75_000);
      const ready = ServingEndpointDetailed.parse((await api("GET", "/api/2.0/serving-endpoints/llama-ep")).json);
      expect(ready.state).toEqual({ ready: "READY", config_update: "NOT_UPDATING" });
      expect(ready.pending_config).toBeUndefined();
      expect(ready.config?.config_version).toBe(1);
      expect(ready.config?.served_entities?.[0]?.state).toEqual({ deployment: "DEPLOYMENT_READY", deployment_state_message: "" });

      // SDK-py sends config.name; it is tolerated. The new version rolls out while v1 keeps serving.
      const upd = ServingEndpointDetailed.parse(
        (await api("PUT", "/api/2.0/serving-endpoints/llama-ep/config", { name: "llama-ep", served_entities: [{ entity_name: "main.ml.m", entity_version: "2", scale_to_zero_enabled: true }] })).json,
      );
      expect(upd.state).toEqual({ ready: "READY", config_update: "IN_PROGRESS" });
      expect(upd.pending_config).toMatchObject({ config_version: 2, served_entities: [{ name: "m-2", entity_version: "2" }] });
      expect(typeof upd.pending_config?.start_time).toBe("number");
      const listed = ServingEndpointList.parse((await api("GET", "/api/2.0/serving-endpoints")).json);
      expect(listed.endpoints?.map((e) => e.name)).toEqual(["llama-ep"]);
    });
  });

  it("an endpoint created without config looks like the real cloud answer", async () => {
    await withEmu(async (_emu, api) => {
      await api("POST", "/api/2.0/serving-endpoints", { name: "bare" });
      const got = await api("GET", "/api/2.0/serving-endpoints/bare");
      expect(got.json).toMatchObject({ ...sample("serving-get-noconfig-cloud-cli.json"), name: "bare" });
      expect(got.json.config).toBeUndefined();
    });
  });

  it("UPDATE_FAILED keeps pending_config and the old config, like §9(c); build logs tell why", async () => {
    await withEmu(async (emu, api) => {
      await api("POST", "/api/2.0/serving-endpoints", { name: "churn-agent", config: { served_entities: [{ name: "churn_agent-1", entity_name: "main.agents.churn_agent", entity_version: "1" }] } });
      await sleepEmulated(emu, 75_000);
      emu.setScenario({ endpoints: { "churn-agent": { updateOutcome: "build_failed" } } });
      await api("PUT", "/api/2.0/serving-endpoints/churn-agent/config", { served_entities: [{ name: "churn_agent-2", entity_name: "main.agents.churn_agent", entity_version: "2" }] });
      await sleepEmulated(emu, 65_000);
      const got = ServingEndpointDetailed.parse((await api("GET", "/api/2.0/serving-endpoints/churn-agent")).json);
      const composed = ServingEndpointDetailed.parse(fixture("endpoint-update-failed.json"));
      expect(got.state).toEqual(composed.state);
      expect(got.task).toBe("agent/v1/responses");
      expect(got.config?.served_entities?.[0]?.state).toEqual(composed.config?.served_entities?.[0]?.state);
      expect(got.pending_config?.served_entities?.[0]?.state).toEqual(composed.pending_config?.served_entities?.[0]?.state);
      const logs = await api("GET", "/api/2.0/serving-endpoints/churn-agent/served-models/churn_agent-2/build-logs");
      expect(logs.json.logs).toContain("Container image build failed.");
      expect((await api("GET", "/api/2.0/serving-endpoints/churn-agent/served-models/nope/build-logs")).status).toBe(404);
      const answer = await api("POST", "/serving-endpoints/churn-agent/invocations", { input: [{ role: "user", content: "hi" }] });
      expect(answer.headers.get("served-model-name")).toBe("churn_agent-1"); // the old config keeps serving
    });
  });

  it("tags PATCH merges and returns the full list; ai-gateway PUT echoes the config", async () => {
    await withEmu(async (_emu, api) => {
      await api("POST", "/api/2.0/serving-endpoints", { name: "t", tags: [{ key: "team", value: "ml" }] });
      const tags = await api("PATCH", "/api/2.0/serving-endpoints/t/tags", { add_tags: [{ key: "env", value: "prod" }, { key: "team", value: "ai" }], delete_tags: ["nope"] });
      expect(tags.json).toEqual({ tags: [{ key: "env", value: "prod" }, { key: "team", value: "ai" }] });
      const gw = { usage_tracking_config: { enabled: true }, rate_limits: [{ renewal_period: "minute", calls: 10 }] };
      expect((await api("PUT", "/api/2.0/serving-endpoints/t/ai-gateway", gw)).json).toEqual(gw);
    });
  });
});

describe("emulator fidelity: jobs", () => {
  it("serves 2.1 and 2.2 paths, lists by name case-insensitively, and queues 2.2 jobs by default", async () => {
    await withEmu(async (_emu, api) => {
      const { json: a } = await api("POST", "/api/2.1/jobs/create", { name: "Deploy-Churn", tasks: [{ task_key: "deploy" }] });
      const { json: b } = await api("POST", "/api/2.2/jobs/create", { name: "other" });
      const got = Job.parse((await api("GET", `/api/2.2/jobs/get?job_id=${a.job_id}`)).json);
      expect(got.settings?.queue).toBeUndefined();
      expect(Job.parse((await api("GET", `/api/2.1/jobs/get?job_id=${b.job_id}`)).json).settings?.queue).toEqual({ enabled: true });
      const listed = JobsList.parse((await api("GET", "/api/2.2/jobs/list?name=deploy-churn")).json);
      expect(listed.jobs?.map((j) => j.job_id)).toEqual([a.job_id]);
      expect(JobsList.parse((await api("GET", "/api/2.2/jobs/list?limit=1")).json)).toMatchObject({ has_more: true, next_page_token: expect.any(String) });
    });
  });

  it("run-now with the same idempotency token returns the same run", async () => {
    await withEmu(async (emu, api) => {
      const { json: job } = await api("POST", "/api/2.2/jobs/create", { name: "j" });
      const first = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id, idempotency_token: "tok-1" });
      const second = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id, idempotency_token: "tok-1" });
      const third = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id, idempotency_token: "tok-2" });
      expect(second.json).toEqual(first.json);
      expect(first.json.number_in_job).toBe(first.json.run_id);
      expect(third.json.run_id).not.toBe(first.json.run_id);
      expect(emu.events.filter((e) => e.type === "run_started")).toHaveLength(2);
    });
  });

  it("a failed deployment run has the multi-task failure shape of §2.2 / §9(f)", async () => {
    const jobFailure = { error: "RuntimeError: model version 2 not found" };
    await withEmu(async (emu, api) => {
      emu.setScenario({ endpoints: { "churn-agent": { jobFailure } } });
      const { json: job } = await api("POST", "/api/2.2/jobs/create", {
        name: "deploy",
        tasks: [{ task_key: "deploy", spark_python_task: { python_file: "deploy.py" } }],
        parameters: DEPLOY_PARAMS("main.agents.churn_agent", "2", "churn-agent"),
      });
      const { json: started } = await api("POST", "/api/2.2/jobs/run-now", { job_id: job.job_id, job_parameters: { version: "2" } });
      const running = Run.parse((await api("GET", `/api/2.2/jobs/runs/get?run_id=${started.run_id}`)).json);
      expect(running).toMatchObject({ end_time: 0, state: { life_cycle_state: "PENDING" }, status: { state: "PENDING" } });
      expect(running.job_parameters).toContainEqual({ name: "version", default: "2", value: "2" });
      await sleepEmulated(emu, 8_000);
      const done = Run.parse((await api("GET", `/api/2.2/jobs/runs/get?run_id=${started.run_id}`)).json);
      const composed = Run.parse(fixture("run-failed-task.json"));
      expect(done.state).toEqual(composed.state);
      expect(done.status).toEqual(composed.status);
      expect(done.tasks?.[0]?.state).toEqual(composed.tasks?.[0]?.state);
      expect(done.tasks?.[0]?.status).toEqual(composed.tasks?.[0]?.status);
      expect(done.run_page_url).toBe(`${emu.url}/?o=1234567890123456#job/${job.job_id}/run/${started.run_id}`);
      const out = RunOutput.parse((await api("GET", `/api/2.2/jobs/runs/get-output?run_id=${done.tasks?.[0]?.run_id}`)).json);
      expect(out.error).toBe(jobFailure.error);
      expect(out.error_trace).toContain("Traceback");
    });
  });
});

describe("emulator fidelity: OIDC", () => {
  it("discovery and client-credentials token parse with the client's schemas; a wrong secret is invalid_client", async () => {
    await withEmu(async (emu, api) => {
      const d = OidcDiscovery.parse((await api("GET", "/oidc/.well-known/oauth-authorization-server")).json);
      expect(d.token_endpoint).toBe(`${emu.url}/oidc/v1/token`);
      const { clientId, clientSecret } = emu.scenario.auth.clients[0]!;
      const form = { "content-type": "application/x-www-form-urlencoded" };
      const good = await api("POST", "/oidc/v1/token", "grant_type=client_credentials&scope=all-apis", {
        ...form,
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
      });
      expect(TokenResponse.parse(good.json)).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "all-apis" });
      const bad = await api("POST", "/oidc/v1/token", "grant_type=client_credentials&scope=all-apis", {
        ...form,
        authorization: `Basic ${Buffer.from(`${clientId}:nope`).toString("base64")}`,
      });
      expect([bad.status, bad.json.error]).toEqual([401, "invalid_client"]);
      const exchange = await api("POST", "/oidc/v1/token", `grant_type=urn:ietf:params:oauth:grant-type:token-exchange&client_id=${clientId}&subject_token_type=urn:ietf:params:oauth:token-type:jwt&subject_token=forged.jwt.value`, form);
      expect([exchange.status, exchange.json.error]).toEqual([400, "invalid_grant"]);
    });
  });
});
