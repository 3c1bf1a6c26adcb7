export const id = 736;
export const ids = [736];
export const modules = {

/***/ 4736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WorkspaceReader: () => (/* binding */ WorkspaceReader)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7463);
// Read-only questions `lint --online` asks the workspace: does this model
// version, index, function, Genie space, warehouse, secret scope/key or job exist?
// Paths and shapes from databricks-sdk-py (service/catalog.py, vectorsearch.py,
// dashboards.py, sql.py, workspace.py, jobs.py, serving.py). Each answer says what
// the workspace said: found, missing (404, or the Jobs API's 400 "does not exist"),
// or denied (403 PERMISSION_DENIED). Anything else (bad credentials, outage after
// retries) is thrown: no question can then be answered truthfully.


const Loose = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({});
const SecretsList = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ secrets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).optional() });
const EndpointsList = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ endpoints: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).optional() });
const JobsPage = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ job_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })).optional(),
    has_more: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    next_page_token: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const seg = encodeURIComponent;
class WorkspaceReader {
    http;
    constructor(http) {
        this.http = http;
    }
    get host() {
        return this.http.host;
    }
    /** Every serving endpoint's name (one request; the list is not paginated). */
    async endpointNames() {
        const got = await this.ask(() => this.http.request({ method: "GET", path: "/api/2.0/serving-endpoints", schema: EndpointsList, idempotent: true }));
        return "ok" in got ? { names: (got.ok.endpoints ?? []).map((e) => e.name) } : got;
    }
    modelVersion(fullName, version) {
        return this.exists(`/api/2.1/unity-catalog/models/${seg(fullName)}/versions/${seg(version)}`);
    }
    vectorSearchIndex(name) {
        return this.exists(`/api/2.0/vector-search/indexes/${seg(name)}`);
    }
    function(fullName) {
        return this.exists(`/api/2.1/unity-catalog/functions/${seg(fullName)}`);
    }
    genieSpace(id) {
        return this.exists(`/api/2.0/genie/spaces/${seg(id)}`);
    }
    sqlWarehouse(id) {
        return this.exists(`/api/2.0/sql/warehouses/${seg(id)}`);
    }
    /** The scope's key names (needs READ on the scope), or why not. */
    async secretKeys(scope) {
        const got = await this.ask(() => this.http.request({ method: "GET", path: "/api/2.0/secrets/list", query: { scope }, schema: SecretsList, idempotent: true }));
        return "ok" in got ? { keys: (got.ok.secrets ?? []).map((s) => s.key) } : got;
    }
    /** A job by numeric id, or the ids of the jobs with this exact name. */
    async job(nameOrId, apiVersion = "2.2") {
        if (/^\d+$/.test(nameOrId)) {
            const got = await this.exists(`/api/${apiVersion}/jobs/get`, { job_id: nameOrId });
            return got.state === "found" ? { ids: [Number(nameOrId)] } : got;
        }
        const ids = [];
        let pageToken;
        do {
            const page = await this.http.request({
                method: "GET", path: `/api/${apiVersion}/jobs/list`, query: { name: nameOrId, limit: 100, page_token: pageToken }, schema: JobsPage, idempotent: true,
            });
            ids.push(...(page.jobs ?? []).map((j) => j.job_id));
            pageToken = page.has_more ? page.next_page_token : undefined;
        } while (pageToken);
        return { ids };
    }
    async exists(path, query) {
        const got = await this.ask(() => this.http.request({ method: "GET", path, ...(query ? { query } : {}), schema: Loose, idempotent: true }));
        return "ok" in got ? { state: "found" } : got;
    }
    async ask(call) {
        try {
            return { ok: await call() };
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksApiError */ .Ny))
                throw err;
            const said = `HTTP ${err.status} ${String(err.errorCode ?? "")}: ${err.apiMessage}`.replace(/ :/, ":");
            if (err.isNotFound || (err.status === 400 && /does not exist/i.test(err.apiMessage)))
                return { state: "missing", message: said };
            // A string PERMISSION_DENIED is about the object; the gateway's numeric 403 is a bad token (thrown).
            if (err.status === 403 && typeof err.errorCode === "string")
                return { state: "denied", message: said };
            throw err;
        }
    }
}


/***/ })

};
