// The trust boundary: a pull request whose head lives in another repository is
// someone else's code. Whatever the workflow asks, such a run never builds a
// Databricks client (no credentials read, no OIDC token requested), so it can
// neither plan with credentials nor deploy. pull_request_target runs are
// judged by the same payload, so they are covered too.

import type { GitHubContext } from "./github-context.js";

/** Why this run must not touch Databricks, or undefined when it may. */
export function untrustedReason(ctx: GitHubContext): string | undefined {
  if (ctx.pullRequest?.fromFork) return `pull request #${ctx.pullRequest.number} comes from a fork`;
  return undefined;
}

export const FORK_DEPLOY_REFUSED =
  "serving-ci never deploys, or plans with credentials, for a pull request from a fork, whatever the inputs say: the fork's code would run with your workspace's credentials. " +
  "To deploy it, merge the pull request: the deploy then runs on the push to the default branch. " +
  "To show plans on fork pull requests, use two workflows: one on `pull_request` without secrets that lints, and one on `workflow_run` that runs from the default branch's checkout. " +
  "Never use `pull_request_target` with a checkout of the pull request's head.";
