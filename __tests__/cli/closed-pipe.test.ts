// `serving-ci lint | head`: the reader leaves before the report ends. The CLI finishes with its own exit
// code and no EPIPE stack trace (`npm run build` first).
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { CLI } from "../helpers/cli.js";
import { tempProject } from "../helpers/project.js";

const lines = Array.from({ length: 4000 }, (_, i) => `llm${i} = ChatDatabricks(endpoint="databricks-dbrx-instruct")`);
const project = tempProject({ "agent.py": `from databricks_langchain import ChatDatabricks\n${lines.join("\n")}\n` });
afterAll(() => project.remove());

/** Runs the CLI, closing its stdout after the first chunk, as `| head -1` does. */
function runClosingStdout(args: string[]): Promise<{ code: number | null; stderr: string; chunks: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: project.dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let chunks = 0;
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", () => {
      chunks++;
      child.stdout.destroy();
    });
    child.on("close", (code) => resolve({ code, stderr, chunks }));
  });
}

describe("a reader that closes the pipe early", () => {
  it("costs the report's rest, not a crash: lint exits 1 for its findings, with nothing on stderr", async () => {
    const r = await runClosingStdout(["lint", "."]);
    expect(r.chunks).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });

  it("in a machine format too", async () => {
    const r = await runClosingStdout(["lint", ".", "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });
});
