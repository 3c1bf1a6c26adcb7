export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeCell: () => (/* binding */ escapeCell),
/* harmony export */   markdown: () => (/* binding */ markdown)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

const ICON = { error: "🔴 error", warning: "🟡 warning", info: "🔵 info" };
function escapeCell(s) {
    return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ").replace(/`/g, "\\`");
}
function markdown({ findings }) {
    const c = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .G)(findings);
    if (findings.length === 0)
        return "**serving-ci**: no problems found ✅\n";
    const rows = findings.map((f) => `| ${ICON[f.severity]} | \`${escapeCell(`${f.span.file}:${f.span.line}:${f.span.column}`)}\` | [${f.ruleId}](${f.docsUrl}) | ${escapeCell(f.message)} |`);
    return [
        `**serving-ci**: ${[(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.errors, "error"), (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.warnings, "warning"), ...(c.infos ? [(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(c.infos, "info")] : [])].join(", ")}`,
        "",
        "| Severity | Location | Rule | Message |",
        "|---|---|---|---|",
        ...rows,
        "",
    ].join("\n");
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
