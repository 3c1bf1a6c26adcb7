// `plan`: what a deploy would change on each live endpoint. Read-only.
import { planEndpoint, type Plan } from "../deploy/plan.js";
import { planLines } from "../deploy/plan-render.js";
import type { WorkspaceCommand } from "./workspace-args.js";
import { servingFiles } from "./serving-files.js";
import { workspaceClient } from "./workspace-client.js";
import type { StatusIO } from "./run-status.js";

export interface PlanIO extends StatusIO {
  cwd: string;
  today: string;
}

export async function runPlan(cmd: Extract<WorkspaceCommand, { command: "plan" }>, io: PlanIO): Promise<number> {
  const { specs } = await servingFiles(io.cwd, cmd.paths, io.today);
  const client = workspaceClient(cmd.flags, io);
  const plans: { file: string; plan: Plan }[] = [];
  for (const spec of specs) plans.push({ file: spec.file, plan: planEndpoint(spec.endpoint, await client.serving.find(spec.endpoint.name)) });
  if (cmd.flags.format === "json") io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
  else for (const p of plans) io.stdout(`${p.file}: ${planLines(p.plan).join("\n")}\n`);
  return 0;
}
