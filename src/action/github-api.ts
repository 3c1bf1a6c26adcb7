// The few GitHub REST calls the action makes, over fetch against GITHUB_API_URL
// (octokit would add weight to the bundle and cold start for four requests).
// Responses are checked into types (shape.ts); errors say what failed and never carry the token.

import { UserError } from "../errors.js";
import { array, checkShape, looseObject, nullable, number, optional, string, unknown, type Infer, type Shape } from "../shape.js";

const IssueComment = looseObject({
  id: number,
  body: optional(nullable(string)),
  html_url: optional(string),
  user: optional(nullable(looseObject({ login: string }))),
});

const User = looseObject({ login: string });
export type IssueComment = Infer<typeof IssueComment>;

const PullSummary = looseObject({
  number: number,
  state: optional(string),
  merged_at: optional(nullable(string)),
  merge_commit_sha: optional(nullable(string)),
  base: optional(looseObject({ ref: optional(string) })),
});
export type PullSummary = Infer<typeof PullSummary>;

const ErrorBody = looseObject({ message: optional(string) });

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

  async function call<T>(method: string, path: string, schema: Shape<T>, body?: unknown): Promise<T> {
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
      const msg = checkShape(ErrorBody, json);
      throw new GitHubApiError(method, cleanPath, res.status, (msg.ok && msg.value.message) || res.statusText || "no message");
    }
    const parsed = checkShape(schema, json);
    if (!parsed.ok) throw new GitHubApiError(method, cleanPath, res.status, `unexpected response shape at ${parsed.path}: ${parsed.problem}`);
    return parsed.value;
  }

  return {
    async listIssueComments(issue) {
      const all: IssueComment[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const batch = await call("GET", `${repoPath}/issues/${issue}/comments?per_page=${PER_PAGE}&page=${page}`, array(IssueComment));
        all.push(...batch);
        if (batch.length < PER_PAGE) break;
      }
      return all;
    },
    createIssueComment: (issue, body) => call("POST", `${repoPath}/issues/${issue}/comments`, IssueComment, { body }),
    updateIssueComment: (id, body) => call("PATCH", `${repoPath}/issues/comments/${id}`, IssueComment, { body }),
    deleteIssueComment: async (id) => {
      try {
        await call("DELETE", `${repoPath}/issues/comments/${id}`, unknown);
      } catch (err) {
        // Already gone: a concurrent run removed the same duplicate.
        if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
      }
    },
    pullsForCommit: (sha) => call("GET", `${repoPath}/commits/${encodeURIComponent(sha)}/pulls`, array(PullSummary)),
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
