// Black-box: a broken environment costs one report with a warning, never the
// step's result. SARIF into a FIFO, a directory, a device or /proc; a job
// summary that is a directory and an output file that is missing, during a
// deploy that succeeds: the deploy's outcome, exit code and comment stand.

import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { annotations, assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MERGE_SHA, patInputs, project, pushEvent, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob();
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

describe("report files that cannot be written", () => {
  const targets: { name: string; prepare: (dir: string) => string }[] = [
    { name: "a FIFO nobody reads (would block forever)", prepare: (d) => (execFileSync("mkfifo", [path.join(d, "out.sarif")]), "out.sarif") },
    { name: "a directory", prepare: (d) => (mkdirSync(path.join(d, "out.sarif")), "out.sarif") },
    { name: "a symlink to a device (/dev/full: a full disk)", prepare: (d) => (symlinkSync("/dev/full", path.join(d, "out.sarif")), "out.sarif") },
    { name: "a path under /proc", prepare: () => "/proc/self/fd/0" },
  ];
  for (const t of targets) {
    it(`sarif-file is ${t.name}: a warning, and the lint result stands`, async () => {
      const p = project({ "serving.yaml": servingYaml() });
      try {
        const sarifFile = t.prepare(p.dir);
        const started = Date.now();
        const run = await runAction({ workspace: p.dir, eventName: "push", event: pushEvent(), inputs: { command: "lint", "sarif-file": sarifFile, today: "2026-11-20" } });
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const warnings = annotations(run.stdout).filter((a) => a.level === "warning" && a.message.startsWith("sarif-file: could not write"));
        expect(warnings).toHaveLength(1);
        expect(run.stdout).not.toContain("please report it");
        expect(run.outputs["sarif-file"]).toBeUndefined();
        expect(run.outputs.outcome).toBe("success");
      } finally {
        p.remove();
      }
    });
  }

  it("a deploy that succeeds stays a success when the job summary and outputs cannot be written", async () => {
    const p = project({ "agent/serving.yaml": servingYaml({ endpoint: "faults-agent" }) });
    gh.pulls.set(MERGE_SHA, [{ number: 41, state: "closed", merged_at: "2026-11-20T11:00:00Z", merge_commit_sha: MERGE_SHA, base: { ref: "main" } }]);
    try {
      mkdirSync(path.join(p.dir, "summary-is-a-dir"));
      const run = await runAction({
        workspace: p.dir,
        eventName: "push",
        event: pushEvent(),
        sha: MERGE_SHA,
        inputs: { command: "deploy", ...patInputs(emu), "github-token": "ghs_faults", today: "2026-11-20" },
        env: { ...emulatorEnv(emu), GITHUB_API_URL: gh.url, GITHUB_STEP_SUMMARY: path.join(p.dir, "summary-is-a-dir"), GITHUB_OUTPUT: path.join(p.dir, "missing/output") },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout + run.stderr).not.toContain("please report it");
      const warnings = annotations(run.stdout).filter((a) => a.level === "warning").map((a) => a.message);
      expect(warnings.filter((w) => w.includes("GITHUB_STEP_SUMMARY"))).toHaveLength(1);
      expect(warnings.filter((w) => w.includes("GITHUB_OUTPUT"))).toHaveLength(1);
      const comments = gh.commentsOn(41);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain("✅ deployed");
    } finally {
      p.remove();
    }
  });
});
