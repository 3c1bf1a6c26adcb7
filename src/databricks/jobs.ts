// Jobs API (§2), on the 2.2 paths the current SDKs and CLI use.

import type { HttpClient } from "./http.js";
import { DatabricksApiError } from "./errors.js";
import { UserError } from "../errors.js";
import { CreateJobResponse, Job, JobsList, Run, RunNowResponse, RunOutput, type JobSettings } from "./jobs-schemas.js";
import { EmptyResponse } from "./api-schema.js";

export interface RunNowRequest {
  jobId: number;
  jobParameters?: Record<string, string>;
  /** Required: it is what makes a retried run-now unable to start a second run. */
  idempotencyToken: string;
}

export class Jobs {
  private readonly base: string;

  constructor(
    private readonly http: HttpClient,
    apiVersion: "2.1" | "2.2" = "2.2",
  ) {
    this.base = `/api/${apiVersion}/jobs`;
  }

  get(jobId: number): Promise<Job> {
    return this.http.request({ method: "GET", path: `${this.base}/get`, query: { job_id: jobId }, schema: Job, idempotent: true });
  }

  /** Jobs whose name matches exactly, case-insensitively (server-side filter). */
  async listByName(name: string): Promise<Job[]> {
    const jobs: Job[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.http.request({
        method: "GET",
        path: `${this.base}/list`,
        query: { name, limit: 100, page_token: pageToken },
        schema: JobsList,
        idempotent: true,
      });
      jobs.push(...(page.jobs ?? []));
      pageToken = page.has_more ? page.next_page_token : undefined;
    } while (pageToken);
    return jobs;
  }

  /** The one job with this name; a clear error when there is none or more than one. */
  async findByName(name: string): Promise<Job> {
    const jobs = await this.listByName(name);
    if (jobs.length === 1 && jobs[0]) return jobs[0];
    if (jobs.length === 0) throw new UserError(`No Databricks job named "${name}" in this workspace (or the credentials cannot see it).`);
    throw new UserError(`${jobs.length} Databricks jobs are named "${name}" (ids ${jobs.map((j) => j.job_id).join(", ")}); pass the job id instead.`);
  }

  /** Creates a job (used to set up emulator scenarios; serving-ci never creates jobs in a real workspace). */
  async create(settings: JobSettings): Promise<number> {
    const res = await this.http.request({ method: "POST", path: `${this.base}/create`, json: settings, schema: CreateJobResponse, idempotent: false });
    return res.job_id;
  }

  async runNow(req: RunNowRequest): Promise<number> {
    if (!req.idempotencyToken || req.idempotencyToken.length > 64) {
      throw new RangeError("run-now needs an idempotency token of 1-64 characters");
    }
    try {
      const res = await this.http.request({
        method: "POST",
        path: `${this.base}/run-now`,
        json: { job_id: req.jobId, job_parameters: req.jobParameters, idempotency_token: req.idempotencyToken },
        schema: RunNowResponse,
        idempotent: true, // safe: the token guarantees at most one run
      });
      return res.run_id;
    } catch (err) {
      if (err instanceof DatabricksApiError && err.status === 400 && /does not exist/i.test(err.apiMessage)) {
        throw new UserError(`Databricks job ${req.jobId} does not exist (or the credentials cannot see it).`);
      }
      throw err;
    }
  }

  getRun(runId: number, signal?: AbortSignal): Promise<Run> {
    return this.http.request({ method: "GET", path: `${this.base}/runs/get`, query: { run_id: runId }, schema: Run, idempotent: true, ...(signal ? { signal } : {}) });
  }

  /** Output of one task run. Pass `tasks[i].run_id`: a job run id is refused (§2.3). */
  getRunOutput(taskRunId: number): Promise<RunOutput> {
    return this.http.request({
      method: "GET",
      path: `${this.base}/runs/get-output`,
      query: { run_id: taskRunId },
      schema: RunOutput,
      idempotent: true,
    });
  }

  /** Asks for cancellation; the run ends TERMINATED/CANCELED a little later. A finished run is unchanged. */
  async cancelRun(runId: number, signal?: AbortSignal): Promise<void> {
    await this.http.request({ method: "POST", path: `${this.base}/runs/cancel`, json: { run_id: runId }, schema: EmptyResponse, idempotent: true, ...(signal ? { signal } : {}) });
  }
}
