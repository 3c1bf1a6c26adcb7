// Black-box: each auth mode (PAT, OAuth M2M, GitHub OIDC through the runner's
// ID-token URL), and canary secrets that must appear nowhere the action writes.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction, type ActionRun } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, prEvent, project, servingYaml } from "./fixtures.js";

const CANARY = {
  pat: "dapi-CANARY-pat-7f3a9c2e41",
  clientSecret: "CANARY-client-secret-5b8d0e",
  githubToken: "ghs_CANARYgithubtoken93af",
  idRequestToken: "CANARY-id-request-token-c4e1",
};
const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

let gh: GitHubStandIn;
let emu: Emulator;
const seen: { label: string; run: ActionRun; sarif?: string }[] = [];

beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob(
    { auth: { clients: [{ clientId: CLIENT_ID, clientSecret: CANARY.clientSecret }], githubRequestToken: CANARY.idRequestToken, tokenTtlSeconds: 86_400 } },
    { token: CANARY.pat },
  );
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

async function deployWith(label: string, endpoint: string, pr: number, auth: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const p = project({ "serving.yaml": servingYaml({ endpoint }) });
  try {
    const run = await runAction({
      workspace: p.dir,
      eventName: "pull_request",
      event: prEvent({ number: pr }),
      inputs: { command: "deploy", "deploy-on-pull-request": "allow", host: emu.url, ...auth, "github-token": CANARY.githubToken, "sarif-file": "serving-ci.sarif", today: "2026-11-20" },
      env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu), ...env },
    });
    seen.push({ label, run, sarif: readFileSync(path.join(p.dir, "serving-ci.sarif"), "utf8") });
    return run;
  } finally {
    p.remove();
  }
}

describe("auth modes", () => {
  it("PAT", async () => {
    const run = await deployWith("pat", "agent-pat", 41, { token: CANARY.pat });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("auth: using pat");
    expect(run.outputs.outcome).toBe("success");
  });

  it("OAuth M2M", async () => {
    const run = await deployWith("m2m", "agent-m2m", 42, { "client-id": CLIENT_ID, "client-secret": CANARY.clientSecret });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("auth: using oauth-m2m");
    expect(run.outputs.outcome).toBe("success");
    expect(emu.log.calls("/oidc/v1/token", "POST").length).toBeGreaterThan(0);
  });

  it("GitHub OIDC federation through ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN", async () => {
    const run = await deployWith("oidc", "agent-oidc", 43, { "client-id": CLIENT_ID }, { ACTIONS_ID_TOKEN_REQUEST_URL: emu.githubIdTokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: CANARY.idRequestToken });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("auth: using github-oidc");
    expect(run.outputs.outcome).toBe("success");
    const exchange = emu.log.calls("/oidc/v1/token", "POST").find((r) => (r.body as Record<string, string>).grant_type?.includes("token-exchange"));
    expect(exchange).toBeDefined();
  });

  it("a wrong client secret fails clearly, naming what to check", async () => {
    const run = await deployWith("wrong-secret", "agent-wrong", 44, { "client-id": CLIENT_ID, "client-secret": `${CANARY.clientSecret}-wrong` });
    expect(run.code).toBe(1);
    const err = run.stdout.split("\n").filter((l) => l.startsWith("::error")).join("\n");
    expect(err).toContain("oauth-m2m: could not obtain a workspace token");
    expect(err).toContain("/oidc/v1/token");
    expect(err).not.toContain("[object Object]");
  });

  it("canary secrets appear nowhere: stdout, stderr, outputs, summary, SARIF, comments, GitHub requests", () => {
    expect(seen.map((s) => s.label)).toEqual(["pat", "m2m", "oidc", "wrong-secret"]);
    const places: [string, string][] = [];
    // `::add-mask::<secret>` is how the runner learns what to mask; it consumes the line and never shows it.
    const shown = (stdout: string): string => stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    for (const s of seen) {
      expect(s.run.stdout).toContain("::add-mask::");
      places.push([`${s.label} stdout`, shown(s.run.stdout)], [`${s.label} stderr`, s.run.stderr], [`${s.label} outputs`, s.run.outputsText], [`${s.label} summary`, s.run.summary], [`${s.label} sarif`, s.sarif ?? ""]);
    }
    for (const c of gh.comments) places.push([`comment ${c.id}`, c.body]);
    for (const r of gh.requests) places.push([`github request ${r.method} ${r.path}`, r.body + r.path]);
    expect(gh.comments.length).toBeGreaterThanOrEqual(4);
    for (const [where, text] of places) {
      for (const [name, secret] of Object.entries(CANARY)) {
        // The wrong secret contains the right one as a prefix: both must be masked.
        expect(text.includes(secret), `${name} leaked in ${where}`).toBe(false);
      }
    }
  });
});
