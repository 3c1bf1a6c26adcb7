// A request that got no HTTP answer: which network failure it was (reset, timeout,
// refused, unresolvable), in words a person can act on, and whether a retry may
// help (§3.3): a request that never arrived is always safe to repeat; one that may
// have been processed only when the caller says so; a wrong host never is.

import { DatabricksNetworkError } from "./errors.js";

const NEVER_ARRIVED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "BAD_PORT"]);
const UNRESOLVABLE = new Set(["ENOTFOUND", "EAI_AGAIN"]);
/** fetch refuses some ports outright (6000, 10080, ...): a wrong host setting, never worth a retry. */
const NOT_RETRIED = new Set([...UNRESOLVABLE, "BAD_PORT"]);

const NETWORK_TEXT: Record<string, (host: string) => string> = {
  ECONNREFUSED: (h) => `connection refused by ${h} (ECONNREFUSED)`,
  ECONNRESET: (h) => `connection reset by ${h} (ECONNRESET)`,
  ETIMEDOUT: (h) => `no answer from ${h} in time (ETIMEDOUT)`,
  BAD_PORT: (h) => `the port of ${h} is one fetch refuses to use (bad port)`,
  ENOTFOUND: (h) => `cannot resolve host ${h} (ENOTFOUND)`,
  EAI_AGAIN: (h) => `cannot resolve host ${h} (EAI_AGAIN)`,
};

export interface NetworkFailure {
  error: DatabricksNetworkError;
  retryable: boolean;
  code: string;
}

/** `cause` is what fetch threw; `timedOut` when our own per-attempt timer aborted it. */
export function networkFailure(cause: unknown, timedOut: boolean, request: { method: string; pathOnly: string; url: string; idempotent: boolean }): NetworkFailure {
  const code = networkCode(cause, timedOut);
  const host = new URL(request.url).host;
  const error = new DatabricksNetworkError(request.method, request.pathOnly, NETWORK_TEXT[code]?.(host) ?? `network error ${code}`, code);
  // DNS failures and refused ports are a wrong host far more often than a blip: do not spend the budget on them.
  const retryable = !NOT_RETRIED.has(code) && (NEVER_ARRIVED.has(code) || request.idempotent);
  return { error, retryable, code };
}

function networkCode(cause: unknown, timedOut: boolean): string {
  if (timedOut) return "ETIMEDOUT";
  let c: unknown = cause;
  for (let i = 0; i < 4 && c && typeof c === "object"; i++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === "string") return code === "UND_ERR_SOCKET" ? "ECONNRESET" : code;
    // Happy-eyeballs connects fail with an AggregateError: its parts carry the code.
    const parts = (c as { errors?: unknown }).errors;
    if (Array.isArray(parts) && parts.length > 0) {
      c = parts[0];
      continue;
    }
    if ((c as { message?: unknown }).message === "bad port") return "BAD_PORT";
    c = (c as { cause?: unknown }).cause;
  }
  // Unknown: say so rather than guess a reset (which would blame the server).
  return "ENETWORK";
}
