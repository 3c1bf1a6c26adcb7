export const id = 459;
export const ids = [459];
export const modules = {

/***/ 6734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ authConfigFromEnv),
/* harmony export */   uv: () => (/* binding */ createAuthProvider)
/* harmony export */ });
/* unused harmony export jwtClaims */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7463);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4622);
// Workspace authentication (§4): a PAT, OAuth M2M (client credentials) or GitHub
// Actions OIDC federation (token exchange). Chosen explicitly or from an injected
// environment; the chosen mode is named in the log, never a secret.


const AUTH_TYPES = ["pat", "oauth-m2m", "github-oidc"];
/**
 * Picks the auth mode: `DATABRICKS_AUTH_TYPE` pins one; otherwise a PAT wins,
 * then client id + secret, then client id + GitHub's OIDC request variables
 * (the SDK-go default chain order, §4.3).
 */
function authConfigFromEnv(env) {
    const get = (k) => {
        const v = env[k]?.trim();
        return v ? v : undefined;
    };
    const pinned = get("DATABRICKS_AUTH_TYPE");
    if (pinned && !AUTH_TYPES.includes(pinned)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj(`DATABRICKS_AUTH_TYPE=${pinned} is not supported; use one of ${AUTH_TYPES.join(", ")}.`);
    }
    const token = get("DATABRICKS_TOKEN");
    const clientId = get("DATABRICKS_CLIENT_ID");
    const clientSecret = get("DATABRICKS_CLIENT_SECRET");
    const idUrl = get("ACTIONS_ID_TOKEN_REQUEST_URL");
    const idToken = get("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
    const audience = get("DATABRICKS_TOKEN_AUDIENCE");
    const mode = pinned ??
        (token ? "pat" : clientId && clientSecret ? "oauth-m2m" : clientId && idUrl && idToken ? "github-oidc" : undefined);
    switch (mode) {
        case "pat":
            if (!token)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj("Auth type pat needs DATABRICKS_TOKEN.");
            return { type: "pat", token };
        case "oauth-m2m":
            if (!clientId || !clientSecret) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj("Auth type oauth-m2m needs DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET.");
            }
            return { type: "oauth-m2m", clientId, clientSecret };
        case "github-oidc":
            if (!clientId)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj("Auth type github-oidc needs DATABRICKS_CLIENT_ID (the service principal's application id).");
            if (!idUrl || !idToken) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj("Auth type github-oidc needs ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN: add `permissions: id-token: write` to the workflow job.");
            }
            return { type: "github-oidc", clientId, idTokenRequestUrl: idUrl, idTokenRequestToken: idToken, ...(audience ? { audience } : {}) };
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj("No Databricks credentials found: set DATABRICKS_TOKEN (PAT), or DATABRICKS_CLIENT_ID + DATABRICKS_CLIENT_SECRET (OAuth M2M), or DATABRICKS_CLIENT_ID with `permissions: id-token: write` (GitHub OIDC).");
    }
}
function createAuthProvider(config, http) {
    switch (config.type) {
        case "pat":
            http.redactor.add(config.token);
            return { mode: "pat", authorization: async () => `Bearer ${config.token}`, invalidate: () => false };
        case "oauth-m2m":
            http.redactor.add(config.clientSecret);
            return new OAuthTokenSource("oauth-m2m", http, async (tokenEndpoint) => {
                const basic = Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString("base64");
                http.redactor.add(basic);
                return http.request({
                    method: "POST",
                    path: tokenEndpoint,
                    form: { grant_type: "client_credentials", scope: "all-apis" },
                    headers: { authorization: `Basic ${basic}` },
                    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenResponse */ .BU,
                    idempotent: true,
                    authenticate: false,
                });
            });
        case "github-oidc":
            http.redactor.add(config.idTokenRequestToken);
            return new OAuthTokenSource("github-oidc", http, async (tokenEndpoint) => {
                const audience = config.audience ?? tokenEndpoint;
                // GitHub's toolkit encodes the audience; the SDKs concatenate it raw. GitHub accepts both.
                const idToken = await http.request({
                    method: "GET",
                    path: `${config.idTokenRequestUrl}&audience=${encodeURIComponent(audience)}`,
                    headers: { authorization: `Bearer ${config.idTokenRequestToken}` },
                    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubIdTokenResponse */ .h7,
                    idempotent: true,
                    authenticate: false,
                });
                http.redactor.add(idToken.value);
                return withClaims(idToken.value, () => http.request({
                    method: "POST",
                    path: tokenEndpoint,
                    form: {
                        client_id: config.clientId,
                        grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
                        subject_token_type: "urn:ietf:params:oauth:token-type:jwt",
                        subject_token: idToken.value,
                        scope: "all-apis",
                    },
                    schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .TokenResponse */ .BU,
                    idempotent: true,
                    authenticate: false,
                }));
            });
    }
}
/**
 * A refused exchange names the ID token's claims: they are what a federation
 * policy must match. The payload only; never the token or its signature.
 */
async function withClaims(jwt, exchange) {
    try {
        return await exchange();
    }
    catch (err) {
        const claims = jwtClaims(jwt);
        if (!claims || !(err instanceof Error))
            throw err;
        err.message = `${err.message} (the GitHub ID token that was refused has ${claims})`;
        throw err;
    }
}
/** `sub=…, aud=…, iss=…` from a JWT's payload; undefined when it is not a readable JWT. */
function jwtClaims(jwt) {
    const payload = jwt.split(".")[1];
    if (payload === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== "object" || parsed === null)
        return undefined;
    const record = parsed;
    const text = (v) => (typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join(" ") : undefined);
    const parts = ["sub", "aud", "iss"].flatMap((k) => {
        const v = text(record[k]);
        return v === undefined ? [] : [`${k}=${JSON.stringify(v)}`];
    });
    return parts.length ? parts.join(", ") : undefined;
}
/** Caches an OAuth access token and refreshes it before it expires. */
class OAuthTokenSource {
    mode;
    http;
    fetchToken;
    token;
    inflight;
    tokenEndpoint;
    clock;
    constructor(mode, http, fetchToken) {
        this.mode = mode;
        this.http = http;
        this.fetchToken = fetchToken;
        this.clock = http.clock;
    }
    async authorization() {
        const now = this.clock.now();
        if (this.token && now < this.token.refreshAt)
            return `Bearer ${this.token.value}`;
        // One refresh at a time, shared by concurrent requests.
        this.inflight ??= this.refresh().finally(() => {
            this.inflight = undefined;
        });
        return `Bearer ${await this.inflight}`;
    }
    invalidate() {
        this.token = undefined;
        return true;
    }
    async refresh() {
        this.tokenEndpoint ??= await this.discover();
        let res;
        try {
            res = await this.fetchToken(this.tokenEndpoint);
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj(`${this.mode}: could not obtain a workspace token: ${this.http.redactor.redact(why)}${this.mode === "oauth-m2m"
                ? " Check DATABRICKS_CLIENT_ID / DATABRICKS_CLIENT_SECRET."
                : " Check DATABRICKS_CLIENT_ID, the federation policy (issuer, subject) and DATABRICKS_TOKEN_AUDIENCE."}`);
        }
        this.http.redactor.add(res.access_token);
        const now = this.clock.now();
        const ttl = Math.max(0, res.expires_in * 1000);
        // Refresh early: 5 minutes before expiry, or at 3/4 of a short lifetime.
        const margin = Math.min(300_000, ttl / 4);
        this.token = { value: res.access_token, expiresAt: now + ttl, refreshAt: now + ttl - margin };
        this.http.log(`auth: ${this.mode} token obtained, valid ${Math.round(ttl / 1000)}s`);
        return res.access_token;
    }
    async discover() {
        try {
            const d = await this.http.request({
                method: "GET",
                path: "/oidc/.well-known/oauth-authorization-server",
                schema: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .OidcDiscovery */ .g4,
                idempotent: true,
                authenticate: false,
            });
            return d.token_endpoint;
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksAuthError */ .Dj(`${this.mode}: OAuth discovery failed (is DATABRICKS_HOST a workspace URL?): ${why}`);
        }
    }
}


/***/ }),

/***/ 4069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ createDatabricksClient)
});

// UNUSED EXPORTS: normalizeHost

// EXTERNAL MODULE: ./src/databricks/clock.ts
var databricks_clock = __webpack_require__(8396);
// EXTERNAL MODULE: ./src/databricks/http.ts
var databricks_http = __webpack_require__(9332);
;// CONCATENATED MODULE: ./src/databricks/redact.ts
// Secrets must never reach a log line, an error message or a recorded request.
// Known secrets are registered as they are learned (PAT, client secret, ID token,
// access tokens); a few shapes are masked even when nobody registered them.
const SHAPES = [
    /\bdapi[0-9a-zA-Z-]{8,}/g, // PAT-like
    /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, // JWT-like
];
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[\w.~+/=-]{8,}/gi;
class Redactor {
    secrets = new Set();
    add(secret) {
        // Very short values would mask ordinary words; they are not credentials anyway.
        if (secret && secret.length >= 6)
            this.secrets.add(secret);
    }
    redact(text) {
        let out = text;
        // Longest first, so a secret containing another is masked whole.
        for (const s of [...this.secrets].sort((a, b) => b.length - a.length))
            out = out.split(s).join("***");
        for (const shape of SHAPES)
            out = out.replace(shape, "***");
        return out.replace(AUTH_SCHEME, (_m, scheme) => `${scheme} ***`);
    }
}

// EXTERNAL MODULE: ./src/databricks/auth.ts
var auth = __webpack_require__(6734);
// EXTERNAL MODULE: ./src/databricks/errors.ts
var errors = __webpack_require__(7463);
// EXTERNAL MODULE: ./src/databricks/schemas.ts
var schemas = __webpack_require__(4622);
;// CONCATENATED MODULE: ./src/databricks/serving.ts
// Serving endpoints API (§1). Every response is parsed at the edge.


const BASE = "/api/2.0/serving-endpoints";
const seg = encodeURIComponent;
class ServingEndpoints {
    http;
    constructor(http) {
        this.http = http;
    }
    get(name) {
        return this.http.request({ method: "GET", path: `${BASE}/${seg(name)}`, schema: schemas/* ServingEndpointDetailed */.sI, idempotent: true });
    }
    /** The endpoint, or undefined when it does not exist. */
    async find(name) {
        try {
            return await this.get(name);
        }
        catch (err) {
            if (err instanceof errors/* DatabricksApiError */.Ny && err.isNotFound)
                return undefined;
            throw err;
        }
    }
    async list() {
        const res = await this.http.request({ method: "GET", path: BASE, schema: schemas/* ServingEndpointList */.GJ, idempotent: true });
        return res.endpoints ?? [];
    }
    /**
     * Creates an endpoint. The request is retried on ambiguous failures; if a retry
     * meets 409 (our first attempt had created it), the endpoint is read instead.
     */
    async create(body) {
        try {
            return await this.http.request({ method: "POST", path: BASE, json: body, schema: schemas/* ServingEndpointDetailed */.sI, idempotent: true });
        }
        catch (err) {
            if (err instanceof errors/* DatabricksApiError */.Ny && err.isConflict && err.attempts > 1)
                return this.get(body.name);
            throw err;
        }
    }
    /**
     * Replaces the endpoint's core config. A 409 after a retry means our first
     * attempt started the update: read the endpoint and accept it if it is rolling
     * out (or already serving) exactly the entities we asked for.
     */
    async updateConfig(name, config) {
        const { name: _ignored, ...body } = config; // the name is the path; SDK-go never sends it
        try {
            return await this.http.request({
                method: "PUT",
                path: `${BASE}/${seg(name)}/config`,
                json: body,
                schema: schemas/* ServingEndpointDetailed */.sI,
                idempotent: true,
            });
        }
        catch (err) {
            if (err instanceof errors/* DatabricksApiError */.Ny && err.isConflict && err.attempts > 1) {
                const ep = await this.get(name);
                const target = ep.pending_config?.served_entities ?? ep.config?.served_entities ?? [];
                if (sameEntities(target, config.served_entities ?? []))
                    return ep;
            }
            throw err;
        }
    }
    delete(name) {
        return this.http.request({ method: "DELETE", path: `${BASE}/${seg(name)}`, schema: schemas/* EmptyResponse */.fv, idempotent: true });
    }
    putAiGateway(name, gateway) {
        return this.http.request({
            method: "PUT",
            path: `${BASE}/${seg(name)}/ai-gateway`,
            json: gateway,
            schema: schemas/* AiGatewayResponse */.Oo,
            idempotent: true, // full replace
        });
    }
    async patchTags(name, add, remove = []) {
        const res = await this.http.request({
            method: "PATCH",
            path: `${BASE}/${seg(name)}/tags`,
            json: { add_tags: add, delete_tags: remove },
            schema: schemas/* TagsResponse */.hb,
            idempotent: true, // add overwrites, delete of a missing key is a no-op
        });
        return res.tags ?? [];
    }
    /** Container build output of a served entity (path says served-models even for entities). */
    async buildLogs(name, servedEntityName) {
        const res = await this.http.request({
            method: "GET",
            path: `${BASE}/${seg(name)}/served-models/${seg(servedEntityName)}/build-logs`,
            schema: schemas/* LogsResponse */.h_,
            idempotent: true,
        });
        return res.logs ?? "";
    }
    async serverLogs(name, servedEntityName) {
        const res = await this.http.request({
            method: "GET",
            path: `${BASE}/${seg(name)}/served-models/${seg(servedEntityName)}/logs`,
            schema: schemas/* LogsResponse */.h_,
            idempotent: true,
        });
        return res.logs ?? "";
    }
    /**
     * Queries the endpoint: on the workspace, or at `url` (a route-optimized endpoint's own endpoint_url).
     * Not repeated on ambiguous failures: an agent may act on a request.
     */
    query(name, body, url) {
        return this.http.request({
            method: "POST",
            path: url ?? `/serving-endpoints/${seg(name)}/invocations`,
            json: body,
            schema: schemas/* InvocationResponse */.Mp,
            idempotent: false,
        });
    }
}
function sameEntities(served, wanted) {
    const key = (e) => `${e.entity_name}@${e.entity_version}`;
    const a = served.map(key).sort();
    const b = wanted.map(key).sort();
    return a.length === b.length && a.every((k, i) => k === b[i]);
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/databricks/jobs.ts
// Jobs API (§2), on the 2.2 paths the current SDKs and CLI use.



class Jobs {
    http;
    base;
    constructor(http, apiVersion = "2.2") {
        this.http = http;
        this.base = `/api/${apiVersion}/jobs`;
    }
    get(jobId) {
        return this.http.request({ method: "GET", path: `${this.base}/get`, query: { job_id: jobId }, schema: schemas/* Job */._O, idempotent: true });
    }
    /** Jobs whose name matches exactly, case-insensitively (server-side filter). */
    async listByName(name) {
        const jobs = [];
        let pageToken;
        do {
            const page = await this.http.request({
                method: "GET",
                path: `${this.base}/list`,
                query: { name, limit: 100, page_token: pageToken },
                schema: schemas/* JobsList */.HV,
                idempotent: true,
            });
            jobs.push(...(page.jobs ?? []));
            pageToken = page.has_more ? page.next_page_token : undefined;
        } while (pageToken);
        return jobs;
    }
    /** The one job with this name; a clear error when there is none or more than one. */
    async findByName(name) {
        const jobs = await this.listByName(name);
        if (jobs.length === 1 && jobs[0])
            return jobs[0];
        if (jobs.length === 0)
            throw new src_errors/* UserError */.y(`No Databricks job named "${name}" in this workspace (or the credentials cannot see it).`);
        throw new src_errors/* UserError */.y(`${jobs.length} Databricks jobs are named "${name}" (ids ${jobs.map((j) => j.job_id).join(", ")}); pass the job id instead.`);
    }
    /** Creates a job (used to set up emulator scenarios; serving-ci never creates jobs in a real workspace). */
    async create(settings) {
        const res = await this.http.request({ method: "POST", path: `${this.base}/create`, json: settings, schema: schemas/* CreateJobResponse */.HS, idempotent: false });
        return res.job_id;
    }
    async runNow(req) {
        if (!req.idempotencyToken || req.idempotencyToken.length > 64) {
            throw new RangeError("run-now needs an idempotency token of 1-64 characters");
        }
        try {
            const res = await this.http.request({
                method: "POST",
                path: `${this.base}/run-now`,
                json: { job_id: req.jobId, job_parameters: req.jobParameters, idempotency_token: req.idempotencyToken },
                schema: schemas/* RunNowResponse */.JU,
                idempotent: true, // safe: the token guarantees at most one run
            });
            return res.run_id;
        }
        catch (err) {
            if (err instanceof errors/* DatabricksApiError */.Ny && err.status === 400 && /does not exist/i.test(err.apiMessage)) {
                throw new src_errors/* UserError */.y(`Databricks job ${req.jobId} does not exist (or the credentials cannot see it).`);
            }
            throw err;
        }
    }
    getRun(runId, signal) {
        return this.http.request({ method: "GET", path: `${this.base}/runs/get`, query: { run_id: runId }, schema: schemas/* Run */.KF, idempotent: true, ...(signal ? { signal } : {}) });
    }
    /** Output of one task run. Pass `tasks[i].run_id`: a job run id is refused (§2.3). */
    getRunOutput(taskRunId) {
        return this.http.request({
            method: "GET",
            path: `${this.base}/runs/get-output`,
            query: { run_id: taskRunId },
            schema: schemas/* RunOutput */.NF,
            idempotent: true,
        });
    }
    /** Asks for cancellation; the run ends TERMINATED/CANCELED a little later. A finished run is unchanged. */
    async cancelRun(runId, signal) {
        await this.http.request({ method: "POST", path: `${this.base}/runs/cancel`, json: { run_id: runId }, schema: schemas/* EmptyResponse */.fv, idempotent: true, ...(signal ? { signal } : {}) });
    }
}

;// CONCATENATED MODULE: ./src/databricks/client.ts
// Builds a workspace client from explicit inputs and an injected environment
// (the action passes its inputs; the CLI passes process.env).







function createDatabricksClient(options = {}) {
    const env = options.env ?? {};
    const host = normalizeHost(options.host ?? env.DATABRICKS_HOST);
    const clock = options.clock ?? databricks_clock/* systemClock */.ml;
    const redactor = new Redactor();
    const http = new databricks_http/* HttpClient */.Qq({
        host,
        clock,
        redactor,
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.log ? { log: options.log } : {}),
    });
    const authConfig = options.auth ?? (0,auth/* authConfigFromEnv */.AF)(env);
    http.auth = (0,auth/* createAuthProvider */.uv)(authConfig, http);
    http.log(`auth: using ${authConfig.type} for ${host}`);
    return {
        host,
        authMode: authConfig.type,
        clock,
        http,
        serving: new ServingEndpoints(http),
        jobs: new Jobs(http, options.jobsApiVersion ?? "2.2"),
        redact: (text) => redactor.redact(text),
    };
}
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
/** `https://host` without a trailing slash, path or query; plain http only for a local emulator. */
function normalizeHost(raw) {
    const value = raw?.trim();
    if (!value)
        throw new errors/* DatabricksConfigError */.z9("No Databricks host: set DATABRICKS_HOST (e.g. https://dbc-1234.cloud.databricks.com).");
    const withScheme = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new errors/* DatabricksConfigError */.z9(`DATABRICKS_HOST "${value}" is not a URL (expected e.g. https://dbc-1234.cloud.databricks.com).`);
    }
    if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
        throw new errors/* DatabricksConfigError */.z9(`DATABRICKS_HOST must use https:// (plain http is only allowed for a local emulator), got "${value}".`);
    }
    if (url.username || url.password)
        throw new errors/* DatabricksConfigError */.z9("DATABRICKS_HOST must not contain credentials.");
    return url.origin;
}


/***/ }),

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

/***/ 9332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, parseErrorText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7463);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4622);
// One HTTP request to the workspace, with the retry rules of §3.3:
// - 429 and 503 mean "not processed": always retried, honouring Retry-After.
// - connection refused: the request never arrived, always retried.
// - resets, timeouts and 504 may hide a processed request: retried only when the
//   caller says repeating is safe (GET, run-now with an idempotency token, ...).
// - any other 4xx and 500 are final.
// Backoff is capped exponential with jitter, inside a total budget.


const DEFAULT_RETRY = {
    budgetMs: 300_000,
    initialBackoffMs: 500,
    maxBackoffMs: 10_000,
    requestTimeoutMs: 60_000,
};
const NEVER_ARRIVED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "BAD_PORT"]);
const UNRESOLVABLE = new Set(["ENOTFOUND", "EAI_AGAIN"]);
/** fetch refuses some ports outright (6000, 10080, ...): a wrong host setting, never worth a retry. */
const NOT_RETRIED = new Set([...UNRESOLVABLE, "BAD_PORT"]);
/**
 * A workspace's front end does not refuse connections: a refusal is a wrong host or
 * port far more often than a blip, so it gets a few quick retries, not the 5-minute budget.
 */
const REFUSED_BUDGET_MS = 10_000;
/** The per-attempt timeout never fires sooner than this in real time (see attempt()). */
const REAL_TIMEOUT_FLOOR_MS = 2_000;
const NETWORK_TEXT = {
    ECONNREFUSED: (h) => `connection refused by ${h} (ECONNREFUSED)`,
    ECONNRESET: (h) => `connection reset by ${h} (ECONNRESET)`,
    ETIMEDOUT: (h) => `no answer from ${h} in time (ETIMEDOUT)`,
    BAD_PORT: (h) => `the port of ${h} is one fetch refuses to use (bad port)`,
    ENOTFOUND: (h) => `cannot resolve host ${h} (ENOTFOUND)`,
    EAI_AGAIN: (h) => `cannot resolve host ${h} (EAI_AGAIN)`,
};
class HttpClient {
    host;
    clock;
    redactor;
    retry;
    stats = { requests: 0, retries: 0, rateLimited: 0 };
    auth;
    fetchImpl;
    logLine;
    constructor(options) {
        this.host = options.host;
        this.clock = options.clock;
        this.redactor = options.redactor;
        this.auth = options.auth;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.fetchImpl = options.fetch ?? fetch;
        const log = options.log ?? (() => { });
        this.logLine = (line) => log(this.redactor.redact(line));
    }
    log(line) {
        this.logLine(line);
    }
    async request(spec) {
        return (await this.send(spec)).data;
    }
    async send(spec) {
        const started = this.clock.now();
        const pathOnly = displayPath(spec.path);
        let reauthorized = false;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(spec, pathOnly);
            if (outcome.kind === "ok")
                return { data: outcome.data, status: outcome.status, attempts: attempt };
            const err = outcome.error;
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny &&
                (err.status === 401 || err.status === 403) &&
                spec.authenticate !== false &&
                !reauthorized &&
                this.auth?.invalidate()) {
                // A cached OAuth token can be revoked or expire early: fetch a new one once.
                reauthorized = true;
                this.logLine(`${spec.method} ${pathOnly}: token rejected (HTTP ${err.status}); obtaining a new one`);
                continue;
            }
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny)
                err.attempts = attempt;
            if (!outcome.retryable)
                throw err;
            const elapsed = this.clock.now() - started;
            const backoff = Math.min(this.retry.maxBackoffMs, this.retry.initialBackoffMs * 2 ** (attempt - 1));
            // Equal jitter: never less than half the backoff, so bursts of clients spread out.
            let delay = backoff / 2 + (this.clock.random() * backoff) / 2;
            if (outcome.retryAfterMs !== undefined)
                delay = outcome.retryAfterMs + this.clock.random() * 250;
            const budget = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksNetworkError */ .nM && err.code === "ECONNREFUSED" ? Math.min(REFUSED_BUDGET_MS, this.retry.budgetMs) : this.retry.budgetMs;
            if (elapsed + delay > budget)
                throw err;
            if (outcome.rateLimited)
                this.stats.rateLimited++;
            this.stats.retries++;
            this.logLine(`${spec.method} ${pathOnly}: ${outcome.reason}; retry ${attempt} in ${(delay / 1000).toFixed(1)}s`);
            await this.clock.sleep(delay, spec.signal);
        }
    }
    async attempt(spec, pathOnly) {
        const url = this.url(spec);
        const headers = { accept: "application/json", ...spec.headers };
        let body;
        if (spec.json !== undefined) {
            headers["content-type"] = "application/json";
            body = JSON.stringify(spec.json);
        }
        else if (spec.form) {
            headers["content-type"] = "application/x-www-form-urlencoded";
            body = new URLSearchParams(spec.form).toString();
        }
        if (spec.authenticate !== false && this.auth)
            headers.authorization = await this.auth.authorization();
        this.stats.requests++;
        const timeout = new AbortController();
        const stopTimer = new AbortController();
        const onOuterAbort = () => timeout.abort(spec.signal?.reason);
        spec.signal?.addEventListener("abort", onOuterAbort, { once: true });
        // Infinity disables the per-attempt timeout (unit tests with a clock that never waits).
        if (Number.isFinite(this.retry.requestTimeoutMs)) {
            // A hang is a real-time event: under an accelerated clock (the emulator) a busy
            // machine must not turn a 60 ms pause into a timeout, so both must have passed.
            const realFloor = new Promise((resolve) => {
                const t = setTimeout(resolve, REAL_TIMEOUT_FLOOR_MS);
                stopTimer.signal.addEventListener("abort", () => clearTimeout(t), { once: true });
            });
            Promise.all([this.clock.sleep(this.retry.requestTimeoutMs, stopTimer.signal), realFloor]).then(() => timeout.abort(new Error("timeout")), () => { });
        }
        try {
            const res = await this.fetchImpl(url, { method: spec.method, headers, body, signal: timeout.signal });
            const text = await res.text();
            if (res.ok)
                return this.parse(spec, pathOnly, res.status, text);
            const error = apiError(res, text, spec.method, pathOnly, this.redactor);
            const status = res.status;
            if (status === 429 || status === 503) {
                return {
                    kind: "error",
                    error,
                    retryable: true,
                    rateLimited: status === 429,
                    reason: `HTTP ${status}`,
                    retryAfterMs: error.retryAfterSeconds === undefined ? undefined : error.retryAfterSeconds * 1000,
                };
            }
            return { kind: "error", error, retryable: status === 504 && spec.idempotent, reason: `HTTP ${status}` };
        }
        catch (cause) {
            if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny)
                throw cause; // an unreadable answer is not a network blip
            if (spec.signal?.aborted)
                throw spec.signal.reason;
            const code = networkCode(cause, timeout.signal.aborted);
            const neverArrived = NEVER_ARRIVED.has(code);
            const host = new URL(url).host;
            const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksNetworkError */ .nM(spec.method, pathOnly, NETWORK_TEXT[code]?.(host) ?? `network error ${code}`, code);
            // DNS failures and refused ports are a wrong host far more often than a blip: do not spend the budget on them.
            const retryable = !NOT_RETRIED.has(code) && (neverArrived || spec.idempotent);
            return { kind: "error", error, retryable, reason: code };
        }
        finally {
            stopTimer.abort();
            spec.signal?.removeEventListener("abort", onOuterAbort);
        }
    }
    parse(spec, pathOnly, status, text) {
        let json = {};
        if (text.trim() !== "") {
            try {
                json = JSON.parse(text);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny({
                    status,
                    errorCode: undefined,
                    message: `response is not JSON (${text.length} bytes)`,
                    requestId: undefined,
                    method: spec.method,
                    path: pathOnly,
                });
            }
        }
        const parsed = spec.schema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny({
                status,
                errorCode: undefined,
                message: `unexpected response shape at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
                requestId: undefined,
                method: spec.method,
                path: pathOnly,
            });
        }
        return { kind: "ok", data: parsed.data, status };
    }
    url(spec) {
        const base = /^https?:\/\//.test(spec.path) ? spec.path : `${this.host}${spec.path}`;
        const q = Object.entries(spec.query ?? {}).filter((e) => e[1] !== undefined);
        if (q.length === 0)
            return base;
        const params = new URLSearchParams(q.map(([k, v]) => [k, String(v)]));
        return `${base}${base.includes("?") ? "&" : "?"}${params.toString()}`;
    }
}
/** Path without query or absolute-URL prefix: what error messages and logs show. */
function displayPath(path) {
    if (/^https?:\/\//.test(path)) {
        const u = new URL(path);
        return `${u.origin}${u.pathname}`;
    }
    return path.split("?")[0] ?? path;
}
function networkCode(cause, timedOut) {
    if (timedOut)
        return "ETIMEDOUT";
    let c = cause;
    for (let i = 0; i < 4 && c && typeof c === "object"; i++) {
        const code = c.code;
        if (typeof code === "string")
            return code === "UND_ERR_SOCKET" ? "ECONNRESET" : code;
        // Happy-eyeballs connects fail with an AggregateError: its parts carry the code.
        const parts = c.errors;
        if (Array.isArray(parts) && parts.length > 0) {
            c = parts[0];
            continue;
        }
        if (c.message === "bad port")
            return "BAD_PORT";
        c = c.cause;
    }
    // Unknown: say so rather than guess a reset (which would blame the server).
    return "ENETWORK";
}
function apiError(res, text, method, path, redactor) {
    const { code, message, requestId } = parseErrorText(text, res.headers.get("x-databricks-reason-phrase") ?? res.statusText);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny({
        status: res.status,
        errorCode: code,
        message: redactor.redact(message || `HTTP ${res.status}`),
        requestId: requestId ?? res.headers.get("x-request-id") ?? res.headers.get("x-databricks-request-id") ?? undefined,
        method,
        path,
        retryAfterSeconds: parseRetryAfter(res.headers.get("retry-after")),
    });
}
/** All the error body shapes the SDKs accept (§3.1). */
function parseErrorText(text, fallback) {
    const trimmed = text.trim();
    if (trimmed.startsWith("{")) {
        try {
            const body = _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ErrorBody */ .Fw.safeParse(JSON.parse(trimmed));
            if (body.success) {
                const b = body.data;
                const requestId = b.details?.find((d) => d.request_id)?.request_id;
                const code = b.error_code ?? (b.error_description !== undefined ? b.error : undefined);
                const message = b.message ?? b.error_description ?? b.error ?? b.detail ?? fallback;
                return { code, message, requestId };
            }
        }
        catch {
            // fall through to the text forms
        }
    }
    const pre = /<pre>([\s\S]*?)<\/pre>/i.exec(trimmed);
    const plain = (pre?.[1] ?? (trimmed.startsWith("<") ? "" : trimmed)).trim();
    const coded = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(plain);
    if (coded)
        return { code: coded[1], message: coded[2] ?? "", requestId: undefined };
    return { code: undefined, message: plain.slice(0, 500) || fallback, requestId: undefined };
}
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Number(value);
    const date = Date.parse(value);
    // An HTTP date is relative to the server's real clock; only trust it within a day.
    if (!Number.isNaN(date)) {
        const s = (date - Date.now()) / 1000;
        return s >= 0 && s < 86_400 ? s : undefined;
    }
    return undefined;
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

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolveWorkspace)
/* harmony export */ });
/* unused harmony export parseIni */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7463);
// Host and credentials the way the Databricks CLI and SDKs find them
// (databricks-sdk-py config.py): explicit flags, then the environment
// (DATABRICKS_HOST, DATABRICKS_TOKEN, DATABRICKS_CLIENT_ID/SECRET, DATABRICKS_AUTH_TYPE),
// then a profile of ~/.databrickscfg (DATABRICKS_CONFIG_FILE overrides the path).
// As in the SDK: a value already set is never overwritten by a later source; the file
// is read only when a profile is named or nothing set a host or credential yet; the
// profile is the one named (--profile, DATABRICKS_CONFIG_PROFILE), else
// [__settings__] default_profile, else [DEFAULT] (absent is fine only then); and two
// auth methods at once are an error unless the auth type picks one.
// The result is what src/databricks/auth.ts's providers take. No secret is ever in a message.





const KEYS = { host: "DATABRICKS_HOST", token: "DATABRICKS_TOKEN", client_id: "DATABRICKS_CLIENT_ID", client_secret: "DATABRICKS_CLIENT_SECRET", auth_type: "DATABRICKS_AUTH_TYPE" };
function resolveWorkspace(flags, sources) {
    const env = sources.env;
    const settings = new Map();
    const set = (k, v) => {
        const value = v?.trim();
        if (value && !settings.has(k))
            settings.set(k, value);
    };
    set("host", flags.host);
    for (const k of Object.keys(KEYS))
        set(k, env[KEYS[k]]);
    let source = flags.host ? "flags and environment" : "environment";
    const profile = flags.profile?.trim() || env.DATABRICKS_CONFIG_PROFILE?.trim() || undefined;
    const configured = settings.has("host") || settings.has("token") || settings.has("client_id") || settings.has("client_secret");
    if (profile || !configured) {
        const file = env.DATABRICKS_CONFIG_FILE?.trim() || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(sources.home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".databrickscfg");
        const text = (sources.readFile ?? readIfExists)(expandHome(file, sources.home));
        if (text === undefined) {
            if (profile)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9(`profile "${profile}" was asked for (${flags.profile ? "--profile" : "DATABRICKS_CONFIG_PROFILE"}), but ${file} does not exist.`);
        }
        else {
            const sections = parseIni(text, file);
            const fallback = !profile && !sections.get("__settings__")?.get("default_profile");
            const name = profile ?? sections.get("__settings__")?.get("default_profile") ?? "DEFAULT";
            if (name === "__settings__")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9(`${file}: __settings__ is reserved and cannot be used as a profile.`);
            const section = sections.get(name);
            if (!section && !fallback)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9(`${file} has no [${name}] profile; add it, or choose another with --profile.`);
            if (section) {
                for (const k of Object.keys(KEYS))
                    set(k, section.get(k));
                source = `profile ${name} of ${file}`;
            }
        }
    }
    if (!settings.has("host")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9("No Databricks host: set DATABRICKS_HOST, pass --host, or add host = ... to a ~/.databrickscfg profile (--profile NAME, default [DEFAULT]).");
    }
    const hasPat = settings.has("token");
    const hasM2m = settings.has("client_id") || settings.has("client_secret");
    if (hasPat && hasM2m && !settings.has("auth_type")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksAuthError */ .Dj(`more than one authorization method configured (${source}): a token and a client id/secret; remove one, or set DATABRICKS_AUTH_TYPE (pat or oauth-m2m).`);
    }
    // The providers' own chooser, on the merged settings plus the runner's OIDC variables.
    const merged = { ...pick(env, ["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "DATABRICKS_TOKEN_AUDIENCE"]) };
    for (const [k, v] of settings)
        merged[KEYS[k]] = v;
    let auth;
    try {
        auth = (0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .authConfigFromEnv */ .AF)(merged);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksAuthError */ .Dj && source.startsWith("profile"))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksAuthError */ .Dj(`${err.message} (or token / client_id + client_secret in the ${source})`);
        throw err;
    }
    return { host: settings.get("host"), auth, source };
}
/** A small INI reader (sections, key = value, # and ; comments), as Python's ConfigParser reads ~/.databrickscfg. */
function parseIni(text, file) {
    const sections = new Map();
    let current;
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#") || line.startsWith(";"))
            continue;
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = sections.get(name) ?? new Map();
            sections.set(name, current);
            continue;
        }
        const eq = line.search(/[=:]/);
        if (eq <= 0 || !current)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9(`${file}:${i + 1}: expected [profile] or key = value`);
        current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
    }
    return sections;
}
function readIfExists(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DatabricksConfigError */ .z9(`cannot read ${file}: ${err.message}`);
    }
}
function expandHome(file, home) {
    return file === "~" || file.startsWith("~/") ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), file.slice(1)) : file;
}
function pick(env, keys) {
    return Object.fromEntries(keys.map((k) => [k, env[k]]));
}


/***/ })

};
