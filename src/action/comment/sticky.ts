// One comment per endpoint per pull request: found by its hidden marker and
// edited in place, never a new one per run, never overwritten by an older commit.

import type { GitHubApi } from "../github-api.js";
import { hasEndpointMarker, mayOverwrite, readStamp, type RunStamp } from "./marker.js";

export type StickyResult =
  | { action: "created" | "updated"; commentId: number }
  | { action: "kept-newer"; commentId: number; newerSha: string };

export async function upsertStickyComment(api: GitHubApi, issue: number, endpoint: string, body: string, ours: RunStamp): Promise<StickyResult> {
  const comments = await api.listIssueComments(issue);
  const mine = comments.filter((c) => c.body && hasEndpointMarker(c.body, endpoint));
  // Several can exist only if two runs raced to create one; edit the first, as every later run will.
  const existing = mine[0];
  if (!existing) {
    const created = await api.createIssueComment(issue, body);
    return { action: "created", commentId: created.id };
  }
  const theirs = readStamp(existing.body ?? "");
  if (!mayOverwrite(theirs, ours)) return { action: "kept-newer", commentId: existing.id, newerSha: theirs?.sha ?? "?" };
  await api.updateIssueComment(existing.id, body);
  return { action: "updated", commentId: existing.id };
}
