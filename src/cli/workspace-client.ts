// The CLI's workspace client: host and credentials found the way the Databricks
// CLI finds them (flags, DATABRICKS_* variables, a ~/.databrickscfg profile).
import { clockFor } from "../deploy/time-scale.js";
import { createDatabricksClient, type DatabricksClient } from "../databricks/index.js";
import { resolveWorkspace } from "../databricks/unified-auth.js";
import type { WorkspaceFlags } from "./workspace-args.js";
import type { Env } from "./terminal.js";

export interface WorkspaceIO {
  env: Env;
  /** Progress and diagnostics: stderr, so stdout stays the command's result. */
  progress: (line: string) => void;
}

export function workspaceClient(flags: WorkspaceFlags, io: WorkspaceIO): DatabricksClient {
  const ws = resolveWorkspace({ ...(flags.host ? { host: flags.host } : {}), ...(flags.profile ? { profile: flags.profile } : {}) }, { env: io.env });
  return createDatabricksClient({ host: ws.host, auth: ws.auth, env: io.env, clock: clockFor(io.env, ws.host), log: io.progress });
}
