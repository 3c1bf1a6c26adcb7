// Typed errors of the Databricks client. All of them are UserErrors: a bad host,
// a bad token, a missing job or an outage is not a bug in serving-ci, so the CLI
// prints the message without a stack trace. They carry what helps a person act
// (status, error_code, request id, method + path) and never headers or tokens.

import { UserError } from "../errors.js";

export interface ApiErrorInfo {
  status: number;
  /** Databricks `error_code`; a number for some gateway errors (403 invalid token). */
  errorCode: string | number | undefined;
  message: string;
  requestId: string | undefined;
  method: string;
  /** Request path without the query string (queries never carry secrets, but keep it short). */
  path: string;
  /** Seconds, from `Retry-After`, when the server sent one. */
  retryAfterSeconds?: number | undefined;
}

export class DatabricksApiError extends UserError {
  override readonly name: string = "DatabricksApiError";
  readonly status: number;
  readonly errorCode: string | number | undefined;
  readonly apiMessage: string;
  readonly requestId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly retryAfterSeconds: number | undefined;
  /** How many attempts the request made before failing (set by the HTTP layer). */
  attempts = 1;

  constructor(info: ApiErrorInfo) {
    // Gateways send error_code 403 with HTTP 403: say it once.
    const code = info.errorCode === undefined || String(info.errorCode) === String(info.status) ? "" : ` ${String(info.errorCode)}`;
    const rid = info.requestId ? ` (request id ${info.requestId})` : "";
    super(`${info.method} ${info.path} failed: HTTP ${info.status}${code}: ${info.message}${rid}${hintFor(info)}`);
    this.status = info.status;
    this.errorCode = info.errorCode;
    this.apiMessage = info.message;
    this.requestId = info.requestId;
    this.method = info.method;
    this.path = info.path;
    this.retryAfterSeconds = info.retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404 || this.errorCode === "RESOURCE_DOES_NOT_EXIST" || this.errorCode === "NOT_FOUND";
  }
  get isConflict(): boolean {
    return this.status === 409;
  }
}

function hintFor(info: ApiErrorInfo): string {
  if (info.status === 401 || info.status === 403) {
    return ". Check the credentials (DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET) and that they belong to this workspace.";
  }
  return "";
}

/** The workspace could not be reached at all (DNS, refused, reset, timeout), after retries. */
export class DatabricksNetworkError extends UserError {
  override readonly name: string = "DatabricksNetworkError";
  constructor(
    readonly method: string,
    readonly path: string,
    readonly causeText: string,
    /** ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, BAD_PORT, ...; undefined when unknown. */
    readonly code?: string,
  ) {
    super(`${method} ${path} failed: ${causeText}. ${code === "ECONNRESET" || code === "ETIMEDOUT" ? "Check the network, or retry." : "Check the workspace host (DATABRICKS_HOST) and the network."}`);
  }
}

/** Credentials missing, ambiguous, or rejected while obtaining a token. */
export class DatabricksAuthError extends UserError {
  override readonly name: string = "DatabricksAuthError";
}

/** Host missing or not a workspace URL. */
export class DatabricksConfigError extends UserError {
  override readonly name: string = "DatabricksConfigError";
}
