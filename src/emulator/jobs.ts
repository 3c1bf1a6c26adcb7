// Jobs 2.1/2.2 (§2): the API over jobs and runs. A run's life cycle is
// job-runs.ts; the JSON it is shown as, job-render.ts.

import type { Timeline } from "./timeline.js";
import type { EndpointStore } from "./endpoints.js";
import type { EmulatorEvent } from "./events.js";
import { JobSettings, RunNowRequest } from "../databricks/jobs-schemas.js";
import type { Scenario } from "./scenario.js";
import { ReplyError, invalidParam } from "./respond.js";
import { parseBody } from "./parse.js";
import { RunLifecycle, type JobRec, type RunRec } from "./job-runs.js";
import { renderJob, renderRun, renderTask } from "./job-render.js";

export class JobStore {
  private readonly jobs = new Map<number, JobRec>();
  private readonly tokens = new Map<string, number>();
  private readonly lifecycle: RunLifecycle;
  private nextJobId = 418_893_105_563_000;

  constructor(
    private readonly timeline: Timeline,
    scenario: () => Scenario,
    endpoints: EndpointStore,
    emit: (e: EmulatorEvent) => void,
    private readonly baseUrl: () => string,
  ) {
    this.lifecycle = new RunLifecycle(timeline, scenario, endpoints, emit);
  }

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
    return renderJob(this.requireJob(jobIdText));
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
      jobs: page.map((j) => renderJob(j)),
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
    const run = this.lifecycle.start(job, body.job_parameters ?? {});
    if (token !== undefined) this.tokens.set(token, run.runId);
    return { run_id: run.runId, number_in_job: run.runId };
  }

  getRun(runIdText: string | undefined): unknown {
    return renderRun(this.requireRun(runIdText), this.baseUrl(), this.timeline.now());
  }

  getOutput(runIdText: string | undefined): unknown {
    const id = Number(runIdText);
    if (this.lifecycle.runs.has(id)) {
      throw new ReplyError(
        invalidParam(
          "Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead.",
        ),
      );
    }
    const hit = this.lifecycle.taskRuns.get(id);
    if (!hit) throw new ReplyError(invalidParam(`Run ${runIdText} does not exist.`));
    const { run, task } = hit;
    const done = task.end !== 0;
    return {
      metadata: { ...renderTask(run, task, this.baseUrl()), job_id: run.jobId, run_name: run.jobName, number_in_job: run.runId },
      ...(done ? { ...task.output, logs_truncated: false } : {}),
    };
  }

  cancel(raw: unknown): unknown {
    const runId = Number((raw as { run_id?: unknown } | null)?.run_id);
    const run = this.requireRun(String(runId));
    this.lifecycle.requestCancel(run);
    return {};
  }

  cancelAll(raw: unknown): unknown {
    const jobId = Number((raw as { job_id?: unknown } | null)?.job_id);
    for (const run of this.lifecycle.runs.values()) if (run.jobId === jobId) this.lifecycle.requestCancel(run);
    return {};
  }

  private requireJob(text: string | undefined): JobRec {
    const job = this.jobs.get(Number(text));
    if (!job) throw new ReplyError(invalidParam(`Job ${text} does not exist.`));
    return job;
  }

  private requireRun(text: string | undefined): RunRec {
    const run = this.lifecycle.runs.get(Number(text));
    if (!run) throw new ReplyError(invalidParam(`Run ${text} does not exist.`));
    return run;
  }
}
