// Invocation answers in the model's shape (§1.12, §6): ResponsesAgent output for
// agents, OpenAI-style chat for chat endpoints, `predictions` for classic models.

import { randomBytes } from "node:crypto";

export function invocationAnswer(task: string | undefined, body: unknown): unknown {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const id = (prefix: string): string => `${prefix}_${randomBytes(8).toString("hex")}`;
  if (task === "agent/v1/responses" || Array.isArray(b.input)) {
    const input = Array.isArray(b.input) ? (b.input as { role?: string; content?: unknown }[]) : [];
    const last = [...input].reverse().find((m) => m.role === "user");
    const text = typeof last?.content === "string" ? last.content : "";
    return {
      object: "response",
      id: id("resp"),
      output: [{ type: "message", id: id("msg"), role: "assistant", content: [{ type: "output_text", text: `Echo: ${text}` }] }],
    };
  }
  if (task?.includes("chat") || Array.isArray(b.messages)) {
    return {
      id: id("chatcmpl"),
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: "Hello from the emulator." }, finish_reason: "stop" }],
      usage: { prompt_tokens: 1, completion_tokens: 5, total_tokens: 6 },
    };
  }
  const split = b.dataframe_split as { data?: unknown[] } | undefined;
  const rows = split?.data ?? (b.dataframe_records as unknown[] | undefined) ?? (b.instances as unknown[] | undefined) ?? (b.inputs as unknown[] | undefined);
  const n = Array.isArray(rows) ? rows.length : 1;
  return { predictions: Array.from({ length: n }, (_, i) => Math.round((0.5 + 0.1 * (i % 5)) * 100) / 100) };
}
