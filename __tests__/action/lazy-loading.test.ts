// The action's start-up loads only what the run needs: the built bundle run as the
// runner does, with a loader hook that names every bundle file it loads
// (`npm run build` first). A lint-only pull-request run, comment included, compiles
// no Databricks client, deploy flow or zod; a plan does load the client (the
// control that shows the hook sees lazy chunks).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, REPO, runAction, type ActionRunSpec } from "../helpers/action-bundle.js";
import { expectMarkersInBundle, MARKER } from "../helpers/bundle-markers.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, patInputs, prEvent, project, servingYaml } from "./fixtures.js";

const REGISTER = path.join(REPO, "__tests__/fixtures/load-trace/register.mjs");
const BUILTINS = path.join(REPO, "__tests__/fixtures/load-trace/builtins.cjs");

let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({});
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

async function loaded(spec: Omit<ActionRunSpec, "env"> & { env?: Record<string, string> }): Promise<{ code: number | null; files: string[]; text: string; builtins: string[] }> {
  const run = await runAction({ ...spec, env: { ...spec.env, NODE_OPTIONS: `--import=${REGISTER} --require=${BUILTINS}` } });
  const files = [...run.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1]!);
  const builtins = /^BUILTINS (.*)$/m.exec(run.stderr)?.[1]?.split(",") ?? [];
  return { code: run.code, files, text: files.map((f) => readFileSync(f, "utf8")).join("\n"), builtins };
}

describe("action lazy loading", () => {
  it("the bundle holds every marker these checks look for", () => {
    expectMarkersInBundle(path.join(REPO, "dist"), ["yamlParser", "databricksClient", "deployFlow", "zod", "sarifFormatter"]);
  });

  it("a lint-only pull-request run with its sticky comment loads no client, deploy flow or zod", async () => {
    const p = project({ "agent/serving.yaml": servingYaml({ traffic: 90 }) });
    try {
      const run = await loaded({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 31 }),
        inputs: { command: "lint", "github-token": "ghs_lazy", comment: "sticky", today: "2026-11-20" },
        env: { GITHUB_API_URL: gh.url },
      });
      expect(run.code).toBe(1); // the traffic finding
      expect(gh.commentsOn(31)).toHaveLength(1);
      expect(run.text).toMatch(MARKER.yamlParser); // the lint ran inside what the hook saw
      expect(run.text).not.toMatch(MARKER.databricksClient);
      expect(run.text).not.toMatch(MARKER.deployFlow);
      expect(run.text).not.toMatch(MARKER.zod);
      expect(run.text).not.toMatch(MARKER.sarifFormatter); // no sarif-file input: no SARIF formatter
    } finally {
      p.remove();
    }
  });

  it("a lint-only run that sends no request loads no node:crypto", async () => {
    // node:crypto costs about a third of a bare Node 24 start; the output delimiters need none of it.
    // (A run that comments or plans loads it anyway: Node's fetch and TLS do.)
    const p = project({ "agent/serving.yaml": servingYaml({}) });
    try {
      const run = await loaded({ workspace: p.dir, eventName: "push", event: {}, inputs: { command: "lint", comment: "off", today: "2026-11-20" } });
      expect(run.code).toBe(0);
      expect(run.builtins).toContain("fs");
      expect(run.builtins).not.toContain("crypto");
    } finally {
      p.remove();
    }
  });

  it("a plan loads the Databricks client when it needs it", async () => {
    const p = project({ "agent/serving.yaml": servingYaml({ endpoint: "lazy-plan" }) });
    try {
      const run = await loaded({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent({ number: 32 }),
        inputs: { command: "plan", ...patInputs(emu), comment: "off", today: "2026-11-20" },
        env: emulatorEnv(emu),
      });
      expect(run.code).toBe(0);
      expect(run.text).toMatch(MARKER.databricksClient);
      expect(run.builtins).toContain("crypto"); // Node's fetch loads it: the trace sees built-ins
    } finally {
      p.remove();
    }
  });
});
