#!/usr/bin/env node
// Python scaling benchmark: the built CLI on one generated Python file of 1, 3
// and 9 MB: valid; broken (Python 2 prints, unterminated strings, bad defs
// sprinkled through it); and unclosed (a bracket left open every few blocks, so
// lezer's recovery nests ever deeper: what took 243 s and 2.9 GB at 9 MB). Prints wall time and peak RSS (/usr/bin/time)
// per size, so a super-linear path shows as a ratio far above the size ratio.
//
//   npm run build && node bench/python-scaling.mjs [--sizes 1,3,9]
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(path.dirname(here), "dist/cli/index.js");
const out = path.join(here, "out/python-scaling");
const sizesArg = process.argv[process.argv.indexOf("--sizes") + 1];
const sizes = process.argv.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [1, 3, 9];

/** One block of ordinary agent-like code; `i` keeps every name distinct. */
function block(i) {
  return [
    `ENDPOINT_${i} = "databricks-meta-llama-3-3-70b-instruct"`,
    `CONFIG_${i} = {"llm": {"endpoint": ENDPOINT_${i}, "temperature": 0.${i % 10}}, "tools": [f"tool_{${i}}", "search"]}`,
    ``,
    `class Agent${i}(object):`,
    `    def __init__(self, endpoint=ENDPOINT_${i}, retries=3):`,
    `        self.endpoint = endpoint`,
    `        self.retries = retries`,
    ``,
    `    def predict(self, context, model_input, params=None):`,
    `        messages = [m for m in model_input["messages"] if m.get("role") != "system"]`,
    `        result = helper_${i}(self.endpoint, messages, extra={"k": [1, 2, (3, 4)]})`,
    `        return {"output": result, "n": len(messages) + ${i}}`,
    ``,
    `def helper_${i}(name, messages, extra=None):`,
    `    if extra and "k" in extra:`,
    `        return call(name, messages[:10], **extra)`,
    `    return None`,
    ``,
  ].join("\n") + "\n";
}

/** A broken line: what real broken files hold (Python 2, a bad signature, a string never ended, a bracket never closed). */
function breakage(i, variant) {
  if (variant === "unclosed") return `value_${i} = compute(1, [2, 3\n`;
  switch (i % 3) {
    case 0:
      return `print "step ${i}"\n`;
    case 1:
      return `def bad_${i}(:\n    pass\n`;
    default:
      return `label_${i} = "unterminated\n`;
  }
}

function generate(bytes, variant) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const b = block(i) + (variant !== "valid" && i % 5 === 0 ? breakage(i / 5, variant) : "");
    parts.push(b);
    size += b.length;
  }
  return parts.join("");
}

function run(dir) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, "lint", "--format", "json", dir], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(r.stderr.trim().split("\n").pop()) / 1024;
  let findings = NaN;
  try {
    findings = JSON.parse(r.stdout).findings?.length ?? NaN;
  } catch {
    // not JSON: shown as NaN
  }
  return { ms, rss, status: r.status, findings };
}

rmSync(out, { recursive: true, force: true });
console.log("variant  size    time (s)  peak RSS (MB)  exit  findings");
for (const variant of ["valid", "broken", "unclosed"]) {
  for (const mb of sizes) {
    const dir = path.join(out, `${variant}-${mb}mb`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "agent.py"), generate(mb * 1024 * 1024, variant));
    const r = run(dir);
    console.log(`${variant.padEnd(8)} ${`${mb} MB`.padEnd(7)} ${(r.ms / 1000).toFixed(2).padStart(8)}  ${r.rss.toFixed(0).padStart(13)}  ${String(r.status).padStart(4)}  ${r.findings}`);
  }
}
