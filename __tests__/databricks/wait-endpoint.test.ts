// The endpoint waiter's pace and verdicts, through the real client (HTTP, parsing,
// schedule) against a scripted endpoint on a manual clock: the scripted GET answers
// with the state the endpoint is in at the clock's current time.

import { describe, it, expect } from "vitest";
import { createDatabricksClient } from "../../src/databricks/client.js";
import { waitForEndpoint } from "../../src/databricks/wait-endpoint.js";
import { baselineOf } from "../../src/databricks/endpoint-baseline.js";
import { ServingEndpointDetailed } from "../../src/databricks/serving-schemas.js";
import { manualClock } from "../emulator/harness.js";

const MODEL = "main.agents.churn";
const MIN = 60_000;

type Entity = { version: string; deployment: string; message: string };
interface Snapshot {
  update: "IN_PROGRESS" | "NOT_UPDATING" | "UPDATE_FAILED";
  configVersion: number;
  served: Entity;
  pending?: Entity;
  lastUpdated: number;
}

function endpoint(s: Snapshot): Record<string, unknown> {
  const entity = (e: Entity): Record<string, unknown> => ({
    name: `churn-${e.version}`,
    entity_name: MODEL,
    entity_version: e.version,
    state: { deployment: e.deployment, deployment_state_message: e.message },
  });
  return {
    name: "churn",
    last_updated_timestamp: s.lastUpdated,
    state: { ready: s.served.deployment === "DEPLOYMENT_READY" ? "READY" : "NOT_READY", config_update: s.update },
    config: { config_version: s.configVersion, served_entities: [entity(s.served)] },
    ...(s.pending ? { pending_config: { config_version: s.configVersion + 1, served_entities: [entity(s.pending)] } } : {}),
  };
}

const OLD: Entity = { version: "1", deployment: "DEPLOYMENT_READY", message: "" };
const BUILDING: Entity = { version: "2", deployment: "DEPLOYMENT_CREATING", message: "Creating container image" };
const STARTING: Entity = { version: "2", deployment: "DEPLOYMENT_CREATING", message: "Starting serving container" };
const NEW: Entity = { version: "2", deployment: "DEPLOYMENT_READY", message: "" };

// requestTimeoutMs: Infinity, or the manual clock's timeout timer would advance time a minute per request.
/** A client whose GET serving-endpoints/churn answers `at(elapsed ms)`; records when each poll happened. */
function scripted(at: (elapsedMs: number) => Snapshot) {
  const clock = manualClock();
  const t0 = clock.now();
  const polls: number[] = [];
  const fetchImpl = async (): Promise<Response> => {
    polls.push(clock.now() - t0);
    return new Response(JSON.stringify(endpoint(at(clock.now() - t0))), { status: 200, headers: { "content-type": "application/json" } });
  };
  const client = createDatabricksClient({ host: "https://dbc.example.com", auth: { type: "pat", token: "dapi-test" }, clock, fetch: fetchImpl as typeof fetch, retry: { requestTimeoutMs: Infinity } });
  return { client, clock, t0, polls };
}

const expectV2 = { expect: [{ entityName: MODEL, entityVersion: "2" }] };

/** An update: image build for `buildMs`, container start for `startMs`, then READY on config version 2. */
function update(buildMs: number, startMs: number): (t: number) => Snapshot {
  return (t) => {
    if (t < buildMs) return { update: "IN_PROGRESS", configVersion: 1, served: OLD, pending: BUILDING, lastUpdated: 0 };
    if (t < buildMs + startMs) return { update: "IN_PROGRESS", configVersion: 1, served: OLD, pending: STARTING, lastUpdated: 0 };
    return { update: "NOT_UPDATING", configVersion: 2, served: NEW, lastUpdated: buildMs + startMs };
  };
}

const gaps = (polls: number[], from: number, to: number): number[] =>
  polls.slice(1).flatMap((p, i) => (polls[i]! >= from && p <= to ? [p - polls[i]!] : []));

describe("waitForEndpoint pace", () => {
  it("polls within 3 s through a 10-minute container start and gives its verdict within 3 s of READY", async () => {
    const build = 9 * MIN;
    const start = 10 * MIN - 5_000; // longer than the old fixed 5-minute fast window
    const { client, polls } = scripted(update(build, start));
    const r = await waitForEndpoint(client, "churn", expectV2);
    expect(r.outcome).toBe("success");
    expect(r.elapsedMs - (build + start)).toBeLessThanOrEqual(3_000);
    // From the first poll that saw the start (at most a minute after the build) to the verdict: every gap ≤ 3 s.
    const sawStart = polls.find((p) => p >= build)!;
    expect(sawStart - build).toBeLessThanOrEqual(60_000);
    const startGaps = gaps(polls, sawStart, build + start + 3_000);
    expect(startGaps.length).toBeGreaterThan(150);
    expect(Math.max(...startGaps)).toBeLessThanOrEqual(3_000);
  });

  it("polls a start past 10 minutes at the SDK loop's 10 s, so its verdict is no later than the SDK would see it", async () => {
    const build = 9 * MIN;
    const start = 16 * MIN;
    const { client, polls } = scripted(update(build, start));
    const r = await waitForEndpoint(client, "churn", expectV2);
    expect(r.outcome).toBe("success");
    expect(r.elapsedMs - (build + start)).toBeLessThanOrEqual(10_000);
    const sawStart = polls.find((p) => p >= build)!;
    const late = gaps(polls, sawStart + 10 * MIN, build + start + 10_000);
    expect(Math.max(...late)).toBeLessThanOrEqual(10_000);
    expect(Math.max(...late)).toBeGreaterThan(3_000);
  });

  it("backs off toward a minute while the image builds", async () => {
    const build = 30 * MIN;
    // The update appears after the first poll: a change, which alone would keep polls fast for 10 minutes.
    const settledOld: Snapshot = { update: "NOT_UPDATING", configVersion: 1, served: OLD, lastUpdated: 0 };
    const { client, polls } = scripted((t) => (t < 2_000 ? settledOld : update(build, 2 * MIN)(t)));
    const r = await waitForEndpoint(client, "churn", expectV2);
    expect(r.outcome).toBe("success");
    const buildGaps = gaps(polls, 0, build);
    expect(Math.max(...buildGaps)).toBeGreaterThan(50_000);
    // A 30-minute build costs a few dozen calls, not one every 3 s (600).
    expect(buildGaps.length).toBeLessThan(45);
  });

  it("bounds the calls of a start that never ends (a stuck readiness probe): 10 s polls after its first 10 minutes", async () => {
    const build = 5 * MIN;
    const { client, polls } = scripted(update(build, 60 * MIN));
    const r = await waitForEndpoint(client, "churn", { ...expectV2, timeoutMs: 45 * MIN });
    expect(r.outcome).toBe("timeout");
    const late = gaps(polls, build + 11 * MIN, 45 * MIN);
    expect(Math.min(...late.slice(3, -3))).toBeGreaterThan(8_000);
    // 40 minutes of start: ~200 polls in the first 10 minutes, ~180 after; at 3 s throughout it would be ~800.
    expect(polls.length).toBeLessThan(420);
  });
});

describe("waitForEndpoint verdict on a settled endpoint serving the old version", () => {
  const before = { update: "NOT_UPDATING", configVersion: 1, served: OLD, lastUpdated: 0 } as const;

  it("says rolled back when the endpoint changed since the baseline though no poll saw the update", async () => {
    // The update started and rolled back during the job run: every poll sees the old config, version 1.
    const { client, polls } = scripted(() => ({ ...before, lastUpdated: 5 * MIN }));
    const r = await waitForEndpoint(client, "churn", { ...expectV2, baseline: baselineOf(ServingEndpointDetailed.parse(endpoint(before))) });
    expect(r.outcome).toBe("failed");
    expect(r.message).toMatch(/expected version 2, served 1 \(the update started and was rolled back; config version 1 is serving\)/);
    expect(polls).toHaveLength(1); // no grace wait: the comparison already tells
  });

  it("says rolled back when config_version moved but the old entities serve", async () => {
    const { client } = scripted(() => ({ ...before, configVersion: 2 }));
    const r = await waitForEndpoint(client, "churn", { ...expectV2, baseline: baselineOf(ServingEndpointDetailed.parse(endpoint(before))) });
    expect(r.message).toContain("the update started and was rolled back; config version 2 is serving");
  });

  it("says no update started only after the grace period, when nothing moved", async () => {
    const { client, polls } = scripted(() => before);
    const r = await waitForEndpoint(client, "churn", { ...expectV2, baseline: baselineOf(ServingEndpointDetailed.parse(endpoint(before))) });
    expect(r.outcome).toBe("failed");
    expect(r.message).toContain("no update to it started; config version 1 is serving");
    expect(polls.at(-1)).toBeGreaterThanOrEqual(60_000);
  });

  it("says rolled back when a poll saw the update in progress, even without a baseline", async () => {
    const { client } = scripted((t) => (t < 10_000 ? { update: "IN_PROGRESS", configVersion: 1, served: OLD, pending: STARTING, lastUpdated: 0 } : before));
    const r = await waitForEndpoint(client, "churn", expectV2);
    expect(r.message).toContain("rolled back");
  });

  it("succeeds on version 2 served (the comparison does not turn a landed update into a failure)", async () => {
    const { client } = scripted(() => ({ update: "NOT_UPDATING", configVersion: 2, served: NEW, lastUpdated: 5 * MIN }));
    const r = await waitForEndpoint(client, "churn", { ...expectV2, baseline: baselineOf(ServingEndpointDetailed.parse(endpoint(before))) });
    expect(r.outcome).toBe("success");
  });
});
