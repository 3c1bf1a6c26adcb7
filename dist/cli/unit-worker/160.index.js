export const id = 160;
export const ids = [160];
export const modules = {

/***/ 9160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lezerParse: () => (/* binding */ lezerParse)
/* harmony export */ });
/* harmony import */ var _lezer_python__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1002);

/**
 * Parser steps per character before a parse is cut short. Valid code takes about
 * 0.4 (measured on bench/python-scaling.mjs files), code full of syntax errors
 * about the same; the budget only stops lezer's error recovery if it runs away.
 */
const STEPS_PER_CHAR = 4;
const MIN_STEPS = 100_000;
/** lezer's Rec.MaxLeftAssociativeReductionCount and Rec.CutDepth, with a margin for the depth. */
const BIG_REDUCTIONS = 300;
const NEAR_CUT_DEPTH = 8000;
function internals(parse) {
    const p = parse;
    return typeof p.bigReductionCount === "number" && Array.isArray(p.stacks) ? p : undefined;
}
function lezerParse(text) {
    const parse = _lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.startParse(text);
    const view = internals(parse);
    let valveAt = view ? undefined : 0;
    let budget = Math.max(MIN_STEPS, STEPS_PER_CHAR * text.length);
    for (;;) {
        if (view && valveAt === undefined) {
            const stacks = view.stacks;
            if (view.bigReductionCount > BIG_REDUCTIONS && stacks.length === 1)
                valveAt = stacks[0].pos;
            else
                for (const s of stacks)
                    if (s.stack.length >= NEAR_CUT_DEPTH)
                        valveAt = s.pos;
        }
        const tree = parse.advance();
        if (tree)
            return valveAt === undefined ? { tree } : { tree, valveAt };
        if (--budget === 0)
            parse.stopAt(parse.parsedPos);
    }
}


/***/ })

};
