// An answer's body, read at the edge: a success parsed into the caller's schema
// (an unreadable one is an error, not a crash), an error into a DatabricksApiError
// from any of the body shapes the SDKs accept (§3.1), with its Retry-After.

import type { z } from "zod";
import type { Redactor } from "./redact.js";
import { DatabricksApiError } from "./errors.js";
import { ErrorBody } from "./api-schema.js";

/** A 2xx body as `schema` types it. */
export function parseAnswer<T>(schema: z.ZodType<T>, text: string, status: number, method: string, path: string): T {
  let json: unknown = {};
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new DatabricksApiError({
        status,
        errorCode: undefined,
        message: `response is not JSON (${text.length} bytes)`,
        requestId: undefined,
        method,
        path,
      });
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatabricksApiError({
      status,
      errorCode: undefined,
      message: `unexpected response shape at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
      requestId: undefined,
      method,
      path,
    });
  }
  return parsed.data;
}

export function errorFromResponse(res: Response, text: string, method: string, path: string, redactor: Redactor): DatabricksApiError {
  const { code, message, requestId } = parseErrorText(text, res.headers.get("x-databricks-reason-phrase") ?? res.statusText);
  return new DatabricksApiError({
    status: res.status,
    errorCode: code,
    message: redactor.redact(message || `HTTP ${res.status}`),
    requestId: requestId ?? res.headers.get("x-request-id") ?? res.headers.get("x-databricks-request-id") ?? undefined,
    method,
    path,
    retryAfterSeconds: parseRetryAfter(res.headers.get("retry-after")),
  });
}

/** All the error body shapes the SDKs accept (§3.1). */
export function parseErrorText(
  text: string,
  fallback: string,
): { code: string | number | undefined; message: string; requestId: string | undefined } {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    try {
      const body = ErrorBody.safeParse(JSON.parse(trimmed));
      if (body.success) {
        const b = body.data;
        const requestId = b.details?.find((d) => d.request_id)?.request_id;
        const code = b.error_code ?? (b.error_description !== undefined ? b.error : undefined);
        const message = b.message ?? b.error_description ?? b.error ?? b.detail ?? fallback;
        return { code, message, requestId };
      }
    } catch {
      // fall through to the text forms
    }
  }
  const pre = /<pre>([\s\S]*?)<\/pre>/i.exec(trimmed);
  const plain = (pre?.[1] ?? (trimmed.startsWith("<") ? "" : trimmed)).trim();
  const coded = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(plain);
  if (coded) return { code: coded[1], message: coded[2] ?? "", requestId: undefined };
  return { code: undefined, message: plain.slice(0, 500) || fallback, requestId: undefined };
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  // An HTTP date is relative to the server's real clock; only trust it within a day.
  if (!Number.isNaN(date)) {
    const s = (date - Date.now()) / 1000;
    return s >= 0 && s < 86_400 ? s : undefined;
  }
  return undefined;
}
