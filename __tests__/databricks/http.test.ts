// Retry rules of the HTTP layer, with a fake fetch and a clock that never waits.

import { describe, it, expect } from "vitest";
import { z } from "zod";
import { HttpClient } from "../../src/databricks/http.js";
import { Redactor } from "../../src/databricks/redact.js";
import { DatabricksApiError, DatabricksNetworkError } from "../../src/databricks/errors.js";
import { manualClock } from "../emulator/harness.js";

type Step = { status: number; body?: unknown; headers?: Record<string, string> } | { error: string };

function scripted(steps: Step[]) {
  const calls: { url: string; method: string; headers: Record<string, string> }[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), method: init?.method ?? "GET", headers: (init?.headers ?? {}) as Record<string, string> });
    const step = steps.shift() ?? { status: 200, body: {} };
    if ("error" in step) throw Object.assign(new TypeError("fetch failed"), { cause: { code: step.error } });
    return new Response(step.body === undefined ? "" : JSON.stringify(step.body), { status: step.status, headers: step.headers });
  };
  const clock = manualClock();
  const http = new HttpClient({ host: "https://dbc.example.com", clock, redactor: new Redactor(), fetch: fetchImpl, retry: { requestTimeoutMs: Infinity } });
  return { http, calls, clock };
}

const Any = z.looseObject({});
const get = { method: "GET" as const, path: "/api/2.0/x", schema: Any, idempotent: true };
const post = { method: "POST" as const, path: "/api/2.0/y", schema: Any, idempotent: false, json: {} };

describe("HttpClient retries", () => {
  it("honours Retry-After on 429 and retries 503", async () => {
    const { http, calls, clock } = scripted([{ status: 429, headers: { "retry-after": "4" }, body: { error_code: "REQUEST_LIMIT_EXCEEDED", message: "slow down" } }, { status: 503 }, { status: 200, body: { ok: 1 } }]);
    expect(await http.request(get)).toEqual({ ok: 1 });
    expect(calls).toHaveLength(3);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(4_000);
    expect(clock.sleeps[0]).toBeLessThan(4_300);
    expect(http.stats).toMatchObject({ retries: 2, rateLimited: 1 });
  });

  it.each([400, 401, 404, 409, 500])("never retries HTTP %i", async (status) => {
    const { http, calls } = scripted([{ status, body: { error_code: "X", message: "no" } }]);
    await expect(http.request(get)).rejects.toBeInstanceOf(DatabricksApiError);
    expect(calls).toHaveLength(1);
  });

  it("retries resets, timeouts and 504 only when repeating is safe", async () => {
    const safe = scripted([{ error: "ECONNRESET" }, { status: 504 }, { status: 200, body: {} }]);
    await safe.http.request(get);
    expect(safe.calls).toHaveLength(3);
    const unsafe = scripted([{ error: "ECONNRESET" }]);
    await expect(unsafe.http.request(post)).rejects.toBeInstanceOf(DatabricksNetworkError);
    expect(unsafe.calls).toHaveLength(1);
    const refused = scripted([{ error: "ECONNREFUSED" }, { status: 200, body: {} }]);
    await refused.http.request(post); // never arrived: safe to send again
    expect(refused.calls).toHaveLength(2);
  });

  it("does not spend the budget on a host that does not resolve", async () => {
    const { http, calls } = scripted([{ error: "ENOTFOUND" }]);
    await expect(http.request(get)).rejects.toThrow(/cannot resolve host dbc\.example\.com.*DATABRICKS_HOST/);
    expect(calls).toHaveLength(1);
  });

  it("backs off exponentially with jitter, capped, and gives up within the budget", async () => {
    const { http, clock } = scripted(Array.from({ length: 200 }, () => ({ status: 503 })));
    const err = await http.request(get).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 503 });
    const total = clock.sleeps.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(300_000);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(10_000);
    expect(clock.sleeps[0]).toBeLessThan(clock.sleeps[3] ?? 0);
  });

  it("a response that does not match the schema is a typed error naming the field", async () => {
    const { http } = scripted([{ status: 200, body: { run_id: "not a number" } }]);
    await expect(http.request({ ...get, schema: z.looseObject({ run_id: z.number() }) })).rejects.toThrow(/unexpected response shape at run_id/);
  });

  it("errors carry status, error_code, request id, method and path — not the query", async () => {
    const { http } = scripted([{ status: 400, body: { error_code: "INVALID_PARAMETER_VALUE", message: "Run 5 does not exist.", details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: "rid-1" }] } }]);
    const err = (await http.request({ ...get, path: "/api/2.2/jobs/runs/get", query: { run_id: 5 } }).catch((e: unknown) => e)) as DatabricksApiError;
    expect(err).toMatchObject({ status: 400, errorCode: "INVALID_PARAMETER_VALUE", requestId: "rid-1", method: "GET", path: "/api/2.2/jobs/runs/get", exitCode: 2 });
    expect(err.message).toBe("GET /api/2.2/jobs/runs/get failed: HTTP 400 INVALID_PARAMETER_VALUE: Run 5 does not exist. (request id rid-1)");
  });
});
