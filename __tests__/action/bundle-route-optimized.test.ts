// Black-box: a route-optimized endpoint is smoke-queried on its own endpoint_url
// (the workspace path refuses it), with the workspace OAuth token exchanged for one
// scoped to the endpoint (the data plane refuses the workspace token itself); with
// a PAT, which that URL refuses, the query is not sent and the comment says why,
// and the deploy stands.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabricksClient, waitForEndpoint } from "../../src/databricks/index.js";
import type { Emulator } from "../../src/emulator/index.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { startGitHubStandIn, type GitHubStandIn } from "../helpers/github-stand-in.js";
import { emulatorEnv, emulatorWithJob, MODEL, prEvent, project, servingYaml } from "./fixtures.js";

const CLIENT = { clientId: "22222222-3333-4444-5555-666666666666", clientSecret: "route-optimized-secret-91c2" };
let gh: GitHubStandIn;
let emu: Emulator;
beforeAll(async () => {
  assertBundleFresh();
  gh = await startGitHubStandIn();
  emu = await emulatorWithJob({ auth: { clients: [CLIENT], tokenTtlSeconds: 86_400 } });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

async function routeOptimizedEndpoint(name: string): Promise<{ url: string; details: string }> {
  const client = createDatabricksClient({ host: emu.url, auth: { type: "pat", token: emu.token }, clock: emu.clock });
  await client.serving.create({
    name,
    route_optimized: true,
    config: { served_entities: [{ name: "support_agent-6", entity_name: MODEL, entity_version: "6", workload_size: "Small", scale_to_zero_enabled: true }] },
  });
  const ready = await waitForEndpoint(client, name, { timeoutMs: 3_600_000 });
  expect(ready.outcome).toBe("success");
  const info = ready.endpoint!.data_plane_info!.query_info!;
  return { url: info.endpoint_url!, details: info.authorization_details! };
}

function deploy(dir: string, pr: number, auth: Record<string, string>) {
  return runAction({
    workspace: dir,
    eventName: "pull_request",
    event: prEvent({ number: pr }),
    inputs: { command: "deploy", "deploy-on-pull-request": "allow", host: emu.url, ...auth, "github-token": "ghs_ro_tests", today: "2026-11-20" },
    env: { GITHUB_API_URL: gh.url, ...emulatorEnv(emu) },
  });
}

describe("route-optimized endpoints", () => {
  it("the smoke query goes to the endpoint's endpoint_url with a token scoped to it", async () => {
    const { url, details } = await routeOptimizedEndpoint("ro-agent");
    const p = project({ "serving.yaml": servingYaml({ endpoint: "ro-agent", version: "7" }) });
    try {
      const run = await deploy(p.dir, 71, { "client-id": CLIENT.clientId, "client-secret": CLIENT.clientSecret });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.outcome).toBe("success");
      expect(emu.log.calls(new URL(url).pathname, "POST")).toHaveLength(1);
      expect(emu.log.calls("/serving-endpoints/ro-agent/invocations", "POST").filter((c) => !c.path.startsWith("/ro/"))).toHaveLength(0);
      expect(run.stdout).toContain(`smoke query: ok: answered with 1 output item(s) on ${url}`);
      const exchanges = emu.log.calls("/oidc/v1/token", "POST").filter((c) => (c.body as Record<string, string>).grant_type === "urn:ietf:params:oauth:grant-type:jwt-bearer");
      expect(exchanges.map((c) => [c.status, c.body])).toEqual([[200, { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", authorization_details: details, assertion: "***" }]]);
      expect(run.stdout).not.toMatch(/emu-(oauth|dp)-/);
      expect(gh.commentsOn(71)[0]!.body).toContain("**Smoke query**: ok");
    } finally {
      p.remove();
    }
  });

  it("with a PAT the query is not sent (the data plane takes OAuth only): skipped, said why, deploy succeeds", async () => {
    await routeOptimizedEndpoint("ro-agent-pat");
    const p = project({ "serving.yaml": servingYaml({ endpoint: "ro-agent-pat", version: "7" }) });
    try {
      const run = await deploy(p.dir, 72, { token: emu.token });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.outcome).toBe("success");
      expect(emu.log.calls("ro-agent-pat/invocations", "POST")).toHaveLength(0);
      const body = gh.commentsOn(72)[0]!.body;
      expect(body).toContain("**Smoke query**: skipped (not sent: ro-agent-pat is route-optimized and its endpoint_url accepts OAuth tokens only");
    } finally {
      p.remove();
    }
  });
});
