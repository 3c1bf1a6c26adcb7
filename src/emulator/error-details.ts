// `details` in error bodies (§3.1): ErrorInfo (reason = error_code) and
// RequestInfo (the request id, also in x-request-id). Choice: only the APIs
// whose errors we believe carry them (serving, Unity Catalog, vector search,
// Genie, SQL, secrets); the Jobs 2.x samples we hold have none, and the gateway's
// numeric-code 401/403 bodies have none either (the real 403 sample).

import type { Reply } from "./respond.js";

const DETAILED = ["/api/2.0/serving-endpoints", "/serving-endpoints/", "/api/2.1/unity-catalog/", "/api/2.0/vector-search/", "/api/2.0/genie/", "/api/2.0/sql/", "/api/2.0/secrets/"];

export function withErrorDetails(path: string, reply: Reply, requestId: string): unknown {
  const body = reply.body;
  if (reply.status < 400 || !body || typeof body !== "object" || "details" in body) return body;
  const code = (body as { error_code?: unknown }).error_code;
  if (typeof code !== "string" || !DETAILED.some((p) => path.startsWith(p))) return body;
  return {
    ...body,
    details: [
      { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: code, domain: "databricks.com", metadata: {} },
      { "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: requestId, serving_data: "" },
    ],
  };
}
