export const id = 304;
export const ids = [304,448];
export const modules = {

/***/ 2304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// UNUSED EXPORTS: DEFAULT_DEPLOY_TIMEOUT_MS

// EXTERNAL MODULE: ./src/databricks/index.ts + 6 modules
var databricks = __webpack_require__(5346);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/deploy/cancel-run.ts
// Cancelling the Databricks run when the runner cancels the workflow, within a
// real-time budget (the runner kills the step ~7.5 s after SIGINT, whatever
// Databricks answers), and saying only what is confirmed: the cancel request
// was accepted AND runs/get then shows the run terminating or cancelled.
async function cancelRunWithin(client, runId, runUrl, budgetMs) {
    // Real time, not the client's clock: the runner's kill does not follow an emulated clock.
    const signal = AbortSignal.timeout(budgetMs);
    const why = (err) => (signal.aborted ? `no answer within ${budgetMs / 1000}s` : client.redact(err instanceof Error ? err.message : String(err)));
    try {
        await client.jobs.cancelRun(runId, signal);
    }
    catch (err) {
        return { confirmed: false, message: `the cancel of Databricks run ${runId} failed (${why(err)}): the run may still be going on, check ${runUrl}` };
    }
    // The run moves to TERMINATING a moment after the cancel is accepted: look a few times within the budget.
    let last = "an unknown state";
    try {
        for (;;) {
            const run = await client.jobs.getRun(runId, signal);
            const life = run.state?.life_cycle_state;
            const result = run.state?.result_state;
            const shown = [life, result].filter(Boolean).join("/");
            if (life === "TERMINATING" || result === "CANCELED")
                return { confirmed: true, message: `Databricks run ${runId} cancelled (${shown})` };
            if (life === "TERMINATED" || life === "INTERNAL_ERROR" || life === "SKIPPED") {
                return { confirmed: false, message: `Databricks run ${runId} had already ended (${shown}) when the cancel arrived: check ${runUrl}` };
            }
            last = shown || last;
            await new Promise((resolve, reject) => {
                const t = setTimeout(resolve, CONFIRM_POLL_MS);
                signal.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)), { once: true });
            });
        }
    }
    catch (err) {
        if (signal.aborted)
            return { confirmed: false, message: `Databricks run ${runId} accepted the cancel but still showed ${last} after ${budgetMs / 1000}s: check ${runUrl}` };
        return { confirmed: false, message: `Databricks run ${runId} accepted the cancel, but it could not be confirmed (${why(err)}): check ${runUrl}` };
    }
}
const CONFIRM_POLL_MS = 250;

// EXTERNAL MODULE: ./src/deploy/plan.ts
var deploy_plan = __webpack_require__(5448);
;// CONCATENATED MODULE: ./src/deploy/deploy-direct.ts
// deploy with `mode: direct`: serving-ci applies serving.yaml's endpoint itself,
// sending only what differs from the live endpoint (a PUT of an identical config
// would still roll out a new config version).

/** mode: direct — create the endpoint, or replace its config when the served entities or traffic differ. */
async function applyDirect(client, spec, log, stamp) {
    const { name, served_entities, traffic_config, tags, ai_gateway, route_optimized } = spec.endpoint;
    // Sent as written: field names are the REST API's, and the lint step has checked their shape.
    const config = {
        served_entities: served_entities,
        ...(traffic_config ? { traffic_config } : {}),
    };
    const live = await client.serving.find(name);
    if (!live) {
        log(`${stamp()} creating endpoint ${name}`);
        // route_optimized is fixed at creation (reference §1.2): only a new endpoint gets it.
        return client.serving.create({ name, config, ...(tags ? { tags } : {}), ...(ai_gateway ? { ai_gateway } : {}), ...(route_optimized === undefined ? {} : { route_optimized }) });
    }
    const plan = (0,deploy_plan.planEndpoint)(spec.endpoint, live);
    let ep = live;
    if (plan.changes.some((c) => c.area === "served entity" || c.area === "traffic")) {
        log(`${stamp()} updating endpoint ${name} config`);
        ep = await client.serving.updateConfig(name, config);
    }
    else
        log(`${stamp()} endpoint ${name}: served entities and traffic already match`);
    const tagChanges = plan.changes.filter((c) => c.area === "tag");
    if (tagChanges.length) {
        await client.serving.patchTags(name, (tags ?? []).filter((t) => tagChanges.some((c) => c.subject === t.key && c.kind !== "remove")), tagChanges.filter((c) => c.kind === "remove").map((c) => c.subject));
    }
    if (ai_gateway && plan.changes.some((c) => c.area === "ai gateway"))
        await client.serving.putAiGateway(name, ai_gateway);
    return ep;
}

;// CONCATENATED MODULE: ./src/deploy/deploy-progress.ts
// Progress lines for the log: one per observed state change (the waiters call
// back only on changes), each stamped with the time since the deploy started.
function runProgress(log, stamp) {
    return (c) => {
        const state = [c.lifeCycleState ?? c.statusState, c.resultState].filter(Boolean).join("/");
        const tasks = c.tasks.map((t) => `${t.taskKey} ${[t.lifeCycleState, t.resultState].filter(Boolean).join("/")}`).join(", ");
        log(`${stamp()} run ${c.runId}: ${state || "?"}${tasks ? ` (${tasks})` : ""}${c.message ? `: ${c.message}` : ""}`);
    };
}
function endpointProgress(log, stamp) {
    return (c) => {
        const entities = (c.pendingEntities.length ? c.pendingEntities : c.entities)
            .map((e) => `${e.name ?? "?"} ${e.deployment ?? "?"}${e.message ? ` (${e.message})` : ""}`)
            .join(", ");
        log(`${stamp()} endpoint ${c.endpoint}: ${c.configUpdate ?? "?"}/${c.ready ?? "?"}${entities ? `: ${entities}` : ""}`);
    };
}

// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/deploy/phases.ts
// The phases of one deploy with their times, for the summary's duration and
// the comment's Mermaid timeline.
class PhaseRecorder {
    now;
    phases = [];
    constructor(now) {
        this.now = now;
    }
    async run(name, fn, outcomeOf = () => "success") {
        const phase = { name, startMs: this.now(), endMs: undefined, outcome: undefined };
        this.phases.push(phase);
        try {
            const r = await fn();
            phase.outcome = outcomeOf(r);
            return r;
        }
        catch (err) {
            phase.outcome = "failed";
            throw err;
        }
        finally {
            phase.endMs = this.now();
        }
    }
}

// EXTERNAL MODULE: ./src/deploy/deploy-status.ts
var deploy_status = __webpack_require__(5071);
// EXTERNAL MODULE: ./src/deploy/serving-spec.ts
var serving_spec = __webpack_require__(9579);
;// CONCATENATED MODULE: ./src/deploy/smoke-query.ts
// The last step of a deploy: one query with model.input_example. Not retried on
// ambiguous failures (the client's rule for invocations): an agent may act on it.
// A route-optimized endpoint is queried on its own endpoint_url (the workspace
// path refuses it, reference §1.12), which takes OAuth tokens only.

/** Codes that do point at the host setting, even after a READY answer. */
const HOST_FAULTS = new Set(["ENOTFOUND", "EAI_AGAIN", "BAD_PORT"]);
async function smokeQuery(client, name, example, endpoint) {
    const routeOptimized = endpoint?.route_optimized === true;
    const url = routeOptimized ? (endpoint.endpoint_url ?? endpoint.data_plane_info?.query_info?.endpoint_url) : undefined;
    if (routeOptimized && client.authMode === "pat") {
        return { ok: true, skipped: true, detail: `not sent: ${name} is route-optimized and its endpoint_url accepts OAuth tokens only, not a personal access token (use client-id with client-secret, or GitHub OIDC, to smoke-query it)` };
    }
    try {
        // Choice: the workspace's OAuth token is sent as is; the SDK's scoped data-plane token (authorization_details) is not fetched.
        const res = await client.serving.query(name, example, url);
        const shape = res.output ? `${res.output.length} output item(s)` : res.predictions !== undefined ? "predictions" : res.choices ? `${res.choices.length} choice(s)` : "a response";
        return { ok: true, detail: `answered with ${shape}${url ? ` on ${url}` : ""}: ${truncate(JSON.stringify(res), 200)}` };
    }
    catch (err) {
        // The endpoint just answered READY on this host: a dropped query is not a wrong host.
        if (err instanceof databricks/* DatabricksNetworkError */.nM && err.code !== undefined && !HOST_FAULTS.has(err.code)) {
            return { ok: false, detail: client.redact(`the query's connection failed (${err.causeText}) although the endpoint is READY on this host: the serving container or a proxy dropped it, and it may or may not have run`) };
        }
        return { ok: false, detail: client.redact(err instanceof Error ? err.message : String(err)) };
    }
}
function truncate(s, n) {
    return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
// The deploy flow, free of any front end (the action adapts it today, the CLI can tomorrow):
// trigger the deployment job (or apply the endpoint config directly),
// wait for the run, wait for the endpoint to serve the versions asked for,
// smoke-query it, and report. Polling, backoff and verdicts are the client's
// waiters; this file only sequences them and turns their results into a report.










const DEFAULT_DEPLOY_TIMEOUT_MS = 45 * 60_000;
/** The runner kills the step ~7.5 s after SIGINT: the cancel and its confirmation must fit well inside. */
const CANCEL_BUDGET_MS = 3_000;
async function deploy(o) {
    const { client, spec } = o;
    const name = spec.endpoint.name;
    const clock = client.clock;
    const started = clock.now();
    const deadline = started + (o.timeoutMs ?? spec.deploy?.timeoutMs ?? DEFAULT_DEPLOY_TIMEOUT_MS);
    const remaining = () => Math.max(1, deadline - clock.now());
    const stamp = () => `[${(0,duration/* formatDuration */.a)(clock.now() - started)}]`;
    const phases = new PhaseRecorder(() => clock.now());
    const ctx = { clock, http: client.http, jobs: client.jobs, serving: client.serving };
    const deploySpec = spec.deploy;
    if (!deploySpec)
        throw new errors/* UserError */.y(`${spec.file}: no \`deploy\` section; add \`deploy: {job: <name or id>}\` or \`deploy: {mode: direct}\``);
    const report = {
        endpoint: name,
        outcome: "failed",
        message: "",
        mode: deploySpec.mode,
        runId: undefined,
        runUrl: undefined,
        endpointUrl: (0,databricks/* endpointUrl */.Pb)(client.host, name),
        state: undefined,
        served: [],
        previous: [],
        traffic: [],
        failedTasks: [],
        failedEntities: [],
        smoke: undefined,
        phases: phases.phases,
        durationMs: 0,
        cancelRequested: false,
    };
    const status = new deploy_status/* StatusTracker */.h_({ endpoint: name, mode: deploySpec.mode, startedAt: started, endpointUrl: report.endpointUrl, phases: phases.phases, smokeQuery: spec.inputExample !== undefined }, () => clock.now(), o.onStatus);
    const onEntities = (c) => ({
        configUpdate: c.configUpdate,
        ready: c.ready,
        entities: c.pendingEntities.length ? c.pendingEntities : c.entities,
        ...(c.pendingConfigVersion === undefined ? {} : { configVersion: c.pendingConfigVersion }),
    });
    const finish = (outcome, message) => {
        report.outcome = outcome;
        report.message = client.redact(message);
        report.durationMs = clock.now() - started;
        o.log(`${stamp()} ${name}: ${outcome}: ${report.message}`);
        return report;
    };
    // Cancel the remote run as soon as the runner asks, not after the current poll,
    // but only while it runs: a terminated run cannot be cancelled, and once the
    // endpoint update has started nothing stops it.
    let runEnded = false;
    let cancelling;
    const onAbort = () => {
        if (report.runId === undefined || runEnded || cancelling)
            return;
        report.cancelRequested = true;
        o.log(`${stamp()} cancel requested: cancelling Databricks run ${report.runId}`);
        cancelling = cancelRunWithin(client, report.runId, report.runUrl ?? report.endpointUrl, CANCEL_BUDGET_MS);
    };
    o.signal.addEventListener("abort", onAbort);
    const interrupted = async () => {
        if (!o.signal.aborted)
            return undefined;
        onAbort();
        if (cancelling) {
            const c = await cancelling;
            return finish(c.confirmed ? "cancelled" : "unknown", `${c.message}.`);
        }
        if (report.runId === undefined && deploySpec.mode === "job")
            return finish("cancelled", "cancelled before the deployment job started: nothing changed in Databricks.");
        return finish("unknown", `the workflow was cancelled while the endpoint update goes on in Databricks (nothing can stop it): the outcome is unknown; check ${report.endpointUrl}${report.runUrl ? ` and ${report.runUrl}` : ""}.`);
    };
    try {
        const logEndpoint = endpointProgress(o.log, stamp);
        const before = await phases.run("wait for idle", () => (0,databricks/* waitUntilIdle */.yb)(ctx, name, {
            ifBusy: "wait",
            timeoutMs: remaining(),
            signal: o.signal,
            onChange: (c) => {
                logEndpoint(c);
                status.update({ phase: c.configUpdate === "IN_PROGRESS" ? "waiting for another update" : "checking the endpoint", ...onEntities(c) });
            },
        }));
        report.previous = (before?.config?.served_entities ?? []).map((e) => ({ name: e.name, entityName: e.entity_name, entityVersion: e.entity_version }));
        // The settled endpoint before our update: the verdict compares against it (a rollback is not missed between polls).
        const baseline = (0,databricks/* baselineOf */.Bv)(before);
        if (o.signal.aborted)
            return (await interrupted());
        if (deploySpec.mode === "job") {
            status.update({ phase: "triggering the job" });
            await phases.run("trigger job", async () => {
                const id = await resolveJob(client, deploySpec.job);
                const token = (0,databricks/* deploymentIdempotencyToken */.K0)({ ...o.identity, endpoint: name });
                const runId = await client.jobs.runNow({ jobId: id, jobParameters: deploySpec.parameters, idempotencyToken: token });
                report.runId = runId;
                report.runUrl = `${client.host}/#job/${id}/run/${runId}`;
                o.log(`${stamp()} started job ${id} run ${runId} with ${JSON.stringify(deploySpec.parameters)}: ${report.runUrl}`);
                o.onRun?.(runId, report.runUrl);
            });
            status.update({ phase: "job queued", runId: report.runId, runUrl: report.runUrl });
            if (o.signal.aborted)
                return (await interrupted());
            if (o.wait === false)
                return finish("triggered", `Triggered job run ${report.runId} (wait: false): follow it at ${report.runUrl}; the endpoint updates after it, at ${report.endpointUrl}.`);
            const logRun = runProgress(o.log, stamp);
            const run = await phases.run("job run", () => (0,databricks/* waitForRun */.Cs)(ctx, report.runId, {
                timeoutMs: remaining(),
                signal: o.signal,
                onChange: (c) => {
                    const terminal = c.lifeCycleState !== undefined && databricks/* TERMINAL_LIFE_CYCLE_STATES */._4.has(c.lifeCycleState);
                    if (terminal)
                        runEnded = true;
                    logRun(c);
                    status.update({ phase: (0,deploy_status/* runPhase */.PF)(c.lifeCycleState, terminal), runState: [c.lifeCycleState ?? c.statusState, c.resultState].filter(Boolean).join("/") || undefined });
                },
            }), (r) => (o.signal.aborted ? "cancelled" : r.outcome));
            if (run.outcome !== "timeout")
                runEnded = true;
            if (run.runPageUrl)
                report.runUrl = run.runPageUrl;
            status.update({ runUrl: report.runUrl });
            report.failedTasks = run.failedTasks;
            if (o.signal.aborted)
                return (await interrupted());
            if (run.outcome === "timeout")
                return finish("timeout", `${run.message} Endpoint: ${report.endpointUrl}`);
            if (run.outcome !== "success")
                return finish(run.outcome, `${run.message}${run.outcome === "failed" ? " Fix the job (see the task error below) and re-run the workflow." : ""}`);
        }
        else {
            status.update({ phase: "applying the config" });
            await phases.run("apply config", () => applyDirect(client, spec, o.log, stamp));
            if (o.wait === false)
                return finish("triggered", `Config applied (wait: false): the endpoint update goes on at ${report.endpointUrl}.`);
        }
        status.update({ phase: "endpoint updating" });
        const ep = await phases.run("endpoint update", () => (0,databricks/* waitForEndpoint */.Sx)(ctx, name, {
            expect: (0,serving_spec/* expectedEntities */.Eo)(spec),
            baseline,
            timeoutMs: remaining(),
            signal: o.signal,
            onChange: (c) => {
                logEndpoint(c);
                status.update(onEntities(c));
            },
        }), (r) => (o.signal.aborted ? "cancelled" : r.outcome));
        absorbEndpoint(report, ep);
        if (o.signal.aborted)
            return (await interrupted());
        // The endpoint wait had what was left of the deploy's timeout: say which limit ran out.
        if (ep.outcome === "timeout")
            return finish("timeout", `The deploy's ${(0,duration/* formatDuration */.a)(deadline - started)} timeout ran out during the endpoint update. ${ep.message}${report.runUrl ? ` Run: ${report.runUrl}` : ""}`);
        if (ep.outcome !== "success")
            return finish(ep.outcome, `${ep.message}${ep.failedEntities.some((e) => e.buildLogTail || e.serverLogTail) ? " See the log tails below." : ""}`);
        if (spec.inputExample !== undefined) {
            status.update({ phase: "smoke query" });
            const smoke = await phases.run("smoke query", () => smokeQuery(client, name, spec.inputExample, ep.endpoint), (s) => (s.skipped ? "skipped" : s.ok ? "success" : "failed"));
            report.smoke = smoke;
            o.log(`${stamp()} smoke query: ${smoke.skipped ? "skipped" : smoke.ok ? "ok" : "failed"}: ${smoke.detail}`);
            if (!smoke.ok)
                return finish("failed", `Endpoint ${name} is ready but the smoke query with model.input_example failed: ${smoke.detail}`);
        }
        return finish("success", `Endpoint ${name} is serving ${report.served.map((s) => `${s.entityName}@${s.entityVersion}`).join(", ") || "its config"}.`);
    }
    catch (err) {
        if (o.signal.aborted)
            return (await interrupted());
        // A report, not a throw: the comment must not be left saying "deploying" and the outputs must be set.
        // The phase names where it failed, except before a refused credential: there it is noise, the credential is the news.
        // Refused: 401, or the gateway's 403 with error_code 403 ("Invalid access token"); a 403 PERMISSION_DENIED keeps its phase.
        const refused = err instanceof databricks/* DatabricksAuthError */.Dj || (err instanceof databricks/* DatabricksApiError */.Ny && (err.status === 401 || (err.status === 403 && String(err.errorCode) === "403")));
        const phase = refused ? undefined : report.phases.find((p) => p.outcome === "failed")?.name;
        if (!(err instanceof errors/* UserError */.y))
            o.log(`serving-ci bug (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return finish("failed", `${refused ? "Databricks refused the credentials: " : phase ? `${phase}: ` : ""}${err instanceof Error ? err.message : String(err)}`);
    }
    finally {
        o.signal.removeEventListener("abort", onAbort);
    }
}
async function resolveJob(client, job) {
    if (typeof job === "number")
        return job;
    if (/^\d+$/.test(job))
        return Number(job);
    return (await client.jobs.findByName(job)).job_id;
}
function absorbEndpoint(report, ep) {
    report.served = ep.served;
    report.failedEntities = ep.failedEntities;
    const st = ep.endpoint?.state;
    report.state = st?.config_update && st.config_update !== "NOT_UPDATING" ? st.config_update : st?.ready;
    report.traffic = (ep.endpoint?.config?.traffic_config?.routes ?? []).map((r) => ({ name: r.served_entity_name ?? r.served_model_name ?? "?", percent: r.traffic_percentage }));
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeEntity: () => (/* binding */ describeEntity),
/* harmony export */   planEndpoint: () => (/* binding */ planEndpoint)
/* harmony export */ });
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


/***/ })

};
