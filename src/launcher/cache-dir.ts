// Where the CLI keeps its code caches, and whether it writes them.
import path from "node:path";

export interface CacheHost {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  /** process.versions.v8 and process.arch: a cache is valid only for the V8 build that made it. */
  v8: string;
  arch: string;
}

/**
 * The user's own cache folder, never a shared one such as /tmp: a code cache is
 * compiled code, so a file someone else could plant there would run as ours.
 * Undefined (no cache) with NODE_DISABLE_COMPILE_CACHE, Node's switch for its own
 * compile cache, or when no absolute cache folder is known.
 */
export function codeCacheDir(host: CacheHost): string | undefined {
  const { env } = host;
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const base = userCacheBase(host);
  if (!base || !path.isAbsolute(base)) return undefined;
  return path.join(base, "serving-ci", `v8-${host.v8}-${host.arch}`.replace(/[^\w.-]/g, "_"));
}

function userCacheBase({ env, platform, homedir }: CacheHost): string | undefined {
  if (platform === "win32") return env.LOCALAPPDATA;
  if (platform === "darwin") return homedir && path.join(homedir, "Library", "Caches");
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  return homedir && path.join(homedir, ".cache");
}

/**
 * CI machines are mostly fresh for every job, so writing a cache there (about
 * 4 % of a run, on the typical project) is paid for every time and used never.
 * A cache already present (a persistent runner) is still read.
 */
export function writesCodeCache(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.toLowerCase();
  return ci === undefined || ci === "" || ci === "false" || ci === "0";
}
