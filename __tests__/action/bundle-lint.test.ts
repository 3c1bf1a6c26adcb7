// Black-box: the committed bundle on pull requests — lint with annotations,
// summary and SARIF, the sticky comment, reruns, ordering, forks.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations, assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { HEAD_SHA, prEvent, project, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
});
afterAll(() => gh?.close());

const GH_TOKEN = "ghs_standin_write_token";

describe("pull request lint", () => {
  it("annotates errors first, writes the summary, SARIF and outputs, and comments once per endpoint", async () => {
    // 12 traffic errors in 12 endpoints: more than GitHub shows.
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`agents/a${i}/serving.yaml`] = servingYaml({ endpoint: `agent-${i}`, traffic: 90 });
    const p = project(files);
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 11 }),
        inputs: { command: "lint", "sarif-file": "out/serving-ci.sarif", "github-token": GH_TOKEN, comment: "sticky", today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code).toBe(1);
      const notes = annotations(run.stdout);
      const errors = notes.filter((a) => a.level === "error" && a.props.includes("file="));
      // GitHub shows 10 errors a step: 9 findings, and room for the step's own failure, shown last.
      expect(errors).toHaveLength(9);
      const allErrors = notes.filter((a) => a.level === "error");
      expect(allErrors.length).toBeLessThanOrEqual(10);
      expect(allErrors.at(-1)!.props).not.toContain("file=");
      expect(errors[0]!.props).toMatch(/file=agents\/a\d+\/serving.yaml,line=11/);
      expect(errors[0]!.message).toContain("traffic percentages sum to 90");
      expect(run.outputs.errors).toBe("12");
      expect(run.outputs.warnings).toBe("0");
      expect(run.outputs.outcome).toBe("failed");
      expect(run.summary).toContain("## serving-ci lint");
      expect(run.summary).toContain("3 more findings are only in this table");
      expect(run.summary.match(/\| 🔴 error \|/g)).toHaveLength(12);
      const sarif = JSON.parse(readFileSync(path.join(p.dir, "out/serving-ci.sarif"), "utf8")) as { runs: { results: unknown[] }[] };
      expect(sarif.runs[0]!.results).toHaveLength(12);
      expect(run.outputs["sarif-file"]).toBe(path.join(p.dir, "out/serving-ci.sarif"));
      const comments = gh.commentsOn(11);
      expect(comments).toHaveLength(12);
      expect(comments[0]!.body).toContain("<!-- serving-ci:endpoint=agent-");
      expect(comments[0]!.body).toContain(`commit \`${HEAD_SHA.slice(0, 7)}\``);
      expect(comments[0]!.body).toContain("[traffic-config](https://");
    } finally {
      p.remove();
    }
  });

  it("a rerun edits the same comment; an older commit's run does not overwrite a newer one", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    const pr = 12;
    const base = { workspace: p.dir, eventName: "pull_request", inputs: { command: "lint", "github-token": GH_TOKEN, today: "2026-11-20" }, env: { GITHUB_API_URL: gh.url } };
    try {
      const newer = prEvent({ number: pr, sha: "b".repeat(40), updatedAt: "2026-11-20T12:00:00Z" });
      const older = prEvent({ number: pr, sha: "a".repeat(40), updatedAt: "2026-11-20T09:00:00Z" });
      expect((await runAction({ ...base, event: newer })).code).toBe(0);
      expect(gh.commentsOn(pr)).toHaveLength(1);
      const first = gh.commentsOn(pr)[0]!;
      expect(first.body).toContain("commit `bbbbbbb`");

      const rerun = await runAction({ ...base, event: newer });
      expect(rerun.code).toBe(0);
      expect(gh.commentsOn(pr)).toHaveLength(1);
      expect(rerun.stdout).toContain("updated the comment for support-agent");

      const late = await runAction({ ...base, event: older });
      expect(late.code).toBe(0);
      expect(gh.commentsOn(pr)).toHaveLength(1);
      expect(gh.commentsOn(pr)[0]!.body).toContain("commit `bbbbbbb`");
      expect(late.stdout).toContain("written by a newer commit (bbbbbbb); not overwriting it");
    } finally {
      p.remove();
    }
  });

  it("a fork PR lints, annotates and summarises, with one notice and no permission error", async () => {
    const p = project({ "serving.yaml": servingYaml({ traffic: 90 }) });
    const forkToken = "ghs_fork_read_only";
    gh.readOnlyTokens.add(forkToken);
    const before = gh.requests.length;
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 13, fork: true }),
        inputs: { command: "plan", "github-token": forkToken, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code).toBe(1); // the lint error, nothing else
      const notices = annotations(run.stdout).filter((a) => a.level === "notice");
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toContain("comes from a fork");
      expect(annotations(run.stdout).filter((a) => a.level === "error" && a.props.includes("file=serving.yaml"))).toHaveLength(1);
      expect(run.stdout).not.toMatch(/403|Resource not accessible/);
      expect(run.summary).toContain("traffic percentages sum to 90");
      expect(gh.requests.length).toBe(before); // did not even try
      expect(run.outputs.errors).toBe("1");
    } finally {
      p.remove();
    }
  });

  it("a write refused with 403 (missing permissions) is one notice, not a failure", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    const token = "ghs_no_pr_write";
    gh.readOnlyTokens.add(token);
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 14 }),
        inputs: { command: "lint", "github-token": token, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code).toBe(0);
      const notices = annotations(run.stdout).filter((a) => a.level === "notice");
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toContain("pull-requests: write");
    } finally {
      p.remove();
    }
  });

  it("an info-level finding (a legacy ChatAgent) is a notice annotation and never fails the step", async () => {
    const p = project({
      "agent.py": "import mlflow\nfrom mlflow.pyfunc import ChatAgent\n\nclass Agent(ChatAgent):\n    def predict(self, messages, context=None, custom_inputs=None):\n        return None\n\nmlflow.models.set_model(Agent())\n",
    });
    try {
      const run = await runAction({ workspace: p.dir, eventName: "pull_request", event: prEvent({ number: 15 }), inputs: { command: "lint", comment: "off", today: "2026-11-20" } });
      expect(run.code).toBe(0);
      const notices = annotations(run.stdout).filter((a) => a.level === "notice" && a.props.includes("file=agent.py"));
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toContain("ChatAgent");
      expect(notices[0]!.props).toContain("title=serving-ci agent-interface");
    } finally {
      p.remove();
    }
  });

  it("bad inputs fail with one message listing every problem", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    try {
      const run = await runAction({ workspace: p.dir, eventName: "pull_request", event: prEvent(), inputs: { command: "ship", "fail-on": "maybe", timeout: "soon" } });
      expect(run.code).toBe(1);
      const errs = annotations(run.stdout).filter((a) => a.level === "error");
      expect(errs).toHaveLength(1);
      expect(errs[0]!.message).toContain("Invalid inputs:");
      expect(errs[0]!.message).toContain("command");
      expect(errs[0]!.message).toContain("fail-on");
      expect(errs[0]!.message).toContain("timeout");
      expect(run.stdout).not.toContain("[object Object]");
    } finally {
      p.remove();
    }
  });
});
