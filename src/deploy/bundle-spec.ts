// A Databricks Asset Bundle's serving endpoints (resources.model_serving_endpoints)
// as the specs plan needs, so they get a plan and a comment like serving.yaml's.
// Only what is certain from the files: an endpoint whose fields use bundle
// variables (${...}) or that a target overrides is planned by no one but the
// bundle CLI (it resolves and merges per target), so its plan is skipped with
// that reason. Deploying a bundle is `databricks bundle deploy`'s job, not ours.

import type { SourceFile } from "../lint/facts/source.js";
import { toPlain } from "../lint/yaml/located.js";
import { parseYaml } from "../lint/yaml/parse-yaml.js";
import { checkShape } from "../shape.js";
import { endpointSchema, type ServingSpec } from "./serving-spec.js";

export interface BundleEndpoint {
  spec: ServingSpec;
  /** Why no plan can be made from the files alone. */
  planBlocked: string | undefined;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function endpointsIn(resources: unknown): Plain {
  const block = isPlain(resources) ? resources.model_serving_endpoints : undefined;
  return isPlain(block) ? block : {};
}

/** The linter's own reading of the file (merge keys, anchors), so what is planned is what was linted. */
function parsed(source: SourceFile): Plain | undefined {
  const { root, problems } = parseYaml(source.path, source.lines);
  if (problems.length || !root) return undefined; // the lint step reports the YAML error
  const doc = toPlain(root);
  return isPlain(doc) ? doc : undefined;
}

/** Every top-level bundle endpoint of these bundle files (databricks.yml and its includes). */
export function readBundleEndpoints(files: readonly SourceFile[]): BundleEndpoint[] {
  const docs = files.filter((f) => f.kind === "bundle" || f.kind === "bundle-include").map((f) => ({ source: f, doc: parsed(f) }));
  // Which target overrides which endpoint key, anywhere in the bundle.
  const overrides = new Map<string, string[]>();
  for (const { doc } of docs) {
    const targets = isPlain(doc?.targets) ? doc.targets : {};
    for (const [target, t] of Object.entries(targets)) {
      for (const key of Object.keys(endpointsIn(isPlain(t) ? t.resources : undefined))) overrides.set(key, [...(overrides.get(key) ?? []), target]);
    }
  }
  const out: BundleEndpoint[] = [];
  for (const { source, doc } of docs) {
    for (const [key, raw] of Object.entries(endpointsIn(doc?.resources))) {
      if (!isPlain(raw) || typeof raw.name !== "string" || raw.name === "") continue;
      const config = isPlain(raw.config) ? raw.config : {};
      const shape = checkShape(endpointSchema, { name: raw.name, served_entities: config.served_entities, traffic_config: config.traffic_config, tags: raw.tags, ai_gateway: raw.ai_gateway, route_optimized: raw.route_optimized });
      const endpoint = shape.ok ? shape.value : { name: raw.name };
      const by = overrides.get(key);
      const planBlocked = !shape.ok
        ? `resources.model_serving_endpoints.${key} cannot be read as an endpoint config; see the lint findings`
        : JSON.stringify(raw).includes("${")
          ? `resources.model_serving_endpoints.${key} uses bundle variables (\${…}), which only the bundle CLI resolves, per target`
          : by
            ? `targets ${by.join(", ")} override resources.model_serving_endpoints.${key}; the bundle CLI merges them per target`
            : undefined;
      out.push({ spec: { file: source.path, endpoint, inputExample: undefined, deploy: undefined }, planBlocked });
    }
  }
  return out;
}
