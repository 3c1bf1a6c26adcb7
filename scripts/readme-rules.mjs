// Regenerates the README's rule table from the built CLI's `rules --json`, so the
// table cannot drift from rules/index.ts (the docs test checks it names every rule).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const rules = JSON.parse(execFileSync(process.execPath, ["dist/cli/index.js", "rules", "--json"], { encoding: "utf8" }));
const table = [
  "| rule | default | fixable | checks |",
  "|---|---|---|---|",
  ...rules.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.severity} | ${r.fixable} | ${r.summary.replace(/\|/g, "\\|")} |`),
].join("\n");
const readme = readFileSync("README.md", "utf8");
const next = readme.replace(/<!-- rules-table:start -->[\s\S]*<!-- rules-table:end -->/, `<!-- rules-table:start -->\n${table}\n<!-- rules-table:end -->`);
writeFileSync("README.md", next);
