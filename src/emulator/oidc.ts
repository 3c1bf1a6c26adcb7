// Workspace auth (§4): the PAT, OAuth M2M (client credentials with HTTP Basic),
// GitHub OIDC token exchange, a fake GitHub ID-token URL that issues signed
// JWTs so the exchange can be exercised end to end, and the exchange of a
// workspace token for a route-optimized data plane's (data-plane-tokens.ts).

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { AuthSettings } from "./scenario.js";
import type { Reply } from "./respond.js";
import { apiError } from "./respond.js";
import { DataPlaneTokens, JWT_BEARER } from "./data-plane-tokens.js";

const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
const TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
const JWT_TYPE = "urn:ietf:params:oauth:token-type:jwt";

function oauthError(status: number, error: string, description: string): Reply {
  return { status, body: { error, error_description: description } };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class WorkspaceAuth {
  // Token lifetimes run in real time, whatever the speed: a client counts `expires_in`
  // on its own (real) clock, so a sped-up emulator must not expire its tokens early.
  private readonly issued = new Map<string, number>(); // access token -> expiry (real ms)
  private readonly signingKey = randomBytes(32);
  private readonly dataPlane: DataPlaneTokens;

  constructor(
    private readonly pat: string,
    private readonly settings: () => AuthSettings,
    private readonly baseUrl: () => string,
    isRouteOptimized: (endpointId: string) => boolean,
    /** Real time, for token lifetimes (tests inject their own). */
    private readonly realNow: () => number = Date.now,
  ) {
    this.dataPlane = new DataPlaneTokens({
      isWorkspaceToken: (t) => this.isLive(t),
      isRouteOptimized,
      ttlSeconds: () => this.settings().tokenTtlSeconds,
      realNow,
    });
  }

  /** Checks a workspace API request's bearer token; undefined when it may pass. */
  check(authorization: string | undefined): Reply | undefined {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!m?.[1]) {
      // Real body for a missing credential is unconfirmed; the numeric form mirrors the 403 gateway error.
      return apiError(401, 401, "Credential was not sent or was of an unsupported type for this API.");
    }
    const token = m[1];
    // A data-plane token is not a workspace token: the workspace refuses it (choice, unconfirmed).
    if (same(token, this.pat) || this.isLive(token)) return undefined;
    return apiError(403, 403, "Invalid access token.", { "x-databricks-reason-phrase": "Invalid access token." });
  }

  /** A route-optimized endpoint's data plane takes only a token scoped to it (never the PAT or a workspace token). */
  checkDataPlane(authorization: string | undefined, endpointId: string): Reply | undefined {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    return this.dataPlane.check(token, endpointId, token !== undefined && same(token, this.pat));
  }

  private isLive(token: string): boolean {
    const expiry = this.issued.get(token);
    return expiry !== undefined && this.realNow() < expiry;
  }

  /** Every issued OAuth token stops working (revocation, key rotation). */
  revokeAll(): void {
    this.issued.clear();
    this.dataPlane.revokeAll();
  }

  discovery(): Reply {
    const base = this.baseUrl();
    return {
      status: 200,
      body: {
        issuer: `${base}/oidc`,
        authorization_endpoint: `${base}/oidc/v1/authorize`,
        token_endpoint: `${base}/oidc/v1/token`,
        grant_types_supported: ["client_credentials", "authorization_code", "refresh_token", TOKEN_EXCHANGE, JWT_BEARER],
        scopes_supported: ["all-apis", "offline_access"],
      },
    };
  }

  token(form: URLSearchParams, authorization: string | undefined): Reply {
    const grant = form.get("grant_type");
    const s = this.settings();
    if (grant === "client_credentials") {
      let id = form.get("client_id") ?? "";
      let secret = form.get("client_secret") ?? "";
      const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? "")?.[1];
      if (basic) {
        const decoded = Buffer.from(basic, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        id = decodeURIComponent(decoded.slice(0, colon));
        secret = decodeURIComponent(decoded.slice(colon + 1));
      }
      const client = s.clients.find((c) => c.clientId === id);
      if (!client || !same(client.clientSecret, secret)) return oauthError(401, "invalid_client", "Client authentication failed");
      return this.issue(form.get("scope") ?? "all-apis");
    }
    if (grant === TOKEN_EXCHANGE) {
      if (form.get("subject_token_type") !== JWT_TYPE) return oauthError(400, "invalid_request", `subject_token_type must be ${JWT_TYPE}`);
      const clientId = form.get("client_id");
      if (!clientId || !s.clients.some((c) => c.clientId === clientId)) {
        return oauthError(400, "invalid_request", "No federation policy matches this client_id");
      }
      const claims = this.verify(form.get("subject_token") ?? "");
      if (!claims) return oauthError(400, "invalid_grant", "subject_token is not a valid JWT from a trusted issuer");
      const audience = s.audience ?? `${this.baseUrl()}/oidc/v1/token`;
      if (claims.iss !== GITHUB_ISSUER) return oauthError(400, "invalid_grant", "Token issuer does not match the federation policy");
      if (claims.aud !== audience) return oauthError(400, "invalid_grant", "Token audience does not match the federation policy");
      if (typeof claims.exp !== "number" || claims.exp * 1000 <= this.realNow()) return oauthError(400, "invalid_grant", "subject_token has expired");
      if (s.subject !== null ? claims.sub !== s.subject : !String(claims.sub).startsWith("repo:")) {
        return oauthError(400, "invalid_grant", "Token subject does not match the federation policy");
      }
      return this.issue(form.get("scope") ?? "all-apis");
    }
    if (grant === JWT_BEARER) return this.dataPlane.exchange(form);
    return oauthError(400, "unsupported_grant_type", `grant_type ${grant ?? "(missing)"} is not supported`);
  }

  /** The runner's ID-token URL: `GET …?api-version=2.0&audience=…` with the request token as bearer. */
  githubIdToken(query: URLSearchParams, authorization: string | undefined): Reply {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!m?.[1] || !same(m[1], this.settings().githubRequestToken)) return { status: 401, body: { message: "Bad credentials" } };
    const now = Math.floor(this.realNow() / 1000);
    const audience = query.get("audience") ?? "https://github.com/example";
    return { status: 200, body: { value: this.sign({ iss: GITHUB_ISSUER, aud: audience, sub: this.settings().githubSubject, iat: now, exp: now + 300 }) } };
  }

  private issue(scope: string): Reply {
    const ttl = this.settings().tokenTtlSeconds;
    const token = `emu-oauth-${randomBytes(18).toString("base64url")}`;
    this.issued.set(token, this.realNow() + ttl * 1000);
    return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: ttl, scope } };
  }

  private sign(claims: Record<string, unknown>): string {
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString("base64url");
    const head = `${enc({ alg: "HS256", typ: "JWT" })}.${enc(claims)}`;
    return `${head}.${createHmac("sha256", this.signingKey).update(head).digest("base64url")}`;
  }

  private verify(jwt: string): Record<string, unknown> | undefined {
    const [h, p, sig] = jwt.split(".");
    if (!h || !p || !sig) return undefined;
    const expected = createHmac("sha256", this.signingKey).update(`${h}.${p}`).digest("base64url");
    if (!same(expected, sig)) return undefined;
    try {
      return JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
}
