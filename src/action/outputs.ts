// Deploy outputs. With one endpoint (the usual case; use a matrix for several)
// each is a plain value; with several, a JSON object keyed by endpoint name.
// While a deploy runs they hold its live state (outcome `unknown`), so a step
// killed mid-deploy still leaves true outputs; the final report replaces them.

import { Output, type OutputName } from "./constants.js";
import type { DeployReport, ServedVersion } from "../deploy/deploy.js";
import type { DeployStatus } from "../deploy/deploy-status.js";
import type { ActionIO } from "./io.js";

const OUTCOME_RANK = { success: 0, triggered: 0.5, cancelled: 1, unknown: 2, timeout: 3, failed: 4 } as const;

export function worstOutcome(reports: readonly DeployReport[]): DeployReport["outcome"] {
  return reports.reduce<DeployReport["outcome"]>((w, r) => (OUTCOME_RANK[r.outcome] > OUTCOME_RANK[w] ? r.outcome : w), "success");
}

/** `name=entity@version,…`: what the endpoint serves (or served before the deploy). */
export function servedVersions(entities: readonly ServedVersion[]): string {
  return entities.map((e) => `${e.name ?? "?"}=${e.entityName ?? "?"}@${e.entityVersion ?? "?"}`).join(",");
}

type Row = { endpoint: string } & Partial<Record<OutputName, string | undefined>>;

const KEYED = [Output.RunId, Output.RunUrl, Output.EndpointUrl, Output.State, Output.ServedVersions, Output.PreviousVersions] as const;

function reportRow(r: DeployReport): Row {
  return {
    endpoint: r.endpoint,
    [Output.RunId]: r.runId === undefined ? undefined : String(r.runId),
    [Output.RunUrl]: r.runUrl,
    [Output.EndpointUrl]: r.endpointUrl,
    [Output.State]: r.state,
    [Output.ServedVersions]: servedVersions(r.served),
    [Output.PreviousVersions]: servedVersions(r.previous),
  };
}

function set(io: ActionIO, rows: readonly Row[], names: readonly OutputName[]): void {
  for (const name of names) {
    if (rows.length === 1) io.setOutput(name, rows[0]![name] ?? "");
    else io.setOutput(name, JSON.stringify(Object.fromEntries(rows.map((r) => [r.endpoint, r[name] ?? ""]))));
  }
}

export function setDeployOutputs(io: ActionIO, reports: readonly DeployReport[]): void {
  set(io, reports.map(reportRow), KEYED);
  io.setOutput(Output.Outcome, worstOutcome(reports));
}

/** The deploys that ended, plus the one under way: what is known now. */
export function setLiveOutputs(io: ActionIO, ended: readonly DeployReport[], live: DeployStatus): void {
  // The state output speaks the endpoint's words (IN_PROGRESS, READY…), known once the endpoint was read.
  const state = live.configUpdate && live.configUpdate !== "NOT_UPDATING" ? live.configUpdate : live.ready;
  const row: Row = { endpoint: live.endpoint, [Output.RunId]: live.runId === undefined ? undefined : String(live.runId), [Output.RunUrl]: live.runUrl, [Output.EndpointUrl]: live.endpointUrl, [Output.State]: state };
  set(io, [...ended.map(reportRow), row], [Output.RunId, Output.RunUrl, Output.EndpointUrl, Output.State]);
  io.setOutput(Output.Outcome, "unknown");
}
