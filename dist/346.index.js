export const id = 346;
export const ids = [346];
export const modules = {

/***/ 5346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ny: () => (/* reexport */ errors/* DatabricksApiError */.Ny),
  Dj: () => (/* reexport */ errors/* DatabricksAuthError */.Dj),
  nM: () => (/* reexport */ errors/* DatabricksNetworkError */.nM),
  _4: () => (/* reexport */ schemas/* TERMINAL_LIFE_CYCLE_STATES */._4),
  Bv: () => (/* reexport */ baselineOf),
  K0: () => (/* reexport */ deploymentIdempotencyToken),
  Pb: () => (/* reexport */ endpointUrl),
  vs: () => (/* reexport */ clock/* scaledClock */.vs),
  ml: () => (/* reexport */ clock/* systemClock */.ml),
  Sx: () => (/* reexport */ waitForEndpoint),
  Cs: () => (/* reexport */ waitForRun),
  yb: () => (/* reexport */ waitUntilIdle)
});

// UNUSED EXPORTS: DEFAULT_RETRY, DatabricksConfigError, ENDPOINT_POLL, EndpointBusyError, RUN_POLL, authConfigFromEnv, createDatabricksClient, normalizeHost, seededRandom

// EXTERNAL MODULE: ./src/databricks/client.ts + 3 modules
var client = __webpack_require__(4069);
// EXTERNAL MODULE: ./src/databricks/auth.ts
var auth = __webpack_require__(6734);
// EXTERNAL MODULE: ./src/databricks/clock.ts
var clock = __webpack_require__(8396);
// EXTERNAL MODULE: ./src/databricks/errors.ts
var errors = __webpack_require__(7463);
// EXTERNAL MODULE: ./src/databricks/http.ts
var http = __webpack_require__(9332);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/databricks/idempotency.ts
// run-now idempotency tokens (§2.1): Databricks starts at most one run per token,
// so a token derived from what is being deployed makes run-now safe to retry,
// and a re-run of the same workflow attempt cannot start a second deployment.

/** A stable token of at most 64 characters (the API's limit). */
function deploymentIdempotencyToken(id) {
    const digest = (0,external_node_crypto_.createHash)("sha256")
        .update(JSON.stringify([id.repository, id.commit, id.endpoint, String(id.attempt)]))
        .digest("hex");
    return `serving-ci-${digest.slice(0, 48)}`;
}

// EXTERNAL MODULE: ./src/databricks/schemas.ts
var schemas = __webpack_require__(4622);
;// CONCATENATED MODULE: ./src/databricks/poll.ts
// The polling loop shared by the waiters. Polls start fast and back off with
// jitter to a cap; an observed state change tightens them again for a while
// (changes cluster: the last phase of a deployment follows the previous one),
// and a rate-limited poll widens them. A waiter that can tell from the state
// whether the verdict is near (`pace`) overrides the window: near keeps polls
// fast however long the phase lasts, far puts them at the cap at once.
/**
 * How far apart polls are in a phase whose end is not the verdict (the job run before the endpoint update, the
 * image build), and so how late a failure in it can be seen: our "promptly" there. Choice: one minute. Those phases
 * last minutes (realistic agent deploy: job ~2, build ~9), and what waits on their success is only the next phase,
 * so their polls buy nothing but failure latency. In bench/deploy-waiter.ts they cost ~13 calls per deployment
 * (the SDK loop's: ~71), and halving this would double that; the 3 s container start (~52) is what is left to pay
 * for. The price: the SDK loop sees such a failure within ~11 s, we within 60 s; and a phase's end is seen up to a
 * minute late, which delays a verdict only when the next phase is shorter than that (an update with no image build
 * after the job, a container start under a minute after the build).
 */
const QUIET_PHASE_POLL_MS = 60_000;
class PollSchedule {
    clock;
    opts;
    current;
    lastChangeAt = Number.NEGATIVE_INFINITY;
    pace = "unknown";
    nearSince = Number.NEGATIVE_INFINITY;
    constructor(clock, opts) {
        this.clock = clock;
        this.opts = opts;
        this.current = opts.initialMs;
    }
    changed() {
        // Straight to the settle cap: ramping up from the initial delay costs calls without gaining much.
        this.current = Math.min(this.opts.settleMaxMs, this.opts.maxMs);
        this.lastChangeAt = this.clock.now();
    }
    /** The pace of the latest observation. */
    observed(pace) {
        if (pace === "near" && this.pace !== "near") {
            this.nearSince = this.clock.now();
            this.current = Math.min(this.current, this.fastCap());
        }
        // Far: straight to the cap, not a ramp from the settle cap (a ramp to 60 s spends ~8 calls on a phase whose end is not the verdict).
        if (pace === "far")
            this.current = this.opts.maxMs;
        this.pace = pace;
    }
    rateLimited() {
        this.lastChangeAt = Number.NEGATIVE_INFINITY;
        this.current = Math.min(this.opts.maxMs, this.current * 2);
    }
    next() {
        const now = this.clock.now();
        const fast = this.pace === "near" ? now - this.nearSince < (this.opts.nearLimitMs ?? Number.POSITIVE_INFINITY) : this.pace === "unknown" && now - this.lastChangeAt < this.opts.settleWindowMs;
        const cap = fast ? this.fastCap() : this.opts.maxMs;
        const delay = Math.min(cap, this.current);
        this.current = Math.min(cap, this.current * this.opts.factor);
        return delay * (1 - this.opts.jitter * this.clock.random());
    }
    fastCap() {
        return Math.min(this.opts.settleMaxMs, this.opts.maxMs);
    }
}
async function pollUntil(ctx, spec) {
    const { clock } = ctx;
    const start = clock.now();
    const deadline = start + spec.timeoutMs;
    const schedule = new PollSchedule(clock, spec.schedule);
    let lastKey;
    let last;
    let polls = 0;
    for (;;) {
        if (spec.signal?.aborted)
            return { kind: "timeout", last, polls, elapsedMs: clock.now() - start, interrupted: true };
        const limitedBefore = ctx.http.stats.rateLimited;
        const s = await spec.fetch();
        polls++;
        last = s;
        if (ctx.http.stats.rateLimited > limitedBefore)
            schedule.rateLimited();
        const elapsed = clock.now() - start;
        const k = spec.key(s);
        if (k !== lastKey) {
            if (lastKey !== undefined)
                schedule.changed();
            lastKey = k;
            spec.onChange?.(s, elapsed);
        }
        schedule.observed(spec.pace?.(s) ?? "unknown");
        const result = await spec.decide(s, elapsed);
        if (result !== undefined)
            return { kind: "done", result, last: s, polls, elapsedMs: clock.now() - start };
        const now = clock.now();
        if (now >= deadline)
            return { kind: "timeout", last: s, polls, elapsedMs: now - start, interrupted: false };
        try {
            await clock.sleep(Math.min(schedule.next(), deadline - now), spec.signal);
        }
        catch {
            return { kind: "timeout", last: s, polls, elapsedMs: clock.now() - start, interrupted: true };
        }
    }
}
/** Last `n` lines of a log, for reports. */
function tail(text, n) {
    const lines = text.replace(/\s+$/, "").split("\n");
    return lines.slice(-n).join("\n");
}

;// CONCATENATED MODULE: ./src/databricks/wait-run.ts
// Waits for a job run to finish (§2.2). Success only on result_state SUCCESS;
// on failure each failed task's output is fetched by its task run id (a job run
// id is refused by get-output, §2.3). Timeout means "outcome unknown".


// A deploy job's success only starts the endpoint update, whose image build takes minutes (the job is how
// models and agents are deployed, seed SKILL "Job-based async deployment"): polls are a QUIET_PHASE_POLL_MS
// apart (a failure is seen within it), with no ramp and no faster window after a change (a ramp from 2 s
// spent ~6 calls in the first 40 s, buying nothing for the verdict). The first look is at once: a run
// refused at the start (skipped, max concurrent runs) is told without waiting.
const RUN_POLL = {
    initialMs: QUIET_PHASE_POLL_MS,
    factor: 1,
    maxMs: QUIET_PHASE_POLL_MS,
    settleMaxMs: QUIET_PHASE_POLL_MS,
    settleWindowMs: 0,
    jitter: 0.1,
};
async function waitForRun(ctx, runId, options = {}) {
    const timeoutMs = options.timeoutMs ?? 60 * 60_000;
    const end = await pollUntil(ctx, {
        fetch: () => ctx.jobs.getRun(runId),
        key: (r) => JSON.stringify([stateOf(r), r.tasks?.map((t) => [t.state?.life_cycle_state, t.state?.result_state])]),
        onChange: (r, elapsedMs) => options.onChange?.(changeOf(r, elapsedMs)),
        decide: (r) => (isTerminal(r) ? r : undefined),
        timeoutMs,
        schedule: { ...RUN_POLL, ...options.poll },
        signal: options.signal,
    });
    if (end.kind === "timeout") {
        const url = end.last?.run_page_url;
        return {
            outcome: "timeout",
            runId,
            run: end.last,
            runPageUrl: url,
            message: `${end.interrupted ? "Stopped waiting for" : `Run ${runId} did not finish within ${Math.round(timeoutMs / 60_000)} min; stopped waiting for`} run ${runId}: its outcome is unknown (last state ${end.last ? describe(end.last) : "not read"}).${url ? ` See ${url}` : ""}`,
            failedTasks: [],
            elapsedMs: end.elapsedMs,
            polls: end.polls,
        };
    }
    const run = end.result;
    const outcome = outcomeOf(run);
    const failedTasks = outcome === "failed" ? await collectFailedTasks(ctx, run, options.logTailLines ?? 50) : [];
    return {
        outcome,
        runId,
        run,
        runPageUrl: run.run_page_url,
        message: messageOf(run, outcome, failedTasks),
        failedTasks,
        elapsedMs: end.elapsedMs,
        polls: end.polls,
    };
}
function stateOf(r) {
    return [r.state?.life_cycle_state, r.state?.result_state, r.status?.state];
}
function isTerminal(r) {
    const lc = r.state?.life_cycle_state;
    return (lc !== undefined && schemas/* TERMINAL_LIFE_CYCLE_STATES */._4.has(lc)) || r.status?.state === "TERMINATED";
}
function outcomeOf(r) {
    const result = r.state?.result_state;
    if (result === "SUCCESS" && r.state?.life_cycle_state !== "INTERNAL_ERROR")
        return "success";
    const code = r.status?.termination_details?.code;
    if (result === "CANCELED" || code === "USER_CANCELED" || code === "CANCELED")
        return "cancelled";
    return "failed";
}
function describe(r) {
    const [lc, result, status] = stateOf(r);
    return [lc, result].filter(Boolean).join("/") || status || "unknown";
}
function changeOf(r, elapsedMs) {
    return {
        runId: r.run_id,
        elapsedMs,
        lifeCycleState: r.state?.life_cycle_state,
        resultState: r.state?.result_state,
        statusState: r.status?.state,
        message: r.state?.state_message || r.status?.termination_details?.message || "",
        tasks: (r.tasks ?? []).map((t) => ({ taskKey: t.task_key, lifeCycleState: t.state?.life_cycle_state, resultState: t.state?.result_state })),
    };
}
const OUTPUT_WORTHY = new Set(["FAILED", "TIMEDOUT"]);
function taskFailed(t) {
    const rs = t.state?.result_state;
    return t.state?.life_cycle_state === "INTERNAL_ERROR" || (rs !== undefined && rs !== "SUCCESS" && rs !== "EXCLUDED");
}
async function collectFailedTasks(ctx, run, tailLines) {
    const tasks = run.tasks ?? [];
    const failed = tasks.filter(taskFailed);
    return Promise.all(failed.map(async (t) => {
        const base = {
            taskKey: t.task_key,
            runId: t.run_id,
            resultState: t.state?.result_state,
            stateMessage: t.state?.state_message,
            runPageUrl: t.run_page_url,
        };
        // Upstream-failed/cancelled tasks never ran: they have no output worth fetching.
        if (t.run_id === undefined || !(OUTPUT_WORTHY.has(t.state?.result_state ?? "") || t.state?.life_cycle_state === "INTERNAL_ERROR")) {
            return base;
        }
        try {
            const out = await ctx.jobs.getRunOutput(t.run_id);
            const redact = (s) => (s === undefined ? undefined : ctx.http.redactor.redact(s));
            return {
                ...base,
                error: redact(out.error),
                errorTrace: redact(out.error_trace),
                logsTail: out.logs ? redact(tail(out.logs, tailLines)) : undefined,
            };
        }
        catch (err) {
            return { ...base, outputUnavailable: err instanceof Error ? err.message : String(err) };
        }
    }));
}
function messageOf(run, outcome, failed) {
    const id = run.run_id;
    if (outcome === "success")
        return `Run ${id} succeeded.`;
    if (outcome === "cancelled")
        return `Run ${id} was cancelled.`;
    const first = failed.find((f) => f.error) ?? failed[0];
    const why = first?.error ?? first?.stateMessage ?? run.state?.state_message ?? run.status?.termination_details?.message ?? describe(run);
    return `Run ${id} failed${first ? ` in task ${first.taskKey}` : ""}: ${why}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/databricks/endpoint-pace.ts
// How near an endpoint update's verdict is, from its state, for the poll pace:
// while the container image builds (minutes, and its end is not the verdict)
// polls back off; once the build is done and the container starts, the next
// change is the verdict, so polls stay fast however long the start takes.
//
// Choice (unconfirmed wording): the phase is read from the pending entities'
// deployment_state_message. The emulator says "Creating container image" and then
// "Starting serving container"; a message we cannot place gives "unknown", which
// leaves the pace to the change window (more calls at worst, never a late verdict
// for a recognised start).
const BUILDING = /\b(image|build|building)\b/i;
const STARTING = /\b(start|starting|started|container|probe|ready|readiness|loading)\b/i;
function endpointPace(ep) {
    const update = ep.state?.config_update;
    if (update === "IN_PROGRESS")
        return pendingPace(ep.pending_config?.served_entities ?? []);
    // Settled config but not serving yet (e.g. entities recovering): the verdict is the next change.
    if (update === "NOT_UPDATING" && ep.state?.ready !== "READY" && (ep.config?.served_entities ?? []).length > 0)
        return "near";
    return "unknown";
}
function pendingPace(entities) {
    if (entities.length === 0)
        return "unknown";
    if (entities.some(isBuilding))
        return "far";
    return entities.some(isStarting) ? "near" : "unknown";
}
function isBuilding(e) {
    return e.state?.deployment === "DEPLOYMENT_CREATING" && BUILDING.test(e.state.deployment_state_message ?? "");
}
function isStarting(e) {
    const d = e.state?.deployment;
    if (d === "DEPLOYMENT_READY" || d === "DEPLOYMENT_RECOVERING")
        return true;
    return d === "DEPLOYMENT_CREATING" && STARTING.test(e.state?.deployment_state_message ?? "");
}

;// CONCATENATED MODULE: ./src/databricks/endpoint-baseline.ts
// What an endpoint served before a deploy, so that the verdict on a settled
// endpoint serving other versions does not depend on having caught the update
// in a poll: compare config_version, the served entities and the last update
// time before and after.
function baselineOf(ep) {
    return {
        configVersion: ep?.config?.config_version,
        entities: entityKeys(ep?.config?.served_entities ?? []),
        lastUpdated: ep?.last_updated_timestamp,
    };
}
function explainMismatch(before, now, sawUpdate) {
    const version = now.config?.config_version;
    const moved = version !== undefined && version !== before.configVersion;
    if (moved)
        return sameEntities(now.config?.served_entities ?? [], before.entities) ? "rolled back" : "replaced";
    // Same config version. The update was seen in a poll, or the endpoint changed since the baseline:
    // either way our update came and went. Choice: a newer last_updated_timestamp counts as our update
    // (during a deploy the job's config update is what changes the endpoint; a tag edit in the same
    // minutes would be read as a rollback too, which still says truthfully that the old config serves).
    const touched = now.last_updated_timestamp !== undefined && before.lastUpdated !== undefined && now.last_updated_timestamp > before.lastUpdated;
    if (sawUpdate || touched)
        return "rolled back";
    return undefined;
}
function entityKeys(entities) {
    return entities.map((e) => `${e.entity_name ?? e.name ?? "?"}@${e.entity_version ?? "?"}`).sort();
}
function sameEntities(entities, keys) {
    return entityKeys(entities).join(",") === keys.join(",");
}

;// CONCATENATED MODULE: ./src/databricks/wait-endpoint.ts
// Waits for a serving endpoint update to land (§1.9). Stricter than the SDK
// waiter, which stops at NOT_UPDATING: success needs NOT_UPDATING and READY and
// every served entity DEPLOYMENT_READY and the asked-for versions served — a
// rolled-back or stale config is a failure. Timeout means "outcome unknown".




// The image build (endpointPace "far") is polled a QUIET_PHASE_POLL_MS apart from
// its first sight (its end is not the verdict; UPDATE_FAILED is seen within it);
// once the container starts ("near") polls stay within 3 s to the verdict. A state
// we cannot place is polled fast for 10 minutes after a change, then backs off.
// nearLimitMs bounds a start that never ends (readiness probe failing until the
// timeout): choice, 20 min, beyond GPU container starts we know of (~10-15 min),
// after which a stuck start backs off toward 60 s.
const ENDPOINT_POLL = {
    initialMs: 1_000,
    factor: 1.5,
    maxMs: QUIET_PHASE_POLL_MS,
    settleMaxMs: 3_000,
    settleWindowMs: 600_000,
    nearLimitMs: 1_200_000,
    jitter: 0.1,
};
function endpointUrl(host, name) {
    return `${host}/ml/endpoints/${encodeURIComponent(name)}`;
}
async function waitForEndpoint(ctx, name, options = {}) {
    const timeoutMs = options.timeoutMs ?? 35 * 60_000;
    const grace = options.updateStartGraceMs ?? 60_000;
    const url = endpointUrl(ctx.http.host, name);
    let sawUpdate = false;
    let baselineVersion;
    const end = await pollUntil(ctx, {
        fetch: () => ctx.serving.get(name),
        key: (ep) => JSON.stringify(wait_endpoint_changeOf(name, ep, 0)),
        onChange: (ep, elapsedMs) => options.onChange?.(wait_endpoint_changeOf(name, ep, elapsedMs)),
        pace: endpointPace,
        decide: (ep, elapsed) => {
            const update = ep.state?.config_update;
            const version = ep.config?.config_version;
            baselineVersion ??= version ?? 0;
            if (ep.pending_config?.config_version !== undefined && ep.pending_config.config_version !== baselineVersion)
                sawUpdate = true;
            if (update === "IN_PROGRESS") {
                sawUpdate = true;
                return undefined;
            }
            if (update === "UPDATE_FAILED") {
                const pending = ep.pending_config?.served_entities ?? [];
                const failing = pending.filter((e) => e.state?.deployment !== "DEPLOYMENT_READY");
                return { outcome: "failed", message: `Endpoint ${name}: the config update failed.`, failing: failing.length ? failing : pending };
            }
            if (update === "UPDATE_CANCELED")
                return { outcome: "cancelled", message: `Endpoint ${name}: the config update was cancelled.`, failing: [] };
            if (update !== "NOT_UPDATING")
                return undefined; // a state we do not know yet: keep watching
            const active = ep.config?.served_entities ?? [];
            const mismatch = versionMismatch(active, options.expect ?? []);
            if (mismatch) {
                const why = options.baseline ? explainMismatch(options.baseline, ep, sawUpdate) : sawUpdate || (version ?? 0) > (baselineVersion ?? 0) ? "rolled back or replaced" : undefined;
                if (why === undefined && elapsed < grace)
                    return undefined;
                return { outcome: "failed", message: `Endpoint ${name} is not serving the requested version: ${mismatch} (${mismatchReason(why ?? "no update started", version)}).`, failing: [] };
            }
            const broken = active.filter((e) => e.state?.deployment === "DEPLOYMENT_FAILED" || e.state?.deployment === "DEPLOYMENT_ABORTED");
            if (broken.length)
                return { outcome: "failed", message: `Endpoint ${name}: served entities failed.`, failing: broken };
            const allReady = active.length > 0 && active.every((e) => e.state?.deployment === "DEPLOYMENT_READY");
            if (ep.state?.ready === "READY" && allReady)
                return { outcome: "success", message: `Endpoint ${name} is ready.`, failing: [] };
            return undefined; // settling (e.g. RECOVERING) or an endpoint without config yet
        },
        timeoutMs,
        schedule: { ...ENDPOINT_POLL, ...options.poll },
        signal: options.signal,
    });
    const served = (end.last?.config?.served_entities ?? []).map(report);
    if (end.kind === "timeout") {
        const last = end.last?.state;
        // The entities still rolling out, with their messages and log tails: why it is not ready yet.
        // Not when the runner cancelled: its budget is seconds, and the log calls could outlast it.
        const stuck = end.interrupted ? [] : (end.last?.pending_config?.served_entities ?? []).filter((e) => e.state?.deployment !== "DEPLOYMENT_READY");
        const stuckEntities = await Promise.all(stuck.map((e) => withLogs(ctx, name, e, options.logTailLines ?? 40)));
        const why = stuckEntities.filter((e) => e.message).map((e) => `${e.name ?? "?"}: ${e.message}`).join("; ");
        return {
            outcome: "timeout",
            endpoint: end.last,
            message: `${end.interrupted ? "Stopped waiting" : `Waited ${Math.round(timeoutMs / 60_000)} min`} for endpoint ${name}; its outcome is unknown (last state ${last?.config_update ?? "?"}/${last?.ready ?? "?"}${why ? `; ${why}` : ""}). See ${url}`,
            failedEntities: stuckEntities,
            served,
            endpointUrl: url,
            elapsedMs: end.elapsedMs,
            polls: end.polls,
        };
    }
    const { outcome, message, failing } = end.result;
    const failedEntities = await Promise.all(failing.map((e) => withLogs(ctx, name, e, options.logTailLines ?? 40)));
    const detail = failedEntities.map((f) => `${f.name ?? "?"}: ${f.message || f.deployment || "failed"}`).join("; ");
    return {
        outcome,
        endpoint: end.last,
        message: detail ? `${message} ${detail}` : message,
        failedEntities,
        served,
        endpointUrl: url,
        elapsedMs: end.elapsedMs,
        polls: end.polls,
    };
}
class EndpointBusyError extends src_errors/* UserError */.y {
    name = "EndpointBusyError";
}
/**
 * Before deploying: an endpoint already mid-update (someone else's deploy) is
 * waited for, or refused with a clear message. Returns the settled endpoint, or
 * undefined when it does not exist yet.
 */
async function waitUntilIdle(ctx, name, options) {
    const first = await ctx.serving.find(name);
    if (!first || first.state?.config_update !== "IN_PROGRESS")
        return first;
    const pendingVersions = (first.pending_config?.served_entities ?? []).map((e) => `${e.entity_name}@${e.entity_version}`).join(", ");
    if (options.ifBusy === "refuse") {
        throw new EndpointBusyError(`Endpoint ${name} is already being updated (to ${pendingVersions || "a new config"}); a second update would be refused with 409. Wait for it to finish, or allow waiting (wait-if-busy).`);
    }
    const timeoutMs = options.timeoutMs ?? 35 * 60_000;
    const end = await pollUntil(ctx, {
        fetch: () => ctx.serving.get(name),
        key: (ep) => JSON.stringify(wait_endpoint_changeOf(name, ep, 0)),
        onChange: (ep, elapsedMs) => options.onChange?.(wait_endpoint_changeOf(name, ep, elapsedMs)),
        // Someone else's update goes through the same phases: its build is far from its end, its start near.
        pace: endpointPace,
        decide: (ep) => (ep.state?.config_update === "IN_PROGRESS" ? undefined : ep),
        timeoutMs,
        schedule: ENDPOINT_POLL,
        signal: options.signal,
    });
    if (end.kind === "timeout") {
        throw new EndpointBusyError(`Endpoint ${name} was still being updated by someone else after ${Math.round(timeoutMs / 60_000)} min; not deploying.`);
    }
    return end.result;
}
function mismatchReason(why, version) {
    const serving = version === undefined ? "" : `; config version ${version} is serving`;
    if (why === "rolled back")
        return `the update started and was rolled back${serving}`;
    if (why === "replaced")
        return `another update replaced it${serving}`;
    if (why === "no update started")
        return `no update to it started${serving}`;
    return `the update was rolled back or replaced${serving}`;
}
function versionMismatch(active, expect) {
    const problems = [];
    for (const entityName of new Set(expect.map((e) => e.entityName))) {
        const want = expect.filter((e) => e.entityName === entityName).map((e) => e.entityVersion).sort();
        const have = active.filter((e) => e.entity_name === entityName).map((e) => e.entity_version ?? "?").sort();
        if (want.join(",") !== have.join(",")) {
            problems.push(`${entityName} expected version ${want.join(", ")}, served ${have.length ? have.join(", ") : "none"}`);
        }
    }
    return problems.length ? problems.join("; ") : undefined;
}
function report(e) {
    return {
        name: e.name,
        entityName: e.entity_name,
        entityVersion: e.entity_version,
        deployment: e.state?.deployment,
        message: e.state?.deployment_state_message,
    };
}
function wait_endpoint_changeOf(name, ep, elapsedMs) {
    return {
        endpoint: name,
        elapsedMs,
        ready: ep.state?.ready,
        configUpdate: ep.state?.config_update,
        entities: (ep.config?.served_entities ?? []).map(report),
        pendingEntities: (ep.pending_config?.served_entities ?? []).map(report),
        pendingConfigVersion: ep.pending_config?.config_version,
    };
}
/** The entity with the tails of its build and server logs (a build failure has the first, a failing container the second). */
async function withLogs(ctx, endpoint, e, lines) {
    const r = report(e);
    if (!e.name)
        return r;
    const served = e.name;
    // The logs are a courtesy; the verdict stands without them.
    const read = (fetch) => fetch().then((logs) => (logs.trim() ? ctx.http.redactor.redact(tail(logs, lines)) : undefined), () => undefined);
    const [build, server] = await Promise.all([read(() => ctx.serving.buildLogs(endpoint, served)), read(() => ctx.serving.serverLogs(endpoint, served))]);
    return { ...r, ...(build ? { buildLogTail: build } : {}), ...(server ? { serverLogTail: server } : {}) };
}

;// CONCATENATED MODULE: ./src/databricks/index.ts
// Public surface of the Databricks client.












/***/ })

};
