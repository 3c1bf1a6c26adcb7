// The last step of a deploy: one query with model.input_example. Not retried on
// ambiguous failures (the client's rule for invocations): an agent may act on it.

import { DatabricksNetworkError, type DatabricksClient } from "../databricks/index.js";

/** Codes that do point at the host setting, even after a READY answer. */
const HOST_FAULTS = new Set(["ENOTFOUND", "EAI_AGAIN", "BAD_PORT"]);

export async function smokeQuery(client: DatabricksClient, name: string, example: unknown): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await client.serving.query(name, example);
    const shape = res.output ? `${res.output.length} output item(s)` : res.predictions !== undefined ? "predictions" : res.choices ? `${res.choices.length} choice(s)` : "a response";
    return { ok: true, detail: `answered with ${shape}: ${truncate(JSON.stringify(res), 200)}` };
  } catch (err) {
    // The endpoint just answered READY on this host: a dropped query is not a wrong host.
    if (err instanceof DatabricksNetworkError && err.code !== undefined && !HOST_FAULTS.has(err.code)) {
      return { ok: false, detail: client.redact(`the query's connection failed (${err.causeText}) although the endpoint is READY on this host: the serving container or a proxy dropped it, and it may or may not have run`) };
    }
    return { ok: false, detail: client.redact(err instanceof Error ? err.message : String(err)) };
  }
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
