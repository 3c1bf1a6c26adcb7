// Black-box: a realistic 15-minute deploy (the emulator's time runs 1000x) seen
// through the GitHub stand-in's request log. The comment is edited at each phase
// change and about once a minute in between, each edit true when it arrived
// (stamped on the emulator's clock), the final one exact, and the plan the PR's
// run posted stays above the result.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MERGE_SHA, HEAD_SHA, MODEL, patInputs, prEvent, project, pushEvent, servingYaml } from "./fixtures.js";

let gh: GitHubStandIn;
let emu: Emulator;
const MIN = 60_000;
beforeAll(async () => {
  assertBundleFresh();
  // A 15-minute deploy: queue, a 2-minute job, a 10-minute image build, a 3-minute container start.
  emu = await emulatorWithJob({ endpoints: { "agent-live": { pendingMs: 20_000, jobRunMs: 2 * MIN, buildMs: 10 * MIN, startMs: 3 * MIN } } });
  gh = await startGitHubStandIn({ now: () => emu.clock.now() });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const GH_TOKEN = "ghs_live_tests";
const PR = 41;
// The order a deploy goes through; a comment never goes back.
const PHASES = ["checking the endpoint", "triggering the job", "job queued", "job running", "job done", "endpoint updating", "smoke query"];

interface Edit {
  at: number;
  body: string;
  phase: string | undefined;
  elapsedS: number | undefined;
}

function seconds(text: string): number {
  let s = 0;
  for (const m of text.matchAll(/(\d+)([hms])/g)) s += Number(m[1]) * { h: 3600, m: 60, s: 1 }[m[2] as "h" | "m" | "s"];
  return s;
}

describe("live progress in the PR comment", () => {
  it("a 15-minute merge deploy edits the comment at each phase and about once a minute, each edit true when it arrived", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "agent-live" }) });
    try {
      const plan = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: PR }),
        sha: HEAD_SHA,
        inputs: { command: "plan", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(plan.code, plan.stdout).toBe(0);
      const [planned] = gh.commentsOn(PR);
      expect(planned!.body).toContain("**will be created**");

      gh.pulls.set(MERGE_SHA, [{ number: PR, state: "closed", merged_at: "2026-11-20T11:00:00Z", merge_commit_sha: MERGE_SHA, base: { ref: "main" } }]);
      const from = gh.requests.length;
      const run = await runAction({
        workspace: p.dir,
        eventName: "push",
        event: pushEvent(),
        sha: MERGE_SHA,
        inputs: { command: "deploy", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.outcome).toBe("success");

      const edits: Edit[] = gh.requests
        .slice(from)
        .filter((r) => r.method === "PATCH" && r.path.endsWith(`/issues/comments/${planned!.id}`))
        .map((r) => {
          const body = (JSON.parse(r.body) as { body: string }).body;
          const head = /⏳ deploying: (.+?) · ((?:\d+[hms] ?)+)/.exec(body);
          return { at: r.at, body, phase: head?.[1], elapsedS: head ? seconds(head[2]!) : undefined };
        });
      const live = edits.slice(0, -1);
      const final = edits.at(-1)!;

      // The final edit is the exact result, and no later request touched the comment.
      expect(final.body).toContain("✅ deployed");
      expect(final.body).toContain(`| main-agents-support_agent_7 | ${MODEL} | 7 | DEPLOYMENT_READY |`);
      expect(gh.commentsOn(PR)).toHaveLength(1);
      expect(gh.commentsOn(PR)[0]!.body).toBe(final.body);

      // Every live edit says it is deploying, names its phase, and phases and elapsed times only move forward.
      expect(live.length).toBeGreaterThan(5);
      for (const e of live) {
        expect(e.body).not.toContain("✅ deployed");
        expect(PHASES).toContain(e.phase);
      }
      const order = live.map((e) => PHASES.indexOf(e.phase!));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const elapsed = live.map((e) => e.elapsedS!);
      expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
      // Phases of a few emulated seconds (queued, smoke query: milliseconds here) may be coalesced into the next edit.
      expect(live.some((e) => e.phase?.startsWith("job "))).toBe(true);
      expect(live.map((e) => e.phase)).toContain("endpoint updating");
      // The run link is there as soon as the run exists.
      const runId = run.outputs["run-id"]!;
      for (const e of live.filter((x) => PHASES.indexOf(x.phase!) >= PHASES.indexOf("job queued"))) expect(e.body).toMatch(new RegExp(`\\*\\*Run\\*\\*: \\[${runId}\\]\\(http[^)]*${runId}\\)`));

      // True when it arrived: nothing is shown before the emulator did it.
      const event = (type: string): number => emu.events.find((ev) => ev.endpoint === "agent-live" && ev.type === type)!.at;
      for (const e of live) {
        if (e.body.includes("Starting serving container")) expect(e.at).toBeGreaterThanOrEqual(event("image_built"));
        if (e.phase === "endpoint updating") expect(e.at).toBeGreaterThanOrEqual(event("update_started"));
        if (e.phase === "smoke query") expect(e.at).toBeGreaterThanOrEqual(event("endpoint_ready"));
      }
      // During the 10-minute build the comment still moves: its elapsed time is refreshed about once a minute.
      const building = live.filter((e) => e.body.includes("Creating container image"));
      expect(building.length).toBeGreaterThanOrEqual(5);
      expect(building.some((e) => e.body.includes("DEPLOYMENT_CREATING"))).toBe(true);

      // The throttle: one edit per phase change, plus at most one per minute of the deploy (and the first).
      const phaseChanges = new Set(live.map((e) => e.phase)).size;
      const minutes = (final.at - live[0]!.at) / MIN;
      expect(live.length).toBeLessThanOrEqual(phaseChanges + Math.ceil(minutes) + 1);

      // The approved plan stays, collapsed, above the result, in every edit.
      for (const e of edits) {
        expect(e.body).toContain(`<details><summary>The approved plan (commit \`${HEAD_SHA.slice(0, 7)}\`)</summary>`);
        expect(e.body.indexOf("The approved plan")).toBeLessThan(e.body.indexOf("#### Deploy"));
        expect(e.body).toContain("**will be created**");
      }

      // The outputs followed it too: outcome unknown and the endpoint's state while it ran (a step killed
      // mid-deploy leaves those), then the final values (the runner keeps the last of each).
      expect(run.outputsText).toMatch(/outcome<<(\S+)\nunknown\n\1/);
      expect(run.outputsText).toMatch(/state<<(\S+)\nIN_PROGRESS\n\1/);
      expect(run.outputs.state).toBe("READY");

      // The log names each phase as it begins; the summary ends with the final state only.
      expect(run.stdout).toMatch(/agent-live: now endpoint updating/);
      expect(run.summary).toContain("✅ deployed");
      expect(run.summary).not.toContain("⏳ deploying");
    } finally {
      p.remove();
    }
  });
});

describe("several endpoints", () => {
  it("each endpoint's comment is final as soon as its own deploy ends, not when the last one does", async () => {
    const p = project({ "fast/serving.yaml": servingYaml({ endpoint: "agent-first" }), "slow/serving.yaml": servingYaml({ endpoint: "agent-second" }) });
    emu.setScenario({ endpoints: { "agent-second": { buildMs: 10 * MIN } } });
    try {
      const from = gh.requests.length;
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 42 }),
        inputs: { command: "deploy", "deploy-on-pull-request": "allow", ...patInputs(emu), "github-token": GH_TOKEN, today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
      });
      expect(run.code, run.stdout).toBe(0);
      const writes = gh.requests.slice(from).filter((r) => r.method === "PATCH" || r.method === "POST");
      const bodyOf = (r: { body: string }): string => (JSON.parse(r.body) as { body: string }).body;
      const firstFinal = writes.findIndex((r) => bodyOf(r).includes("serving-ci:endpoint=agent-first") && bodyOf(r).includes("✅ deployed"));
      expect(firstFinal).toBeGreaterThanOrEqual(0);
      // The first endpoint's final comment was written before the second endpoint's deploy was seen ready…
      const secondReady = emu.events.find((e) => e.endpoint === "agent-second" && e.type === "endpoint_ready")!.at;
      expect(writes[firstFinal]!.at).toBeLessThan(secondReady);
      // …and its comment was not touched again.
      expect(writes.slice(firstFinal + 1).some((r) => bodyOf(r).includes("serving-ci:endpoint=agent-first"))).toBe(false);
      // Meanwhile the second one's comment showed its own progress.
      expect(writes.slice(firstFinal + 1).some((r) => bodyOf(r).includes("serving-ci:endpoint=agent-second") && bodyOf(r).includes("⏳ deploying: endpoint updating"))).toBe(true);
      const outcomes = JSON.parse(run.outputs.state!) as Record<string, string>;
      expect(outcomes).toEqual({ "agent-first": "READY", "agent-second": "READY" });
    } finally {
      p.remove();
    }
  });
});
