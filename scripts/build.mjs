// Builds the committed bundles: dist/index.js (the action) and dist/cli/index.js
// (the `serving-ci` bin). Runtime packages are bundled, so neither needs
// node_modules. Generated validators come first.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
run(process.execPath, ["scripts/gen-validator.mjs"]);
rmSync("dist", { recursive: true, force: true });
const ncc = "node_modules/@vercel/ncc/dist/ncc/cli.js";
const entries = [
  ["src/cli/main.ts", "dist/cli"],
  ...(existsSync("src/action/main.ts") ? [["src/action/main.ts", "dist"]] : []),
];
for (const [entry, out] of entries) {
  run(process.execPath, [ncc, "build", entry, "-o", out, "--quiet", "--license", "licenses.txt"]);
}

// The CLI is package.json's `bin`: npm links it as an executable, which needs a shebang.
const bin = "dist/cli/index.js";
writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(bin, "utf8")}`);
chmodSync(bin, 0o755);
