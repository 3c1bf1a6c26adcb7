// The parse-only floor before the fast parser: a process that reads the same files and parses them with
// yaml and @lezer/python for every file, and does nothing else (parse-floor.ts is the floor now).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const files = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else files.push(p);
  }
})(dir);
const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f));
const pyFiles = files.filter((f) => f.endsWith(".py"));
const { parseDocument } = await import("yaml");
for (const f of yamlFiles) parseDocument(readFileSync(f, "utf8"));
if (pyFiles.length) {
  const { parser } = await import("@lezer/python");
  for (const f of pyFiles) parser.parse(readFileSync(f, "utf8"));
}
