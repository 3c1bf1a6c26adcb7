// serving.yaml → what plan and deploy need, parsed with zod. The lint step has
// already reported shape problems with positions; here a file that cannot be
// deployed is a plain error naming the file and the field.

import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { ExpectedEntity } from "../databricks/index.js";
import { UserError } from "../errors.js";
import type { SourceFile } from "../lint/facts/source.js";
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

export const endpointSchema = z.looseObject({
  name: z.string().min(1),
  served_entities: z.array(ServedEntity).optional(),
  traffic_config: z.looseObject({ routes: z.array(Route).optional() }).optional(),
  tags: z.array(z.looseObject({ key: z.string(), value: Scalar.transform(String).optional() })).optional(),
  ai_gateway: z.record(z.string(), z.unknown()).optional(),
  route_optimized: z.boolean().optional(),
});
export type EndpointSpec = z.infer<typeof endpointSchema>;

const Deploy = z.looseObject({
  mode: z.enum(["job", "direct"]).optional(),
  job: z.union([z.string().min(1), z.number().int()]).optional(),
  parameters: z.record(z.string(), Scalar.transform(String)).optional(),
  timeout: z.union([z.string(), z.number()]).optional(),
});

const ServingYaml = z.looseObject({
  endpoint: endpointSchema,
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
  let doc: unknown;
  try {
    doc = parse(source.text);
  } catch (err) {
    throw new UserError(`${source.path}: not valid YAML (${err instanceof Error ? err.message : String(err)}); see the lint findings above`);
  }
  const parsed = ServingYaml.safeParse(doc);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UserError(`${source.path}: cannot plan or deploy: ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}; fix the lint findings first`);
  }
  const { endpoint, model, deploy } = parsed.data;
  return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
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
