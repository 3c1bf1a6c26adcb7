// One cached OAuth access token: fetched on first use, shared by concurrent
// requests, refreshed before it expires, dropped when the server rejects it.
// The workspace token (auth.ts) and each data-plane token (data-plane-auth.ts) are one.

import type { Clock } from "./clock.js";
import type { HttpClient } from "./http.js";
import type { AuthMode, AuthProvider } from "./auth-provider.js";
import { DatabricksAuthError } from "./errors.js";

export interface FetchedToken {
  access_token: string;
  expires_in: number;
}

export interface TokenSourceOptions {
  mode: AuthMode;
  /** Names the token in the log line: "workspace", "data-plane token for <url>". */
  what: string;
  fetch: () => Promise<FetchedToken>;
  /** What the user should check when the fetch fails (appended to the message). */
  hint: string;
  /** Also drop what this token was made from (the data plane's workspace token). */
  onInvalidate?: () => void;
}

export class OAuthTokenSource implements AuthProvider {
  readonly mode: AuthMode;
  private token: { value: string; refreshAt: number } | undefined;
  private inflight: Promise<string> | undefined;
  private readonly clock: Clock;

  constructor(
    private readonly http: HttpClient,
    private readonly options: TokenSourceOptions,
  ) {
    this.mode = options.mode;
    this.clock = http.clock;
  }

  async authorization(): Promise<string> {
    return `Bearer ${await this.accessToken()}`;
  }

  async accessToken(): Promise<string> {
    if (this.token && this.clock.now() < this.token.refreshAt) return this.token.value;
    // One refresh at a time, shared by concurrent requests.
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  invalidate(): boolean {
    this.token = undefined;
    this.options.onInvalidate?.();
    return true;
  }

  private async refresh(): Promise<string> {
    let res: FetchedToken;
    try {
      res = await this.options.fetch();
    } catch (err) {
      if (err instanceof DatabricksAuthError) throw err; // already says what to check
      const why = err instanceof Error ? err.message : String(err);
      throw new DatabricksAuthError(`${this.mode}: could not obtain a ${this.options.what} token: ${this.http.redactor.redact(why)} ${this.options.hint}`);
    }
    this.http.redactor.add(res.access_token);
    const now = this.clock.now();
    const ttl = Math.max(0, res.expires_in * 1000);
    // Refresh early: 5 minutes before expiry, or at 3/4 of a short lifetime.
    const margin = Math.min(300_000, ttl / 4);
    this.token = { value: res.access_token, refreshAt: now + ttl - margin };
    this.http.log(`auth: ${this.mode} ${this.options.what} token obtained, valid ${Math.round(ttl / 1000)}s`);
    return res.access_token;
  }
}
