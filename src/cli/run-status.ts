// `status <endpoint>` and `wait <endpoint>`: what the workspace says about one
// endpoint now, or once its update settles.
import { endpointUrl, waitForEndpoint, type EndpointChange, type ServingEndpointDetailed } from "../databricks/index.js";
import { formatDuration } from "../deploy/duration.js";
import type { WorkspaceCommand } from "./workspace-args.js";
import { workspaceClient, type WorkspaceIO } from "./workspace-client.js";

export interface StatusIO extends WorkspaceIO {
  stdout: (s: string) => void;
  signal?: AbortSignal;
}

/** Exit codes of the workspace commands (workspace-args.ts documents them). */
// triggered: a deploy started without waiting (the action's `wait: false`; the CLI always waits).
export const EXIT = { success: 0, triggered: 0, failed: 1, cancelled: 1, timeout: 3, unknown: 3 } as const;

export async function runStatus(cmd: Extract<WorkspaceCommand, { command: "status" }>, io: StatusIO): Promise<number> {
  const client = workspaceClient(cmd.flags, io);
  const endpoint = await client.serving.get(cmd.endpoint);
  const view = endpointView(endpoint, endpointUrl(client.host, endpoint.name));
  io.stdout(cmd.flags.format === "json" ? `${JSON.stringify(view, null, 2)}\n` : statusText(view));
  return 0;
}

export async function runWait(cmd: Extract<WorkspaceCommand, { command: "wait" }>, io: StatusIO): Promise<number> {
  const client = workspaceClient(cmd.flags, io);
  const onChange = (c: EndpointChange): void => io.progress(changeLine(c));
  const result = await waitForEndpoint(client, cmd.endpoint, {
    ...(cmd.expect.length ? { expect: cmd.expect } : {}),
    ...(cmd.timeoutMs ? { timeoutMs: cmd.timeoutMs } : {}),
    ...(io.signal ? { signal: io.signal } : {}),
    onChange,
  });
  const view = result.endpoint ? endpointView(result.endpoint, result.endpointUrl) : undefined;
  if (cmd.flags.format === "json") {
    io.stdout(`${JSON.stringify({ outcome: result.outcome, message: client.redact(result.message), elapsedMs: result.elapsedMs, endpoint: view }, null, 2)}\n`);
  } else {
    io.stdout(`${cmd.endpoint}: ${result.outcome}: ${client.redact(result.message)} (${formatDuration(result.elapsedMs)})\n`);
    for (const e of result.failedEntities) io.stdout(`  ${e.name ?? "?"}: ${e.deployment ?? "?"}${e.message ? `: ${e.message}` : ""}\n`);
  }
  return EXIT[result.outcome];
}

function changeLine(c: EndpointChange): string {
  const pending = c.pendingEntities.map((e) => `${e.name ?? e.entityName ?? "?"} ${e.deployment ?? ""}`.trim()).join(", ");
  return `[${formatDuration(c.elapsedMs)}] ${c.endpoint}: ${c.ready ?? "?"}, ${c.configUpdate ?? "?"}${pending ? `; updating: ${pending}` : ""}`;
}

interface EntityView {
  name: string | undefined;
  entity: string | undefined;
  version: string | undefined;
  deployment: string | undefined;
  message: string | undefined;
  /** Only the names: values may hold what should have been a secret reference. */
  environmentVars: string[];
}

interface EndpointView {
  name: string;
  url: string;
  ready: string | undefined;
  configUpdate: string | undefined;
  configVersion: number | undefined;
  served: EntityView[];
  traffic: { name: string; percent: number }[];
  pending: { configVersion: number | undefined; served: EntityView[] } | undefined;
}

function entities(list: ServingEndpointDetailed["config"] | undefined): EntityView[] {
  return (list?.served_entities ?? []).map((e) => ({
    name: e.name,
    entity: e.entity_name ?? e.external_model?.name,
    version: e.entity_version,
    deployment: e.state?.deployment,
    message: e.state?.deployment_state_message,
    environmentVars: Object.keys(e.environment_vars ?? {}),
  }));
}

function endpointView(e: ServingEndpointDetailed, url: string): EndpointView {
  return {
    name: e.name,
    url,
    ready: e.state?.ready,
    configUpdate: e.state?.config_update,
    configVersion: e.config?.config_version,
    served: entities(e.config),
    traffic: (e.config?.traffic_config?.routes ?? []).map((r) => ({ name: r.served_entity_name ?? r.served_model_name ?? "?", percent: r.traffic_percentage })),
    pending: e.pending_config ? { configVersion: e.pending_config.config_version, served: entities(e.pending_config) } : undefined,
  };
}

function statusText(v: EndpointView): string {
  const out = [`${v.name}: ${v.ready ?? "?"}, ${v.configUpdate ?? "?"}${v.configVersion === undefined ? "" : `, config version ${v.configVersion}`}`, `  ${v.url}`];
  const row = (e: EntityView): string => `    ${e.name ?? "?"}  ${e.entity ?? "?"}${e.version ? ` v${e.version}` : ""}  ${e.deployment ?? "?"}${e.message ? `: ${e.message}` : ""}`;
  if (v.served.length) out.push("  served:", ...v.served.map(row));
  if (v.traffic.length) out.push(`  traffic: ${v.traffic.map((t) => `${t.name} ${t.percent}%`).join(", ")}`);
  if (v.pending) out.push(`  pending config${v.pending.configVersion === undefined ? "" : ` version ${v.pending.configVersion}`}:`, ...v.pending.served.map(row));
  return `${out.join("\n")}\n`;
}
