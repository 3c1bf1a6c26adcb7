// Builds the bundles: dist/index.js (the action), dist/cli/index.js (the
// `serving-ci` bin), dist/cli/parse-worker/index.js (the Python parse worker,
// started by the CLI on large runs: the parser alone, not the CLI) and
// dist/cli/unit-worker/index.js (lints whole units of a streamed run: the
// pipeline and the rules, not the CLI, formatters or Databricks client). Runtime
// packages are bundled, so none needs node_modules. Generated validators and rule docs come first.
//
// Measured and not taken (bench/cold-start.mjs, 2 busy cores, CPU medians of 9):
// CommonJS bundles through ncc's API (esm: false; chunks loaded by require) were
// 3-8 % cheaper on Node 20 and no cheaper on Node 24; dropping the launcher (the
// compile cache enabled inside main.js instead) changed nothing measurable. A V8
// startup snapshot needs `node --snapshot-blob` built by the very binary that runs
// it: npx and action.yml (`node dist/index.js`) cannot pass it, and a re-exec
// costs a second Node start, more than a snapshot saves.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
run(process.execPath, ["scripts/gen-validator.mjs"]);
run(process.execPath, ["scripts/gen-rule-docs.mjs"]);
rmSync("dist", { recursive: true, force: true });
const ncc = "node_modules/@vercel/ncc/dist/ncc/cli.js";
const entries = [
  ["src/cli/main.ts", "dist/cli"],
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

function compact(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) compact(file);
    else if (entry.name.endsWith(".js")) {
      const { code } = transformSync(readFileSync(file, "utf8"), { minifyWhitespace: true, minifySyntax: true, charset: "ascii", legalComments: "inline", format: "esm" });
      writeFileSync(file, code);
    }
  }
}

// Each bundle's index.js becomes a small launcher that turns on Node's compile
// cache (Node >= 22.1; absent on Node 20, where it is skipped) before the bundle
// loads, so a second run reuses the V8 code of the first instead of compiling
// again. The bundle is imported, not inlined, because the cache covers only
// modules loaded after it is enabled. The CLI's launcher is the package's `bin`:
// npm links it as an executable, which needs a shebang.
for (const [dir, shebang] of [["dist/cli", true], ["dist", false]]) {
  if (!existsSync(`${dir}/index.js`)) continue;
  renameSync(`${dir}/index.js`, `${dir}/main.js`);
  const launcher =
    `${shebang ? "#!/usr/bin/env node\n" : ""}` +
    `import module from "node:module";\n` +
    `module.enableCompileCache?.();\n` +
    `await import("./main.js");\n`;
  writeFileSync(`${dir}/index.js`, launcher);
}
chmodSync("dist/cli/index.js", 0o755);
