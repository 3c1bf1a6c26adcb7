// The emulator's control routes need the control token, fault patterns cannot
// freeze it, and rejected requests leave no body in the log.

import { describe, it, expect } from "vitest";
import { startEmulator, emulatorCommand, type Emulator } from "../../src/emulator/index.js";
import { matchesPath, parsePathPattern } from "../../src/emulator/path-patterns.js";

async function withEmu(fn: (emu: Emulator) => Promise<void>, controlToken?: string): Promise<void> {
  const emu = await startEmulator(controlToken ? { controlToken } : {});
  try {
    await fn(emu);
  } finally {
    await emu.close();
  }
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe("emulator control routes", () => {
  it.each([
    ["GET", "/_emulator/requests"],
    ["GET", "/_emulator/events"],
    ["PUT", "/_emulator/scenario"],
  ])("%s %s refuses no token and the workspace PAT, and answers the control token", async (method, path) => {
    await withEmu(async (emu) => {
      const body = method === "PUT" ? JSON.stringify({ auth: { clients: [{ clientId: "evil", clientSecret: "x" }] } }) : undefined;
      for (const headers of [{}, bearer(emu.token)]) {
        const res = await fetch(`${emu.url}${path}`, { method, headers, ...(body ? { body } : {}) });
        expect(res.status).toBe(401);
      }
      expect(emu.scenario.auth.clients.map((c) => c.clientId)).not.toContain("evil");
      const res = await fetch(`${emu.url}${path}`, { method, headers: bearer(emu.controlToken), ...(body ? { body } : {}) });
      expect(res.status).toBe(200);
    });
  });

  it("an invalid scenario over HTTP is a 400 naming the field, not a 500", async () => {
    await withEmu(async (emu) => {
      const res = await fetch(`${emu.url}/_emulator/scenario`, { method: "PUT", headers: bearer(emu.controlToken), body: JSON.stringify({ faults: { rate: 5 } }) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/faults\.rate/);
    });
  });

  it("a given control token is used; each start otherwise makes a fresh one", async () => {
    await withEmu(async (emu) => expect(emu.controlToken).toBe("ctl-fixed"), "ctl-fixed");
    const a = await startEmulator();
    const b = await startEmulator();
    expect(a.controlToken).not.toBe(b.controlToken);
    expect(a.controlToken).not.toBe(a.token);
    await Promise.all([a.close(), b.close()]);
  });

  it("the command prints the generated control token, and not one given with --control-token", async () => {
    for (const [args, printed] of [[[], true], [["--control-token", "ctl-given-1"], false]] as const) {
      const stdout: string[] = [];
      const stderr: string[] = [];
      const controller = new AbortController();
      const done = emulatorCommand([...args], { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) }, { signal: controller.signal });
      for (let i = 0; i < 200 && stderr.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      const line = stderr.find((l) => l.startsWith("Control routes")) ?? "";
      expect(line).toMatch(printed ? /Bearer emu-control-\S+/ : /the --control-token value/);
      expect(stderr.join("\n")).not.toContain("ctl-given-1");
      controller.abort();
      expect(await done).toBe(0);
    }
  });
});

describe("request log", () => {
  it("keeps no body of an unauthenticated or rejected request, and keeps an accepted one", async () => {
    await withEmu(async (emu) => {
      const big = JSON.stringify({ name: "x".repeat(100_000) });
      await fetch(`${emu.url}/api/2.0/serving-endpoints`, { method: "POST", body: big });
      await fetch(`${emu.url}/api/2.0/serving-endpoints`, { method: "POST", headers: bearer("dapi-wrong"), body: big });
      await fetch(`${emu.url}/api/2.0/nowhere`, { method: "POST", headers: bearer(emu.token), body: big });
      await fetch(`${emu.url}/oidc/v1/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials&client_id=nobody&client_secret=guess",
      });
      await fetch(`${emu.url}/api/2.2/jobs/create`, { method: "POST", headers: bearer(emu.token), body: JSON.stringify({ name: "kept" }) });
      const [a, b, c, d, e] = emu.log.entries;
      expect([a, b, c, d].map((x) => [x?.status, x?.body])).toEqual([[401, undefined], [403, undefined], [404, undefined], [401, undefined]]);
      expect(e?.body).toEqual({ name: "kept" });
    });
  });

  it("an accepted body over 64 KiB is logged by size only", async () => {
    await withEmu(async (emu) => {
      const big = JSON.stringify({ name: "j", description: "x".repeat(70_000) });
      await fetch(`${emu.url}/api/2.2/jobs/create`, { method: "POST", headers: bearer(emu.token), body: big });
      expect(emu.log.entries[0]?.body).toBe(`(${big.length} bytes)`);
    });
  });
});

describe("fault path patterns", () => {
  it("match exact paths, one-segment * and a trailing **", () => {
    const p = (t: string) => {
      const parsed = parsePathPattern(t);
      if (typeof parsed === "string") throw new Error(parsed);
      return parsed;
    };
    expect(matchesPath(p("/api/2.0/serving-endpoints"), "/api/2.0/serving-endpoints")).toBe(true);
    expect(matchesPath(p("/api/2.0/serving-endpoints"), "/api/2.0/serving-endpoints/x")).toBe(false);
    expect(matchesPath(p("/serving-endpoints/*/invocations"), "/serving-endpoints/a/invocations")).toBe(true);
    expect(matchesPath(p("/serving-endpoints/*/invocations"), "/serving-endpoints/a/b/invocations")).toBe(false);
    expect(matchesPath(p("/api/**"), "/api")).toBe(true);
    expect(matchesPath(p("/api/**"), "/api/2.2/jobs/get")).toBe(true);
    expect(matchesPath(p("/api/**"), "/oidc/v1/token")).toBe(false);
  });

  it.each(["^/api/(a+)+$", "api/**", "/api/**/x", "/api/a*"])("refuses %j with a reason", (text) => {
    expect(typeof parsePathPattern(text)).toBe("string");
  });

  it("a scenario with a catastrophic regex is refused at once and the emulator keeps answering", async () => {
    await withEmu(async (emu) => {
      const started = Date.now();
      const res = await fetch(`${emu.url}/_emulator/scenario`, {
        method: "PUT",
        headers: bearer(emu.controlToken),
        body: JSON.stringify({ faults: { rate: 1, paths: ["^/api/(a+)+$"] } }),
      });
      expect(res.status).toBe(400);
      const probe = await fetch(`${emu.url}/api/${"a".repeat(40)}!`, { headers: bearer(emu.token) });
      expect(probe.status).toBe(404);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(() => emu.setScenario({ faults: { paths: "^/api" as unknown as string[] } })).toThrow();
    });
  });
});
