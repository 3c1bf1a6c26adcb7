export const id = 266;
export const ids = [266];
export const modules = {

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   runWait: () => (/* binding */ runWait)
/* harmony export */ });
/* harmony import */ var _databricks_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9564);
/* harmony import */ var _deploy_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5039);
/* harmony import */ var _workspace_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3388);
// `status <endpoint>` and `wait <endpoint>`: what the workspace says about one
// endpoint now, or once its update settles.



/** Exit codes of the workspace commands (workspace-args.ts documents them). */
const EXIT = { success: 0, failed: 1, cancelled: 1, timeout: 3, unknown: 3 };
async function runStatus(cmd, io) {
    const client = (0,_workspace_client_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceClient */ .H)(cmd.flags, io);
    const endpoint = await client.serving.get(cmd.endpoint);
    const view = endpointView(endpoint, (0,_databricks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointUrl */ .Pb)(client.host, endpoint.name));
    io.stdout(cmd.flags.format === "json" ? `${JSON.stringify(view, null, 2)}\n` : statusText(view));
    return 0;
}
async function runWait(cmd, io) {
    const client = (0,_workspace_client_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceClient */ .H)(cmd.flags, io);
    const onChange = (c) => io.progress(changeLine(c));
    const result = await (0,_databricks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .waitForEndpoint */ .Sx)(client, cmd.endpoint, {
        ...(cmd.expect.length ? { expect: cmd.expect } : {}),
        ...(cmd.timeoutMs ? { timeoutMs: cmd.timeoutMs } : {}),
        ...(io.signal ? { signal: io.signal } : {}),
        onChange,
    });
    const view = result.endpoint ? endpointView(result.endpoint, result.endpointUrl) : undefined;
    if (cmd.flags.format === "json") {
        io.stdout(`${JSON.stringify({ outcome: result.outcome, message: client.redact(result.message), elapsedMs: result.elapsedMs, endpoint: view }, null, 2)}\n`);
    }
    else {
        io.stdout(`${cmd.endpoint}: ${result.outcome}: ${client.redact(result.message)} (${(0,_deploy_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(result.elapsedMs)})\n`);
        for (const e of result.failedEntities)
            io.stdout(`  ${e.name ?? "?"}: ${e.deployment ?? "?"}${e.message ? `: ${e.message}` : ""}\n`);
    }
    return EXIT[result.outcome];
}
function changeLine(c) {
    const pending = c.pendingEntities.map((e) => `${e.name ?? e.entityName ?? "?"} ${e.deployment ?? ""}`.trim()).join(", ");
    return `[${(0,_deploy_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(c.elapsedMs)}] ${c.endpoint}: ${c.ready ?? "?"}, ${c.configUpdate ?? "?"}${pending ? `; updating: ${pending}` : ""}`;
}
function entities(list) {
    return (list?.served_entities ?? []).map((e) => ({
        name: e.name,
        entity: e.entity_name ?? e.external_model?.name,
        version: e.entity_version,
        deployment: e.state?.deployment,
        message: e.state?.deployment_state_message,
        environmentVars: Object.keys(e.environment_vars ?? {}),
    }));
}
function endpointView(e, url) {
    return {
        name: e.name,
        url,
        ready: e.state?.ready,
        configUpdate: e.state?.config_update,
        configVersion: e.config?.config_version,
        served: entities(e.config),
        traffic: (e.config?.traffic_config?.routes ?? []).map((r) => ({ name: r.served_entity_name ?? r.served_model_name ?? "?", percent: r.traffic_percentage })),
        pending: e.pending_config ? { configVersion: e.pending_config.config_version, served: entities(e.pending_config) } : undefined,
    };
}
function statusText(v) {
    const out = [`${v.name}: ${v.ready ?? "?"}, ${v.configUpdate ?? "?"}${v.configVersion === undefined ? "" : `, config version ${v.configVersion}`}`, `  ${v.url}`];
    const row = (e) => `    ${e.name ?? "?"}  ${e.entity ?? "?"}${e.version ? ` v${e.version}` : ""}  ${e.deployment ?? "?"}${e.message ? `: ${e.message}` : ""}`;
    if (v.served.length)
        out.push("  served:", ...v.served.map(row));
    if (v.traffic.length)
        out.push(`  traffic: ${v.traffic.map((t) => `${t.name} ${t.percent}%`).join(", ")}`);
    if (v.pending)
        out.push(`  pending config${v.pending.configVersion === undefined ? "" : ` version ${v.pending.configVersion}`}:`, ...v.pending.served.map(row));
    return `${out.join("\n")}\n`;
}


/***/ }),

/***/ 3388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ workspaceClient)
});

// EXTERNAL MODULE: ./src/databricks/index.ts + 4 modules
var databricks = __webpack_require__(9564);
;// CONCATENATED MODULE: ./src/deploy/time-scale.ts
// Lets the README's demo and the black-box tests run the action against the
// emulator with accelerated time. Honoured only for a loopback host, so it can
// never make the action hammer a real workspace.

const TIME_SCALE_ENV = "SERVING_CI_EMULATOR_TIME_SCALE";
function clockFor(env, host) {
    const scale = Number(env[TIME_SCALE_ENV] ?? "");
    if (!(scale > 1) || !host || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(host.trim()))
        return databricks/* systemClock */.ml;
    return (0,databricks/* scaledClock */.vs)(scale);
}

// EXTERNAL MODULE: ./src/databricks/unified-auth.ts
var unified_auth = __webpack_require__(191);
;// CONCATENATED MODULE: ./src/cli/workspace-client.ts
// The CLI's workspace client: host and credentials found the way the Databricks
// CLI finds them (flags, DATABRICKS_* variables, a ~/.databrickscfg profile).



function workspaceClient(flags, io) {
    const ws = (0,unified_auth/* resolveWorkspace */.c)({ ...(flags.host ? { host: flags.host } : {}), ...(flags.profile ? { profile: flags.profile } : {}) }, { env: io.env });
    return (0,databricks/* createDatabricksClient */.IV)({ host: ws.host, auth: ws.auth, env: io.env, clock: clockFor(io.env, ws.host), log: io.progress });
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nM: () => (/* reexport */ errors/* DatabricksNetworkError */.nM),
  _4: () => (/* reexport */ schemas/* TERMINAL_LIFE_CYCLE_STATES */._4),
  IV: () => (/* reexport */ client/* createDatabricksClient */.I),
  K0: () => (/* reexport */ deploymentIdempotencyToken),
  Pb: () => (/* reexport */ endpointUrl),
  vs: () => (/* reexport */ clock/* scaledClock */.vs),
  ml: () => (/* reexport */ clock/* systemClock */.ml),
  Sx: () => (/* reexport */ waitForEndpoint),
  Cs: () => (/* reexport */ waitForRun),
  yb: () => (/* reexport */ waitUntilIdle)
});

// UNUSED EXPORTS: DEFAULT_RETRY, DatabricksApiError, DatabricksAuthError, DatabricksConfigError, ENDPOINT_POLL, EndpointBusyError, RUN_POLL, authConfigFromEnv, normalizeHost, seededRandom

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
// and a rate-limited poll widens them.
class PollSchedule {
    clock;
    opts;
    current;
    lastChangeAt = Number.NEGATIVE_INFINITY;
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
    rateLimited() {
        this.lastChangeAt = Number.NEGATIVE_INFINITY;
        this.current = Math.min(this.opts.maxMs, this.current * 2);
    }
    next() {
        const settling = this.clock.now() - this.lastChangeAt < this.opts.settleWindowMs;
        const cap = settling ? Math.min(this.opts.settleMaxMs, this.opts.maxMs) : this.opts.maxMs;
        const delay = Math.min(cap, this.current);
        this.current = Math.min(cap, this.current * this.opts.factor);
        return delay * (1 - this.opts.jitter * this.clock.random());
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


// A job's verdict only gates the endpoint wait, which is long: poll it gently.
const RUN_POLL = {
    initialMs: 2_000,
    factor: 1.5,
    maxMs: 20_000,
    settleMaxMs: 20_000,
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
;// CONCATENATED MODULE: ./src/databricks/wait-endpoint.ts
// Waits for a serving endpoint update to land (§1.9). Stricter than the SDK
// waiter, which stops at NOT_UPDATING: success needs NOT_UPDATING and READY and
// every served entity DEPLOYMENT_READY and the asked-for versions served — a
// rolled-back or stale config is a failure. Timeout means "outcome unknown".


// Long unchanged phases (image build) are polled up to a minute apart; after a
// change (e.g. build done, container starting) the verdict is near, so polls
// stay within 3 s for the settle window.
const ENDPOINT_POLL = {
    initialMs: 1_000,
    factor: 1.5,
    maxMs: 60_000,
    settleMaxMs: 3_000,
    settleWindowMs: 300_000,
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
        decide: (ep, elapsed) => {
            const update = ep.state?.config_update;
            const version = ep.config?.config_version;
            baselineVersion ??= version ?? 0;
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
                const progressed = sawUpdate || (version ?? 0) > (baselineVersion ?? 0);
                if (!progressed && elapsed < grace)
                    return undefined;
                return {
                    outcome: "failed",
                    message: `Endpoint ${name} is not serving the requested version: ${mismatch}${progressed ? " (the update was rolled back or replaced)" : " (no update to it started)"}.`,
                    failing: [],
                };
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
        return {
            outcome: "timeout",
            endpoint: end.last,
            message: `${end.interrupted ? "Stopped waiting" : `Waited ${Math.round(timeoutMs / 60_000)} min`} for endpoint ${name}; its outcome is unknown (last state ${last?.config_update ?? "?"}/${last?.ready ?? "?"}). See ${url}`,
            failedEntities: [],
            served,
            endpointUrl: url,
            elapsedMs: end.elapsedMs,
            polls: end.polls,
        };
    }
    const { outcome, message, failing } = end.result;
    const failedEntities = await Promise.all(failing.map((e) => withBuildLog(ctx, name, e, options.logTailLines ?? 40)));
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
    };
}
async function withBuildLog(ctx, endpoint, e, lines) {
    const r = report(e);
    if (!e.name)
        return r;
    try {
        const logs = await ctx.serving.buildLogs(endpoint, e.name);
        return { ...r, buildLogTail: ctx.http.redactor.redact(tail(logs, lines)) };
    }
    catch {
        return r; // the log is a courtesy; the failure verdict stands without it
    }
}

;// CONCATENATED MODULE: ./src/databricks/index.ts
// Public surface of the Databricks client.











/***/ })

};
