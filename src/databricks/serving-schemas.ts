// Serving endpoints API bodies (reference §1): what GET/list/logs/tags/ai-gateway
// and invocations answer, and the request bodies the client builds and the
// emulator validates. Loose objects and open enums (api-schema.ts).

import { z } from "zod";
import { openEnum } from "./api-schema.js";

export const READY_STATES = ["READY", "NOT_READY"] as const;
export const CONFIG_UPDATE_STATES = ["NOT_UPDATING", "IN_PROGRESS", "UPDATE_FAILED", "UPDATE_CANCELED"] as const;
export const DEPLOYMENT_STATES = [
  "DEPLOYMENT_CREATING",
  "DEPLOYMENT_READY",
  "DEPLOYMENT_FAILED",
  "DEPLOYMENT_ABORTED",
  "DEPLOYMENT_RECOVERING",
] as const;

export const EndpointState = z.looseObject({
  ready: openEnum(READY_STATES).optional(),
  config_update: openEnum(CONFIG_UPDATE_STATES).optional(),
});

export const ServedEntityState = z.looseObject({
  deployment: openEnum(DEPLOYMENT_STATES).optional(),
  deployment_state_message: z.string().optional(),
});

export const ServedEntityOutput = z.looseObject({
  name: z.string().optional(),
  entity_name: z.string().optional(),
  entity_version: z.string().optional(),
  external_model: z.looseObject({ name: z.string().optional(), provider: z.string().optional() }).optional(),
  workload_size: z.string().optional(),
  workload_type: z.string().optional(),
  scale_to_zero_enabled: z.boolean().optional(),
  environment_vars: z.record(z.string(), z.string()).optional(),
  state: ServedEntityState.optional(),
  creator: z.string().optional(),
  creation_timestamp: z.number().optional(),
});
export type ServedEntityOutput = z.infer<typeof ServedEntityOutput>;

/** Legacy echo: served_models use model_name / model_version. */
export const ServedModelOutput = z.looseObject({
  name: z.string().optional(),
  model_name: z.string().optional(),
  model_version: z.string().optional(),
  state: ServedEntityState.optional(),
});

export const Route = z.looseObject({
  // Either key may be present; the CLI fake echoes both (§1.5).
  served_entity_name: z.string().optional(),
  served_model_name: z.string().optional(),
  traffic_percentage: z.number(),
});
export const TrafficConfig = z.looseObject({ routes: z.array(Route).optional() });

export const EndpointConfigOutput = z.looseObject({
  config_version: z.number().optional(),
  served_entities: z.array(ServedEntityOutput).optional(),
  served_models: z.array(ServedModelOutput).optional(),
  traffic_config: TrafficConfig.optional(),
});

export const EndpointPendingConfig = EndpointConfigOutput.extend({ start_time: z.number().optional() });

export const Tag = z.looseObject({ key: z.string(), value: z.string().optional() });

/** Where and how to query an endpoint's data plane; `authorization_details` is a JSON string, passed on verbatim. */
export const DataPlaneInfo = z.looseObject({ endpoint_url: z.string().optional(), authorization_details: z.string().optional() });
export type DataPlaneInfo = z.infer<typeof DataPlaneInfo>;

export const ServingEndpointDetailed = z.looseObject({
  name: z.string(),
  id: z.string().optional(),
  creator: z.string().optional(),
  creation_timestamp: z.number().optional(),
  last_updated_timestamp: z.number().optional(),
  description: z.string().optional(),
  state: EndpointState.optional(),
  config: EndpointConfigOutput.optional(),
  pending_config: EndpointPendingConfig.optional(),
  ai_gateway: z.looseObject({}).optional(),
  tags: z.array(Tag).optional(),
  task: z.string().optional(),
  permission_level: z.string().optional(),
  route_optimized: z.boolean().optional(),
  /** Only on a route-optimized endpoint: where it is queried (§1.12). */
  endpoint_url: z.string().optional(),
  data_plane_info: z.looseObject({ query_info: DataPlaneInfo.optional() }).optional(),
});
export type ServingEndpointDetailed = z.infer<typeof ServingEndpointDetailed>;

export const ServingEndpointList = z.looseObject({
  endpoints: z
    .array(
      z.looseObject({
        name: z.string(),
        id: z.string().optional(),
        state: EndpointState.optional(),
        task: z.string().optional(),
        config: z.looseObject({ served_entities: z.array(ServedEntityOutput).optional() }).optional(),
      }),
    )
    .optional(),
});

export const LogsResponse = z.looseObject({ logs: z.string().optional() });
export const TagsResponse = z.looseObject({ tags: z.array(Tag).optional() });
export const AiGatewayResponse = z.looseObject({
  usage_tracking_config: z.looseObject({}).optional(),
  inference_table_config: z.looseObject({}).optional(),
  rate_limits: z.array(z.looseObject({})).optional(),
  guardrails: z.looseObject({}).optional(),
  fallback_config: z.looseObject({}).optional(),
});

/** Invocation answers: classic `predictions`, ResponsesAgent `output`, FM `choices`. */
export const InvocationResponse = z.looseObject({
  predictions: z.unknown().optional(),
  object: z.string().optional(),
  output: z.array(z.looseObject({ type: z.string() })).optional(),
  choices: z.array(z.unknown()).optional(),
});
export type InvocationResponse = z.infer<typeof InvocationResponse>;

// Request bodies (the emulator validates with these; the client builds them).

export const ServedEntityInput = z.looseObject({
  name: z.string().optional(),
  entity_name: z.string().optional(),
  entity_version: z.string().optional(),
  workload_size: z.string().optional(),
  workload_type: z.string().optional(),
  scale_to_zero_enabled: z.boolean().optional(),
  environment_vars: z.record(z.string(), z.string()).optional(),
  external_model: z.looseObject({ name: z.string(), provider: z.string(), task: z.string() }).optional(),
});
export type ServedEntityInput = z.infer<typeof ServedEntityInput>;

export const ServedModelInput = z.looseObject({
  name: z.string().optional(),
  model_name: z.string(),
  model_version: z.string(),
  workload_size: z.string().optional(),
  scale_to_zero_enabled: z.boolean().optional(),
});

export const EndpointCoreConfigInput = z.looseObject({
  // SDK-py sends config.name; it is tolerated and ignored (§1.2).
  name: z.string().optional(),
  served_entities: z.array(ServedEntityInput).optional(),
  served_models: z.array(ServedModelInput).optional(),
  traffic_config: TrafficConfig.optional(),
  auto_capture_config: z.looseObject({}).optional(),
});
export type EndpointCoreConfigInput = z.infer<typeof EndpointCoreConfigInput>;

export const CreateServingEndpoint = z.looseObject({
  name: z.string(),
  config: EndpointCoreConfigInput.optional(),
  ai_gateway: z.looseObject({}).optional(),
  description: z.string().optional(),
  tags: z.array(Tag).optional(),
  route_optimized: z.boolean().optional(),
});
export type CreateServingEndpoint = z.infer<typeof CreateServingEndpoint>;

export const PatchTagsRequest = z.looseObject({
  add_tags: z.array(Tag).optional(),
  delete_tags: z.array(z.string()).optional(),
});
