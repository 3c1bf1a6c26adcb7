export const id = 365;
export const ids = [365];
export const modules = {

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emulatorCommand: () => (/* binding */ emulatorCommand)
});

// UNUSED EXPORTS: EMULATOR_USAGE

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/databricks/clock.ts
// Time is injected so waiters, retries and token expiry can run faster than real
// time in tests and benchmarks (a 15-minute deployment in under a second).
function realSleep(realMs, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, Math.max(0, realMs));
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => realSleep(ms, signal),
    random: () => Math.random(),
};
/**
 * A clock whose time runs `speed` times faster than real time, starting at the
 * real epoch time (or `origin`). Two clocks built with the same speed and origin
 * agree, so an emulator and a client can share one timeline.
 */
function scaledClock(speed, options = {}) {
    if (!(speed > 0))
        throw new RangeError(`speed must be > 0, got ${speed}`);
    const realStart = performance.now();
    const origin = options.origin ?? Date.now();
    return {
        now: () => Math.floor(origin + (performance.now() - realStart) * speed),
        sleep: (ms, signal) => realSleep(ms / speed, signal),
        random: options.random ?? (() => Math.random()),
    };
}
/** Small seeded PRNG (mulberry32) for reproducible jitter and fault injection. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./src/emulator/timeline.ts
// Emulated time. State changes are scheduled at emulated instants and applied
// lazily, in order, whenever the emulator is asked anything: no timers, and
// every transition is stamped with the exact instant it happened, whatever the
// polling rate.
class Timeline {
    clock;
    queue = [];
    seq = 0;
    constructor(clock) {
        this.clock = clock;
    }
    now() {
        return this.clock.now();
    }
    at(time, run) {
        this.queue.push({ at: time, seq: this.seq++, run });
    }
    after(ms, from, run) {
        this.at(from + ms, run);
    }
    /** Applies everything due by now, earliest first (an action may schedule more). */
    advance() {
        const now = this.clock.now();
        for (;;) {
            let next;
            for (const s of this.queue)
                if (s.at <= now && (!next || s.at < next.at || (s.at === next.at && s.seq < next.seq)))
                    next = s;
            if (!next)
                return;
            this.queue.splice(this.queue.indexOf(next), 1);
            next.run(next.at);
        }
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/databricks/schemas.ts
// Zod schemas for every Databricks body we read (and the request bodies the
// emulator reads). Objects are loose: unknown fields are kept, never rejected,
// because the service adds fields without notice. Enums are "open": known
// values are typed, unknown ones still parse (a new state must not crash a deploy).

/** A string enum that also accepts values Databricks may add later. */
function openEnum(_values) {
    return schemas/* string */.YjP();
}
// ---------------------------------------------------------------- errors (§3.1)
const ErrorBody = schemas/* looseObject */._H3({
    // A number for gateway errors: {"error_code": 403, "message": "Invalid access token."}
    error_code: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    message: schemas/* string */.YjP().optional(),
    // API 1.2 style, and OAuth token endpoint errors.
    error: schemas/* string */.YjP().optional(),
    error_description: schemas/* string */.YjP().optional(),
    // SCIM style.
    detail: schemas/* string */.YjP().optional(),
    details: schemas/* array */.YOg(schemas/* looseObject */._H3({ "@type": schemas/* string */.YjP().optional(), request_id: schemas/* string */.YjP().optional() })).optional(),
});
// ---------------------------------------------------------------- serving (§1)
const READY_STATES = ["READY", "NOT_READY"];
const CONFIG_UPDATE_STATES = ["NOT_UPDATING", "IN_PROGRESS", "UPDATE_FAILED", "UPDATE_CANCELED"];
const DEPLOYMENT_STATES = [
    "DEPLOYMENT_CREATING",
    "DEPLOYMENT_READY",
    "DEPLOYMENT_FAILED",
    "DEPLOYMENT_ABORTED",
    "DEPLOYMENT_RECOVERING",
];
const EndpointState = schemas/* looseObject */._H3({
    ready: openEnum(READY_STATES).optional(),
    config_update: openEnum(CONFIG_UPDATE_STATES).optional(),
});
const ServedEntityState = schemas/* looseObject */._H3({
    deployment: openEnum(DEPLOYMENT_STATES).optional(),
    deployment_state_message: schemas/* string */.YjP().optional(),
});
const ServedEntityOutput = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    entity_name: schemas/* string */.YjP().optional(),
    entity_version: schemas/* string */.YjP().optional(),
    external_model: schemas/* looseObject */._H3({ name: schemas/* string */.YjP().optional(), provider: schemas/* string */.YjP().optional() }).optional(),
    workload_size: schemas/* string */.YjP().optional(),
    workload_type: schemas/* string */.YjP().optional(),
    scale_to_zero_enabled: schemas/* boolean */.zMY().optional(),
    environment_vars: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    state: ServedEntityState.optional(),
    creator: schemas/* string */.YjP().optional(),
    creation_timestamp: schemas/* number */.aig().optional(),
});
/** Legacy echo: served_models use model_name / model_version. */
const ServedModelOutput = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    model_name: schemas/* string */.YjP().optional(),
    model_version: schemas/* string */.YjP().optional(),
    state: ServedEntityState.optional(),
});
const Route = schemas/* looseObject */._H3({
    // Either key may be present; the CLI fake echoes both (§1.5).
    served_entity_name: schemas/* string */.YjP().optional(),
    served_model_name: schemas/* string */.YjP().optional(),
    traffic_percentage: schemas/* number */.aig(),
});
const TrafficConfig = schemas/* looseObject */._H3({ routes: schemas/* array */.YOg(Route).optional() });
const EndpointConfigOutput = schemas/* looseObject */._H3({
    config_version: schemas/* number */.aig().optional(),
    served_entities: schemas/* array */.YOg(ServedEntityOutput).optional(),
    served_models: schemas/* array */.YOg(ServedModelOutput).optional(),
    traffic_config: TrafficConfig.optional(),
});
const EndpointPendingConfig = EndpointConfigOutput.extend({ start_time: schemas/* number */.aig().optional() });
const Tag = schemas/* looseObject */._H3({ key: schemas/* string */.YjP(), value: schemas/* string */.YjP().optional() });
const ServingEndpointDetailed = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    id: schemas/* string */.YjP().optional(),
    creator: schemas/* string */.YjP().optional(),
    creation_timestamp: schemas/* number */.aig().optional(),
    last_updated_timestamp: schemas/* number */.aig().optional(),
    description: schemas/* string */.YjP().optional(),
    state: EndpointState.optional(),
    config: EndpointConfigOutput.optional(),
    pending_config: EndpointPendingConfig.optional(),
    ai_gateway: schemas/* looseObject */._H3({}).optional(),
    tags: schemas/* array */.YOg(Tag).optional(),
    task: schemas/* string */.YjP().optional(),
    permission_level: schemas/* string */.YjP().optional(),
    route_optimized: schemas/* boolean */.zMY().optional(),
    endpoint_url: schemas/* string */.YjP().optional(),
});
const ServingEndpointList = schemas/* looseObject */._H3({
    endpoints: schemas/* array */.YOg(schemas/* looseObject */._H3({
        name: schemas/* string */.YjP(),
        id: schemas/* string */.YjP().optional(),
        state: EndpointState.optional(),
        task: schemas/* string */.YjP().optional(),
        config: schemas/* looseObject */._H3({ served_entities: schemas/* array */.YOg(ServedEntityOutput).optional() }).optional(),
    }))
        .optional(),
});
const LogsResponse = schemas/* looseObject */._H3({ logs: schemas/* string */.YjP().optional() });
const TagsResponse = schemas/* looseObject */._H3({ tags: schemas/* array */.YOg(Tag).optional() });
const AiGatewayResponse = schemas/* looseObject */._H3({
    usage_tracking_config: schemas/* looseObject */._H3({}).optional(),
    inference_table_config: schemas/* looseObject */._H3({}).optional(),
    rate_limits: schemas/* array */.YOg(schemas/* looseObject */._H3({})).optional(),
    guardrails: schemas/* looseObject */._H3({}).optional(),
    fallback_config: schemas/* looseObject */._H3({}).optional(),
});
/** Invocation answers: classic `predictions`, ResponsesAgent `output`, FM `choices`. */
const InvocationResponse = schemas/* looseObject */._H3({
    predictions: schemas/* unknown */.L5J().optional(),
    object: schemas/* string */.YjP().optional(),
    output: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP() })).optional(),
    choices: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
});
// Request bodies (the emulator validates with these; the client builds them).
const ServedEntityInput = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    entity_name: schemas/* string */.YjP().optional(),
    entity_version: schemas/* string */.YjP().optional(),
    workload_size: schemas/* string */.YjP().optional(),
    workload_type: schemas/* string */.YjP().optional(),
    scale_to_zero_enabled: schemas/* boolean */.zMY().optional(),
    environment_vars: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    external_model: schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), provider: schemas/* string */.YjP(), task: schemas/* string */.YjP() }).optional(),
});
const ServedModelInput = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    model_name: schemas/* string */.YjP(),
    model_version: schemas/* string */.YjP(),
    workload_size: schemas/* string */.YjP().optional(),
    scale_to_zero_enabled: schemas/* boolean */.zMY().optional(),
});
const EndpointCoreConfigInput = schemas/* looseObject */._H3({
    // SDK-py sends config.name; it is tolerated and ignored (§1.2).
    name: schemas/* string */.YjP().optional(),
    served_entities: schemas/* array */.YOg(ServedEntityInput).optional(),
    served_models: schemas/* array */.YOg(ServedModelInput).optional(),
    traffic_config: TrafficConfig.optional(),
    auto_capture_config: schemas/* looseObject */._H3({}).optional(),
});
const CreateServingEndpoint = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    config: EndpointCoreConfigInput.optional(),
    ai_gateway: schemas/* looseObject */._H3({}).optional(),
    description: schemas/* string */.YjP().optional(),
    tags: schemas/* array */.YOg(Tag).optional(),
    route_optimized: schemas/* boolean */.zMY().optional(),
});
const PatchTagsRequest = schemas/* looseObject */._H3({
    add_tags: schemas/* array */.YOg(Tag).optional(),
    delete_tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
// ---------------------------------------------------------------- jobs (§2)
const LIFE_CYCLE_STATES = [
    "QUEUED",
    "PENDING",
    "RUNNING",
    "TERMINATING",
    "TERMINATED",
    "SKIPPED",
    "INTERNAL_ERROR",
    "BLOCKED",
    "WAITING_FOR_RETRY",
];
const TERMINAL_LIFE_CYCLE_STATES = new Set(["TERMINATED", "SKIPPED", "INTERNAL_ERROR"]);
const RESULT_STATES = [
    "SUCCESS",
    "FAILED",
    "TIMEDOUT",
    "CANCELED",
    "MAXIMUM_CONCURRENT_RUNS_REACHED",
    "EXCLUDED",
    "SUCCESS_WITH_FAILURES",
    "UPSTREAM_FAILED",
    "UPSTREAM_CANCELED",
    "DISABLED",
];
const RUN_STATUS_STATES = ["BLOCKED", "PENDING", "QUEUED", "RUNNING", "TERMINATING", "TERMINATED", "WAITING"];
const RunState = schemas/* looseObject */._H3({
    life_cycle_state: openEnum(LIFE_CYCLE_STATES).optional(),
    result_state: openEnum(RESULT_STATES).optional(),
    state_message: schemas/* string */.YjP().optional(),
    user_cancelled_or_timedout: schemas/* boolean */.zMY().optional(),
});
const RunStatus = schemas/* looseObject */._H3({
    state: openEnum(RUN_STATUS_STATES).optional(),
    termination_details: schemas/* looseObject */._H3({ code: schemas/* string */.YjP().optional(), type: schemas/* string */.YjP().optional(), message: schemas/* string */.YjP().optional() })
        .optional(),
    queue_details: schemas/* looseObject */._H3({ code: schemas/* string */.YjP().optional(), message: schemas/* string */.YjP().optional() }).optional(),
});
const RunTask = schemas/* looseObject */._H3({
    task_key: schemas/* string */.YjP(),
    run_id: schemas/* number */.aig().optional(),
    state: RunState.optional(),
    status: RunStatus.optional(),
    start_time: schemas/* number */.aig().optional(),
    end_time: schemas/* number */.aig().optional(),
    run_page_url: schemas/* string */.YjP().optional(),
    attempt_number: schemas/* number */.aig().optional(),
});
const Run = schemas/* looseObject */._H3({
    run_id: schemas/* number */.aig(),
    job_id: schemas/* number */.aig().optional(),
    number_in_job: schemas/* number */.aig().optional(),
    run_name: schemas/* string */.YjP().optional(),
    run_type: schemas/* string */.YjP().optional(),
    run_page_url: schemas/* string */.YjP().optional(),
    start_time: schemas/* number */.aig().optional(),
    end_time: schemas/* number */.aig().optional(),
    state: RunState.optional(),
    status: RunStatus.optional(),
    tasks: schemas/* array */.YOg(RunTask).optional(),
    job_parameters: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), default: schemas/* string */.YjP().optional(), value: schemas/* string */.YjP().optional() }))
        .optional(),
    has_more: schemas/* boolean */.zMY().optional(),
    next_page_token: schemas/* string */.YjP().optional(),
});
const RunOutput = schemas/* looseObject */._H3({
    metadata: Run.optional(),
    error: schemas/* string */.YjP().optional(),
    error_trace: schemas/* string */.YjP().optional(),
    logs: schemas/* string */.YjP().optional(),
    logs_truncated: schemas/* boolean */.zMY().optional(),
    info: schemas/* string */.YjP().optional(),
    notebook_output: schemas/* looseObject */._H3({ result: schemas/* string */.YjP().optional(), truncated: schemas/* boolean */.zMY().optional() }).optional(),
});
const RunNowResponse = schemas/* looseObject */._H3({ run_id: schemas/* number */.aig(), number_in_job: schemas/* number */.aig().optional() });
const JobSettings = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().optional(),
    tasks: schemas/* array */.YOg(schemas/* looseObject */._H3({ task_key: schemas/* string */.YjP() })).optional(),
    parameters: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), default: schemas/* string */.YjP().optional() })).optional(),
    queue: schemas/* looseObject */._H3({ enabled: schemas/* boolean */.zMY().optional() }).optional(),
});
const Job = schemas/* looseObject */._H3({
    job_id: schemas/* number */.aig(),
    created_time: schemas/* number */.aig().optional(),
    creator_user_name: schemas/* string */.YjP().optional(),
    settings: JobSettings.optional(),
});
const JobsList = schemas/* looseObject */._H3({
    jobs: schemas/* array */.YOg(Job).optional(),
    has_more: schemas/* boolean */.zMY().optional(),
    next_page_token: schemas/* string */.YjP().optional(),
});
const CreateJobResponse = schemas/* looseObject */._H3({ job_id: schemas/* number */.aig() });
const RunNowRequest = schemas/* looseObject */._H3({
    job_id: schemas/* number */.aig(),
    job_parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    idempotency_token: schemas/* string */.YjP().max(64).optional(),
    notebook_params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    queue: schemas/* looseObject */._H3({ enabled: schemas/* boolean */.zMY().optional() }).optional(),
});
const EmptyResponse = schemas/* looseObject */._H3({});
// ---------------------------------------------------------------- auth (§4)
const OidcDiscovery = schemas/* looseObject */._H3({
    token_endpoint: schemas/* string */.YjP(),
    authorization_endpoint: schemas/* string */.YjP().optional(),
    issuer: schemas/* string */.YjP().optional(),
});
const TokenResponse = schemas/* looseObject */._H3({
    access_token: schemas/* string */.YjP(),
    token_type: schemas/* string */.YjP(),
    // SDK-py accepts an int or a numeric string.
    expires_in: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(/^\d+$/).transform(Number)]),
    scope: schemas/* string */.YjP().optional(),
});
const GitHubIdTokenResponse = schemas/* looseObject */._H3({ value: schemas/* string */.YjP() });

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/emulator/scenario.ts
// What the emulated workspace does: phase durations, outcomes, faults, auth.
// A scenario comes from a JSON file (`--scenario`), the library options, or
// `PUT /_emulator/scenario`; everything is optional and merged over defaults.
// Durations are in emulated milliseconds; the speed factor maps them to real time.



const Failure = schemas/* object */.Ikc({
    /** One line, as `runs/get-output` reports it in `error`. */
    error: schemas/* string */.YjP(),
    traceback: schemas/* string */.YjP().optional(),
    logs: schemas/* string */.YjP().optional(),
});
const Knobs = schemas/* object */.Ikc({
    queueMs: schemas/* number */.aig().nonnegative(),
    pendingMs: schemas/* number */.aig().nonnegative(),
    /** RUNNING time of the deployment task until `agents.deploy` has started the endpoint update. */
    jobRunMs: schemas/* number */.aig().nonnegative(),
    /** The job's task fails instead of deploying. */
    jobFailure: Failure.nullable(),
    buildMs: schemas/* number */.aig().nonnegative(),
    /** After the image is built: container start and readiness checks. */
    startMs: schemas/* number */.aig().nonnegative(),
    /**
     * ready: the update lands. build_failed: UPDATE_FAILED with a build log.
     * never_ready: stays IN_PROGRESS forever. rolled_back: settles NOT_UPDATING on the old config.
     */
    updateOutcome: schemas/* enum */.k5n(["ready", "build_failed", "never_ready", "rolled_back"]),
    buildFailureLog: schemas/* string */.YjP(),
    /** How long runs/cancel takes to end a run (cancel is asynchronous). */
    cancelDelayMs: schemas/* number */.aig().nonnegative(),
    /** Endpoint `task`; default: agent/v1/responses when the model name contains "agent", else none. */
    task: schemas/* string */.YjP().nullable(),
});
const FAULT_KINDS = ["429", "429-retry-after", "503", "reset", "reset-after", "slow"];
const Faults = schemas/* object */.Ikc({
    /** Probability that a request meets a fault. */
    rate: schemas/* number */.aig().min(0).max(1),
    seed: schemas/* number */.aig().int(),
    kinds: schemas/* array */.YOg(schemas/* enum */.k5n(FAULT_KINDS)).min(1),
    retryAfterSeconds: schemas/* number */.aig().nonnegative(),
    /** Extra latency of a "slow" answer, emulated ms. */
    slowMs: schemas/* number */.aig().nonnegative(),
    /** Only paths matching this regular expression meet faults. */
    paths: schemas/* string */.YjP(),
    /** Stop after this many faults (null: no limit), e.g. "the next 2 requests get 429". */
    maxFaults: schemas/* number */.aig().int().nonnegative().nullable(),
});
const AuthSettings = schemas/* object */.Ikc({
    /** Service principals allowed for OAuth M2M and (by client id) for GitHub OIDC federation. */
    clients: schemas/* array */.YOg(schemas/* object */.Ikc({ clientId: schemas/* string */.YjP(), clientSecret: schemas/* string */.YjP() })),
    tokenTtlSeconds: schemas/* number */.aig().positive(),
    /** The bearer the fake GitHub ID-token URL expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
    githubRequestToken: schemas/* string */.YjP(),
    /** Federation policy audience; default: this workspace's token endpoint URL (the SDK default). */
    audience: schemas/* string */.YjP().nullable(),
    /** Federation policy subject; null accepts any `repo:` subject. */
    subject: schemas/* string */.YjP().nullable(),
    /** The `sub` claim the fake GitHub issues. */
    githubSubject: schemas/* string */.YjP(),
});
const ScenarioFile = schemas/* object */.Ikc({
    defaults: Knobs.partial().optional(),
    /** Per endpoint name, over the defaults. */
    endpoints: schemas/* record */.g1P(schemas/* string */.YjP(), Knobs.partial()).optional(),
    faults: Faults.partial().optional(),
    auth: AuthSettings.partial().optional(),
    /** Jobs to create at start (job settings, as for jobs/create). */
    jobs: schemas/* array */.YOg(schemas/* looseObject */._H3({ name: schemas/* string */.YjP() })).optional(),
});
/** Out of the box a deployment takes ~10 s, so a person can watch the phases. */
const DEFAULT_KNOBS = {
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
const REALISTIC_KNOBS = {
    queueMs: 0,
    pendingMs: 30_000,
    jobRunMs: 90_000,
    buildMs: 540_000,
    startMs: 180_000,
    cancelDelayMs: 5_000,
};
const DEFAULT_TOKEN = "dapi-emulator-token";
const DEFAULT_FAULTS = {
    rate: 0,
    seed: 1,
    kinds: [...FAULT_KINDS],
    retryAfterSeconds: 2,
    slowMs: 3_000,
    paths: "^/(api|serving-endpoints|oidc/v1/token)",
    maxFaults: null,
};
const DEFAULT_AUTH = {
    clients: [{ clientId: "emulator-sp", clientSecret: "emulator-sp-secret" }],
    tokenTtlSeconds: 3_600,
    githubRequestToken: "emulator-github-request-token",
    audience: null,
    subject: null,
    githubSubject: "repo:example/agents:environment:prod",
};
function buildScenario(input = {}, base) {
    const b = base ?? { defaults: DEFAULT_KNOBS, endpoints: {}, faults: DEFAULT_FAULTS, auth: DEFAULT_AUTH, jobs: [] };
    return {
        defaults: { ...b.defaults, ...input.defaults },
        endpoints: { ...b.endpoints, ...input.endpoints },
        faults: { ...b.faults, ...input.faults },
        auth: { ...b.auth, ...input.auth },
        jobs: [...b.jobs, ...(input.jobs ?? [])],
    };
}
function knobsFor(s, endpoint) {
    return { ...s.defaults, ...s.endpoints[endpoint] };
}
function parseScenario(json, origin) {
    const parsed = ScenarioFile.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* UserError */.y(`${origin}: invalid scenario at ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}`);
    }
    return parsed.data;
}
async function loadScenarioFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (err) {
        throw new errors/* UserError */.y(`cannot read scenario ${path}: ${err.message}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.y(`scenario ${path} is not JSON: ${err.message}`);
    }
    return parseScenario(json, path);
}

;// CONCATENATED MODULE: ./src/emulator/respond.ts
// Answers in the workspace's formats: JSON bodies, `{"error_code","message"}`
// errors (numeric error_code for gateway auth failures, §3.1).
function ok(body = {}) {
    return { status: 200, body };
}
function apiError(status, errorCode, message, headers) {
    return { status, body: { error_code: errorCode, message }, ...(headers ? { headers } : {}) };
}
const invalidParam = (message) => apiError(400, "INVALID_PARAMETER_VALUE", message);
const notFound = (message) => apiError(404, "RESOURCE_DOES_NOT_EXIST", message);
/** Thrown by handlers to answer with an error from deep inside. */
class ReplyError extends Error {
    reply;
    constructor(reply) {
        super(typeof reply.body === "object" && reply.body && "message" in reply.body ? String(reply.body.message) : `HTTP ${reply.status}`);
        this.reply = reply;
    }
}

;// CONCATENATED MODULE: ./src/emulator/parse.ts
// Request bodies are read with the client's own schemas; a wrong type answers
// like the real service: 400 MALFORMED_REQUEST "Could not parse request object: …".

function parseBody(schema, raw) {
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "(root)";
    throw new ReplyError(apiError(400, "MALFORMED_REQUEST", `Could not parse request object: ${issue?.message ?? "invalid"} for field ${field}`));
}

;// CONCATENATED MODULE: ./src/emulator/endpoints.ts
// Serving endpoints and their update state machine (§1.9):
//   create / PUT config -> IN_PROGRESS, pending_config, entities DEPLOYMENT_CREATING
//     build  -> (build_failed) UPDATE_FAILED, entity DEPLOYMENT_FAILED, build log, old config keeps serving
//     start  -> (ready) config = pending (config_version + 1), NOT_UPDATING, READY
//               (never_ready) stays IN_PROGRESS; (rolled_back) NOT_UPDATING on the old config
// A second PUT while IN_PROGRESS is refused with 409 RESOURCE_CONFLICT (§1.11).





const CREATOR = "ci-bot@example.com";
const NAME_RE = /^[A-Za-z0-9_-]{1,63}$/;
class EndpointStore {
    timeline;
    scenario;
    emit;
    endpoints = new Map();
    constructor(timeline, scenario, emit) {
        this.timeline = timeline;
        this.scenario = scenario;
        this.emit = emit;
    }
    create(raw, at = this.timeline.now()) {
        const body = parseBody(CreateServingEndpoint, raw);
        if (!NAME_RE.test(body.name)) {
            throw new ReplyError(invalidParam(`Endpoint name "${body.name}" is invalid: use 1-63 letters, digits, '-' or '_'.`));
        }
        if (this.endpoints.has(body.name)) {
            throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Endpoint with name '${body.name}' already exists.`));
        }
        const now = at;
        const ep = {
            name: body.name,
            id: (0,external_node_crypto_.randomBytes)(16).toString("hex"),
            created: now,
            updated: now,
            description: body.description ?? "",
            tags: body.tags ?? [],
            task: undefined,
            aiGateway: body.ai_gateway,
            routeOptimized: body.route_optimized ?? false,
            config: undefined,
            pending: undefined,
            configUpdate: "NOT_UPDATING",
        };
        const config = body.config ? this.buildConfig(body.config, 1, now) : undefined;
        this.endpoints.set(ep.name, ep);
        this.emit({ at: now, type: "endpoint_created", endpoint: ep.name });
        if (config)
            this.startUpdate(ep, config, now);
        return this.render(ep);
    }
    get(name) {
        return this.render(this.require(name));
    }
    exists(name) {
        return this.endpoints.has(name);
    }
    list() {
        return {
            endpoints: [...this.endpoints.values()].map((ep) => ({
                name: ep.name,
                id: ep.id,
                creator: CREATOR,
                creation_timestamp: ep.created,
                last_updated_timestamp: ep.updated,
                state: this.state(ep),
                description: ep.description,
                ...(ep.task ? { task: ep.task } : {}),
                ...(ep.tags.length ? { tags: ep.tags } : {}),
                ...(ep.config
                    ? { config: { served_entities: ep.config.entities.map((e) => ({ name: e.name, entity_name: e.entityName, entity_version: e.entityVersion })) } }
                    : {}),
            })),
        };
    }
    delete(name) {
        this.require(name);
        this.endpoints.delete(name);
        this.emit({ at: this.timeline.now(), type: "endpoint_deleted", endpoint: name });
        return {};
    }
    updateConfig(name, raw) {
        const ep = this.require(name);
        const input = parseBody(EndpointCoreConfigInput, raw);
        this.applyConfig(ep, input);
        return this.render(ep);
    }
    /** What `agents.deploy` does for (model, version): serve it with 100 % of traffic. Throws a message on conflict. */
    deploy(endpoint, modelName, version, at) {
        const entity = {
            name: `${modelName.split(".").pop() ?? modelName}-${version}`,
            entity_name: modelName,
            entity_version: version,
            workload_size: "Small",
            scale_to_zero_enabled: true,
        };
        const config = {
            served_entities: [entity],
            traffic_config: { routes: [{ served_entity_name: entity.name, traffic_percentage: 100 }] },
        };
        const ep = this.endpoints.get(endpoint);
        if (!ep) {
            this.create({ name: endpoint, config }, at);
            return;
        }
        this.applyConfig(ep, config, at);
    }
    putAiGateway(name, raw) {
        const ep = this.require(name);
        const body = (raw && typeof raw === "object" ? raw : {});
        ep.aiGateway = Object.keys(body).length ? body : undefined;
        ep.updated = this.timeline.now();
        return ep.aiGateway ?? {};
    }
    patchTags(name, raw) {
        const ep = this.require(name);
        const body = parseBody(PatchTagsRequest, raw);
        const tags = new Map(ep.tags.map((t) => [t.key, t]));
        for (const t of body.add_tags ?? [])
            tags.set(t.key, t);
        for (const k of body.delete_tags ?? [])
            tags.delete(k);
        ep.tags = [...tags.values()].sort((a, b) => a.key.localeCompare(b.key));
        return { tags: ep.tags };
    }
    logs(name, served, kind) {
        const ep = this.require(name);
        const entity = [...(ep.pending?.entities ?? []), ...(ep.config?.entities ?? [])].find((e) => e.name === served);
        if (!entity)
            throw new ReplyError(notFound(`Served model ${served} does not exist in endpoint ${name}.`));
        return { logs: (kind === "build" ? entity.buildLog : entity.serverLog).join("\n") + "\n" };
    }
    /** The endpoint's task and the entity that answers (largest traffic share), or why it cannot answer. */
    route(name) {
        const ep = this.require(name);
        if (!ep.config || this.state(ep).ready !== "READY") {
            // Exact real answer unconfirmed; a not-ready endpoint must not look like a transient error.
            throw new ReplyError(apiError(400, "INVALID_STATE", `Endpoint ${name} is not ready to serve requests.`));
        }
        const best = [...ep.config.routes].sort((a, b) => b.traffic_percentage - a.traffic_percentage)[0];
        return { task: ep.task, served: best?.served_entity_name ?? ep.config.entities[0]?.name ?? "" };
    }
    // ------------------------------------------------------------------ internals
    require(name) {
        const ep = this.endpoints.get(name);
        if (!ep)
            throw new ReplyError(notFound(`Endpoint with name '${name}' does not exist.`));
        return ep;
    }
    applyConfig(ep, input, at = this.timeline.now()) {
        if (ep.configUpdate === "IN_PROGRESS") {
            throw new ReplyError(apiError(409, "RESOURCE_CONFLICT", `Endpoint ${ep.name} is currently updating. Wait for the update to complete before updating its config.`));
        }
        const version = (ep.config?.version ?? 0) + 1;
        this.startUpdate(ep, this.buildConfig(input, version, at), at);
    }
    buildConfig(input, version, at) {
        if (input.served_entities && input.served_models) {
            throw new ReplyError(invalidParam("Only one of served_entities and served_models may be specified."));
        }
        const specs = input.served_entities ??
            (input.served_models ?? []).map(({ model_name, model_version, ...rest }) => ({ ...rest, entity_name: model_name, entity_version: model_version }));
        if (specs.length === 0)
            throw new ReplyError(invalidParam("The config must specify at least one served entity."));
        if (specs.length > 10)
            throw new ReplyError(invalidParam("An endpoint can serve at most 10 entities."));
        const entities = specs.map((s) => {
            const external = s.external_model;
            const entityName = s.entity_name;
            const entityVersion = s.entity_version;
            const name = s.name ??
                (external?.name ? external.name.replace(/[.:]/g, "-") : `${(entityName ?? "entity").split(".").pop()}-${entityVersion ?? "1"}`);
            if (!NAME_RE.test(name))
                throw new ReplyError(invalidParam(`Served entity name "${name}" is invalid.`));
            const { burst_scaling_enabled: _never, ...spec } = s; // accepted, never echoed (§1.10)
            return {
                spec: {
                    ...spec,
                    name,
                    ...(external ? {} : { workload_type: s.workload_type ?? "CPU", scale_to_zero_enabled: s.scale_to_zero_enabled ?? false }),
                },
                name,
                entityName,
                entityVersion,
                deployment: "DEPLOYMENT_CREATING",
                message: "Creating container image",
                created: at,
                buildLog: [],
                serverLog: [],
            };
        });
        if (new Set(entities.map((e) => e.name)).size !== entities.length)
            throw new ReplyError(invalidParam("Served entity names must be unique."));
        const routesIn = input.traffic_config?.routes;
        let routes;
        if (!routesIn) {
            if (entities.length > 1)
                throw new ReplyError(invalidParam("traffic_config is required when serving more than one entity."));
            routes = [{ served_entity_name: entities[0].name, served_model_name: entities[0].name, traffic_percentage: 100 }];
        }
        else {
            routes = routesIn.map((r) => {
                const target = r.served_entity_name ?? r.served_model_name ?? "";
                if (!entities.some((e) => e.name === target))
                    throw new ReplyError(invalidParam(`Traffic route refers to unknown served entity "${target}".`));
                return { served_entity_name: target, served_model_name: target, traffic_percentage: r.traffic_percentage };
            });
            const sum = routes.reduce((n, r) => n + r.traffic_percentage, 0);
            if (sum !== 100)
                throw new ReplyError(invalidParam(`Traffic percentages must add up to 100, got ${sum}.`));
        }
        return { version, entities, routes, startTime: at };
    }
    startUpdate(ep, pending, at) {
        const k = knobsFor(this.scenario(), ep.name);
        ep.pending = pending;
        ep.configUpdate = "IN_PROGRESS";
        ep.updated = at;
        ep.task =
            k.task ??
                (pending.entities.some((e) => /agent/i.test(e.entityName ?? "")) ? "agent/v1/responses" : pending.entities[0]?.spec.external_model?.task) ??
                ep.task;
        const stamp = (t) => new Date(t).toISOString();
        for (const e of pending.entities)
            e.buildLog.push(`${stamp(at)} Build started for ${e.entityName ?? e.name} version ${e.entityVersion ?? "-"}`, `${stamp(at)} Installing model dependencies`);
        this.emit({ at, type: "update_started", endpoint: ep.name, detail: `config_version ${pending.version}` });
        const current = () => this.endpoints.get(ep.name) === ep && ep.pending === pending;
        this.timeline.at(at + k.buildMs, (built) => {
            if (!current())
                return;
            ep.updated = built;
            if (k.updateOutcome === "build_failed") {
                for (const e of pending.entities) {
                    e.deployment = "DEPLOYMENT_FAILED";
                    e.message = "Container image build failed. See build logs for details.";
                    e.buildLog.push(...k.buildFailureLog.split("\n").map((l) => `${stamp(built)} ${l}`));
                }
                ep.configUpdate = "UPDATE_FAILED"; // pending_config retained, old config keeps serving
                this.emit({ at: built, type: "update_failed", endpoint: ep.name });
                return;
            }
            for (const e of pending.entities) {
                e.message = "Starting serving container";
                e.buildLog.push(`${stamp(built)} Container image built successfully`);
            }
            this.emit({ at: built, type: "image_built", endpoint: ep.name });
            this.timeline.at(built + k.startMs, (started) => {
                if (!current())
                    return;
                ep.updated = started;
                if (k.updateOutcome === "never_ready") {
                    for (const e of pending.entities)
                        e.message = "Served entity is not ready: the readiness probe keeps failing";
                    return;
                }
                if (k.updateOutcome === "rolled_back") {
                    ep.pending = undefined;
                    ep.configUpdate = "NOT_UPDATING";
                    this.emit({ at: started, type: "update_rolled_back", endpoint: ep.name });
                    return;
                }
                for (const e of pending.entities) {
                    e.deployment = "DEPLOYMENT_READY";
                    e.message = "";
                    e.serverLog.push(`${stamp(started)} Model server started; listening for requests`);
                }
                ep.config = pending;
                ep.pending = undefined;
                ep.configUpdate = "NOT_UPDATING";
                this.emit({ at: started, type: "endpoint_ready", endpoint: ep.name, detail: pending.entities.map((e) => `${e.entityName}@${e.entityVersion}`).join(",") });
            });
        });
    }
    state(ep) {
        const ready = !!ep.config && ep.config.entities.length > 0 && ep.config.entities.every((e) => e.deployment === "DEPLOYMENT_READY");
        return { ready: ready ? "READY" : "NOT_READY", config_update: ep.configUpdate };
    }
    renderConfig(c, pending) {
        return {
            config_version: c.version,
            ...(pending ? { start_time: c.startTime } : {}),
            served_entities: c.entities.map((e) => ({
                ...e.spec,
                state: { deployment: e.deployment, deployment_state_message: e.message },
                creator: CREATOR,
                creation_timestamp: e.created,
            })),
            traffic_config: { routes: c.routes },
        };
    }
    render(ep) {
        return {
            name: ep.name,
            id: ep.id,
            creator: CREATOR,
            creation_timestamp: ep.created,
            last_updated_timestamp: ep.updated,
            description: ep.description,
            state: this.state(ep),
            ...(ep.config ? { config: this.renderConfig(ep.config, false) } : {}),
            ...(ep.pending ? { pending_config: this.renderConfig(ep.pending, true) } : {}),
            ...(ep.aiGateway ? { ai_gateway: ep.aiGateway } : {}),
            ...(ep.tags.length ? { tags: ep.tags } : {}),
            ...(ep.task ? { task: ep.task } : {}),
            permission_level: "CAN_MANAGE",
            route_optimized: ep.routeOptimized,
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/jobs.ts
// Jobs 2.1/2.2 (§2): jobs, runs and their life cycle
//   [QUEUED] -> PENDING -> RUNNING -> TERMINATED/SUCCESS
//                                  -> INTERNAL_ERROR/FAILED with the task TERMINATED/FAILED (the multi-task shape, §2.2)
// A deployment job (parameters model_name, version, endpoint_name) applies the
// endpoint update at the end of RUNNING, as agents.deploy would.





const WORKSPACE_ID = "1234567890123456";
const DEPLOY_PARAMS = ["model_name", "version", "endpoint_name"];
const WORKLOAD_FAILED = "Workload failed, see run output for details.";
class JobStore {
    timeline;
    scenario;
    endpoints;
    emit;
    baseUrl;
    jobs = new Map();
    runs = new Map();
    taskRuns = new Map();
    tokens = new Map();
    nextJobId = 418_893_105_563_000;
    nextRunId = 902_117_463_350_000;
    constructor(timeline, scenario, endpoints, emit, baseUrl) {
        this.timeline = timeline;
        this.scenario = scenario;
        this.endpoints = endpoints;
        this.emit = emit;
        this.baseUrl = baseUrl;
    }
    create(raw, apiVersion) {
        const settings = parseBody(JobSettings, raw);
        const jobId = this.nextJobId++;
        // Jobs created through 2.2 queue by default (§2.4).
        const queue = settings.queue ?? (apiVersion === "2.2" ? { enabled: true } : undefined);
        this.jobs.set(jobId, {
            job_id: jobId,
            created_time: this.timeline.now(),
            settings: { ...settings, name: settings.name ?? "Untitled", ...(queue ? { queue } : {}) },
        });
        return { job_id: jobId };
    }
    get(jobIdText) {
        return this.renderJob(this.requireJob(jobIdText));
    }
    list(query) {
        const limit = query.has("limit") ? Number(query.get("limit")) : 20;
        if (!Number.isInteger(limit) || limit < 1 || limit > 100)
            throw new ReplyError(invalidParam(`limit must be between 1 and 100, got ${query.get("limit")}`));
        const name = query.get("name")?.toLowerCase();
        const token = query.get("page_token");
        const offset = token ? Number(Buffer.from(token, "base64url").toString()) : Number(query.get("offset") ?? 0);
        const all = [...this.jobs.values()].filter((j) => name === undefined || j.settings.name.toLowerCase() === name);
        const page = all.slice(offset, offset + limit);
        const hasMore = offset + limit < all.length;
        return {
            jobs: page.map((j) => this.renderJob(j)),
            has_more: hasMore,
            ...(hasMore ? { next_page_token: Buffer.from(String(offset + limit)).toString("base64url") } : {}),
        };
    }
    runNow(raw) {
        const body = parseBody(RunNowRequest, raw);
        const token = body.idempotency_token;
        const existing = token === undefined ? undefined : this.tokens.get(token);
        if (existing !== undefined)
            return { run_id: existing, number_in_job: existing }; // at most one run per token
        const job = this.jobs.get(body.job_id);
        if (!job)
            throw new ReplyError(invalidParam(`Job ${body.job_id} does not exist.`));
        const run = this.startRun(job, body.job_parameters ?? {});
        if (token !== undefined)
            this.tokens.set(token, run.runId);
        return { run_id: run.runId, number_in_job: run.runId };
    }
    getRun(runIdText) {
        return this.renderRun(this.requireRun(runIdText));
    }
    getOutput(runIdText) {
        const id = Number(runIdText);
        if (this.runs.has(id)) {
            throw new ReplyError(invalidParam("Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead."));
        }
        const hit = this.taskRuns.get(id);
        if (!hit)
            throw new ReplyError(invalidParam(`Run ${runIdText} does not exist.`));
        const { run, task } = hit;
        const done = task.end !== 0;
        return {
            metadata: { ...this.renderTask(run, task), job_id: run.jobId, run_name: run.jobName, number_in_job: run.runId },
            ...(done ? { ...task.output, logs_truncated: false } : {}),
        };
    }
    cancel(raw) {
        const runId = Number(raw?.run_id);
        const run = this.requireRun(String(runId));
        this.requestCancel(run);
        return {};
    }
    cancelAll(raw) {
        const jobId = Number(raw?.job_id);
        for (const run of this.runs.values())
            if (run.jobId === jobId)
                this.requestCancel(run);
        return {};
    }
    // ------------------------------------------------------------------ internals
    requireJob(text) {
        const job = this.jobs.get(Number(text));
        if (!job)
            throw new ReplyError(invalidParam(`Job ${text} does not exist.`));
        return job;
    }
    requireRun(text) {
        const run = this.runs.get(Number(text));
        if (!run)
            throw new ReplyError(invalidParam(`Run ${text} does not exist.`));
        return run;
    }
    startRun(job, overrides) {
        const now = this.timeline.now();
        const declared = job.settings.parameters ?? [];
        const params = declared.map((p) => ({ ...p, value: overrides[p.name] ?? p.default ?? "" }));
        const value = (n) => params.find((p) => p.name === n)?.value;
        const isDeploy = DEPLOY_PARAMS.every((n) => declared.some((p) => p.name === n));
        const endpoint = isDeploy ? value("endpoint_name") : undefined;
        const knobs = knobsFor(this.scenario(), endpoint ?? "");
        const specs = job.settings.tasks ?? [{ task_key: "main" }];
        const runId = this.nextRunId++;
        const run = {
            runId,
            jobId: job.job_id,
            jobName: job.settings.name,
            params,
            overrides,
            created: now,
            start: now,
            end: 0,
            life: knobs.queueMs > 0 ? "QUEUED" : "PENDING",
            result: undefined,
            message: knobs.queueMs > 0 ? "Queued" : "Waiting for cluster",
            userCancelled: false,
            termination: undefined,
            tasks: [],
        };
        run.tasks = specs.map((spec) => {
            const task = {
                key: String(spec.task_key),
                runId: this.nextRunId++,
                spec,
                life: "PENDING",
                result: undefined,
                message: "",
                start: 0,
                end: 0,
                termination: undefined,
                output: {},
            };
            this.taskRuns.set(task.runId, { run, task });
            return task;
        });
        this.runs.set(runId, run);
        this.emit({ at: now, type: "run_started", runId, ...(endpoint ? { endpoint } : {}) });
        const runningAt = now + knobs.queueMs + knobs.pendingMs;
        this.timeline.at(now + knobs.queueMs, () => {
            if (run.end === 0 && run.life === "QUEUED")
                run.life = "PENDING";
        });
        this.timeline.at(runningAt, (at) => {
            if (run.end !== 0)
                return;
            run.life = "RUNNING";
            run.message = "";
            for (const t of run.tasks) {
                t.life = "RUNNING";
                t.start = at;
            }
            this.emit({ at, type: "run_state", runId, detail: "RUNNING" });
        });
        this.timeline.at(runningAt + knobs.jobRunMs, (at) => {
            if (run.end !== 0)
                return;
            this.finish(run, at, knobs, isDeploy ? { model: value("model_name") ?? "", version: value("version") ?? "", endpoint: endpoint ?? "" } : undefined);
        });
        return run;
    }
    finish(run, at, knobs, deploy) {
        let failure = knobs.jobFailure ?? undefined;
        if (!failure && deploy) {
            try {
                this.endpoints.deploy(deploy.endpoint, deploy.model, deploy.version, at);
                this.emit({ at, type: "deployment_applied", runId: run.runId, endpoint: deploy.endpoint, detail: `${deploy.model}@${deploy.version}` });
            }
            catch (err) {
                const body = err instanceof ReplyError ? err.reply.body : undefined;
                const line = body ? `${body.error_code}: ${body.message}` : String(err);
                failure = {
                    error: `databricks.sdk.errors.platform.ResourceConflict: ${line}`,
                    traceback: `Traceback (most recent call last):\n  File "/Workspace/deploy.py", line 18, in <module>\n    agents.deploy(model_name, int(version), endpoint_name=endpoint_name)\ndatabricks.sdk.errors.platform.ResourceConflict: ${line}`,
                };
            }
        }
        run.end = at;
        const [first, ...rest] = run.tasks;
        for (const t of rest)
            this.endTask(t, at, "SUCCESS");
        if (!failure) {
            if (first) {
                this.endTask(first, at, "SUCCESS");
                first.output = { logs: deploy ? `Deploying ${deploy.model} version ${deploy.version} to ${deploy.endpoint}\nDeployment started.\n` : "" };
            }
            run.life = "TERMINATED";
            run.result = "SUCCESS";
            run.message = "";
            run.termination = { code: "SUCCESS", type: "SUCCESS", message: "" };
        }
        else {
            if (first) {
                this.endTask(first, at, "FAILED");
                first.output = {
                    error: failure.error,
                    error_trace: failure.traceback ?? `Traceback (most recent call last):\n  File "/Workspace/deploy.py", line 1, in <module>\n${failure.error}`,
                    logs: failure.logs ?? `${failure.error}\n`,
                };
            }
            const msg = `Task ${first?.key ?? "main"} failed with message: ${WORKLOAD_FAILED}`;
            run.life = "INTERNAL_ERROR";
            run.result = "FAILED";
            run.message = msg;
            run.termination = { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR", message: msg };
        }
        this.emit({ at, type: "run_state", runId: run.runId, detail: `${run.life}/${run.result}` });
    }
    endTask(t, at, result) {
        t.life = "TERMINATED";
        t.result = result;
        t.end = at;
        if (t.start === 0)
            t.start = at;
        if (result === "SUCCESS") {
            t.message = "";
            t.termination = { code: "SUCCESS", type: "SUCCESS", message: "" };
        }
        else if (result === "FAILED") {
            t.message = WORKLOAD_FAILED;
            t.termination = { code: "RUN_EXECUTION_ERROR", type: "CLIENT_ERROR", message: WORKLOAD_FAILED };
        }
        else {
            t.message = "Run cancelled.";
            t.termination = { code: "USER_CANCELED", type: "SUCCESS", message: "Run cancelled." };
        }
    }
    requestCancel(run) {
        if (run.end !== 0)
            return; // a finished run is left unchanged
        const knobs = knobsFor(this.scenario(), run.params.find((p) => p.name === "endpoint_name")?.value ?? "");
        // Asynchronous, like the real service: the run keeps its state briefly.
        this.timeline.at(this.timeline.now() + knobs.cancelDelayMs, (at) => {
            if (run.end !== 0)
                return;
            run.end = at;
            for (const t of run.tasks)
                if (t.end === 0)
                    this.endTask(t, at, "CANCELED");
            run.life = "TERMINATED";
            run.result = "CANCELED";
            run.userCancelled = true;
            run.message = "Run cancelled.";
            // termination type for a user cancel is unconfirmed; SUCCESS mirrors "not a failure".
            run.termination = { code: "USER_CANCELED", type: "SUCCESS", message: "Run cancelled." };
            this.emit({ at, type: "run_state", runId: run.runId, detail: "TERMINATED/CANCELED" });
        });
    }
    url(jobId, runId) {
        return `${this.baseUrl()}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
    }
    renderJob(j) {
        return { job_id: j.job_id, created_time: j.created_time, creator_user_name: CREATOR, run_as_user_name: CREATOR, settings: j.settings };
    }
    renderState(life, result, message, userCancelled) {
        return { life_cycle_state: life, ...(result ? { result_state: result } : {}), state_message: message, user_cancelled_or_timedout: userCancelled };
    }
    renderStatus(life, termination) {
        const state = ["TERMINATED", "INTERNAL_ERROR", "SKIPPED"].includes(life) ? "TERMINATED" : life;
        return { state, ...(termination && state === "TERMINATED" ? { termination_details: termination } : {}) };
    }
    renderTask(run, t) {
        const { task_key: _k, ...spec } = t.spec;
        return {
            ...spec,
            task_key: t.key,
            run_id: t.runId,
            state: this.renderState(t.life, t.result, t.message, run.userCancelled),
            status: this.renderStatus(t.life, t.termination),
            start_time: t.start,
            end_time: t.end,
            setup_duration: 0,
            execution_duration: t.end && t.start ? t.end - t.start : 0,
            cleanup_duration: 0,
            attempt_number: 0,
            run_page_url: this.url(run.jobId, t.runId),
        };
    }
    renderRun(run) {
        const now = this.timeline.now();
        return {
            job_id: run.jobId,
            run_id: run.runId,
            number_in_job: run.runId,
            job_run_id: run.runId,
            run_name: run.jobName,
            run_type: "JOB_RUN",
            trigger: "ONE_TIME",
            creator_user_name: CREATOR,
            run_page_url: this.url(run.jobId, run.runId),
            start_time: run.start,
            end_time: run.end,
            setup_duration: 0,
            execution_duration: 0,
            cleanup_duration: 0,
            run_duration: (run.end || now) - run.start,
            attempt_number: 0,
            format: "MULTI_TASK",
            state: {
                ...this.renderState(run.life, run.result, run.message, run.userCancelled),
                ...(run.life === "QUEUED" ? { queue_reason: "Queued due to reaching maximum concurrent runs of the job." } : {}),
            },
            status: this.renderStatus(run.life, run.termination),
            tasks: run.tasks.map((t) => this.renderTask(run, t)),
            job_parameters: run.params,
            ...(Object.keys(run.overrides).length ? { overriding_parameters: { job_parameters: run.overrides } } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/oidc.ts
// Workspace auth (§4): the PAT, OAuth M2M (client credentials with HTTP Basic),
// GitHub OIDC token exchange, and a fake GitHub ID-token URL that issues signed
// JWTs so the exchange can be exercised end to end.


const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
const TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
const JWT_TYPE = "urn:ietf:params:oauth:token-type:jwt";
function oauthError(status, error, description) {
    return { status, body: { error, error_description: description } };
}
function same(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
class WorkspaceAuth {
    clock;
    pat;
    settings;
    baseUrl;
    issued = new Map(); // access token -> expiry (emulated ms)
    signingKey = (0,external_node_crypto_.randomBytes)(32);
    constructor(clock, pat, settings, baseUrl) {
        this.clock = clock;
        this.pat = pat;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }
    /** Checks a workspace API request's bearer token; undefined when it may pass. */
    check(authorization) {
        const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
        if (!m?.[1]) {
            // Real body for a missing credential is unconfirmed; the numeric form mirrors the 403 gateway error.
            return apiError(401, 401, "Credential was not sent or was of an unsupported type for this API.");
        }
        const token = m[1];
        if (same(token, this.pat))
            return undefined;
        const expiry = this.issued.get(token);
        if (expiry !== undefined && this.clock.now() < expiry)
            return undefined;
        return apiError(403, 403, "Invalid access token.", { "x-databricks-reason-phrase": "Invalid access token." });
    }
    /** Every issued OAuth token stops working (revocation, key rotation). */
    revokeAll() {
        this.issued.clear();
    }
    discovery() {
        const base = this.baseUrl();
        return {
            status: 200,
            body: {
                issuer: `${base}/oidc`,
                authorization_endpoint: `${base}/oidc/v1/authorize`,
                token_endpoint: `${base}/oidc/v1/token`,
                grant_types_supported: ["client_credentials", "authorization_code", "refresh_token", TOKEN_EXCHANGE],
                scopes_supported: ["all-apis", "offline_access"],
            },
        };
    }
    token(form, authorization) {
        const grant = form.get("grant_type");
        const s = this.settings();
        if (grant === "client_credentials") {
            let id = form.get("client_id") ?? "";
            let secret = form.get("client_secret") ?? "";
            const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? "")?.[1];
            if (basic) {
                const decoded = Buffer.from(basic, "base64").toString("utf8");
                const colon = decoded.indexOf(":");
                id = decodeURIComponent(decoded.slice(0, colon));
                secret = decodeURIComponent(decoded.slice(colon + 1));
            }
            const client = s.clients.find((c) => c.clientId === id);
            if (!client || !same(client.clientSecret, secret))
                return oauthError(401, "invalid_client", "Client authentication failed");
            return this.issue(form.get("scope") ?? "all-apis");
        }
        if (grant === TOKEN_EXCHANGE) {
            if (form.get("subject_token_type") !== JWT_TYPE)
                return oauthError(400, "invalid_request", `subject_token_type must be ${JWT_TYPE}`);
            const clientId = form.get("client_id");
            if (!clientId || !s.clients.some((c) => c.clientId === clientId)) {
                return oauthError(400, "invalid_request", "No federation policy matches this client_id");
            }
            const claims = this.verify(form.get("subject_token") ?? "");
            if (!claims)
                return oauthError(400, "invalid_grant", "subject_token is not a valid JWT from a trusted issuer");
            const audience = s.audience ?? `${this.baseUrl()}/oidc/v1/token`;
            if (claims.iss !== GITHUB_ISSUER)
                return oauthError(400, "invalid_grant", "Token issuer does not match the federation policy");
            if (claims.aud !== audience)
                return oauthError(400, "invalid_grant", "Token audience does not match the federation policy");
            if (typeof claims.exp !== "number" || claims.exp * 1000 <= this.clock.now())
                return oauthError(400, "invalid_grant", "subject_token has expired");
            if (s.subject !== null ? claims.sub !== s.subject : !String(claims.sub).startsWith("repo:")) {
                return oauthError(400, "invalid_grant", "Token subject does not match the federation policy");
            }
            return this.issue(form.get("scope") ?? "all-apis");
        }
        return oauthError(400, "unsupported_grant_type", `grant_type ${grant ?? "(missing)"} is not supported`);
    }
    /** The runner's ID-token URL: `GET …?api-version=2.0&audience=…` with the request token as bearer. */
    githubIdToken(query, authorization) {
        const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
        if (!m?.[1] || !same(m[1], this.settings().githubRequestToken))
            return { status: 401, body: { message: "Bad credentials" } };
        const now = Math.floor(this.clock.now() / 1000);
        const audience = query.get("audience") ?? "https://github.com/example";
        return { status: 200, body: { value: this.sign({ iss: GITHUB_ISSUER, aud: audience, sub: this.settings().githubSubject, iat: now, exp: now + 300 }) } };
    }
    issue(scope) {
        const ttl = this.settings().tokenTtlSeconds;
        const token = `emu-oauth-${(0,external_node_crypto_.randomBytes)(18).toString("base64url")}`;
        this.issued.set(token, this.clock.now() + ttl * 1000);
        return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: ttl, scope } };
    }
    sign(claims) {
        const enc = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
        const head = `${enc({ alg: "HS256", typ: "JWT" })}.${enc(claims)}`;
        return `${head}.${(0,external_node_crypto_.createHmac)("sha256", this.signingKey).update(head).digest("base64url")}`;
    }
    verify(jwt) {
        const [h, p, sig] = jwt.split(".");
        if (!h || !p || !sig)
            return undefined;
        const expected = (0,external_node_crypto_.createHmac)("sha256", this.signingKey).update(`${h}.${p}`).digest("base64url");
        if (!same(expected, sig))
            return undefined;
        try {
            return JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/faults.ts
// Seeded fault injection: the same seed gives the same sequence of faults, so a
// failing soak can be replayed.

class FaultInjector {
    settings;
    random;
    seed;
    pathRe;
    injected = 0;
    constructor(settings) {
        this.settings = settings;
        this.seed = settings.seed;
        this.random = seededRandom(settings.seed);
        this.pathRe = new RegExp(settings.paths);
    }
    update(settings) {
        if (settings.seed !== this.seed) {
            this.seed = settings.seed;
            this.random = seededRandom(settings.seed);
        }
        if (settings.maxFaults !== this.settings.maxFaults)
            this.injected = 0;
        this.settings = settings;
        this.pathRe = new RegExp(settings.paths);
    }
    /** The fault this request meets, if any. */
    pick(path) {
        const { rate, maxFaults, kinds } = this.settings;
        if (rate <= 0 || !this.pathRe.test(path) || (maxFaults !== null && this.injected >= maxFaults))
            return undefined;
        if (this.random() >= rate)
            return undefined;
        this.injected++;
        return kinds[Math.floor(this.random() * kinds.length)] ?? kinds[0];
    }
    get retryAfterSeconds() {
        return this.settings.retryAfterSeconds;
    }
    get slowMs() {
        return this.settings.slowMs;
    }
}

;// CONCATENATED MODULE: ./src/emulator/request-log.ts
// Every request the emulator saw, for tests and benchmarks to assert on (how
// many run-now calls, with which idempotency tokens). Headers are never
// recorded, and secret form fields are masked.
const SECRET_FIELDS = new Set(["client_secret", "subject_token", "access_token", "token", "password"]);
function redactBody(body) {
    if (Array.isArray(body))
        return body.map(redactBody);
    if (body && typeof body === "object") {
        return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "***" : redactBody(v)]));
    }
    return body;
}
class RequestLog {
    entries = [];
    add(entry) {
        const e = { seq: this.entries.length + 1, ...entry };
        this.entries.push(e);
        return e;
    }
    /** Requests to a path (any API version), e.g. `calls("jobs/run-now")`. */
    calls(pathSuffix, method) {
        return this.entries.filter((e) => e.path.endsWith(pathSuffix) && (!method || e.method === method));
    }
    clear() {
        this.entries.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/emulator/invocations.ts
// Invocation answers in the model's shape (§1.12, §6): ResponsesAgent output for
// agents, OpenAI-style chat for chat endpoints, `predictions` for classic models.

function invocationAnswer(task, body) {
    const b = (body && typeof body === "object" ? body : {});
    const id = (prefix) => `${prefix}_${(0,external_node_crypto_.randomBytes)(8).toString("hex")}`;
    if (task === "agent/v1/responses" || Array.isArray(b.input)) {
        const input = Array.isArray(b.input) ? b.input : [];
        const last = [...input].reverse().find((m) => m.role === "user");
        const text = typeof last?.content === "string" ? last.content : "";
        return {
            object: "response",
            id: id("resp"),
            output: [{ type: "message", id: id("msg"), role: "assistant", content: [{ type: "output_text", text: `Echo: ${text}` }] }],
        };
    }
    if (task?.includes("chat") || Array.isArray(b.messages)) {
        return {
            id: id("chatcmpl"),
            object: "chat.completion",
            choices: [{ index: 0, message: { role: "assistant", content: "Hello from the emulator." }, finish_reason: "stop" }],
            usage: { prompt_tokens: 1, completion_tokens: 5, total_tokens: 6 },
        };
    }
    const split = b.dataframe_split;
    const rows = split?.data ?? b.dataframe_records ?? b.instances ?? b.inputs;
    const n = Array.isArray(rows) ? rows.length : 1;
    return { predictions: Array.from({ length: n }, (_, i) => Math.round((0.5 + 0.1 * (i % 5)) * 100) / 100) };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
// The emulated workspace: an HTTP server on 127.0.0.1 speaking the real paths,
// field names, enums and error bodies (see ../../../shared/reference §1-§4),
// with emulated time, scenarios, seeded faults and a request log.












const MAX_BODY = 16 * 1024 * 1024;
async function startEmulator(options = {}) {
    const clock = options.clock ?? scaledClock(options.speed ?? 1);
    const token = options.token ?? DEFAULT_TOKEN;
    let scenario = buildScenario(options.scenario ?? {});
    let baseUrl = "";
    const events = [];
    const emit = (e) => void events.push(e);
    const timeline = new Timeline(clock);
    const endpoints = new EndpointStore(timeline, () => scenario, emit);
    const jobs = new JobStore(timeline, () => scenario, endpoints, emit, () => baseUrl);
    const auth = new WorkspaceAuth(clock, token, () => scenario.auth, () => baseUrl);
    const faults = new FaultInjector(scenario.faults);
    const log = new RequestLog();
    for (const settings of scenario.jobs)
        jobs.create(settings, "2.2");
    const S = "([^/]+)";
    const J = "/api/(2\\.[12])/jobs";
    const routes = [
        ["GET", /^\/oidc\/\.well-known\/oauth-authorization-server$/, () => auth.discovery(), { open: true }],
        ["POST", /^\/oidc\/v1\/token$/, (c) => auth.token(c.form(), c.authorization), { open: true }],
        ["GET", /^\/_emulator\/github\/id-token$/, (c) => auth.githubIdToken(c.query, c.authorization), { open: true }],
        ["GET", /^\/_emulator\/health$/, () => ok({ status: "ok" }), { open: true }],
        ["GET", /^\/_emulator\/requests$/, () => ok({ requests: log.entries }), { open: true }],
        ["GET", /^\/_emulator\/events$/, () => ok({ events }), { open: true }],
        ["PUT", /^\/_emulator\/scenario$/, (c) => (setScenario(parseScenario(c.json(), "PUT /_emulator/scenario")), ok(scenario)), { open: true }],
        ["GET", /^\/api\/2\.0\/serving-endpoints$/, () => ok(endpoints.list())],
        ["POST", /^\/api\/2\.0\/serving-endpoints$/, (c) => ok(endpoints.create(c.json()))],
        ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}$`), (c) => ok(endpoints.get(seg(c, 1)))],
        ["DELETE", new RegExp(`^/api/2\\.0/serving-endpoints/${S}$`), (c) => ok(endpoints.delete(seg(c, 1)))],
        ["PUT", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/config$`), (c) => ok(endpoints.updateConfig(seg(c, 1), c.json()))],
        ["PUT", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/ai-gateway$`), (c) => ok(endpoints.putAiGateway(seg(c, 1), c.json()))],
        ["PATCH", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/tags$`), (c) => ok(endpoints.patchTags(seg(c, 1), c.json()))],
        ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/served-models/${S}/build-logs$`), (c) => ok(endpoints.logs(seg(c, 1), seg(c, 2), "build"))],
        ["GET", new RegExp(`^/api/2\\.0/serving-endpoints/${S}/served-models/${S}/logs$`), (c) => ok(endpoints.logs(seg(c, 1), seg(c, 2), "server"))],
        ["POST", new RegExp(`^/serving-endpoints/${S}/invocations$`), (c) => invoke(seg(c, 1), c.json())],
        ["POST", new RegExp(`^${J}/create$`), (c) => ok(jobs.create(c.json(), c.match[1] ?? "2.2"))],
        ["GET", new RegExp(`^${J}/get$`), (c) => ok(jobs.get(c.query.get("job_id") ?? undefined))],
        ["GET", new RegExp(`^${J}/list$`), (c) => ok(jobs.list(c.query))],
        ["POST", new RegExp(`^${J}/run-now$`), (c) => ok(jobs.runNow(c.json()))],
        ["GET", new RegExp(`^${J}/runs/get$`), (c) => ok(jobs.getRun(c.query.get("run_id") ?? undefined))],
        ["GET", new RegExp(`^${J}/runs/get-output$`), (c) => ok(jobs.getOutput(c.query.get("run_id") ?? undefined))],
        ["POST", new RegExp(`^${J}/runs/cancel$`), (c) => ok(jobs.cancel(c.json()))],
        ["POST", new RegExp(`^${J}/runs/cancel-all$`), (c) => ok(jobs.cancelAll(c.json()))],
    ];
    function invoke(name, body) {
        const { task, served } = endpoints.route(name);
        return { status: 200, body: invocationAnswer(task, body), headers: { "served-model-name": served } };
    }
    function setScenario(input) {
        scenario = buildScenario(input, scenario);
        faults.update(scenario.faults);
    }
    async function handle(req, res) {
        timeline.advance();
        const at = clock.now();
        const url = new URL(req.url ?? "/", "http://emulator");
        const path = url.pathname;
        const method = req.method ?? "GET";
        const text = await readBody(req);
        const entry = { at, method, path, query: Object.fromEntries(url.searchParams), status: 0 };
        const isForm = (req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded");
        if (text && !path.startsWith("/_emulator"))
            entry.body = isForm ? redactBody(Object.fromEntries(new URLSearchParams(text))) : safeJson(text);
        const fault = path.startsWith("/_emulator") ? undefined : faults.pick(path);
        if (fault)
            entry.fault = fault;
        const early = fault ? faultReply(fault, faults.retryAfterSeconds) : undefined;
        if (fault === "reset")
            return drop(res, entry);
        if (early)
            return send(res, early, entry);
        timeline.advance(); // reading the body took time: apply what became due meanwhile
        let reply;
        const route = routes.find(([m, re]) => m === method && re.test(path));
        if (!route) {
            reply = apiError(404, "ENDPOINT_NOT_FOUND", `No API found for '${method} ${path}'`);
        }
        else {
            const [, re, handler, flags] = route;
            const denied = flags?.open ? undefined : auth.check(req.headers.authorization);
            if (denied) {
                reply = denied;
            }
            else {
                try {
                    reply = await handler({
                        match: re.exec(path),
                        query: url.searchParams,
                        json: () => parseJson(text),
                        form: () => new URLSearchParams(text),
                        authorization: req.headers.authorization,
                    });
                }
                catch (err) {
                    reply = err instanceof ReplyError ? err.reply : apiError(500, "INTERNAL_ERROR", `Emulator error: ${err.message}`);
                }
            }
        }
        if (fault === "reset-after")
            return drop(res, entry); // processed, but the answer is lost
        if (fault === "slow")
            await clock.sleep(faults.slowMs);
        send(res, reply, entry);
    }
    function send(res, reply, entry) {
        entry.status = reply.status;
        log.add(entry);
        const body = JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status, { "content-type": "application/json", "x-request-id": (0,external_node_crypto_.randomUUID)(), ...reply.headers });
        res.end(body);
    }
    function drop(res, entry) {
        entry.status = "reset";
        log.add(entry);
        res.socket?.destroy();
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res).catch((err) => {
            if (!res.headersSent)
                send(res, apiError(500, "INTERNAL_ERROR", `Emulator error: ${err.message}`), { at: clock.now(), method: req.method ?? "", path: req.url ?? "", query: {}, status: 500 });
        });
    });
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
    });
    const address = server.address();
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    baseUrl = `http://${host}:${address.port}`;
    return {
        url: baseUrl,
        port: address.port,
        token,
        clock,
        log,
        events,
        get scenario() {
            return scenario;
        },
        githubIdTokenUrl: `${baseUrl}/_emulator/github/id-token?api-version=2.0`,
        setScenario,
        revokeOAuthTokens: () => auth.revokeAll(),
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
function seg(c, i) {
    return decodeURIComponent(c.match[i] ?? "");
}
function faultReply(kind, retryAfterSeconds) {
    switch (kind) {
        case "429":
            return apiError(429, "REQUEST_LIMIT_EXCEEDED", "REQUEST_LIMIT_EXCEEDED: RPC token bucket limit has been exceeded.");
        case "429-retry-after":
            return {
                status: 429,
                headers: { "retry-after": String(retryAfterSeconds) },
                body: {
                    error_code: "REQUEST_LIMIT_EXCEEDED",
                    message: "Exceeded workspace rate limit. Please retry later.",
                    details: [{ "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: (0,external_node_crypto_.randomUUID)(), serving_data: "" }],
                },
            };
        case "503":
            return apiError(503, "TEMPORARILY_UNAVAILABLE", "The service is temporarily unavailable. Please try again later.");
        default:
            return undefined;
    }
}
function parseJson(text) {
    if (text.trim() === "")
        return {};
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ReplyError(apiError(400, "MALFORMED_REQUEST", "Could not parse request object: malformed JSON"));
    }
}
function safeJson(text) {
    try {
        return redactBody(JSON.parse(text));
    }
    catch {
        return "(unparseable)";
    }
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on("data", (c) => {
            size += c.length;
            if (size > MAX_BODY)
                req.destroy(new Error("request body too large"));
            else
                chunks.push(c);
        });
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
    });
}

;// CONCATENATED MODULE: ./src/emulator/command.ts
// `serving-ci emulator --port N --token T [--speed X] [--scenario FILE]`
// Prints the base URL as the first line of stdout, then serves until SIGINT/SIGTERM.



const EMULATOR_USAGE = `Usage: serving-ci emulator [--port N] [--token T] [--speed X] [--scenario FILE]

Runs a local emulator of the Databricks workspace API (serving endpoints, jobs,
OAuth/OIDC) on 127.0.0.1 and prints its base URL on the first line.

  --port N          port to listen on (default 0: any free port)
  --token T         the PAT clients must send (default ${DEFAULT_TOKEN})
  --speed X         emulated time runs X times faster than real time (default 1)
  --scenario FILE   JSON scenario: phase durations, outcomes, faults, auth, jobs

Point a client at it with DATABRICKS_HOST=<url> DATABRICKS_TOKEN=<token>.`;
function parseArgs(args) {
    const out = { port: 0, token: DEFAULT_TOKEN, speed: 1, scenario: undefined };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? "";
        if (arg === "-h" || arg === "--help")
            return "help";
        const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
        const value = () => {
            const v = inline ?? args[++i];
            if (v === undefined || v === "")
                throw new errors/* UserError */.y(`${flag} needs a value.\n\n${EMULATOR_USAGE}`);
            return v;
        };
        switch (flag) {
            case "--port": {
                const v = value();
                const port = Number(v);
                if (!Number.isInteger(port) || port < 0 || port > 65535)
                    throw new errors/* UserError */.y(`--port must be an integer 0-65535, got "${v}".`);
                out.port = port;
                break;
            }
            case "--token":
                out.token = value();
                break;
            case "--speed": {
                const v = value();
                const speed = Number(v);
                if (!(speed > 0) || !Number.isFinite(speed))
                    throw new errors/* UserError */.y(`--speed must be a positive number, got "${v}".`);
                out.speed = speed;
                break;
            }
            case "--scenario":
                out.scenario = value();
                break;
            default:
                throw new errors/* UserError */.y(`Unknown option ${arg}.\n\n${EMULATOR_USAGE}`);
        }
    }
    return out;
}
async function emulatorCommand(args, out, 
/** Stops the emulator (tests); SIGINT/SIGTERM always do. */
options = {}) {
    let parsed;
    let scenario = {};
    try {
        parsed = parseArgs(args);
        if (parsed === "help") {
            out.stdout(EMULATOR_USAGE);
            return 0;
        }
        if (parsed.scenario)
            scenario = await loadScenarioFile(parsed.scenario);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y) {
            out.stderr(err.message);
            return err.exitCode;
        }
        throw err;
    }
    let emulator;
    try {
        emulator = await startEmulator({ port: parsed.port, token: parsed.token, speed: parsed.speed, scenario });
    }
    catch (err) {
        out.stderr(`cannot start the emulator on 127.0.0.1:${parsed.port}: ${err.message}`);
        return 2;
    }
    out.stdout(emulator.url);
    out.stderr(`Databricks workspace emulator at ${emulator.url} (speed ${parsed.speed}x; token ${parsed.token === DEFAULT_TOKEN ? `the default ${DEFAULT_TOKEN}` : "as given with --token"}; OAuth client ${emulator.scenario.auth.clients[0]?.clientId ?? "none"}). Ctrl-C stops it.`);
    await new Promise((resolve) => {
        const stop = () => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            options.signal?.removeEventListener("abort", stop);
            resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
        if (options.signal?.aborted)
            stop();
        else
            options.signal?.addEventListener("abort", stop, { once: true });
    });
    await emulator.close();
    return 0;
}


/***/ })

};
