// Task-aware payload validation (§1.12): an endpoint answers only the request
// shape its model takes. A ResponsesAgent wants `input`, a chat model `messages`,
// a classic model one of the dataframe / tensor fields; any other shape is refused
// with 400 BAD_REQUEST, as the model server's schema enforcement refuses it.
// Choice (unconfirmed wording): the message names the shape expected.

import { apiError, type Reply } from "./respond.js";

const CLASSIC_FIELDS = ["dataframe_split", "dataframe_records", "instances", "inputs"] as const;

export function payloadProblem(task: string | undefined, body: unknown): Reply | undefined {
  const b = (body && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const refuse = (want: string): Reply => apiError(400, "BAD_REQUEST", `Invalid request for this endpoint${task ? ` (task ${task})` : ""}: expected ${want}.`);
  if (task === "agent/v1/responses") return Array.isArray(b.input) ? undefined : refuse("a Responses request with an `input` list");
  if (task?.includes("chat")) return Array.isArray(b.messages) ? undefined : refuse("a chat request with a `messages` list");
  if (task !== undefined) return undefined; // embeddings, completions...: not checked
  return CLASSIC_FIELDS.some((f) => f in b) ? undefined : refuse(`one of ${CLASSIC_FIELDS.join(", ")} (a classic model takes no chat or Responses payload)`);
}
