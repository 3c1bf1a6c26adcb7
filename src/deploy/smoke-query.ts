// The last step of a deploy: one query with model.input_example. Not retried on
// ambiguous failures (the client's rule for invocations): an agent may act on it.
// A route-optimized endpoint is queried on its own endpoint_url (the workspace
// path refuses it, reference §1.12), which takes only an OAuth token scoped to
// that endpoint (src/databricks/data-plane-auth.ts).

import { DatabricksNetworkError, type DatabricksClient, type ServingEndpointDetailed } from "../databricks/index.js";

/** Codes that do point at the host setting, even after a READY answer. */
const HOST_FAULTS = new Set(["ENOTFOUND", "EAI_AGAIN", "BAD_PORT"]);

export interface SmokeResult {
  ok: boolean;
  detail: string;
  /** The query was not sent (it could not succeed with these credentials); the deploy's verdict stands. */
  skipped?: boolean;
}

export async function smokeQuery(client: DatabricksClient, name: string, example: unknown, endpoint?: ServingEndpointDetailed): Promise<SmokeResult> {
  const routeOptimized = endpoint?.route_optimized === true;
  if (routeOptimized && client.authMode === "pat") {
    return { ok: true, skipped: true, detail: `not sent: ${name} is route-optimized and its endpoint_url accepts OAuth tokens only, not a personal access token (use client-id with client-secret, or GitHub OIDC, to smoke-query it)` };
  }
  try {
    // A route-optimized endpoint: on its data plane, with the workspace token exchanged for one scoped to it.
    const { response: res, url } = routeOptimized
      ? await client.servingDataPlane.query(name, example, endpoint.data_plane_info?.query_info)
      : { response: await client.serving.query(name, example), url: undefined };
    const shape = res.output ? `${res.output.length} output item(s)` : res.predictions !== undefined ? "predictions" : res.choices ? `${res.choices.length} choice(s)` : "a response";
    return { ok: true, detail: `answered with ${shape}${url ? ` on ${url}` : ""}: ${truncate(JSON.stringify(res), 200)}` };
  } catch (err) {
    // The endpoint just answered READY on this host: a dropped query is not a wrong host.
    if (err instanceof DatabricksNetworkError && err.code !== undefined && !HOST_FAULTS.has(err.code)) {
      return { ok: false, detail: client.redact(`the query's connection failed (${err.causeText}) although the endpoint is READY on this host: the serving container or a proxy dropped it, and it may or may not have run`) };
    }
    return { ok: false, detail: client.redact(err instanceof Error ? err.message : String(err)) };
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
