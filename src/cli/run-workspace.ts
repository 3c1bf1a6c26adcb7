// Dispatches plan / deploy / status / wait with what they need from the process:
// an interrupt signal (Ctrl-C), the commit being deployed, progress on stderr.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { WorkspaceCommand } from "./workspace-args.js";
import type { CliIO } from "./run-lint.js";

export async function runWorkspace(cmd: WorkspaceCommand, io: CliIO, signal: AbortSignal): Promise<number> {
  const base = { env: io.env, stdout: io.stdout, progress: (l: string) => io.stderr(`${l}\n`), signal };
  switch (cmd.command) {
    case "status":
      return (await import("./run-status.js")).runStatus(cmd, base);
    case "wait":
      return (await import("./run-status.js")).runWait(cmd, base);
    case "plan":
      return (await import("./run-plan.js")).runPlan(cmd, { ...base, cwd: io.cwd, today: today(io) });
    case "deploy":
      return (await import("./run-deploy.js")).runDeploy(cmd, { ...base, cwd: io.cwd, today: today(io), ...gitIdentity(io.cwd) });
  }
}

const today = (io: CliIO): string => io.now().toISOString().slice(0, 10);

/** owner/repo and HEAD of the checkout, for the run's idempotency token; plain names outside git. */
function gitIdentity(cwd: string): { repository: string; commit: string } {
  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const remote = git("remote", "get-url", "origin");
  const slug = remote ? /([^/:]+\/[^/]+?)(\.git)?$/.exec(remote)?.[1] : undefined;
  return { repository: slug ?? path.basename(cwd), commit: git("rev-parse", "HEAD") ?? "uncommitted" };
}
