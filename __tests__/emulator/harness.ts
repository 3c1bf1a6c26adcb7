// Shared set-up for tests that run the client against the emulator.

import { startEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";
import { createDatabricksClient, type ClientOptions, type DatabricksClient } from "../../src/databricks/index.js";
import type { Clock } from "../../src/databricks/clock.js";

/** Emulated time runs 1000x: a 15-minute deployment takes under a second. */
export const SPEED = 1000;

/** Phase durations in the order of a real deployment (~15 min emulated). */
export const TEST_PHASES = { pendingMs: 20_000, jobRunMs: 60_000, buildMs: 600_000, startMs: 240_000, cancelDelayMs: 5_000 };

export async function withEmulator<T>(options: EmulatorOptions, fn: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = await startEmulator({ speed: SPEED, ...options, scenario: { ...options.scenario, defaults: { ...TEST_PHASES, ...options.scenario?.defaults } } });
  try {
    return await fn(emu);
  } finally {
    await emu.close();
  }
}

/** Client on the emulator's own clock; retry limits scaled up so a GC pause is not a timeout. */
export function clientFor(emu: Emulator, options: ClientOptions = {}): DatabricksClient & { lines: string[] } {
  const lines: string[] = [];
  const client = createDatabricksClient({
    host: emu.url,
    auth: { type: "pat", token: emu.token },
    clock: emu.clock,
    retry: { requestTimeoutMs: 600_000, budgetMs: 3_600_000 },
    log: (l) => lines.push(l),
    ...options,
  });
  return Object.assign(client, { lines });
}

export const DEPLOY_PARAMS = (model: string, version: string, endpoint: string) => [
  { name: "model_name", default: model },
  { name: "version", default: version },
  { name: "endpoint_name", default: endpoint },
];

/** Creates a deployment job the way a team would (python task taking job parameters). */
export async function createDeployJob(client: DatabricksClient, name: string, model: string, endpoint: string): Promise<number> {
  return client.jobs.create({
    name,
    tasks: [{ task_key: "deploy", spark_python_task: { python_file: "/Workspace/deploy.py" } }],
    parameters: DEPLOY_PARAMS(model, "1", endpoint),
  });
}

/** A clock whose sleeps return at once and advance time: for unit tests of retry/poll logic. */
export function manualClock(start = 1_700_000_000_000): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => 0.5,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}
