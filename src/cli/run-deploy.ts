// `deploy`: lint, then the same deploy flow the action runs (trigger the job or
// apply the config, wait for the run and the endpoint, smoke-query), with
// progress on stderr and the outcome as the exit code. Ctrl-C cancels the job
// run while it runs, as the action's cancel does.
import { randomUUID } from "node:crypto";
import { deploy, type DeployReport } from "../deploy/deploy.js";
import { countFindings, plural } from "../report/summary.js";
import type { WorkspaceCommand } from "./workspace-args.js";
import { servingFiles } from "./serving-files.js";
import { workspaceClient } from "./workspace-client.js";
import { EXIT } from "./run-status.js";
import type { PlanIO } from "./run-plan.js";

export async function runDeploy(cmd: Extract<WorkspaceCommand, { command: "deploy" }>, io: PlanIO & { repository: string; commit: string }): Promise<number> {
  const { lint, specs } = await servingFiles(io.cwd, cmd.paths, io.today);
  const counts = countFindings(lint.findings);
  if (counts.errors > 0) {
    io.progress(`serving-ci: not deploying: lint found ${plural(counts.errors, "error")}; run "serving-ci lint" to see them.`);
    return EXIT.failed;
  }
  const client = workspaceClient(cmd.flags, io);
  // Each invocation is a deliberate attempt; retried requests inside it share one idempotency token.
  const attempt = cmd.attempt ?? randomUUID();
  const signal = io.signal ?? new AbortController().signal;
  const reports: DeployReport[] = [];
  for (const spec of specs) {
    if (signal.aborted) {
      io.progress(`serving-ci: ${spec.endpoint.name}: not deployed: interrupted before it started`);
      return EXIT.cancelled;
    }
    reports.push(
      await deploy({
        client,
        spec,
        identity: { repository: io.repository, commit: io.commit, attempt },
        timeoutMs: cmd.timeoutMs,
        signal,
        log: io.progress,
        onRun: (runId, runUrl) => io.progress(`serving-ci: ${spec.endpoint.name}: job run ${runId}: ${runUrl}`),
      }),
    );
  }
  if (cmd.flags.format === "json") io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else for (const r of reports) io.stdout(`${r.endpoint}: ${r.outcome}: ${r.message}\n`);
  // The worst outcome decides: unknown beats failed (it may still land), failed beats success.
  const codes = reports.map((r) => EXIT[r.outcome]);
  return codes.includes(EXIT.unknown) ? EXIT.unknown : Math.max(0, ...codes);
}
