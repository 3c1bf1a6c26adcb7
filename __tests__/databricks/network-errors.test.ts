// Network failures against real sockets (not a scripted fetch): each is named
// for what it is, and a refused connection is not retried for minutes.

import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DatabricksNetworkError } from "../../src/databricks/errors.js";
import { HttpClient } from "../../src/databricks/http.js";
import { Redactor } from "../../src/databricks/redact.js";
import { manualClock } from "../emulator/harness.js";

const get = { method: "GET" as const, path: "/api/2.0/serving-endpoints", schema: z.looseObject({}), idempotent: true };

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function client(host: string): { http: HttpClient; attempts: () => number } {
  let attempts = 0;
  const counting: typeof fetch = (input, init) => {
    attempts++;
    return fetch(input, init);
  };
  // The manual clock never waits: no per-attempt timeout, or every attempt would time out at once.
  const http = new HttpClient({ host, clock: manualClock(), redactor: new Redactor(), fetch: counting, retry: { requestTimeoutMs: Infinity } });
  return { http, attempts: () => attempts };
}

describe("network errors", () => {
  it("connection refused is reported as such and given up within seconds of backoff, not the 5-minute budget", async () => {
    const port = await closedPort();
    const { http, attempts } = client(`http://127.0.0.1:${port}`);
    const err = await http.request(get).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabricksNetworkError);
    expect((err as DatabricksNetworkError).code).toBe("ECONNREFUSED");
    expect((err as Error).message).toContain(`connection refused by 127.0.0.1:${port} (ECONNREFUSED)`);
    expect((err as Error).message).not.toContain("ECONNRESET");
    // 10 s of equal-jitter backoff from 0.5 s: a handful of attempts (the 300 s budget would make ~35).
    expect(attempts()).toBeGreaterThan(1);
    expect(attempts()).toBeLessThanOrEqual(6);
  });

  it("a port fetch refuses is a host problem, said once and not retried", async () => {
    const { http, attempts } = client("http://127.0.0.1:6000");
    const err = await http.request(get).catch((e: unknown) => e);
    expect((err as DatabricksNetworkError).code).toBe("BAD_PORT");
    expect((err as Error).message).toMatch(/port of 127\.0\.0\.1:6000 is one fetch refuses.*DATABRICKS_HOST/);
    expect(attempts()).toBe(1);
  });

  it("a reset is named a reset and does not blame the host setting", async () => {
    const server = createServer((sock) => sock.resetAndDestroy());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const { http } = client(`http://127.0.0.1:${port}`);
      const err = await http.request({ ...get, method: "POST", idempotent: false, json: {} }).catch((e: unknown) => e);
      expect((err as DatabricksNetworkError).code).toBe("ECONNRESET");
      expect((err as Error).message).toContain("connection reset by");
      expect((err as Error).message).not.toContain("DATABRICKS_HOST");
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
