export const id = 448;
export const ids = [448];
export const modules = {

/***/ 5448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeEntity: () => (/* binding */ describeEntity),
/* harmony export */   planEndpoint: () => (/* binding */ planEndpoint)
/* harmony export */ });
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


/***/ })

};
