// The serving endpoints API's JSON for an endpoint and its configs.

import type { Config, Endpoint } from "./endpoint-config.js";
import { authorizationDetails } from "./data-plane-tokens.js";

export const CREATOR = "ci-bot@example.com";

export function endpointState(ep: Endpoint): { ready: string; config_update: string } {
  const ready = !!ep.config && ep.config.entities.length > 0 && ep.config.entities.every((e) => e.deployment === "DEPLOYMENT_READY");
  return { ready: ready ? "READY" : "NOT_READY", config_update: ep.configUpdate };
}

function renderConfig(c: Config, pending: boolean): Record<string, unknown> {
  return {
    config_version: c.version,
    ...(pending ? { start_time: c.startTime } : {}),
    served_entities: c.entities.map((e) => ({
      ...e.spec,
      state: { deployment: e.deployment, deployment_state_message: e.message },
      creator: CREATOR,
      creation_timestamp: e.created,
    })),
    traffic_config: { routes: c.routes },
  };
}

/** GET serving-endpoints/{name}. `baseUrl` places the data plane of a route-optimized endpoint. */
export function renderEndpoint(ep: Endpoint, baseUrl: string): Record<string, unknown> {
  return {
    name: ep.name,
    id: ep.id,
    creator: CREATOR,
    creation_timestamp: ep.created,
    last_updated_timestamp: ep.updated,
    description: ep.description,
    state: endpointState(ep),
    ...(ep.config ? { config: renderConfig(ep.config, false) } : {}),
    ...(ep.pending ? { pending_config: renderConfig(ep.pending, true) } : {}),
    ...(ep.aiGateway ? { ai_gateway: ep.aiGateway } : {}),
    ...(ep.tags.length ? { tags: ep.tags } : {}),
    ...(ep.task ? { task: ep.task } : {}),
    permission_level: "CAN_MANAGE",
    route_optimized: ep.routeOptimized,
    ...(ep.routeOptimized ? dataPlane(ep, baseUrl) : {}),
  };
}

/** Choice: the data plane is this server under /ro/<endpoint id> (a real one has its own host). */
function dataPlane(ep: Endpoint, baseUrl: string): Record<string, unknown> {
  const url = `${baseUrl}/ro/${ep.id}/serving-endpoints/${ep.name}/invocations`;
  return { endpoint_url: url, data_plane_info: { query_info: { endpoint_url: url, authorization_details: authorizationDetails(ep.id) } } };
}
