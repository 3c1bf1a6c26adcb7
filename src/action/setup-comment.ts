// Inputs that cannot be parsed stop the action before any client exists. The
// step still fails with outcome=failed (main.ts), and where a pull request and
// a github-token are known, one comment says which input to change. It has its
// own marker (no endpoint is known yet); the next run that gets past its
// inputs removes it, so a fixed mistake leaves no stale comment behind.

import { Input, type InputName } from "./constants.js";
import { CommentPublisher } from "./comment/publish.js";
import { endpointMarker, stampMarker, type RunStamp } from "./comment/marker.js";
import { createGitHubApi, type GitHubApi, type GitHubApiOptions } from "./github-api.js";
import { readGitHubContext, type Env } from "./github-context.js";
import type { ActionIO } from "./io.js";
import { SecretMask } from "./io.js";
import { untrustedReason } from "./trust.js";

/** Not an endpoint name (those are [A-Za-z0-9_-]): the setup error's own comment. */
export const SETUP_COMMENT_KEY = "(inputs)";

const SECRET_INPUTS: readonly InputName[] = [Input.Token, Input.ClientSecret, Input.GithubToken];

export interface SetupCommentDeps {
  env: Env;
  readInput: (name: InputName) => string;
  io: ActionIO;
  now: Date;
  github?: (o: GitHubApiOptions) => GitHubApi;
}

/** Comments the input error on the pull request, if there is one to comment on; never throws. */
export async function commentInputError(message: string, d: SetupCommentDeps): Promise<void> {
  try {
    const token = d.readInput(Input.GithubToken).trim();
    if (!token || d.readInput(Input.Comment).trim() === "off") return;
    const ctx = readGitHubContext(d.env);
    if (untrustedReason(ctx)) return; // a fork's token may not write
    // The inputs were not parsed, so their secrets were never registered: none may reach the comment.
    const mask = new SecretMask();
    for (const name of SECRET_INPUTS) mask.add(d.readInput(name).trim());
    const stamp: RunStamp = { stage: ctx.pullRequest ? "pr" : "merge", sha: ctx.sha, commitTime: ctx.commitTime, runAt: d.now.toISOString() };
    const api = (d.github ?? createGitHubApi)({ apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, token });
    const sha = ctx.sha ? `commit \`${ctx.sha.slice(0, 7)}\` · ` : "";
    const body = [
      endpointMarker(SETUP_COMMENT_KEY),
      stampMarker(stamp),
      "### serving-ci · ❌ invalid action inputs",
      "",
      "The action stopped before linting, planning or deploying anything:",
      "",
      "```text",
      mask.mask(message).replace(/`{3,}/g, "``"),
      "```",
      "",
      "Change the named input in the workflow file (the step's `with:`) and re-run the workflow.",
      "",
      `<sub>${sha}[workflow run](${ctx.runUrl}) · ${stamp.runAt}</sub>`,
      "",
    ].join("\n");
    await new CommentPublisher(api, ctx, d.io, stamp).publish(SETUP_COMMENT_KEY, body);
  } catch {
    // The step's failure message says it all; a comment is a courtesy.
  }
}
