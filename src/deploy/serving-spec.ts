// serving.yaml → what plan and deploy need, parsed with zod. The document is
// read by the linter's own YAML loader (merge keys, anchors, duplicate keys and
// alias limits handled alike), so what deploys is what was linted. The lint
// step has already reported problems; here a file that cannot be deployed is a
// plain error naming the file, the position and the field.

import path from "node:path";
import { z } from "zod";
import type { ExpectedEntity } from "../databricks/index.js";
import { UserError } from "../errors.js";
import type { SourceFile } from "../lint/facts/source.js";
import type { Span } from "../lint/types.js";
import type { LNode } from "../lint/yaml/located.js";
import { parseYaml } from "../lint/yaml/parse-yaml.js";
import { parseDuration } from "./duration.js";

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

const ServedEntity = z.looseObject({
  name: z.string().optional(),
  entity_name: z.string().optional(),
  entity_version: Scalar.transform(String).optional(),
  workload_size: z.string().optional(),
  workload_type: z.string().optional(),
  scale_to_zero_enabled: z.boolean().optional(),
  external_model: z.looseObject({ name: z.string().optional(), provider: z.string().optional() }).optional(),
});

const Route = z.looseObject({
  served_entity_name: z.string().optional(),
  served_model_name: z.string().optional(),
  traffic_percentage: z.number(),
});

const Endpoint = z.looseObject({
  name: z.string().min(1),
  served_entities: z.array(ServedEntity).optional(),
  traffic_config: z.looseObject({ routes: z.array(Route).optional() }).optional(),
  tags: z.array(z.looseObject({ key: z.string(), value: Scalar.transform(String).optional() })).optional(),
  ai_gateway: z.record(z.string(), z.unknown()).optional(),
});
export type EndpointSpec = z.infer<typeof Endpoint>;

const Deploy = z.looseObject({
  mode: z.enum(["job", "direct"]).optional(),
  job: z.union([z.string().min(1), z.number().int()]).optional(),
  parameters: z.record(z.string(), Scalar.transform(String)).optional(),
  timeout: z.union([z.string(), z.number()]).optional(),
});

const ServingYaml = z.looseObject({
  endpoint: Endpoint,
  model: z.looseObject({ input_example: z.unknown().optional() }).optional(),
  deploy: Deploy.optional(),
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
  const parsed = ServingYaml.safeParse(root ? plain(root) : null);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const at = root && i ? deepest(root, i.path) : undefined;
    throw new UserError(`${at ? where(at.span) : source.path}: cannot plan or deploy: ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}; fix the lint findings first`);
  }
  const { endpoint, model, deploy } = parsed.data;
  return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}

function where(span: Span): string {
  return `${span.file}:${span.line}:${span.column}`;
}

/** The located tree as plain data, merge keys applied. A node the loader left unknown cannot be deployed. */
function plain(node: LNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(plain);
    case "map":
      return Object.fromEntries(node.entries.map((e) => [e.key.value, plain(e.value)]));
    case "unknown":
      throw new UserError(`${where(node.span)}: cannot plan or deploy: this value cannot be read (an alias with no anchor before it, or a YAML node with no plain value)`);
  }
}

/** The node at `keys`, or the deepest one on the way there (where a missing field would go). */
function deepest(root: LNode, keys: readonly PropertyKey[]): LNode {
  let node = root;
  for (const k of keys) {
    const next = node.kind === "map" ? node.entries.find((e) => e.key.value === String(k))?.value
      : node.kind === "seq" && typeof k === "number" ? node.items[k] : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

function deploySpec(file: string, endpoint: EndpointSpec, d: z.infer<typeof Deploy>): DeploySpec {
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
