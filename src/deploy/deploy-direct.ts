// deploy with `mode: direct`: serving-ci applies serving.yaml's endpoint itself,
// sending only what differs from the live endpoint (a PUT of an identical config
// would still roll out a new config version).

import type { DatabricksClient, EndpointCoreConfigInput, ServingEndpointDetailed } from "../databricks/index.js";
import { planEndpoint } from "./plan.js";
import type { ServingSpec } from "./serving-spec.js";

/** mode: direct — create the endpoint, or replace its config when the served entities or traffic differ. */
export async function applyDirect(client: DatabricksClient, spec: ServingSpec, log: (l: string) => void, stamp: () => string): Promise<ServingEndpointDetailed> {
  const { name, served_entities, traffic_config, tags, ai_gateway, route_optimized } = spec.endpoint;
  // Sent as written: field names are the REST API's, and the lint step has checked their shape.
  const config: EndpointCoreConfigInput = {
    served_entities: served_entities as EndpointCoreConfigInput["served_entities"],
    ...(traffic_config ? { traffic_config } : {}),
  };
  const live = await client.serving.find(name);
  if (!live) {
    log(`${stamp()} creating endpoint ${name}`);
    // route_optimized is fixed at creation (reference §1.2): only a new endpoint gets it.
    return client.serving.create({ name, config, ...(tags ? { tags } : {}), ...(ai_gateway ? { ai_gateway } : {}), ...(route_optimized === undefined ? {} : { route_optimized }) });
  }
  const plan = planEndpoint(spec.endpoint, live);
  let ep = live;
  if (plan.changes.some((c) => c.area === "served entity" || c.area === "traffic")) {
    log(`${stamp()} updating endpoint ${name} config`);
    ep = await client.serving.updateConfig(name, config);
  } else log(`${stamp()} endpoint ${name}: served entities and traffic already match`);
  const tagChanges = plan.changes.filter((c) => c.area === "tag");
  if (tagChanges.length) {
    await client.serving.patchTags(
      name,
      (tags ?? []).filter((t) => tagChanges.some((c) => c.subject === t.key && c.kind !== "remove")),
      tagChanges.filter((c) => c.kind === "remove").map((c) => c.subject),
    );
  }
  if (ai_gateway && plan.changes.some((c) => c.area === "ai gateway")) await client.serving.putAiGateway(name, ai_gateway);
  return ep;
}
