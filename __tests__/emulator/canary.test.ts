// No secret ever leaves the client or the emulator: canary credentials go in,
// then everything printed, thrown, returned or recorded is searched for them.

import { describe, it, expect } from "vitest";
import { waitForRun, waitForEndpoint, deploymentIdempotencyToken } from "../../src/databricks/index.js";
import { emulatorCommand } from "../../src/emulator/index.js";
import { withEmulator, clientFor, createDeployJob } from "./harness.js";

const PAT = "dapi-CANARY-pat-0f9e8d7c6b5a";
const SECRET = "CANARY-client-secret-77aa";
const WRONG_SECRET = "CANARY-wrong-secret-99bb";
const GH_REQUEST = "CANARY-gh-request-token-55cc";
const CLIENT_ID = "canary-sp";

describe("secrets never appear in output", () => {
  it("across every auth mode, failures, waiter results, the request log and the emulator command", async () => {
    const printed: string[] = [];
    const issued: string[] = []; // access tokens and ID tokens seen on the wire
    const sniff: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const url = String(input);
      if (url.includes("/oidc/v1/token") || url.includes("/github/id-token")) {
        const body = (await res.clone().json()) as { access_token?: string; value?: string };
        for (const v of [body.access_token, body.value]) if (v) issued.push(v);
      }
      return res;
    };
    const capture = async <T>(p: Promise<T>): Promise<void> => {
      try {
        printed.push(JSON.stringify(await p));
      } catch (err) {
        printed.push(String(err), (err as Error).stack ?? "");
      }
    };

    await withEmulator(
      {
        token: PAT,
        scenario: {
          auth: { clients: [{ clientId: CLIENT_ID, clientSecret: SECRET }], githubRequestToken: GH_REQUEST, tokenTtlSeconds: 60 },
          // A server that echoes a credential back in an error must not leak it either.
          endpoints: { "ep-fail": { jobFailure: { error: `RuntimeError: bad token ${PAT}`, traceback: `Traceback\n  token=${PAT}` } } },
        },
      },
      async (emu) => {
        const modes = [
          clientFor(emu, { auth: { type: "pat", token: PAT }, fetch: sniff }),
          clientFor(emu, { auth: { type: "oauth-m2m", clientId: CLIENT_ID, clientSecret: SECRET }, fetch: sniff }),
          clientFor(emu, {
            auth: { type: "github-oidc", clientId: CLIENT_ID, idTokenRequestUrl: emu.githubIdTokenUrl, idTokenRequestToken: GH_REQUEST },
            fetch: sniff,
          }),
        ];
        for (const [i, client] of modes.entries()) {
          for (const ep of [`ep-ok-${i}`, "ep-fail"]) {
            const jobId = await createDeployJob(client, `deploy-${ep}-${i}`, "main.agents.a", ep);
            const token = deploymentIdempotencyToken({ repository: "o/r", commit: "c", endpoint: ep, attempt: i });
            const runId = await client.jobs.runNow({ jobId, idempotencyToken: token });
            await capture(waitForRun(client, runId));
            if (ep !== "ep-fail") await capture(waitForEndpoint(client, ep, { expect: [{ entityName: "main.agents.a", entityVersion: "1" }] }));
          }
          printed.push(...client.lines);
        }
        const wrong = [
          clientFor(emu, { auth: { type: "oauth-m2m", clientId: CLIENT_ID, clientSecret: WRONG_SECRET } }),
          clientFor(emu, { auth: { type: "pat", token: `${PAT}-revoked` } }),
          clientFor(emu, { auth: { type: "github-oidc", clientId: CLIENT_ID, idTokenRequestUrl: emu.githubIdTokenUrl, idTokenRequestToken: `${GH_REQUEST}-x` } }),
        ];
        for (const client of wrong) {
          await capture(client.serving.list());
          printed.push(...client.lines);
        }
        printed.push(JSON.stringify(emu.log.entries), JSON.stringify(emu.events));
      },
    );

    const controller = new AbortController();
    const out = { stdout: (s: string) => printed.push(s), stderr: (s: string) => printed.push(s) };
    const done = emulatorCommand(["--port", "0", "--token", PAT], out, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect(await done).toBe(0);

    expect(issued.length).toBeGreaterThanOrEqual(3);
    const everything = printed.join("\n");
    expect(everything).toContain("RuntimeError: bad token ***");
    for (const secret of [PAT, SECRET, WRONG_SECRET, GH_REQUEST, ...issued]) {
      expect(everything.includes(secret), `leaked ${secret.slice(0, 12)}…`).toBe(false);
    }
  });
});
