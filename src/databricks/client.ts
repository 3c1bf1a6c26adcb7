// Builds a workspace client from explicit inputs and an injected environment
// (the action passes its inputs; the CLI passes process.env).

import { systemClock, type Clock } from "./clock.js";
import { HttpClient, type RetryPolicy } from "./http.js";
import { Redactor } from "./redact.js";
import { authConfigFromEnv, createAuthProvider, type AuthConfig, type Env } from "./auth.js";
import type { AuthMode } from "./auth-provider.js";
import { DatabricksConfigError } from "./errors.js";
import { ServingEndpoints } from "./serving.js";
import { ServingEndpointsDataPlane } from "./serving-data-plane.js";
import { DataPlaneTokens } from "./data-plane-auth.js";
import { Jobs } from "./jobs.js";

export interface ClientOptions {
  /** Workspace URL; defaults to env.DATABRICKS_HOST. */
  host?: string;
  /** Explicit credentials; default: chosen from `env` (see authConfigFromEnv). */
  auth?: AuthConfig;
  env?: Env;
  /** Receives progress lines (auth mode, retries); secrets are already masked. */
  log?: (line: string) => void;
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  jobsApiVersion?: "2.1" | "2.2";
}

export interface DatabricksClient {
  readonly host: string;
  readonly authMode: AuthMode;
  readonly clock: Clock;
  readonly http: HttpClient;
  readonly serving: ServingEndpoints;
  /** Queries a route-optimized endpoint on its own URL, with a token scoped to it. */
  readonly servingDataPlane: ServingEndpointsDataPlane;
  readonly jobs: Jobs;
  /** Masks every secret this client has seen; use it on anything printed. */
  redact(text: string): string;
}

export function createDatabricksClient(options: ClientOptions = {}): DatabricksClient {
  const env = options.env ?? {};
  const host = normalizeHost(options.host ?? env.DATABRICKS_HOST);
  const clock = options.clock ?? systemClock;
  const redactor = new Redactor();
  const http = new HttpClient({
    host,
    clock,
    redactor,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const authConfig = options.auth ?? authConfigFromEnv(env);
  const auth = createAuthProvider(authConfig, http);
  http.auth = auth;
  http.log(`auth: using ${authConfig.type} for ${host}`);
  const serving = new ServingEndpoints(http);
  return {
    host,
    authMode: authConfig.type,
    clock,
    http,
    serving,
    servingDataPlane: new ServingEndpointsDataPlane(http, serving, new DataPlaneTokens(http, auth)),
    jobs: new Jobs(http, options.jobsApiVersion ?? "2.2"),
    redact: (text) => redactor.redact(text),
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** `https://host` without a trailing slash, path or query; plain http only for a local emulator. */
export function normalizeHost(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) throw new DatabricksConfigError("No Databricks host: set DATABRICKS_HOST (e.g. https://dbc-1234.cloud.databricks.com).");
  const withScheme = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new DatabricksConfigError(`DATABRICKS_HOST "${value}" is not a URL (expected e.g. https://dbc-1234.cloud.databricks.com).`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new DatabricksConfigError(`DATABRICKS_HOST must use https:// (plain http is only allowed for a local emulator), got "${value}".`);
  }
  if (url.username || url.password) throw new DatabricksConfigError("DATABRICKS_HOST must not contain credentials.");
  return url.origin;
}
