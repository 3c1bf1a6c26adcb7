// The Jobs API's JSON for a job, a run and a task run (§2.2's multi-task shape).

import { CREATOR } from "./endpoint-render.js";
import type { JobRec, RunRec, TaskRun, Termination } from "./job-runs.js";

export const WORKSPACE_ID = "1234567890123456";

function url(baseUrl: string, jobId: number, runId: number): string {
  return `${baseUrl}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
}

export function renderJob(j: JobRec): unknown {
  return { job_id: j.job_id, created_time: j.created_time, creator_user_name: CREATOR, run_as_user_name: CREATOR, settings: j.settings };
}

function renderState(life: string, result: string | undefined, message: string, userCancelled: boolean): Record<string, unknown> {
  return { life_cycle_state: life, ...(result ? { result_state: result } : {}), state_message: message, user_cancelled_or_timedout: userCancelled };
}

function renderStatus(life: string, termination: Termination | undefined, queueDetails?: RunRec["queueDetails"]): Record<string, unknown> {
  const state = ["TERMINATED", "INTERNAL_ERROR", "SKIPPED"].includes(life) ? "TERMINATED" : life;
  return { state, ...(termination && state === "TERMINATED" ? { termination_details: termination } : {}), ...(queueDetails ? { queue_details: queueDetails } : {}) };
}

export function renderTask(run: RunRec, t: TaskRun, baseUrl: string): Record<string, unknown> {
  const { task_key: _k, ...spec } = t.spec;
  return {
    ...spec,
    task_key: t.key,
    run_id: t.runId,
    state: renderState(t.life, t.result, t.message, run.userCancelled),
    status: renderStatus(t.life, t.termination),
    start_time: t.start,
    end_time: t.end,
    setup_duration: 0,
    execution_duration: t.end && t.start ? t.end - t.start : 0,
    cleanup_duration: 0,
    attempt_number: 0,
    run_page_url: url(baseUrl, run.jobId, t.runId),
  };
}

export function renderRun(run: RunRec, baseUrl: string, now: number): unknown {
  return {
    job_id: run.jobId,
    run_id: run.runId,
    number_in_job: run.runId,
    job_run_id: run.runId,
    run_name: run.jobName,
    run_type: "JOB_RUN",
    trigger: "ONE_TIME",
    creator_user_name: CREATOR,
    run_page_url: url(baseUrl, run.jobId, run.runId),
    start_time: run.start,
    end_time: run.end,
    setup_duration: 0,
    execution_duration: 0,
    cleanup_duration: 0,
    run_duration: (run.end || now) - run.start,
    attempt_number: 0,
    format: "MULTI_TASK",
    state: {
      ...renderState(run.life, run.result, run.message, run.userCancelled),
      ...(run.life === "QUEUED" ? { queue_reason: "Queued due to reaching maximum concurrent runs of the job." } : {}),
    },
    status: renderStatus(run.life, run.termination, run.queueDetails),
    tasks: run.tasks.map((t) => renderTask(run, t, baseUrl)),
    job_parameters: run.params,
    ...(Object.keys(run.overrides).length ? { overriding_parameters: { job_parameters: run.overrides } } : {}),
  };
}
