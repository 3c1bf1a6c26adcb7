// One HTTP request to the workspace, with the retry rules of §3.3:
// - 429 and 503 mean "not processed": always retried, honouring Retry-After.
// - connection refused: the request never arrived, always retried.
// - resets, timeouts and 504 may hide a processed request: retried only when the
//   caller says repeating is safe (GET, run-now with an idempotency token, ...).
// - any other 4xx and 500 are final.
// Backoff is capped exponential with jitter, inside a total budget.

import type { z } from "zod";
import type { Clock } from "./clock.js";
import type { AuthProvider } from "./auth-provider.js";
import type { Redactor } from "./redact.js";
import { DatabricksApiError, DatabricksNetworkError } from "./errors.js";
import { networkFailure } from "./network-failure.js";
import { errorFromResponse, parseAnswer } from "./response-body.js";

export interface RetryPolicy {
  /** Total time one request may spend retrying (SDKs: 300 s). */
  budgetMs: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Per attempt, like the SDKs' 60 s HTTP timeout. */
  requestTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  budgetMs: 300_000,
  initialBackoffMs: 500,
  maxBackoffMs: 10_000,
  requestTimeoutMs: 60_000,
};

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestSpec<T> {
  method: Method;
  /** Path under the host, starting with "/", or an absolute URL (GitHub's ID-token URL). */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: Record<string, string>;
  /** Extra headers, e.g. Basic auth for the token endpoint; never logged. */
  headers?: Record<string, string>;
  schema: z.ZodType<T>;
  /** True when repeating a request that may already have been processed is harmless. */
  idempotent: boolean;
  /** Send the workspace bearer token (default true). */
  authenticate?: boolean;
  /** Authenticate with this instead of the workspace's provider: a data plane's scoped token. */
  auth?: AuthProvider;
  signal?: AbortSignal;
}

export interface HttpResult<T> {
  data: T;
  status: number;
  /** 1 when the first attempt answered. */
  attempts: number;
}

export interface HttpStats {
  requests: number;
  retries: number;
  rateLimited: number;
}

export interface HttpClientOptions {
  host: string;
  clock: Clock;
  redactor: Redactor;
  auth?: AuthProvider;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

/**
 * A workspace's front end does not refuse connections: a refusal is a wrong host or
 * port far more often than a blip, so it gets a few quick retries, not the 5-minute budget.
 */
const REFUSED_BUDGET_MS = 10_000;
/** The per-attempt timeout never fires sooner than this in real time (see attempt()). */
const REAL_TIMEOUT_FLOOR_MS = 2_000;

export class HttpClient {
  readonly host: string;
  readonly clock: Clock;
  readonly redactor: Redactor;
  readonly retry: RetryPolicy;
  readonly stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0 };
  auth: AuthProvider | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly logLine: (line: string) => void;

  constructor(options: HttpClientOptions) {
    this.host = options.host;
    this.clock = options.clock;
    this.redactor = options.redactor;
    this.auth = options.auth;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.fetchImpl = options.fetch ?? fetch;
    const log = options.log ?? (() => {});
    this.logLine = (line) => log(this.redactor.redact(line));
  }

  log(line: string): void {
    this.logLine(line);
  }

  async request<T>(spec: RequestSpec<T>): Promise<T> {
    return (await this.send(spec)).data;
  }

  async send<T>(spec: RequestSpec<T>): Promise<HttpResult<T>> {
    const started = this.clock.now();
    const pathOnly = displayPath(spec.path);
    let reauthorized = false;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(spec, pathOnly);
      if (outcome.kind === "ok") return { data: outcome.data, status: outcome.status, attempts: attempt };

      const err = outcome.error;
      if (
        err instanceof DatabricksApiError &&
        (err.status === 401 || err.status === 403) &&
        spec.authenticate !== false &&
        !reauthorized &&
        (spec.auth ?? this.auth)?.invalidate()
      ) {
        // A cached OAuth token can be revoked or expire early: fetch a new one once.
        reauthorized = true;
        this.logLine(`${spec.method} ${pathOnly}: token rejected (HTTP ${err.status}); obtaining a new one`);
        continue;
      }
      if (err instanceof DatabricksApiError) err.attempts = attempt;
      if (!outcome.retryable) throw err;

      const elapsed = this.clock.now() - started;
      const backoff = Math.min(this.retry.maxBackoffMs, this.retry.initialBackoffMs * 2 ** (attempt - 1));
      // Equal jitter: never less than half the backoff, so bursts of clients spread out.
      let delay = backoff / 2 + (this.clock.random() * backoff) / 2;
      if (outcome.retryAfterMs !== undefined) delay = outcome.retryAfterMs + this.clock.random() * 250;
      const budget = err instanceof DatabricksNetworkError && err.code === "ECONNREFUSED" ? Math.min(REFUSED_BUDGET_MS, this.retry.budgetMs) : this.retry.budgetMs;
      if (elapsed + delay > budget) throw err;
      if (outcome.rateLimited) this.stats.rateLimited++;
      this.stats.retries++;
      this.logLine(`${spec.method} ${pathOnly}: ${outcome.reason}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`);
      await this.clock.sleep(delay, spec.signal);
    }
  }

  private async attempt<T>(
    spec: RequestSpec<T>,
    pathOnly: string,
  ): Promise<
    | { kind: "ok"; data: T; status: number }
    | { kind: "error"; error: Error; retryable: boolean; reason: string; retryAfterMs?: number; rateLimited?: boolean }
  > {
    const url = this.url(spec);
    const headers: Record<string, string> = { accept: "application/json", ...spec.headers };
    let body: string | undefined;
    if (spec.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(spec.json);
    } else if (spec.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(spec.form).toString();
    }
    const auth = spec.auth ?? this.auth;
    if (spec.authenticate !== false && auth) headers.authorization = await auth.authorization();

    this.stats.requests++;
    const timeout = new AbortController();
    const stopTimer = new AbortController();
    const onOuterAbort = (): void => timeout.abort(spec.signal?.reason);
    spec.signal?.addEventListener("abort", onOuterAbort, { once: true });
    // Infinity disables the per-attempt timeout (unit tests with a clock that never waits).
    if (Number.isFinite(this.retry.requestTimeoutMs)) {
      // A hang is a real-time event: under an accelerated clock (the emulator) a busy
      // machine must not turn a 60 ms pause into a timeout, so both must have passed.
      const realFloor = new Promise<void>((resolve) => {
        const t = setTimeout(resolve, REAL_TIMEOUT_FLOOR_MS);
        stopTimer.signal.addEventListener("abort", () => clearTimeout(t), { once: true });
      });
      Promise.all([this.clock.sleep(this.retry.requestTimeoutMs, stopTimer.signal), realFloor]).then(
        () => timeout.abort(new Error("timeout")),
        () => {},
      );
    }
    try {
      const res = await this.fetchImpl(url, { method: spec.method, headers, body, signal: timeout.signal });
      const text = await res.text();
      if (res.ok) return { kind: "ok", data: parseAnswer(spec.schema, text, res.status, spec.method, pathOnly), status: res.status };
      const error = errorFromResponse(res, text, spec.method, pathOnly, this.redactor);
      const status = res.status;
      if (status === 429 || status === 503) {
        return {
          kind: "error",
          error,
          retryable: true,
          rateLimited: status === 429,
          reason: `HTTP ${status}`,
          retryAfterMs: error.retryAfterSeconds === undefined ? undefined : error.retryAfterSeconds * 1000,
        };
      }
      return { kind: "error", error, retryable: status === 504 && spec.idempotent, reason: `HTTP ${status}` };
    } catch (cause) {
      if (cause instanceof DatabricksApiError) throw cause; // an unreadable answer is not a network blip
      if (spec.signal?.aborted) throw spec.signal.reason;
      const { error, retryable, code } = networkFailure(cause, timeout.signal.aborted, { method: spec.method, pathOnly, url, idempotent: spec.idempotent });
      return { kind: "error", error, retryable, reason: code };
    } finally {
      stopTimer.abort();
      spec.signal?.removeEventListener("abort", onOuterAbort);
    }
  }

  private url(spec: RequestSpec<unknown>): string {
    const base = /^https?:\/\//.test(spec.path) ? spec.path : `${this.host}${spec.path}`;
    const q = Object.entries(spec.query ?? {}).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);
    if (q.length === 0) return base;
    const params = new URLSearchParams(q.map(([k, v]): [string, string] => [k, String(v)]));
    return `${base}${base.includes("?") ? "&" : "?"}${params.toString()}`;
  }
}

/** Path without query or absolute-URL prefix: what error messages and logs show. */
function displayPath(path: string): string {
  if (/^https?:\/\//.test(path)) {
    const u = new URL(path);
    return `${u.origin}${u.pathname}`;
  }
  return path.split("?")[0] ?? path;
}
