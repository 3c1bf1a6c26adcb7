// Cancelling the Databricks run when the runner cancels the workflow, within a
// real-time budget (the runner kills the step ~7.5 s after SIGINT, whatever
// Databricks answers), and saying only what is confirmed: the cancel request
// was accepted AND runs/get then shows the run terminating or cancelled.

import type { DatabricksClient } from "../databricks/index.js";

export interface CancelResult {
  confirmed: boolean;
  /** One line for the log and the comment. */
  message: string;
}

export async function cancelRunWithin(client: DatabricksClient, runId: number, runUrl: string, budgetMs: number): Promise<CancelResult> {
  // Real time, not the client's clock: the runner's kill does not follow an emulated clock.
  const signal = AbortSignal.timeout(budgetMs);
  const why = (err: unknown): string => (signal.aborted ? `no answer within ${budgetMs / 1000}s` : client.redact(err instanceof Error ? err.message : String(err)));
  try {
    await client.jobs.cancelRun(runId, signal);
  } catch (err) {
    return { confirmed: false, message: `the cancel of Databricks run ${runId} failed (${why(err)}): the run may still be going on, check ${runUrl}` };
  }
  // The run moves to TERMINATING a moment after the cancel is accepted: look a few times within the budget.
  let last = "an unknown state";
  try {
    for (;;) {
      const run = await client.jobs.getRun(runId, signal);
      const life = run.state?.life_cycle_state;
      const result = run.state?.result_state;
      const shown = [life, result].filter(Boolean).join("/");
      if (life === "TERMINATING" || result === "CANCELED") return { confirmed: true, message: `Databricks run ${runId} cancelled (${shown})` };
      if (life === "TERMINATED" || life === "INTERNAL_ERROR" || life === "SKIPPED") {
        return { confirmed: false, message: `Databricks run ${runId} had already ended (${shown}) when the cancel arrived: check ${runUrl}` };
      }
      last = shown || last;
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, CONFIRM_POLL_MS);
        signal.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)), { once: true });
      });
    }
  } catch (err) {
    if (signal.aborted) return { confirmed: false, message: `Databricks run ${runId} accepted the cancel but still showed ${last} after ${budgetMs / 1000}s: check ${runUrl}` };
    return { confirmed: false, message: `Databricks run ${runId} accepted the cancel, but it could not be confirmed (${why(err)}): check ${runUrl}` };
  }
}

const CONFIRM_POLL_MS = 250;
