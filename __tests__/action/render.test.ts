import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, renderComment, renderSummarySection, type CommentModel } from "../../src/action/comment/render.js";
import type { DeployReport } from "../../src/deploy/deploy.js";

const report = (log: string): DeployReport => ({
  endpoint: "e",
  outcome: "failed",
  message: "Endpoint e: the config update failed.",
  mode: "job",
  runId: 1,
  runUrl: "https://x/run/1",
  endpointUrl: "https://x/ml/endpoints/e",
  state: "UPDATE_FAILED",
  served: [],
  previous: [],
  traffic: [],
  failedTasks: [],
  failedEntities: [{ name: "e-1", entityName: "m.s.e", entityVersion: "1", deployment: "DEPLOYMENT_FAILED", message: "build failed", buildLogTail: log }],
  smoke: undefined,
  phases: [{ name: "endpoint update", startMs: 0, endMs: 1000, outcome: "failed" }],
  durationMs: 1000,
  cancelRequested: false,
});

const model = (d: DeployReport): CommentModel => ({
  endpoint: "e",
  command: "deploy",
  stamp: { stage: "merge", sha: "abc", commitTime: undefined, runAt: "2026-11-20T00:00:00Z" },
  workflowRunUrl: "https://github.com/acme/agents/actions/runs/1",
  lint: { counts: { errors: 0, warnings: 0, infos: 0 }, totalCounts: { errors: 0, warnings: 0, infos: 0 }, top: [] },
  deploy: d,
});

describe("renderComment", () => {
  it("keeps the end of a long log, in a fence the log cannot close", () => {
    const log = `${"x\n".repeat(10_000)}\`\`\`\nERROR: the real cause`;
    const { body, truncated } = renderComment(model(report(log)));
    expect(truncated).toBe(false);
    expect(body.length).toBeLessThan(COMMENT_LIMIT);
    expect(body).toContain("ERROR: the real cause");
    expect(body).toContain("````text");
  });

  it("stays under the limit; the summary keeps everything", () => {
    const huge = { ...report("y".repeat(5_000)), failedEntities: Array.from({ length: 20 }, (_, i) => ({ ...report("").failedEntities[0]!, name: `e-${i}`, buildLogTail: "z".repeat(7_000) })) };
    const { body, truncated } = renderComment(model(huge));
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain("Failure details are in the [job summary]");
    expect(renderSummarySection(model(huge)).length).toBeGreaterThan(140_000);
  });

  it("escapes markup in messages", () => {
    const r = { ...report(""), message: "bad <script> | pipe" };
    expect(renderComment(model(r)).body).toContain("bad &lt;script&gt; | pipe");
  });
});
