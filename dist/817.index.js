export const id = 817;
export const ids = [817];
export const modules = {

/***/ 5817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TIME_SCALE_ENV: () => (/* binding */ TIME_SCALE_ENV),
/* harmony export */   clockFor: () => (/* binding */ clockFor)
/* harmony export */ });
/* harmony import */ var _databricks_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5346);
// Lets the README's demo and the black-box tests run the action against the
// emulator with accelerated time. Honoured only for a loopback host, so it can
// never make the action hammer a real workspace.

const TIME_SCALE_ENV = "SERVING_CI_EMULATOR_TIME_SCALE";
function clockFor(env, host) {
    const scale = Number(env[TIME_SCALE_ENV] ?? "");
    if (!(scale > 1) || !host || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(host.trim()))
        return _databricks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .ml;
    return (0,_databricks_index_js__WEBPACK_IMPORTED_MODULE_0__/* .scaledClock */ .vs)(scale);
}


/***/ })

};
