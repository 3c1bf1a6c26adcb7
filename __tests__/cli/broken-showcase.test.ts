// The broken showcase: one project where every YAML rule fires, linted by the
// built CLI exactly as the README shows it. `npm run build` first (CI builds
// before testing); UPDATE_GOLDEN=1 rewrites expected.txt after a deliberate change.
// It is linted in a copy: this repository's .serving-ci.yaml ignores __tests__/.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(REPO, "dist/cli/index.js");
const GOLDEN = path.join(REPO, "__tests__/fixtures/broken/expected.txt");
const YAML_RULES = [
  "fm-endpoint-name", "fm-endpoint-retired", "parse", "schema", "secrets-in-env",
  "served-entities", "traffic-config", "uc-names", "unused-suppression",
];

describe("broken showcase", () => {
  it("reports every YAML rule at the expected lines, exit 1", () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
    const copy = mkdtempSync(path.join(tmpdir(), "serving-ci-showcase-"));
    mkdirSync(path.join(copy, ".git"));
    cpSync(path.join(REPO, "__tests__/fixtures/broken"), path.join(copy, "__tests__/fixtures/broken"), { recursive: true });
    const r = spawnSync(process.execPath, [CLI, "lint", "__tests__/fixtures/broken", "--today", "2026-11-27", "--format", "stylish", "--no-color"], {
      cwd: copy, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000,
    });
    rmSync(copy, { recursive: true, force: true });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, r.stdout);
    expect(r.stdout).toBe(readFileSync(GOLDEN, "utf8"));
    const fired = new Set([...r.stdout.matchAll(/ \[([a-z-]+)\]$/gm)].map((m) => m[1]));
    for (const id of YAML_RULES) expect(fired, `rule ${id} never fires in the showcase`).toContain(id);
    expect(r.stdout).not.toContain("Hunter2-but-longer"); // the literal password is masked in the code frame
  });
});
