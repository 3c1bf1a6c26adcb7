// Builds the bundles: dist/index.js (the action), dist/cli/index.js (the
// `serving-ci` bin), dist/cli/parse-worker/index.js (the Python parse worker,
// started by the CLI on large runs: the parser alone, not the CLI) and
// dist/cli/unit-worker/index.js (lints whole units of a streamed run: the
// pipeline and the rules, not the CLI, formatters or Databricks client). Runtime
// packages are bundled, so none needs node_modules. Generated validators and rule docs come first.
//
// The CLI's bundle is CommonJS, run by a launcher (src/launcher) through V8 code
// caches in the user's cache folder: on a second run that takes about a third off
// a short lint on Node 20 and 24 (bench/cold-start.mjs). The action and the
// workers stay ES modules behind Node's compile cache: a runner starts fresh, so
// a cache of our own would never be read there.
//
// Measured and not taken: a V8 startup snapshot needs `node --snapshot-blob`
// built by the very binary that runs it: npx and action.yml (`node dist/index.js`)
// cannot pass it, and a re-exec costs a second Node start, more than a snapshot saves.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { buildSync, transformSync } from "esbuild";
import nccBuild from "@vercel/ncc";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
run(process.execPath, ["scripts/gen-validator.mjs"]);
run(process.execPath, ["scripts/gen-rule-docs.mjs"]);
rmSync("dist", { recursive: true, force: true });
const ncc = "node_modules/@vercel/ncc/dist/ncc/cli.js";
await buildCommonJs("src/cli/main.ts", "dist/cli");
const entries = [
  ["src/python/parse-worker-main.ts", "dist/cli/parse-worker"],
  ["src/lint/unit-worker-main.ts", "dist/cli/unit-worker"],
  ...(existsSync("src/action/main.ts") ? [["src/action/main.ts", "dist"]] : []),
];
for (const [entry, out] of entries) {
  run(process.execPath, [ncc, "build", entry, "-o", out, "--quiet", "--license", "licenses.txt"]);
}

// Every emitted module is then compacted: whitespace and comments dropped, syntax
// shortened, and non-ASCII characters escaped, so V8 holds each source as a one-byte
// string. Start-up is mostly V8 scanning and compiling these files: on the typical
// project's lint this cut the instructions executed by ~5 % of the whole process
// (valgrind, Node 20). Names are kept, not mangled, so a bug report's stack still
// says which function failed (mangling would save ~3 % more).
compact("dist");

/** ncc's API, as its command line has no switch for CommonJS in a "type": "module" package. */
async function buildCommonJs(entry, out) {
  const { code, assets } = await nccBuild(path.resolve(entry), { esm: false, quiet: true, license: "licenses.txt" });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "main.js"), code);
  for (const [name, asset] of Object.entries(assets)) writeFileSync(path.join(out, name), asset.source);
  writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
}

function compact(dir) {
  // Each bundle folder's package.json says how its files are modules (buildCommonJs; ncc writes "module").
  const format = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).type === "commonjs" ? "cjs" : "esm";
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) compact(file);
    else if (entry.name.endsWith(".js")) {
      const { code } = transformSync(readFileSync(file, "utf8"), { minifyWhitespace: true, minifySyntax: true, charset: "ascii", legalComments: "inline", format });
      writeFileSync(file, code);
    }
  }
}

// The action's index.js becomes a small launcher that turns on Node's compile
// cache (Node >= 22.1; absent on Node 20, where it is skipped) before the bundle
// loads. The bundle is imported, not inlined, because the cache covers only
// modules loaded after it is enabled.
renameSync("dist/index.js", "dist/main.js");
writeFileSync("dist/index.js", `import module from "node:module";\nmodule.enableCompileCache?.();\nawait import("./main.js");\n`);

// The CLI's launcher is the package's `bin`: npm links it as an executable, which
// needs a shebang. It gets each bundle file's digest, so a cache is used only for
// the exact text it was made from (V8 itself checks only the length).
const digests = Object.fromEntries(
  readdirSync("dist/cli")
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => [name, createHash("sha256").update(readFileSync(path.join("dist/cli", name))).digest("hex").slice(0, 32)]),
);
buildSync({
  entryPoints: ["src/launcher/cli-launcher.ts"],
  outfile: "dist/cli/index.js",
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  banner: { js: "#!/usr/bin/env node" },
  define: { BUNDLE_DIGESTS: JSON.stringify(digests) },
  logLevel: "error",
});
chmodSync("dist/cli/index.js", 0o755);
