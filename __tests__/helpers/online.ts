// An emulated workspace for the online rules: a seed of what exists, an emulator
// holding it, and the reader `lint --online` would use against it.

import { startEmulator, type Emulator } from "../../src/emulator/index.js";
import type { Faults, WorkspaceSeed } from "../../src/emulator/scenario.js";
import { createDatabricksClient } from "../../src/databricks/index.js";
import { WorkspaceReader } from "../../src/databricks/workspace-read.js";
import { z } from "zod";

const AnyBody = z.unknown();

export interface OnlineSetup {
  workspace?: WorkspaceSeed;
  /** Serving endpoints that exist (created without a config). */
  endpoints?: string[];
  /** Jobs that exist, by name (a name twice makes it ambiguous). */
  jobs?: string[];
  /** Faults the workspace meets once it is set up (e.g. a 500 on one API). */
  faults?: Partial<Faults>;
}

export async function withWorkspace<T>(setup: OnlineSetup, fn: (reader: WorkspaceReader, emu: Emulator) => Promise<T>): Promise<T> {
  const emu = await startEmulator({ scenario: { ...(setup.workspace ? { workspace: setup.workspace } : {}), jobs: (setup.jobs ?? []).map((name) => ({ name })) } });
  try {
    const client = createDatabricksClient({ host: emu.url, auth: { type: "pat", token: emu.token } });
    for (const name of setup.endpoints ?? []) await client.http.request({ method: "POST", path: "/api/2.0/serving-endpoints", json: { name }, schema: AnyBody, idempotent: false });
    if (setup.faults) emu.setScenario({ faults: setup.faults });
    return await fn(new WorkspaceReader(client.http), emu);
  } finally {
    await emu.close();
  }
}
