// A serving endpoint's config update (§1.9):
//   create / PUT config -> IN_PROGRESS, pending_config, entities DEPLOYMENT_CREATING
//     build  -> (build_failed) UPDATE_FAILED, entity DEPLOYMENT_FAILED, build log, old config keeps serving
//     start  -> (ready) config = pending (config_version + 1), NOT_UPDATING, READY
//               (never_ready) stays IN_PROGRESS; (rolled_back) NOT_UPDATING on the old config

import type { Timeline } from "./timeline.js";
import type { Knobs } from "./scenario.js";
import type { EmulatorEvent } from "./events.js";
import type { Config, Endpoint } from "./endpoint-config.js";

export interface UpdateContext {
  timeline: Timeline;
  knobs: Knobs;
  emit: (e: EmulatorEvent) => void;
  /** The endpoint still exists and `pending` is still its update (not replaced, not deleted). */
  current: () => boolean;
}

/** Starts rolling out `pending` on `ep`: build, then start, then READY (or a scenario's failure). */
export function startUpdate(ep: Endpoint, pending: Config, at: number, ctx: UpdateContext): void {
  const { timeline, knobs: k, emit, current } = ctx;
  ep.pending = pending;
  ep.configUpdate = "IN_PROGRESS";
  ep.updated = at;
  ep.task =
    k.task ??
    (pending.entities.some((e) => /agent/i.test(e.entityName ?? "")) ? "agent/v1/responses" : (pending.entities[0]?.spec.external_model as { task?: string } | undefined)?.task) ??
    ep.task;
  const stamp = (t: number): string => new Date(t).toISOString();
  for (const e of pending.entities) e.buildLog.push(`${stamp(at)} Build started for ${e.entityName ?? e.name} version ${e.entityVersion ?? "-"}`, `${stamp(at)} Installing model dependencies`);
  emit({ at, type: "update_started", endpoint: ep.name, detail: `config_version ${pending.version}` });

  timeline.at(at + k.buildMs, (built) => {
    if (!current()) return;
    ep.updated = built;
    if (k.updateOutcome === "build_failed") {
      for (const e of pending.entities) {
        e.deployment = "DEPLOYMENT_FAILED";
        e.message = "Container image build failed. See build logs for details.";
        e.buildLog.push(...k.buildFailureLog.split("\n").map((l) => `${stamp(built)} ${l}`));
      }
      ep.configUpdate = "UPDATE_FAILED"; // pending_config retained, old config keeps serving
      emit({ at: built, type: "update_failed", endpoint: ep.name });
      return;
    }
    for (const e of pending.entities) {
      e.message = "Starting serving container";
      e.buildLog.push(`${stamp(built)} Container image built successfully`);
    }
    emit({ at: built, type: "image_built", endpoint: ep.name });
    timeline.at(built + k.startMs, (started) => {
      if (!current()) return;
      ep.updated = started;
      if (k.updateOutcome === "never_ready") {
        for (const e of pending.entities) {
          e.message = "Served entity is not ready: the readiness probe keeps failing";
          // What a model server that cannot load its model writes (its stderr is the server log).
          e.serverLog.push(`${stamp(started)} Starting model server`, `${stamp(started)} ModuleNotFoundError: No module named 'langgraph'`, `${stamp(started)} Readiness probe failed: HTTP GET /ping returned 503`);
        }
        return;
      }
      if (k.updateOutcome === "rolled_back") {
        ep.pending = undefined;
        ep.configUpdate = "NOT_UPDATING";
        emit({ at: started, type: "update_rolled_back", endpoint: ep.name });
        return;
      }
      for (const e of pending.entities) {
        e.deployment = "DEPLOYMENT_READY";
        e.message = "";
        e.serverLog.push(`${stamp(started)} Model server started; listening for requests`);
      }
      ep.config = pending;
      ep.pending = undefined;
      ep.configUpdate = "NOT_UPDATING";
      emit({ at: started, type: "endpoint_ready", endpoint: ep.name, detail: pending.entities.map((e) => `${e.entityName}@${e.entityVersion}`).join(",") });
    });
  });
}
