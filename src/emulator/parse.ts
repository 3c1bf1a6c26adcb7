// Request bodies are read with the client's own schemas; a wrong type answers
// like the real service: 400 MALFORMED_REQUEST "Could not parse request object: …".

import type { z } from "zod";
import { ReplyError, apiError } from "./respond.js";

export function parseBody<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "(root)";
  throw new ReplyError(apiError(400, "MALFORMED_REQUEST", `Could not parse request object: ${issue?.message ?? "invalid"} for field ${field}`));
}
