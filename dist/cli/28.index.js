export const id = 28;
export const ids = [28];
export const modules = {

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectTerminal: () => (/* binding */ detectTerminal)
/* harmony export */ });
// What the terminal can show, decided once from the flag, the environment and
// whether stdout is a terminal. Conventions followed:
// - colour: --color/--no-color win; then FORCE_COLOR (Node's and chalk's
//   meaning: "0"/"false" off, anything else on, and it beats NO_COLOR); then
//   NO_COLOR (no-color.org: set and non-empty means off); then "is a TTY".
// - hyperlinks (OSC 8): only on a TTY, never in CI logs, and only in terminals
//   known to render them (the list supports-hyperlinks uses, abridged);
//   FORCE_HYPERLINK=1/0 overrides. Unknown terminals get plain text: an
//   unsupported OSC 8 sequence can print as garbage.
function detectTerminal(flag, env, isTTY) {
    return { color: colorOn(flag, env, isTTY), hyperlinks: hyperlinksOn(env, isTTY) };
}
function colorOn(flag, env, isTTY) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== "dumb";
}
function hyperlinksOn(env, isTTY) {
    const force = env.FORCE_HYPERLINK;
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (!isTTY || env.CI || env.TERM === "dumb")
        return false;
    if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM)
        return true;
    if (Number(env.VTE_VERSION ?? 0) >= 5000)
        return true;
    const program = env.TERM_PROGRAM;
    if (program === "WezTerm" || program === "ghostty" || program === "vscode")
        return true;
    if (program === "iTerm.app")
        return atLeast(env.TERM_PROGRAM_VERSION, 3, 1);
    return env.TERM === "xterm-kitty";
}
function atLeast(version, major, minor) {
    const [a = 0, b = 0] = (version ?? "").split(".").map(Number);
    return a > major || (a === major && b >= minor);
}


/***/ })

};
