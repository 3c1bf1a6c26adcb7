// Waits for a job run to finish (§2.2). Success only on result_state SUCCESS;
// on failure each failed task's output is fetched by its task run id (a job run
// id is refused by get-output, §2.3). Timeout means "outcome unknown".

import type { Clock } from "./clock.js";
import type { HttpClient } from "./http.js";
import type { Jobs } from "./jobs.js";
import type { Run, RunTask } from "./jobs-schemas.js";
import { TERMINAL_LIFE_CYCLE_STATES } from "./jobs-schemas.js";
import { pollUntil, tail, QUIET_PHASE_POLL_MS, type PollOptions } from "./poll.js";

export type WaitOutcome = "success" | "failed" | "cancelled" | "timeout";

export interface FailedTask {
  taskKey: string;
  runId: number | undefined;
  resultState: string | undefined;
  stateMessage: string | undefined;
  error?: string | undefined;
  errorTrace?: string | undefined;
  logsTail?: string | undefined;
  runPageUrl?: string | undefined;
  /** Why the output could not be read, when it could not. */
  outputUnavailable?: string | undefined;
}

export interface RunChange {
  runId: number;
  elapsedMs: number;
  lifeCycleState: string | undefined;
  resultState: string | undefined;
  statusState: string | undefined;
  message: string;
  tasks: { taskKey: string; lifeCycleState: string | undefined; resultState: string | undefined }[];
}

export interface RunWaitResult {
  outcome: WaitOutcome;
  runId: number;
  run: Run | undefined;
  runPageUrl: string | undefined;
  message: string;
  failedTasks: FailedTask[];
  elapsedMs: number;
  polls: number;
}

export interface WaitRunOptions {
  /** Default 60 minutes. */
  timeoutMs?: number;
  onChange?: (change: RunChange) => void;
  poll?: Partial<PollOptions>;
  signal?: AbortSignal;
  logTailLines?: number;
}

export interface RunWaiterContext {
  clock: Clock;
  http: HttpClient;
  jobs: Jobs;
}

// A deploy job's success only starts the endpoint update, whose image build takes minutes (the job is how
// models and agents are deployed, seed SKILL "Job-based async deployment"): polls are a QUIET_PHASE_POLL_MS
// apart (a failure is seen within it), with no ramp and no faster window after a change (a ramp from 2 s
// spent ~6 calls in the first 40 s, buying nothing for the verdict). The first look is at once: a run
// refused at the start (skipped, max concurrent runs) is told without waiting.
export const RUN_POLL: PollOptions = {
  initialMs: QUIET_PHASE_POLL_MS,
  factor: 1,
  maxMs: QUIET_PHASE_POLL_MS,
  settleMaxMs: QUIET_PHASE_POLL_MS,
  settleWindowMs: 0,
  jitter: 0.1,
};

export async function waitForRun(ctx: RunWaiterContext, runId: number, options: WaitRunOptions = {}): Promise<RunWaitResult> {
  const timeoutMs = options.timeoutMs ?? 60 * 60_000;
  const end = await pollUntil(ctx, {
    fetch: () => ctx.jobs.getRun(runId),
    key: (r) => JSON.stringify([stateOf(r), r.tasks?.map((t) => [t.state?.life_cycle_state, t.state?.result_state])]),
    onChange: (r, elapsedMs) => options.onChange?.(changeOf(r, elapsedMs)),
    decide: (r) => (isTerminal(r) ? r : undefined),
    timeoutMs,
    schedule: { ...RUN_POLL, ...options.poll },
    signal: options.signal,
  });

  if (end.kind === "timeout") {
    const url = end.last?.run_page_url;
    return {
      outcome: "timeout",
      runId,
      run: end.last,
      runPageUrl: url,
      message: `${end.interrupted ? "Stopped waiting for" : `Run ${runId} did not finish within ${Math.round(timeoutMs / 60_000)} min; stopped waiting for`} run ${runId}: its outcome is unknown (last state ${end.last ? describe(end.last) : "not read"}).${url ? ` See ${url}` : ""}`,
      failedTasks: [],
      elapsedMs: end.elapsedMs,
      polls: end.polls,
    };
  }

  const run = end.result;
  const outcome = outcomeOf(run);
  const failedTasks = outcome === "failed" ? await collectFailedTasks(ctx, run, options.logTailLines ?? 50) : [];
  return {
    outcome,
    runId,
    run,
    runPageUrl: run.run_page_url,
    message: messageOf(run, outcome, failedTasks),
    failedTasks,
    elapsedMs: end.elapsedMs,
    polls: end.polls,
  };
}

function stateOf(r: Run): [string | undefined, string | undefined, string | undefined] {
  return [r.state?.life_cycle_state, r.state?.result_state, r.status?.state];
}

function isTerminal(r: Run): boolean {
  const lc = r.state?.life_cycle_state;
  return (lc !== undefined && TERMINAL_LIFE_CYCLE_STATES.has(lc)) || r.status?.state === "TERMINATED";
}

function outcomeOf(r: Run): WaitOutcome {
  const result = r.state?.result_state;
  if (result === "SUCCESS" && r.state?.life_cycle_state !== "INTERNAL_ERROR") return "success";
  const code = r.status?.termination_details?.code;
  if (result === "CANCELED" || code === "USER_CANCELED" || code === "CANCELED") return "cancelled";
  return "failed";
}

function describe(r: Run): string {
  const [lc, result, status] = stateOf(r);
  return [lc, result].filter(Boolean).join("/") || status || "unknown";
}

function changeOf(r: Run, elapsedMs: number): RunChange {
  return {
    runId: r.run_id,
    elapsedMs,
    lifeCycleState: r.state?.life_cycle_state,
    resultState: r.state?.result_state,
    statusState: r.status?.state,
    message: r.state?.state_message || r.status?.termination_details?.message || "",
    tasks: (r.tasks ?? []).map((t) => ({ taskKey: t.task_key, lifeCycleState: t.state?.life_cycle_state, resultState: t.state?.result_state })),
  };
}

const OUTPUT_WORTHY = new Set(["FAILED", "TIMEDOUT"]);

function taskFailed(t: RunTask): boolean {
  const rs = t.state?.result_state;
  return t.state?.life_cycle_state === "INTERNAL_ERROR" || (rs !== undefined && rs !== "SUCCESS" && rs !== "EXCLUDED");
}

async function collectFailedTasks(ctx: RunWaiterContext, run: Run, tailLines: number): Promise<FailedTask[]> {
  const tasks = run.tasks ?? [];
  const failed = tasks.filter(taskFailed);
  return Promise.all(
    failed.map(async (t): Promise<FailedTask> => {
      const base: FailedTask = {
        taskKey: t.task_key,
        runId: t.run_id,
        resultState: t.state?.result_state,
        stateMessage: t.state?.state_message,
        runPageUrl: t.run_page_url,
      };
      // Upstream-failed/cancelled tasks never ran: they have no output worth fetching.
      if (t.run_id === undefined || !(OUTPUT_WORTHY.has(t.state?.result_state ?? "") || t.state?.life_cycle_state === "INTERNAL_ERROR")) {
        return base;
      }
      try {
        const out = await ctx.jobs.getRunOutput(t.run_id);
        const redact = (s: string | undefined): string | undefined => (s === undefined ? undefined : ctx.http.redactor.redact(s));
        return {
          ...base,
          error: redact(out.error),
          errorTrace: redact(out.error_trace),
          logsTail: out.logs ? redact(tail(out.logs, tailLines)) : undefined,
        };
      } catch (err) {
        return { ...base, outputUnavailable: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
}

function messageOf(run: Run, outcome: WaitOutcome, failed: FailedTask[]): string {
  const id = run.run_id;
  if (outcome === "success") return `Run ${id} succeeded.`;
  if (outcome === "cancelled") return `Run ${id} was cancelled.`;
  const first = failed.find((f) => f.error) ?? failed[0];
  const why = first?.error ?? first?.stateMessage ?? run.state?.state_message ?? run.status?.termination_details?.message ?? describe(run);
  return `Run ${id} failed${first ? ` in task ${first.taskKey}` : ""}: ${why}`;
}
