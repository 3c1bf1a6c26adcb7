// Where the CLI keeps its code caches: the user's own cache folder, per V8 build, never a shared one.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeCacheDir, writesCodeCache, type CacheHost } from "../../src/launcher/cache-dir.js";

const host = (over: Partial<CacheHost>): CacheHost => ({ env: {}, platform: "linux", homedir: "/home/ada", v8: "11.3.244.8-node.33", arch: "x64", ...over });

describe("codeCacheDir", () => {
  it("is ~/.cache/serving-ci/<V8 build> on Linux, or under an absolute XDG_CACHE_HOME", () => {
    expect(codeCacheDir(host({}))).toBe(path.join("/home/ada/.cache/serving-ci/v8-11.3.244.8-node.33-x64"));
    expect(codeCacheDir(host({ env: { XDG_CACHE_HOME: "/var/cache/ada" } }))).toBe(path.join("/var/cache/ada/serving-ci/v8-11.3.244.8-node.33-x64"));
  });

  it("ignores a relative XDG_CACHE_HOME, as the XDG spec says", () => {
    expect(codeCacheDir(host({ env: { XDG_CACHE_HOME: "cache" } }))).toBe(path.join("/home/ada/.cache/serving-ci/v8-11.3.244.8-node.33-x64"));
  });

  it("follows each platform's cache folder", () => {
    expect(codeCacheDir(host({ platform: "darwin", homedir: "/Users/ada" }))).toBe(path.join("/Users/ada/Library/Caches/serving-ci/v8-11.3.244.8-node.33-x64"));
    expect(codeCacheDir(host({ platform: "win32", env: { LOCALAPPDATA: "/AppData/Local" } }))?.startsWith(path.join("/AppData/Local/serving-ci"))).toBe(true);
  });

  it("is none with NODE_DISABLE_COMPILE_CACHE, with no home, or a relative one", () => {
    expect(codeCacheDir(host({ env: { NODE_DISABLE_COMPILE_CACHE: "1" } }))).toBeUndefined();
    expect(codeCacheDir(host({ homedir: "" }))).toBeUndefined();
    expect(codeCacheDir(host({ homedir: "ada" }))).toBeUndefined();
    expect(codeCacheDir(host({ platform: "win32" }))).toBeUndefined();
  });

  it("keeps a V8 version's odd characters out of the path", () => {
    expect(path.basename(codeCacheDir(host({ v8: "12.4/../../x" }))!)).toBe("v8-12.4_.._.._x-x64");
  });
});

describe("writesCodeCache", () => {
  it("writes off CI, and not where CI is set (a fresh machine per job)", () => {
    expect(writesCodeCache({})).toBe(true);
    expect(writesCodeCache({ CI: "" })).toBe(true);
    expect(writesCodeCache({ CI: "false" })).toBe(true);
    expect(writesCodeCache({ CI: "true" })).toBe(false);
    expect(writesCodeCache({ CI: "1" })).toBe(false);
  });
});
