// Proves the README's two first commands work in a clone with nothing beside it:
// clones the committed HEAD into an empty temporary directory, runs `npm ci`
// (which must print no warning, e.g. no EBADENGINE) and then `npm test`.
// Nothing outside the clone is readable by path, so a test that reaches for
// ../shared or a gitignored file fails here. CI runs this as its own job.
//
//   node scripts/check-clean-clone.mjs [--keep]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "serving-ci-clone-"));
const clone = path.join(dir, "serving-ci");

function run(cmd, args, cwd) {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r;
}

let code = 0;
try {
  if (run("git", ["clone", "--quiet", "--no-local", repo, clone], dir).status !== 0) throw new Error("git clone failed");
  const ci = run("npm", ["ci", "--no-audit", "--no-fund"], clone);
  if (ci.status !== 0) throw new Error("npm ci failed");
  const warnings = `${ci.stdout}${ci.stderr}`.split("\n").filter((l) => /^npm (warn|WARN)/.test(l));
  if (warnings.length) throw new Error(`npm ci printed ${warnings.length} warning(s):\n${warnings.join("\n")}`);
  if (run("npm", ["test"], clone).status !== 0) throw new Error("npm test failed in the clean clone");
  console.log(`\nclean clone OK: npm ci printed no warning and npm test passed (${clone})`);
} catch (e) {
  console.error(`\ncheck-clean-clone: ${e.message}`);
  code = 1;
} finally {
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code;
