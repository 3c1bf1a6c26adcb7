// Who ran us and why: the runner's environment plus the event payload file,
// checked once (tolerant of the hundreds of fields we do not read).

import { readFileSync } from "node:fs";
import { UserError } from "../errors.js";
import { boolean, checkShape, looseObject, nullable, number, optional, string, type Infer } from "../shape.js";

export type Env = Readonly<Record<string, string | undefined>>;

const Repo = looseObject({ full_name: optional(string), fork: optional(boolean), default_branch: optional(string) });

const EventPayload = looseObject({
  repository: optional(Repo),
  pull_request: optional(
    looseObject({
      number: number,
      updated_at: optional(string),
      head: looseObject({ sha: string, repo: optional(nullable(Repo)) }),
      base: optional(looseObject({ repo: optional(nullable(Repo)) })),
    }),
  ),
  head_commit: optional(nullable(looseObject({ id: optional(string), timestamp: optional(string) }))),
});
type EventPayload = Infer<typeof EventPayload>;

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** The head lives in another repository: the token is read-only and secrets are absent. */
  fromFork: boolean;
}

export interface GitHubContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit under test: a PR's head (not the merge ref GitHub checks out), else GITHUB_SHA. */
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  /** Link to this workflow run (attempt). */
  runUrl: string;
  defaultBranch: string | undefined;
  pullRequest: PullRequestRef | undefined;
  /**
   * When the commit under test was made or pushed, for "an older commit's run never
   * overwrites a newer one": the PR's updated_at (moves on every push), the pushed
   * head commit's timestamp, or undefined (e.g. workflow_dispatch).
   */
  commitTime: string | undefined;
}

export function readGitHubContext(env: Env, readText: (path: string) => string = (p) => readFileSync(p, "utf8")): GitHubContext {
  const payload = readPayload(env, readText);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID ?? "0";
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? "1";
  const pr = payload.pull_request;
  const pullRequest: PullRequestRef | undefined = pr
    ? {
        number: pr.number,
        headSha: pr.head.sha,
        // A deleted fork leaves head.repo null: its code is still not ours.
        fromFork:
          pr.head.repo === null ||
          pr.head.repo?.fork === true ||
          (pr.head.repo?.full_name !== undefined && pr.base?.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base.repo.full_name),
      }
    : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    runId,
    runAttempt,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${runAttempt !== "1" ? `/attempts/${runAttempt}` : ""}`,
    defaultBranch: payload.repository?.default_branch,
    pullRequest,
    commitTime: pr?.updated_at ?? payload.head_commit?.timestamp ?? undefined,
  };
}

function readPayload(env: Env, readText: (path: string) => string): EventPayload {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (err) {
    throw new UserError(`cannot read the GitHub event payload ${path} (GITHUB_EVENT_PATH): ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = checkShape(EventPayload, json);
  if (!parsed.ok) throw new UserError(`the GitHub event payload ${path} has an unexpected shape at ${parsed.path}: ${parsed.problem}`);
  return parsed.value;
}

/** A push to the repository's default branch (the deploy trigger), judged from GITHUB_REF. */
export function isDefaultBranchPush(ctx: GitHubContext): boolean {
  return ctx.eventName === "push" && ctx.defaultBranch !== undefined && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
}
