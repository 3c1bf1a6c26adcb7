// One comment per endpoint per pull request: found by its hidden marker AND its
// author (the token's identity, so another bot or a person quoting the marker is
// never taken for ours), edited in place, never overwritten by an older commit.
// Two runs can still both create one: after creating, the newer duplicates go
// (the oldest comment wins, so every racing run converges on the same one).

import type { GitHubApi, IssueComment } from "../github-api.js";
import { hasEndpointMarker, mayOverwrite, readStamp, type RunStamp } from "./marker.js";

/**
 * The login the workflow's GITHUB_TOKEN (the github-token default) comments as. An
 * installation token may not read GET /user, so this is the choice when it cannot;
 * a comment we create then tells the real login (a custom app's `<slug>[bot]`).
 */
export const GITHUB_TOKEN_LOGIN = "github-actions[bot]";

export type StickyResult =
  | { action: "created" | "updated"; commentId: number; removedDuplicates: number }
  | { action: "kept-newer"; commentId: number; newerSha: string };

/** Who our comments are by: asked once per run. */
export class CommentAuthor {
  private login: Promise<string> | undefined;
  constructor(private readonly api: GitHubApi) {}
  get(): Promise<string> {
    this.login ??= this.api.tokenLogin().then((l) => l ?? GITHUB_TOKEN_LOGIN);
    return this.login;
  }
  learn(login: string | undefined): void {
    if (login) this.login = Promise.resolve(login);
  }
}

/** A comment body, or a function of the body it replaces (undefined when creating), e.g. to keep a part of it. */
export type CommentBody = string | ((previous: string | undefined) => string);

export async function upsertStickyComment(api: GitHubApi, author: CommentAuthor, issue: number, endpoint: string, body: CommentBody, ours: RunStamp): Promise<StickyResult> {
  const bodyFor = (previous: string | undefined): string => (typeof body === "string" ? body : body(previous));
  const mine = async (): Promise<IssueComment[]> => {
    const login = await author.get();
    return (await api.listIssueComments(issue)).filter((c) => c.body && hasEndpointMarker(c.body, endpoint) && c.user?.login === login).sort((a, b) => a.id - b.id);
  };
  const found = await mine();
  const existing = found[0];
  if (existing) {
    // Duplicates left by an earlier race (before this cleanup existed) go too.
    for (const dup of found.slice(1)) await api.deleteIssueComment(dup.id);
    const theirs = readStamp(existing.body ?? "");
    if (!mayOverwrite(theirs, ours)) return { action: "kept-newer", commentId: existing.id, newerSha: theirs?.sha ?? "?" };
    await api.updateIssueComment(existing.id, bodyFor(existing.body ?? undefined));
    return { action: "updated", commentId: existing.id, removedDuplicates: found.length - 1 };
  }
  const created = await api.createIssueComment(issue, bodyFor(undefined));
  author.learn(created.user?.login);
  const all = await mine();
  const oldest = all[0];
  if (!oldest || all.length === 1) return { action: "created", commentId: created.id, removedDuplicates: 0 };
  for (const dup of all.slice(1)) await api.deleteIssueComment(dup.id);
  if (oldest.id === created.id) return { action: "created", commentId: created.id, removedDuplicates: all.length - 1 };
  // A concurrent run created the oldest one: ours goes, and the oldest gets our report if ours is not older.
  if (mayOverwrite(readStamp(oldest.body ?? ""), ours)) await api.updateIssueComment(oldest.id, bodyFor(oldest.body ?? undefined));
  return { action: "updated", commentId: oldest.id, removedDuplicates: all.length - 1 };
}

/** Deletes our comment(s) for `endpoint`, unless a newer commit's run wrote them. Returns how many went. */
export async function removeStickyComment(api: GitHubApi, author: CommentAuthor, issue: number, endpoint: string, ours: RunStamp): Promise<number> {
  const login = await author.get();
  const found = (await api.listIssueComments(issue)).filter((c) => c.body && hasEndpointMarker(c.body, endpoint) && c.user?.login === login);
  let removed = 0;
  for (const c of found) {
    if (!mayOverwrite(readStamp(c.body ?? ""), ours)) continue;
    await api.deleteIssueComment(c.id);
    removed++;
  }
  return removed;
}
