// The action's `online` input: parsed strictly; with credentials the lint asks the
// workspace (online-* findings annotate the lines); a fork PR never asks it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/action/inputs.js";
import { startEmulator, type Emulator } from "../../src/emulator/index.js";
import { annotations, assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { prEvent, project } from "./fixtures.js";

const SERVING = "version: 1\nmodel:\n  resources:\n    functions: [main.support.lookup_order]\ndeploy:\n  job: deploy-support-agnet\n";

describe("online input", () => {
  it("is false by default, true or false when given, and anything else is a problem", () => {
    const read = (online: string) => readInputs((n) => (n === "online" ? online : ""));
    expect(read("").online).toBe(false);
    expect(read("true").online).toBe(true);
    expect(read("FALSE").online).toBe(false);
    expect(() => read("yes please")).toThrow(/online: "yes please" is not one of true, false/);
  });
});

describe("online lint in the action (bundle)", () => {
  let emu: Emulator;
  beforeAll(async () => {
    assertBundleFresh();
    emu = await startEmulator({ scenario: { jobs: [{ name: "deploy-support-agent" }] } });
  });
  afterAll(() => emu?.close());

  it("annotates what the workspace lacks; a fork PR does not ask it", async () => {
    const p = project({ "serving.yaml": SERVING });
    try {
      const env = { DATABRICKS_HOST: emu.url, DATABRICKS_TOKEN: emu.token };
      const base = { workspace: p.dir, eventName: "pull_request", inputs: { command: "lint", online: "true", comment: "off", today: "2026-11-20" }, env };
      emu.log.clear();
      const run = await runAction({ ...base, event: prEvent({ number: 5 }) });
      const errors = annotations(run.stdout).filter((a) => a.level === "error" && a.props.includes("file=serving.yaml"));
      expect(errors.map((a) => a.message).join("\n")).toMatch(/Unity Catalog function "main\.support\.lookup_order" does not exist[\s\S]*job "deploy-support-agnet" does not exist/);
      // Only the runner's own mask command names the token.
      expect(run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n")).not.toContain(emu.token);
      expect(emu.log.entries.length).toBeGreaterThan(0);

      emu.log.clear();
      const fork = await runAction({ ...base, event: prEvent({ number: 6, fork: true }) });
      expect(fork.stdout).not.toMatch(/online-/);
      expect(emu.log.entries).toEqual([]);
    } finally {
      p.remove();
    }
  }, 60_000);
});
