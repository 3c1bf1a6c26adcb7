// Waits for a serving endpoint update to land (§1.9). Stricter than the SDK
// waiter, which stops at NOT_UPDATING: success needs NOT_UPDATING and READY and
// every served entity DEPLOYMENT_READY and the asked-for versions served — a
// rolled-back or stale config is a failure. Timeout means "outcome unknown".

import type { Clock } from "./clock.js";
import type { HttpClient } from "./http.js";
import type { ServingEndpoints } from "./serving.js";
import type { ServedEntityOutput, ServingEndpointDetailed } from "./serving-schemas.js";
import { UserError } from "../errors.js";
import { pollUntil, tail, QUIET_PHASE_POLL_MS, type PollOptions } from "./poll.js";
import { endpointPace } from "./endpoint-pace.js";
import { explainMismatch, type EndpointBaseline, type SettledMismatch } from "./endpoint-baseline.js";
import type { WaitOutcome } from "./wait-run.js";

export interface ExpectedEntity {
  entityName: string;
  entityVersion: string;
}

export interface EntityReport {
  name: string | undefined;
  entityName: string | undefined;
  entityVersion: string | undefined;
  deployment: string | undefined;
  message: string | undefined;
  buildLogTail?: string | undefined;
  /** The model server's recent lines (why a started container is not ready). */
  serverLogTail?: string | undefined;
}

export interface EndpointChange {
  endpoint: string;
  elapsedMs: number;
  ready: string | undefined;
  configUpdate: string | undefined;
  entities: EntityReport[];
  pendingEntities: EntityReport[];
  /** The config version being rolled out (pending_config), if any. */
  pendingConfigVersion: number | undefined;
}

export interface EndpointWaitResult {
  outcome: WaitOutcome;
  endpoint: ServingEndpointDetailed | undefined;
  message: string;
  /** Entities that failed, or (timeout) were still not ready, with their messages and log tails. */
  failedEntities: EntityReport[];
  served: EntityReport[];
  endpointUrl: string;
  elapsedMs: number;
  polls: number;
}

export interface WaitEndpointOptions {
  /** The versions that must be served at the end. Without it any settled READY config is success. */
  expect?: ExpectedEntity[];
  /** Default 35 minutes (the CLI's bundle default). */
  timeoutMs?: number;
  onChange?: (change: EndpointChange) => void;
  poll?: Partial<PollOptions>;
  signal?: AbortSignal;
  /**
   * How long a settled endpoint serving other versions may be given for our
   * update to appear, when none was seen yet. Default 60 s.
   */
  updateStartGraceMs?: number;
  /**
   * The endpoint as it was before the deploy (baselineOf the settled endpoint), so a rollback
   * is told from "no update started" by comparison, not by having caught the update in a poll.
   * Without it the first poll is the baseline.
   */
  baseline?: EndpointBaseline;
  logTailLines?: number;
}

export interface EndpointWaiterContext {
  clock: Clock;
  http: HttpClient;
  serving: ServingEndpoints;
}

// The image build (endpointPace "far") is polled a QUIET_PHASE_POLL_MS apart from
// its first sight (its end is not the verdict; UPDATE_FAILED is seen within it);
// once the container starts ("near") polls stay within 3 s to the verdict for
// 10 minutes, then widen to 10 s, the SDK loop's own pace, so a longer start
// (large GPU images) still gets its verdict no later than the SDK would see it
// while a start that never ends (readiness probe failing until the timeout)
// costs a third of the calls. A state we cannot place is polled fast for 10
// minutes after a change, then backs off. Choice: 10 minutes is the issue's
// bound and covers the CPU and small-GPU starts we know of (~2-10 min).
export const ENDPOINT_POLL: PollOptions = {
  initialMs: 1_000,
  factor: 1.5,
  maxMs: QUIET_PHASE_POLL_MS,
  settleMaxMs: 3_000,
  settleWindowMs: 600_000,
  nearLimitMs: 600_000,
  lateNearMaxMs: 10_000,
  jitter: 0.1,
};

export function endpointUrl(host: string, name: string): string {
  return `${host}/ml/endpoints/${encodeURIComponent(name)}`;
}

export async function waitForEndpoint(ctx: EndpointWaiterContext, name: string, options: WaitEndpointOptions = {}): Promise<EndpointWaitResult> {
  const timeoutMs = options.timeoutMs ?? 35 * 60_000;
  const grace = options.updateStartGraceMs ?? 60_000;
  const url = endpointUrl(ctx.http.host, name);
  let sawUpdate = false;
  let baselineVersion: number | undefined;

  type Verdict = { outcome: Exclude<WaitOutcome, "timeout">; message: string; failing: ServedEntityOutput[] };
  const end = await pollUntil<ServingEndpointDetailed, Verdict>(ctx, {
    fetch: () => ctx.serving.get(name),
    key: (ep) => JSON.stringify(changeOf(name, ep, 0)),
    onChange: (ep, elapsedMs) => options.onChange?.(changeOf(name, ep, elapsedMs)),
    pace: endpointPace,
    decide: (ep, elapsed) => {
      const update = ep.state?.config_update;
      const version = ep.config?.config_version;
      baselineVersion ??= version ?? 0;
      if (ep.pending_config?.config_version !== undefined && ep.pending_config.config_version !== baselineVersion) sawUpdate = true;
      if (update === "IN_PROGRESS") {
        sawUpdate = true;
        return undefined;
      }
      if (update === "UPDATE_FAILED") {
        const pending = ep.pending_config?.served_entities ?? [];
        const failing = pending.filter((e) => e.state?.deployment !== "DEPLOYMENT_READY");
        return { outcome: "failed", message: `Endpoint ${name}: the config update failed.`, failing: failing.length ? failing : pending };
      }
      if (update === "UPDATE_CANCELED") return { outcome: "cancelled", message: `Endpoint ${name}: the config update was cancelled.`, failing: [] };
      if (update !== "NOT_UPDATING") return undefined; // a state we do not know yet: keep watching

      const active = ep.config?.served_entities ?? [];
      const mismatch = versionMismatch(active, options.expect ?? []);
      if (mismatch) {
        const why = options.baseline ? explainMismatch(options.baseline, ep, sawUpdate) : sawUpdate || (version ?? 0) > (baselineVersion ?? 0) ? "rolled back or replaced" : undefined;
        if (why === undefined && elapsed < grace) return undefined;
        return { outcome: "failed", message: `Endpoint ${name} is not serving the requested version: ${mismatch} (${mismatchReason(why ?? "no update started", version)}).`, failing: [] };
      }
      const broken = active.filter((e) => e.state?.deployment === "DEPLOYMENT_FAILED" || e.state?.deployment === "DEPLOYMENT_ABORTED");
      if (broken.length) return { outcome: "failed", message: `Endpoint ${name}: served entities failed.`, failing: broken };
      const allReady = active.length > 0 && active.every((e) => e.state?.deployment === "DEPLOYMENT_READY");
      if (ep.state?.ready === "READY" && allReady) return { outcome: "success", message: `Endpoint ${name} is ready.`, failing: [] };
      return undefined; // settling (e.g. RECOVERING) or an endpoint without config yet
    },
    timeoutMs,
    schedule: { ...ENDPOINT_POLL, ...options.poll },
    signal: options.signal,
  });

  const served = (end.last?.config?.served_entities ?? []).map(report);
  if (end.kind === "timeout") {
    const last = end.last?.state;
    // The entities still rolling out, with their messages and log tails: why it is not ready yet.
    // Not when the runner cancelled: its budget is seconds, and the log calls could outlast it.
    const stuck = end.interrupted ? [] : (end.last?.pending_config?.served_entities ?? []).filter((e) => e.state?.deployment !== "DEPLOYMENT_READY");
    const stuckEntities = await Promise.all(stuck.map((e) => withLogs(ctx, name, e, options.logTailLines ?? 40)));
    const why = stuckEntities.filter((e) => e.message).map((e) => `${e.name ?? "?"}: ${e.message}`).join("; ");
    return {
      outcome: "timeout",
      endpoint: end.last,
      message: `${end.interrupted ? "Stopped waiting" : `Waited ${Math.round(timeoutMs / 60_000)} min`} for endpoint ${name}; its outcome is unknown (last state ${last?.config_update ?? "?"}/${last?.ready ?? "?"}${why ? `; ${why}` : ""}). See ${url}`,
      failedEntities: stuckEntities,
      served,
      endpointUrl: url,
      elapsedMs: end.elapsedMs,
      polls: end.polls,
    };
  }
  const { outcome, message, failing } = end.result;
  const failedEntities = await Promise.all(failing.map((e) => withLogs(ctx, name, e, options.logTailLines ?? 40)));
  const detail = failedEntities.map((f) => `${f.name ?? "?"}: ${f.message || f.deployment || "failed"}`).join("; ");
  return {
    outcome,
    endpoint: end.last,
    message: detail ? `${message} ${detail}` : message,
    failedEntities,
    served,
    endpointUrl: url,
    elapsedMs: end.elapsedMs,
    polls: end.polls,
  };
}

export class EndpointBusyError extends UserError {
  override readonly name: string = "EndpointBusyError";
}

/**
 * Before deploying: an endpoint already mid-update (someone else's deploy) is
 * waited for, or refused with a clear message. Returns the settled endpoint, or
 * undefined when it does not exist yet.
 */
export async function waitUntilIdle(
  ctx: EndpointWaiterContext,
  name: string,
  options: { ifBusy: "wait" | "refuse"; timeoutMs?: number; onChange?: (c: EndpointChange) => void; signal?: AbortSignal },
): Promise<ServingEndpointDetailed | undefined> {
  const first = await ctx.serving.find(name);
  if (!first || first.state?.config_update !== "IN_PROGRESS") return first;
  const pendingVersions = (first.pending_config?.served_entities ?? []).map((e) => `${e.entity_name}@${e.entity_version}`).join(", ");
  if (options.ifBusy === "refuse") {
    throw new EndpointBusyError(
      `Endpoint ${name} is already being updated (to ${pendingVersions || "a new config"}); a second update would be refused with 409. Wait for it to finish, or allow waiting (wait-if-busy).`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 35 * 60_000;
  const end = await pollUntil(ctx, {
    fetch: () => ctx.serving.get(name),
    key: (ep) => JSON.stringify(changeOf(name, ep, 0)),
    onChange: (ep, elapsedMs) => options.onChange?.(changeOf(name, ep, elapsedMs)),
    // Someone else's update goes through the same phases: its build is far from its end, its start near.
    pace: endpointPace,
    decide: (ep) => (ep.state?.config_update === "IN_PROGRESS" ? undefined : ep),
    timeoutMs,
    schedule: ENDPOINT_POLL,
    signal: options.signal,
  });
  if (end.kind === "timeout") {
    throw new EndpointBusyError(`Endpoint ${name} was still being updated by someone else after ${Math.round(timeoutMs / 60_000)} min; not deploying.`);
  }
  return end.result;
}

function mismatchReason(why: SettledMismatch | "rolled back or replaced", version: number | undefined): string {
  const serving = version === undefined ? "" : `; config version ${version} is serving`;
  if (why === "rolled back") return `the update started and was rolled back${serving}`;
  if (why === "replaced") return `another update replaced it${serving}`;
  if (why === "no update started") return `no update to it started${serving}`;
  return `the update was rolled back or replaced${serving}`;
}

function versionMismatch(active: ServedEntityOutput[], expect: ExpectedEntity[]): string | undefined {
  const problems: string[] = [];
  for (const entityName of new Set(expect.map((e) => e.entityName))) {
    const want = expect.filter((e) => e.entityName === entityName).map((e) => e.entityVersion).sort();
    const have = active.filter((e) => e.entity_name === entityName).map((e) => e.entity_version ?? "?").sort();
    if (want.join(",") !== have.join(",")) {
      problems.push(`${entityName} expected version ${want.join(", ")}, served ${have.length ? have.join(", ") : "none"}`);
    }
  }
  return problems.length ? problems.join("; ") : undefined;
}

function report(e: ServedEntityOutput): EntityReport {
  return {
    name: e.name,
    entityName: e.entity_name,
    entityVersion: e.entity_version,
    deployment: e.state?.deployment,
    message: e.state?.deployment_state_message,
  };
}

function changeOf(name: string, ep: ServingEndpointDetailed, elapsedMs: number): EndpointChange {
  return {
    endpoint: name,
    elapsedMs,
    ready: ep.state?.ready,
    configUpdate: ep.state?.config_update,
    entities: (ep.config?.served_entities ?? []).map(report),
    pendingEntities: (ep.pending_config?.served_entities ?? []).map(report),
    pendingConfigVersion: ep.pending_config?.config_version,
  };
}

/** The entity with the tails of its build and server logs (a build failure has the first, a failing container the second). */
async function withLogs(ctx: EndpointWaiterContext, endpoint: string, e: ServedEntityOutput, lines: number): Promise<EntityReport> {
  const r = report(e);
  if (!e.name) return r;
  const served = e.name;
  // The logs are a courtesy; the verdict stands without them.
  const read = (fetch: () => Promise<string>): Promise<string | undefined> =>
    fetch().then(
      (logs) => (logs.trim() ? ctx.http.redactor.redact(tail(logs, lines)) : undefined),
      () => undefined,
    );
  const [build, server] = await Promise.all([read(() => ctx.serving.buildLogs(endpoint, served)), read(() => ctx.serving.serverLogs(endpoint, served))]);
  return { ...r, ...(build ? { buildLogTail: build } : {}), ...(server ? { serverLogTail: server } : {}) };
}
