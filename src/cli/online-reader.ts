// `lint --online`: the workspace reader, from unified auth (flags, environment,
// ~/.databrickscfg). Loaded on demand, so an offline lint never loads the client.

import { createDatabricksClient } from "../databricks/client.js";
import type { Env } from "../databricks/auth.js";
import { resolveWorkspace } from "../databricks/unified-auth.js";
import { WorkspaceReader } from "../databricks/workspace-read.js";

export function onlineReader(flags: { host?: string; profile?: string }, env: Env, stderr: (s: string) => void): WorkspaceReader {
  const ws = resolveWorkspace(flags, { env });
  const client = createDatabricksClient({ host: ws.host, auth: ws.auth, log: (line) => stderr(`serving-ci: ${line}\n`) });
  stderr(`serving-ci: --online: asking ${client.host} (${ws.auth.type}, from ${ws.source})\n`);
  return new WorkspaceReader(client.http);
}
