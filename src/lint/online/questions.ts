// What `lint --online` asks the workspace, gathered once from the facts: every
// literal name the repository writes for an endpoint, served model version,
// vector search index, UC function, Genie space, SQL warehouse, secret and deploy
// job. Each question keeps where it was written, so a rule reports there.
// Names with a `${...}` variable or other template are unknown until deploy: not asked.

import type { LintFacts } from "../facts/lint-facts.js";
import type { Located } from "../types.js";
import { get, getMap, isMap, str, type LNode } from "../yaml/located.js";
import { ENDPOINT_NAME_CHARS, LITELLM_PREFIX } from "../fm-names.js";

export type QuestionKind =
  | "serving_endpoint" | "model_version" | "vector_search_index" | "function" | "genie_space" | "sql_warehouse" | "secret" | "job";

export interface Question {
  kind: QuestionKind;
  /** The name asked: `catalog.schema.model` + version, `scope` + key, a job name or id... */
  name: string;
  /** Model version or secret key. */
  part?: string;
  /** The literal a user would change. */
  at: Located<string>;
  /** For messages: "model.resources.functions", "ChatDatabricks(endpoint=...)". */
  via: string;
}

/** What each kind is called, and the permission a 403 means is missing (Databricks docs' privilege names). */
export const KIND_INFO: Record<QuestionKind, { label: string; permission: string }> = {
  serving_endpoint: { label: "serving endpoint", permission: "CAN VIEW on the serving endpoints (to list them)" },
  model_version: { label: "model version", permission: "EXECUTE on the registered model, with USE CATALOG and USE SCHEMA" },
  vector_search_index: { label: "vector search index", permission: "SELECT on the index, with USE CATALOG and USE SCHEMA" },
  function: { label: "Unity Catalog function", permission: "EXECUTE on the function, with USE CATALOG and USE SCHEMA" },
  genie_space: { label: "Genie space", permission: "CAN VIEW on the Genie space" },
  sql_warehouse: { label: "SQL warehouse", permission: "CAN USE on the SQL warehouse" },
  secret: { label: "secret", permission: "READ on the secret scope" },
  job: { label: "job", permission: "CAN VIEW on the job" },
};

const RESOURCE_KINDS = new Set<QuestionKind>(["vector_search_index", "function", "genie_space", "sql_warehouse"]);
const SECRET_REF = /^\{\{secrets\/([A-Za-z0-9_.@-]+)\/([A-Za-z0-9_.@-]+)\}\}$/;
const TEMPLATE = /\$\{|\{\{(?!secrets\/)/;

export function questionKey(q: Pick<Question, "kind" | "name" | "part">): string {
  return `${q.kind}\u0000${q.name}\u0000${q.part ?? ""}`;
}

export function gatherQuestions(facts: LintFacts): Question[] {
  const out: Question[] = [];
  const add = (q: Question): void => {
    if (!TEMPLATE.test(q.at.value)) out.push(q);
  };
  endpoints(facts, add);
  for (const ep of facts.endpoints) {
    for (const e of ep.servedEntities) {
      const model = e.entityName;
      const version = e.entityVersion;
      if (!e.externalModel && model && version && model.value.split(".").length === 3 && !model.value.startsWith("system.") && /^\d+$/.test(version.value)) {
        add({ kind: "model_version", name: model.value, part: version.value, at: version, via: `served entity "${model.value}"` });
      }
      for (const { value } of getMap(e.node, "environment_vars")?.entries ?? []) secret(value, "environment_vars", add);
      if (e.externalModel) for (const n of scalarsUnder(e.externalModel)) secret(n, "external_model", add);
    }
  }
  resources(facts, add);
  for (const s of facts.servingFiles) {
    const job = str(get(s.deploy, "job"));
    if (job && str(get(s.deploy, "mode"))?.value !== "direct") add({ kind: "job", name: job.value, at: job, via: "deploy.job" });
  }
  return out;
}

function endpoints(facts: LintFacts, add: (q: Question) => void): void {
  // An endpoint the repository itself deploys may not exist yet: never asked.
  const own = new Set(facts.endpoints.map((ep) => str(ep.name)?.value).filter((n): n is string => n !== undefined));
  for (const ref of facts.endpointRefs ?? []) {
    if (ref.form !== "endpoint") continue;
    const name = ref.name.value.startsWith(LITELLM_PREFIX) ? ref.name.value.slice(LITELLM_PREFIX.length) : ref.name.value;
    if (!ENDPOINT_NAME_CHARS.test(name) || own.has(name)) continue;
    add({ kind: "serving_endpoint", name, at: ref.name, via: ref.context });
  }
}

function resources(facts: LintFacts, add: (q: Question) => void): void {
  const python = facts.python;
  if (!python) return;
  const refs = [...[...python.uses.values()].flatMap((u) => u.uses), ...python.models.flatMap((m) => m.declared.flatMap((d) => d.refs))];
  for (const r of refs) {
    const kind = r.kind as QuestionKind;
    if (RESOURCE_KINDS.has(kind) && r.name) add({ kind, name: r.name.value, at: r.name, via: r.via });
  }
}

function secret(node: LNode, via: string, add: (q: Question) => void): void {
  const v = str(node);
  const m = v && SECRET_REF.exec(v.value);
  if (v && m) add({ kind: "secret", name: m[1]!, part: m[2]!, at: v, via });
}

function scalarsUnder(node: LNode): LNode[] {
  if (isMap(node)) return node.entries.flatMap((e) => scalarsUnder(e.value));
  if (node.kind === "seq") return node.items.flatMap(scalarsUnder);
  return [node];
}
