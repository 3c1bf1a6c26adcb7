export const id = 651;
export const ids = [651];
export const modules = {

/***/ 8651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWorkspace: () => (/* binding */ runWorkspace)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Dispatches plan / deploy / status / wait with what they need from the process:
// an interrupt signal (Ctrl-C), the commit being deployed, progress on stderr.


async function runWorkspace(cmd, io, signal) {
    const base = { env: io.env, stdout: io.stdout, progress: (l) => io.stderr(`${l}\n`), signal };
    switch (cmd.command) {
        case "status":
            return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(459), __webpack_require__.e(388), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 4266))).runStatus(cmd, base);
        case "wait":
            return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(459), __webpack_require__.e(388), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 4266))).runWait(cmd, base);
        case "plan":
            return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(758), __webpack_require__.e(146), __webpack_require__.e(459), __webpack_require__.e(663), __webpack_require__.e(388), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 792))).runPlan(cmd, { ...base, cwd: io.cwd, today: today(io) });
        case "deploy":
            return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(758), __webpack_require__.e(146), __webpack_require__.e(459), __webpack_require__.e(663), __webpack_require__.e(388), __webpack_require__.e(630)]).then(__webpack_require__.bind(__webpack_require__, 1630))).runDeploy(cmd, { ...base, cwd: io.cwd, today: today(io), ...gitIdentity(io.cwd) });
    }
}
const today = (io) => io.now().toISOString().slice(0, 10);
/** owner/repo and HEAD of the checkout, for the run's idempotency token; plain names outside git. */
function gitIdentity(cwd) {
    const git = (...args) => {
        try {
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
        }
        catch {
            return undefined;
        }
    };
    const remote = git("remote", "get-url", "origin");
    const slug = remote ? /([^/:]+\/[^/]+?)(\.git)?$/.exec(remote)?.[1] : undefined;
    return { repository: slug ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(cwd), commit: git("rev-parse", "HEAD") ?? "uncommitted" };
}


/***/ })

};
