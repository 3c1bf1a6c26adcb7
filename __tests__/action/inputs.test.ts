import { describe, expect, it } from "vitest";
import { InputError, readInputs } from "../../src/action/inputs.js";

const from = (table: Record<string, string>) => (name: string) => table[name] ?? "";

describe("readInputs", () => {
  it("defaults to a lint that fails on errors and comments", () => {
    expect(readInputs(from({}))).toEqual({ command: "lint", files: [], failOn: "error", comment: "sticky", databricks: {}, deployOnPullRequest: "refuse", online: false, wait: true });
  });

  it("parses every input", () => {
    const inputs = readInputs(
      from({
        command: "Deploy",
        files: "a/serving.yaml\nb/**/serving.yaml, c",
        "fail-on": "warning",
        "sarif-file": "out.sarif",
        host: "https://dbc-1.cloud.databricks.com",
        token: "dapi-secret",
        "client-id": "sp",
        "client-secret": "shh",
        "auth-type": "oauth-m2m",
        "token-audience": "aud",
        timeout: "1h30m",
        comment: "off",
        "github-token": "ghs_x",
        "working-directory": "sub",
        today: "2026-01-02",
      }),
    );
    expect(inputs).toMatchObject({
      command: "deploy",
      files: ["a/serving.yaml", "b/**/serving.yaml", "c"],
      failOn: "warning",
      sarifFile: "out.sarif",
      timeoutMs: 90 * 60_000,
      comment: "off",
      githubToken: "ghs_x",
      workingDirectory: "sub",
      today: "2026-01-02",
      databricks: { host: "https://dbc-1.cloud.databricks.com", token: "dapi-secret", clientId: "sp", clientSecret: "shh", authType: "oauth-m2m", tokenAudience: "aud" },
    });
  });

  it("an integer timeout is seconds", () => {
    expect(readInputs(from({ timeout: "90" })).timeoutMs).toBe(90_000);
  });

  it("lists every problem in one error, without secret values", () => {
    let err: unknown;
    try {
      readInputs(from({ command: "ship", "fail-on": "sometimes", timeout: "soon", today: "tomorrow", comment: "loud", "client-secret": "hunter2-secret" }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    expect(e.problems).toHaveLength(6);
    expect(e.message).toContain('command: "ship" is not one of lint, plan, deploy');
    expect(e.message).toContain("fail-on");
    expect(e.message).toContain("timeout");
    expect(e.message).toContain("today");
    expect(e.message).toContain("comment");
    expect(e.message).toContain("client-secret is set but client-id is not");
    expect(e.message).not.toContain("hunter2-secret");
  });
});
