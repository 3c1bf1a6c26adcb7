// The CLI launcher's code caches: a bundle runs the same through them, each file
// gets one cache made at exit, a usable cache is read and not rewritten, and a
// bad cache or folder costs a compile, never a failure.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cacheName, createBundleLoader, type BundleLoaderOptions } from "../../src/launcher/code-cache.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const MAIN = `
const chunk = require("./7.index.js");
const again = require("./7.index.js");
module.exports = { answer: chunk.twice(21), sameChunk: chunk === again, file: __filename, dir: __dirname, sep: require("node:path").sep };
`;
const CHUNK = `exports.twice = (n) => n * 2;`;
const DIGESTS = { "main.js": "aaaa1111", "7.index.js": "bbbb2222" };

let dirs: TempProject[] = [];
afterEach(() => {
  for (const d of dirs) d.remove();
  dirs = [];
});

function bundle(): { bundleDir: string; cacheDir: string } {
  const project = tempProject({ "bundle/main.js": MAIN, "bundle/7.index.js": CHUNK });
  dirs.push(project);
  return { bundleDir: path.join(project.dir, "bundle"), cacheDir: path.join(project.dir, "cache", "v8-test") };
}

function run(options: Partial<BundleLoaderOptions> & { bundleDir: string; cacheDir: string | undefined }): unknown {
  const loader = createBundleLoader({ digests: DIGESTS, write: true, ...options });
  const exports = loader.load("main.js");
  loader.flush();
  return exports;
}

const LONG_AGO = new Date("2001-01-01T00:00:00Z");

/** The caches in a folder, by the digest their name starts with. */
const cachesIn = (dir: string): string[] => readdirSync(dir).map((f) => (f.endsWith(".bin") ? f.split("-")[0]! : f)).sort();
const cacheOf = (dir: string, digest: string): string => path.join(dir, readdirSync(dir).find((f) => f.startsWith(`${digest}-`))!);

describe("the bundle loader", () => {
  it("runs a bundle as CommonJS: its chunks once each, Node's built-ins, its own file and folder", () => {
    const { bundleDir, cacheDir } = bundle();
    expect(run({ bundleDir, cacheDir })).toEqual({ answer: 42, sameChunk: true, file: path.join(bundleDir, "main.js"), dir: bundleDir, sep: path.sep });
  });

  it("writes one cache per file, named by its digest, readable by the user alone", () => {
    const { bundleDir, cacheDir } = bundle();
    run({ bundleDir, cacheDir });
    expect(cachesIn(cacheDir)).toEqual(["aaaa1111", "bbbb2222"]);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(cacheOf(cacheDir, "aaaa1111")).mode & 0o777).toBe(0o600);
  });

  it("gives a file changed after the build a cache of its own", () => {
    const { bundleDir, cacheDir } = bundle();
    run({ bundleDir, cacheDir });
    const before = cacheOf(cacheDir, "bbbb2222");
    // The same length, so V8 alone would take the old cache for it.
    writeFileSync(path.join(bundleDir, "7.index.js"), CHUNK.replace("n * 2", "n + 2"));
    utimesSync(path.join(bundleDir, "7.index.js"), LONG_AGO, LONG_AGO);
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 23 });
    expect(readdirSync(cacheDir).filter((f) => f.startsWith("bbbb2222-")).length).toBe(2);
    expect(existsSync(before)).toBe(true);
  });

  it("reads a usable cache and leaves it as it is", () => {
    const { bundleDir, cacheDir } = bundle();
    run({ bundleDir, cacheDir });
    const cache = cacheOf(cacheDir, "aaaa1111");
    utimesSync(cache, LONG_AGO, LONG_AGO);
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 42 });
    expect(statSync(cache).mtime).toEqual(LONG_AGO);
  });

  it("compiles past a cache V8 rejects and writes a good one in its place", () => {
    const { bundleDir, cacheDir } = bundle();
    // Put there before any run: within one process V8 would reuse the script it compiled already.
    mkdirSync(cacheDir, { recursive: true });
    const cache = path.join(cacheDir, `${cacheName("aaaa1111", statSync(path.join(bundleDir, "main.js")))}.bin`);
    writeFileSync(cache, "not a code cache");
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 42 });
    expect(readFileSync(cache, "utf8")).not.toBe("not a code cache");
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 42 });
  });

  it("runs without a cache where the folder cannot be made, and writes nothing half-way", () => {
    const { bundleDir, cacheDir } = bundle();
    mkdirSync(path.dirname(cacheDir), { recursive: true });
    writeFileSync(cacheDir, "a file where the folder would be");
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 42 });
    expect(readFileSync(cacheDir, "utf8")).toBe("a file where the folder would be");
  });

  it("leaves no temporary file behind when a cache cannot be put in place", () => {
    const { bundleDir, cacheDir } = bundle();
    run({ bundleDir, cacheDir });
    // A folder where main.js's cache goes: the rename fails, as on a full or read-only disk.
    const cache = cacheOf(cacheDir, "aaaa1111");
    rmSync(cache);
    mkdirSync(path.join(cache, "in-the-way"), { recursive: true });
    expect(run({ bundleDir, cacheDir })).toMatchObject({ answer: 42 });
    expect(cachesIn(cacheDir)).toEqual(["aaaa1111", "bbbb2222"]);
    expect(statSync(cache).isDirectory()).toBe(true);
  });

  it("writes nothing when told not to, or with no folder", () => {
    const { bundleDir, cacheDir } = bundle();
    expect(run({ bundleDir, cacheDir, write: false })).toMatchObject({ answer: 42 });
    expect(existsSync(cacheDir)).toBe(false);
    expect(run({ bundleDir, cacheDir: undefined })).toMatchObject({ answer: 42 });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("drops other builds' caches a month unwritten, and keeps recent ones", () => {
    const { bundleDir, cacheDir } = bundle();
    mkdirSync(cacheDir, { recursive: true });
    for (const name of ["old.bin", "recent.bin", "notes.txt"]) writeFileSync(path.join(cacheDir, name), "x");
    utimesSync(path.join(cacheDir, "old.bin"), LONG_AGO, LONG_AGO);
    utimesSync(path.join(cacheDir, "notes.txt"), LONG_AGO, LONG_AGO);
    run({ bundleDir, cacheDir });
    expect(cachesIn(cacheDir)).toEqual(["aaaa1111", "bbbb2222", "notes.txt", "recent.bin"]);
  });

  it("loads a relative file the build did not list through Node", () => {
    const project = tempProject({ "bundle/main.js": `module.exports = require("./extra.js");`, "bundle/extra.js": `module.exports = "from node";` });
    dirs.push(project);
    const loader = createBundleLoader({ bundleDir: path.join(project.dir, "bundle"), digests: { "main.js": "cccc" }, cacheDir: undefined, write: false });
    expect(loader.load("main.js")).toBe("from node");
  });
});
