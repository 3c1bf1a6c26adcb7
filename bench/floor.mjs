// Builds the parse-only floor (parse-floor.ts) into bench/out/floor, bundled with
// ncc as the CLI is, and returns the script to run.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function buildFloor() {
  const root = path.dirname(import.meta.dirname);
  const out = path.join(import.meta.dirname, "out/floor");
  execFileSync(process.execPath, [path.join(root, "node_modules/@vercel/ncc/dist/ncc/cli.js"), "build", path.join(import.meta.dirname, "parse-floor.ts"), "-o", out, "-q"], { cwd: root, stdio: "inherit" });
  return path.join(out, "index.js");
}
