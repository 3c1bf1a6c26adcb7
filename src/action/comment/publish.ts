// Publishes the per-endpoint comments of one run, degrading to a single notice
// when the token may not write (fork PRs) instead of failing the step.

import type { ActionIO } from "../io.js";
import { GitHubApiError, type GitHubApi } from "../github-api.js";
import type { GitHubContext } from "../github-context.js";
import type { RunStamp } from "./marker.js";
import { CommentAuthor, removeStickyComment, upsertStickyComment, type CommentBody } from "./sticky.js";
import { targetPullRequest } from "./target-pr.js";

export const FORK_NOTICE =
  "This pull request comes from a fork: serving-ci lints it and reports through annotations and the job summary only. It never plans with Databricks credentials nor deploys a fork's code, and does not comment (a fork's token is read-only under `pull_request`).";

export class CommentPublisher {
  private pr: number | undefined | null = null; // null: not looked up yet
  private disabled = false;
  private readonly author: CommentAuthor | undefined;

  constructor(
    private readonly api: GitHubApi | undefined,
    private readonly ctx: GitHubContext,
    private readonly io: ActionIO,
    private readonly stamp: RunStamp,
  ) {
    this.author = api ? new CommentAuthor(api) : undefined;
  }

  /** Creates or edits the endpoint's comment; never throws. */
  /** Removes the comment kept under `key` (a setup error this run got past); never throws. */
  async retire(key: string, why: string): Promise<void> {
    if (this.disabled || !this.api || !this.author) return;
    try {
      if (this.pr === null) this.pr = await targetPullRequest(this.ctx, this.api);
      if (this.pr === undefined) return;
      const removed = await removeStickyComment(this.api, this.author, this.pr, key, this.stamp);
      if (removed) this.io.info(`PR #${this.pr}: removed the comment ${why}`);
    } catch (err) {
      this.io.info(`could not remove the comment ${why}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** quiet: no log line on success (the live edits of a deploy, which the log tells as phases). */
  async publish(endpoint: string, body: CommentBody, options: { quiet?: boolean } = {}): Promise<void> {
    if (this.disabled || !this.api || !this.author) return;
    try {
      if (this.pr === null) {
        this.pr = await targetPullRequest(this.ctx, this.api);
        if (this.pr === undefined) this.io.info(`no pull request to comment on for ${this.ctx.eventName} ${this.ctx.sha.slice(0, 7)}`);
      }
      if (this.pr === undefined) return;
      const r = await upsertStickyComment(this.api, this.author, this.pr, endpoint, body, this.stamp);
      if (r.action === "kept-newer") {
        this.io.info(`PR #${this.pr}: the comment for ${endpoint} was written by a newer commit (${r.newerSha.slice(0, 7)}); not overwriting it`);
      } else if (!options.quiet || r.action === "created") this.io.info(`PR #${this.pr}: ${r.action} the comment for ${endpoint}${r.removedDuplicates ? ` (removed ${r.removedDuplicates} duplicate${r.removedDuplicates === 1 ? "" : "s"} a concurrent run created)` : ""}`);
    } catch (err) {
      this.disabled = true; // one message, not one per endpoint
      if (err instanceof GitHubApiError && err.isPermissionDenied) {
        this.io.notice(
          this.ctx.pullRequest?.fromFork
            ? FORK_NOTICE
            : `serving-ci could not write the PR comment (${err.message}). Results are in the job summary.`,
        );
      } else this.io.warning(`serving-ci could not update the PR comment: ${err instanceof Error ? err.message : String(err)}. Results are in the job summary.`);
    }
  }
}
