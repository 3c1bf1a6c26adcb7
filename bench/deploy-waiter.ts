// Waiter benchmark: over emulated deployments with realistic phase durations
// (job ~2 min, image build ~9 min, container start ~3 min, each varied ±30 %),
// how long after the endpoint became READY does the verdict arrive, and how many
// API calls did it take — serving-ci's waiters side by side with a loop that
// polls like the official SDKs (attempt n sleeps min(n, 10) s + U(0, 1) s; job
// waiter, then endpoint waiter until NOT_UPDATING). Both run at the same time
// against one emulator on one emulated clock, paired on identical scenarios.
// A second group has container starts spread over 7-13 minutes (GPU endpoints),
// the case a fixed fast-poll window used to miss.
// Target: verdict <= 3 s after READY for container starts up to 10 minutes (past
// that the waiter polls at the SDK loop's 10 s, so <= 10 s), and no more calls than the SDK loop in all.
//
// Run:  npm run bench:waiter
// Options (env): WAITER_DEPLOYMENTS (20), WAITER_LONG_STARTS (5), WAITER_SPEED (20), WAITER_SEED (3)
// On a loaded machine timers fire late, and at 20x each real millisecond late is 0.02 emulated seconds of
// verdict delay (seen: max 3.1-3.3 s at load average ~8, 2.8 s for the same code at WAITER_SPEED=10).

import { startEmulator, type Emulator } from "../src/emulator/server.js";
import { REALISTIC_KNOBS, type Knobs } from "../src/emulator/scenario.js";
import { seededRandom } from "../src/databricks/clock.js";
import { createDatabricksClient, type DatabricksClient } from "../src/databricks/client.js";
import { deploymentIdempotencyToken } from "../src/databricks/idempotency.js";
import { waitForRun } from "../src/databricks/wait-run.js";
import { waitForEndpoint } from "../src/databricks/wait-endpoint.js";

const LONG_START_MS = 600_000;

interface Sample {
  group: "realistic" | "long start";
  /** The scenario's container start. */
  startMs: number;
  delayMs: number;
  calls: number;
  outcome: string;
  phases: PhaseCalls;
}

/** Where a deployment's waiting calls went: the job run, the image build, the container start, and after READY. */
interface PhaseCalls {
  job: number;
  build: number;
  start: number;
  verdict: number;
}

/** Splits one deployment's calls by phase, from the emulator's request log and its event instants. */
function phaseCalls(emu: Emulator, endpoint: string, runId: number): PhaseCalls {
  const at = (type: string): number => emu.events.find((e) => e.type === type && e.endpoint === endpoint)?.at ?? Number.POSITIVE_INFINITY;
  const [built, ready] = [at("image_built"), at("endpoint_ready")];
  const out: PhaseCalls = { job: 0, build: 0, start: 0, verdict: 0 };
  for (const r of emu.log.entries) {
    if (r.path.endsWith("/jobs/runs/get") && r.query.run_id === String(runId)) out.job++;
    else if (r.method === "GET" && r.path.endsWith(`/serving-endpoints/${endpoint}`)) out[r.at < built ? "build" : r.at < ready ? "start" : "verdict"]++;
  }
  return out;
}

const MODEL = (ep: string): string => `main.agents.${ep.replace(/-/g, "_")}`;

function client(emu: Emulator, speed: number): DatabricksClient {
  return createDatabricksClient({
    host: emu.url,
    auth: { type: "pat", token: emu.token },
    clock: emu.clock,
    retry: { requestTimeoutMs: 60_000 * speed, budgetMs: 300_000 * speed },
  });
}

async function trigger(c: DatabricksClient, endpoint: string): Promise<number> {
  const jobId = await c.jobs.create({
    name: `deploy-${endpoint}`,
    tasks: [{ task_key: "deploy" }],
    parameters: [
      { name: "model_name", default: MODEL(endpoint) },
      { name: "version", default: "1" },
      { name: "endpoint_name", default: endpoint },
    ],
  });
  const before = c.http.stats.requests;
  const runId = await c.jobs.runNow({ jobId, idempotencyToken: deploymentIdempotencyToken({ repository: "b/b", commit: "c", endpoint, attempt: 1 }) });
  c.http.stats.requests = before; // count only the waiting
  return runId;
}

/** serving-ci: waitForRun, then waitForEndpoint with the expected version. */
async function ours(emu: Emulator, c: DatabricksClient, endpoint: string): Promise<{ outcome: string; at: number; runId: number }> {
  const runId = await trigger(c, endpoint);
  const run = await waitForRun(c, runId);
  if (run.outcome !== "success") return { outcome: `run ${run.outcome}`, at: emu.clock.now(), runId };
  const ep = await waitForEndpoint(c, endpoint, { expect: [{ entityName: MODEL(endpoint), entityVersion: "1" }] });
  return { outcome: ep.outcome, at: emu.clock.now(), runId };
}

/** The official SDKs' waiters: sleep min(n, 10) s + U(0, 1) s between polls. */
async function sdkLoop(emu: Emulator, c: DatabricksClient, endpoint: string, random: () => number): Promise<{ outcome: string; at: number; runId: number }> {
  const runId = await trigger(c, endpoint);
  const sleep = (n: number): Promise<void> => emu.clock.sleep(Math.min(n, 10) * 1000 + random() * 1000);
  for (let n = 1; ; n++) {
    const run = await c.jobs.getRun(runId);
    const lc = run.state?.life_cycle_state;
    if (lc === "TERMINATED" || lc === "SKIPPED") {
      if (run.state?.result_state !== "SUCCESS") return { outcome: "run failed", at: emu.clock.now(), runId };
      break;
    }
    if (lc === "INTERNAL_ERROR") return { outcome: "run failed", at: emu.clock.now(), runId };
    await sleep(n);
  }
  for (let n = 1; ; n++) {
    const ep = await c.serving.get(endpoint);
    const update = ep.state?.config_update;
    if (update === "NOT_UPDATING") return { outcome: "success", at: emu.clock.now(), runId };
    if (update === "UPDATE_FAILED" || update === "UPDATE_CANCELED") return { outcome: "failed", at: emu.clock.now(), runId };
    await sleep(n);
  }
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `median ${q(0.5).toFixed(1)}  mean ${mean.toFixed(1)}  p90 ${q(0.9).toFixed(1)}  max ${(s.at(-1) ?? NaN).toFixed(1)}`;
}

async function main(): Promise<number> {
  const realistic = Number(process.env.WAITER_DEPLOYMENTS ?? 20);
  const long = Number(process.env.WAITER_LONG_STARTS ?? 5);
  const n = realistic + long;
  const speed = Number(process.env.WAITER_SPEED ?? 20);
  const random = seededRandom(Number(process.env.WAITER_SEED ?? 3));
  const vary = (ms: number | undefined): number => Math.round((ms ?? 0) * (0.7 + 0.6 * random()));
  const endpoints: Record<string, Partial<Knobs>> = {};
  for (let i = 0; i < n; i++) {
    // Long starts spread evenly over 7-13 min, so both sides of the 10-minute bound are always measured.
    const k = i - realistic;
    const startMs = k < 0 ? vary(REALISTIC_KNOBS.startMs) : Math.round(LONG_START_MS * (long > 1 ? 0.7 + (0.6 * k) / (long - 1) : 1));
    const knobs = { jobRunMs: vary(REALISTIC_KNOBS.jobRunMs), buildMs: vary(REALISTIC_KNOBS.buildMs), startMs };
    endpoints[`ours-${i}`] = knobs;
    endpoints[`sdk-${i}`] = knobs;
  }
  const emu = await startEmulator({ speed, scenario: { defaults: REALISTIC_KNOBS, endpoints } });
  const started = performance.now();
  try {
    const run = async (kind: "ours" | "sdk", i: number): Promise<Sample> => {
      const c = client(emu, speed);
      const endpoint = `${kind}-${i}`;
      const { outcome, at, runId } = kind === "ours" ? await ours(emu, c, endpoint) : await sdkLoop(emu, c, endpoint, random);
      const ready = emu.events.find((e) => e.type === "endpoint_ready" && e.endpoint === endpoint)?.at ?? NaN;
      const startMs = endpoints[endpoint]?.startMs ?? NaN;
      return { group: i < realistic ? "realistic" : "long start", startMs, delayMs: at - ready, calls: c.http.stats.requests, outcome, phases: phaseCalls(emu, endpoint, runId) };
    };
    const idx = [...Array(n).keys()];
    const [a, b] = await Promise.all([Promise.all(idx.map((i) => run("ours", i))), Promise.all(idx.map((i) => run("sdk", i)))]);
    const total = (xs: Sample[]): number => xs.reduce((s, x) => s + x.calls, 0);
    const bad = [...a, ...b].filter((x) => x.outcome !== "success");
    const byPhase = (xs: Sample[]): string =>
      (["job", "build", "start", "verdict"] as const).map((k) => `${k} ${(xs.reduce((s, x) => s + x.phases[k], 0) / xs.length).toFixed(1)}`).join(", ");
    const rows = (group: Sample["group"] | "all"): string[] => {
      const pick = (xs: Sample[]): Sample[] => xs.filter((x) => group === "all" || x.group === group);
      const [oa, ob] = [pick(a), pick(b)];
      if (oa.length === 0) return [];
      return [
        ` ${group} (${oa.length}):`,
        `  serving-ci waiters:  ${stats(oa.map((x) => x.delayMs / 1000))}   ${stats(oa.map((x) => x.calls))}  total ${total(oa)}`,
        `  SDK-style loop:      ${stats(ob.map((x) => x.delayMs / 1000))}   ${stats(ob.map((x) => x.calls))}  total ${total(ob)}`,
        `  calls by phase (mean per deployment): serving-ci ${byPhase(oa)}; SDK loop ${byPhase(ob)}`,
      ];
    };
    console.log(
      [
        `deploy waiter benchmark: ${n} paired deployments, phases ±30 % (job ~${(REALISTIC_KNOBS.jobRunMs ?? 0) / 60_000} min, build ~${(REALISTIC_KNOBS.buildMs ?? 0) / 60_000} min, start ~${(REALISTIC_KNOBS.startMs ?? 0) / 60_000} min; ${long} with starts spread over ${0.7 * LONG_START_MS / 60_000}-${1.3 * LONG_START_MS / 60_000} min), speed ${speed}x, wall ${((performance.now() - started) / 1000).toFixed(1)} s`,
        `                      verdict delay after READY (s)                       API calls while waiting (per deployment)`,
        ...rows("realistic"),
        ...rows("long start"),
        ...rows("all"),
        `  (delay precision ~${(5 * speed / 1000).toFixed(2)} s: one real millisecond is ${speed / 1000} emulated seconds)`,
      ].join("\n"),
    );
    if (bad.length) console.log(`  NOT SUCCESS: ${bad.length}`);
    // The waiter's contract: 3 s through a 10-minute container start, the SDK loop's 10 s past it.
    const maxDelay = (xs: Sample[]): number => Math.max(0, ...xs.map((x) => x.delayMs));
    console.log(`  long starts (min): ${a.filter((x) => x.group === "long start").map((x) => (x.startMs / 60_000).toFixed(1)).join(", ")}`);
    const [shortStarts, longerStarts] = [a.filter((x) => x.startMs <= 600_000), a.filter((x) => x.startMs > 600_000)];
    const delaysOk = maxDelay(shortStarts) <= 3_000 && maxDelay(longerStarts) <= 10_000;
    // Each target on its own line, per group: a 3 s verdict costs a poll every 3 s for as long as the
    // container starts, so with long starts the call target can only hold over a mix, if at all.
    const groupCalls = (["realistic", "long start"] as const).map((g) => {
      const [oa, ob] = [a.filter((x) => x.group === g), b.filter((x) => x.group === g)];
      return oa.length ? `${g} ${total(oa)} vs ${total(ob)} ${total(oa) <= total(ob) ? "ok" : "MORE"}` : "";
    });
    const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(`  verdict <= 3 s after READY, starts <= 10 min (${shortStarts.length}): ${maxDelay(shortStarts) <= 3_000 ? "yes" : "NO"} (max ${sec(maxDelay(shortStarts))})`);
    if (longerStarts.length) {
      const sdkLonger = b.filter((x) => x.startMs > 600_000);
      console.log(`  verdict <= 10 s after READY, starts > 10 min (${longerStarts.length}): ${maxDelay(longerStarts) <= 10_000 ? "yes" : "NO"} (max ${sec(maxDelay(longerStarts))}; SDK loop max ${sec(maxDelay(sdkLonger))})`);
    }
    console.log(`  calls <= SDK loop: ${groupCalls.filter(Boolean).join("; ")}; all ${total(a) <= total(b) ? "ok" : "MORE"}`);
    // Whether "all" holds depends on the mix: what a realistic deployment saves pays for a long start's extra polls.
    const mean = (xs: Sample[], g: Sample["group"]): number => total(xs.filter((x) => x.group === g)) / Math.max(1, xs.filter((x) => x.group === g).length);
    const saved = mean(b, "realistic") - mean(a, "realistic");
    const extra = mean(a, "long start") - mean(b, "long start");
    if (long > 0 && saved > 0 && extra > 0) {
      console.log(`  break-even mix: no more calls than the SDK loop while long starts are <= ${((100 * saved) / (saved + extra)).toFixed(0)} % of deployments (here ${((100 * long) / n).toFixed(0)} %)`);
    }
    const ok = bad.length === 0 && delaysOk && total(a) <= total(b);
    console.log(ok ? "PASS: verdict within target after READY, no more calls than the SDK loop" : "MISS: see figures above");
    return ok ? 0 : 1;
  } finally {
    await emu.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
