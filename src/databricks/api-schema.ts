// How every Databricks body is read. Objects are loose: unknown fields are kept,
// never rejected, because the service adds fields without notice. Enums are "open":
// known values are typed, unknown ones still parse (a new state must not crash a
// deploy). Also the two bodies every API shares: the error body and the empty answer.

import { z } from "zod";

/** A string enum that also accepts values Databricks may add later. */
export function openEnum<const T extends readonly string[]>(_values: T): z.ZodType<T[number] | (string & {})> {
  return z.string() as z.ZodType<T[number] | (string & {})>;
}

/** Error bodies (§3.1), in all the shapes the SDKs accept. */

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

export const EmptyResponse = z.looseObject({});
