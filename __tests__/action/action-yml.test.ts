// action.yml and the code agree: every input the code reads and every output
// it sets is declared (with a description), and everything declared is used.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Input, Output } from "../../src/action/constants.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const action = parse(readFileSync(path.join(REPO, "action.yml"), "utf8")) as {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".ts"))
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      return { file: path.relative(REPO, file), text: readFileSync(file, "utf8") };
    });
}
const code = sources(path.join(REPO, "src/action"));

describe("action.yml", () => {
  it("runs the committed bundle on node24, with branding", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it("declares exactly the inputs the code reads, each described", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort());
    for (const [name, i] of Object.entries(action.inputs)) expect(i.description.length, name).toBeGreaterThan(20);
    expect(action.inputs["github-token"]!.default).toBe("${{ github.token }}");
  });

  it("declares exactly the outputs the code sets, each described", () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort());
    for (const [name, o] of Object.entries(action.outputs)) expect(o.description.length, name).toBeGreaterThan(10);
  });

  it("every declared name is used by the code, and nothing bypasses the constants", () => {
    const all = code.map((c) => c.text).join("\n");
    for (const key of Object.keys(Input)) expect(all, `Input.${key} unused`).toMatch(new RegExp(`Input\\.${key}\\b`));
    for (const key of Object.keys(Output)) expect(all, `Output.${key} unused`).toMatch(new RegExp(`Output\\.${key}\\b`));
    for (const { file, text } of code) {
      // Outputs only through the Output constants; inputs only through readInputs.
      for (const m of text.matchAll(/setOutput\(\s*(["'`])/g)) throw new Error(`${file}: setOutput with a literal name at ${m.index}`);
      // main.ts is the edge; workflow-commands.ts is the @actions/core stand-in it alone imports.
      if (file.endsWith("main.ts") || file.endsWith("workflow-commands.ts")) continue;
      expect(text, file).not.toMatch(/getInput\(/);
      expect(text, file).not.toMatch(/from "(@actions\/core|\.\/workflow-commands\.js)"/);
    }
  });
});

describe("examples/workflows", () => {
  const dir = path.join(REPO, "examples/workflows");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));

  it("has a PR check, a deploy on merge and a matrix", () => {
    expect(files.sort()).toEqual(["deploy.yml", "matrix.yml", "pr-check.yml"]);
  });

  it.each(files)("%s uses only declared inputs and outputs, and says which permissions it needs", (file) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    const wf = parse(text) as { permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith("serving-ci/serving-ci"));
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) for (const key of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs), `${file}: input ${key}`).toContain(key);
    for (const m of text.matchAll(/steps\.\w+\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs), `${file}: output ${m[1]}`).toContain(m[1]);
    for (const perm of Object.keys(wf.permissions)) expect(text, `${file} explains ${perm}`).toMatch(new RegExp(`#\\s+${perm}: (read|write)`));
  });
});
