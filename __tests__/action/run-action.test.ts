// runAction driven in-process: parsed inputs, a recording IO, a fake GitHub
// API, and a Databricks client on the emulator's clock. No subprocess, no mocks.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { runAction, type ActionDeps } from "../../src/action/run-action.js";
import { createDatabricksClient } from "../../src/databricks/index.js";
import type { Emulator } from "../../src/emulator/index.js";
import { emulatorWithJob, MERGE_SHA, prEvent, project, pushEvent, servingYaml } from "./fixtures.js";
import { fakeGitHub, recordingIO } from "./fakes.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await emulatorWithJob({ endpoints: { "slow-agent": { jobRunMs: 10 * 3_600_000 } } });
});
afterAll(() => emu?.close());

function deps(dir: string, eventName: string, event: unknown, extra: Partial<ActionDeps> = {}) {
  const eventPath = path.join(dir, ".git", "event.json");
  writeFileSync(eventPath, JSON.stringify(event));
  const io = recordingIO();
  const github = fakeGitHub({ [MERGE_SHA]: [{ number: 9, merge_commit_sha: MERGE_SHA, merged_at: "2026-11-20T11:00:00Z", base: { ref: "main" } }] });
  const d: ActionDeps = {
    env: { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: "acme/agents", GITHUB_SHA: MERGE_SHA, GITHUB_REF: "refs/heads/main", GITHUB_WORKSPACE: dir },
    cwd: dir,
    now: () => new Date("2026-11-20T12:00:00Z"),
    io,
    signal: new AbortController().signal,
    github: () => github,
    databricks: (o) => createDatabricksClient({ ...o, clock: emu.clock }),
    ...extra,
  };
  return { d, io, github };
}

const inputs = (t: Record<string, string>) => readInputs((n) => t[n] ?? "");

describe("runAction", () => {
  it("lint on a PR: outputs, summary and one comment; no Databricks client needed", async () => {
    const p = project({ "serving.yaml": servingYaml({ traffic: 50 }) });
    try {
      const { d, io, github } = deps(p.dir, "pull_request", prEvent({ number: 3 }), {
        databricks: () => {
          throw new Error("lint must not create a client");
        },
      });
      const r = await runAction(inputs({ command: "lint", "github-token": "t", today: "2026-11-20" }), d);
      expect(r.failure).toContain("lint: 1 error");
      expect(io.outputs).toMatchObject({ errors: "1", warnings: "0", outcome: "failed" });
      expect(io.annotations.filter((a) => a.level === "error")[0]?.props).toMatchObject({ file: "serving.yaml", startLine: 11 });
      expect(io.summary).toContain("traffic percentages sum to 50");
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]!.issue).toBe(3);
      expect(io.secrets).toEqual(["t"]);
    } finally {
      p.remove();
    }
  });

  it("working-directory and globs: paths in annotations and SARIF stay relative to the repository root", async () => {
    const p = project({ "svc/a/serving.yaml": servingYaml({ traffic: 40 }), "svc/b/serving.yaml": servingYaml({ endpoint: "b" }), "svc/c.yaml": "x: 1" });
    try {
      const { d, io } = deps(p.dir, "pull_request", prEvent());
      const r = await runAction(inputs({ command: "lint", "working-directory": "svc", files: "*/serving.yaml", "sarif-file": "out.sarif", comment: "off", today: "2026-11-20" }), d);
      expect(r.failure).toContain("1 error");
      expect(io.annotations.find((a) => a.level === "error")?.props?.file).toBe("svc/a/serving.yaml");
      const sarif = JSON.parse(readFileSync(path.join(p.dir, "svc/out.sarif"), "utf8")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("svc/a/serving.yaml");
      expect(io.lines[0]).toMatch(/^serving-ci lint: 2 files/);
    } finally {
      p.remove();
    }
  });

  it("a files entry that does not exist is an error naming it", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    try {
      const { d } = deps(p.dir, "pull_request", prEvent());
      await expect(runAction(inputs({ files: "serving.yaml\nnope/serving.yaml", comment: "off" }), d)).rejects.toThrow(/files: "nope\/serving.yaml" not found/);
    } finally {
      p.remove();
    }
  });

  it("deploy on push: finds the merged PR, deploys, and comments in place", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "unit-agent" }) });
    try {
      const { d, io, github } = deps(p.dir, "push", pushEvent());
      const r = await runAction(inputs({ command: "deploy", host: emu.url, token: emu.token, "github-token": "t", today: "2026-11-20" }), d);
      expect(r.failure).toBeUndefined();
      expect(r.deploys[0]?.outcome).toBe("success");
      expect(io.outputs.outcome).toBe("success");
      expect(io.outputs.state).toBe("READY");
      expect(github.comments).toHaveLength(1); // "deploying" first, then edited in place
      expect(github.comments[0]!.issue).toBe(9);
      expect(github.comments[0]!.body).toContain("✅ deployed");
      expect(r.deploys[0]!.phases.map((ph) => ph.name)).toEqual(["wait for idle", "trigger job", "job run", "endpoint update", "smoke query"]);
    } finally {
      p.remove();
    }
  });

  it("an abort mid-run cancels the Databricks run and reports cancelled", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "slow-agent" }) });
    try {
      const ctrl = new AbortController();
      const { d, io } = deps(p.dir, "push", pushEvent(), { signal: ctrl.signal });
      const io2 = { ...io, info: (l: string) => (io.info(l), /run \d+: RUNNING/.test(l) && ctrl.abort()) };
      const r = await runAction(inputs({ command: "deploy", host: emu.url, token: emu.token, comment: "off", today: "2026-11-20" }), { ...d, io: io2 });
      expect(r.deploys[0]?.outcome, `${r.deploys[0]?.message}\n${io.lines.join("\n")}`).toBe("cancelled");
      expect(r.deploys[0]?.cancelRequested).toBe(true);
      expect(io.outputs.outcome).toBe("cancelled");
      expect(emu.log.calls("jobs/runs/cancel", "POST"), JSON.stringify(emu.log.calls("jobs/runs/cancel", "POST"))).toHaveLength(1);
    } finally {
      p.remove();
    }
  });

  it("mode: direct creates the endpoint, then replaces its config, without any job", async () => {
    const runNows = emu.log.calls("jobs/run-now").length;
    for (const [version, call] of [["3", "POST"], ["4", "PUT"]] as const) {
      const p = project({ "serving.yaml": servingYaml({ endpoint: "direct-agent", version, mode: "direct" }) });
      try {
        const { d, io } = deps(p.dir, "push", pushEvent());
        const r = await runAction(inputs({ command: "deploy", host: emu.url, token: emu.token, comment: "off", today: "2026-11-20" }), d);
        expect(r.failure, io.lines.join("\n")).toBeUndefined();
        expect(r.deploys[0]?.runId).toBeUndefined();
        expect(io.outputs["served-versions"]).toBe(`support_agent-${version}=main.agents.support_agent@${version}`);
        // What to roll back to: nothing for the new endpoint, then the version the first deploy served.
        expect(io.outputs["previous-versions"]).toBe(version === "3" ? "" : "support_agent-3=main.agents.support_agent@3");
        const path = call === "POST" ? "/api/2.0/serving-endpoints" : "/api/2.0/serving-endpoints/direct-agent/config";
        expect(emu.log.entries.filter((e) => e.method === call && e.path === path)).toHaveLength(1);
      } finally {
        p.remove();
      }
    }
    expect(emu.log.calls("jobs/run-now").length).toBe(runNows);
  });

  it("a deploy that cannot start (no such job) is reported as failed in the comment and outputs", async () => {
    const yaml = servingYaml({ endpoint: "orphan-agent" }).replace("job: deploy-support-agent", "job: no-such-job");
    const p = project({ "serving.yaml": yaml });
    try {
      const { d, io, github } = deps(p.dir, "push", pushEvent());
      const r = await runAction(inputs({ command: "deploy", host: emu.url, token: emu.token, "github-token": "t", today: "2026-11-20" }), d);
      expect(r.failure).toContain('trigger job: No Databricks job named "no-such-job"');
      expect(io.outputs.outcome).toBe("failed");
      expect(github.comments[0]!.body).toContain("❌ deploy failed");
      expect(github.comments[0]!.body).not.toContain("Deploying…");
    } finally {
      p.remove();
    }
  });

  it("deploy refuses to start when lint finds errors", async () => {
    const p = project({ "serving.yaml": servingYaml({ endpoint: "never-deployed", traffic: 10 }) });
    try {
      const before = emu.log.calls("jobs/run-now").length;
      const { d } = deps(p.dir, "push", pushEvent());
      const r = await runAction(inputs({ command: "deploy", host: emu.url, token: emu.token, comment: "off", today: "2026-11-20" }), d);
      expect(r.failure).toContain("deploy skipped: lint found errors");
      expect(emu.log.calls("jobs/run-now").length).toBe(before);
    } finally {
      p.remove();
    }
  });

  it("deploy without credentials says what to set", async () => {
    const p = project({ "serving.yaml": servingYaml() });
    try {
      const { d } = deps(p.dir, "push", pushEvent());
      const r = await runAction(inputs({ command: "deploy", comment: "off" }), d);
      expect(r.failure).toMatch(/^deploy: the `host` input is not set/);
    } finally {
      p.remove();
    }
  });
});
