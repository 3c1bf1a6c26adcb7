// Choosing the auth mode from an injected environment; host validation; idempotency tokens; redaction.

import { describe, it, expect } from "vitest";
import { authConfigFromEnv, normalizeHost, deploymentIdempotencyToken, createDatabricksClient } from "../../src/databricks/index.js";
import { Redactor } from "../../src/databricks/redact.js";

const GH = { ACTIONS_ID_TOKEN_REQUEST_URL: "https://gh/token?x=1", ACTIONS_ID_TOKEN_REQUEST_TOKEN: "ghreq" };

describe("authConfigFromEnv", () => {
  it("prefers a PAT, then client credentials, then GitHub OIDC", () => {
    expect(authConfigFromEnv({ DATABRICKS_TOKEN: "dapi1", DATABRICKS_CLIENT_ID: "id", DATABRICKS_CLIENT_SECRET: "s" }).type).toBe("pat");
    expect(authConfigFromEnv({ DATABRICKS_CLIENT_ID: "id", DATABRICKS_CLIENT_SECRET: "s", ...GH }).type).toBe("oauth-m2m");
    expect(authConfigFromEnv({ DATABRICKS_CLIENT_ID: "id", ...GH, DATABRICKS_TOKEN_AUDIENCE: "aud" })).toEqual({
      type: "github-oidc",
      clientId: "id",
      idTokenRequestUrl: GH.ACTIONS_ID_TOKEN_REQUEST_URL,
      idTokenRequestToken: "ghreq",
      audience: "aud",
    });
  });

  it("DATABRICKS_AUTH_TYPE pins a mode and names what is missing", () => {
    expect(authConfigFromEnv({ DATABRICKS_AUTH_TYPE: "github-oidc", DATABRICKS_TOKEN: "dapi1", DATABRICKS_CLIENT_ID: "id", ...GH }).type).toBe("github-oidc");
    expect(() => authConfigFromEnv({ DATABRICKS_AUTH_TYPE: "github-oidc", DATABRICKS_CLIENT_ID: "id" })).toThrow(/id-token: write/);
    expect(() => authConfigFromEnv({ DATABRICKS_AUTH_TYPE: "oauth-m2m", DATABRICKS_CLIENT_ID: "id" })).toThrow(/DATABRICKS_CLIENT_SECRET/);
    expect(() => authConfigFromEnv({ DATABRICKS_AUTH_TYPE: "azure-cli" })).toThrow(/not supported/);
    expect(() => authConfigFromEnv({})).toThrow(/No Databricks credentials found/);
  });

  it("names the chosen mode in the log", () => {
    const lines: string[] = [];
    createDatabricksClient({ env: { DATABRICKS_HOST: "dbc-1.cloud.databricks.com", DATABRICKS_TOKEN: "dapi123456789" }, log: (l) => lines.push(l) });
    expect(lines).toEqual(["auth: using pat for https://dbc-1.cloud.databricks.com"]);
  });
});

describe("normalizeHost", () => {
  it.each([
    ["https://dbc-1.cloud.databricks.com/", "https://dbc-1.cloud.databricks.com"],
    ["dbc-1.cloud.databricks.com", "https://dbc-1.cloud.databricks.com"],
    ["https://adb-1.azuredatabricks.net/?o=123#x", "https://adb-1.azuredatabricks.net"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
  ])("%s -> %s", (raw, want) => expect(normalizeHost(raw)).toBe(want));

  it.each([[undefined], [""], ["http://dbc-1.cloud.databricks.com"], ["https://u:p@dbc"], ["https://"]])("rejects %s", (raw) => {
    expect(() => normalizeHost(raw)).toThrow(/DATABRICKS_HOST/);
  });
});

describe("deploymentIdempotencyToken", () => {
  const id = { repository: "o/r", commit: "abc", endpoint: "ep", attempt: 1 };
  it("is stable, at most 64 characters, and differs per attempt and endpoint", () => {
    const t = deploymentIdempotencyToken(id);
    expect(t).toBe(deploymentIdempotencyToken({ ...id }));
    expect(t.length).toBeLessThanOrEqual(64);
    expect(deploymentIdempotencyToken({ ...id, attempt: 2 })).not.toBe(t);
    expect(deploymentIdempotencyToken({ ...id, endpoint: "ep2" })).not.toBe(t);
  });
});

describe("Redactor", () => {
  it("masks registered secrets and secret-shaped strings", () => {
    const r = new Redactor();
    r.add("my-client-secret");
    r.add("abc"); // too short to be a credential: ignored
    expect(r.redact("secret=my-client-secret abc")).toBe("secret=*** abc");
    expect(r.redact("token dapi0123456789abcdef here")).toBe("token *** here");
    expect(r.redact("Authorization: Bearer abcdefghijkl")).toBe("Authorization: Bearer ***");
    expect(r.redact("jwt eyJhbGciOi.eyJzdWIiOi.sig_part")).toBe("jwt ***");
  });
});
