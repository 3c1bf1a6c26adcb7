// Loads the CLI's bundle files through V8 code caches kept in the user's cache
// folder, so a second run skips most of the parsing and compiling that dominate a
// short lint. Each cache is made at exit, after the run, so it holds every function
// the run compiled; Node's own compile cache (22.1+) is made right after loading,
// before the code runs, and holds little more than the top level. Measured on the
// typical project (valgrind, bench/cold-start.mjs): Node 20 1,062 -> ~730 M
// instructions, Node 24 430 (its compile cache) -> ~315 M. v8-compile-cache makes
// its data at load time too (5 % on the same run), hence this file.
//
// The bundle is CommonJS (build.mjs): V8 caches a classic script, and vm can
// compile an ES module only behind a flag. Chunks are loaded by the main file's
// `require("./N.index.js")`, which the loader answers from the same caches.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

export interface BundleLoaderOptions {
  /** The folder holding the bundle's files. */
  bundleDir: string;
  /** Each bundle file's name and a digest of its text, computed when it was built. */
  digests: Readonly<Record<string, string>>;
  /** Where the caches live; undefined: none is read or written. */
  cacheDir: string | undefined;
  /** Whether a file loaded without a usable cache gets one written at flush(). */
  write: boolean;
}

export interface BundleLoader {
  /** Runs a bundle file (once) as a CommonJS module and returns its exports. */
  load(name: string): unknown;
  /** Writes the caches still missing. Never throws: a cache is only ever a saving. */
  flush(): void;
}

const CACHE_LIFETIME_MS = 30 * 24 * 3600_000;

export function createBundleLoader(options: BundleLoaderOptions): BundleLoader {
  const { bundleDir, digests, cacheDir } = options;
  const loaded = new Map<string, unknown>();
  const uncached: { script: vm.Script; file: string }[] = [];

  const load = (name: string): unknown => {
    if (loaded.has(name)) return loaded.get(name);
    const filename = path.join(bundleDir, name);
    const fd = fs.openSync(filename, "r");
    let source: string;
    let cacheFile: string | undefined;
    try {
      source = fs.readFileSync(fd, "utf8");
      cacheFile = cacheDir && digests[name] ? path.join(cacheDir, `${cacheName(digests[name], fs.fstatSync(fd))}.bin`) : undefined;
    } finally {
      fs.closeSync(fd);
    }
    const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
    const script = new vm.Script(wrap(source), { filename, ...(cachedData ? { cachedData } : {}) });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) uncached.push({ script, file: cacheFile });
    const module = { exports: {} as unknown };
    loaded.set(name, module.exports);
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, requireFrom(filename), module, filename, bundleDir);
    loaded.set(name, module.exports);
    return module.exports;
  };

  // The bundle's own files through the caches; anything else (Node's built-ins) through Node.
  const requireFrom = (filename: string): NodeJS.Require => {
    const nodeRequire = createRequire(filename);
    const bundleRequire = (id: string): unknown => {
      const own = id.startsWith("./") ? id.slice(2) : undefined;
      return own !== undefined && Object.hasOwn(digests, own) ? load(own) : nodeRequire(id);
    };
    return Object.assign(bundleRequire, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, extensions: nodeRequire.extensions, main: nodeRequire.main });
  };

  const flush = (): void => {
    if (!options.write || !cacheDir || uncached.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      // Before serializing, which costs more than the write: a folder left by `sudo` is not ours to write.
      fs.accessSync(cacheDir, fs.constants.W_OK);
      pruneStale(cacheDir, new Set(Object.values(digests)));
      for (const { script, file } of uncached.splice(0)) writeAtomically(file, script.createCachedData());
    } catch {
      // An unwritable cache folder: the next run compiles again, as Node would.
    }
  };

  return { load, flush };
}

/**
 * The build's digest names the text the launcher expects; the file's size and
 * time name the text on disk, so a file changed after the build (patch-package)
 * gets a cache of its own rather than one V8 would take, as it checks only the length.
 */
export function cacheName(digest: string, stat: fs.Stats): string {
  return `${digest}-${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}`;
}

/** Node's own CommonJS wrapper, so the bundle sees the module scope it was built for. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A concurrent run reads a whole cache or none: each is written aside, then renamed. */
function writeAtomically(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data, { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

/** Caches of other builds (older versions, other installs) go a month after they were written. */
function pruneStale(dir: string, current: ReadonlySet<string>): void {
  const now = Date.now();
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith(".bin") || current.has(name.split("-")[0]!)) continue;
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > CACHE_LIFETIME_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already (another run pruned it).
    }
  }
}
