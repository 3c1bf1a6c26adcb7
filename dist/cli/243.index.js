export const id = 243;
export const ids = [243];
export const modules = {

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlab: () => (/* binding */ gitlab)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of
// issues in the Code Climate subset GitLab reads. Paths are as the CLI shows
// them (relative to the working directory: run it from the repository root).
// The fingerprint must be unique per issue and stable across pushes so GitLab
// can tell new issues from old: rule, file, message and the occurrence number
// among identical ones, not the line (which moves when lines are added above).

const SEVERITY = { error: "major", warning: "minor", info: "info" };
function gitlab({ findings }) {
    const seen = new Map();
    const issues = findings.map((f) => {
        const key = `${f.ruleId}\0${f.span.file}\0${f.messageId}\0${f.message}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        return {
            type: "issue",
            check_name: f.ruleId,
            description: f.message,
            content: { body: `See ${f.docsUrl}` },
            categories: ["Bug Risk"],
            severity: SEVERITY[f.severity],
            fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${key}\0${n}`).digest("hex"),
            location: { path: f.span.file, lines: { begin: f.span.line, end: f.span.endLine } },
        };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}


/***/ })

};
