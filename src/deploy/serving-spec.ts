// serving.yaml → what plan and deploy need, checked into types (shape.ts). The
// document is read by the linter's own YAML loader (merge keys, anchors, duplicate
// keys and alias limits handled alike), so what deploys is what was linted. The
// lint step has already reported problems; here a file that cannot be deployed is
// a plain error naming the file, the position and the field.

import path from "node:path";
import type { ExpectedEntity } from "../databricks/index.js";
import { UserError } from "../errors.js";
import type { SourceFile } from "../lint/facts/source.js";
import type { Span } from "../lint/types.js";
import { toPlain, type LNode } from "../lint/yaml/located.js";
import { parseYaml } from "../lint/yaml/parse-yaml.js";
import { array, boolean, checkShape, either, integer, looseObject, nonEmptyString, number, oneOf, optional, record, scalarText, string, unknown, type Infer } from "../shape.js";
import { parseDuration } from "./duration.js";

const ServedEntity = looseObject({
  name: optional(string),
  entity_name: optional(string),
  entity_version: optional(scalarText),
  workload_size: optional(string),
  workload_type: optional(string),
  scale_to_zero_enabled: optional(boolean),
  external_model: optional(looseObject({ name: optional(string), provider: optional(string) })),
});

const Route = looseObject({
  served_entity_name: optional(string),
  served_model_name: optional(string),
  traffic_percentage: number,
});

export const endpointSchema = looseObject({
  name: nonEmptyString,
  served_entities: optional(array(ServedEntity)),
  traffic_config: optional(looseObject({ routes: optional(array(Route)) })),
  tags: optional(array(looseObject({ key: string, value: optional(scalarText) }))),
  ai_gateway: optional(record(unknown)),
  route_optimized: optional(boolean),
});
export type EndpointSpec = Infer<typeof endpointSchema>;

const Deploy = looseObject({
  mode: optional(oneOf(["job", "direct"])),
  job: optional(either(nonEmptyString, integer)),
  parameters: optional(record(scalarText)),
  timeout: optional(either(string, number)),
});

const ServingYaml = looseObject({
  endpoint: endpointSchema,
  model: optional(looseObject({ input_example: optional(unknown) })),
  deploy: optional(Deploy),
});

export type DeploySpec =
  | { mode: "job"; job: string | number; parameters: Record<string, string>; timeoutMs: number | undefined }
  | { mode: "direct"; timeoutMs: number | undefined };

export interface ServingSpec {
  /** Workspace-relative path, for messages. */
  file: string;
  endpoint: EndpointSpec;
  inputExample: unknown;
  deploy: DeploySpec | undefined;
}

export function readServingSpec(source: SourceFile): ServingSpec {
  const { root, problems } = parseYaml(source.path, source.lines);
  const problem = problems[0];
  if (problem) throw new UserError(`${where(problem.span)}: not valid YAML (${problem.message}); see the lint findings above`);
  const parsed = checkShape(ServingYaml, root ? plain(root) : null);
  if (!parsed.ok) {
    const at = root && parsed.path !== "(root)" ? deepest(root, parsed.path.split(".")) : undefined;
    throw new UserError(`${at ? where(at.span) : source.path}: cannot plan or deploy: ${parsed.path}: ${parsed.problem}; fix the lint findings first`);
  }
  const { endpoint, model, deploy } = parsed.value;
  return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}

function where(span: Span): string {
  return `${span.file}:${span.line}:${span.column}`;
}

/** A node the loader left unknown cannot be deployed. */
function plain(root: LNode): unknown {
  return toPlain(root, (node) => {
    throw new UserError(`${where(node.span)}: cannot plan or deploy: this value cannot be read (an alias with no anchor before it, or a YAML node with no plain value)`);
  });
}

/** The node at `keys`, or the deepest one on the way there (where a missing field would go). */
function deepest(root: LNode, keys: readonly PropertyKey[]): LNode {
  let node = root;
  for (const k of keys) {
    const next = node.kind === "map" ? node.entries.find((e) => e.key.value === String(k))?.value
      : node.kind === "seq" && /^\d+$/.test(String(k)) ? node.items[Number(k)] : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

function deploySpec(file: string, endpoint: EndpointSpec, d: Infer<typeof Deploy>): DeploySpec {
  let timeoutMs: number | undefined;
  if (d.timeout !== undefined) {
    timeoutMs = parseDuration(d.timeout);
    if (timeoutMs === undefined) throw new UserError(`${file}: deploy.timeout "${d.timeout}" is not a duration (e.g. 45m)`);
  }
  if (d.mode === "direct") return { mode: "direct", timeoutMs };
  if (d.job === undefined) throw new UserError(`${file}: deploy needs \`job\` (a job name or id) or \`mode: direct\``);
  return { mode: "job", job: d.job, parameters: d.parameters ?? defaultJobParameters(endpoint), timeoutMs };
}

/** What an `agents.deploy` job takes, when serving.yaml names no parameters: the single served model. */
function defaultJobParameters(endpoint: EndpointSpec): Record<string, string> {
  const models = (endpoint.served_entities ?? []).filter((e) => e.entity_name && e.entity_version);
  const only = models.length === 1 ? models[0] : undefined;
  return only ? { model_name: only.entity_name!, version: only.entity_version!, endpoint_name: endpoint.name } : { endpoint_name: endpoint.name };
}

/** The versions that must be served once the deploy lands. */
export function expectedEntities(spec: ServingSpec): ExpectedEntity[] {
  const fromEndpoint = (spec.endpoint.served_entities ?? [])
    .filter((e) => e.entity_name && e.entity_version && !e.external_model)
    .map((e) => ({ entityName: e.entity_name!, entityVersion: e.entity_version! }));
  if (fromEndpoint.length) return fromEndpoint;
  const p = spec.deploy?.mode === "job" ? spec.deploy.parameters : undefined;
  return p?.model_name && p.version ? [{ entityName: p.model_name, entityVersion: p.version }] : [];
}

/** Files that belong to an endpoint, for attributing lint findings to its comment. */
export function belongsTo(servingFile: string, file: string): boolean {
  const dir = path.posix.dirname(servingFile);
  return file === servingFile || dir === "." || file.startsWith(`${dir}/`);
}
