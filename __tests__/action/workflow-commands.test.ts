// Our workflow commands against @actions/core's own, on the same inputs: what
// reaches stdout and $GITHUB_OUTPUT must be identical (delimiters aside, being random).
import * as core from "@actions/core";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import * as ours from "../../src/action/workflow-commands.js";

const tmp = mkdtempSync(path.join(tmpdir(), "serving-ci-wfc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function stdoutOf(f: () => void): string {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    f();
  } finally {
    spy.mockRestore();
  }
  return out;
}

// Strings rich in what escaping is about: %, CR, LF, colons, commas, `::`.
const text = fc.stringMatching(/^[a-z%\r\n:,= ]{0,12}$/).chain((s) => fc.constantFrom(s, `::${s}`, `${s}%0A`));
const props = fc.record(
  { title: text, file: text, startLine: fc.nat(5), endLine: fc.nat(5), startColumn: fc.nat(5), endColumn: fc.nat(5) },
  { requiredKeys: [] },
);

describe("workflow commands, the same bytes as @actions/core", () => {
  it("annotations, masks and log lines", () => {
    fc.assert(
      fc.property(text, props, (message, p) => {
        for (const kind of ["notice", "warning", "error"] as const) {
          expect(stdoutOf(() => ours[kind](message, p))).toBe(stdoutOf(() => core[kind](message, p)));
        }
        expect(stdoutOf(() => ours.setSecret(message))).toBe(stdoutOf(() => core.setSecret(message)));
        expect(stdoutOf(() => ours.info(message))).toBe(stdoutOf(() => core.info(message)));
      }),
    );
  });

  it("setFailed: an error line and exit code 1", () => {
    const before = process.exitCode;
    try {
      expect(stdoutOf(() => ours.setFailed("bad\nthing"))).toBe("::error::bad%0Athing\n");
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });

  it("each output gets its own UUID-shaped delimiter, as @actions/core's", () => {
    const file = path.join(tmp, "output");
    vi.stubEnv("GITHUB_OUTPUT", file);
    try {
      writeFileSync(file, "");
      for (let i = 0; i < 200; i++) ours.setOutput("o", "v");
      const ids = [...readFileSync(file, "utf8").matchAll(/^o<<ghadelimiter_(.+)$/gm)].map((m) => m[1]!);
      expect(ids).toHaveLength(200);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(200);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("outputs to $GITHUB_OUTPUT, and the old command without it", () => {
    const file = path.join(tmp, "output");
    const undelimited = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, "DELIM");
    vi.stubEnv("GITHUB_OUTPUT", file);
    try {
      fc.assert(
        fc.property(text, text, (name, value) => {
          writeFileSync(file, "");
          ours.setOutput(name, value);
          const mine = readFileSync(file, "utf8");
          writeFileSync(file, "");
          core.setOutput(name, value);
          expect(undelimited(mine)).toBe(undelimited(readFileSync(file, "utf8")));
        }),
        { numRuns: 50 },
      );
      vi.stubEnv("GITHUB_OUTPUT", path.join(tmp, "missing"));
      expect(() => ours.setOutput("a", "b")).toThrow(/Missing file at path/);
      vi.stubEnv("GITHUB_OUTPUT", "");
      expect(stdoutOf(() => ours.setOutput("a:b", "x\ny"))).toBe(stdoutOf(() => core.setOutput("a:b", "x\ny")));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("inputs: INPUT_ with spaces as _, upper case, trimmed", () => {
    vi.stubEnv("INPUT_FAIL-ON", "  never \n");
    vi.stubEnv("INPUT_MY_INPUT", " x ");
    try {
      for (const name of ["fail-on", "my input", "absent"]) expect(ours.getInput(name)).toBe(core.getInput(name));
      expect(ours.getInput("fail-on")).toBe("never");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
