export const id = 420;
export const ids = [420];
export const modules = {

/***/ 5300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ servingFiles)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1876);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
/* harmony import */ var _deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9579);
// The serving.yaml files a plan or deploy acts on: what the linter classified as
// serving-ci files among the paths named (default: the repository), with the lint
// result, so deploy can refuse to ship what lint rejects.




async function servingFiles(cwd, paths, today) {
    const result = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lint */ .u)({ cwd, paths, rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y, today });
    if (result.missingPaths.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`no such file or directory: ${result.missingPaths.join(", ")}`);
    const serving = result.files.filter((f) => f.kind === "serving");
    if (serving.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`no serving.yaml found in ${paths.length ? paths.join(", ") : "this repository"} (a file with \`version: 1\` and \`endpoint:\`; bundle endpoints deploy with \`databricks bundle deploy\`)`);
    }
    return { lint: result, specs: serving.map(_deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .readServingSpec */ .UB) };
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











/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planEndpoint)
/* harmony export */ });
/* unused harmony export describeEntity */
// plan: what merging would change on the live endpoint. A pure diff of the
// endpoint as serving.yaml declares it against the endpoint as GET returns it.
function view(e) {
    const entity = e.entity_name ?? e.external_model?.name ?? "?";
    const defaultName = e.entity_version ? `${entity.split(".").pop()}-${e.entity_version}` : entity.replace(/[.:]/g, "-");
    return {
        name: e.name ?? defaultName,
        entity,
        version: e.entity_version,
        size: e.workload_size,
        type: e.workload_type,
        scaleToZero: e.scale_to_zero_enabled === true,
    };
}
function describeEntity(e) {
    const parts = [e.version ? `${e.entity} v${e.version}` : e.entity];
    if (e.size)
        parts.push(e.size);
    if (e.type && e.type !== "CPU")
        parts.push(e.type);
    if (e.scaleToZero)
        parts.push("scale to zero");
    return parts.join(", ");
}
function planEndpoint(desired, live) {
    const plan = { endpoint: desired.name, exists: live !== undefined, changes: [], notes: [] };
    const want = (desired.served_entities ?? []).map(view);
    if (!live) {
        for (const e of want)
            plan.changes.push({ area: "served entity", kind: "add", subject: e.name, to: describeEntity(e) });
        return plan;
    }
    if (live.state?.config_update === "IN_PROGRESS") {
        const pending = (live.pending_config?.served_entities ?? []).map((e) => describeEntity(view(e))).join("; ");
        plan.notes.push(`an update is in progress right now${pending ? ` (to ${pending})` : ""}; the plan compares against the live config`);
    }
    diffEntities(plan, want, (live.config?.served_entities ?? []).map(view));
    diffTraffic(plan, routes(desired.traffic_config?.routes, want), routes(live.config?.traffic_config?.routes, undefined));
    diffTags(plan, desired.tags, live.tags);
    diffGateway(plan, desired.ai_gateway, live.ai_gateway);
    return plan;
}
function diffEntities(plan, want, have) {
    const unmatchedHave = new Map(have.map((e) => [e.name, e]));
    const pairs = want.map((w) => {
        const h = unmatchedHave.get(w.name);
        if (h)
            unmatchedHave.delete(w.name);
        return [w, h];
    });
    // A new name for a new version of the same model reads better as a re-version than add + remove.
    for (const pair of pairs) {
        if (pair[1])
            continue;
        const same = [...unmatchedHave.values()].find((h) => h.entity === pair[0].entity);
        if (same) {
            unmatchedHave.delete(same.name);
            pair[1] = same;
        }
    }
    for (const [w, h] of pairs) {
        if (!h) {
            plan.changes.push({ area: "served entity", kind: "add", subject: w.name, to: describeEntity(w) });
            continue;
        }
        const subject = h.name === w.name ? w.name : `${h.name} → ${w.name}`;
        const diffs = [];
        if (h.entity !== w.entity)
            diffs.push(`entity ${h.entity} → ${w.entity}`);
        if (h.version !== w.version)
            diffs.push(`version ${h.version ?? "?"} → ${w.version ?? "?"}`);
        if ((w.size ?? h.size) !== h.size)
            diffs.push(`size ${h.size ?? "-"} → ${w.size}`);
        if ((w.type ?? h.type ?? "CPU") !== (h.type ?? "CPU"))
            diffs.push(`workload type ${h.type ?? "CPU"} → ${w.type}`);
        if (w.scaleToZero !== h.scaleToZero)
            diffs.push(`scale to zero ${w.scaleToZero ? "off → on" : "on → off"}`);
        if (h.name !== w.name && diffs.length === 0)
            diffs.push("renamed");
        if (diffs.length)
            plan.changes.push({ area: "served entity", kind: "change", subject, from: describeEntity(h), to: diffs.join(", ") });
    }
    for (const h of unmatchedHave.values())
        plan.changes.push({ area: "served entity", kind: "remove", subject: h.name, from: describeEntity(h) });
}
/** name → percent; a single entity without routes gets 100 % (the backend's default, §1.5). */
function routes(rs, entities) {
    const m = new Map();
    for (const r of rs ?? [])
        m.set(r.served_entity_name ?? r.served_model_name ?? "?", r.traffic_percentage);
    if (m.size === 0 && entities?.length === 1 && entities[0])
        m.set(entities[0].name, 100);
    return m;
}
function fmtRoutes(m) {
    return m.size ? [...m].map(([n, p]) => `${n} ${p}%`).join(", ") : "none";
}
function diffTraffic(plan, want, have) {
    if (want.size === 0)
        return; // not declared: left to the backend
    const same = want.size === have.size && [...want].every(([n, p]) => have.get(n) === p);
    if (!same)
        plan.changes.push({ area: "traffic", kind: "change", subject: "routes", from: fmtRoutes(have), to: fmtRoutes(want) });
}
function diffTags(plan, want, have) {
    if (!want)
        return;
    const h = new Map((have ?? []).map((t) => [t.key, t.value ?? ""]));
    const w = new Map(want.map((t) => [t.key, t.value ?? ""]));
    for (const [k, v] of w) {
        if (!h.has(k))
            plan.changes.push({ area: "tag", kind: "add", subject: k, to: v });
        else if (h.get(k) !== v)
            plan.changes.push({ area: "tag", kind: "change", subject: k, from: h.get(k) ?? "", to: v });
    }
    for (const [k, v] of h)
        if (!w.has(k))
            plan.changes.push({ area: "tag", kind: "remove", subject: k, from: v });
}
function diffGateway(plan, want, have) {
    if (!want)
        return;
    for (const key of Object.keys(want)) {
        const a = stable(have?.[key]);
        const b = stable(want[key]);
        if (a !== b)
            plan.changes.push({ area: "ai gateway", kind: have?.[key] === undefined ? "add" : "change", subject: key, ...(have?.[key] === undefined ? {} : { from: a }), to: b });
    }
}
/** JSON with sorted keys, so key order never reads as a change. */
function stable(v) {
    if (v === undefined)
        return "unset";
    return JSON.stringify(v, (_k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x);
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ expectedEntities),
/* harmony export */   UB: () => (/* binding */ readServingSpec)
/* harmony export */ });
/* unused harmony export belongsTo */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5039);
// serving.yaml → what plan and deploy need, parsed with zod. The lint step has
// already reported shape problems with positions; here a file that cannot be
// deployed is a plain error naming the file and the field.





const Scalar = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()]);
const ServedEntity = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    entity_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    entity_version: Scalar.transform(String).optional(),
    workload_size: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    workload_type: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    scale_to_zero_enabled: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    external_model: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(), provider: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional() }).optional(),
});
const Route = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    served_entity_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    served_model_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    traffic_percentage: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
});
const Endpoint = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    served_entities: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ServedEntity).optional(),
    traffic_config: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ routes: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(Route).optional() }).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), value: Scalar.transform(String).optional() })).optional(),
    ai_gateway: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
});
const Deploy = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    mode: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["job", "direct"]).optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int()]).optional(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), Scalar.transform(String)).optional(),
    timeout: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).optional(),
});
const ServingYaml = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    endpoint: Endpoint,
    model: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ input_example: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J().optional() }).optional(),
    deploy: Deploy.optional(),
});
function readServingSpec(source) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(source.text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source.path}: not valid YAML (${err instanceof Error ? err.message : String(err)}); see the lint findings above`);
    }
    const parsed = ServingYaml.safeParse(doc);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source.path}: cannot plan or deploy: ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}; fix the lint findings first`);
    }
    const { endpoint, model, deploy } = parsed.data;
    return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}
function deploySpec(file, endpoint, d) {
    let timeoutMs;
    if (d.timeout !== undefined) {
        timeoutMs = (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(d.timeout);
        if (timeoutMs === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: deploy.timeout "${d.timeout}" is not a duration (e.g. 45m)`);
    }
    if (d.mode === "direct")
        return { mode: "direct", timeoutMs };
    if (d.job === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: deploy needs \`job\` (a job name or id) or \`mode: direct\``);
    return { mode: "job", job: d.job, parameters: d.parameters ?? defaultJobParameters(endpoint), timeoutMs };
}
/** What an `agents.deploy` job takes, when serving.yaml names no parameters: the single served model. */
function defaultJobParameters(endpoint) {
    const models = (endpoint.served_entities ?? []).filter((e) => e.entity_name && e.entity_version);
    const only = models.length === 1 ? models[0] : undefined;
    return only ? { model_name: only.entity_name, version: only.entity_version, endpoint_name: endpoint.name } : { endpoint_name: endpoint.name };
}
/** The versions that must be served once the deploy lands. */
function expectedEntities(spec) {
    const fromEndpoint = (spec.endpoint.served_entities ?? [])
        .filter((e) => e.entity_name && e.entity_version && !e.external_model)
        .map((e) => ({ entityName: e.entity_name, entityVersion: e.entity_version }));
    if (fromEndpoint.length)
        return fromEndpoint;
    const p = spec.deploy?.mode === "job" ? spec.deploy.parameters : undefined;
    return p?.model_name && p.version ? [{ entityName: p.model_name, entityVersion: p.version }] : [];
}
/** Files that belong to an endpoint, for attributing lint findings to its comment. */
function belongsTo(servingFile, file) {
    const dir = path.posix.dirname(servingFile);
    return file === servingFile || dir === "." || file.startsWith(`${dir}/`);
}


/***/ })

};
