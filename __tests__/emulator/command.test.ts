// `serving-ci emulator`: prints its URL first, serves, stops on request.

import { describe, it, expect } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emulatorCommand, DEFAULT_TOKEN } from "../../src/emulator/index.js";

function io() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: { stdout: (s: string) => stdout.push(s), stderr: (s: string) => stderr.push(s) } };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe("emulator command", () => {
  it("prints the base URL first, serves the API with the default token, and stops", async () => {
    const { stdout, stderr, out } = io();
    const controller = new AbortController();
    const done = emulatorCommand(["--port", "0", "--speed", "50"], out, { signal: controller.signal });
    await waitFor(() => stdout.length > 0);
    const url = stdout[0] ?? "";
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stderr.join("\n")).toContain(`the default ${DEFAULT_TOKEN}`);
    const res = await fetch(`${url}/api/2.0/serving-endpoints`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}` } });
    expect(await res.json()).toEqual({ endpoints: [] });
    controller.abort();
    expect(await done).toBe(0);
    await expect(fetch(`${url}/_emulator/health`)).rejects.toThrow();
  });

  it("loads a scenario file, including jobs to create at start", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-"));
    const file = join(dir, "scenario.json");
    writeFileSync(file, JSON.stringify({ defaults: { buildMs: 1000 }, jobs: [{ name: "deploy-churn", tasks: [{ task_key: "deploy" }] }] }));
    const { stdout, out } = io();
    const controller = new AbortController();
    const done = emulatorCommand(["--scenario", file, "--token=dapi-custom-token-1"], out, { signal: controller.signal });
    await waitFor(() => stdout.length > 0);
    const res = await fetch(`${stdout[0]}/api/2.2/jobs/list?name=deploy-churn`, { headers: { authorization: "Bearer dapi-custom-token-1" } });
    expect(((await res.json()) as { jobs: unknown[] }).jobs).toHaveLength(1);
    controller.abort();
    expect(await done).toBe(0);
  });

  it.each([
    [["--port", "abc"], /--port must be an integer/],
    [["--speed", "0"], /--speed must be a positive number/],
    [["--bogus"], /Unknown option --bogus/],
    [["--token"], /--token needs a value/],
    [["--scenario", "/nonexistent/s.json"], /cannot read scenario/],
  ])("rejects %j with exit code 2", async (args, message) => {
    const { stderr, out } = io();
    expect(await emulatorCommand(args, out)).toBe(2);
    expect(stderr.join("\n")).toMatch(message);
  });

  it("rejects an invalid scenario with the path of the problem", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ defaults: { updateOutcome: "explode" } }));
    const { stderr, out } = io();
    expect(await emulatorCommand(["--scenario", file], out)).toBe(2);
    expect(stderr.join("\n")).toMatch(/invalid scenario at defaults\.updateOutcome/);
  });

  it("--help prints usage", async () => {
    const { stdout, out } = io();
    expect(await emulatorCommand(["--help"], out)).toBe(0);
    expect(stdout.join("\n")).toContain("Usage: serving-ci emulator");
  });
});
