// Answers in the workspace's formats: JSON bodies, `{"error_code","message"}`
// errors (numeric error_code for gateway auth failures, §3.1).

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function ok(body: unknown = {}): Reply {
  return { status: 200, body };
}

export function apiError(status: number, errorCode: string | number, message: string, headers?: Record<string, string>): Reply {
  return { status, body: { error_code: errorCode, message }, ...(headers ? { headers } : {}) };
}

export const invalidParam = (message: string): Reply => apiError(400, "INVALID_PARAMETER_VALUE", message);
export const notFound = (message: string): Reply => apiError(404, "RESOURCE_DOES_NOT_EXIST", message);

/** Thrown by handlers to answer with an error from deep inside. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(typeof reply.body === "object" && reply.body && "message" in reply.body ? String(reply.body.message) : `HTTP ${reply.status}`);
  }
}
