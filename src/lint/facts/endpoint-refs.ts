// Endpoint names written in YAML: served entities, model.resources, external
// models that proxy another serving endpoint, bundle apps' serving-endpoint resources,
// apps' env values (app-config.ts).
// Python adds its own refs.
import { get, getMap, getSeq, isMap, str } from "../yaml/located.js";
import type { EndpointFacts } from "./endpoint.js";
import type { EndpointRef } from "./endpoint-ref.js";
import type { LintFacts } from "./lint-facts.js";

const PT_FIELDS = ["min_provisioned_throughput", "max_provisioned_throughput", "provisioned_model_units"];

export function collectEndpointRefs(facts: LintFacts): EndpointRef[] {
  const refs: EndpointRef[] = [];
  for (const ep of facts.endpoints) refs.push(...servedEntityRefs(ep));
  for (const s of facts.servingFiles) {
    for (const item of getSeq(getMap(s.model, "resources"), "serving_endpoints")?.items ?? []) {
      const name = str(item);
      if (name) refs.push({ name, context: "model.resources.serving_endpoints", form: "endpoint", expectsBareName: true });
    }
  }
  for (const b of facts.bundleFiles) refs.push(...b.appEndpointRefs);
  for (const a of facts.appConfigs) refs.push(...a.endpointRefs);
  refs.push(...(facts.endpointRefs ?? []));
  return refs;
}

function servedEntityRefs(ep: EndpointFacts): EndpointRef[] {
  const refs: EndpointRef[] = [];
  for (const e of ep.servedEntities) {
    if (e.entityName?.value.startsWith("system.ai.")) {
      const provisioned = PT_FIELDS.some((f) => get(e.node, f) !== undefined);
      refs.push({ name: e.entityName, context: "served entity entity_name", form: "system-ai-entity", provisioned, expectsBareName: false });
    }
    const ext = e.externalModel;
    if (isMap(ext) && str(get(ext, "provider"))?.value === "databricks-model-serving") {
      const name = str(get(ext, "name"));
      if (name) refs.push({ name, context: "external_model.name", form: "endpoint", expectsBareName: true });
    }
  }
  return refs;
}
