// Shared set-up for the action's black-box tests: a repository with
// serving.yaml files, GitHub event payloads, and an emulator with a deploy job.

import { startEmulator, type Emulator, type EmulatorOptions, type ScenarioInput } from "../../src/emulator/index.js";
import { tempProject, type TempProject } from "../helpers/project.js";

/** Emulated time runs 1000x in the emulator and in the action (SERVING_CI_EMULATOR_TIME_SCALE). */
export const SPEED = 1000;

export const PHASES = { pendingMs: 20_000, jobRunMs: 60_000, buildMs: 300_000, startMs: 120_000, cancelDelayMs: 5_000 };

export const JOB = "deploy-support-agent";
export const MODEL = "main.agents.support_agent";

export function servingYaml(o: { endpoint?: string; version?: string; traffic?: number; mode?: "job" | "direct"; timeout?: string } = {}): string {
  const endpoint = o.endpoint ?? "support-agent";
  const version = o.version ?? "7";
  const name = `support_agent-${version}`;
  return `version: 1
endpoint:
  name: ${endpoint}
  served_entities:
    - name: ${name}
      entity_name: ${MODEL}
      entity_version: "${version}"
      workload_size: Small
      scale_to_zero_enabled: true
  traffic_config:
    routes: [{served_entity_name: ${name}, traffic_percentage: ${o.traffic ?? 100}}]
  tags: [{key: team, value: support}]
model:
  input_example: {input: [{role: user, content: "Where is my order?"}]}
deploy:
${o.mode === "direct" ? "  mode: direct" : `  job: ${JOB}\n  parameters: {model_name: ${MODEL}, version: "${version}", endpoint_name: ${endpoint}}`}
  timeout: ${o.timeout ?? "45m"}
`;
}

export function project(files: Record<string, string>): TempProject {
  return tempProject(files);
}

export const HEAD_SHA = "1111111111111111111111111111111111111111";
export const MERGE_SHA = "2222222222222222222222222222222222222222";

export function prEvent(o: { number?: number; sha?: string; updatedAt?: string; fork?: boolean } = {}): unknown {
  const base = { full_name: "acme/agents", fork: false, default_branch: "main" };
  return {
    action: "synchronize",
    number: o.number ?? 7,
    pull_request: {
      number: o.number ?? 7,
      updated_at: o.updatedAt ?? "2026-11-20T10:00:00Z",
      head: { sha: o.sha ?? HEAD_SHA, ref: "feature", repo: o.fork ? { full_name: "mallory/agents", fork: true } : base },
      base: { ref: "main", repo: base },
    },
    repository: base,
  };
}

export function pushEvent(sha = MERGE_SHA): unknown {
  return {
    ref: "refs/heads/main",
    after: sha,
    head_commit: { id: sha, timestamp: "2026-11-20T11:00:00Z" },
    repository: { full_name: "acme/agents", default_branch: "main" },
  };
}

export async function emulatorWithJob(scenario: ScenarioInput = {}, options: Omit<EmulatorOptions, "scenario"> = {}): Promise<Emulator> {
  return startEmulator({
    speed: SPEED,
    ...options,
    scenario: {
      ...scenario,
      defaults: { ...PHASES, ...scenario.defaults },
      jobs: [
        {
          name: JOB,
          // One job deploys every test's endpoint, some at once: like a team's shared deploy job, it allows
          // concurrent runs (the emulator queues a second run of a default job, max_concurrent_runs 1).
          max_concurrent_runs: 100,
          tasks: [{ task_key: "deploy", spark_python_task: { python_file: "/Workspace/deploy.py" } }],
          parameters: [
            { name: "model_name", default: MODEL },
            { name: "version", default: "1" },
            { name: "endpoint_name", default: "support-agent" },
          ],
        },
        ...(scenario.jobs ?? []),
      ],
    },
  });
}

/** Env for an action run against the emulator with a PAT. */
export function emulatorEnv(_emu: Emulator): Record<string, string> {
  return { SERVING_CI_EMULATOR_TIME_SCALE: String(SPEED) };
}

export function patInputs(emu: Emulator): Record<string, string> {
  return { host: emu.url, token: emu.token };
}
