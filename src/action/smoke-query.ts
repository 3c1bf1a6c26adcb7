// The last step of a deploy: one query with model.input_example. Not retried on
// ambiguous failures (the client's rule for invocations): an agent may act on it.

import type { DatabricksClient } from "../databricks/index.js";

export async function smokeQuery(client: DatabricksClient, name: string, example: unknown): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await client.serving.query(name, example);
    const shape = res.output ? `${res.output.length} output item(s)` : res.predictions !== undefined ? "predictions" : res.choices ? `${res.choices.length} choice(s)` : "a response";
    return { ok: true, detail: `answered with ${shape}: ${truncate(JSON.stringify(res), 200)}` };
  } catch (err) {
    return { ok: false, detail: client.redact(err instanceof Error ? err.message : String(err)) };
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
