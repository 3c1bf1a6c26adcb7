export const id = 411;
export const ids = [411];
export const modules = {

/***/ 792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/deploy/plan.ts
var plan = __webpack_require__(5448);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/deploy/plan-render.ts
// A plan as Markdown (comment, summary) and as log lines.

const SIGN = { add: "+", remove: "-", change: "~" };
function changeText(c) {
    if (c.kind === "add")
        return `${c.area} ${c.subject}: ${c.to ?? ""}`.trimEnd();
    if (c.kind === "remove")
        return `${c.area} ${c.subject} (${c.from ?? ""})`;
    return `${c.area} ${c.subject}: ${c.from !== undefined && c.area !== "served entity" ? `${c.from} → ${c.to ?? ""}` : (c.to ?? "")}`;
}
/** One line when nothing changes; otherwise a headline plus one line per change. */
function planHeadline(p) {
    if (!p.exists)
        return `endpoint ${p.endpoint} will be created`;
    if (p.changes.length === 0)
        return `endpoint ${p.endpoint}: no change`;
    return `endpoint ${p.endpoint}: ${p.changes.length} change${p.changes.length === 1 ? "" : "s"}`;
}
function planLines(p) {
    return [planHeadline(p), ...p.changes.map((c) => `  ${SIGN[c.kind]} ${changeText(c)}`), ...p.notes.map((n) => `  note: ${n}`)];
}
function planMarkdown(p) {
    const head = p.exists ? (p.changes.length === 0 ? "**No change** to the live endpoint." : "Merging would change the live endpoint:") : "The endpoint does not exist yet: it **will be created**.";
    const out = [head];
    if (p.changes.length) {
        out.push("", "| | What | Change |", "|---|---|---|");
        for (const c of p.changes)
            out.push(`| \`${SIGN[c.kind]}\` | ${escapeCell(`${c.area} ${c.subject}`)} | ${escapeCell(c.kind === "remove" ? `removed (${c.from ?? ""})` : c.from !== undefined && c.area !== "served entity" ? `${c.from} → ${c.to ?? ""}` : (c.to ?? ""))} |`);
    }
    for (const n of p.notes)
        out.push("", `> ${escapeCell(n)}`);
    return out.join("\n");
}

// EXTERNAL MODULE: ./src/cli/serving-files.ts
var serving_files = __webpack_require__(5300);
// EXTERNAL MODULE: ./src/cli/workspace-client.ts + 1 modules
var workspace_client = __webpack_require__(3388);
;// CONCATENATED MODULE: ./src/cli/run-plan.ts
// `plan`: what a deploy would change on each live endpoint. Read-only.




async function runPlan(cmd, io) {
    const { specs } = await (0,serving_files/* servingFiles */.g)(io.cwd, cmd.paths, io.today);
    const client = (0,workspace_client/* workspaceClient */.H)(cmd.flags, io);
    const plans = [];
    for (const spec of specs)
        plans.push({ file: spec.file, plan: (0,plan/* planEndpoint */.l)(spec.endpoint, await client.serving.find(spec.endpoint.name)) });
    if (cmd.flags.format === "json")
        io.stdout(`${JSON.stringify(plans, null, 2)}\n`);
    else
        for (const p of plans)
            io.stdout(`${p.file}: ${planLines(p.plan).join("\n")}\n`);
    return 0;
}


/***/ }),

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


/***/ })

};
