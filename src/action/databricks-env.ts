// The action's Databricks inputs over the job's DATABRICKS_* environment: an
// input wins, an empty one falls back to the environment, so both
// `with: token: ...` and `env: DATABRICKS_TOKEN: ...` work.

import type { Env } from "./github-context.js";
import type { DatabricksInputs } from "./inputs.js";

export function databricksEnv(inputs: DatabricksInputs, env: Env): Env {
  const pick = (input: string | undefined, name: string): Record<string, string> => {
    const v = input ?? env[name];
    return v ? { [name]: v } : {};
  };
  return {
    ...pick(inputs.host, "DATABRICKS_HOST"),
    ...pick(inputs.token, "DATABRICKS_TOKEN"),
    ...pick(inputs.clientId, "DATABRICKS_CLIENT_ID"),
    ...pick(inputs.clientSecret, "DATABRICKS_CLIENT_SECRET"),
    ...pick(inputs.authType, "DATABRICKS_AUTH_TYPE"),
    ...pick(inputs.tokenAudience, "DATABRICKS_TOKEN_AUDIENCE"),
    // Present only with `permissions: id-token: write`.
    ...pick(undefined, "ACTIONS_ID_TOKEN_REQUEST_URL"),
    ...pick(undefined, "ACTIONS_ID_TOKEN_REQUEST_TOKEN"),
  };
}

/** Enough to try: a host plus some credential (which one is the client's choice). */
export function hasDatabricksCredentials(env: Env): boolean {
  return Boolean(env.DATABRICKS_HOST && (env.DATABRICKS_TOKEN || env.DATABRICKS_CLIENT_ID));
}

/**
 * What the client would reject for want of an input, said in the action's words;
 * undefined when the client can try. `client-id` alone is OIDC, which needs the job's
 * `id-token: write` permission (the runner then sets ACTIONS_ID_TOKEN_REQUEST_*).
 */
export function credentialsProblem(env: Env): string | undefined {
  if (!env.DATABRICKS_HOST) return "the `host` input is not set: the workspace URL, e.g. https://dbc-1234.cloud.databricks.com (or DATABRICKS_HOST in the job env).";
  if (env.DATABRICKS_TOKEN || env.DATABRICKS_CLIENT_SECRET) return undefined;
  if (!env.DATABRICKS_CLIENT_ID) return "no Databricks credentials: set the `token` input, or `client-id` with `client-secret`, or `client-id` with `permissions: id-token: write` (GitHub OIDC).";
  if (env.DATABRICKS_AUTH_TYPE && env.DATABRICKS_AUTH_TYPE !== "github-oidc") return undefined;
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return "`client-id` without `client-secret` means GitHub OIDC, which needs an ID token from the runner: add `permissions: id-token: write` to the workflow job, or set the `client-secret` input (OAuth M2M).";
  }
  return undefined;
}
