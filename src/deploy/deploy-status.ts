// The deploy's live state, one source of truth: the flow updates it as it
// learns things, and every front end (log, PR comment, job summary, outputs)
// renders the same snapshot. A "phase" change is one a reader cares about
// (queued → job running → job done → endpoint updating → smoke query); other
// updates (an entity's message, a run's task state) are details.

import type { EntityReport } from "../databricks/index.js";
import type { Phase } from "./phases.js";

export type LivePhase = "checking the endpoint" | "waiting for another update" | "triggering the job" | "job queued" | "job running" | "job done" | "applying the config" | "endpoint updating" | "smoke query";

export interface DeployStatus {
  endpoint: string;
  mode: "job" | "direct";
  phase: LivePhase;
  /** Clock ms when the deploy started, and when this snapshot was taken. */
  startedAt: number;
  at: number;
  runId: number | undefined;
  runUrl: string | undefined;
  endpointUrl: string;
  /** The run's life cycle (and result) state, e.g. RUNNING, TERMINATED/SUCCESS. */
  runState: string | undefined;
  /** The config version being rolled out (pending_config), once the endpoint shows it. */
  configVersion: number | undefined;
  /** state.config_update / state.ready as last read. */
  configUpdate: string | undefined;
  ready: string | undefined;
  /** The entities being rolled out (pending config) while an update runs, else the served ones. */
  entities: EntityReport[];
  /** The flow's steps so far (the last one may still run: endMs undefined). */
  phases: readonly Phase[];
  /** Whether the deploy will smoke-query the endpoint (so the steps still to come can be shown). */
  smokeQuery: boolean;
}

export type StatusListener = (status: DeployStatus, phaseChanged: boolean) => void;

/** Holds the current status; each update hands listeners a fresh snapshot. */
export class StatusTracker {
  private status: DeployStatus;
  /** The flow's live phase list; each snapshot copies it. */
  private readonly phases: readonly Phase[];

  constructor(
    initial: Omit<DeployStatus, "at" | "phase" | "runState" | "configVersion" | "configUpdate" | "ready" | "entities" | "runId" | "runUrl">,
    private readonly now: () => number,
    private readonly listener: StatusListener | undefined,
  ) {
    this.phases = initial.phases;
    this.status = { ...initial, phase: "checking the endpoint", at: now(), runId: undefined, runUrl: undefined, runState: undefined, configVersion: undefined, configUpdate: undefined, ready: undefined, entities: [] };
    this.emit(true);
  }

  update(change: Partial<Omit<DeployStatus, "endpoint" | "startedAt" | "at" | "phases">>): void {
    const phaseChanged = change.phase !== undefined && change.phase !== this.status.phase;
    const next = { ...this.status, ...change };
    const key = (s: DeployStatus): string => JSON.stringify({ ...s, at: 0, phases: 0 });
    if (!phaseChanged && key(next) === key(this.status)) return;
    this.status = next;
    this.emit(phaseChanged);
  }

  get current(): DeployStatus {
    return this.status;
  }

  private emit(phaseChanged: boolean): void {
    this.status = { ...this.status, at: this.now(), phases: this.phases.map((p) => ({ ...p })) };
    this.listener?.(this.status, phaseChanged);
  }
}

/** The run's phase from its life cycle state (Jobs API §2.2). */
export function runPhase(lifeCycleState: string | undefined, terminal: boolean): LivePhase {
  if (terminal) return "job done";
  if (lifeCycleState === "RUNNING" || lifeCycleState === "TERMINATING") return "job running";
  return "job queued"; // PENDING, QUEUED, BLOCKED, WAITING_FOR_RETRY, or not read yet
}

/** One line for the log and the comment's headline: the phase and what is known of it. */
export function describeStatus(s: DeployStatus): string {
  const parts: string[] = [s.phase];
  if (s.runId !== undefined && (s.phase.startsWith("job") || s.phase === "triggering the job")) parts.push(`run ${s.runId}${s.runState ? ` ${s.runState}` : ""}`);
  if (s.phase === "endpoint updating" || s.phase === "waiting for another update") {
    if (s.configVersion !== undefined) parts.push(`config version ${s.configVersion}`);
    const pending = s.entities.filter((e) => e.deployment !== "DEPLOYMENT_READY");
    if (s.configUpdate === "IN_PROGRESS" && pending.length) parts.push(`${pending.length} of ${s.entities.length} served ${s.entities.length === 1 ? "entity" : "entities"} pending`);
  }
  return parts.join(" · ");
}
