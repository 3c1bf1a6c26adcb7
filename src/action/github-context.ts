// Who ran us and why: the runner's environment plus the event payload file,
// parsed once with zod (tolerant of the hundreds of fields we do not read).

import { readFileSync } from "node:fs";
import { z } from "zod";
import { UserError } from "../errors.js";

export type Env = Readonly<Record<string, string | undefined>>;

const Repo = z.looseObject({ full_name: z.string().optional(), fork: z.boolean().optional(), default_branch: z.string().optional() });

const EventPayload = z.looseObject({
  repository: Repo.optional(),
  pull_request: z
    .looseObject({
      number: z.number(),
      updated_at: z.string().optional(),
      head: z.looseObject({ sha: z.string(), repo: Repo.nullable().optional() }),
      base: z.looseObject({ repo: Repo.nullable().optional() }).optional(),
    })
    .optional(),
  head_commit: z.looseObject({ id: z.string().optional(), timestamp: z.string().optional() }).nullable().optional(),
});
type EventPayload = z.infer<typeof EventPayload>;

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
  const parsed = EventPayload.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UserError(`the GitHub event payload ${path} has an unexpected shape at ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** A push to the repository's default branch (the deploy trigger), judged from GITHUB_REF. */
export function isDefaultBranchPush(ctx: GitHubContext): boolean {
  return ctx.eventName === "push" && ctx.defaultBranch !== undefined && ctx.ref === `refs/heads/${ctx.defaultBranch}`;
}
