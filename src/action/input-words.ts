// The Databricks client's messages name the environment variables it reads (the
// CLI's words). In a workflow people set inputs, so the action rewrites the
// client's own sentences into input names at its edge. Exact phrases, not every
// DATABRICKS_* word: a job's task error that mentions DATABRICKS_TOKEN is the
// user's text and stays as it is.

const PHRASES: readonly [string, string][] = [
  ["Auth type pat needs DATABRICKS_TOKEN.", "auth-type pat needs the `token` input."],
  ["Auth type oauth-m2m needs DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET.", "auth-type oauth-m2m needs the `client-id` and `client-secret` inputs."],
  ["Auth type github-oidc needs DATABRICKS_CLIENT_ID (the service principal's application id).", "auth-type github-oidc needs the `client-id` input (the service principal's application id)."],
  [
    "Auth type github-oidc needs ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN: add `permissions: id-token: write` to the workflow job.",
    "`client-id` without `client-secret` means GitHub OIDC, which needs an ID token from the runner: add `permissions: id-token: write` to the workflow job, or set the `client-secret` input (OAuth M2M).",
  ],
  [" Check DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET.", " Check the `client-id` and `client-secret` inputs."],
  [" Check DATABRICKS_CLIENT_ID, the federation policy (issuer, subject) and DATABRICKS_TOKEN_AUDIENCE.", " Check the `client-id` input, the federation policy (issuer, subject, audience) and the `token-audience` input."],
  ["(is DATABRICKS_HOST a workspace URL?)", "(is the `host` input a workspace URL?)"],
  ["Check the credentials (DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET)", "Check the credential inputs (`token`, or `client-id` with `client-secret`)"],
  ["Check the workspace host (DATABRICKS_HOST)", "Check the `host` input"],
  ["No Databricks host: set DATABRICKS_HOST", "No Databricks host: set the `host` input"],
  ['DATABRICKS_HOST "', 'The `host` input "'],
  ["DATABRICKS_HOST must", "The `host` input must"],
  ["DATABRICKS_AUTH_TYPE=", "auth-type "],
  [
    "set DATABRICKS_TOKEN (PAT), or DATABRICKS_CLIENT_ID + DATABRICKS_CLIENT_SECRET (OAuth M2M), or DATABRICKS_CLIENT_ID with",
    "set the `token` input (PAT), or `client-id` with `client-secret` (OAuth M2M), or `client-id` with",
  ],
];

/** The text with the client's environment-variable sentences in the action's input names. */
export function inInputWords(text: string): string {
  let out = text;
  for (const [env, input] of PHRASES) out = out.split(env).join(input);
  return out;
}
