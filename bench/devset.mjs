#!/usr/bin/env node
// Scores the linter on the development set (../shared/devset/realworld.yaml): real public files with our
// labels. It fetches nothing: point it at a folder holding each repository at its labelled commit, as
// <owner>+<name>@<commit7>/ (or <owner>+<name>/). Each repository is linted whole, as a user would lint it,
// and the findings in labelled files are compared with the labels by rule and line.
//
//   node bench/devset.mjs <folder> [--devset FILE] [--json OUT] [--today YYYY-MM-DD] [--verbose]
//
// Markdown entries (skill examples) are scored on their Python code blocks, copied into a temporary .py file
// with every other line blanked, so line numbers stay those of the markdown file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "dist", "cli", "index.js");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    devset: { type: "string", default: join(here, "..", "..", "shared", "devset", "realworld.yaml") },
    json: { type: "string" },
    today: { type: "string", default: "2026-12-01" },
    verbose: { type: "boolean", default: false },
  },
});
if (positionals.length !== 1) {
  console.error("usage: node bench/devset.mjs <folder with the devset repositories> [--devset FILE] [--json OUT]");
  process.exit(2);
}
const root = resolve(positionals[0]);
const entries = parse(readFileSync(values.devset, "utf8"));

function repoDir(entry) {
  const base = entry.repo.replace("/", "+");
  for (const name of [`${base}@${entry.commit.slice(0, 7)}`, base]) {
    if (existsSync(join(root, name))) return join(root, name);
  }
  return undefined;
}

function lint(cwd, paths) {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, "lint", ...paths, "-f", "json", "--today", values.today], {
      cwd, encoding: "utf8", maxBuffer: 256 << 20, stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    if (e.status !== 1) return { error: `exit ${e.status}: ${String(e.stderr).trim().split("\n")[0]}` };
    out = e.stdout;
  }
  return { findings: JSON.parse(out).findings };
}

function markdownAsPython(text) {
  const lines = text.split("\n");
  let inPython = false;
  return lines.map((line) => {
    const fence = /^\s*```(\w*)/.exec(line);
    if (fence) { inPython = !inPython && /^py(thon)?$/i.test(fence[1]); return ""; }
    return inPython ? line : "";
  }).join("\n");
}

const byRepo = new Map();
const rows = [];
for (const entry of entries) {
  const dir = repoDir(entry);
  if (!dir) { rows.push({ entry, missing: true }); continue; }
  let findings;
  if (entry.path.endsWith(".md")) {
    const tmp = mkdtempSync(join(tmpdir(), "devset-md-"));
    writeFileSync(join(tmp, "example.py"), markdownAsPython(readFileSync(join(dir, entry.path), "utf8")));
    const r = lint(tmp, ["."]);
    rmSync(tmp, { recursive: true, force: true });
    findings = r.error ? r : { findings: r.findings.map((f) => ({ ...f, file: entry.path })) };
  } else {
    if (!byRepo.has(dir)) byRepo.set(dir, lint(dir, ["."]));
    findings = byRepo.get(dir);
  }
  if (findings.error) { rows.push({ entry, error: findings.error }); continue; }
  const inFile = findings.findings.filter((f) => f.file === entry.path);
  const labels = entry.labels ?? [];
  const matched = new Set();
  const found = [];
  const missed = [];
  for (const label of labels) {
    const i = inFile.findIndex((f, k) => !matched.has(k) && f.ruleId === label.rule && f.line === label.line);
    if (i >= 0) { matched.add(i); found.push(label); } else missed.push(label);
  }
  const falsePositives = inFile.filter((_, k) => !matched.has(k));
  rows.push({ entry, found, missed, falsePositives });
}

const byRule = new Map();
const ruleRow = (rule) => {
  if (!byRule.has(rule)) byRule.set(rule, { labels: 0, found: 0, falsePositives: 0 });
  return byRule.get(rule);
};
let errors = 0;
for (const row of rows) {
  if (row.missing || row.error) {
    errors++;
    console.log(`${row.entry.id}: ${row.missing ? "repository not in the folder" : row.error}`);
    continue;
  }
  for (const l of [...row.found, ...row.missed]) ruleRow(l.rule).labels++;
  for (const l of row.found) ruleRow(l.rule).found++;
  for (const f of row.falsePositives) ruleRow(f.ruleId).falsePositives++;
  if (values.verbose || row.missed.length || row.falsePositives.length) {
    const parts = [];
    for (const l of row.missed) parts.push(`  missed ${l.rule} at ${l.line}: ${l.detail ?? ""}`);
    for (const f of row.falsePositives) parts.push(`  extra  ${f.ruleId} at ${f.line}:${f.column}: ${f.message}`);
    if (parts.length || values.verbose) console.log(`${row.entry.id} (${row.entry.path})\n${parts.join("\n")}`);
  }
}

const total = { labels: 0, found: 0, falsePositives: 0 };
console.log("\n| rule | labels found / total | extra findings |\n|---|---:|---:|");
for (const [rule, r] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${rule} | ${r.found} / ${r.labels} | ${r.falsePositives} |`);
  total.labels += r.labels; total.found += r.found; total.falsePositives += r.falsePositives;
}
console.log(`| **all** | **${total.found} / ${total.labels}** | **${total.falsePositives}** |`);
console.log(`\n${rows.length} entries, ${errors} not scored; "extra" = a finding in a labelled file that no label names`);
if (values.json) writeFileSync(values.json, JSON.stringify({ total, byRule: Object.fromEntries(byRule), rows }, null, 2));
