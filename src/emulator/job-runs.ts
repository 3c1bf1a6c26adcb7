// The life of a job run (§2), apart from the API that starts and shows it:
//   [QUEUED] -> PENDING -> RUNNING -> TERMINATED/SUCCESS
//                                  -> INTERNAL_ERROR/FAILED with the task TERMINATED/FAILED (the multi-task shape, §2.2)
//                                  -> TERMINATED/CANCELED on request; SKIPPED over max_concurrent_runs
// A deployment job (parameters model_name, version, endpoint_name) applies the
// endpoint update at the end of RUNNING, as agents.deploy would.

import type { Timeline } from "./timeline.js";
import type { EndpointStore } from "./endpoints.js";
import type { EmulatorEvent } from "./events.js";
import { knobsFor, type Knobs, type Scenario } from "./scenario.js";
import { ReplyError } from "./respond.js";

const DEPLOY_PARAMS = ["model_name", "version", "endpoint_name"] as const;
const WORKLOAD_FAILED = "Workload failed, see run output for details.";

export interface Termination {
  code: string;
  type: string;
  message: string;
}

export interface TaskRun {
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

export interface RunRec {
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
  /** Waiting for a free slot of max_concurrent_runs (2.2 queueing). */
  queueDetails?: { code: string; message: string };
}

export interface JobRec {
  job_id: number;
  created_time: number;
  settings: Record<string, unknown> & { name: string };
}

export class RunLifecycle {
  readonly runs = new Map<number, RunRec>();
  readonly taskRuns = new Map<number, { run: RunRec; task: TaskRun }>();
  private nextRunId = 902_117_463_350_000;

  constructor(
    private readonly timeline: Timeline,
    private readonly scenario: () => Scenario,
    private readonly endpoints: EndpointStore,
    private readonly emit: (e: EmulatorEvent) => void,
  ) {}

  /** A new run of `job`, started, queued or skipped as the job's concurrency allows. */
  start(job: JobRec, overrides: Record<string, string>): RunRec {
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
    // max_concurrent_runs defaults to 1 (§2.4); a run over the limit queues when the job queues, else is skipped.
    const limit = typeof job.settings.max_concurrent_runs === "number" ? job.settings.max_concurrent_runs : 1;
    const active = [...this.runs.values()].filter((r) => r.jobId === job.job_id && r !== run && r.end === 0 && !r.queueDetails).length;
    if (active >= limit) {
      const message = `The run is queued because the job has reached its limit of ${limit} concurrent run${limit === 1 ? "" : "s"}.`;
      if ((job.settings.queue as { enabled?: boolean } | undefined)?.enabled) {
        Object.assign(run, { life: "QUEUED", message: "Queued", queueDetails: { code: "MAX_CONCURRENT_RUNS_REACHED", message } });
      } else {
        this.skip(run, now, limit);
      }
      return run;
    }
    this.schedule(run, now);
    return run;
  }

  /** The run's life from `now`: [QUEUED ->] PENDING -> RUNNING -> finished. */
  private schedule(run: RunRec, now: number): void {
    const value = (n: string): string | undefined => run.params.find((p) => p.name === n)?.value;
    const isDeploy = DEPLOY_PARAMS.every((n) => run.params.some((p) => p.name === n));
    const endpoint = isDeploy ? value("endpoint_name") : undefined;
    const knobs = knobsFor(this.scenario(), endpoint ?? "");
    run.start = now;
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
      this.emit({ at, type: "run_state", runId: run.runId, detail: "RUNNING" });
    });
    this.timeline.at(runningAt + knobs.jobRunMs, (at) => {
      if (run.end !== 0) return;
      this.finish(run, at, knobs, isDeploy ? { model: value("model_name") ?? "", version: value("version") ?? "", endpoint: endpoint ?? "" } : undefined);
    });
  }

  /** A run ended: the oldest queued run of its job takes the slot. */
  private ended(run: RunRec, at: number): void {
    const next = [...this.runs.values()].find((r) => r.jobId === run.jobId && r.queueDetails && r.end === 0);
    if (!next) return;
    delete next.queueDetails;
    next.message = "Waiting for cluster";
    next.life = "PENDING";
    this.schedule(next, at);
  }

  private skip(run: RunRec, at: number, limit: number): void {
    // Wording as the Jobs UI shows it (unconfirmed for the API).
    const message = `Skipping this run because the limit of ${limit} maximum concurrent runs has been reached.`;
    run.end = at;
    for (const t of run.tasks) Object.assign(t, { life: "SKIPPED", end: at, start: at, message });
    Object.assign(run, { life: "SKIPPED", result: "SKIPPED", message, termination: { code: "MAX_CONCURRENT_RUNS_EXCEEDED", type: "CLIENT_ERROR", message } });
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
    this.ended(run, at);
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

  /** Cancels a run that has not ended, after the scenario's delay. */
  requestCancel(run: RunRec): void {
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
      // A queued run held no slot: cancelling it frees none.
      if (run.queueDetails) delete run.queueDetails;
      else this.ended(run, at);
    });
  }
}

/** The class databricks-sdk-py raises for an error_code (its mapping table, §3.2). */
function sdkErrorClass(code: string | undefined): string {
  if (code === "RESOURCE_DOES_NOT_EXIST") return "ResourceDoesNotExist";
  if (code === "INVALID_PARAMETER_VALUE") return "InvalidParameterValue";
  return "ResourceConflict";
}
