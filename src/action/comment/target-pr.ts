// Which pull request a run reports to: the PR itself, or, on a push to the
// default branch, the PR that the pushed commit belongs to.

import type { GitHubApi } from "../github-api.js";
import type { GitHubContext } from "../github-context.js";

export async function targetPullRequest(ctx: GitHubContext, api: GitHubApi): Promise<number | undefined> {
  if (ctx.pullRequest) return ctx.pullRequest.number;
  if (!ctx.sha || (ctx.eventName !== "push" && ctx.eventName !== "workflow_dispatch")) return undefined;
  const pulls = await api.pullsForCommit(ctx.sha);
  // Prefer the PR this commit merged; then any PR into the default branch; then any.
  const merged = pulls.find((p) => p.merge_commit_sha === ctx.sha) ?? pulls.find((p) => p.merged_at);
  const intoDefault = pulls.find((p) => p.base?.ref === ctx.defaultBranch);
  return (merged ?? intoDefault ?? pulls[0])?.number;
}
