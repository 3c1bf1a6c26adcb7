// The `serving-ci` bin (dist/cli/index.js, built by build.mjs as CommonJS): runs
// the CLI's bundle (main.js) through the code caches of code-cache.ts.
import os from "node:os";
import { codeCacheDir, writesCodeCache } from "./cache-dir.js";
import { createBundleLoader } from "./code-cache.js";

/** Each bundle file's name and digest, put in by the build (build.mjs). */
declare const BUNDLE_DIGESTS: Record<string, string>;

const loader = createBundleLoader({
  bundleDir: __dirname,
  digests: BUNDLE_DIGESTS,
  cacheDir: codeCacheDir({ env: process.env, platform: process.platform, homedir: homedir(), v8: process.versions.v8, arch: process.arch }),
  write: writesCodeCache(process.env),
});
process.once("exit", () => loader.flush());
loader.load("main.js");

/** The user's home, or "" where the system has none (os.homedir throws then). */
function homedir(): string {
  try {
    return os.homedir();
  } catch {
    return "";
  }
}
