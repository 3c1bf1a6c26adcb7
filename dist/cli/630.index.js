export const id = 630;
export const ids = [630];
export const modules = {

/***/ 1630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    const plan = (0,deploy_plan/* planEndpoint */.l)(spec.endpoint, live);
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

;// CONCATENATED MODULE: ./src/deploy/deploy-status.ts
// The deploy's live state, one source of truth: the flow updates it as it
// learns things, and every front end (log, PR comment, job summary, outputs)
// renders the same snapshot. A "phase" change is one a reader cares about
// (queued → job running → job done → endpoint updating → smoke query); other
// updates (an entity's message, a run's task state) are details.
/** Holds the current status; each update hands listeners a fresh snapshot. */
class StatusTracker {
    now;
    listener;
    status;
    /** The flow's live phase list; each snapshot copies it. */
    phases;
    constructor(initial, now, listener) {
        this.now = now;
        this.listener = listener;
        this.phases = initial.phases;
        this.status = { ...initial, phase: "checking the endpoint", at: now(), runId: undefined, runUrl: undefined, runState: undefined, configVersion: undefined, configUpdate: undefined, ready: undefined, entities: [] };
        this.emit(true);
    }
    update(change) {
        const phaseChanged = change.phase !== undefined && change.phase !== this.status.phase;
        const next = { ...this.status, ...change };
        const key = (s) => JSON.stringify({ ...s, at: 0, phases: 0 });
        if (!phaseChanged && key(next) === key(this.status))
            return;
        this.status = next;
        this.emit(phaseChanged);
    }
    get current() {
        return this.status;
    }
    emit(phaseChanged) {
        this.status = { ...this.status, at: this.now(), phases: this.phases.map((p) => ({ ...p })) };
        this.listener?.(this.status, phaseChanged);
    }
}
/** The run's phase from its life cycle state (Jobs API §2.2). */
function runPhase(lifeCycleState, terminal) {
    if (terminal)
        return "job done";
    if (lifeCycleState === "RUNNING" || lifeCycleState === "TERMINATING")
        return "job running";
    return "job queued"; // PENDING, QUEUED, BLOCKED, WAITING_FOR_RETRY, or not read yet
}
/** One line for the log and the comment's headline: the phase and what is known of it. */
function describeStatus(s) {
    const parts = [s.phase];
    if (s.runId !== undefined && (s.phase.startsWith("job") || s.phase === "triggering the job"))
        parts.push(`run ${s.runId}${s.runState ? ` ${s.runState}` : ""}`);
    if (s.phase === "endpoint updating" || s.phase === "waiting for another update") {
        if (s.configVersion !== undefined)
            parts.push(`config version ${s.configVersion}`);
        const pending = s.entities.filter((e) => e.deployment !== "DEPLOYMENT_READY");
        if (s.configUpdate === "IN_PROGRESS" && pending.length)
            parts.push(`${pending.length} of ${s.entities.length} served ${s.entities.length === 1 ? "entity" : "entities"} pending`);
    }
    return parts.join(" · ");
}

// EXTERNAL MODULE: ./src/deploy/serving-spec.ts + 1 modules
var serving_spec = __webpack_require__(8397);
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
    const status = new StatusTracker({ endpoint: name, mode: deploySpec.mode, startedAt: started, endpointUrl: report.endpointUrl, phases: phases.phases, smokeQuery: spec.inputExample !== undefined }, () => clock.now(), o.onStatus);
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
                    status.update({ phase: runPhase(c.lifeCycleState, terminal), runState: [c.lifeCycleState ?? c.statusState, c.resultState].filter(Boolean).join("/") || undefined });
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

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/cli/serving-files.ts
var serving_files = __webpack_require__(5300);
// EXTERNAL MODULE: ./src/cli/workspace-client.ts + 1 modules
var workspace_client = __webpack_require__(3388);
// EXTERNAL MODULE: ./src/cli/run-status.ts
var run_status = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/cli/run-deploy.ts
// `deploy`: lint, then the same deploy flow the action runs (trigger the job or
// apply the config, wait for the run and the endpoint, smoke-query), with
// progress on stderr and the outcome as the exit code. Ctrl-C cancels the job
// run while it runs, as the action's cancel does.






async function runDeploy(cmd, io) {
    const { lint, specs } = await (0,serving_files/* servingFiles */.g)(io.cwd, cmd.paths, io.today);
    const counts = (0,summary/* countFindings */.G)(lint.findings);
    if (counts.errors > 0) {
        io.progress(`serving-ci: not deploying: lint found ${(0,summary/* plural */.L)(counts.errors, "error")}; run "serving-ci lint" to see them.`);
        return run_status.EXIT.failed;
    }
    const client = (0,workspace_client/* workspaceClient */.H)(cmd.flags, io);
    // Each invocation is a deliberate attempt; retried requests inside it share one idempotency token.
    const attempt = cmd.attempt ?? (0,external_node_crypto_.randomUUID)();
    const signal = io.signal ?? new AbortController().signal;
    const reports = [];
    for (const spec of specs) {
        if (signal.aborted) {
            io.progress(`serving-ci: ${spec.endpoint.name}: not deployed: interrupted before it started`);
            return run_status.EXIT.cancelled;
        }
        reports.push(await deploy({
            client,
            spec,
            identity: { repository: io.repository, commit: io.commit, attempt },
            timeoutMs: cmd.timeoutMs,
            signal,
            log: io.progress,
            onRun: (runId, runUrl) => io.progress(`serving-ci: ${spec.endpoint.name}: job run ${runId}: ${runUrl}`),
        }));
    }
    if (cmd.flags.format === "json")
        io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    else
        for (const r of reports)
            io.stdout(`${r.endpoint}: ${r.outcome}: ${r.message}\n`);
    // The worst outcome decides: unknown beats failed (it may still land), failed beats success.
    const codes = reports.map((r) => run_status.EXIT[r.outcome]);
    return codes.includes(run_status.EXIT.unknown) ? run_status.EXIT.unknown : Math.max(0, ...codes);
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   runStatus: () => (/* binding */ runStatus),
/* harmony export */   runWait: () => (/* binding */ runWait)
/* harmony export */ });
/* harmony import */ var _databricks_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5346);
/* harmony import */ var _deploy_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5039);
/* harmony import */ var _workspace_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3388);
// `status <endpoint>` and `wait <endpoint>`: what the workspace says about one
// endpoint now, or once its update settles.



/** Exit codes of the workspace commands (workspace-args.ts documents them). */
// triggered: a deploy started without waiting (the action's `wait: false`; the CLI always waits).
const EXIT = { success: 0, triggered: 0, failed: 1, cancelled: 1, timeout: 3, unknown: 3 };
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

/***/ 5300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ servingFiles)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5146);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6122);
/* harmony import */ var _deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8397);
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

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eo: () => (/* binding */ expectedEntities),
  UB: () => (/* binding */ readServingSpec)
});

// UNUSED EXPORTS: belongsTo, endpointSchema

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
// EXTERNAL MODULE: ./src/lint/yaml/parse-yaml.ts
var parse_yaml = __webpack_require__(4176);
;// CONCATENATED MODULE: ./src/shape.ts
// Checks untrusted JSON or YAML data (an event payload, a GitHub response, a
// serving.yaml read for deploy) into a type at the edge. zod did this, but it is
// 330 KiB that every action run compiled and initialised before linting: these
// few readers cover the shapes the action's lint path reads. A reader returns the
// checked value or throws ShapeError naming the first bad field; objects are loose
// (unknown keys pass through, as payloads carry hundreds we do not read).
class ShapeError extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`${path || "(root)"}: ${problem}`);
        this.path = path;
        this.problem = problem;
    }
}
/** The checked value, or where and why it is not of the shape. */
function checkShape(shape, value) {
    try {
        return { ok: true, value: shape(value, []) };
    }
    catch (err) {
        if (!(err instanceof ShapeError))
            throw err;
        return { ok: false, path: err.path || "(root)", problem: err.problem };
    }
}
function kind(v) {
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "an array";
    if (typeof v === "number" && !Number.isFinite(v))
        return String(v);
    return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function fail(path, expected, v) {
    throw new ShapeError(path.join("."), `expected ${expected}, found ${kind(v)}`);
}
const string = (v, p) => (typeof v === "string" ? v : fail(p, "a string", v));
const nonEmptyString = (v, p) => (typeof v === "string" && v !== "" ? v : fail(p, "a non-empty string", v));
const shape_boolean = (v, p) => (typeof v === "boolean" ? v : fail(p, "a boolean", v));
/** A finite number: YAML's .inf and .nan are not amounts. */
const number = (v, p) => (typeof v === "number" && Number.isFinite(v) ? v : fail(p, "a number", v));
const integer = (v, p) => (Number.isSafeInteger(v) ? v : fail(p, "an integer", v));
const unknown = (v) => v;
/** A YAML scalar that the REST API takes as text (`entity_version: 7`). */
const scalarText = (v, p) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? String(v) : fail(p, "a string, number or boolean", v);
function optional(shape) {
    return (v, p) => (v === undefined ? undefined : shape(v, p));
}
function nullable(shape) {
    return (v, p) => (v === null ? null : shape(v, p));
}
/** The first shape that accepts the value; the error of the last one otherwise. */
function either(a, b) {
    return (v, p) => {
        try {
            return a(v, p);
        }
        catch (err) {
            if (!(err instanceof ShapeError))
                throw err;
            return b(v, p);
        }
    };
}
function oneOf(values) {
    return (v, p) => (values.includes(v) ? v : fail(p, `one of ${values.map((x) => JSON.stringify(x)).join(", ")}`, v));
}
function array(item) {
    return (v, p) => (Array.isArray(v) ? v.map((x, i) => item(x, [...p, i])) : fail(p, "an array", v));
}
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function record(value) {
    return (v, p) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, [...p, k])])) : fail(p, "an object", v));
}
/** An object with at least these fields; other keys are kept as they are. */
function looseObject(fields) {
    return (v, p) => {
        if (!isRecord(v))
            return fail(p, "an object", v);
        const out = { ...v };
        for (const [key, shape] of Object.entries(fields)) {
            const checked = shape(v[key], [...p, key]);
            if (checked !== undefined || key in v)
                out[key] = checked;
        }
        return out;
    };
}

// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/deploy/serving-spec.ts
// serving.yaml → what plan and deploy need, checked into types (shape.ts). The
// document is read by the linter's own YAML loader (merge keys, anchors, duplicate
// keys and alias limits handled alike), so what deploys is what was linted. The
// lint step has already reported problems; here a file that cannot be deployed is
// a plain error naming the file, the position and the field.






const ServedEntity = looseObject({
    name: optional(string),
    entity_name: optional(string),
    entity_version: optional(scalarText),
    workload_size: optional(string),
    workload_type: optional(string),
    scale_to_zero_enabled: optional(shape_boolean),
    external_model: optional(looseObject({ name: optional(string), provider: optional(string) })),
});
const Route = looseObject({
    served_entity_name: optional(string),
    served_model_name: optional(string),
    traffic_percentage: number,
});
const endpointSchema = looseObject({
    name: nonEmptyString,
    served_entities: optional(array(ServedEntity)),
    traffic_config: optional(looseObject({ routes: optional(array(Route)) })),
    tags: optional(array(looseObject({ key: string, value: optional(scalarText) }))),
    ai_gateway: optional(record(unknown)),
    route_optimized: optional(shape_boolean),
});
const Deploy = looseObject({
    mode: optional(oneOf(["job", "direct"])),
    job: optional(either(nonEmptyString, integer)),
    parameters: optional(record(scalarText)),
    timeout: optional(either(string, number)),
});
const ServingYaml = looseObject({
    endpoint: endpointSchema,
    model: optional(looseObject({ input_example: optional(unknown) })),
    deploy: optional(Deploy),
});
function readServingSpec(source) {
    const { root, problems } = (0,parse_yaml/* parseYaml */.h)(source.path, source.lines);
    const problem = problems[0];
    if (problem)
        throw new errors/* UserError */.y(`${where(problem.span)}: not valid YAML (${problem.message}); see the lint findings above`);
    const parsed = checkShape(ServingYaml, root ? plain(root) : null);
    if (!parsed.ok) {
        const at = root && parsed.path !== "(root)" ? deepest(root, parsed.path.split(".")) : undefined;
        throw new errors/* UserError */.y(`${at ? where(at.span) : source.path}: cannot plan or deploy: ${parsed.path}: ${parsed.problem}; fix the lint findings first`);
    }
    const { endpoint, model, deploy } = parsed.value;
    return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}
function where(span) {
    return `${span.file}:${span.line}:${span.column}`;
}
/** A node the loader left unknown cannot be deployed. */
function plain(root) {
    return (0,located/* toPlain */.Ul)(root, (node) => {
        throw new errors/* UserError */.y(`${where(node.span)}: cannot plan or deploy: this value cannot be read (an alias with no anchor before it, or a YAML node with no plain value)`);
    });
}
/** The node at `keys`, or the deepest one on the way there (where a missing field would go). */
function deepest(root, keys) {
    let node = root;
    for (const k of keys) {
        const next = node.kind === "map" ? node.entries.find((e) => e.key.value === String(k))?.value
            : node.kind === "seq" && /^\d+$/.test(String(k)) ? node.items[Number(k)] : undefined;
        if (!next)
            break;
        node = next;
    }
    return node;
}
function deploySpec(file, endpoint, d) {
    let timeoutMs;
    if (d.timeout !== undefined) {
        timeoutMs = (0,duration/* parseDuration */.E)(d.timeout);
        if (timeoutMs === undefined)
            throw new errors/* UserError */.y(`${file}: deploy.timeout "${d.timeout}" is not a duration (e.g. 45m)`);
    }
    if (d.mode === "direct")
        return { mode: "direct", timeoutMs };
    if (d.job === undefined)
        throw new errors/* UserError */.y(`${file}: deploy needs \`job\` (a job name or id) or \`mode: direct\``);
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
