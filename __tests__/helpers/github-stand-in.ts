// A local stand-in for the GitHub REST API: the calls the action makes,
// on 127.0.0.1, recording every request (with bodies) for tests to inspect.
// Tokens listed as read-only get 403 on writes, as a fork PR's token does.
// Comments have authors: a token in `users` is that user (GET /user answers);
// any other token is an installation token, "github-actions[bot]", refused GET /user.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  /** Author login; default the installation bot. */
  user?: string;
}

export const INSTALLATION_BOT = "github-actions[bot]";

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
  /** When it arrived, on the stand-in's clock (options.now; default real time). */
  at: number;
}

export interface PullSummary {
  number: number;
  state?: string;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  base?: { ref: string };
}

export interface GitHubStandIn {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** sha → the pull requests GET /commits/{sha}/pulls returns. */
  pulls: Map<string, PullSummary[]>;
  readOnlyTokens: Set<string>;
  /** token → login, for user tokens (PATs); others are the installation bot. */
  users: Map<string, string>;
  /** The next n comment lists wait until all n have arrived (at most 10 s): concurrent runs then surely race. */
  holdLists(n: number): void;
  commentsOn(issue: number): StoredComment[];
  close(): Promise<void>;
}

export async function startGitHubStandIn(options: { now?: () => number } = {}): Promise<GitHubStandIn> {
  const now = options.now ?? Date.now;
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = [];
  const pulls = new Map<string, PullSummary[]>();
  const readOnlyTokens = new Set<string>();
  const users = new Map<string, string>();
  // A barrier: held list requests are released together once `want` of them wait.
  const held: { want: number; waiting: (() => void)[] } = { want: 0, waiting: [] };
  const barrier = (): Promise<void> | undefined => {
    if (held.want === 0) return undefined;
    const p = new Promise<void>((resolve) => {
      held.waiting.push(resolve);
      setTimeout(resolve, 10_000);
    });
    if (held.waiting.length >= held.want) {
      for (const r of held.waiting) r();
      held.want = 0;
      held.waiting = [];
    }
    return p;
  };
  let nextId = 1000;
  const view = (c: StoredComment): unknown => ({ id: c.id, body: c.body, html_url: `https://github.test/c/${c.id}`, user: { login: c.user ?? INSTALLATION_BOT } });

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://stand-in");
    const method = req.method ?? "GET";
    requests.push({ method, path: url.pathname + url.search, body: text, at: now() });
    const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
    if (!token) return send(res, 401, { message: "Requires authentication" });
    const readOnly = readOnlyTokens.has(token);
    let m: RegExpExecArray | null;

    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === "GET") {
        const perPage = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        await barrier();
        const all = comments.filter((c) => c.issue === issue);
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(view));
      }
      if (method === "POST") {
        if (readOnly) return send(res, 403, { message: "Resource not accessible by integration" });
        const body = (JSON.parse(text) as { body: string }).body;
        const c: StoredComment = { id: nextId++, issue, body, user: users.get(token) ?? INSTALLATION_BOT };
        comments.push(c);
        return send(res, 201, view(c));
      }
    }
    if (url.pathname === "/user" && method === "GET") {
      const login = users.get(token);
      return login ? send(res, 200, { login }) : send(res, 403, { message: "Resource not accessible by integration" });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === "DELETE") {
      if (readOnly) return send(res, 403, { message: "Resource not accessible by integration" });
      const i = comments.findIndex((x) => x.id === Number(m![1]));
      if (i < 0) return send(res, 404, { message: "Not Found" });
      comments.splice(i, 1);
      res.writeHead(204).end();
      return;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === "PATCH") {
      if (readOnly) return send(res, 403, { message: "Resource not accessible by integration" });
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: "Not Found" });
      c.body = (JSON.parse(text) as { body: string }).body;
      return send(res, 200, view(c));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(url.pathname)) && method === "GET") {
      return send(res, 200, pulls.get(m[1] ?? "") ?? []);
    }
    send(res, 404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    pulls,
    readOnlyTokens,
    users,
    holdLists: (n) => {
      held.want = n;
      held.waiting = [];
    },
    commentsOn: (issue) => comments.filter((c) => c.issue === issue),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
