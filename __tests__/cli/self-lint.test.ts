// `serving-ci lint` in this repository: the fixtures under __tests__/ are broken
// on purpose and .serving-ci.yaml ignores them; everything else (examples/) is clean.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const REPO = path.resolve(import.meta.dirname, "../..");

describe("linting this repository", () => {
  it("reports nothing: the fixtures are ignored and the examples are clean", () => {
    const r = runCli(["lint", "-f", "json"], REPO);
    const report = JSON.parse(r.stdout) as { findings: { file: string }[] };
    expect(report.findings).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("the fixtures would be reported without the repository's ignore (so the test above is not vacuous)", () => {
    const r = runCli(["lint", "-f", "json", "--config", "__tests__/fixtures/lint-fixtures.serving-ci.yaml"], REPO);
    const files = new Set((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file));
    expect([...files].some((f) => f.startsWith("__tests__/fixtures/"))).toBe(true);
    expect([...files].filter((f) => !f.startsWith("__tests__/"))).toEqual([]);
  });
});
