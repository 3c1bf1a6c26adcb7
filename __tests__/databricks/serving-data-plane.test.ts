// A route-optimized endpoint queried through the client against the emulator:
// the workspace OAuth token is exchanged (jwt-bearer, authorization_details from
// GET) for a token scoped to that endpoint, which the data plane requires.

import { describe, expect, it } from "vitest";
import { DatabricksApiError, DatabricksAuthError, type DatabricksClient } from "../../src/databricks/index.js";
import type { Emulator } from "../../src/emulator/index.js";
import { DataPlaneTokens } from "../../src/databricks/data-plane-auth.js";
import { InvocationResponse } from "../../src/databricks/serving-schemas.js";
import { clientFor, withEmulator } from "../emulator/harness.js";

const SP = { clientId: "7c0ffee0-dp-sp", clientSecret: "dp-client-secret-4471" };
const ENTITY = { entity_name: "main.ml.churn", entity_version: "1", workload_size: "Small", scale_to_zero_enabled: true };
const BODY = { dataframe_records: [{ a: 1 }] };

async function routeOptimized(client: DatabricksClient, emu: Emulator, name: string) {
  await client.serving.create({ name, route_optimized: true, config: { served_entities: [ENTITY] } });
  await emu.clock.sleep(100);
  const ep = await client.serving.get(name);
  const info = ep.data_plane_info?.query_info;
  if (!info?.endpoint_url || !info.authorization_details) throw new Error("no data_plane_info");
  return { url: info.endpoint_url, details: info.authorization_details, info };
}

const fast = { scenario: { auth: { clients: [SP] }, endpoints: { a: { buildMs: 10, startMs: 10 }, b: { buildMs: 10, startMs: 10 } } } };

describe("route-optimized query with a scoped data-plane token", () => {
  it("exchanges the workspace token with the endpoint's authorization_details, once, and the data plane answers", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      const first = await client.servingDataPlane.query("a", BODY, a.info);
      expect(first.url).toBe(a.url);
      expect(first.response.predictions).toHaveLength(1);
      // Without the info, it is read from GET, as the SDK does.
      expect((await client.servingDataPlane.query("a", BODY)).response.predictions).toHaveLength(1);
      const exchanges = emu.log.calls("/oidc/v1/token").filter((c) => (c.body as Record<string, string>).grant_type !== "client_credentials");
      // One exchange: the scoped token is cached per (endpoint_url, authorization_details).
      expect(exchanges.map((c) => c.body)).toEqual([{ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", authorization_details: a.details, assertion: "***" }]);
      expect(emu.log.calls(new URL(a.url).pathname, "POST").map((c) => c.status)).toEqual([200, 200]);
    });
  });

  it("the data plane refuses the workspace OAuth token", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      // The workspace provider itself (what serving-ci sent before the exchange existed).
      const err = await client.http
        .request({ method: "POST", path: a.url, json: BODY, schema: InvocationResponse, idempotent: false })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksApiError);
      expect(err).toMatchObject({ status: 401, errorCode: "UNAUTHENTICATED" });
      expect((err as Error).message).toMatch(/scoped to the endpoint/);
    });
  });

  it("a token scoped to another endpoint is refused (403), and its text never reaches the error or the log", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      const b = await routeOptimized(client, emu, "b");
      expect(b.details).not.toBe(a.details);
      const err = await client.servingDataPlane.query("b", BODY, { endpoint_url: b.url, authorization_details: a.details }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksApiError);
      expect(err).toMatchObject({ status: 403, errorCode: "PERMISSION_DENIED" });
      // The client tried once more with fresh tokens (they may have been revoked), then gave up.
      expect(emu.log.calls(new URL(b.url).pathname, "POST").map((c) => c.status)).toEqual([403, 403]);
      // No token (emu-oauth-…, emu-dp-…) nor the client secret in the error or the log.
      for (const text of [(err as Error).message, client.lines.join("\n")]) {
        expect(text).not.toMatch(/emu-(oauth|dp)-/);
        expect(text).not.toContain(SP.clientSecret);
      }
      expect(client.lines.join("\n")).toContain("auth: oauth-m2m data-plane");
      // A scoped token is registered with the client's redactor as soon as it is obtained.
      const tokenA = (await new DataPlaneTokens(client.http, client.http.auth!).forEndpoint(a.url, a.details).authorization()).replace(/^Bearer /, "");
      expect(tokenA).toMatch(/^emu-dp-/);
      expect(client.redact(`Bearer ${tokenA}`)).toBe("Bearer ***");
    });
  });

  it("scoped and workspace tokens revoked mid-run are both fetched again, transparently", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      await client.servingDataPlane.query("a", BODY, a.info);
      emu.revokeOAuthTokens();
      expect((await client.servingDataPlane.query("a", BODY, a.info)).response.predictions).toHaveLength(1);
      const grants = emu.log.calls("/oidc/v1/token").map((c) => (c.body as Record<string, string>).grant_type);
      expect(grants).toEqual(["client_credentials", "urn:ietf:params:oauth:grant-type:jwt-bearer", "client_credentials", "urn:ietf:params:oauth:grant-type:jwt-bearer"]);
    });
  });

  it("the scoped token is refreshed before it expires, without a refused request", async () => {
    await withEmulator({ scenario: { ...fast.scenario, auth: { clients: [SP], tokenTtlSeconds: 600 } } }, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      await client.servingDataPlane.query("a", BODY, a.info);
      await emu.clock.sleep(60_000); // still valid: cached
      await client.servingDataPlane.query("a", BODY, a.info);
      await emu.clock.sleep(450_000); // inside the last quarter of its 600 s: refreshed early
      await client.servingDataPlane.query("a", BODY, a.info);
      const exchanges = emu.log.calls("/oidc/v1/token").filter((c) => (c.body as Record<string, string>).grant_type?.endsWith("jwt-bearer"));
      expect(exchanges).toHaveLength(2);
      expect(emu.log.calls(new URL(a.url).pathname, "POST").map((c) => c.status)).toEqual([200, 200, 200]);
    });
  });

  it("GitHub OIDC: the federated workspace token is exchanged the same way", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, {
        auth: { type: "github-oidc", clientId: SP.clientId, idTokenRequestUrl: emu.githubIdTokenUrl, idTokenRequestToken: emu.scenario.auth.githubRequestToken },
      });
      const a = await routeOptimized(client, emu, "a");
      expect((await client.servingDataPlane.query("a", BODY, a.info)).response.predictions).toHaveLength(1);
      expect(emu.log.calls("/oidc/v1/token").map((c) => (c.body as Record<string, string>).grant_type)).toEqual([
        "urn:ietf:params:oauth:grant-type:token-exchange",
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
      ]);
    });
  });

  it("a refused exchange is a clear auth error saying what to check, with no token in it, and nothing is sent to the data plane", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      const a = await routeOptimized(client, emu, "a");
      const other = a.details.replace(/\/serving-endpoints\/[0-9a-f]+/, "/serving-endpoints/0000");
      const err = await client.servingDataPlane.query("a", BODY, { endpoint_url: a.url, authorization_details: other }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksAuthError);
      expect((err as Error).message).toMatch(
        /^oauth-m2m: could not obtain a data-plane \(.*\) token: POST \/oidc\/v1\/token failed: HTTP 400 invalid_authorization_details: User is not authorized to the requested authorizations.*CAN_QUERY/,
      );
      expect((err as Error).message).not.toMatch(/emu-(oauth|dp)-/);
      expect(emu.log.calls(new URL(a.url).pathname)).toHaveLength(0);
      // Not a JSON array of workspace_permission details: invalid_request.
      const bad = await client.servingDataPlane.query("a", BODY, { endpoint_url: a.url, authorization_details: "[]x" }).catch((e: unknown) => e);
      expect((bad as Error).message).toMatch(/HTTP 400 invalid_request: authorization_details must be a JSON array/);
    });
  });

  it("with a PAT nothing is sent: a clear auth error, no exchange, no data-plane request", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu);
      const a = await routeOptimized(client, emu, "a");
      const err = await client.servingDataPlane.query("a", BODY, a.info).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksAuthError);
      expect((err as Error).message).toMatch(/pat: a route-optimized endpoint's data plane accepts OAuth tokens only/);
      expect(emu.log.calls("/oidc/v1/token")).toHaveLength(0);
      expect(emu.log.calls(new URL(a.url).pathname)).toHaveLength(0);
    });
  });

  it("an endpoint without data_plane_info is a clear error, not a request to nowhere", async () => {
    await withEmulator(fast, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      await client.serving.create({ name: "a", config: { served_entities: [ENTITY] } });
      await expect(client.servingDataPlane.query("a", BODY)).rejects.toThrow(/serving endpoint a has no data_plane_info\.query_info/);
    });
  });
});
