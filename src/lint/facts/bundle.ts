// Databricks Asset Bundles: databricks.yml and the files it includes. Every
// resources.model_serving_endpoints.<key> (top level or under targets.<t>)
// becomes an EndpointFacts, linted like serving.yaml's endpoint. An app's
// resources.apps.<key>.resources[].serving_endpoint.name names an endpoint the app queries,
// and its `config` is an inline app.yaml (app-config.ts).
import bundleSchema from "../../../rules/data/bundle-schema.json" with { type: "json" };
import type { Located } from "../types.js";
import { get, getMap, getSeq, isMap, str, type LMap, type LNode } from "../yaml/located.js";
import { appEnvRefs } from "./app-config.js";
import type { EndpointRef } from "./endpoint-ref.js";
import { endpointFacts, type EndpointFacts } from "./endpoint.js";
import type { SourceFile } from "./source.js";

/** Resource types of the bundle schema (derived from databricks/cli bundle/schema/jsonschema.json). */
export const BUNDLE_RESOURCE_TYPES: readonly string[] = bundleSchema.resourceTypes;
/** resources.model_serving_endpoints.<key> as a JSON Schema, derived from the same file. */
export const BUNDLE_ENDPOINT_SCHEMA: unknown = bundleSchema.modelServingEndpoint;
const RESOURCE_TYPE_SET = new Set(BUNDLE_RESOURCE_TYPES);
/** A key of `resources:` the bundle schema knows (`jobs`, `model_serving_endpoints`, ...). */
export const isBundleResourceType = (key: string): boolean => RESOURCE_TYPE_SET.has(key);

export interface BundleFile {
  source: SourceFile;
  root: LNode | undefined;
  endpoints: EndpointFacts[];
  /** Keys under `resources` that are no bundle resource type (a misspelling hides the block from deploy). */
  unknownResourceTypes: Located<string>[];
  /** Serving endpoints apps bind as resources (the app's service principal is granted a permission on them). */
  appEndpointRefs: EndpointRef[];
}

export function bundleFileFacts(source: SourceFile, root: LNode | undefined): BundleFile {
  const facts: BundleFile = { source, root, endpoints: [], unknownResourceTypes: [], appEndpointRefs: [] };
  const resourceBlocks: { resources: LMap; target?: string }[] = [];
  const top = getMap(root, "resources");
  if (top) resourceBlocks.push({ resources: top });
  const targets = getMap(root, "targets");
  for (const t of targets?.entries ?? []) {
    const r = getMap(t.value, "resources");
    if (r) resourceBlocks.push({ resources: r, target: t.key.value });
  }
  for (const { resources, target } of resourceBlocks) {
    for (const e of resources.entries) {
      if (!isBundleResourceType(e.key.value)) {
        facts.unknownResourceTypes.push(e.key);
        continue;
      }
      if (e.key.value === "apps") facts.appEndpointRefs.push(...appEndpointRefs(e.value));
      if (e.key.value !== "model_serving_endpoints" || !isMap(e.value)) continue;
      for (const ep of e.value.entries) {
        if (!isMap(ep.value)) continue;
        const endpoint = endpointFacts(source.path, "bundle", ep.value, ep.key.value);
        if (target !== undefined) endpoint.target = target;
        facts.endpoints.push(endpoint);
      }
    }
  }
  return facts;
}

/** `apps.<key>.resources[].serving_endpoint.name` and `config.env[].value` of each app in a `resources.apps` block. */
function appEndpointRefs(apps: LNode): EndpointRef[] {
  const refs: EndpointRef[] = [];
  for (const app of isMap(apps) ? apps.entries : []) {
    for (const resource of getSeq(app.value, "resources")?.items ?? []) {
      const name = str(get(getMap(resource, "serving_endpoint"), "name"));
      if (name) refs.push({ name, context: "app resource serving_endpoint.name", form: "endpoint", expectsBareName: true });
    }
    refs.push(...appEnvRefs(get(app.value, "config")));
  }
  return refs;
}
