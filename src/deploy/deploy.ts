// The deploy flow, free of any front end (the action adapts it today, the CLI can tomorrow):
// trigger the deployment job (or apply the endpoint config directly),
// wait for the run, wait for the endpoint to serve the versions asked for,
// smoke-query it, and report. Polling, backoff and verdicts are the client's
// waiters; this file only sequences them and turns their results into a report.

import {
  baselineOf,
  DatabricksApiError,
  DatabricksAuthError,
  deploymentIdempotencyToken,
  endpointUrl,
  waitForEndpoint,
  waitForRun,
  waitUntilIdle,
  TERMINAL_LIFE_CYCLE_STATES,
  type DatabricksClient,
  type DeploymentIdentity,
  type EndpointChange,
  type EndpointWaitResult,
  type EntityReport,
  type FailedTask,
  type WaitOutcome,
} from "../databricks/index.js";
import { UserError } from "../errors.js";
import { cancelRunWithin, type CancelResult } from "./cancel-run.js";
import { applyDirect } from "./deploy-direct.js";
import { endpointProgress, runProgress } from "./deploy-progress.js";
import { formatDuration } from "./duration.js";
import { PhaseRecorder, type Phase } from "./phases.js";
import { runPhase, StatusTracker, type StatusListener } from "./deploy-status.js";
import { expectedEntities, type ServingSpec } from "./serving-spec.js";
import { smokeQuery, type SmokeResult } from "./smoke-query.js";

export const DEFAULT_DEPLOY_TIMEOUT_MS = 45 * 60_000;
/** The runner kills the step ~7.5 s after SIGINT: the cancel and its confirmation must fit well inside. */
const CANCEL_BUDGET_MS = 3_000;

/** unknown: the workflow stopped waiting while Databricks went on (an unconfirmed cancel, an update under way). */
/** triggered: `wait: false` started the deploy and returned; Databricks goes on alone. */
export type DeployOutcome = WaitOutcome | "unknown" | "triggered";

export interface DeployReport {
  endpoint: string;
  outcome: DeployOutcome;
  /** One line: what happened and what to do. */
  message: string;
  mode: "job" | "direct";
  runId: number | undefined;
  runUrl: string | undefined;
  endpointUrl: string;
  /** The endpoint's last state, e.g. READY, UPDATE_FAILED, IN_PROGRESS. */
  state: string | undefined;
  served: EntityReport[];
  /** What the endpoint served before this deploy (empty for a new endpoint): the versions to roll back to. */
  previous: ServedVersion[];
  traffic: { name: string; percent: number }[];
  failedTasks: FailedTask[];
  failedEntities: EntityReport[];
  smoke: SmokeResult | undefined;
  phases: Phase[];
  durationMs: number;
  /** The Databricks run was asked to cancel (SIGINT/SIGTERM). */
  cancelRequested: boolean;
}

export type ServedVersion = Pick<EntityReport, "name" | "entityName" | "entityVersion">;

export interface DeployOptions {
  client: DatabricksClient;
  spec: ServingSpec;
  identity: Omit<DeploymentIdentity, "endpoint">;
  /** Overrides serving.yaml's deploy.timeout. */
  timeoutMs: number | undefined;
  signal: AbortSignal;
  log: (line: string) => void;
  /** Called once the run id is known, so outputs exist even if the step is killed. */
  onRun?: (runId: number, runUrl: string) => void;
  /** false: return once the job run is triggered (or the config applied), outcome `triggered`. Default true. */
  wait?: boolean;
  /** The live status at each change (phaseChanged: a step a reader cares about began). */
  onStatus?: StatusListener;
}

export async function deploy(o: DeployOptions): Promise<DeployReport> {
  const { client, spec } = o;
  const name = spec.endpoint.name;
  const clock = client.clock;
  const started = clock.now();
  const deadline = started + (o.timeoutMs ?? spec.deploy?.timeoutMs ?? DEFAULT_DEPLOY_TIMEOUT_MS);
  const remaining = (): number => Math.max(1, deadline - clock.now());
  const stamp = (): string => `[${formatDuration(clock.now() - started)}]`;
  const phases = new PhaseRecorder(() => clock.now());
  const ctx = { clock, http: client.http, jobs: client.jobs, serving: client.serving };
  const deploySpec = spec.deploy;
  if (!deploySpec) throw new UserError(`${spec.file}: no \`deploy\` section; add \`deploy: {job: <name or id>}\` or \`deploy: {mode: direct}\``);

  const report: DeployReport = {
    endpoint: name,
    outcome: "failed",
    message: "",
    mode: deploySpec.mode,
    runId: undefined,
    runUrl: undefined,
    endpointUrl: endpointUrl(client.host, name),
    state: undefined,
    served: [],
    previous: [],
    traffic: [],
    failedTasks: [],
    failedEntities: [],
    smoke: undefined,
    phases: phases.phases,
    durationMs: 0,
    cancelRequested: false,
  };
  const status = new StatusTracker(
    { endpoint: name, mode: deploySpec.mode, startedAt: started, endpointUrl: report.endpointUrl, phases: phases.phases, smokeQuery: spec.inputExample !== undefined },
    () => clock.now(),
    o.onStatus,
  );
  const onEntities = (c: EndpointChange): { configUpdate: string | undefined; ready: string | undefined; entities: EntityReport[]; configVersion?: number } => ({
    configUpdate: c.configUpdate,
    ready: c.ready,
    entities: c.pendingEntities.length ? c.pendingEntities : c.entities,
    ...(c.pendingConfigVersion === undefined ? {} : { configVersion: c.pendingConfigVersion }),
  });
  const finish = (outcome: DeployOutcome, message: string): DeployReport => {
    report.outcome = outcome;
    report.message = client.redact(message);
    report.durationMs = clock.now() - started;
    o.log(`${stamp()} ${name}: ${outcome}: ${report.message}`);
    return report;
  };

  // Cancel the remote run as soon as the runner asks, not after the current poll,
  // but only while it runs: a terminated run cannot be cancelled, and once the
  // endpoint update has started nothing stops it.
  let runEnded = false;
  let cancelling: Promise<CancelResult> | undefined;
  const onAbort = (): void => {
    if (report.runId === undefined || runEnded || cancelling) return;
    report.cancelRequested = true;
    o.log(`${stamp()} cancel requested: cancelling Databricks run ${report.runId}`);
    cancelling = cancelRunWithin(client, report.runId, report.runUrl ?? report.endpointUrl, CANCEL_BUDGET_MS);
  };
  o.signal.addEventListener("abort", onAbort);
  const interrupted = async (): Promise<DeployReport | undefined> => {
    if (!o.signal.aborted) return undefined;
    onAbort();
    if (cancelling) {
      const c = await cancelling;
      return finish(c.confirmed ? "cancelled" : "unknown", `${c.message}.`);
    }
    if (report.runId === undefined && deploySpec.mode === "job") return finish("cancelled", "cancelled before the deployment job started: nothing changed in Databricks.");
    return finish("unknown", `the workflow was cancelled while the endpoint update goes on in Databricks (nothing can stop it): the outcome is unknown; check ${report.endpointUrl}${report.runUrl ? ` and ${report.runUrl}` : ""}.`);
  };

  try {
    const logEndpoint = endpointProgress(o.log, stamp);
    const before = await phases.run("wait for idle", () =>
      waitUntilIdle(ctx, name, {
        ifBusy: "wait",
        timeoutMs: remaining(),
        signal: o.signal,
        onChange: (c) => {
          logEndpoint(c);
          status.update({ phase: c.configUpdate === "IN_PROGRESS" ? "waiting for another update" : "checking the endpoint", ...onEntities(c) });
        },
      }),
    );
    report.previous = (before?.config?.served_entities ?? []).map((e) => ({ name: e.name, entityName: e.entity_name, entityVersion: e.entity_version }));
    // The settled endpoint before our update: the verdict compares against it (a rollback is not missed between polls).
    const baseline = baselineOf(before);
    if (o.signal.aborted) return (await interrupted())!;

    if (deploySpec.mode === "job") {
      status.update({ phase: "triggering the job" });
      await phases.run("trigger job", async () => {
        const id = await resolveJob(client, deploySpec.job);
        const token = deploymentIdempotencyToken({ ...o.identity, endpoint: name });
        const runId = await client.jobs.runNow({ jobId: id, jobParameters: deploySpec.parameters, idempotencyToken: token });
        report.runId = runId;
        report.runUrl = `${client.host}/#job/${id}/run/${runId}`;
        o.log(`${stamp()} started job ${id} run ${runId} with ${JSON.stringify(deploySpec.parameters)}: ${report.runUrl}`);
        o.onRun?.(runId, report.runUrl);
      });
      status.update({ phase: "job queued", runId: report.runId, runUrl: report.runUrl });
      if (o.signal.aborted) return (await interrupted())!;
      if (o.wait === false) return finish("triggered", `Triggered job run ${report.runId} (wait: false): follow it at ${report.runUrl}; the endpoint updates after it, at ${report.endpointUrl}.`);
      const logRun = runProgress(o.log, stamp);
      const run = await phases.run(
        "job run",
        () =>
          waitForRun(ctx, report.runId!, {
            timeoutMs: remaining(),
            signal: o.signal,
            onChange: (c) => {
              const terminal = c.lifeCycleState !== undefined && TERMINAL_LIFE_CYCLE_STATES.has(c.lifeCycleState);
              if (terminal) runEnded = true;
              logRun(c);
              status.update({ phase: runPhase(c.lifeCycleState, terminal), runState: [c.lifeCycleState ?? c.statusState, c.resultState].filter(Boolean).join("/") || undefined });
            },
          }),
        (r) => (o.signal.aborted ? "cancelled" : r.outcome),
      );
      if (run.outcome !== "timeout") runEnded = true;
      if (run.runPageUrl) report.runUrl = run.runPageUrl;
      status.update({ runUrl: report.runUrl });
      report.failedTasks = run.failedTasks;
      if (o.signal.aborted) return (await interrupted())!;
      if (run.outcome === "timeout") return finish("timeout", `${run.message} Endpoint: ${report.endpointUrl}`);
      if (run.outcome !== "success") return finish(run.outcome, `${run.message}${run.outcome === "failed" ? " Fix the job (see the task error below) and re-run the workflow." : ""}`);
    } else {
      status.update({ phase: "applying the config" });
      await phases.run("apply config", () => applyDirect(client, spec, o.log, stamp));
      if (o.wait === false) return finish("triggered", `Config applied (wait: false): the endpoint update goes on at ${report.endpointUrl}.`);
    }

    status.update({ phase: "endpoint updating" });
    const ep = await phases.run(
      "endpoint update",
      () =>
        waitForEndpoint(ctx, name, {
          expect: expectedEntities(spec),
          baseline,
          timeoutMs: remaining(),
          signal: o.signal,
          onChange: (c) => {
            logEndpoint(c);
            status.update(onEntities(c));
          },
        }),
      (r) => (o.signal.aborted ? "cancelled" : r.outcome),
    );
    absorbEndpoint(report, ep);
    if (o.signal.aborted) return (await interrupted())!;
    // The endpoint wait had what was left of the deploy's timeout: say which limit ran out.
    if (ep.outcome === "timeout") return finish("timeout", `The deploy's ${formatDuration(deadline - started)} timeout ran out during the endpoint update. ${ep.message}${report.runUrl ? ` Run: ${report.runUrl}` : ""}`);
    if (ep.outcome !== "success") return finish(ep.outcome, `${ep.message}${ep.failedEntities.some((e) => e.buildLogTail || e.serverLogTail) ? " See the log tails below." : ""}`);

    if (spec.inputExample !== undefined) {
      status.update({ phase: "smoke query" });
      const smoke = await phases.run("smoke query", () => smokeQuery(client, name, spec.inputExample, ep.endpoint), (s) => (s.skipped ? "skipped" : s.ok ? "success" : "failed"));
      report.smoke = smoke;
      o.log(`${stamp()} smoke query: ${smoke.skipped ? "skipped" : smoke.ok ? "ok" : "failed"}: ${smoke.detail}`);
      if (!smoke.ok) return finish("failed", `Endpoint ${name} is ready but the smoke query with model.input_example failed: ${smoke.detail}`);
    }
    return finish("success", `Endpoint ${name} is serving ${report.served.map((s) => `${s.entityName}@${s.entityVersion}`).join(", ") || "its config"}.`);
  } catch (err) {
    if (o.signal.aborted) return (await interrupted())!;
    // A report, not a throw: the comment must not be left saying "deploying" and the outputs must be set.
    // The phase names where it failed, except before a refused credential: there it is noise, the credential is the news.
    // Refused: 401, or the gateway's 403 with error_code 403 ("Invalid access token"); a 403 PERMISSION_DENIED keeps its phase.
    const refused = err instanceof DatabricksAuthError || (err instanceof DatabricksApiError && (err.status === 401 || (err.status === 403 && String(err.errorCode) === "403")));
    const phase = refused ? undefined : report.phases.find((p) => p.outcome === "failed")?.name;
    if (!(err instanceof UserError)) o.log(`serving-ci bug (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return finish("failed", `${refused ? "Databricks refused the credentials: " : phase ? `${phase}: ` : ""}${err instanceof Error ? err.message : String(err)}`);
  } finally {
    o.signal.removeEventListener("abort", onAbort);
  }
}

async function resolveJob(client: DatabricksClient, job: string | number): Promise<number> {
  if (typeof job === "number") return job;
  if (/^\d+$/.test(job)) return Number(job);
  return (await client.jobs.findByName(job)).job_id;
}

function absorbEndpoint(report: DeployReport, ep: EndpointWaitResult): void {
  report.served = ep.served;
  report.failedEntities = ep.failedEntities;
  const st = ep.endpoint?.state;
  report.state = st?.config_update && st.config_update !== "NOT_UPDATING" ? st.config_update : st?.ready;
  report.traffic = (ep.endpoint?.config?.traffic_config?.routes ?? []).map((r) => ({ name: r.served_entity_name ?? r.served_model_name ?? "?", percent: r.traffic_percentage }));
}
