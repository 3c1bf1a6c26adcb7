import { defineRule, reportNaming, type Report } from "../src/lint/define-rule.js";
import type { EndpointFacts, ServedEntityFacts } from "../src/lint/facts/endpoint.js";
import { ENDPOINT_NAME_CHARS, FM_PREFIX } from "../src/lint/fm-names.js";
import { isPlaceholder } from "../src/lint/placeholder.js";
import { replaceInValue } from "../src/lint/scalar-edit.js";
import { containsVariable, entry, get, getMap, hasVariable, isPartial, maskVariables, num, str, type LMap } from "../src/lint/yaml/located.js";

const MAX_ENTITIES = 10;
const MAX_ENV_VARS = 30;
const MAX_ENDPOINT_NAME = 63;
const SIZES = ["Small", "Medium", "Large"];
const EXTERNAL_EXCLUSIVE = ["entity_name", "entity_version", "workload_size", "workload_type", "scale_to_zero_enabled"];
const CONCURRENCY = ["min_provisioned_concurrency", "max_provisioned_concurrency"];
// workload_size beside these is not judged: the API documents it only against provisioned concurrency (sweep).
const THROUGHPUT = ["min_provisioned_throughput", "max_provisioned_throughput"];

const messages = {
  badEndpointName: "endpoint name \"{name}\" may use only letters, digits, - and _",
  longEndpointName: "endpoint name \"{name}\" is {length} characters long; keep it to {max}",
  reservedEndpointName: "endpoint name \"{name}\" starts with \"databricks-\", which is reserved for Databricks-managed endpoints",
  badEntityName: "served entity name \"{name}\" may use only letters, digits, - and _",
  duplicateName: "served entity name \"{name}\" is used twice in this endpoint{how}",
  tooManyEntities: "endpoint serves {count} entities; at most {max} are allowed",
  bothLists: "endpoint has both served_entities and served_models; keep served_entities",
  missingVersion: "served entity \"{entity}\" has no entity_version; a registered model is served at a version",
  sizeAndConcurrency: "workload_size and {field} are alternatives; set one of them",
  minAboveMax: "{min} ({low}) is greater than {max} ({high})",
  sizeCase: "workload_size \"{value}\" is spelled \"{expected}\"",
  externalExclusive: "{field} cannot be combined with external_model",
  mixedTasks: "external model task \"{task}\" differs from \"{first}\"; all external models of an endpoint share one task",
  tooManyEnvVars: "served entity has {count} environment variables; at most {max} are allowed",
} as const;
type M = keyof typeof messages;

export default defineRule({
  id: "served-entities",
  defaultSeverity: "error",
  summary: "Endpoint and served-entity names, sizes and types are valid and not contradictory; unique names; at most 10 entities",
  fixable: "sometimes",
  messages,
  check(facts, _ctx, reportAt) {
    for (const ep of facts.endpoints) {
      const report = reportNaming(ep.sentBy, reportAt);
      checkEndpointName(ep, report);
      const config = ep.config;
      const both = entry(config, "served_entities") && entry(config, "served_models");
      if (both) report("bothLists", entry(config, "served_models")!.key);
      if (ep.servedEntities.length > MAX_ENTITIES) {
        report("tooManyEntities", ep.servedEntities[MAX_ENTITIES]!.node, { count: ep.servedEntities.length, max: MAX_ENTITIES });
      }
      checkUniqueNames(ep.servedEntities, report);
      let firstTask: { value: string } | undefined;
      for (const e of ep.servedEntities) {
        checkEntity(e, report);
        const task = str(get(e.externalModel, "task"));
        if (!task || hasVariable(get(e.externalModel, "task"))) continue;
        if (!firstTask) firstTask = task;
        else if (task.value !== firstTask.value) report("mixedTasks", task, { task: task.value, first: firstTask.value });
      }
    }
  },
});

/** The literal parts of a name that holds `${...}` must still be valid characters. */
function validNameChars(value: string): boolean {
  const literal = maskVariables(value);
  return literal === "" || ENDPOINT_NAME_CHARS.test(literal);
}

function checkEndpointName(ep: EndpointFacts, report: Report<M>): void {
  const name = str(ep.name);
  if (!name || isPlaceholder(name.value)) return;
  const variable = containsVariable(name.value);
  if (!validNameChars(name.value)) report("badEndpointName", name, { name: name.value });
  else if (!variable && name.value.length > MAX_ENDPOINT_NAME) {
    report("longEndpointName", name, { name: name.value, length: name.value.length, max: MAX_ENDPOINT_NAME }, { severity: "warning" });
  }
  if (name.value.toLowerCase().startsWith(FM_PREFIX)) report("reservedEndpointName", name, { name: name.value }, { severity: "warning" });
}

/**
 * Two entities clash when their names are certainly equal: two explicit names,
 * two omitted names of the same model version, or an explicit name equal to
 * the only default another entity can get. (The default of a UC model is
 * unconfirmed, so a name matching one of its two candidates proves nothing.)
 */
function checkUniqueNames(entities: readonly ServedEntityFacts[], report: Report<M>): void {
  const seen = new Map<string, "explicit" | "default">();
  for (const e of entities) {
    // Names are compared as written: the same text with the same ${...} resolves the same.
    if (e.name) {
      const prior = seen.get(e.name.value);
      if (prior) report("duplicateName", e.name, { name: e.name.value, how: prior === "default" ? " (an earlier entity gets it by default)" : "" });
      seen.set(e.name.value, "explicit");
    } else if (e.defaultNames.length > 0) {
      const key = e.defaultNames.join("\n");
      const certain = e.defaultNames.length === 1 ? e.defaultNames[0]! : undefined;
      const clash = seen.get(key) ?? (certain !== undefined && seen.get(certain) === "explicit" ? "explicit" : undefined);
      if (clash) {
        const at = e.entityName ?? str(get(e.externalModel, "name"));
        if (at) report("duplicateName", at, { name: certain ?? e.defaultNames[0]!, how: " (the default name, as name is omitted)" });
      }
      seen.set(key, "default");
      if (certain !== undefined && !seen.has(certain)) seen.set(certain, "default");
    }
  }
}

/**
 * A field that is certainly sent: not None/null (the SDK's as_dict skips None) and not a bundle
 * variable, which may resolve to "" or 0, fields the CLI's Go types leave out (omitempty).
 */
function sent(n: LMap, field: string): ReturnType<typeof entry> {
  const e = entry(n, field);
  if (!e || (e.value.kind === "scalar" && ((e.value.value === null && !e.value.enumMember) || (typeof e.value.value === "string" && containsVariable(e.value.value))))) return undefined;
  return e;
}

function checkEntity(e: ServedEntityFacts, report: Report<M>): void {
  const n = e.node;
  if (e.name && !isPlaceholder(e.name.value) && !validNameChars(e.name.value)) {
    report("badEntityName", e.name, { name: e.name.value });
  }
  const env = getMap(n, "environment_vars");
  if (env && env.entries.length > MAX_ENV_VARS) {
    report("tooManyEnvVars", entry(n, "environment_vars")!.key, { count: env.entries.length, max: MAX_ENV_VARS });
  }
  if (e.externalModel) {
    for (const field of EXTERNAL_EXCLUSIVE) {
      const k = sent(n, field)?.key;
      if (k) report("externalExclusive", k, { field });
    }
    return;
  }
  // entity_version: certain only for a workspace-registry model (no dots) and system.ai models;
  // catalog.schema.name may be a FEATURE_SPEC function, which has no version. A ${...} may
  // hold dots, so with one only a literal system.ai. prefix decides.
  if (!e.legacy && e.entityName && !e.entityVersion && get(n, "entity_version") === undefined && !isPartial(n)) {
    const v = e.entityName.value;
    const registryModel = !containsVariable(v) && !v.includes(".");
    if (registryModel || v.startsWith("system.ai.")) report("missingVersion", e.entityName, { entity: v });
  }
  const size = str(get(n, "workload_size"));
  if (size && !hasVariable(get(n, "workload_size"))) {
    const expected = SIZES.find((s) => s.toLowerCase() === size.value.toLowerCase());
    if (expected && expected !== size.value) {
      const edit = replaceInValue(size, expected);
      report("sizeCase", size, { value: size.value, expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
    }
  }
  if (sent(n, "workload_size")) {
    for (const field of CONCURRENCY) {
      const e = sent(n, field);
      if (e) report("sizeAndConcurrency", e.key, { field });
    }
  }
  for (const [min, max] of [CONCURRENCY, THROUGHPUT] as [string, string][]) {
    const low = num(get(n, min));
    const high = num(get(n, max));
    if (low && high && low.value > high.value) report("minAboveMax", low, { min, max, low: low.value, high: high.value });
  }
}
