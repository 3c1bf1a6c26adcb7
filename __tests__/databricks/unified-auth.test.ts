// Unified auth as the Databricks CLI and SDKs resolve it (databricks-sdk-py config.py),
// with a temporary ~/.databrickscfg.

import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveWorkspace } from "../../src/databricks/unified-auth.js";

const CFG = `
; comments are allowed
[DEFAULT]
host = https://default.cloud.databricks.com
token = dapi-default-secret

[ci]
host = https://ci.cloud.databricks.com
client_id = sp-ci
client_secret = sp-ci-secret

[both]
host = https://both.cloud.databricks.com
token = dapi-both-secret
client_id = sp-both
client_secret = sp-both-secret
`;

function home(cfg: string | undefined): { home: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "dbcfg-"));
  if (cfg !== undefined) writeFileSync(path.join(dir, ".databrickscfg"), cfg);
  return { home: dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe("unified auth", () => {
  it("the environment wins, and then the file is not read", () => {
    const h = home("not an ini file at all");
    try {
      const r = resolveWorkspace({}, { env: { DATABRICKS_HOST: "https://env.cloud.databricks.com", DATABRICKS_TOKEN: "dapi-env" }, home: h.home });
      expect(r).toEqual({ host: "https://env.cloud.databricks.com", auth: { type: "pat", token: "dapi-env" }, source: "environment" });
    } finally {
      h.done();
    }
  });

  it("with nothing in the environment, [DEFAULT] of ~/.databrickscfg", () => {
    const h = home(CFG);
    try {
      const r = resolveWorkspace({}, { env: {}, home: h.home });
      expect(r.host).toBe("https://default.cloud.databricks.com");
      expect(r.auth).toEqual({ type: "pat", token: "dapi-default-secret" });
      expect(r.source).toMatch(/^profile DEFAULT of /);
    } finally {
      h.done();
    }
  });

  it("--profile and DATABRICKS_CONFIG_PROFILE pick a profile; a flag beats the variable; env values stay over the file's", () => {
    const h = home(CFG);
    try {
      expect(resolveWorkspace({ profile: "ci" }, { env: {}, home: h.home }).auth).toEqual({ type: "oauth-m2m", clientId: "sp-ci", clientSecret: "sp-ci-secret" });
      expect(resolveWorkspace({}, { env: { DATABRICKS_CONFIG_PROFILE: "ci" }, home: h.home }).host).toBe("https://ci.cloud.databricks.com");
      expect(resolveWorkspace({ profile: "DEFAULT" }, { env: { DATABRICKS_CONFIG_PROFILE: "ci" }, home: h.home }).host).toBe("https://default.cloud.databricks.com");
      expect(resolveWorkspace({ profile: "ci", host: "https://flag.cloud.databricks.com" }, { env: {}, home: h.home }).host).toBe("https://flag.cloud.databricks.com");
    } finally {
      h.done();
    }
  });

  it("DATABRICKS_CONFIG_FILE overrides the path; [__settings__] default_profile picks the profile", () => {
    const h = home(undefined);
    try {
      const file = path.join(h.home, "other.cfg");
      writeFileSync(file, `[__settings__]\ndefault_profile = ci\n${CFG}`);
      expect(resolveWorkspace({}, { env: { DATABRICKS_CONFIG_FILE: file }, home: h.home }).host).toBe("https://ci.cloud.databricks.com");
    } finally {
      h.done();
    }
  });

  it("clear errors that name what to set, and never a secret", () => {
    const h = home(CFG);
    const none = home(undefined);
    try {
      const messages: string[] = [];
      const attempt = (f: () => unknown) => {
        try {
          f();
          messages.push("(no error)");
        } catch (err) {
          messages.push((err as Error).message);
        }
      };
      attempt(() => resolveWorkspace({ profile: "nope" }, { env: {}, home: h.home }));
      attempt(() => resolveWorkspace({ profile: "both" }, { env: {}, home: h.home }));
      attempt(() => resolveWorkspace({}, { env: {}, home: none.home }));
      attempt(() => resolveWorkspace({ profile: "ci" }, { env: {}, home: none.home }));
      attempt(() => resolveWorkspace({}, { env: { DATABRICKS_HOST: "https://x.cloud.databricks.com" }, home: none.home }));
      expect(messages[0]).toMatch(/has no \[nope\] profile/);
      expect(messages[1]).toMatch(/more than one authorization method configured .*DATABRICKS_AUTH_TYPE/);
      expect(messages[2]).toMatch(/No Databricks host: set DATABRICKS_HOST/);
      expect(messages[3]).toMatch(/profile "ci" was asked for \(--profile\).*does not exist/);
      expect(messages[4]).toMatch(/DATABRICKS_TOKEN/);
      expect(messages.join("\n")).not.toMatch(/secret"|dapi-both-secret|sp-both-secret|dapi-default-secret/);
      // The auth type settles two methods at once.
      expect(resolveWorkspace({ profile: "both" }, { env: { DATABRICKS_AUTH_TYPE: "oauth-m2m" }, home: h.home }).auth.type).toBe("oauth-m2m");
    } finally {
      h.done();
      none.done();
    }
  });

  it("a malformed line is an error with file and line", () => {
    const h = home("[DEFAULT]\nhost is missing its equals sign\n");
    try {
      expect(() => resolveWorkspace({}, { env: {}, home: h.home })).toThrow(/\.databrickscfg:2: expected \[profile\] or key = value/);
    } finally {
      h.done();
    }
  });
});
