// Zod schemas for every Databricks body we read (and the request bodies the
// emulator reads). Objects are loose: unknown fields are kept, never rejected,
// because the service adds fields without notice. Enums are "open": known
// values are typed, unknown ones still parse (a new state must not crash a deploy).

import { z } from "zod";

/** A string enum that also accepts values Databricks may add later. */
function openEnum<const T extends readonly string[]>(_values: T): z.ZodType<T[number] | (string & {})> {
  return z.string() as z.ZodType<T[number] | (string & {})>;
}

// ---------------------------------------------------------------- errors (§3.1)

export const ErrorBody = z.looseObject({
  // A number for gateway errors: {"error_code": 403, "message": "Invalid access token."}
  error_code: z.union([z.string(), z.number()]).optional(),
  message: z.string().optional(),
  // API 1.2 style, and OAuth token endpoint errors.
  error: z.string().optional(),
  error_description: z.string().optional(),
  // SCIM style.
  detail: z.string().optional(),
  details: z.array(z.looseObject({ "@type": z.string().optional(), request_id: z.string().optional() })).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

// ---------------------------------------------------------------- serving (§1)

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

// ---------------------------------------------------------------- jobs (§2)

export const LIFE_CYCLE_STATES = [
  "QUEUED",
  "PENDING",
  "RUNNING",
  "TERMINATING",
  "TERMINATED",
  "SKIPPED",
  "INTERNAL_ERROR",
  "BLOCKED",
  "WAITING_FOR_RETRY",
] as const;
export const TERMINAL_LIFE_CYCLE_STATES: ReadonlySet<string> = new Set(["TERMINATED", "SKIPPED", "INTERNAL_ERROR"]);
export const RESULT_STATES = [
  "SUCCESS",
  "FAILED",
  "TIMEDOUT",
  "CANCELED",
  "MAXIMUM_CONCURRENT_RUNS_REACHED",
  "EXCLUDED",
  "SUCCESS_WITH_FAILURES",
  "UPSTREAM_FAILED",
  "UPSTREAM_CANCELED",
  "DISABLED",
] as const;
export const RUN_STATUS_STATES = ["BLOCKED", "PENDING", "QUEUED", "RUNNING", "TERMINATING", "TERMINATED", "WAITING"] as const;

export const RunState = z.looseObject({
  life_cycle_state: openEnum(LIFE_CYCLE_STATES).optional(),
  result_state: openEnum(RESULT_STATES).optional(),
  state_message: z.string().optional(),
  user_cancelled_or_timedout: z.boolean().optional(),
});
export type RunState = z.infer<typeof RunState>;

export const RunStatus = z.looseObject({
  state: openEnum(RUN_STATUS_STATES).optional(),
  termination_details: z
    .looseObject({ code: z.string().optional(), type: z.string().optional(), message: z.string().optional() })
    .optional(),
  queue_details: z.looseObject({ code: z.string().optional(), message: z.string().optional() }).optional(),
});

export const RunTask = z.looseObject({
  task_key: z.string(),
  run_id: z.number().optional(),
  state: RunState.optional(),
  status: RunStatus.optional(),
  start_time: z.number().optional(),
  end_time: z.number().optional(),
  run_page_url: z.string().optional(),
  attempt_number: z.number().optional(),
});
export type RunTask = z.infer<typeof RunTask>;

export const Run = z.looseObject({
  run_id: z.number(),
  job_id: z.number().optional(),
  number_in_job: z.number().optional(),
  run_name: z.string().optional(),
  run_type: z.string().optional(),
  run_page_url: z.string().optional(),
  start_time: z.number().optional(),
  end_time: z.number().optional(),
  state: RunState.optional(),
  status: RunStatus.optional(),
  tasks: z.array(RunTask).optional(),
  job_parameters: z
    .array(z.looseObject({ name: z.string(), default: z.string().optional(), value: z.string().optional() }))
    .optional(),
  has_more: z.boolean().optional(),
  next_page_token: z.string().optional(),
});
export type Run = z.infer<typeof Run>;

export const RunOutput = z.looseObject({
  metadata: Run.optional(),
  error: z.string().optional(),
  error_trace: z.string().optional(),
  logs: z.string().optional(),
  logs_truncated: z.boolean().optional(),
  info: z.string().optional(),
  notebook_output: z.looseObject({ result: z.string().optional(), truncated: z.boolean().optional() }).optional(),
});
export type RunOutput = z.infer<typeof RunOutput>;

export const RunNowResponse = z.looseObject({ run_id: z.number(), number_in_job: z.number().optional() });

export const JobSettings = z.looseObject({
  name: z.string().optional(),
  tasks: z.array(z.looseObject({ task_key: z.string() })).optional(),
  parameters: z.array(z.looseObject({ name: z.string(), default: z.string().optional() })).optional(),
  queue: z.looseObject({ enabled: z.boolean().optional() }).optional(),
});
export type JobSettings = z.infer<typeof JobSettings>;

export const Job = z.looseObject({
  job_id: z.number(),
  created_time: z.number().optional(),
  creator_user_name: z.string().optional(),
  settings: JobSettings.optional(),
});
export type Job = z.infer<typeof Job>;

export const JobsList = z.looseObject({
  jobs: z.array(Job).optional(),
  has_more: z.boolean().optional(),
  next_page_token: z.string().optional(),
});

export const CreateJobResponse = z.looseObject({ job_id: z.number() });

export const RunNowRequest = z.looseObject({
  job_id: z.number(),
  job_parameters: z.record(z.string(), z.string()).optional(),
  idempotency_token: z.string().max(64).optional(),
  notebook_params: z.record(z.string(), z.string()).optional(),
  queue: z.looseObject({ enabled: z.boolean().optional() }).optional(),
});

export const EmptyResponse = z.looseObject({});

// ---------------------------------------------------------------- auth (§4)

export const OidcDiscovery = z.looseObject({
  token_endpoint: z.string(),
  authorization_endpoint: z.string().optional(),
  issuer: z.string().optional(),
});

export const TokenResponse = z.looseObject({
  access_token: z.string(),
  token_type: z.string(),
  // SDK-py accepts an int or a numeric string.
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  scope: z.string().optional(),
});

export const GitHubIdTokenResponse = z.looseObject({ value: z.string() });
