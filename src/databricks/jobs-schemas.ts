// Jobs API bodies (reference §2): runs and their states, run output, jobs, and
// the run-now and create request bodies. Loose objects and open enums (api-schema.ts).

import { z } from "zod";
import { openEnum } from "./api-schema.js";

export const LIFE_CYCLE_STATES = [
  "QUEUED",
  "PENDING",
  "RUNNING",
  "TERMINATING",
  "TERMINATED",
  "SKIPPED",
  "INTERNAL_ERROR",
  "BLOCKED",
  "WAITING_FOR_RETRY",
] as const;
export const TERMINAL_LIFE_CYCLE_STATES: ReadonlySet<string> = new Set(["TERMINATED", "SKIPPED", "INTERNAL_ERROR"]);
export const RESULT_STATES = [
  "SUCCESS",
  "FAILED",
  "TIMEDOUT",
  "CANCELED",
  "MAXIMUM_CONCURRENT_RUNS_REACHED",
  "EXCLUDED",
  "SUCCESS_WITH_FAILURES",
  "UPSTREAM_FAILED",
  "UPSTREAM_CANCELED",
  "DISABLED",
] as const;
export const RUN_STATUS_STATES = ["BLOCKED", "PENDING", "QUEUED", "RUNNING", "TERMINATING", "TERMINATED", "WAITING"] as const;

export const RunState = z.looseObject({
  life_cycle_state: openEnum(LIFE_CYCLE_STATES).optional(),
  result_state: openEnum(RESULT_STATES).optional(),
  state_message: z.string().optional(),
  user_cancelled_or_timedout: z.boolean().optional(),
});
export type RunState = z.infer<typeof RunState>;

export const RunStatus = z.looseObject({
  state: openEnum(RUN_STATUS_STATES).optional(),
  termination_details: z
    .looseObject({ code: z.string().optional(), type: z.string().optional(), message: z.string().optional() })
    .optional(),
  queue_details: z.looseObject({ code: z.string().optional(), message: z.string().optional() }).optional(),
});

export const RunTask = z.looseObject({
  task_key: z.string(),
  run_id: z.number().optional(),
  state: RunState.optional(),
  status: RunStatus.optional(),
  start_time: z.number().optional(),
  end_time: z.number().optional(),
  run_page_url: z.string().optional(),
  attempt_number: z.number().optional(),
});
export type RunTask = z.infer<typeof RunTask>;

export const Run = z.looseObject({
  run_id: z.number(),
  job_id: z.number().optional(),
  number_in_job: z.number().optional(),
  run_name: z.string().optional(),
  run_type: z.string().optional(),
  run_page_url: z.string().optional(),
  start_time: z.number().optional(),
  end_time: z.number().optional(),
  state: RunState.optional(),
  status: RunStatus.optional(),
  tasks: z.array(RunTask).optional(),
  job_parameters: z
    .array(z.looseObject({ name: z.string(), default: z.string().optional(), value: z.string().optional() }))
    .optional(),
  has_more: z.boolean().optional(),
  next_page_token: z.string().optional(),
});
export type Run = z.infer<typeof Run>;

export const RunOutput = z.looseObject({
  metadata: Run.optional(),
  error: z.string().optional(),
  error_trace: z.string().optional(),
  logs: z.string().optional(),
  logs_truncated: z.boolean().optional(),
  info: z.string().optional(),
  notebook_output: z.looseObject({ result: z.string().optional(), truncated: z.boolean().optional() }).optional(),
});
export type RunOutput = z.infer<typeof RunOutput>;

export const RunNowResponse = z.looseObject({ run_id: z.number(), number_in_job: z.number().optional() });

export const JobSettings = z.looseObject({
  name: z.string().optional(),
  tasks: z.array(z.looseObject({ task_key: z.string() })).optional(),
  parameters: z.array(z.looseObject({ name: z.string(), default: z.string().optional() })).optional(),
  queue: z.looseObject({ enabled: z.boolean().optional() }).optional(),
});
export type JobSettings = z.infer<typeof JobSettings>;

export const Job = z.looseObject({
  job_id: z.number(),
  created_time: z.number().optional(),
  creator_user_name: z.string().optional(),
  settings: JobSettings.optional(),
});
export type Job = z.infer<typeof Job>;

export const JobsList = z.looseObject({
  jobs: z.array(Job).optional(),
  has_more: z.boolean().optional(),
  next_page_token: z.string().optional(),
});

export const CreateJobResponse = z.looseObject({ job_id: z.number() });

export const RunNowRequest = z.looseObject({
  job_id: z.number(),
  job_parameters: z.record(z.string(), z.string()).optional(),
  idempotency_token: z.string().max(64).optional(),
  notebook_params: z.record(z.string(), z.string()).optional(),
  queue: z.looseObject({ enabled: z.boolean().optional() }).optional(),
});
