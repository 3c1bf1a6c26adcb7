export const id = 611;
export const ids = [611];
export const modules = {

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeLogText: () => (/* binding */ escapeLogText),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   github: () => (/* binding */ github)
/* harmony export */ });
const COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function github({ findings }) {
    return findings
        .map((f) => {
        const { file, line, column, endLine, endColumn } = f.span;
        const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`, `endColumn=${endColumn}`, `title=${escapeProperty(`serving-ci ${f.ruleId}`)}`];
        return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(`${f.message} (${f.docsUrl})`)}\n`;
    })
        .join("");
}
// The runner reads a step's output line by line (CR, LF and CRLF all end a line)
// and obeys a line that starts with `::` once trimmed (`::set-output`,
// `::add-mask::`, `::stop-commands::`) or that holds `##[` anywhere (the old
// command syntax). A zero-width space after the first character of either makes
// the runner see plain text, while a reader sees the same characters. `%0A`-style
// encodings only mean something inside a command, so they need nothing more.
const ZWSP = "\u200b";
/** Text for the log (not a command): no line of it can start a workflow command. */
function escapeLogText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/#(?=#\[)/g, `#${ZWSP}`))
        .join("\n");
}


/***/ })

};
