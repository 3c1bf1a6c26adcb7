// Jobs 2.1/2.2 (§2): jobs, runs and their life cycle
//   [QUEUED] -> PENDING -> RUNNING -> TERMINATED/SUCCESS
//                                  -> INTERNAL_ERROR/FAILED with the task TERMINATED/FAILED (the multi-task shape, §2.2)
// A deployment job (parameters model_name, version, endpoint_name) applies the
// endpoint update at the end of RUNNING, as agents.deploy would.

import type { Timeline } from "./timeline.js";
import type { EndpointStore } from "./endpoints.js";
import type { EmulatorEvent } from "./events.js";
import { CREATOR } from "./endpoints.js";
import { JobSettings, RunNowRequest } from "../databricks/schemas.js";
import { knobsFor, type Knobs, type Scenario } from "./scenario.js";
import { ReplyError, apiError, invalidParam } from "./respond.js";
import { parseBody } from "./parse.js";

export const WORKSPACE_ID = "1234567890123456";
const DEPLOY_PARAMS = ["model_name", "version", "endpoint_name"] as const;
const WORKLOAD_FAILED = "Workload failed, see run output for details.";

interface Termination {
  code: string;
  type: string;
  message: string;
}

interface TaskRun {
  key: string;
  runId: number;
  spec: Record<string, unknown>;
  life: string;
  result: string | undefined;
  message: string;
  start: number;
  end: number;
  termination: Termination | undefined;
  output: { error?: string; error_trace?: string; logs?: string };
}

interface RunRec {
  runId: number;
  jobId: number;
  jobName: string;
  params: { name: string; default?: string; value: string }[];
  overrides: Record<string, string>;
  created: number;
  start: number;
  end: number;
  life: string;
  result: string | undefined;
  message: string;
  userCancelled: boolean;
  termination: Termination | undefined;
  tasks: TaskRun[];
}

interface JobRec {
  job_id: number;
  created_time: number;
  settings: Record<string, unknown> & { name: string };
}

export class JobStore {
  private readonly jobs = new Map<number, JobRec>();
  private readonly runs = new Map<number, RunRec>();
  private readonly taskRuns = new Map<number, { run: RunRec; task: TaskRun }>();
  private readonly tokens = new Map<string, number>();
  private nextJobId = 418_893_105_563_000;
  private nextRunId = 902_117_463_350_000;

  constructor(
    private readonly timeline: Timeline,
    private readonly scenario: () => Scenario,
    private readonly endpoints: EndpointStore,
    private readonly emit: (e: EmulatorEvent) => void,
    private readonly baseUrl: () => string,
  ) {}

  create(raw: unknown, apiVersion: string): { job_id: number } {
    const settings = parseBody(JobSettings, raw);
    const jobId = this.nextJobId++;
    // Jobs created through 2.2 queue by default (§2.4).
    const queue = settings.queue ?? (apiVersion === "2.2" ? { enabled: true } : undefined);
    this.jobs.set(jobId, {
      job_id: jobId,
      created_time: this.timeline.now(),
      settings: { ...settings, name: settings.name ?? "Untitled", ...(queue ? { queue } : {}) },
    });
    return { job_id: jobId };
  }

  get(jobIdText: string | undefined): unknown {
    return this.renderJob(this.requireJob(jobIdText));
  }

  list(query: URLSearchParams): unknown {
    const limit = query.has("limit") ? Number(query.get("limit")) : 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new ReplyError(invalidParam(`limit must be between 1 and 100, got ${query.get("limit")}`));
    const name = query.get("name")?.toLowerCase();
    const token = query.get("page_token");
    const offset = token ? Number(Buffer.from(token, "base64url").toString()) : Number(query.get("offset") ?? 0);
    const all = [...this.jobs.values()].filter((j) => name === undefined || j.settings.name.toLowerCase() === name);
    const page = all.slice(offset, offset + limit);
    const hasMore = offset + limit < all.length;
    return {
      jobs: page.map((j) => this.renderJob(j)),
      has_more: hasMore,
      ...(hasMore ? { next_page_token: Buffer.from(String(offset + limit)).toString("base64url") } : {}),
    };
  }

  runNow(raw: unknown): { run_id: number; number_in_job: number } {
    const body = parseBody(RunNowRequest, raw);
    const token = body.idempotency_token;
    const existing = token === undefined ? undefined : this.tokens.get(token);
    if (existing !== undefined) return { run_id: existing, number_in_job: existing }; // at most one run per token
    const job = this.jobs.get(body.job_id);
    if (!job) throw new ReplyError(invalidParam(`Job ${body.job_id} does not exist.`));
    const run = this.startRun(job, body.job_parameters ?? {});
    if (token !== undefined) this.tokens.set(token, run.runId);
    return { run_id: run.runId, number_in_job: run.runId };
  }

  getRun(runIdText: string | undefined): unknown {
    return this.renderRun(this.requireRun(runIdText));
  }

  getOutput(runIdText: string | undefined): unknown {
    const id = Number(runIdText);
    if (this.runs.has(id)) {
      throw new ReplyError(
        invalidParam(
          "Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.",
        ),
      );
    }
    const hit = this.taskRuns.get(id);
    if (!hit) throw new ReplyError(invalidParam(`Run ${runIdText} does not exist.`));
    const { run, task } = hit;
    const done = task.end !== 0;
    return {
      metadata: { ...this.renderTask(run, task), job_id: run.jobId, run_name: run.jobName, number_in_job: run.runId },
      ...(done ? { ...task.output, logs_truncated: false } : {}),
    };
  }

  cancel(raw: unknown): unknown {
    const runId = Number((raw as { run_id?: unknown } | null)?.run_id);
    const run = this.requireRun(String(runId));
    this.requestCancel(run);
    return {};
  }

  cancelAll(raw: unknown): unknown {
    const jobId = Number((raw as { job_id?: unknown } | null)?.job_id);
    for (const run of this.runs.values()) if (run.jobId === jobId) this.requestCancel(run);
    return {};
  }

  // ------------------------------------------------------------------ internals

  private requireJob(text: string | undefined): JobRec {
    const job = this.jobs.get(Number(text));
    if (!job) throw new ReplyError(invalidParam(`Job ${text} does not exist.`));
    return job;
  }

  private requireRun(text: string | undefined): RunRec {
    const run = this.runs.get(Number(text));
    if (!run) throw new ReplyError(invalidParam(`Run ${text} does not exist.`));
    return run;
  }

  private startRun(job: JobRec, overrides: Record<string, string>): RunRec {
    const now = this.timeline.now();
    const declared = (job.settings.parameters as { name: string; default?: string }[] | undefined) ?? [];
    const params = declared.map((p) => ({ ...p, value: overrides[p.name] ?? p.default ?? "" }));
    const value = (n: string): string | undefined => params.find((p) => p.name === n)?.value;
    const isDeploy = DEPLOY_PARAMS.every((n) => declared.some((p) => p.name === n));
    const endpoint = isDeploy ? value("endpoint_name") : undefined;
    const knobs = knobsFor(this.scenario(), endpoint ?? "");
    const specs = (job.settings.tasks as Record<string, unknown>[] | undefined) ?? [{ task_key: "main" }];
    const runId = this.nextRunId++;
    const run: RunRec = {
      runId,
      jobId: job.job_id,
      jobName: job.settings.name,
      params,
      overrides,
      created: now,
      start: now,
      end: 0,
      life: knobs.queueMs > 0 ? "QUEUED" : "PENDING",
      result: undefined,
      message: knobs.queueMs > 0 ? "Queued" : "Waiting for cluster",
      userCancelled: false,
      termination: undefined,
      tasks: [],
    };
    run.tasks = specs.map((spec) => {
      const task: TaskRun = {
        key: String(spec.task_key),
        runId: this.nextRunId++,
        spec,
        life: "PENDING",
        result: undefined,
        message: "",
        start: 0,
        end: 0,
        termination: undefined,
        output: {},
      };
      this.taskRuns.set(task.runId, { run, task });
      return task;
    });
    this.runs.set(runId, run);
    this.emit({ at: now, type: "run_started", runId, ...(endpoint ? { endpoint } : {}) });

    const runningAt = now + knobs.queueMs + knobs.pendingMs;
    this.timeline.at(now + knobs.queueMs, () => {
      if (run.end === 0 && run.life === "QUEUED") run.life = "PENDING";
    });
    this.timeline.at(runningAt, (at) => {
      if (run.end !== 0) return;
      run.life = "RUNNING";
      run.message = "";
      for (const t of run.tasks) {
        t.life = "RUNNING";
        t.start = at;
      }
      this.emit({ at, type: "run_state", runId, detail: "RUNNING" });
    });
    this.timeline.at(runningAt + knobs.jobRunMs, (at) => {
      if (run.end !== 0) return;
      this.finish(run, at, knobs, isDeploy ? { model: value("model_name") ?? "", version: value("version") ?? "", endpoint: endpoint ?? "" } : undefined);
    });
    return run;
  }

  private finish(run: RunRec, at: number, knobs: Knobs, deploy: { model: string; version: string; endpoint: string } | undefined): void {
    let failure = knobs.jobFailure ?? undefined;
    if (!failure && deploy) {
      try {
        this.endpoints.deploy(deploy.endpoint, deploy.model, deploy.version, at);
        this.emit({ at, type: "deployment_applied", runId: run.runId, endpoint: deploy.endpoint, detail: `${deploy.model}@${deploy.version}` });
      } catch (err) {
        const body = err instanceof ReplyError ? (err.reply.body as { error_code?: string; message?: string }) : undefined;
        const line = body ? `${body.error_code}: ${body.message}` : String(err);
        const error = `databricks.sdk.errors.platform.${sdkErrorClass(body?.error_code)}: ${line}`;
        failure = {
          error,
          traceback: `Traceback (most recent call last):\n  File "/Workspace/deploy.py", line 18, in <module>\n    agents.deploy(model_name, int(version), endpoint_name=endpoint_name)\n${error}`,
        };
      }
    }
    run.end = at;
    const [first, ...rest] = run.tasks;
    for (const t of rest) this.endTask(t, at, "SUCCESS");
    if (!failure) {
      if (first) {
        this.endTask(first, at, "SUCCESS");
        first.output = { logs: deploy ? `Deploying ${deploy.model} version ${deploy.version} to ${deploy.endpoint}\nDeployment started.\n` : "" };
      }
      run.life = "TERMINATED";
      run.result = "SUCCESS";
      run.message = "";
      run.termination = { code: "SUCCESS", type: "SUCCESS", message: "" };
    } else {
      if (first) {
        this.endTask(first, at, "FAILED");
        first.output = {
          error: failure.error,
          error_trace: failure.traceback ?? `Traceback (most recent call last):\n  File "/Workspace/deploy.py", line 1, in <module>\n${failure.error}`,
          logs: failure.logs ?? `${failure.error}\n`,
        };
      }
      const msg = `Task ${first?.key ?? "main"} failed with message: ${WORKLOAD_FAILED}`;
      run.life = "INTERNAL_ERROR";
      run.result = "FAILED";
      run.message = msg;
      run.termination = { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR", message: msg };
    }
    this.emit({ at, type: "run_state", runId: run.runId, detail: `${run.life}/${run.result}` });
  }

  private endTask(t: TaskRun, at: number, result: "SUCCESS" | "FAILED" | "CANCELED"): void {
    t.life = "TERMINATED";
    t.result = result;
    t.end = at;
    if (t.start === 0) t.start = at;
    if (result === "SUCCESS") {
      t.message = "";
      t.termination = { code: "SUCCESS", type: "SUCCESS", message: "" };
    } else if (result === "FAILED") {
      t.message = WORKLOAD_FAILED;
      t.termination = { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR", message: WORKLOAD_FAILED };
    } else {
      t.message = "Run cancelled.";
      t.termination = { code: "USER_CANCELED", type: "SUCCESS", message: "Run cancelled." };
    }
  }

  private requestCancel(run: RunRec): void {
    if (run.end !== 0) return; // a finished run is left unchanged
    const knobs = knobsFor(this.scenario(), run.params.find((p) => p.name === "endpoint_name")?.value ?? "");
    // Asynchronous, like the real service: the run keeps its state briefly.
    this.timeline.at(this.timeline.now() + knobs.cancelDelayMs, (at) => {
      if (run.end !== 0) return;
      run.end = at;
      for (const t of run.tasks) if (t.end === 0) this.endTask(t, at, "CANCELED");
      run.life = "TERMINATED";
      run.result = "CANCELED";
      run.userCancelled = true;
      run.message = "Run cancelled.";
      // termination type for a user cancel is unconfirmed; SUCCESS mirrors "not a failure".
      run.termination = { code: "USER_CANCELED", type: "SUCCESS", message: "Run cancelled." };
      this.emit({ at, type: "run_state", runId: run.runId, detail: "TERMINATED/CANCELED" });
    });
  }

  private url(jobId: number, runId: number): string {
    return `${this.baseUrl()}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
  }

  private renderJob(j: JobRec): unknown {
    return { job_id: j.job_id, created_time: j.created_time, creator_user_name: CREATOR, run_as_user_name: CREATOR, settings: j.settings };
  }

  private renderState(life: string, result: string | undefined, message: string, userCancelled: boolean): Record<string, unknown> {
    return { life_cycle_state: life, ...(result ? { result_state: result } : {}), state_message: message, user_cancelled_or_timedout: userCancelled };
  }

  private renderStatus(life: string, termination: Termination | undefined): Record<string, unknown> {
    const state = ["TERMINATED", "INTERNAL_ERROR", "SKIPPED"].includes(life) ? "TERMINATED" : life;
    return { state, ...(termination && state === "TERMINATED" ? { termination_details: termination } : {}) };
  }

  private renderTask(run: RunRec, t: TaskRun): Record<string, unknown> {
    const { task_key: _k, ...spec } = t.spec;
    return {
      ...spec,
      task_key: t.key,
      run_id: t.runId,
      state: this.renderState(t.life, t.result, t.message, run.userCancelled),
      status: this.renderStatus(t.life, t.termination),
      start_time: t.start,
      end_time: t.end,
      setup_duration: 0,
      execution_duration: t.end && t.start ? t.end - t.start : 0,
      cleanup_duration: 0,
      attempt_number: 0,
      run_page_url: this.url(run.jobId, t.runId),
    };
  }

  private renderRun(run: RunRec): unknown {
    const now = this.timeline.now();
    return {
      job_id: run.jobId,
      run_id: run.runId,
      number_in_job: run.runId,
      job_run_id: run.runId,
      run_name: run.jobName,
      run_type: "JOB_RUN",
      trigger: "ONE_TIME",
      creator_user_name: CREATOR,
      run_page_url: this.url(run.jobId, run.runId),
      start_time: run.start,
      end_time: run.end,
      setup_duration: 0,
      execution_duration: 0,
      cleanup_duration: 0,
      run_duration: (run.end || now) - run.start,
      attempt_number: 0,
      format: "MULTI_TASK",
      state: {
        ...this.renderState(run.life, run.result, run.message, run.userCancelled),
        ...(run.life === "QUEUED" ? { queue_reason: "Queued due to reaching maximum concurrent runs of the job." } : {}),
      },
      status: this.renderStatus(run.life, run.termination),
      tasks: run.tasks.map((t) => this.renderTask(run, t)),
      job_parameters: run.params,
      ...(Object.keys(run.overrides).length ? { overriding_parameters: { job_parameters: run.overrides } } : {}),
    };
  }
}

/** The class databricks-sdk-py raises for an error_code (its mapping table, §3.2). */
function sdkErrorClass(code: string | undefined): string {
  if (code === "RESOURCE_DOES_NOT_EXIST") return "ResourceDoesNotExist";
  if (code === "INVALID_PARAMETER_VALUE") return "InvalidParameterValue";
  return "ResourceConflict";
}
