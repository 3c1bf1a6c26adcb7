// The few GitHub REST calls the action makes, over fetch against GITHUB_API_URL
// (octokit would add weight to the bundle and cold start for four requests).
// Responses are parsed with zod; errors say what failed and never carry the token.

import { z } from "zod";
import { UserError } from "../errors.js";

const IssueComment = z.looseObject({
  id: z.number(),
  body: z.string().nullable().optional(),
  html_url: z.string().optional(),
  user: z.looseObject({ login: z.string() }).nullable().optional(),
});

const User = z.looseObject({ login: z.string() });
export type IssueComment = z.infer<typeof IssueComment>;

const PullSummary = z.looseObject({
  number: z.number(),
  state: z.string().optional(),
  merged_at: z.string().nullable().optional(),
  merge_commit_sha: z.string().nullable().optional(),
  base: z.looseObject({ ref: z.string().optional() }).optional(),
});
export type PullSummary = z.infer<typeof PullSummary>;

const ErrorBody = z.looseObject({ message: z.string().optional() });

export class GitHubApiError extends UserError {
  override readonly name: string = "GitHubApiError";
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly apiMessage: string,
  ) {
    super(`GitHub API ${method} ${path} failed: HTTP ${status}: ${apiMessage}${hint(status)}`);
  }

  /** The token may not write here: a fork PR's read-only token, or missing `permissions:`. */
  get isPermissionDenied(): boolean {
    return this.status === 403 || (this.status === 404 && /not found/i.test(this.apiMessage));
  }
}

function hint(status: number): string {
  if (status === 401) return ". Check the github-token input.";
  if (status === 403) return ". Grant the workflow `permissions: pull-requests: write` (fork PRs get a read-only token).";
  return "";
}

export interface GitHubApi {
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(commentId: number): Promise<void>;
  /** Pull requests associated with a commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls). */
  pullsForCommit(sha: string): Promise<PullSummary[]>;
  /** The token's user (GET /user); undefined for an app installation token, which may not read it. */
  tokenLogin(): Promise<string | undefined>;
}

export interface GitHubApiOptions {
  apiUrl: string;
  owner: string;
  repo: string;
  token: string;
  fetch?: typeof fetch;
}

const PER_PAGE = 100;
const MAX_PAGES = 50;

export function createGitHubApi(o: GitHubApiOptions): GitHubApi {
  const doFetch = o.fetch ?? fetch;
  const repoPath = `/repos/${encodeURIComponent(o.owner)}/${encodeURIComponent(o.repo)}`;

  async function call<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`${o.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${o.token}`,
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "serving-ci",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      throw new GitHubApiError(method, path.split("?")[0] ?? path, 0, `network error: ${err instanceof Error ? err.message : String(err)}`);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text === "" ? {} : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const cleanPath = path.split("?")[0] ?? path;
    if (!res.ok) {
      const msg = ErrorBody.safeParse(json);
      throw new GitHubApiError(method, cleanPath, res.status, (msg.success && msg.data.message) || res.statusText || "no message");
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      throw new GitHubApiError(method, cleanPath, res.status, `unexpected response shape at ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}`);
    }
    return parsed.data;
  }

  return {
    async listIssueComments(issue) {
      const all: IssueComment[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const batch = await call("GET", `${repoPath}/issues/${issue}/comments?per_page=${PER_PAGE}&page=${page}`, z.array(IssueComment));
        all.push(...batch);
        if (batch.length < PER_PAGE) break;
      }
      return all;
    },
    createIssueComment: (issue, body) => call("POST", `${repoPath}/issues/${issue}/comments`, IssueComment, { body }),
    updateIssueComment: (id, body) => call("PATCH", `${repoPath}/issues/comments/${id}`, IssueComment, { body }),
    deleteIssueComment: async (id) => {
      try {
        await call("DELETE", `${repoPath}/issues/comments/${id}`, z.unknown());
      } catch (err) {
        // Already gone: a concurrent run removed the same duplicate.
        if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
      }
    },
    pullsForCommit: (sha) => call("GET", `${repoPath}/commits/${encodeURIComponent(sha)}/pulls`, z.array(PullSummary)),
    tokenLogin: async () => {
      try {
        return (await call("GET", "/user", User)).login;
      } catch (err) {
        if (err instanceof GitHubApiError && (err.status === 403 || err.status === 404)) return undefined;
        throw err;
      }
    },
  };
}
