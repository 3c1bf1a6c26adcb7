export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarif: () => (/* binding */ sarif)
/* harmony export */ });
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5769);

const LEVEL = { error: "error", warning: "warning", info: "note" };
function sarif({ findings, rules, version }) {
    const descriptors = rules.map((r) => ({
        id: r.id,
        name: r.id,
        shortDescription: { text: r.summary },
        helpUri: r.docsUrl,
        help: { text: `${r.summary}. See ${r.docsUrl}` },
        defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        properties: { tags: ["databricks", "model-serving"] },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = findings.map((f) => {
        const r = {
            ruleId: f.ruleId,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.span.file), uriBaseId: "%SRCROOT%" },
                        region: { startLine: f.span.line, startColumn: f.span.column, endLine: f.span.endLine, endColumn: f.span.endColumn },
                    },
                },
            ],
            partialFingerprints: { "servingCi/v1": `${f.ruleId}:${f.span.file}:${f.messageId}:${f.message}` },
        };
        if (f.related?.length) {
            r.relatedLocations = f.related.map((rel, id) => ({
                id,
                message: { text: rel.message },
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(rel.span.file), uriBaseId: "%SRCROOT%" },
                    region: { startLine: rel.span.line, startColumn: rel.span.column, endLine: rel.span.endLine, endColumn: rel.span.endColumn },
                },
            }));
        }
        const i = index.get(f.ruleId);
        if (i !== undefined)
            r.ruleIndex = i;
        return r;
    });
    const log = {
        version: "2.1.0",
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [
            {
                tool: { driver: { name: "serving-ci", version, informationUri: _urls_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_URL */ .ld, rules: descriptors } },
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DOCS_BASE),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL)
/* harmony export */ });
/* unused harmony export SCHEMA_BASE */
// The one canonical home of serving-ci on the web: the GitHub repository. Docs
// links, schema `$id`s, the README's modelines, SARIF's informationUri and
// package.json all derive from it, and __tests__/cli/urls.test.ts finds no other.
// Docs are the rendered pages (`/blob/main/...`); schemas use `/raw/main/...`,
// which GitHub redirects to the file's bytes, so editors (yaml-language-server
// follows redirects) and SchemaStore can fetch them from the same host.
const REPOSITORY_URL = "https://github.com/serving-ci/serving-ci";
const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
const SCHEMA_BASE = (/* unused pure expression or super */ null && (`${REPOSITORY_URL}/raw/main/schema/`));


/***/ })

};
