// Deploy outputs. With one endpoint (the usual case; use a matrix for several)
// each is a plain value; with several, a JSON object keyed by endpoint name.

import { Output, type OutputName } from "./constants.js";
import type { DeployReport, ServedVersion } from "../deploy/deploy.js";
import type { ActionIO } from "./io.js";

const OUTCOME_RANK = { success: 0, triggered: 0.5, cancelled: 1, unknown: 2, timeout: 3, failed: 4 } as const;

export function worstOutcome(reports: readonly DeployReport[]): DeployReport["outcome"] {
  return reports.reduce<DeployReport["outcome"]>((w, r) => (OUTCOME_RANK[r.outcome] > OUTCOME_RANK[w] ? r.outcome : w), "success");
}

/** `name=entity@version,…`: what the endpoint serves (or served before the deploy). */
export function servedVersions(entities: readonly ServedVersion[]): string {
  return entities.map((e) => `${e.name ?? "?"}=${e.entityName ?? "?"}@${e.entityVersion ?? "?"}`).join(",");
}

export function setDeployOutputs(io: ActionIO, reports: readonly DeployReport[]): void {
  const set = (name: OutputName, value: (r: DeployReport) => string | undefined): void => {
    if (reports.length === 1) {
      io.setOutput(name, value(reports[0]!) ?? "");
      return;
    }
    io.setOutput(name, JSON.stringify(Object.fromEntries(reports.map((r) => [r.endpoint, value(r) ?? ""]))));
  };
  set(Output.RunId, (r) => (r.runId === undefined ? undefined : String(r.runId)));
  set(Output.RunUrl, (r) => r.runUrl);
  set(Output.EndpointUrl, (r) => r.endpointUrl);
  set(Output.State, (r) => r.state);
  set(Output.ServedVersions, (r) => servedVersions(r.served));
  set(Output.PreviousVersions, (r) => servedVersions(r.previous));
  io.setOutput(Output.Outcome, worstOutcome(reports));
}
