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
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5146);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lint_lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6122);
/* harmony import */ var _deploy_serving_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8397);
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

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eo: () => (/* binding */ expectedEntities),
  UB: () => (/* binding */ readServingSpec)
});

// UNUSED EXPORTS: belongsTo, endpointSchema

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
// EXTERNAL MODULE: ./src/lint/yaml/parse-yaml.ts
var parse_yaml = __webpack_require__(4176);
;// CONCATENATED MODULE: ./src/shape.ts
// Checks untrusted JSON or YAML data (an event payload, a GitHub response, a
// serving.yaml read for deploy) into a type at the edge. zod did this, but it is
// 330 KiB that every action run compiled and initialised before linting: these
// few readers cover the shapes the action's lint path reads. A reader returns the
// checked value or throws ShapeError naming the first bad field; objects are loose
// (unknown keys pass through, as payloads carry hundreds we do not read).
class ShapeError extends Error {
    path;
    problem;
    constructor(path, problem) {
        super(`${path || "(root)"}: ${problem}`);
        this.path = path;
        this.problem = problem;
    }
}
/** The checked value, or where and why it is not of the shape. */
function checkShape(shape, value) {
    try {
        return { ok: true, value: shape(value, []) };
    }
    catch (err) {
        if (!(err instanceof ShapeError))
            throw err;
        return { ok: false, path: err.path || "(root)", problem: err.problem };
    }
}
function kind(v) {
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "an array";
    if (typeof v === "number" && !Number.isFinite(v))
        return String(v);
    return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function fail(path, expected, v) {
    throw new ShapeError(path.join("."), `expected ${expected}, found ${kind(v)}`);
}
const string = (v, p) => (typeof v === "string" ? v : fail(p, "a string", v));
const nonEmptyString = (v, p) => (typeof v === "string" && v !== "" ? v : fail(p, "a non-empty string", v));
const shape_boolean = (v, p) => (typeof v === "boolean" ? v : fail(p, "a boolean", v));
/** A finite number: YAML's .inf and .nan are not amounts. */
const number = (v, p) => (typeof v === "number" && Number.isFinite(v) ? v : fail(p, "a number", v));
const integer = (v, p) => (Number.isSafeInteger(v) ? v : fail(p, "an integer", v));
const unknown = (v) => v;
/** A YAML scalar that the REST API takes as text (`entity_version: 7`). */
const scalarText = (v, p) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? String(v) : fail(p, "a string, number or boolean", v);
function optional(shape) {
    return (v, p) => (v === undefined ? undefined : shape(v, p));
}
function nullable(shape) {
    return (v, p) => (v === null ? null : shape(v, p));
}
/** The first shape that accepts the value; the error of the last one otherwise. */
function either(a, b) {
    return (v, p) => {
        try {
            return a(v, p);
        }
        catch (err) {
            if (!(err instanceof ShapeError))
                throw err;
            return b(v, p);
        }
    };
}
function oneOf(values) {
    return (v, p) => (values.includes(v) ? v : fail(p, `one of ${values.map((x) => JSON.stringify(x)).join(", ")}`, v));
}
function array(item) {
    return (v, p) => (Array.isArray(v) ? v.map((x, i) => item(x, [...p, i])) : fail(p, "an array", v));
}
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function record(value) {
    return (v, p) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, [...p, k])])) : fail(p, "an object", v));
}
/** An object with at least these fields; other keys are kept as they are. */
function looseObject(fields) {
    return (v, p) => {
        if (!isRecord(v))
            return fail(p, "an object", v);
        const out = { ...v };
        for (const [key, shape] of Object.entries(fields)) {
            const checked = shape(v[key], [...p, key]);
            if (checked !== undefined || key in v)
                out[key] = checked;
        }
        return out;
    };
}

// EXTERNAL MODULE: ./src/deploy/duration.ts
var duration = __webpack_require__(5039);
;// CONCATENATED MODULE: ./src/deploy/serving-spec.ts
// serving.yaml → what plan and deploy need, checked into types (shape.ts). The
// document is read by the linter's own YAML loader (merge keys, anchors, duplicate
// keys and alias limits handled alike), so what deploys is what was linted. The
// lint step has already reported problems; here a file that cannot be deployed is
// a plain error naming the file, the position and the field.






const ServedEntity = looseObject({
    name: optional(string),
    entity_name: optional(string),
    entity_version: optional(scalarText),
    workload_size: optional(string),
    workload_type: optional(string),
    scale_to_zero_enabled: optional(shape_boolean),
    external_model: optional(looseObject({ name: optional(string), provider: optional(string) })),
});
const Route = looseObject({
    served_entity_name: optional(string),
    served_model_name: optional(string),
    traffic_percentage: number,
});
const endpointSchema = looseObject({
    name: nonEmptyString,
    served_entities: optional(array(ServedEntity)),
    traffic_config: optional(looseObject({ routes: optional(array(Route)) })),
    tags: optional(array(looseObject({ key: string, value: optional(scalarText) }))),
    ai_gateway: optional(record(unknown)),
    route_optimized: optional(shape_boolean),
});
const Deploy = looseObject({
    mode: optional(oneOf(["job", "direct"])),
    job: optional(either(nonEmptyString, integer)),
    parameters: optional(record(scalarText)),
    timeout: optional(either(string, number)),
});
const ServingYaml = looseObject({
    endpoint: endpointSchema,
    model: optional(looseObject({ input_example: optional(unknown) })),
    deploy: optional(Deploy),
});
function readServingSpec(source) {
    const { root, problems } = (0,parse_yaml/* parseYaml */.h)(source.path, source.lines);
    const problem = problems[0];
    if (problem)
        throw new errors/* UserError */.y(`${where(problem.span)}: not valid YAML (${problem.message}); see the lint findings above`);
    const parsed = checkShape(ServingYaml, root ? plain(root) : null);
    if (!parsed.ok) {
        const at = root && parsed.path !== "(root)" ? deepest(root, parsed.path.split(".")) : undefined;
        throw new errors/* UserError */.y(`${at ? where(at.span) : source.path}: cannot plan or deploy: ${parsed.path}: ${parsed.problem}; fix the lint findings first`);
    }
    const { endpoint, model, deploy } = parsed.value;
    return { file: source.path, endpoint, inputExample: model?.input_example, deploy: deploy ? deploySpec(source.path, endpoint, deploy) : undefined };
}
function where(span) {
    return `${span.file}:${span.line}:${span.column}`;
}
/** A node the loader left unknown cannot be deployed. */
function plain(root) {
    return (0,located/* toPlain */.Ul)(root, (node) => {
        throw new errors/* UserError */.y(`${where(node.span)}: cannot plan or deploy: this value cannot be read (an alias with no anchor before it, or a YAML node with no plain value)`);
    });
}
/** The node at `keys`, or the deepest one on the way there (where a missing field would go). */
function deepest(root, keys) {
    let node = root;
    for (const k of keys) {
        const next = node.kind === "map" ? node.entries.find((e) => e.key.value === String(k))?.value
            : node.kind === "seq" && /^\d+$/.test(String(k)) ? node.items[Number(k)] : undefined;
        if (!next)
            break;
        node = next;
    }
    return node;
}
function deploySpec(file, endpoint, d) {
    let timeoutMs;
    if (d.timeout !== undefined) {
        timeoutMs = (0,duration/* parseDuration */.E)(d.timeout);
        if (timeoutMs === undefined)
            throw new errors/* UserError */.y(`${file}: deploy.timeout "${d.timeout}" is not a duration (e.g. 45m)`);
    }
    if (d.mode === "direct")
        return { mode: "direct", timeoutMs };
    if (d.job === undefined)
        throw new errors/* UserError */.y(`${file}: deploy needs \`job\` (a job name or id) or \`mode: direct\``);
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
