// The one async phase of `lint --online`: each distinct question is asked once
// (cached for the run), at most 8 at a time, before any rule runs. Rules then
// read the answers synchronously from `ctx.workspace`.

import { DatabricksApiError } from "../../databricks/errors.js";
import type { ReadAnswer, WorkspaceReader } from "../../databricks/workspace-read.js";
import { questionKey, type Question } from "./questions.js";

/** The workspace failed (a 5xx, after the client's retries): this question cannot be answered now; others still can. */
export type Unavailable = { state: "unavailable"; message: string };

export type Answer = ReadAnswer | { state: "ambiguous"; message: string } | Unavailable;

export interface WorkspaceView {
  /** The workspace URL, for messages. */
  host: string;
  /** Every question with what the workspace answered. */
  checks: readonly { question: Question; answer: Answer }[];
  /** The workspace's serving endpoints (the live catalog); undefined when the list was refused. */
  endpointNames: ReadonlySet<string> | undefined;
}

export const ONLINE_CONCURRENCY = 8;

export async function askWorkspace(questions: readonly Question[], reader: WorkspaceReader, concurrency = ONLINE_CONCURRENCY): Promise<WorkspaceView> {
  const endpointList = questions.some((q) => q.kind === "serving_endpoint") ? await orUnavailable(() => reader.endpointNames()) : { names: [] };
  const endpointNames = "names" in endpointList ? new Set(endpointList.names) : undefined;

  // One request per distinct object: a secret scope once for all its keys, each name once however often it is written.
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, ask());
    return cache.get(key) as Promise<T>;
  };
  const answerOf = async (q: Question): Promise<Answer> => {
    switch (q.kind) {
      case "serving_endpoint":
        if ("names" in endpointList) {
          return endpointNames?.has(q.name) ? { state: "found" } : { state: "missing", message: `not among the workspace's ${endpointList.names.length} serving endpoints` };
        }
        return endpointList;
      case "model_version":
        return once(questionKey(q), () => orUnavailable(() => reader.modelVersion(q.name, q.part ?? "")));
      case "vector_search_index":
        return once(questionKey(q), () => orUnavailable(() => reader.vectorSearchIndex(q.name)));
      case "function":
        return once(questionKey(q), () => orUnavailable(() => reader.function(q.name)));
      case "genie_space":
        return once(questionKey(q), () => orUnavailable(() => reader.genieSpace(q.name)));
      case "sql_warehouse":
        return once(questionKey(q), () => orUnavailable(() => reader.sqlWarehouse(q.name)));
      case "secret": {
        const scope = await once(`scope\u0000${q.name}`, () => orUnavailable(() => reader.secretKeys(q.name)));
        if (!("keys" in scope)) return scope;
        return scope.keys.includes(q.part ?? "") ? { state: "found" } : { state: "missing", message: `scope "${q.name}" has no key "${q.part}"` };
      }
      case "job": {
        const job = await once(questionKey(q), () => orUnavailable(() => reader.job(q.name)));
        if (!("ids" in job)) return job;
        if (job.ids.length === 1) return { state: "found" };
        if (job.ids.length === 0) return { state: "missing", message: `no job is named "${q.name}"` };
        return { state: "ambiguous", message: `${job.ids.length} jobs are named "${q.name}" (ids ${job.ids.join(", ")})` };
      }
    }
  };

  const checks: { question: Question; answer: Answer }[] = new Array(questions.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < questions.length) {
      const i = next++;
      checks[i] = { question: questions[i]!, answer: await answerOf(questions[i]!) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, questions.length) }, worker));
  return { host: reader.host, checks, endpointNames };
}

/**
 * A server error becomes this question's answer instead of ending the run: the
 * offline findings and the other answers still stand. Anything else (bad
 * credentials, an unreachable host, a 4xx the reader does not read) still throws.
 * The message is the status, error code and the server's message: no headers, no token.
 */
async function orUnavailable<T>(ask: () => Promise<T>): Promise<T | Unavailable> {
  try {
    return await ask();
  } catch (err) {
    if (!(err instanceof DatabricksApiError) || err.status < 500) throw err;
    const code = err.errorCode === undefined ? "" : ` ${String(err.errorCode)}`;
    const tries = err.attempts > 1 ? ` (after ${err.attempts} attempts)` : "";
    return { state: "unavailable", message: `HTTP ${err.status}${code}: ${err.apiMessage}${tries}` };
  }
}
