// Tokens for a route-optimized endpoint's data plane (reference §1.12). That URL
// takes neither a PAT nor the workspace OAuth token: the SDKs (databricks-sdk-py
// data_plane.py, databricks-sdk-go config/experimental/auth/dataplane) exchange
// the workspace token for one scoped by the endpoint's
// `data_plane_info.query_info.authorization_details`:
//   POST {host}/oidc/v1/token, form-encoded, no client authentication:
//   grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer,
//   authorization_details=<the string from GET, verbatim>, assertion=<workspace access token>.
// One cached token per (endpoint_url, authorization_details), as both SDKs key it.

import type { HttpClient } from "./http.js";
import type { AuthProvider } from "./auth-provider.js";
import { DatabricksAuthError } from "./errors.js";
import { OAuthTokenSource } from "./oauth-token-source.js";
import { TokenResponse } from "./auth-schemas.js";

export const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/** The SDKs use this path on the host itself, not the discovered token endpoint. */
const OIDC_TOKEN_PATH = "/oidc/v1/token";

export class DataPlaneTokens {
  private readonly sources = new Map<string, OAuthTokenSource>();

  constructor(
    private readonly http: HttpClient,
    private readonly workspace: AuthProvider,
  ) {}

  /** The provider to query `endpointUrl` with; a PAT cannot be exchanged, so it is refused here, before anything is sent. */
  forEndpoint(endpointUrl: string, authorizationDetails: string): AuthProvider {
    const workspace = this.workspace;
    const exchangeable = workspace.accessToken?.bind(workspace);
    if (!exchangeable) {
      throw new DatabricksAuthError(
        `${workspace.mode}: a route-optimized endpoint's data plane accepts OAuth tokens only, not a personal access token; use client-id with client-secret, or GitHub OIDC.`,
      );
    }
    const key = JSON.stringify([endpointUrl, authorizationDetails]);
    let source = this.sources.get(key);
    if (!source) {
      source = new OAuthTokenSource(this.http, {
        mode: workspace.mode,
        what: `data-plane (${endpointUrl})`,
        fetch: async () =>
          this.http.request({
            method: "POST",
            path: OIDC_TOKEN_PATH,
            form: { grant_type: JWT_BEARER_GRANT, authorization_details: authorizationDetails, assertion: await exchangeable() },
            schema: TokenResponse,
            idempotent: true,
            authenticate: false,
          }),
        hint: "Check that the service principal has CAN_QUERY on the endpoint.",
        // Choice (the SDKs do not retry): a refused scoped token may come from a revoked
        // workspace token, so both are fetched again on the one retry the client makes.
        onInvalidate: () => void workspace.invalidate(),
      });
      this.sources.set(key, source);
    }
    return source;
  }
}
