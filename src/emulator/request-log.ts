// Every request the emulator saw, for tests and benchmarks to assert on (how
// many run-now calls, with which idempotency tokens). Headers are never
// recorded, and secret form fields are masked.

import type { FaultKind } from "./scenario.js";

export interface LoggedRequest {
  seq: number;
  /** Emulated time the request arrived. */
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** HTTP status, or "reset" when the connection was dropped. */
  status: number | "reset";
  fault?: FaultKind;
  body?: unknown;
}

const SECRET_FIELDS = new Set(["client_secret", "subject_token", "assertion", "access_token", "token", "password", "string_value", "bytes_value"]);

export function redactBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(redactBody);
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "***" : redactBody(v)]));
  }
  return body;
}

/** Larger bodies are logged by size only, so a test that sends megabytes does not keep them. */
const MAX_LOGGED_BODY = 64 * 1024;

/** A request body as the log keeps it: parsed, secrets masked, big ones by size. */
export function loggableBody(text: string, isForm: boolean): unknown {
  if (text.length > MAX_LOGGED_BODY) return `(${text.length} bytes)`;
  if (isForm) return redactBody(Object.fromEntries(new URLSearchParams(text)));
  try {
    return redactBody(JSON.parse(text));
  } catch {
    return "(unparseable)";
  }
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  add(entry: Omit<LoggedRequest, "seq">): LoggedRequest {
    const e = { seq: this.entries.length + 1, ...entry };
    this.entries.push(e);
    return e;
  }

  /** Requests to a path (any API version), e.g. `calls("jobs/run-now")`. */
  calls(pathSuffix: string, method?: string): LoggedRequest[] {
    return this.entries.filter((e) => e.path.endsWith(pathSuffix) && (!method || e.method === method));
  }

  clear(): void {
    this.entries.length = 0;
  }
}
