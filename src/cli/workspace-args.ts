// argv → the commands that talk to a workspace: plan, deploy, status, wait.
// They share the auth flags (--host, --profile; the rest comes from the
// environment or ~/.databrickscfg, as the Databricks CLI reads them) and --format.
import { UserError } from "../errors.js";
import { parseDuration } from "../deploy/duration.js";
import type { ExpectedEntity } from "../databricks/index.js";
import { formatOptions, parseOptions, type OptionSpec } from "./options.js";

export interface WorkspaceFlags {
  host?: string;
  profile?: string;
  format: "text" | "json";
}

export type WorkspaceCommand =
  | { command: "plan"; paths: string[]; flags: WorkspaceFlags }
  | { command: "deploy"; paths: string[]; flags: WorkspaceFlags; timeoutMs?: number; attempt?: string }
  | { command: "status"; endpoint: string; flags: WorkspaceFlags }
  | { command: "wait"; endpoint: string; flags: WorkspaceFlags; timeoutMs?: number; expect: ExpectedEntity[] };

export const WORKSPACE_COMMANDS = ["plan", "deploy", "status", "wait"] as const;
export type WorkspaceCommandName = (typeof WORKSPACE_COMMANDS)[number];

const AUTH: OptionSpec[] = [
  { name: "host", value: "URL", help: "Workspace URL (default: DATABRICKS_HOST, then the profile's host)" },
  { name: "profile", value: "NAME", help: "Profile of ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE, then DEFAULT)" },
  { name: "format", short: "f", value: "NAME", help: "text (default) or json" },
  { name: "help", short: "h", help: "Show this help" },
];
const TIMEOUT: OptionSpec = { name: "timeout", value: "DURATION", help: "Stop waiting after this long (e.g. 45m; default: serving.yaml's deploy.timeout, else 45m)" };

const OPTIONS: Record<WorkspaceCommandName, readonly OptionSpec[]> = {
  plan: AUTH,
  deploy: [TIMEOUT, { name: "attempt", value: "ID", help: "Deployment attempt id: the same id never starts a second job run (default: new each time)" }, ...AUTH],
  status: AUTH,
  wait: [TIMEOUT, { name: "expect", value: "MODEL=VERSION,...", help: "Versions that must be served (default: any settled READY config)" }, ...AUTH],
};

const SYNOPSIS: Record<WorkspaceCommandName, string> = {
  plan: "plan [serving.yaml...]\n\nShows what a deploy would change on each live endpoint (served entities, traffic, tags).",
  deploy:
    "deploy [serving.yaml...]\n\nLints, then triggers the deployment job (or applies the config with deploy.mode: direct), waits for the job\n" +
    "and for the endpoint to serve the versions asked for, and smoke-queries it. Ctrl-C cancels the job run while it runs;\n" +
    "once the endpoint update has started nothing can stop it, and serving-ci says so.",
  status: "status <endpoint>\n\nThe endpoint's state, config version, served entities and traffic.",
  wait: "wait <endpoint>\n\nWaits until the endpoint's update settles: READY with every entity deployed, or failed.",
};

const EXIT = "Exit codes: 0 success, 1 failed or cancelled, 2 usage, config or auth error, 3 outcome unknown (timeout, unconfirmed cancel).";

export function workspaceUsage(name: WorkspaceCommandName): string {
  return `Usage: serving-ci ${SYNOPSIS[name]}\n\nOptions:\n${formatOptions(OPTIONS[name])}\n\n${EXIT}\n`;
}

export function parseWorkspaceCommand(name: WorkspaceCommandName, args: string[]): WorkspaceCommand | { command: "help"; text: string } {
  const { values, positionals } = parseOptions(args, OPTIONS[name], name);
  if (values.has("help")) return { command: "help", text: workspaceUsage(name) };
  const str = (key: string): string | undefined => {
    const v = values.get(key);
    return typeof v === "string" ? v : undefined;
  };
  const format = str("format") ?? "text";
  if (format !== "text" && format !== "json") throw new UserError(`unknown format "${format}" for ${name} (expected text or json)`);
  const flags: WorkspaceFlags = { format, ...(str("host") ? { host: str("host")! } : {}), ...(str("profile") ? { profile: str("profile")! } : {}) };
  const timeoutMs = timeout(str("timeout"));
  switch (name) {
    case "plan":
      return { command: "plan", paths: positionals, flags };
    case "deploy": {
      const attempt = str("attempt");
      return { command: "deploy", paths: positionals, flags, ...(timeoutMs ? { timeoutMs } : {}), ...(attempt ? { attempt } : {}) };
    }
    case "status":
    case "wait": {
      if (positionals.length !== 1) throw new UserError(`${name} takes one endpoint name, got ${positionals.length}\n\n${workspaceUsage(name)}`);
      const endpoint = positionals[0]!;
      if (name === "status") return { command: "status", endpoint, flags };
      return { command: "wait", endpoint, flags, ...(timeoutMs ? { timeoutMs } : {}), expect: expected(str("expect")) };
    }
  }
}

function timeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) throw new UserError(`--timeout takes a duration such as 30s, 45m or 1h, got "${text}"`);
  return ms;
}

function expected(text: string | undefined): ExpectedEntity[] {
  if (text === undefined) return [];
  return text.split(",").map((pair) => {
    const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(pair);
    if (!m) throw new UserError(`--expect takes MODEL=VERSION pairs separated by commas (main.agents.bot=7), got "${pair}"`);
    return { entityName: m[1]!, entityVersion: m[2]! };
  });
}
