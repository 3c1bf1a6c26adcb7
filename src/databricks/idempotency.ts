// run-now idempotency tokens (§2.1): Databricks starts at most one run per token,
// so a token derived from what is being deployed makes run-now safe to retry,
// and a re-run of the same workflow attempt cannot start a second deployment.

import { createHash } from "node:crypto";

export interface DeploymentIdentity {
  /** "owner/repo" */
  repository: string;
  commit: string;
  endpoint: string;
  /** GitHub's run attempt: a deliberate re-run gets a new token, a retried request does not. */
  attempt: number | string;
}

/** A stable token of at most 64 characters (the API's limit). */
export function deploymentIdempotencyToken(id: DeploymentIdentity): string {
  const digest = createHash("sha256")
    .update(JSON.stringify([id.repository, id.commit, id.endpoint, String(id.attempt)]))
    .digest("hex");
  return `serving-ci-${digest.slice(0, 48)}`;
}
