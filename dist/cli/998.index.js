export const id = 998;
export const ids = [998];
export const modules = {

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeXml: () => (/* binding */ escapeXml),
/* harmony export */   junit: () => (/* binding */ junit)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/** Escapes for attributes and text alike; drops characters XML 1.0 cannot carry. */
function escapeXml(s) {
    return s
        .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
        .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}
function junit({ findings, files }) {
    const byFile = new Map();
    for (const f of files)
        byFile.set(f.path, []);
    for (const f of findings)
        byFile.set(f.span.file, [...(byFile.get(f.span.file) ?? []), f]);
    const suites = [];
    let tests = 0;
    for (const [file, list] of byFile) {
        const cases = list.length
            ? list.map((f) => {
                const where = `${f.span.file}:${f.span.line}:${f.span.column}`;
                return `    <testcase name="${escapeXml(`serving-ci.${f.ruleId}`)}" classname="${escapeXml(where)}" time="0">\n      <failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeXml(`${where}: ${f.severity}: ${f.message} [${f.ruleId}]\n${f.docsUrl}`)}</failure>\n    </testcase>`;
            })
            : [`    <testcase name="serving-ci" classname="${escapeXml(file)}" time="0" />`];
        tests += cases.length;
        suites.push(`  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${list.length}" errors="0" time="0">\n${cases.join("\n")}\n  </testsuite>`);
    }
    const c = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .G)(findings);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="serving-ci" tests="${tests}" failures="${c.errors + c.warnings + c.infos}" errors="0" time="0">`,
        ...suites,
        "</testsuites>",
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
