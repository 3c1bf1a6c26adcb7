// What the HTTP client needs from authentication: an Authorization header, and a
// way to drop a token the server rejected. Its own module so that the client
// (http.ts) and the token sources (auth.ts, oauth-token-source.ts) import it
// without importing each other.

export type AuthMode = "pat" | "oauth-m2m" | "github-oidc";

export interface AuthProvider {
  readonly mode: AuthMode;
  /** The Authorization header value. */
  authorization(): Promise<string>;
  /** Drop a cached token the workspace rejected; false when there is nothing to refresh. */
  invalidate(): boolean;
  /** The bare OAuth access token, to exchange for a scoped one (data-plane-auth.ts); absent for a PAT. */
  accessToken?(): Promise<string>;
}
