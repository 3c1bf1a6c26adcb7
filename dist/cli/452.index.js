export const id = 452;
export const ids = [452];
export const modules = {

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

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ DatabricksAuthError),
/* harmony export */   Ny: () => (/* binding */ DatabricksApiError),
/* harmony export */   nM: () => (/* binding */ DatabricksNetworkError),
/* harmony export */   z9: () => (/* binding */ DatabricksConfigError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Typed errors of the Databricks client. All of them are UserErrors: a bad host,
// a bad token, a missing job or an outage is not a bug in serving-ci, so the CLI
// prints the message without a stack trace. They carry what helps a person act
// (status, error_code, request id, method + path) and never headers or tokens.

class DatabricksApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksApiError";
    status;
    errorCode;
    apiMessage;
    requestId;
    method;
    path;
    retryAfterSeconds;
    /** How many attempts the request made before failing (set by the HTTP layer). */
    attempts = 1;
    constructor(info) {
        // Gateways send error_code 403 with HTTP 403: say it once.
        const code = info.errorCode === undefined || String(info.errorCode) === String(info.status) ? "" : ` ${String(info.errorCode)}`;
        const rid = info.requestId ? ` (request id ${info.requestId})` : "";
        super(`${info.method} ${info.path} failed: HTTP ${info.status}${code}: ${info.message}${rid}${hintFor(info)}`);
        this.status = info.status;
        this.errorCode = info.errorCode;
        this.apiMessage = info.message;
        this.requestId = info.requestId;
        this.method = info.method;
        this.path = info.path;
        this.retryAfterSeconds = info.retryAfterSeconds;
    }
    get isNotFound() {
        return this.status === 404 || this.errorCode === "RESOURCE_DOES_NOT_EXIST" || this.errorCode === "NOT_FOUND";
    }
    get isConflict() {
        return this.status === 409;
    }
}
function hintFor(info) {
    if (info.status === 401 || info.status === 403) {
        return ". Check the credentials (DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET) and that they belong to this workspace.";
    }
    return "";
}
/** The workspace could not be reached at all (DNS, refused, reset, timeout), after retries. */
class DatabricksNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    method;
    path;
    causeText;
    code;
    name = "DatabricksNetworkError";
    constructor(method, path, causeText, 
    /** ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, BAD_PORT, ...; undefined when unknown. */
    code) {
        super(`${method} ${path} failed: ${causeText}. ${code === "ECONNRESET" || code === "ETIMEDOUT" ? "Check the network, or retry." : "Check the workspace host (DATABRICKS_HOST) and the network."}`);
        this.method = method;
        this.path = path;
        this.causeText = causeText;
        this.code = code;
    }
}
/** Credentials missing, ambiguous, or rejected while obtaining a token. */
class DatabricksAuthError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksAuthError";
}
/** Host missing or not a workspace URL. */
class DatabricksConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksConfigError";
}


/***/ })

};
