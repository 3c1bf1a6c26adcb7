// Each auth mode against the emulator, including wrong credentials and an
// OAuth token that expires (and is refreshed) in the middle of a long wait.

import { describe, it, expect } from "vitest";
import {
  createDatabricksClient,
  waitForEndpoint,
  DatabricksApiError,
  DatabricksAuthError,
} from "../../src/databricks/index.js";
import { withEmulator, clientFor } from "./harness.js";

const SP = { clientId: "3f1e0c2a-sp", clientSecret: "sp-secret-value-123" };

describe("auth modes against the emulator", () => {
  it("PAT: accepted; a wrong token is 403 with numeric error_code", async () => {
    await withEmulator({}, async (emu) => {
      expect(await clientFor(emu).serving.list()).toEqual([]);
      const bad = clientFor(emu, { auth: { type: "pat", token: "dapi-wrong-token-0000" } });
      const err = await bad.serving.list().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksApiError);
      expect(err).toMatchObject({ status: 403, errorCode: 403, apiMessage: "Invalid access token.", path: "/api/2.0/serving-endpoints", method: "GET" });
      expect(String((err as Error).message)).not.toContain("dapi-wrong-token-0000");
    });
  });

  it("OAuth M2M: discovery, client credentials with HTTP Basic, cached token", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP] } } }, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      await client.serving.list();
      await client.serving.list();
      expect(emu.log.calls("/oidc/.well-known/oauth-authorization-server")).toHaveLength(1);
      const tokenCalls = emu.log.calls("/oidc/v1/token");
      expect(tokenCalls).toHaveLength(1);
      expect(tokenCalls[0]?.body).toEqual({ grant_type: "client_credentials", scope: "all-apis" });
      expect(client.lines.join("\n")).toContain("auth: using oauth-m2m");
    });
  });

  it("OAuth M2M: a wrong secret is a clear auth error", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP] } } }, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", clientId: SP.clientId, clientSecret: "not-the-secret" } });
      const err = await client.serving.list().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabricksAuthError);
      expect((err as Error).message).toMatch(/oauth-m2m: could not obtain a workspace token.*invalid_client.*DATABRICKS_CLIENT_SECRET/);
      expect((err as Error).message).not.toContain("not-the-secret");
    });
  });

  it("GitHub OIDC: ID token with the token endpoint as audience, exchanged for a workspace token", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP] } } }, async (emu) => {
      const env = {
        DATABRICKS_HOST: emu.url,
        DATABRICKS_AUTH_TYPE: "github-oidc",
        DATABRICKS_CLIENT_ID: SP.clientId,
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.githubIdTokenUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.scenario.auth.githubRequestToken,
      };
      const lines: string[] = [];
      const client = createDatabricksClient({ env, clock: emu.clock, log: (l) => lines.push(l) });
      expect(client.authMode).toBe("github-oidc");
      await client.serving.list();
      const idCall = emu.log.calls("/_emulator/github/id-token")[0];
      expect(idCall?.query.audience).toBe(`${emu.url}/oidc/v1/token`);
      const exchange = emu.log.calls("/oidc/v1/token")[0];
      expect(exchange?.body).toEqual({
        client_id: SP.clientId,
        grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
        subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
        subject_token: "***",
        scope: "all-apis",
      });
      expect(lines.join("\n")).toContain("auth: using github-oidc");
    });
  });

  it("GitHub OIDC: an audience the federation policy does not accept is refused", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP], audience: "https://github.com/example" } } }, async (emu) => {
      const client = clientFor(emu, {
        auth: {
          type: "github-oidc",
          clientId: SP.clientId,
          idTokenRequestUrl: emu.githubIdTokenUrl,
          idTokenRequestToken: emu.scenario.auth.githubRequestToken,
        },
      });
      await expect(client.serving.list()).rejects.toThrow(/audience does not match.*DATABRICKS_TOKEN_AUDIENCE/);
      const fixed = clientFor(emu, {
        auth: {
          type: "github-oidc",
          clientId: SP.clientId,
          audience: "https://github.com/example",
          idTokenRequestUrl: emu.githubIdTokenUrl,
          idTokenRequestToken: emu.scenario.auth.githubRequestToken,
        },
      });
      expect(await fixed.serving.list()).toEqual([]);
    });
  });

  it("an OAuth token that expires mid-wait is refreshed before the workspace rejects it", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP], tokenTtlSeconds: 300 } } }, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      await client.serving.create({ name: "ep", config: { served_entities: [{ entity_name: "main.ml.m", entity_version: "1", scale_to_zero_enabled: true }] } });
      const ep = await waitForEndpoint(client, "ep", { expect: [{ entityName: "main.ml.m", entityVersion: "1" }] });
      expect(ep.outcome).toBe("success");
      expect(ep.elapsedMs).toBeGreaterThan(10 * 60_000);
      expect(emu.log.calls("/oidc/v1/token").length).toBeGreaterThanOrEqual(3); // ~15 min with 5-min tokens
      expect(emu.log.entries.filter((e) => e.status === 403)).toEqual([]);
    });
  });

  it("a token the workspace revokes early is replaced once, transparently", async () => {
    await withEmulator({ scenario: { auth: { clients: [SP] } } }, async (emu) => {
      const client = clientFor(emu, { auth: { type: "oauth-m2m", ...SP } });
      await client.serving.list();
      emu.revokeOAuthTokens();
      expect(await client.serving.list()).toEqual([]);
      expect(emu.log.calls("/oidc/v1/token")).toHaveLength(2);
      expect(emu.log.entries.filter((e) => e.status === 403)).toHaveLength(1);
    });
  });

  it("a PAT is never 'refreshed': a rejected PAT fails at once", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu, { auth: { type: "pat", token: "dapi-revoked-0000000" } });
      await expect(client.serving.list()).rejects.toThrow(/HTTP 403: Invalid access token/);
      expect(emu.log.entries).toHaveLength(1);
    });
  });
});
