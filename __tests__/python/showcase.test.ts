// The broken-code showcase fires every code rule at the expected lines; the tricky-but-right set fires
// nothing. UPDATE_GOLDEN=1 rewrites expected.txt after a deliberate change.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const CODE_RULES = ["agent-interface", "declared-resources", "fm-endpoint-name", "fm-endpoint-retired", "missing-requirements", "output-helpers", "pinned-requirements", "requirement-conflicts"];

async function run(dir: string): Promise<string> {
  // The repository config ignores __tests__/; this one lints the fixtures in place.
  const r = await lint({ cwd: REPO, paths: [dir], rules: RULES, today: "2026-11-27", configPath: "__tests__/fixtures/lint-fixtures.serving-ci.yaml" });
  return r.findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.severity} ${f.message} [${f.ruleId}]\n`).join("");
}

describe("code showcase", () => {
  it("__tests__/fixtures/broken-code reports every code rule at the expected lines", async () => {
    const out = await run("__tests__/fixtures/broken-code");
    const golden = path.join(REPO, "__tests__/fixtures/broken-code/expected.txt");
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out);
    expect(out).toBe(readFileSync(golden, "utf8"));
    const fired = new Set([...out.matchAll(/ \[([a-z-]+)\]$/gm)].map((m) => m[1]));
    for (const id of CODE_RULES) expect(fired, `rule ${id} never fires in the showcase`).toContain(id);
  });

  it("__tests__/fixtures/python/tricky (dynamic resources, computed pins, chat dicts, imported constants, names in comments) is clean", async () => {
    expect(await run("__tests__/fixtures/python/tricky")).toBe("");
  });
});
