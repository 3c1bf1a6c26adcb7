export const id = 794;
export const ids = [794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   json: () => (/* binding */ json)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/** Machine output: findings plus the metadata of every rule they name. */
function json({ findings, rules, version, inventory }) {
    const used = new Set(findings.map((f) => f.ruleId));
    const meta = Object.fromEntries(rules.filter((r) => used.has(r.id)).map((r) => [r.id, { severity: r.defaultSeverity, summary: r.summary, fixable: r.fixable, docsUrl: r.docsUrl }]));
    const out = findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        file: f.span.file,
        line: f.span.line,
        column: f.span.column,
        endLine: f.span.endLine,
        endColumn: f.span.endColumn,
        docsUrl: f.docsUrl,
        ...(f.fix ? { fix: { title: f.fix.title, safe: f.fix.safe } } : {}),
        ...(f.related?.length
            ? { related: f.related.map((r) => ({ message: r.message, file: r.span.file, line: r.span.line, column: r.span.column })) }
            : {}),
    }));
    const files = inventory?.map((f) => ({ path: f.path, kind: f.kind, ...(f.note ? { note: f.note } : {}) }));
    return `${JSON.stringify({ tool: "serving-ci", version, summary: (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .G)(findings), findings: out, rules: meta, ...(files ? { files } : {}) }, null, 2)}\n`;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countFindings),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
function countFindings(findings) {
    const c = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
        if (f.severity === "error")
            c.errors++;
        else if (f.severity === "warning")
            c.warnings++;
        else
            c.infos++;
    }
    return c;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}


/***/ })

};
