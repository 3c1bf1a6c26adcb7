// What the emulated workspace does: phase durations, outcomes, faults, auth.
// A scenario comes from a JSON file (`--scenario`), the library options, or
// `PUT /_emulator/scenario`; everything is optional and merged over defaults.
// Durations are in emulated milliseconds; the speed factor maps them to real time.

import { readFile } from "node:fs/promises";
import { z } from "zod";
import { UserError } from "../errors.js";
import { parsePathPattern } from "./path-patterns.js";

const Failure = z.object({
  /** One line, as `runs/get-output` reports it in `error`. */
  error: z.string(),
  traceback: z.string().optional(),
  logs: z.string().optional(),
});

export const Knobs = z.object({
  queueMs: z.number().nonnegative(),
  pendingMs: z.number().nonnegative(),
  /** RUNNING time of the deployment task until `agents.deploy` has started the endpoint update. */
  jobRunMs: z.number().nonnegative(),
  /** The job's task fails instead of deploying. */
  jobFailure: Failure.nullable(),
  buildMs: z.number().nonnegative(),
  /** After the image is built: container start and readiness checks. */
  startMs: z.number().nonnegative(),
  /**
   * ready: the update lands. build_failed: UPDATE_FAILED with a build log.
   * never_ready: stays IN_PROGRESS forever. rolled_back: settles NOT_UPDATING on the old config.
   */
  updateOutcome: z.enum(["ready", "build_failed", "never_ready", "rolled_back"]),
  buildFailureLog: z.string(),
  /** How long runs/cancel takes to end a run (cancel is asynchronous). */
  cancelDelayMs: z.number().nonnegative(),
  /** Endpoint `task`; default: agent/v1/responses when the model name contains "agent", else none. */
  task: z.string().nullable(),
});
export type Knobs = z.infer<typeof Knobs>;

export const FAULT_KINDS = ["429", "429-retry-after", "503", "reset", "reset-after", "slow", "500"] as const;
/** What a client may retry, the default mix; a 500 (not retried) is only met when a scenario names it. */
const RETRYABLE_FAULTS = FAULT_KINDS.filter((k) => k !== "500");
export type FaultKind = (typeof FAULT_KINDS)[number];

export const Faults = z.object({
  /** Probability that a request meets a fault. */
  rate: z.number().min(0).max(1),
  seed: z.number().int(),
  kinds: z.array(z.enum(FAULT_KINDS)).min(1),
  retryAfterSeconds: z.number().nonnegative(),
  /** Extra latency of a "slow" answer, emulated ms. */
  slowMs: z.number().nonnegative(),
  /** Only paths matching one of these patterns meet faults (see path-patterns.ts; no regular expressions). */
  paths: z.array(
    z.string().superRefine((text, ctx) => {
      const parsed = parsePathPattern(text);
      if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
    }),
  ),
  /** Stop after this many faults (null: no limit), e.g. "the next 2 requests get 429". */
  maxFaults: z.number().int().nonnegative().nullable(),
});
export type Faults = z.infer<typeof Faults>;

export const AuthSettings = z.object({
  /** Service principals allowed for OAuth M2M and (by client id) for GitHub OIDC federation. */
  clients: z.array(z.object({ clientId: z.string(), clientSecret: z.string() })),
  tokenTtlSeconds: z.number().positive(),
  /** The bearer the fake GitHub ID-token URL expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  githubRequestToken: z.string(),
  /** Federation policy audience; default: this workspace's token endpoint URL (the SDK default). */
  audience: z.string().nullable(),
  /** Federation policy subject; null accepts any `repo:` subject. */
  subject: z.string().nullable(),
  /** The `sub` claim the fake GitHub issues. */
  githubSubject: z.string(),
});
export type AuthSettings = z.infer<typeof AuthSettings>;

export const DENIABLE_KINDS = [
  "model", "function", "vector_search_endpoint", "vector_search_index", "sql_warehouse", "genie_space", "secret_scope",
] as const;

/** Workspace objects that exist at start (or are added by PUT /_emulator/scenario); the create APIs add more. */
export const WorkspaceSeed = z.object({
  modelVersions: z.array(
    z.object({ model: z.string(), version: z.number().int().positive(), status: z.enum(["READY", "PENDING_REGISTRATION", "FAILED_REGISTRATION"]).optional() }),
  ),
  functions: z.array(z.string()),
  vectorSearchIndexes: z.array(z.object({ name: z.string(), endpoint: z.string().optional() })),
  warehouses: z.array(z.object({ id: z.string(), name: z.string() })),
  genieSpaces: z.array(z.object({ id: z.string(), title: z.string().optional(), warehouseId: z.string() })),
  secretScopes: z.array(z.object({ name: z.string(), keys: z.array(z.string()) })),
  /** The caller gets 403 PERMISSION_DENIED on these, whether they exist or not. */
  denied: z.array(z.object({ kind: z.enum(DENIABLE_KINDS), name: z.string() })),
}).partial();
export type WorkspaceSeed = z.infer<typeof WorkspaceSeed>;

export const ScenarioFile = z.object({
  defaults: Knobs.partial().optional(),
  /** Per endpoint name, over the defaults. */
  endpoints: z.record(z.string(), Knobs.partial()).optional(),
  faults: Faults.partial().optional(),
  auth: AuthSettings.partial().optional(),
  /** Jobs to create at start (job settings, as for jobs/create). */
  jobs: z.array(z.looseObject({ name: z.string() })).optional(),
  workspace: WorkspaceSeed.optional(),
});
export type ScenarioInput = z.infer<typeof ScenarioFile>;

export interface Scenario {
  defaults: Knobs;
  endpoints: Record<string, Partial<Knobs>>;
  faults: Faults;
  auth: AuthSettings;
  jobs: Record<string, unknown>[];
  /** Denials accumulate over scenario updates, like the objects themselves. */
  denied: NonNullable<WorkspaceSeed["denied"]>;
}

/** Out of the box a deployment takes ~10 s, so a person can watch the phases. */
export const DEFAULT_KNOBS: Knobs = {
  queueMs: 0,
  pendingMs: 1_000,
  jobRunMs: 3_000,
  jobFailure: null,
  buildMs: 4_000,
  startMs: 2_000,
  updateOutcome: "ready",
  buildFailureLog: [
    "Collecting mlflow==3.1.3",
    "Collecting databricks-agents>=1.2.0",
    "ERROR: Could not find a version that satisfies the requirement langchain-databricks==9.9.9 (from versions: 0.1.0, 0.1.1)",
    "ERROR: No matching distribution found for langchain-databricks==9.9.9",
    "Container image build failed.",
  ].join("\n"),
  cancelDelayMs: 1_000,
  task: null,
};

/** Phase durations close to a real agent deployment (~15 min), for benchmarks. */
export const REALISTIC_KNOBS: Partial<Knobs> = {
  queueMs: 0,
  pendingMs: 30_000,
  jobRunMs: 90_000,
  buildMs: 540_000,
  startMs: 180_000,
  cancelDelayMs: 5_000,
};

export const DEFAULT_TOKEN = "dapi-emulator-token";

const DEFAULT_FAULTS: Faults = {
  rate: 0,
  seed: 1,
  kinds: RETRYABLE_FAULTS,
  retryAfterSeconds: 2,
  slowMs: 3_000,
  paths: ["/api/**", "/serving-endpoints/**", "/oidc/v1/token"],
  maxFaults: null,
};

const DEFAULT_AUTH: AuthSettings = {
  clients: [{ clientId: "emulator-sp", clientSecret: "emulator-sp-secret" }],
  tokenTtlSeconds: 3_600,
  githubRequestToken: "emulator-github-request-token",
  audience: null,
  subject: null,
  githubSubject: "repo:example/agents:environment:prod",
};

export function buildScenario(input: ScenarioInput = {}, base?: Scenario): Scenario {
  const b = base ?? { defaults: DEFAULT_KNOBS, endpoints: {}, faults: DEFAULT_FAULTS, auth: DEFAULT_AUTH, jobs: [], denied: [] };
  return {
    defaults: { ...b.defaults, ...input.defaults },
    endpoints: { ...b.endpoints, ...input.endpoints },
    faults: { ...b.faults, ...input.faults },
    auth: { ...b.auth, ...input.auth },
    jobs: [...b.jobs, ...(input.jobs ?? [])],
    denied: [...b.denied, ...(input.workspace?.denied ?? [])],
  };
}

export function knobsFor(s: Scenario, endpoint: string): Knobs {
  return { ...s.defaults, ...s.endpoints[endpoint] };
}

export function parseScenario(json: unknown, origin: string): ScenarioInput {
  const parsed = ScenarioFile.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UserError(`${origin}: invalid scenario at ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}`);
  }
  return parsed.data;
}

export async function loadScenarioFile(path: string): Promise<ScenarioInput> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UserError(`cannot read scenario ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UserError(`scenario ${path} is not JSON: ${(err as Error).message}`);
  }
  return parseScenario(json, path);
}
