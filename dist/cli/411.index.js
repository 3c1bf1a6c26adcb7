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

/***/ 5300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ servingFiles)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1876);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1457);
/* harmony import */ var _deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9579);
// The serving.yaml files a plan or deploy acts on: what the linter classified as
// serving-ci files among the paths named (default: the repository), with the lint
// result, so deploy can refuse to ship what lint rejects.




async function servingFiles(cwd, paths, today) {
    const result = await (0,_lint_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lint */ .u)({ cwd, paths, rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y, today });
    if (result.missingPaths.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`no such file or directory: ${result.missingPaths.join(", ")}`);
    const serving = result.files.filter((f) => f.kind === "serving");
    if (serving.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`no serving.yaml found in ${paths.length ? paths.join(", ") : "this repository"} (a file with \`version: 1\` and \`endpoint:\`; bundle endpoints deploy with \`databricks bundle deploy\`)`);
    }
    return { lint: result, specs: serving.map(_deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .readServingSpec */ .UB) };
}


/***/ }),

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ planEndpoint)
/* harmony export */ });
/* unused harmony export describeEntity */
// plan: what merging would change on the live endpoint. A pure diff of the
// endpoint as serving.yaml declares it against the endpoint as GET returns it.
function view(e) {
    const entity = e.entity_name ?? e.external_model?.name ?? "?";
    const defaultName = e.entity_version ? `${entity.split(".").pop()}-${e.entity_version}` : entity.replace(/[.:]/g, "-");
    return {
        name: e.name ?? defaultName,
        entity,
        version: e.entity_version,
        size: e.workload_size,
        type: e.workload_type,
        scaleToZero: e.scale_to_zero_enabled === true,
    };
}
function describeEntity(e) {
    const parts = [e.version ? `${e.entity} v${e.version}` : e.entity];
    if (e.size)
        parts.push(e.size);
    if (e.type && e.type !== "CPU")
        parts.push(e.type);
    if (e.scaleToZero)
        parts.push("scale to zero");
    return parts.join(", ");
}
function planEndpoint(desired, live) {
    const plan = { endpoint: desired.name, exists: live !== undefined, changes: [], notes: [] };
    const want = (desired.served_entities ?? []).map(view);
    if (!live) {
        for (const e of want)
            plan.changes.push({ area: "served entity", kind: "add", subject: e.name, to: describeEntity(e) });
        return plan;
    }
    if (live.state?.config_update === "IN_PROGRESS") {
        const pending = (live.pending_config?.served_entities ?? []).map((e) => describeEntity(view(e))).join("; ");
        plan.notes.push(`an update is in progress right now${pending ? ` (to ${pending})` : ""}; the plan compares against the live config`);
    }
    diffEntities(plan, want, (live.config?.served_entities ?? []).map(view));
    diffTraffic(plan, routes(desired.traffic_config?.routes, want), routes(live.config?.traffic_config?.routes, undefined));
    diffTags(plan, desired.tags, live.tags);
    diffGateway(plan, desired.ai_gateway, live.ai_gateway);
    return plan;
}
function diffEntities(plan, want, have) {
    const unmatchedHave = new Map(have.map((e) => [e.name, e]));
    const pairs = want.map((w) => {
        const h = unmatchedHave.get(w.name);
        if (h)
            unmatchedHave.delete(w.name);
        return [w, h];
    });
    // A new name for a new version of the same model reads better as a re-version than add + remove.
    for (const pair of pairs) {
        if (pair[1])
            continue;
        const same = [...unmatchedHave.values()].find((h) => h.entity === pair[0].entity);
        if (same) {
            unmatchedHave.delete(same.name);
            pair[1] = same;
        }
    }
    for (const [w, h] of pairs) {
        if (!h) {
            plan.changes.push({ area: "served entity", kind: "add", subject: w.name, to: describeEntity(w) });
            continue;
        }
        const subject = h.name === w.name ? w.name : `${h.name} → ${w.name}`;
        const diffs = [];
        if (h.entity !== w.entity)
            diffs.push(`entity ${h.entity} → ${w.entity}`);
        if (h.version !== w.version)
            diffs.push(`version ${h.version ?? "?"} → ${w.version ?? "?"}`);
        if ((w.size ?? h.size) !== h.size)
            diffs.push(`size ${h.size ?? "-"} → ${w.size}`);
        if ((w.type ?? h.type ?? "CPU") !== (h.type ?? "CPU"))
            diffs.push(`workload type ${h.type ?? "CPU"} → ${w.type}`);
        if (w.scaleToZero !== h.scaleToZero)
            diffs.push(`scale to zero ${w.scaleToZero ? "off → on" : "on → off"}`);
        if (h.name !== w.name && diffs.length === 0)
            diffs.push("renamed");
        if (diffs.length)
            plan.changes.push({ area: "served entity", kind: "change", subject, from: describeEntity(h), to: diffs.join(", ") });
    }
    for (const h of unmatchedHave.values())
        plan.changes.push({ area: "served entity", kind: "remove", subject: h.name, from: describeEntity(h) });
}
/** name → percent; a single entity without routes gets 100 % (the backend's default, §1.5). */
function routes(rs, entities) {
    const m = new Map();
    for (const r of rs ?? [])
        m.set(r.served_entity_name ?? r.served_model_name ?? "?", r.traffic_percentage);
    if (m.size === 0 && entities?.length === 1 && entities[0])
        m.set(entities[0].name, 100);
    return m;
}
function fmtRoutes(m) {
    return m.size ? [...m].map(([n, p]) => `${n} ${p}%`).join(", ") : "none";
}
function diffTraffic(plan, want, have) {
    if (want.size === 0)
        return; // not declared: left to the backend
    const same = want.size === have.size && [...want].every(([n, p]) => have.get(n) === p);
    if (!same)
        plan.changes.push({ area: "traffic", kind: "change", subject: "routes", from: fmtRoutes(have), to: fmtRoutes(want) });
}
function diffTags(plan, want, have) {
    if (!want)
        return;
    const h = new Map((have ?? []).map((t) => [t.key, t.value ?? ""]));
    const w = new Map(want.map((t) => [t.key, t.value ?? ""]));
    for (const [k, v] of w) {
        if (!h.has(k))
            plan.changes.push({ area: "tag", kind: "add", subject: k, to: v });
        else if (h.get(k) !== v)
            plan.changes.push({ area: "tag", kind: "change", subject: k, from: h.get(k) ?? "", to: v });
    }
    for (const [k, v] of h)
        if (!w.has(k))
            plan.changes.push({ area: "tag", kind: "remove", subject: k, from: v });
}
function diffGateway(plan, want, have) {
    if (!want)
        return;
    for (const key of Object.keys(want)) {
        const a = stable(have?.[key]);
        const b = stable(want[key]);
        if (a !== b)
            plan.changes.push({ area: "ai gateway", kind: have?.[key] === undefined ? "add" : "change", subject: key, ...(have?.[key] === undefined ? {} : { from: a }), to: b });
    }
}
/** JSON with sorted keys, so key order never reads as a change. */
function stable(v) {
    if (v === undefined)
        return "unset";
    return JSON.stringify(v, (_k, x) => x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x);
}


/***/ }),

/***/ 9579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ expectedEntities),
/* harmony export */   UB: () => (/* binding */ readServingSpec)
/* harmony export */ });
/* unused harmony export belongsTo */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5039);
// serving.yaml → what plan and deploy need, parsed with zod. The lint step has
// already reported shape problems with positions; here a file that cannot be
// deployed is a plain error naming the file and the field.





const Scalar = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()]);
const ServedEntity = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    entity_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    entity_version: Scalar.transform(String).optional(),
    workload_size: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    workload_type: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    scale_to_zero_enabled: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional(),
    external_model: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(), provider: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional() }).optional(),
});
const Route = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    served_entity_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    served_model_name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    traffic_percentage: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
});
const Endpoint = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    served_entities: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(ServedEntity).optional(),
    traffic_config: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ routes: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(Route).optional() }).optional(),
    tags: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), value: Scalar.transform(String).optional() })).optional(),
    ai_gateway: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()).optional(),
});
const Deploy = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    mode: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["job", "direct"]).optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int()]).optional(),
    parameters: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), Scalar.transform(String)).optional(),
    timeout: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).optional(),
});
const ServingYaml = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    endpoint: Endpoint,
    model: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ input_example: zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J().optional() }).optional(),
    deploy: Deploy.optional(),
});
function readServingSpec(source) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(source.text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source.path}: not valid YAML (${err instanceof Error ? err.message : String(err)}); see the lint findings above`);
    }
    const parsed = ServingYaml.safeParse(doc);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${source.path}: cannot plan or deploy: ${i?.path.join(".") || "(root)"}: ${i?.message ?? "invalid"}; fix the lint findings first`);
    }
    const { endpoint, model, deploy } = parsed.data;
    return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}
function deploySpec(file, endpoint, d) {
    let timeoutMs;
    if (d.timeout !== undefined) {
        timeoutMs = (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(d.timeout);
        if (timeoutMs === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: deploy.timeout "${d.timeout}" is not a duration (e.g. 45m)`);
    }
    if (d.mode === "direct")
        return { mode: "direct", timeoutMs };
    if (d.job === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${file}: deploy needs \`job\` (a job name or id) or \`mode: direct\``);
    return { mode: "job", job: d.job, parameters: d.parameters ?? defaultJobParameters(endpoint), timeoutMs };
}
/** What an `agents.deploy` job takes, when serving.yaml names no parameters: the single served model. */
function defaultJobParameters(endpoint) {
    const models = (endpoint.served_entities ?? []).filter((e) => e.entity_name && e.entity_version);
    const only = models.length === 1 ? models[0] : undefined;
    return only ? { model_name: only.entity_name, version: only.entity_version, endpoint_name: endpoint.name } : { endpoint_name: endpoint.name };
}
/** The versions that must be served once the deploy lands. */
function expectedEntities(spec) {
    const fromEndpoint = (spec.endpoint.served_entities ?? [])
        .filter((e) => e.entity_name && e.entity_version && !e.external_model)
        .map((e) => ({ entityName: e.entity_name, entityVersion: e.entity_version }));
    if (fromEndpoint.length)
        return fromEndpoint;
    const p = spec.deploy?.mode === "job" ? spec.deploy.parameters : undefined;
    return p?.model_name && p.version ? [{ entityName: p.model_name, entityVersion: p.version }] : [];
}
/** Files that belong to an endpoint, for attributing lint findings to its comment. */
function belongsTo(servingFile, file) {
    const dir = path.posix.dirname(servingFile);
    return file === servingFile || dir === "." || file.startsWith(`${dir}/`);
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
