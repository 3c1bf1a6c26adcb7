// Black-box: the sticky comment is ours only by marker AND author, and two
// runs racing on one pull request end with one comment (the oldest wins).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { INSTALLATION_BOT, startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { prEvent, project, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
});
afterAll(async () => {
  await gh?.close();
});

const QUOTED = "> our bot said:\n> <!-- serving-ci:endpoint=support-agent -->\n> ✅ deployed";

function lintRun(dir: string, pr: number, token: string) {
  return runAction({
    workspace: dir,
    eventName: "pull_request",
    event: prEvent({ number: pr }),
    inputs: { command: "lint", "github-token": token, today: "2026-11-20" },
    env: { GITHUB_API_URL: gh.url },
  });
}

describe("the sticky comment's identity", () => {
  it("a person quoting the marker is not taken for ours: their comment stays as written", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    gh.comments.push({ id: 1, issue: 61, body: QUOTED, user: "mallory" });
    try {
      const run = await lintRun(p.dir, 61, "ghs_installation");
      expect(run.code, run.stdout).toBe(0);
      const comments = gh.commentsOn(61);
      expect(comments).toHaveLength(2);
      expect(comments[0]).toMatchObject({ id: 1, body: QUOTED, user: "mallory" });
      expect(comments[1]!.user).toBe(INSTALLATION_BOT);
    } finally {
      p.remove();
    }
  });

  it("with a user token (GET /user answers), the bot's comment is not ours either", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    gh.users.set("ghp_octocat", "octocat");
    gh.comments.push({ id: 2, issue: 62, body: `<!-- serving-ci:endpoint=support-agent -->\nfrom another workflow`, user: INSTALLATION_BOT });
    try {
      const run = await lintRun(p.dir, 62, "ghp_octocat");
      expect(run.code, run.stdout).toBe(0);
      const comments = gh.commentsOn(62);
      expect(comments.map((c) => c.user)).toEqual([INSTALLATION_BOT, "octocat"]);
      expect(comments[0]!.body).toContain("from another workflow");
      // A second run edits octocat's comment in place.
      await lintRun(p.dir, 62, "ghp_octocat");
      expect(gh.commentsOn(62)).toHaveLength(2);
    } finally {
      p.remove();
    }
  });

  it("two concurrent runs on one pull request leave one comment, the oldest", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    gh.holdLists(2); // both list before either creates
    try {
      const [a, b] = await Promise.all([lintRun(p.dir, 63, "ghs_race"), lintRun(p.dir, 63, "ghs_race")]);
      expect(a.code, a.stdout).toBe(0);
      expect(b.code, b.stdout).toBe(0);
      const creates = gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues/63/comments"));
      expect(creates).toHaveLength(2); // the race did happen
      const comments = gh.commentsOn(63);
      expect(comments).toHaveLength(1);
      const deleted = gh.requests.filter((r) => r.method === "DELETE").map((r) => Number(/comments\/(\d+)$/.exec(r.path)?.[1]));
      expect(deleted.length).toBeGreaterThan(0);
      for (const id of deleted) expect(comments[0]!.id).toBeLessThan(id); // the oldest survives
      expect(a.stdout + b.stdout).toContain("duplicate a concurrent run created");
    } finally {
      p.remove();
    }
  });
});
