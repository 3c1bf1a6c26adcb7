export const id = 829;
export const ids = [829];
export const modules = {

/***/ 8396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   vs: () => (/* binding */ scaledClock)
/* harmony export */ });
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


/***/ }),

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ TokenResponse),
/* harmony export */   Fw: () => (/* binding */ ErrorBody),
/* harmony export */   GJ: () => (/* binding */ ServingEndpointList),
/* harmony export */   HS: () => (/* binding */ CreateJobResponse),
/* harmony export */   HV: () => (/* binding */ JobsList),
/* harmony export */   JM: () => (/* binding */ PatchTagsRequest),
/* harmony export */   JU: () => (/* binding */ RunNowResponse),
/* harmony export */   KF: () => (/* binding */ Run),
/* harmony export */   Mp: () => (/* binding */ InvocationResponse),
/* harmony export */   NF: () => (/* binding */ RunOutput),
/* harmony export */   Oo: () => (/* binding */ AiGatewayResponse),
/* harmony export */   Zx: () => (/* binding */ EndpointCoreConfigInput),
/* harmony export */   _4: () => (/* binding */ TERMINAL_LIFE_CYCLE_STATES),
/* harmony export */   _O: () => (/* binding */ Job),
/* harmony export */   fv: () => (/* binding */ EmptyResponse),
/* harmony export */   g4: () => (/* binding */ OidcDiscovery),
/* harmony export */   h7: () => (/* binding */ GitHubIdTokenResponse),
/* harmony export */   h_: () => (/* binding */ LogsResponse),
/* harmony export */   hb: () => (/* binding */ TagsResponse),
/* harmony export */   oe: () => (/* binding */ CreateServingEndpoint),
/* harmony export */   sI: () => (/* binding */ ServingEndpointDetailed),
/* harmony export */   uk: () => (/* binding */ JobSettings),
/* harmony export */   xT: () => (/* binding */ RunNowRequest)
/* harmony export */ });
/* unused harmony exports READY_STATES, CONFIG_UPDATE_STATES, DEPLOYMENT_STATES, EndpointState, ServedEntityState, ServedEntityOutput, ServedModelOutput, Route, TrafficConfig, EndpointConfigOutput, EndpointPendingConfig, Tag, ServedEntityInput, ServedModelInput, LIFE_CYCLE_STATES, RESULT_STATES, RUN_STATUS_STATES, RunState, RunStatus, RunTask */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
// Zod schemas for every Databricks body we read (and the request bodies the
// emulator reads). Objects are loose: unknown fields are kept, never rejected,
// because the service adds fields without notice. Enums are "open": known
// values are typed, unknown ones still parse (a new state must not crash a deploy).

/** A string enum that also accepts values Databricks may add later. */
function openEnum(_values) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
}
// ---------------------------------------------------------------- errors (§3.1)
const ErrorBody = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // A number for gateway errors: {"error_code": 403, "message": "Invalid access token."}
    error_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]).optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    // API 1.2 style, and OAuth token endpoint errors.
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    error_description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    // SCIM style.
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    details: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ "@type": zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), request_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })).optional(),
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
const EndpointState = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    ready: openEnum(READY_STATES).optional(),
    config_update: openEnum(CONFIG_UPDATE_STATES).optional(),
});
const ServedEntityState = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    deployment: openEnum(DEPLOYMENT_STATES).optional(),
    deployment_state_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const ServedEntityOutput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    entity_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    entity_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    external_model: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional(),
    workload_size: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    workload_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scale_to_zero_enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    environment_vars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    state: ServedEntityState.optional(),
    creator: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    creation_timestamp: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
});
/** Legacy echo: served_models use model_name / model_version. */
const ServedModelOutput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    state: ServedEntityState.optional(),
});
const Route = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // Either key may be present; the CLI fake echoes both (§1.5).
    served_entity_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    served_model_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    traffic_percentage: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
});
const TrafficConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ routes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Route).optional() });
const EndpointConfigOutput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    config_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    served_entities: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ServedEntityOutput).optional(),
    served_models: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ServedModelOutput).optional(),
    traffic_config: TrafficConfig.optional(),
});
const EndpointPendingConfig = EndpointConfigOutput.extend({ start_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional() });
const Tag = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() });
const ServingEndpointDetailed = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    creator: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    creation_timestamp: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    last_updated_timestamp: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    state: EndpointState.optional(),
    config: EndpointConfigOutput.optional(),
    pending_config: EndpointPendingConfig.optional(),
    ai_gateway: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Tag).optional(),
    task: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    permission_level: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    route_optimized: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    /** Only on a route-optimized endpoint: where it is queried (§1.12). */
    endpoint_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    data_plane_info: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ query_info: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ endpoint_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional() }).optional(),
});
const ServingEndpointList = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    endpoints: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        state: EndpointState.optional(),
        task: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ served_entities: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ServedEntityOutput).optional() }).optional(),
    }))
        .optional(),
});
const LogsResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ logs: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() });
const TagsResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Tag).optional() });
const AiGatewayResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    usage_tracking_config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
    inference_table_config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
    rate_limits: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({})).optional(),
    guardrails: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
    fallback_config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
});
/** Invocation answers: classic `predictions`, ResponsesAgent `output`, FM `choices`. */
const InvocationResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    predictions: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    object: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    output: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional(),
    choices: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional(),
});
// Request bodies (the emulator validates with these; the client builds them).
const ServedEntityInput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    entity_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    entity_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    workload_size: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    workload_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scale_to_zero_enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    environment_vars: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    external_model: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), task: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
});
const ServedModelInput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    model_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    workload_size: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    scale_to_zero_enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
const EndpointCoreConfigInput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    // SDK-py sends config.name; it is tolerated and ignored (§1.2).
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    served_entities: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ServedEntityInput).optional(),
    served_models: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ServedModelInput).optional(),
    traffic_config: TrafficConfig.optional(),
    auto_capture_config: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
});
const CreateServingEndpoint = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    config: EndpointCoreConfigInput.optional(),
    ai_gateway: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({}).optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Tag).optional(),
    route_optimized: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
const PatchTagsRequest = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    add_tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Tag).optional(),
    delete_tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
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
const RunState = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    life_cycle_state: openEnum(LIFE_CYCLE_STATES).optional(),
    result_state: openEnum(RESULT_STATES).optional(),
    state_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    user_cancelled_or_timedout: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
});
const RunStatus = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    state: openEnum(RUN_STATUS_STATES).optional(),
    termination_details: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ code: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })
        .optional(),
    queue_details: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ code: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional(),
});
const RunTask = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    task_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    state: RunState.optional(),
    status: RunStatus.optional(),
    start_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    end_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    run_page_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
});
const Run = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    job_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    number_in_job: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    run_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    run_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    run_page_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    start_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    end_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    state: RunState.optional(),
    status: RunStatus.optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(RunTask).optional(),
    job_parameters: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), default: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }))
        .optional(),
    has_more: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    next_page_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const RunOutput = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    metadata: Run.optional(),
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    error_trace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    logs: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    logs_truncated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    info: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    notebook_output: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ result: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(), truncated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional() }).optional(),
});
const RunNowResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), number_in_job: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional() });
const JobSettings = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ task_key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).optional(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), default: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() })).optional(),
    queue: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional() }).optional(),
});
const Job = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    job_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    created_time: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    creator_user_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    settings: JobSettings.optional(),
});
const JobsList = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    jobs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(Job).optional(),
    has_more: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    next_page_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const CreateJobResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ job_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() });
const RunNowRequest = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    job_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    job_parameters: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    idempotency_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).optional(),
    notebook_params: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    queue: zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional() }).optional(),
});
const EmptyResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({});
// ---------------------------------------------------------------- auth (§4)
const OidcDiscovery = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    token_endpoint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    authorization_endpoint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    issuer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const TokenResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    access_token: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    token_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    // SDK-py accepts an int or a numeric string.
    expires_in: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).transform(Number)]),
    scope: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const GitHubIdTokenResponse = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });


/***/ }),

/***/ 3829:
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
// EXTERNAL MODULE: ./src/databricks/clock.ts
var databricks_clock = __webpack_require__(8396);
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

// EXTERNAL MODULE: ./src/databricks/schemas.ts
var schemas = __webpack_require__(4622);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var classic_schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/emulator/path-patterns.ts
// Which request paths meet faults. A scenario arrives over HTTP, so the patterns
// are matched segment by segment with no regular expressions: no pattern can make
// matching slower than linear in the path (a regex like ^/api/(a+)+$ froze it).
//   /api/2.0/serving-endpoints        that exact path
//   /serving-endpoints/*/invocations  `*` is any one segment
//   /api/**                           `**` (last segment only) is anything below, or nothing
function parsePathPattern(text) {
    if (!text.startsWith("/"))
        return `path pattern "${text}" must start with "/"`;
    const segments = text.split("/").slice(1);
    for (const [i, s] of segments.entries()) {
        if (s === "**" && i !== segments.length - 1)
            return `path pattern "${text}": "**" may only be the last segment`;
        if (s !== "*" && s !== "**" && s.includes("*"))
            return `path pattern "${text}": "*" must be a whole segment`;
    }
    return segments;
}
function matchesPath(pattern, path) {
    const segments = path.split("/").slice(1);
    for (let i = 0; i < pattern.length; i++) {
        const p = pattern[i];
        if (p === "**")
            return true;
        const s = segments[i];
        if (s === undefined || (p !== "*" && p !== s))
            return false;
    }
    return segments.length === pattern.length;
}

;// CONCATENATED MODULE: ./src/emulator/scenario.ts
// What the emulated workspace does: phase durations, outcomes, faults, auth.
// A scenario comes from a JSON file (`--scenario`), the library options, or
// `PUT /_emulator/scenario`; everything is optional and merged over defaults.
// Durations are in emulated milliseconds; the speed factor maps them to real time.




const Failure = classic_schemas/* object */.Ikc({
    /** One line, as `runs/get-output` reports it in `error`. */
    error: classic_schemas/* string */.YjP(),
    traceback: classic_schemas/* string */.YjP().optional(),
    logs: classic_schemas/* string */.YjP().optional(),
});
const Knobs = classic_schemas/* object */.Ikc({
    queueMs: classic_schemas/* number */.aig().nonnegative(),
    pendingMs: classic_schemas/* number */.aig().nonnegative(),
    /** RUNNING time of the deployment task until `agents.deploy` has started the endpoint update. */
    jobRunMs: classic_schemas/* number */.aig().nonnegative(),
    /** The job's task fails instead of deploying. */
    jobFailure: Failure.nullable(),
    buildMs: classic_schemas/* number */.aig().nonnegative(),
    /** After the image is built: container start and readiness checks. */
    startMs: classic_schemas/* number */.aig().nonnegative(),
    /**
     * ready: the update lands. build_failed: UPDATE_FAILED with a build log.
     * never_ready: stays IN_PROGRESS forever. rolled_back: settles NOT_UPDATING on the old config.
     */
    updateOutcome: classic_schemas/* enum */.k5n(["ready", "build_failed", "never_ready", "rolled_back"]),
    buildFailureLog: classic_schemas/* string */.YjP(),
    /** How long runs/cancel takes to end a run (cancel is asynchronous). */
    cancelDelayMs: classic_schemas/* number */.aig().nonnegative(),
    /** Endpoint `task`; default: agent/v1/responses when the model name contains "agent", else none. */
    task: classic_schemas/* string */.YjP().nullable(),
});
const FAULT_KINDS = ["429", "429-retry-after", "503", "reset", "reset-after", "slow", "500"];
/** What a client may retry, the default mix; a 500 (not retried) is only met when a scenario names it. */
const RETRYABLE_FAULTS = FAULT_KINDS.filter((k) => k !== "500");
const Faults = classic_schemas/* object */.Ikc({
    /** Probability that a request meets a fault. */
    rate: classic_schemas/* number */.aig().min(0).max(1),
    seed: classic_schemas/* number */.aig().int(),
    kinds: classic_schemas/* array */.YOg(classic_schemas/* enum */.k5n(FAULT_KINDS)).min(1),
    retryAfterSeconds: classic_schemas/* number */.aig().nonnegative(),
    /** Extra latency of a "slow" answer, emulated ms. */
    slowMs: classic_schemas/* number */.aig().nonnegative(),
    /** Only paths matching one of these patterns meet faults (see path-patterns.ts; no regular expressions). */
    paths: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP().superRefine((text, ctx) => {
        const parsed = parsePathPattern(text);
        if (typeof parsed === "string")
            ctx.addIssue({ code: "custom", message: parsed });
    })),
    /** Stop after this many faults (null: no limit), e.g. "the next 2 requests get 429". */
    maxFaults: classic_schemas/* number */.aig().int().nonnegative().nullable(),
});
const AuthSettings = classic_schemas/* object */.Ikc({
    /** Service principals allowed for OAuth M2M and (by client id) for GitHub OIDC federation. */
    clients: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ clientId: classic_schemas/* string */.YjP(), clientSecret: classic_schemas/* string */.YjP() })),
    tokenTtlSeconds: classic_schemas/* number */.aig().positive(),
    /** The bearer the fake GitHub ID-token URL expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
    githubRequestToken: classic_schemas/* string */.YjP(),
    /** Federation policy audience; default: this workspace's token endpoint URL (the SDK default). */
    audience: classic_schemas/* string */.YjP().nullable(),
    /** Federation policy subject; null accepts any `repo:` subject. */
    subject: classic_schemas/* string */.YjP().nullable(),
    /** The `sub` claim the fake GitHub issues. */
    githubSubject: classic_schemas/* string */.YjP(),
});
const DENIABLE_KINDS = [
    "model", "function", "vector_search_endpoint", "vector_search_index", "sql_warehouse", "genie_space", "secret_scope",
];
/** Workspace objects that exist at start (or are added by PUT /_emulator/scenario); the create APIs add more. */
const WorkspaceSeed = classic_schemas/* object */.Ikc({
    modelVersions: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ model: classic_schemas/* string */.YjP(), version: classic_schemas/* number */.aig().int().positive(), status: classic_schemas/* enum */.k5n(["READY", "PENDING_REGISTRATION", "FAILED_REGISTRATION"]).optional() })),
    functions: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()),
    vectorSearchIndexes: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ name: classic_schemas/* string */.YjP(), endpoint: classic_schemas/* string */.YjP().optional() })),
    warehouses: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ id: classic_schemas/* string */.YjP(), name: classic_schemas/* string */.YjP() })),
    genieSpaces: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ id: classic_schemas/* string */.YjP(), title: classic_schemas/* string */.YjP().optional(), warehouseId: classic_schemas/* string */.YjP() })),
    secretScopes: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ name: classic_schemas/* string */.YjP(), keys: classic_schemas/* array */.YOg(classic_schemas/* string */.YjP()) })),
    /** The caller gets 403 PERMISSION_DENIED on these, whether they exist or not. */
    denied: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ kind: classic_schemas/* enum */.k5n(DENIABLE_KINDS), name: classic_schemas/* string */.YjP() })),
}).partial();
const ScenarioFile = classic_schemas/* object */.Ikc({
    defaults: Knobs.partial().optional(),
    /** Per endpoint name, over the defaults. */
    endpoints: classic_schemas/* record */.g1P(classic_schemas/* string */.YjP(), Knobs.partial()).optional(),
    faults: Faults.partial().optional(),
    auth: AuthSettings.partial().optional(),
    /** Jobs to create at start (job settings, as for jobs/create). */
    jobs: classic_schemas/* array */.YOg(classic_schemas/* looseObject */._H3({ name: classic_schemas/* string */.YjP() })).optional(),
    workspace: WorkspaceSeed.optional(),
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
    kinds: RETRYABLE_FAULTS,
    retryAfterSeconds: 2,
    slowMs: 3_000,
    paths: ["/api/**", "/serving-endpoints/**", "/oidc/v1/token"],
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

;// CONCATENATED MODULE: ./src/emulator/endpoint-config.ts
// What a serving endpoint holds (§1.9), and what a create or PUT config body
// becomes: the validation the service does before any update starts.

const NAME_RE = /^[A-Za-z0-9_-]{1,63}$/;
/**
 * A config as the service takes it: served entities named (a default name when
 * none is given), checked against Unity Catalog, routes defaulted and checked.
 * `entityProblem` says why a (model, version) cannot be served, or undefined.
 */
function buildConfig(input, version, at, entityProblem) {
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
        // An explicit name is kept as given. Without one the docs say `entity_name-entity_version` (external model:
        // its name with "." and ":" as "-"); a UC name's dots are not allowed in a served entity name, and what the
        // service does then is unconfirmed: the last part of the name is taken (`churn_agent-1`, as the reference's
        // samples show). The linter accepts either form (src/lint/facts/endpoint.ts defaultNames).
        const name = s.name ??
            (external?.name ? external.name.replace(/[.:]/g, "-") : `${(entityName ?? "entity").split(".").pop()}-${entityVersion ?? "1"}`);
        if (!NAME_RE.test(name))
            throw new ReplyError(invalidParam(`Served entity name "${name}" is invalid.`));
        // Choice (unconfirmed): the service refuses the request at once, rather than failing the update later.
        const problem = external || !entityName ? undefined : entityProblem(entityName, entityVersion);
        if (problem)
            throw new ReplyError(notFound(problem));
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

;// CONCATENATED MODULE: ./src/emulator/endpoint-update.ts
// A serving endpoint's config update (§1.9):
//   create / PUT config -> IN_PROGRESS, pending_config, entities DEPLOYMENT_CREATING
//     build  -> (build_failed) UPDATE_FAILED, entity DEPLOYMENT_FAILED, build log, old config keeps serving
//     start  -> (ready) config = pending (config_version + 1), NOT_UPDATING, READY
//               (never_ready) stays IN_PROGRESS; (rolled_back) NOT_UPDATING on the old config
/** Starts rolling out `pending` on `ep`: build, then start, then READY (or a scenario's failure). */
function startUpdate(ep, pending, at, ctx) {
    const { timeline, knobs: k, emit, current } = ctx;
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
    emit({ at, type: "update_started", endpoint: ep.name, detail: `config_version ${pending.version}` });
    timeline.at(at + k.buildMs, (built) => {
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
            emit({ at: built, type: "update_failed", endpoint: ep.name });
            return;
        }
        for (const e of pending.entities) {
            e.message = "Starting serving container";
            e.buildLog.push(`${stamp(built)} Container image built successfully`);
        }
        emit({ at: built, type: "image_built", endpoint: ep.name });
        timeline.at(built + k.startMs, (started) => {
            if (!current())
                return;
            ep.updated = started;
            if (k.updateOutcome === "never_ready") {
                for (const e of pending.entities) {
                    e.message = "Served entity is not ready: the readiness probe keeps failing";
                    // What a model server that cannot load its model writes (its stderr is the server log).
                    e.serverLog.push(`${stamp(started)} Starting model server`, `${stamp(started)} ModuleNotFoundError: No module named 'langgraph'`, `${stamp(started)} Readiness probe failed: HTTP GET /ping returned 503`);
                }
                return;
            }
            if (k.updateOutcome === "rolled_back") {
                ep.pending = undefined;
                ep.configUpdate = "NOT_UPDATING";
                emit({ at: started, type: "update_rolled_back", endpoint: ep.name });
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
            emit({ at: started, type: "endpoint_ready", endpoint: ep.name, detail: pending.entities.map((e) => `${e.entityName}@${e.entityVersion}`).join(",") });
        });
    });
}

;// CONCATENATED MODULE: ./src/emulator/endpoint-render.ts
// The serving endpoints API's JSON for an endpoint and its configs.
const CREATOR = "ci-bot@example.com";
function endpointState(ep) {
    const ready = !!ep.config && ep.config.entities.length > 0 && ep.config.entities.every((e) => e.deployment === "DEPLOYMENT_READY");
    return { ready: ready ? "READY" : "NOT_READY", config_update: ep.configUpdate };
}
function renderConfig(c, pending) {
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
/** GET serving-endpoints/{name}. `baseUrl` places the data plane of a route-optimized endpoint. */
function renderEndpoint(ep, baseUrl) {
    return {
        name: ep.name,
        id: ep.id,
        creator: CREATOR,
        creation_timestamp: ep.created,
        last_updated_timestamp: ep.updated,
        description: ep.description,
        state: endpointState(ep),
        ...(ep.config ? { config: renderConfig(ep.config, false) } : {}),
        ...(ep.pending ? { pending_config: renderConfig(ep.pending, true) } : {}),
        ...(ep.aiGateway ? { ai_gateway: ep.aiGateway } : {}),
        ...(ep.tags.length ? { tags: ep.tags } : {}),
        ...(ep.task ? { task: ep.task } : {}),
        permission_level: "CAN_MANAGE",
        route_optimized: ep.routeOptimized,
        ...(ep.routeOptimized ? dataPlane(ep, baseUrl) : {}),
    };
}
/** Choice: the data plane is this server under /ro/<endpoint id> (a real one has its own host). */
function dataPlane(ep, baseUrl) {
    const url = `${baseUrl}/ro/${ep.id}/serving-endpoints/${ep.name}/invocations`;
    return { endpoint_url: url, data_plane_info: { query_info: { endpoint_url: url, authorization_details: "[]" } } };
}

;// CONCATENATED MODULE: ./src/emulator/endpoints.ts
// Serving endpoints (§1.9): the API over endpoints. What a config body becomes
// is endpoint-config.ts; the update state machine, endpoint-update.ts; the
// JSON, endpoint-render.ts. A second PUT while IN_PROGRESS is refused with
// 409 RESOURCE_CONFLICT (§1.11).








class EndpointStore {
    timeline;
    scenario;
    emit;
    entityProblem;
    baseUrl;
    endpoints = new Map();
    constructor(timeline, scenario, emit, 
    /** Why Unity Catalog cannot serve (model, version), or undefined (see unity-catalog.ts). */
    entityProblem = () => undefined, baseUrl = () => "") {
        this.timeline = timeline;
        this.scenario = scenario;
        this.emit = emit;
        this.entityProblem = entityProblem;
        this.baseUrl = baseUrl;
    }
    create(raw, at = this.timeline.now()) {
        const body = parseBody(schemas/* CreateServingEndpoint */.oe, raw);
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
        const config = body.config ? buildConfig(body.config, 1, now, this.entityProblem) : undefined;
        this.endpoints.set(ep.name, ep);
        this.emit({ at: now, type: "endpoint_created", endpoint: ep.name });
        if (config)
            this.startUpdate(ep, config, now);
        return renderEndpoint(ep, this.baseUrl());
    }
    get(name) {
        return renderEndpoint(this.require(name), this.baseUrl());
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
                state: endpointState(ep),
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
        const input = parseBody(schemas/* EndpointCoreConfigInput */.Zx, raw);
        this.applyConfig(ep, input);
        return renderEndpoint(ep, this.baseUrl());
    }
    /** What `agents.deploy` does for (model, version): serve it with 100 % of traffic. Throws a message on conflict. */
    deploy(endpoint, modelName, version, at) {
        const entity = {
            name: agentsServedEntityName(modelName, version),
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
        const body = parseBody(schemas/* PatchTagsRequest */.JM, raw);
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
    route(name, via = "workspace", id) {
        const ep = this.require(name);
        if (via === "data-plane" && (!ep.routeOptimized || ep.id !== id))
            throw new ReplyError(notFound(`Endpoint with name '${name}' does not exist at this URL.`));
        if (via === "workspace" && ep.routeOptimized) {
            // Choice (unconfirmed wording): the workspace path refuses a route-optimized endpoint.
            throw new ReplyError(apiError(400, "BAD_REQUEST", `Endpoint ${name} is route-optimized: query it on its endpoint_url with an OAuth token.`));
        }
        if (!ep.config || endpointState(ep).ready !== "READY") {
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
        this.startUpdate(ep, buildConfig(input, version, at, this.entityProblem), at);
    }
    startUpdate(ep, pending, at) {
        const current = () => this.endpoints.get(ep.name) === ep && ep.pending === pending;
        startUpdate(ep, pending, at, { timeline: this.timeline, knobs: knobsFor(this.scenario(), ep.name), emit: this.emit, current });
    }
}
/**
 * The served entity name `agents.deploy` gives (databricks-agents'
 * _create_served_model_name): the full UC name with dots as dashes, cut so that
 * `_<version>` fits in 63 characters, then `_<version>`: `main-agents-support_agent_7`.
 * It also strips characters an endpoint name may not end with; which ones is
 * unconfirmed (the constant is not published): "-" and "_" chosen here.
 */
function agentsServedEntityName(modelName, version) {
    const suffix = `_${version}`;
    return `${modelName.slice(0, 63 - suffix.length).replace(/\./g, "-").replace(/[-_]+$/, "")}${suffix}`;
}

;// CONCATENATED MODULE: ./src/emulator/job-runs.ts
// The life of a job run (§2), apart from the API that starts and shows it:
//   [QUEUED] -> PENDING -> RUNNING -> TERMINATED/SUCCESS
//                                  -> INTERNAL_ERROR/FAILED with the task TERMINATED/FAILED (the multi-task shape, §2.2)
//                                  -> TERMINATED/CANCELED on request; SKIPPED over max_concurrent_runs
// A deployment job (parameters model_name, version, endpoint_name) applies the
// endpoint update at the end of RUNNING, as agents.deploy would.


const DEPLOY_PARAMS = ["model_name", "version", "endpoint_name"];
const WORKLOAD_FAILED = "Workload failed, see run output for details.";
class RunLifecycle {
    timeline;
    scenario;
    endpoints;
    emit;
    runs = new Map();
    taskRuns = new Map();
    nextRunId = 902_117_463_350_000;
    constructor(timeline, scenario, endpoints, emit) {
        this.timeline = timeline;
        this.scenario = scenario;
        this.endpoints = endpoints;
        this.emit = emit;
    }
    /** A new run of `job`, started, queued or skipped as the job's concurrency allows. */
    start(job, overrides) {
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
        // max_concurrent_runs defaults to 1 (§2.4); a run over the limit queues when the job queues, else is skipped.
        const limit = typeof job.settings.max_concurrent_runs === "number" ? job.settings.max_concurrent_runs : 1;
        const active = [...this.runs.values()].filter((r) => r.jobId === job.job_id && r !== run && r.end === 0 && !r.queueDetails).length;
        if (active >= limit) {
            const message = `The run is queued because the job has reached its limit of ${limit} concurrent run${limit === 1 ? "" : "s"}.`;
            if (job.settings.queue?.enabled) {
                Object.assign(run, { life: "QUEUED", message: "Queued", queueDetails: { code: "MAX_CONCURRENT_RUNS_REACHED", message } });
            }
            else {
                this.skip(run, now, limit);
            }
            return run;
        }
        this.schedule(run, now);
        return run;
    }
    /** The run's life from `now`: [QUEUED ->] PENDING -> RUNNING -> finished. */
    schedule(run, now) {
        const value = (n) => run.params.find((p) => p.name === n)?.value;
        const isDeploy = DEPLOY_PARAMS.every((n) => run.params.some((p) => p.name === n));
        const endpoint = isDeploy ? value("endpoint_name") : undefined;
        const knobs = knobsFor(this.scenario(), endpoint ?? "");
        run.start = now;
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
            this.emit({ at, type: "run_state", runId: run.runId, detail: "RUNNING" });
        });
        this.timeline.at(runningAt + knobs.jobRunMs, (at) => {
            if (run.end !== 0)
                return;
            this.finish(run, at, knobs, isDeploy ? { model: value("model_name") ?? "", version: value("version") ?? "", endpoint: endpoint ?? "" } : undefined);
        });
    }
    /** A run ended: the oldest queued run of its job takes the slot. */
    ended(run, at) {
        const next = [...this.runs.values()].find((r) => r.jobId === run.jobId && r.queueDetails && r.end === 0);
        if (!next)
            return;
        delete next.queueDetails;
        next.message = "Waiting for cluster";
        next.life = "PENDING";
        this.schedule(next, at);
    }
    skip(run, at, limit) {
        // Wording as the Jobs UI shows it (unconfirmed for the API).
        const message = `Skipping this run because the limit of ${limit} maximum concurrent runs has been reached.`;
        run.end = at;
        for (const t of run.tasks)
            Object.assign(t, { life: "SKIPPED", end: at, start: at, message });
        Object.assign(run, { life: "SKIPPED", result: "SKIPPED", message, termination: { code: "MAX_CONCURRENT_RUNS_EXCEEDED", type: "CLIENT_ERROR", message } });
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
                const error = `databricks.sdk.errors.platform.${sdkErrorClass(body?.error_code)}: ${line}`;
                failure = {
                    error,
                    traceback: `Traceback (most recent call last):\n  File "/Workspace/deploy.py", line 18, in <module>\n    agents.deploy(model_name, int(version), endpoint_name=endpoint_name)\n${error}`,
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
        this.ended(run, at);
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
    /** Cancels a run that has not ended, after the scenario's delay. */
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
            // A queued run held no slot: cancelling it frees none.
            if (run.queueDetails)
                delete run.queueDetails;
            else
                this.ended(run, at);
        });
    }
}
/** The class databricks-sdk-py raises for an error_code (its mapping table, §3.2). */
function sdkErrorClass(code) {
    if (code === "RESOURCE_DOES_NOT_EXIST")
        return "ResourceDoesNotExist";
    if (code === "INVALID_PARAMETER_VALUE")
        return "InvalidParameterValue";
    return "ResourceConflict";
}

;// CONCATENATED MODULE: ./src/emulator/job-render.ts
// The Jobs API's JSON for a job, a run and a task run (§2.2's multi-task shape).

const WORKSPACE_ID = "1234567890123456";
function url(baseUrl, jobId, runId) {
    return `${baseUrl}/?o=${WORKSPACE_ID}#job/${jobId}/run/${runId}`;
}
function renderJob(j) {
    return { job_id: j.job_id, created_time: j.created_time, creator_user_name: CREATOR, run_as_user_name: CREATOR, settings: j.settings };
}
function renderState(life, result, message, userCancelled) {
    return { life_cycle_state: life, ...(result ? { result_state: result } : {}), state_message: message, user_cancelled_or_timedout: userCancelled };
}
function renderStatus(life, termination, queueDetails) {
    const state = ["TERMINATED", "INTERNAL_ERROR", "SKIPPED"].includes(life) ? "TERMINATED" : life;
    return { state, ...(termination && state === "TERMINATED" ? { termination_details: termination } : {}), ...(queueDetails ? { queue_details: queueDetails } : {}) };
}
function renderTask(run, t, baseUrl) {
    const { task_key: _k, ...spec } = t.spec;
    return {
        ...spec,
        task_key: t.key,
        run_id: t.runId,
        state: renderState(t.life, t.result, t.message, run.userCancelled),
        status: renderStatus(t.life, t.termination),
        start_time: t.start,
        end_time: t.end,
        setup_duration: 0,
        execution_duration: t.end && t.start ? t.end - t.start : 0,
        cleanup_duration: 0,
        attempt_number: 0,
        run_page_url: url(baseUrl, run.jobId, t.runId),
    };
}
function renderRun(run, baseUrl, now) {
    return {
        job_id: run.jobId,
        run_id: run.runId,
        number_in_job: run.runId,
        job_run_id: run.runId,
        run_name: run.jobName,
        run_type: "JOB_RUN",
        trigger: "ONE_TIME",
        creator_user_name: CREATOR,
        run_page_url: url(baseUrl, run.jobId, run.runId),
        start_time: run.start,
        end_time: run.end,
        setup_duration: 0,
        execution_duration: 0,
        cleanup_duration: 0,
        run_duration: (run.end || now) - run.start,
        attempt_number: 0,
        format: "MULTI_TASK",
        state: {
            ...renderState(run.life, run.result, run.message, run.userCancelled),
            ...(run.life === "QUEUED" ? { queue_reason: "Queued due to reaching maximum concurrent runs of the job." } : {}),
        },
        status: renderStatus(run.life, run.termination, run.queueDetails),
        tasks: run.tasks.map((t) => renderTask(run, t, baseUrl)),
        job_parameters: run.params,
        ...(Object.keys(run.overrides).length ? { overriding_parameters: { job_parameters: run.overrides } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/emulator/jobs.ts
// Jobs 2.1/2.2 (§2): the API over jobs and runs. A run's life cycle is
// job-runs.ts; the JSON it is shown as, job-render.ts.





class JobStore {
    timeline;
    baseUrl;
    jobs = new Map();
    tokens = new Map();
    lifecycle;
    nextJobId = 418_893_105_563_000;
    constructor(timeline, scenario, endpoints, emit, baseUrl) {
        this.timeline = timeline;
        this.baseUrl = baseUrl;
        this.lifecycle = new RunLifecycle(timeline, scenario, endpoints, emit);
    }
    create(raw, apiVersion) {
        const settings = parseBody(schemas/* JobSettings */.uk, raw);
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
        return renderJob(this.requireJob(jobIdText));
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
            jobs: page.map((j) => renderJob(j)),
            has_more: hasMore,
            ...(hasMore ? { next_page_token: Buffer.from(String(offset + limit)).toString("base64url") } : {}),
        };
    }
    runNow(raw) {
        const body = parseBody(schemas/* RunNowRequest */.xT, raw);
        const token = body.idempotency_token;
        const existing = token === undefined ? undefined : this.tokens.get(token);
        if (existing !== undefined)
            return { run_id: existing, number_in_job: existing }; // at most one run per token
        const job = this.jobs.get(body.job_id);
        if (!job)
            throw new ReplyError(invalidParam(`Job ${body.job_id} does not exist.`));
        const run = this.lifecycle.start(job, body.job_parameters ?? {});
        if (token !== undefined)
            this.tokens.set(token, run.runId);
        return { run_id: run.runId, number_in_job: run.runId };
    }
    getRun(runIdText) {
        return renderRun(this.requireRun(runIdText), this.baseUrl(), this.timeline.now());
    }
    getOutput(runIdText) {
        const id = Number(runIdText);
        if (this.lifecycle.runs.has(id)) {
            throw new ReplyError(invalidParam("Retrieving the output of runs with multiple tasks is not supported. Please retrieve the output of each individual task run instead."));
        }
        const hit = this.lifecycle.taskRuns.get(id);
        if (!hit)
            throw new ReplyError(invalidParam(`Run ${runIdText} does not exist.`));
        const { run, task } = hit;
        const done = task.end !== 0;
        return {
            metadata: { ...renderTask(run, task, this.baseUrl()), job_id: run.jobId, run_name: run.jobName, number_in_job: run.runId },
            ...(done ? { ...task.output, logs_truncated: false } : {}),
        };
    }
    cancel(raw) {
        const runId = Number(raw?.run_id);
        const run = this.requireRun(String(runId));
        this.lifecycle.requestCancel(run);
        return {};
    }
    cancelAll(raw) {
        const jobId = Number(raw?.job_id);
        for (const run of this.lifecycle.runs.values())
            if (run.jobId === jobId)
                this.lifecycle.requestCancel(run);
        return {};
    }
    requireJob(text) {
        const job = this.jobs.get(Number(text));
        if (!job)
            throw new ReplyError(invalidParam(`Job ${text} does not exist.`));
        return job;
    }
    requireRun(text) {
        const run = this.lifecycle.runs.get(Number(text));
        if (!run)
            throw new ReplyError(invalidParam(`Run ${text} does not exist.`));
        return run;
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
    pat;
    settings;
    baseUrl;
    realNow;
    // Token lifetimes run in real time, whatever the speed: a client counts `expires_in`
    // on its own (real) clock, so a sped-up emulator must not expire its tokens early.
    issued = new Map(); // access token -> expiry (real ms)
    signingKey = (0,external_node_crypto_.randomBytes)(32);
    constructor(pat, settings, baseUrl, 
    /** Real time, for token lifetimes (tests inject their own). */
    realNow = Date.now) {
        this.pat = pat;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.realNow = realNow;
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
        if (expiry !== undefined && this.realNow() < expiry)
            return undefined;
        return apiError(403, 403, "Invalid access token.", { "x-databricks-reason-phrase": "Invalid access token." });
    }
    /** A route-optimized endpoint's data plane takes OAuth tokens only: the PAT is refused there. */
    checkOAuth(authorization) {
        const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
        const expiry = token === undefined ? undefined : this.issued.get(token);
        if (expiry !== undefined && this.realNow() < expiry)
            return undefined;
        // Wording unconfirmed; the data plane answers 401 for anything but a valid OAuth token.
        return apiError(401, "UNAUTHENTICATED", "Route-optimized endpoints accept only OAuth tokens (a personal access token is not accepted here).");
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
            if (typeof claims.exp !== "number" || claims.exp * 1000 <= this.realNow())
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
        const now = Math.floor(this.realNow() / 1000);
        const audience = query.get("audience") ?? "https://github.com/example";
        return { status: 200, body: { value: this.sign({ iss: GITHUB_ISSUER, aud: audience, sub: this.settings().githubSubject, iat: now, exp: now + 300 }) } };
    }
    issue(scope) {
        const ttl = this.settings().tokenTtlSeconds;
        const token = `emu-oauth-${(0,external_node_crypto_.randomBytes)(18).toString("base64url")}`;
        this.issued.set(token, this.realNow() + ttl * 1000);
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


/** The scenario schema has checked every pattern; one that fails here matches nothing. */
function compile(paths) {
    return paths.flatMap((p) => {
        const parsed = parsePathPattern(p);
        return typeof parsed === "string" ? [] : [parsed];
    });
}
class FaultInjector {
    settings;
    random;
    seed;
    patterns;
    injected = 0;
    constructor(settings) {
        this.settings = settings;
        this.seed = settings.seed;
        this.random = (0,databricks_clock/* seededRandom */.Is)(settings.seed);
        this.patterns = compile(settings.paths);
    }
    update(settings) {
        if (settings.seed !== this.seed) {
            this.seed = settings.seed;
            this.random = (0,databricks_clock/* seededRandom */.Is)(settings.seed);
        }
        if (settings.maxFaults !== this.settings.maxFaults)
            this.injected = 0;
        this.settings = settings;
        this.patterns = compile(settings.paths);
    }
    /** The fault this request meets, if any. */
    pick(path) {
        const { rate, maxFaults, kinds } = this.settings;
        if (rate <= 0 || !this.patterns.some((p) => matchesPath(p, path)) || (maxFaults !== null && this.injected >= maxFaults))
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
const SECRET_FIELDS = new Set(["client_secret", "subject_token", "access_token", "token", "password", "string_value", "bytes_value"]);
function redactBody(body) {
    if (Array.isArray(body))
        return body.map(redactBody);
    if (body && typeof body === "object") {
        return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, SECRET_FIELDS.has(k) ? "***" : redactBody(v)]));
    }
    return body;
}
/** Larger bodies are logged by size only, so a test that sends megabytes does not keep them. */
const MAX_LOGGED_BODY = 64 * 1024;
/** A request body as the log keeps it: parsed, secrets masked, big ones by size. */
function loggableBody(text, isForm) {
    if (text.length > MAX_LOGGED_BODY)
        return `(${text.length} bytes)`;
    if (isForm)
        return redactBody(Object.fromEntries(new URLSearchParams(text)));
    try {
        return redactBody(JSON.parse(text));
    }
    catch {
        return "(unparseable)";
    }
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

;// CONCATENATED MODULE: ./src/emulator/control-auth.ts
// The control routes (/_emulator/scenario, /requests, /events) reconfigure the
// workspace (a scenario can add an OAuth client) and show every request, so they
// need their own bearer. Choice: a separate control token, random per start and
// printed by `serving-ci emulator`, rather than the workspace PAT: a pipeline under
// test holds the PAT and must not be able to change the scenario it is tested on.


function newControlToken() {
    return `emu-control-${(0,external_node_crypto_.randomBytes)(18).toString("base64url")}`;
}
/** undefined when the request carries the control token. */
function checkControl(authorization, controlToken) {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "");
    const expected = Buffer.from(controlToken);
    if (given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected))
        return undefined;
    return apiError(401, "UNAUTHENTICATED", "The emulator's control routes need `Authorization: Bearer <control token>` (printed when the emulator starts).");
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

;// CONCATENATED MODULE: ./src/emulator/payload-shape.ts
// Task-aware payload validation (§1.12): an endpoint answers only the request
// shape its model takes. A ResponsesAgent wants `input`, a chat model `messages`,
// a classic model one of the dataframe / tensor fields; any other shape is refused
// with 400 BAD_REQUEST, as the model server's schema enforcement refuses it.
// Choice (unconfirmed wording): the message names the shape expected.

const CLASSIC_FIELDS = ["dataframe_split", "dataframe_records", "instances", "inputs"];
function payloadProblem(task, body) {
    const b = (body && typeof body === "object" && !Array.isArray(body) ? body : {});
    const refuse = (want) => apiError(400, "BAD_REQUEST", `Invalid request for this endpoint${task ? ` (task ${task})` : ""}: expected ${want}.`);
    if (task === "agent/v1/responses")
        return Array.isArray(b.input) ? undefined : refuse("a Responses request with an `input` list");
    if (task?.includes("chat"))
        return Array.isArray(b.messages) ? undefined : refuse("a chat request with a `messages` list");
    if (task !== undefined)
        return undefined; // embeddings, completions...: not checked
    return CLASSIC_FIELDS.some((f) => f in b) ? undefined : refuse(`one of ${CLASSIC_FIELDS.join(", ")} (a classic model takes no chat or Responses payload)`);
}

;// CONCATENATED MODULE: ./src/emulator/registry.ts
// Named workspace objects (UC models, functions, indexes, spaces, warehouses,
// scopes): one keyed store with the service's not-found and permission answers,
// so each object kind only says what it holds and how it renders.

/** Who the emulated caller is, for permission messages. */
const CALLER = "ci-bot@example.com";
class Registry {
    kind;
    missing;
    privilege;
    denied;
    items = new Map();
    constructor(
    /** The kind as the scenario's `workspace.denied` names it: "model", "function", ... */
    kind, missing, 
    /** The privilege a denial names (real messages name the missing privilege). */
    privilege, denied) {
        this.kind = kind;
        this.missing = missing;
        this.privilege = privilege;
        this.denied = denied;
    }
    /** The object without an access check (scenario seeding). */
    find(name) {
        return this.items.get(name);
    }
    has(name) {
        return this.items.has(name);
    }
    set(name, item) {
        this.items.set(name, item);
        return item;
    }
    delete(name) {
        this.require(name);
        this.items.delete(name);
    }
    values() {
        return [...this.items.values()];
    }
    /** The object, or the 403 a denied caller gets (whether or not it exists), or the 404. */
    require(name) {
        this.checkAccess(name);
        const item = this.items.get(name);
        if (item === undefined)
            throw new ReplyError(notFound(this.missing(name)));
        return item;
    }
    checkAccess(name) {
        if (this.denied().some((d) => d.kind === this.kind && d.name === name)) {
            throw new ReplyError(apiError(403, "PERMISSION_DENIED", `User ${CALLER} does not have ${this.privilege(name)}.`));
        }
    }
}

;// CONCATENATED MODULE: ./src/emulator/unity-catalog.ts
// Unity Catalog objects the linter asks about: registered models and their
// versions, and functions. Models and functions are created through the real
// create APIs; versions come from the scenario (MLflow's registration protocol,
// with artifact upload, is not emulated).





const METASTORE_ID = "11111111-2222-3333-4444-555555555555";
const CreateRegisteredModel = classic_schemas/* looseObject */._H3({
    name: classic_schemas/* string */.YjP(),
    catalog_name: classic_schemas/* string */.YjP(),
    schema_name: classic_schemas/* string */.YjP(),
    comment: classic_schemas/* string */.YjP().optional(),
});
const CreateFunction = classic_schemas/* object */.Ikc({
    function_info: classic_schemas/* looseObject */._H3({ name: classic_schemas/* string */.YjP(), catalog_name: classic_schemas/* string */.YjP(), schema_name: classic_schemas/* string */.YjP() }),
});
/** `1`, `"1"`: a version is a positive integer; anything else does not name one. */
function versionNumber(text) {
    return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}
function parts(fullName) {
    const p = fullName.split(".");
    return p.length === 3 && p.every((x) => x !== "") ? [p[0], p[1], p[2]] : undefined;
}
class UnityCatalog {
    timeline;
    // Messages are our choice (the real wording is unconfirmed); the codes follow the SDK's mapping (404 RESOURCE_DOES_NOT_EXIST).
    models;
    functions;
    constructor(timeline, denied) {
        this.timeline = timeline;
        this.models = new Registry("model", (n) => `Registered model '${n}' does not exist.`, (n) => `EXECUTE on registered model '${n}'`, denied);
        this.functions = new Registry("function", (n) => `Routine or Model '${n}' does not exist.`, (n) => `EXECUTE on function '${n}'`, denied);
    }
    createModel(raw) {
        const body = parseBody(CreateRegisteredModel, raw);
        const fullName = `${body.catalog_name}.${body.schema_name}.${body.name}`;
        if (this.models.has(fullName))
            throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Registered model '${fullName}' already exists.`));
        this.models.set(fullName, { fullName, created: this.timeline.now(), comment: body.comment ?? "", versions: new Map() });
        return this.renderModel(this.models.require(fullName));
    }
    getModel(fullName) {
        return this.renderModel(this.models.require(fullName));
    }
    /** Scenario seeding: the model is created when it is new. */
    addVersion(fullName, version, status = "READY") {
        if (!parts(fullName))
            throw new errors/* UserError */.y(`model version seed "${fullName}" is not catalog.schema.model`);
        const model = this.models.find(fullName) ?? this.models.set(fullName, { fullName, created: this.timeline.now(), comment: "", versions: new Map() });
        model.versions.set(version, { status, created: this.timeline.now() });
    }
    getVersion(fullName, versionText) {
        const model = this.models.require(fullName);
        const version = versionNumber(versionText);
        if (version === undefined)
            throw new ReplyError(invalidParam(`Version '${versionText}' is not a positive integer.`));
        const v = model.versions.get(version);
        if (!v)
            throw new ReplyError(notFound(`Model version ${version} of '${fullName}' does not exist.`));
        const [catalog, schema, name] = parts(fullName);
        return {
            model_name: name, catalog_name: catalog, schema_name: schema, version, status: v.status,
            id: `${fullName}/${version}`, metastore_id: METASTORE_ID, created_at: v.created, created_by: CALLER,
            updated_at: v.created, updated_by: CALLER, source: `models:/m-${version}`, storage_location: `s3://uc/${fullName.replace(/\./g, "/")}/${version}`,
        };
    }
    /**
     * Why an endpoint cannot serve (model, version), or undefined. A model the
     * emulator has never heard of is accepted, so scenarios that do not set up
     * Unity Catalog keep working (choice, see README); a known model must have the version.
     */
    entityProblem(fullName, versionText) {
        if (!this.models.has(fullName) || versionText === undefined)
            return undefined;
        const version = versionNumber(versionText);
        const v = version === undefined ? undefined : this.models.require(fullName).versions.get(version);
        if (!v)
            return `Model version ${versionText} of '${fullName}' does not exist.`;
        if (v.status !== "READY")
            return `Model version ${versionText} of '${fullName}' is ${v.status}, not READY.`;
        return undefined;
    }
    createFunction(raw) {
        const { function_info: info } = parseBody(CreateFunction, raw);
        const fullName = `${info.catalog_name}.${info.schema_name}.${info.name}`;
        if (this.functions.has(fullName))
            throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Function '${fullName}' already exists.`));
        this.functions.set(fullName, { info, created: this.timeline.now() });
        return this.getFunction(fullName);
    }
    /** Scenario seeding. */
    addFunction(fullName) {
        const p = parts(fullName);
        if (!p)
            throw new errors/* UserError */.y(`function seed "${fullName}" is not catalog.schema.function`);
        this.functions.set(fullName, { info: { catalog_name: p[0], schema_name: p[1], name: p[2] }, created: this.timeline.now() });
    }
    getFunction(fullName) {
        const f = this.functions.require(fullName);
        return { ...f.info, full_name: fullName, metastore_id: METASTORE_ID, owner: CALLER, created_at: f.created, created_by: CALLER, updated_at: f.created, updated_by: CALLER };
    }
    renderModel(m) {
        const [catalog, schema, name] = parts(m.fullName) ?? ["", "", m.fullName];
        return {
            full_name: m.fullName, name, catalog_name: catalog, schema_name: schema, comment: m.comment, owner: CALLER,
            metastore_id: METASTORE_ID, created_at: m.created, created_by: CALLER, updated_at: m.created, updated_by: CALLER,
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/vector-search.ts
// Vector search endpoints and indexes, created through the real create APIs or
// the scenario. Choice (unconfirmed): an endpoint is ONLINE and an index ready at
// once; provisioning and syncing times do not matter to what we test.





const CreateEndpoint = classic_schemas/* looseObject */._H3({ name: classic_schemas/* string */.YjP(), endpoint_type: classic_schemas/* enum */.k5n(["STANDARD", "STORAGE_OPTIMIZED"]) });
const CreateIndex = classic_schemas/* looseObject */._H3({
    name: classic_schemas/* string */.YjP(),
    endpoint_name: classic_schemas/* string */.YjP(),
    primary_key: classic_schemas/* string */.YjP(),
    index_type: classic_schemas/* enum */.k5n(["DELTA_SYNC", "DIRECT_ACCESS"]),
});
class VectorSearch {
    timeline;
    baseUrl;
    endpoints;
    indexes;
    constructor(timeline, denied, baseUrl) {
        this.timeline = timeline;
        this.baseUrl = baseUrl;
        this.endpoints = new Registry("vector_search_endpoint", (n) => `Vector search endpoint ${n} not found.`, (n) => `CAN USE on vector search endpoint '${n}'`, denied);
        this.indexes = new Registry("vector_search_index", (n) => `Index ${n} does not exist.`, (n) => `SELECT on index '${n}'`, denied);
    }
    createEndpoint(raw) {
        const body = parseBody(CreateEndpoint, raw);
        if (this.endpoints.has(body.name))
            throw new ReplyError(apiError(409, "ALREADY_EXISTS", `Vector search endpoint ${body.name} already exists.`));
        this.endpoints.set(body.name, { name: body.name, id: (0,external_node_crypto_.randomBytes)(8).toString("hex"), type: body.endpoint_type, created: this.timeline.now() });
        return this.getEndpoint(body.name);
    }
    getEndpoint(name) {
        const e = this.endpoints.require(name);
        const indexes = this.indexes.values().filter((i) => i.endpoint === e).length;
        return {
            name: e.name, id: e.id, endpoint_type: e.type, creator: CALLER, creation_timestamp: e.created, last_updated_timestamp: e.created,
            last_updated_user: CALLER, endpoint_status: { state: "ONLINE" }, num_indexes: indexes,
        };
    }
    listEndpoints() {
        return { endpoints: this.endpoints.values().map((e) => this.getEndpoint(e.name)) };
    }
    createIndex(raw) {
        const body = parseBody(CreateIndex, raw);
        const endpoint = this.endpoints.require(body.endpoint_name);
        if (this.indexes.has(body.name))
            throw new ReplyError(apiError(409, "ALREADY_EXISTS", `Index ${body.name} already exists.`));
        this.indexes.set(body.name, { spec: body, endpoint });
        return this.getIndex(body.name);
    }
    /** Scenario seeding: the endpoint is created when it is new. */
    addIndex(name, endpointName = "vs-endpoint") {
        if (!this.endpoints.has(endpointName))
            this.createEndpoint({ name: endpointName, endpoint_type: "STANDARD" });
        const endpoint = this.endpoints.find(endpointName);
        this.indexes.set(name, { spec: { name, endpoint_name: endpointName, primary_key: "id", index_type: "DELTA_SYNC" }, endpoint });
    }
    getIndex(name) {
        const i = this.indexes.require(name);
        return {
            ...i.spec,
            endpoint_id: i.endpoint.id,
            creator: CALLER,
            status: { ready: true, message: "Index is ready.", indexed_row_count: 0, index_url: `${this.baseUrl()}/api/2.0/vector-search/indexes/${name}` },
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/sql-objects.ts
// SQL warehouses and the Genie spaces built on them, created through the real
// create APIs or the scenario. Choice (unconfirmed): a warehouse is RUNNING at once.




const CreateWarehouse = classic_schemas/* looseObject */._H3({ name: classic_schemas/* string */.YjP(), cluster_size: classic_schemas/* string */.YjP().optional() });
const CreateSpace = classic_schemas/* looseObject */._H3({ warehouse_id: classic_schemas/* string */.YjP(), serialized_space: classic_schemas/* string */.YjP().optional(), title: classic_schemas/* string */.YjP().optional() });
class SqlObjects {
    timeline;
    warehouses;
    spaces;
    constructor(timeline, denied) {
        this.timeline = timeline;
        // The real not-found answers are unconfirmed; 404 RESOURCE_DOES_NOT_EXIST like the other APIs.
        this.warehouses = new Registry("sql_warehouse", (id) => `Warehouse ${id} does not exist.`, (id) => `CAN USE on warehouse ${id}`, denied);
        this.spaces = new Registry("genie_space", (id) => `Genie space ${id} does not exist.`, (id) => `CAN VIEW on Genie space ${id}`, denied);
    }
    createWarehouse(raw, id = (0,external_node_crypto_.randomBytes)(8).toString("hex")) {
        const body = parseBody(CreateWarehouse, raw);
        this.warehouses.set(id, { id, spec: { cluster_size: "Small", ...body } });
        return { id };
    }
    getWarehouse(id) {
        const w = this.warehouses.require(id);
        return { ...w.spec, id, creator_name: CALLER, state: "RUNNING", num_clusters: 1, num_active_sessions: 0, jdbc_url: `jdbc:databricks://emulator:443/default;httpPath=/sql/1.0/warehouses/${id}` };
    }
    listWarehouses() {
        return { warehouses: this.warehouses.values().map((w) => this.getWarehouse(w.id)) };
    }
    createSpace(raw, id = (0,external_node_crypto_.randomBytes)(16).toString("hex")) {
        const body = parseBody(CreateSpace, raw);
        if (!this.warehouses.find(body.warehouse_id))
            this.warehouses.require(body.warehouse_id); // 404 (a denial does not stop seeding)
        this.spaces.set(id, { id, title: body.title ?? "Untitled space", warehouseId: body.warehouse_id, created: this.timeline.now() });
        return this.getSpace(id);
    }
    getSpace(id) {
        const s = this.spaces.require(id);
        const time = new Date(s.created).toISOString();
        return { space_id: s.id, title: s.title, warehouse_id: s.warehouseId, create_time: time, update_time: time };
    }
}

;// CONCATENATED MODULE: ./src/emulator/secrets.ts
// Secret scopes and keys (`{{secrets/scope/key}}` in environment_vars), created
// through the real APIs or the scenario. Values are accepted and never returned
// or logged (the request log masks string_value).




const CreateScope = classic_schemas/* looseObject */._H3({ scope: classic_schemas/* string */.YjP(), scope_backend_type: classic_schemas/* enum */.k5n(["DATABRICKS", "AZURE_KEYVAULT"]).optional() });
const PutSecret = classic_schemas/* looseObject */._H3({ scope: classic_schemas/* string */.YjP(), key: classic_schemas/* string */.YjP(), string_value: classic_schemas/* string */.YjP().optional(), bytes_value: classic_schemas/* string */.YjP().optional() });
const SCOPE_NAME = /^[\w.@-]{1,128}$/;
class Secrets {
    timeline;
    // "Scope x does not exist!" is the real wording as far as we know (unconfirmed).
    scopes;
    constructor(timeline, denied) {
        this.timeline = timeline;
        this.scopes = new Registry("secret_scope", (n) => `Scope ${n} does not exist!`, (n) => `READ permission on secret scope ${n}`, denied);
    }
    createScope(raw) {
        const body = parseBody(CreateScope, raw);
        if (!SCOPE_NAME.test(body.scope))
            throw new ReplyError(apiError(400, "INVALID_PARAMETER_VALUE", `Scope name "${body.scope}" is invalid.`));
        if (this.scopes.has(body.scope))
            throw new ReplyError(apiError(400, "RESOURCE_ALREADY_EXISTS", `Scope ${body.scope} already exists!`));
        this.scopes.set(body.scope, { name: body.scope, backend: body.scope_backend_type ?? "DATABRICKS", keys: new Map() });
        return {};
    }
    listScopes() {
        const scopes = this.scopes.values().map((s) => ({ name: s.name, backend_type: s.backend }));
        return scopes.length ? { scopes } : {};
    }
    put(raw) {
        const body = parseBody(PutSecret, raw);
        this.scopes.require(body.scope).keys.set(body.key, this.timeline.now());
        return {};
    }
    list(scope) {
        if (!scope)
            throw new ReplyError(apiError(400, "INVALID_PARAMETER_VALUE", "Missing required field: scope"));
        const keys = [...this.scopes.require(scope).keys].map(([key, at]) => ({ key, last_updated_timestamp: at }));
        return keys.length ? { secrets: keys } : {};
    }
    /** Scenario seeding. */
    seed(scope, keys) {
        if (!this.scopes.has(scope))
            this.createScope({ scope });
        for (const key of keys)
            this.scopes.find(scope)?.keys.set(key, this.timeline.now());
    }
}

;// CONCATENATED MODULE: ./src/emulator/route.ts
// The shape of one emulator route, shared by the server and the route tables.
/** The i-th capture of the path, URL-decoded. */
function seg(c, i) {
    return decodeURIComponent(c.match[i] ?? "");
}

;// CONCATENATED MODULE: ./src/emulator/workspace-objects.ts
// The workspace's named objects that `lint --online` asks about, seeded from the
// scenario and served on their real paths (databricks-sdk-py service/*.py).






class WorkspaceObjects {
    uc;
    vs;
    sql;
    secrets;
    constructor(timeline, denied, baseUrl) {
        this.uc = new UnityCatalog(timeline, denied);
        this.vs = new VectorSearch(timeline, denied, baseUrl);
        this.sql = new SqlObjects(timeline, denied);
        this.secrets = new Secrets(timeline, denied);
    }
    /** Adds what the seed names; existing objects stay (a seed never deletes). */
    seed(seed) {
        for (const v of seed?.modelVersions ?? [])
            this.uc.addVersion(v.model, v.version, v.status);
        for (const f of seed?.functions ?? [])
            if (!this.uc.functions.has(f))
                this.uc.addFunction(f);
        for (const i of seed?.vectorSearchIndexes ?? [])
            if (!this.vs.indexes.has(i.name))
                this.vs.addIndex(i.name, i.endpoint);
        for (const w of seed?.warehouses ?? [])
            if (!this.sql.warehouses.has(w.id))
                this.sql.createWarehouse({ name: w.name }, w.id);
        for (const g of seed?.genieSpaces ?? []) {
            if (!this.sql.spaces.has(g.id))
                this.sql.createSpace({ warehouse_id: g.warehouseId, ...(g.title ? { title: g.title } : {}) }, g.id);
        }
        for (const s of seed?.secretScopes ?? [])
            this.secrets.seed(s.name, s.keys);
    }
    routes() {
        const S = "([^/]+)";
        const UC = "/api/2\\.1/unity-catalog";
        const VS = "/api/2\\.0/vector-search";
        const { uc, vs, sql, secrets } = this;
        return [
            ["POST", new RegExp(`^${UC}/models$`), (c) => ok(uc.createModel(c.json()))],
            ["GET", new RegExp(`^${UC}/models/${S}$`), (c) => ok(uc.getModel(seg(c, 1)))],
            ["GET", new RegExp(`^${UC}/models/${S}/versions/${S}$`), (c) => ok(uc.getVersion(seg(c, 1), seg(c, 2)))],
            ["POST", new RegExp(`^${UC}/functions$`), (c) => ok(uc.createFunction(c.json()))],
            ["GET", new RegExp(`^${UC}/functions/${S}$`), (c) => ok(uc.getFunction(seg(c, 1)))],
            ["POST", new RegExp(`^${VS}/endpoints$`), (c) => ok(vs.createEndpoint(c.json()))],
            ["GET", new RegExp(`^${VS}/endpoints$`), () => ok(vs.listEndpoints())],
            ["GET", new RegExp(`^${VS}/endpoints/${S}$`), (c) => ok(vs.getEndpoint(seg(c, 1)))],
            ["POST", new RegExp(`^${VS}/indexes$`), (c) => ok(vs.createIndex(c.json()))],
            ["GET", new RegExp(`^${VS}/indexes/${S}$`), (c) => ok(vs.getIndex(seg(c, 1)))],
            ["POST", /^\/api\/2\.0\/sql\/warehouses$/, (c) => ok(sql.createWarehouse(c.json()))],
            ["GET", /^\/api\/2\.0\/sql\/warehouses$/, () => ok(sql.listWarehouses())],
            ["GET", new RegExp(`^/api/2\\.0/sql/warehouses/${S}$`), (c) => ok(sql.getWarehouse(seg(c, 1)))],
            ["POST", /^\/api\/2\.0\/genie\/spaces$/, (c) => ok(sql.createSpace(c.json()))],
            ["GET", new RegExp(`^/api/2\\.0/genie/spaces/${S}$`), (c) => ok(sql.getSpace(seg(c, 1)))],
            ["POST", /^\/api\/2\.0\/secrets\/scopes\/create$/, (c) => ok(secrets.createScope(c.json()))],
            ["GET", /^\/api\/2\.0\/secrets\/scopes\/list$/, () => ok(secrets.listScopes())],
            ["POST", /^\/api\/2\.0\/secrets\/put$/, (c) => ok(secrets.put(c.json()))],
            ["GET", /^\/api\/2\.0\/secrets\/list$/, (c) => ok(secrets.list(c.query.get("scope")))],
        ];
    }
}

;// CONCATENATED MODULE: ./src/emulator/error-details.ts
// `details` in error bodies (§3.1): ErrorInfo (reason = error_code) and
// RequestInfo (the request id, also in x-request-id). Choice: only the APIs
// whose errors we believe carry them (serving, Unity Catalog, vector search,
// Genie, SQL, secrets); the Jobs 2.x samples we hold have none, and the gateway's
// numeric-code 401/403 bodies have none either (the real 403 sample).
const DETAILED = ["/api/2.0/serving-endpoints", "/serving-endpoints/", "/api/2.1/unity-catalog/", "/api/2.0/vector-search/", "/api/2.0/genie/", "/api/2.0/sql/", "/api/2.0/secrets/"];
function withErrorDetails(path, reply, requestId) {
    const body = reply.body;
    if (reply.status < 400 || !body || typeof body !== "object" || "details" in body)
        return body;
    const code = body.error_code;
    if (typeof code !== "string" || !DETAILED.some((p) => path.startsWith(p)))
        return body;
    return {
        ...body,
        details: [
            { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: code, domain: "databricks.com", metadata: {} },
            { "@type": "type.googleapis.com/google.rpc.RequestInfo", request_id: requestId, serving_data: "" },
        ],
    };
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
// The emulated workspace: an HTTP server on 127.0.0.1 speaking the real paths,
// field names, enums and error bodies (see ../../../shared/reference §1-§4),
// with emulated time, scenarios, seeded faults and a request log.


















const MAX_BODY = 16 * 1024 * 1024;
async function startEmulator(options = {}) {
    const clock = options.clock ?? (0,databricks_clock/* scaledClock */.vs)(options.speed ?? 1);
    const token = options.token ?? DEFAULT_TOKEN;
    const controlToken = options.controlToken ?? newControlToken();
    let scenario = buildScenario(options.scenario ?? {});
    let baseUrl = "";
    const events = [];
    const emit = (e) => void events.push(e);
    const timeline = new Timeline(clock);
    const objects = new WorkspaceObjects(timeline, () => scenario.denied, () => baseUrl);
    objects.seed(options.scenario?.workspace);
    const endpoints = new EndpointStore(timeline, () => scenario, emit, (name, version) => objects.uc.entityProblem(name, version), () => baseUrl);
    const jobs = new JobStore(timeline, () => scenario, endpoints, emit, () => baseUrl);
    const auth = new WorkspaceAuth(token, () => scenario.auth, () => baseUrl);
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
        ["GET", /^\/_emulator\/requests$/, () => ok({ requests: log.entries }), { control: true }],
        ["GET", /^\/_emulator\/events$/, () => ok({ events }), { control: true }],
        ["PUT", /^\/_emulator\/scenario$/, (c) => putScenario(c.json()), { control: true }],
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
        ["POST", new RegExp(`^/ro/${S}/serving-endpoints/${S}/invocations$`), (c) => auth.checkOAuth(c.authorization) ?? invoke(seg(c, 2), c.json(), seg(c, 1)), { open: true }],
        ["POST", new RegExp(`^${J}/create$`), (c) => ok(jobs.create(c.json(), c.match[1] ?? "2.2"))],
        ["GET", new RegExp(`^${J}/get$`), (c) => ok(jobs.get(c.query.get("job_id") ?? undefined))],
        ["GET", new RegExp(`^${J}/list$`), (c) => ok(jobs.list(c.query))],
        ["POST", new RegExp(`^${J}/run-now$`), (c) => ok(jobs.runNow(c.json()))],
        ["GET", new RegExp(`^${J}/runs/get$`), (c) => ok(jobs.getRun(c.query.get("run_id") ?? undefined))],
        ["GET", new RegExp(`^${J}/runs/get-output$`), (c) => ok(jobs.getOutput(c.query.get("run_id") ?? undefined))],
        ["POST", new RegExp(`^${J}/runs/cancel$`), (c) => ok(jobs.cancel(c.json()))],
        ["POST", new RegExp(`^${J}/runs/cancel-all$`), (c) => ok(jobs.cancelAll(c.json()))],
        ...objects.routes(),
    ];
    function invoke(name, body, dataPlaneId) {
        const { task, served } = dataPlaneId === undefined ? endpoints.route(name) : endpoints.route(name, "data-plane", dataPlaneId);
        return payloadProblem(task, body) ?? { status: 200, body: invocationAnswer(task, body), headers: { "served-model-name": served } };
    }
    function putScenario(json) {
        try {
            setScenario(parseScenario(json, "PUT /_emulator/scenario"));
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                return invalidParam(err.message);
            throw err;
        }
        return ok(scenario);
    }
    function setScenario(input) {
        scenario = buildScenario(input, scenario);
        faults.update(scenario.faults);
        objects.seed(input.workspace);
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
            const denied = flags?.open ? undefined : flags?.control ? checkControl(req.headers.authorization, controlToken) : auth.check(req.headers.authorization);
            if (denied) {
                reply = denied;
            }
            else {
                // Only requests that passed auth keep a body in the log: a flood of rejected ones must not grow it.
                if (text && !flags?.control)
                    entry.body = loggableBody(text, isForm);
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
        // An open route (the token endpoint) that refused the caller keeps no body either.
        if (reply.status === 401 || reply.status === 403)
            delete entry.body;
        if (fault === "reset-after")
            return drop(res, entry); // processed, but the answer is lost
        if (fault === "slow")
            await clock.sleep(faults.slowMs);
        send(res, reply, entry);
    }
    function send(res, reply, entry) {
        entry.status = reply.status;
        log.add(entry);
        const requestId = (0,external_node_crypto_.randomUUID)();
        const body = JSON.stringify(withErrorDetails(entry.path, reply, requestId) ?? {});
        res.writeHead(reply.status, { "content-type": "application/json", "x-request-id": requestId, ...reply.headers });
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
        controlToken,
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
        case "500":
            return apiError(500, "INTERNAL_ERROR", "An internal error occurred. Please try again later.");
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



const EMULATOR_USAGE = `Usage: serving-ci emulator [--port N] [--token T] [--control-token C] [--speed X] [--scenario FILE]

Runs a local emulator of the Databricks workspace API (serving endpoints, jobs,
OAuth/OIDC) on 127.0.0.1 and prints its base URL on the first line.

  --port N          port to listen on (default 0: any free port)
  --token T         the PAT clients must send (default ${DEFAULT_TOKEN})
  --control-token C bearer for /_emulator/scenario, /requests, /events (default: random, printed at start)
  --speed X         emulated time runs X times faster than real time (default 1)
  --scenario FILE   JSON scenario: phase durations, outcomes, faults, auth, jobs

Point a client at it with DATABRICKS_HOST=<url> DATABRICKS_TOKEN=<token>.`;
function parseArgs(args) {
    const out = { port: 0, token: DEFAULT_TOKEN, controlToken: undefined, speed: 1, scenario: undefined };
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
            case "--control-token":
                out.controlToken = value();
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
        emulator = await startEmulator({
            port: parsed.port,
            token: parsed.token,
            speed: parsed.speed,
            scenario,
            ...(parsed.controlToken ? { controlToken: parsed.controlToken } : {}),
        });
    }
    catch (err) {
        out.stderr(`cannot start the emulator on 127.0.0.1:${parsed.port}: ${err.message}`);
        return 2;
    }
    out.stdout(emulator.url);
    out.stderr(`Databricks workspace emulator at ${emulator.url} (speed ${parsed.speed}x; token ${parsed.token === DEFAULT_TOKEN ? `the default ${DEFAULT_TOKEN}` : "as given with --token"}; OAuth client ${emulator.scenario.auth.clients[0]?.clientId ?? "none"}). Ctrl-C stops it.`);
    // The control token is printed only when it was generated here: one given with --control-token is the caller's own.
    out.stderr(`Control routes (/_emulator/scenario, /requests, /events): Authorization: Bearer ${parsed.controlToken ? "(the --control-token value)" : emulator.controlToken}`);
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
