// How near an endpoint update's verdict is, from its state, for the poll pace:
// while the container image builds (minutes, and its end is not the verdict)
// polls back off; once the build is done and the container starts, the next
// change is the verdict, so polls stay fast however long the start takes.
//
// Choice (unconfirmed wording): the phase is read from the pending entities'
// deployment_state_message. The emulator says "Creating container image" and then
// "Starting serving container"; a message we cannot place gives "unknown", which
// leaves the pace to the change window (more calls at worst, never a late verdict
// for a recognised start).

import type { Pace } from "./poll.js";
import type { ServedEntityOutput, ServingEndpointDetailed } from "./serving-schemas.js";

const BUILDING = /\b(image|build|building)\b/i;
const STARTING = /\b(start|starting|started|container|probe|ready|readiness|loading)\b/i;

export function endpointPace(ep: ServingEndpointDetailed): Pace {
  const update = ep.state?.config_update;
  if (update === "IN_PROGRESS") return pendingPace(ep.pending_config?.served_entities ?? []);
  // Settled config but not serving yet (e.g. entities recovering): the verdict is the next change.
  if (update === "NOT_UPDATING" && ep.state?.ready !== "READY" && (ep.config?.served_entities ?? []).length > 0) return "near";
  return "unknown";
}

function pendingPace(entities: ServedEntityOutput[]): Pace {
  if (entities.length === 0) return "unknown";
  if (entities.some(isBuilding)) return "far";
  return entities.some(isStarting) ? "near" : "unknown";
}

function isBuilding(e: ServedEntityOutput): boolean {
  return e.state?.deployment === "DEPLOYMENT_CREATING" && BUILDING.test(e.state.deployment_state_message ?? "");
}

function isStarting(e: ServedEntityOutput): boolean {
  const d = e.state?.deployment;
  if (d === "DEPLOYMENT_READY" || d === "DEPLOYMENT_RECOVERING") return true;
  return d === "DEPLOYMENT_CREATING" && STARTING.test(e.state?.deployment_state_message ?? "");
}
