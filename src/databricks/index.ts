// Public surface of the Databricks client.

export { createDatabricksClient, normalizeHost, type ClientOptions, type DatabricksClient } from "./client.js";
export { authConfigFromEnv, type AuthConfig, type Env } from "./auth.js";
export type { AuthMode } from "./auth-provider.js";
export { systemClock, scaledClock, seededRandom, type Clock } from "./clock.js";
export { DatabricksApiError, DatabricksAuthError, DatabricksConfigError, DatabricksNetworkError } from "./errors.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./http.js";
export { deploymentIdempotencyToken, type DeploymentIdentity } from "./idempotency.js";
export { waitForRun, RUN_POLL, type RunWaitResult, type RunChange, type FailedTask, type WaitOutcome, type WaitRunOptions } from "./wait-run.js";
export {
  waitForEndpoint,
  waitUntilIdle,
  endpointUrl,
  EndpointBusyError,
  ENDPOINT_POLL,
  type EndpointWaitResult,
  type EndpointChange,
  type EntityReport,
  type ExpectedEntity,
  type WaitEndpointOptions,
} from "./wait-endpoint.js";
export { baselineOf, type EndpointBaseline } from "./endpoint-baseline.js";
export type { PollOptions } from "./poll.js";
export type { ServingEndpoints } from "./serving.js";
export type { Jobs, RunNowRequest } from "./jobs.js";
export type { ServingEndpointDetailed, EndpointCoreConfigInput, CreateServingEndpoint } from "./serving-schemas.js";
export type { Run, RunOutput } from "./jobs-schemas.js";
export { TERMINAL_LIFE_CYCLE_STATES } from "./jobs-schemas.js";
