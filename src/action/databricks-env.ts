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
