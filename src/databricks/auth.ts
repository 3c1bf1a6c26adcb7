// Workspace authentication (§4): a PAT, OAuth M2M (client credentials) or GitHub
// Actions OIDC federation (token exchange). Chosen explicitly or from an injected
// environment; the chosen mode is named in the log, never a secret.

import type { HttpClient } from "./http.js";
import type { AuthMode, AuthProvider } from "./auth-provider.js";
import { DatabricksAuthError } from "./errors.js";
import { OAuthTokenSource, type FetchedToken } from "./oauth-token-source.js";
import { GitHubIdTokenResponse, OidcDiscovery, TokenResponse } from "./auth-schemas.js";

export type AuthConfig =
  | { type: "pat"; token: string }
  | { type: "oauth-m2m"; clientId: string; clientSecret: string }
  | {
      type: "github-oidc";
      clientId: string;
      /** Defaults to the workspace token endpoint URL, like the SDKs (§4.3). */
      audience?: string;
      idTokenRequestUrl: string;
      idTokenRequestToken: string;
    };

export type Env = Readonly<Record<string, string | undefined>>;

const AUTH_TYPES: readonly AuthMode[] = ["pat", "oauth-m2m", "github-oidc"];

/**
 * Picks the auth mode: `DATABRICKS_AUTH_TYPE` pins one; otherwise a PAT wins,
 * then client id + secret, then client id + GitHub's OIDC request variables
 * (the SDK-go default chain order, §4.3).
 */
export function authConfigFromEnv(env: Env): AuthConfig {
  const get = (k: string): string | undefined => {
    const v = env[k]?.trim();
    return v ? v : undefined;
  };
  const pinned = get("DATABRICKS_AUTH_TYPE");
  if (pinned && !AUTH_TYPES.includes(pinned as AuthMode)) {
    throw new DatabricksAuthError(`DATABRICKS_AUTH_TYPE=${pinned} is not supported; use one of ${AUTH_TYPES.join(", ")}.`);
  }
  const token = get("DATABRICKS_TOKEN");
  const clientId = get("DATABRICKS_CLIENT_ID");
  const clientSecret = get("DATABRICKS_CLIENT_SECRET");
  const idUrl = get("ACTIONS_ID_TOKEN_REQUEST_URL");
  const idToken = get("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
  const audience = get("DATABRICKS_TOKEN_AUDIENCE");

  const mode: AuthMode | undefined =
    (pinned as AuthMode | undefined) ??
    (token ? "pat" : clientId && clientSecret ? "oauth-m2m" : clientId && idUrl && idToken ? "github-oidc" : undefined);

  switch (mode) {
    case "pat":
      if (!token) throw new DatabricksAuthError("Auth type pat needs DATABRICKS_TOKEN.");
      return { type: "pat", token };
    case "oauth-m2m":
      if (!clientId || !clientSecret) {
        throw new DatabricksAuthError("Auth type oauth-m2m needs DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET.");
      }
      return { type: "oauth-m2m", clientId, clientSecret };
    case "github-oidc":
      if (!clientId) throw new DatabricksAuthError("Auth type github-oidc needs DATABRICKS_CLIENT_ID (the service principal's application id).");
      if (!idUrl || !idToken) {
        throw new DatabricksAuthError(
          "Auth type github-oidc needs ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN: add `permissions: id-token: write` to the workflow job.",
        );
      }
      return { type: "github-oidc", clientId, idTokenRequestUrl: idUrl, idTokenRequestToken: idToken, ...(audience ? { audience } : {}) };
    default:
      throw new DatabricksAuthError(
        "No Databricks credentials found: set DATABRICKS_TOKEN (PAT), or DATABRICKS_CLIENT_ID + DATABRICKS_CLIENT_SECRET (OAuth M2M), or DATABRICKS_CLIENT_ID with `permissions: id-token: write` (GitHub OIDC).",
      );
  }
}

export function createAuthProvider(config: AuthConfig, http: HttpClient): AuthProvider {
  switch (config.type) {
    case "pat":
      http.redactor.add(config.token);
      return { mode: "pat", authorization: async () => `Bearer ${config.token}`, invalidate: () => false };
    case "oauth-m2m":
      http.redactor.add(config.clientSecret);
      return workspaceTokenSource("oauth-m2m", http, async (tokenEndpoint) => {
        const basic = Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString("base64");
        http.redactor.add(basic);
        return http.request({
          method: "POST",
          path: tokenEndpoint,
          form: { grant_type: "client_credentials", scope: "all-apis" },
          headers: { authorization: `Basic ${basic}` },
          schema: TokenResponse,
          idempotent: true,
          authenticate: false,
        });
      });
    case "github-oidc":
      http.redactor.add(config.idTokenRequestToken);
      return workspaceTokenSource("github-oidc", http, async (tokenEndpoint) => {
        const audience = config.audience ?? tokenEndpoint;
        // GitHub's toolkit encodes the audience; the SDKs concatenate it raw. GitHub accepts both.
        const idToken = await http.request({
          method: "GET",
          path: `${config.idTokenRequestUrl}&audience=${encodeURIComponent(audience)}`,
          headers: { authorization: `Bearer ${config.idTokenRequestToken}` },
          schema: GitHubIdTokenResponse,
          idempotent: true,
          authenticate: false,
        });
        http.redactor.add(idToken.value);
        return withClaims(idToken.value, () => http.request({
          method: "POST",
          path: tokenEndpoint,
          form: {
            client_id: config.clientId,
            grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
            subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
            subject_token: idToken.value,
            scope: "all-apis",
          },
          schema: TokenResponse,
          idempotent: true,
          authenticate: false,
        }));
      });
  }
}

/**
 * A refused exchange names the ID token's claims: they are what a federation
 * policy must match. The payload only; never the token or its signature.
 */
async function withClaims<T>(jwt: string, exchange: () => Promise<T>): Promise<T> {
  try {
    return await exchange();
  } catch (err) {
    const claims = jwtClaims(jwt);
    if (!claims || !(err instanceof Error)) throw err;
    err.message = `${err.message} (the GitHub ID token that was refused has ${claims})`;
    throw err;
  }
}

/** `sub=…, aud=…, iss=…` from a JWT's payload; undefined when it is not a readable JWT. */
export function jwtClaims(jwt: string): string | undefined {
  const payload = jwt.split(".")[1];
  if (payload === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const text = (v: unknown): string | undefined => (typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join(" ") : undefined);
  const parts = (["sub", "aud", "iss"] as const).flatMap((k) => {
    const v = text(record[k]);
    return v === undefined ? [] : [`${k}=${JSON.stringify(v)}`];
  });
  return parts.length ? parts.join(", ") : undefined;
}

/** The workspace's token endpoint, from OIDC discovery (§4.2). */
async function discoverTokenEndpoint(http: HttpClient, mode: AuthMode): Promise<string> {
  try {
    const d = await http.request({
      method: "GET",
      path: "/oidc/.well-known/oauth-authorization-server",
      schema: OidcDiscovery,
      idempotent: true,
      authenticate: false,
    });
    return d.token_endpoint;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DatabricksAuthError(`${mode}: OAuth discovery failed (is DATABRICKS_HOST a workspace URL?): ${why}`);
  }
}

/** A workspace token source: discovery once, then `fetchToken` at the token endpoint on each refresh. */
function workspaceTokenSource(mode: AuthMode, http: HttpClient, fetchToken: (tokenEndpoint: string) => Promise<FetchedToken>): OAuthTokenSource {
  let tokenEndpoint: string | undefined;
  return new OAuthTokenSource(http, {
    mode,
    what: "workspace",
    fetch: async () => fetchToken((tokenEndpoint ??= await discoverTokenEndpoint(http, mode))),
    hint:
      mode === "oauth-m2m"
        ? "Check DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET."
        : "Check DATABRICKS_CLIENT_ID, the federation policy (issuer, subject) and DATABRICKS_TOKEN_AUDIENCE.",
  });
}
