// Black-box: setup errors (auth the job cannot do, a missing host) end like any
// failure: outcome=failed, a PR comment, and a message naming the input to change
// (not the DATABRICKS_* variable the client reads). A refused OIDC exchange shows
// the ID token's claims, never the token.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction, type ActionRun } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, prEvent, project, servingYaml } from "./fixtures.js";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";
const SECRET = "setup-test-client-secret-9d2f";
const ID_REQUEST_TOKEN = "setup-test-id-request-token-71ab";
// The emulator's runner issues this subject; its federation policy wants another.
const PR_SUBJECT = "repo:example/agents:pull_request";
const POLICY_SUBJECT = "repo:example/agents:environment:prod";

let gh: GitHubStandIn;
let emu: Emulator;

beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({ auth: { clients: [{ clientId: CLIENT_ID, clientSecret: SECRET }], githubRequestToken: ID_REQUEST_TOKEN, githubSubject: PR_SUBJECT, subject: POLICY_SUBJECT } });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

async function deployOnPr(pr: number, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const p = project({ "serving.yaml": servingYaml({ endpoint: `agent-setup-${pr}` }) });
  try {
    return await runAction({
      workspace: p.dir,
      eventName: "pull_request",
      event: prEvent({ number: pr }),
      inputs: { command: "deploy", "deploy-on-pull-request": "allow", "github-token": "ghs_setuptoken", today: "2026-11-20", ...inputs },
      env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu), ...env },
    });
  } finally {
    p.remove();
  }
}

const errors = (run: ActionRun): string =>
  run.stdout
    .split("\n")
    .filter((l) => l.startsWith("::error"))
    .join("\n");

describe("setup errors", () => {
  it("client-id without id-token: write: outcome failed, a comment, and the inputs to change", async () => {
    const run = await deployOnPr(71, { host: emu.url, "client-id": CLIENT_ID });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    const err = errors(run);
    expect(err).toContain("`permissions: id-token: write`");
    expect(err).toContain("`client-secret` input");
    expect(err).not.toMatch(/ACTIONS_ID_TOKEN_REQUEST|DATABRICKS_CLIENT/);
    const comments = gh.commentsOn(71);
    expect(comments).toHaveLength(1);
    // The "deploying" comment written first is replaced by the error, not left behind.
    expect(comments[0]!.body).toContain("❌ setup error");
    expect(comments[0]!.body).not.toContain("Deploying…");
    expect(comments[0]!.body).toContain("`permissions: id-token: write`");
    expect(run.summary).toContain("Setup error");
    // Nothing reached the workspace: the client could not even be made.
    expect(emu.log.calls("/oidc/v1/token", "POST")).toHaveLength(0);
  });

  it("no host: names the host input", async () => {
    const run = await deployOnPr(72, { token: "dapi-setup" });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    expect(errors(run)).toContain("deploy: the `host` input is not set");
    expect(gh.commentsOn(72)[0]!.body).toContain("`host` input");
  });

  it("a plain-http host: the host input, not DATABRICKS_HOST", async () => {
    const run = await deployOnPr(73, { host: "http://dbc-1234.cloud.databricks.com", token: "dapi-setup" });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    expect(errors(run)).toContain("The `host` input must use https://");
    expect(errors(run)).not.toContain("DATABRICKS_HOST");
    expect(gh.commentsOn(73)[0]!.body).toContain("❌ setup error");
  });

  it("a wrong client secret: the inputs to check, in the log and the comment", async () => {
    const run = await deployOnPr(74, { host: emu.url, "client-id": CLIENT_ID, "client-secret": "wrong-secret-value" });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    expect(errors(run)).toContain("Check the `client-id` and `client-secret` inputs.");
    expect(errors(run)).not.toContain("DATABRICKS_CLIENT");
    const body = gh.commentsOn(74)[0]!.body;
    expect(body).toContain("`client-secret` inputs");
    expect(body).not.toContain("DATABRICKS_CLIENT");
  });
});

describe("a refused OIDC exchange", () => {
  it("shows the claims the federation policy must match, never the token", async () => {
    const run = await deployOnPr(75, { host: emu.url, "client-id": CLIENT_ID }, { ACTIONS_ID_TOKEN_REQUEST_URL: emu.githubIdTokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_REQUEST_TOKEN });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    const err = errors(run);
    expect(err).toContain("Token subject does not match the federation policy");
    expect(err).toContain(`sub="${PR_SUBJECT}"`);
    expect(err).toContain(`aud="${emu.url}/oidc/v1/token"`);
    expect(err).toContain('iss="https://token.actions.githubusercontent.com"');
    expect(gh.commentsOn(75)[0]!.body).toContain(`sub="${PR_SUBJECT}"`);
    // No JWT (header.payload.signature) anywhere the action writes.
    const jwt = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;
    for (const text of [run.stdout, run.stderr, run.summary, run.outputsText, ...gh.commentsOn(75).map((c) => c.body)]) expect(text).not.toMatch(jwt);
  });
});

describe("inputs that do not parse (caught before any client exists)", () => {
  it("fail with outcome=failed and a PR comment naming the input; the next good run removes that comment", async () => {
    const secret = "dapi-typo-in-auth-type-3c9e";
    // The token pasted into auth-type too: the message quotes auth-type's value, the comment must not.
    const bad = await deployOnPr(76, { host: emu.url, token: secret, timeout: "soon", "auth-type": secret });
    expect(bad.code).toBe(1);
    expect(bad.outputs.outcome).toBe("failed");
    const [comment] = gh.commentsOn(76);
    expect(comment!.body).toContain("invalid action inputs");
    expect(comment!.body).toContain("timeout");
    expect(comment!.body).toContain("auth-type");
    expect(comment!.body).toContain("Change the named input in the workflow file");
    expect(comment!.body).not.toContain(secret);
    expect(comment!.body).toContain("***");

    const good = await deployOnPr(76, { host: emu.url, token: emu.token });
    expect(good.code, good.stdout).toBe(0);
    const bodies = gh.commentsOn(76).map((c) => c.body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain("✅ deployed");
    expect(good.stdout).toContain("removed the comment about invalid inputs (fixed)");
  });

  it("no github-token: no comment, the step still ends failed", async () => {
    const before = gh.requests.length;
    const run = await deployOnPr(77, { timeout: "soon", "github-token": "" });
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("failed");
    expect(gh.requests.length).toBe(before);
  });
});
