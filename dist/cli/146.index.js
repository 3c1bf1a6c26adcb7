export const id = 146;
export const ids = [146];
export const modules = {

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./src/lint/define-rule.ts
var define_rule = __webpack_require__(6761);
;// CONCATENATED MODULE: ./rules/agent-interface.ts

/* harmony default export */ const agent_interface = ((0,define_rule/* defineRule */.Km)({
    id: "agent-interface",
    defaultSeverity: "error",
    summary: "A ResponsesAgent defines predict, a models-from-code file calls mlflow.models.set_model, ChatAgent is legacy",
    fixable: "never",
    messages: {
        noPredict: "ResponsesAgent subclass \"{name}\" does not define predict(self, request)",
        noSetModel: "\"{file}\" is logged as models-from-code but never calls mlflow.models.set_model(...)",
        legacyChatAgent: "\"{name}\" subclasses ChatAgent, a legacy interface; ResponsesAgent is the current one",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const agent of python.agents) {
            // An abstract base leaves predict to its subclasses, which are judged themselves.
            if (agent.kind === "responses-agent" && !agent.hasPredict && agent.basesKnown && !agent.abstract) {
                report("noPredict", agent.cls.nameSpan, { name: agent.cls.name });
            }
            // ChatAgent still loads and serves: this is advice, an info-level note that never fails a build.
            if (agent.kind === "chat-agent")
                report("legacyChatAgent", agent.cls.nameSpan, { name: agent.cls.name }, { severity: "info" });
        }
        for (const log of python.logCalls) {
            const m = log.modelModule;
            if (!log.pythonModelPath || !m || python.setModel.has(m) || m.syntaxErrors > 0)
                continue;
            report("noSetModel", log.pythonModelPath, { file: log.pythonModelPath.value });
        }
    },
}));

// EXTERNAL MODULE: ./src/python/models.ts + 1 modules
var models = __webpack_require__(2770);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __webpack_require__(1384);
// EXTERNAL MODULE: ./src/python/resources.ts
var resources = __webpack_require__(9183);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
;// CONCATENATED MODULE: ./src/python/yaml-append.ts

function yamlScalar(name) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/.test(name) && !/^[-?:]/.test(name) ? name : JSON.stringify(name);
}
function appendResourceEdit(serving, key, name) {
    const res = (0,located/* getMap */.ZB)(serving.model, "resources");
    if (!res)
        return undefined;
    const { text, lines } = serving.source;
    const file = serving.source.path;
    const value = yamlScalar(name);
    const list = `${file}#model.resources.${key}`;
    const edit = (at, layout) => ({
        file, start: at, end: at, text: layout.before + value + layout.after, append: { list, value, ...layout },
    });
    const lineEnd = (offset) => {
        const nl = text.indexOf("\n", offset);
        return nl === -1 ? text.length : nl;
    };
    const existing = (0,located/* entry */.f_)(res, key);
    if (!existing)
        return newKey(res, key, text, lineEnd, edit);
    const seq = existing.value;
    // A list merged in from an anchor (`<<: *defaults`) is written elsewhere: editing there changes every user.
    if (seq.kind !== "seq" || !within(seq.span, res.span))
        return undefined;
    // Already listed: appending again would not remove the finding, only duplicate the name.
    if (seq.items.some((i) => (0,located/* str */.gx)(i)?.value === name))
        return undefined;
    if (text[seq.span.start] === "[") {
        const close = seq.span.end - 1;
        if (text[close] !== "]")
            return undefined;
        const beforeClose = text.slice(seq.span.start + 1, close).trimEnd();
        // `[]` or `[a, b,]` (a trailing comma) take the value bare; `[a, b]` takes ", value".
        const bare = seq.items.length === 0 || beforeClose.endsWith(",");
        if (seq.items.length === 0 && beforeClose !== "")
            return undefined; // a comment inside: leave it
        const at = seq.items.length === 0 ? close : seq.span.start + 1 + beforeClose.length;
        return edit(at, { before: bare ? (beforeClose.endsWith(",") ? " " : "") : ", ", separator: ", ", after: "" });
    }
    const lastItem = seq.items[seq.items.length - 1];
    if (!lastItem)
        return undefined;
    const dash = /^(\s*)-\s/.exec(lines.lineText(lastItem.span.line));
    if (!dash)
        return undefined;
    const at = lineEnd(Math.max(lastItem.span.start, lastItem.span.end - 1));
    const item = `\n${dash[1]}- `;
    return edit(at, { before: item, separator: item, after: "" });
}
function within(inner, outer) {
    return inner.start >= outer.start && inner.end <= outer.end;
}
/** `key: [value]` as a new entry of `resources`, in a block map or a flow map. */
function newKey(res, key, text, lineEnd, edit) {
    if (text[res.span.start] === "{") {
        const close = res.span.end - 1;
        if (text[close] !== "}")
            return undefined;
        const inner = text.slice(res.span.start + 1, close).trimEnd();
        const at = res.span.start + 1 + inner.length;
        const lead = inner === "" ? "" : inner.endsWith(",") ? " " : ", ";
        return edit(at, { before: `${lead}${key}: [`, separator: ", ", after: "]" });
    }
    // The entry written last in this map (merged entries are written elsewhere).
    const last = res.entries.filter((e) => within(e.key.span, res.span)).sort((a, b) => a.value.span.end - b.value.span.end).pop();
    if (!last || !within(last.value.span, res.span))
        return undefined;
    const indent = " ".repeat(last.key.span.column - 1);
    const at = lineEnd(Math.max(last.value.span.end - 1, last.key.span.end));
    return edit(at, { before: `\n${indent}${key}: [`, separator: ", ", after: "]" });
}

;// CONCATENATED MODULE: ./rules/declared-resources.ts





const LABELS = {
    serving_endpoint: "serving endpoint", vector_search_index: "vector search index", sql_warehouse: "SQL warehouse",
    function: "Unity Catalog function", genie_space: "Genie space", table: "table", uc_connection: "UC connection", app: "app",
    lakebase: "Lakebase instance",
};
/** Kinds whose every use we can see in code; others (tables, warehouses...) are reached through functions and Genie. */
const UNUSED_CHECKED = new Set(["serving_endpoint", "vector_search_index", "function", "genie_space"]);
const messages = {
    undeclared: "{via} uses {what} \"{name}\", which {where} does not declare",
    unused: "{what} \"{name}\" is declared but the model code never uses it",
    resourcesAndAuthPolicy: "log_model receives both resources and auth_policy; MLflow rejects the call (declare system resources in auth_policy only)",
    driftMissing: "{what} \"{name}\" is declared here but not in {there}",
    driftMissingThere: "{there} declares {what} \"{name}\", which this list does not",
};
/* harmony default export */ const declared_resources = ((0,define_rule/* defineRule */.Km)({
    id: "declared-resources",
    defaultSeverity: "error",
    summary: "Every Databricks resource the model code uses is declared for auth passthrough; declared but unused ones warn",
    fixable: "sometimes",
    messages,
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const unit of python.models) {
            const log = unit.log;
            if (log?.resources && log.authPolicy)
                report("resourcesAndAuthPolicy", log.authPolicy.at);
            drift(unit, report);
            const uses = unit.code.map((m) => python.uses.get(m)).filter((u) => u !== undefined);
            if (uses.length === 0)
                continue;
            const declared = declaredSet(unit);
            if (!declared)
                continue;
            undeclared(uses, declared, report);
            const clean = unit.code.every((m) => m.syntaxErrors === 0);
            if (clean && declared.refs.length)
                unused(uses, declared.refs, report);
        }
    },
}));
const keyOf = (r) => `${r.kind}:${r.name?.value}`;
/** The union of everything declared for the model, when every part is literal; none declared counts as empty. */
function declaredSet(unit) {
    if (unit.declared.length === 0) {
        const log = unit.log;
        if (!log || log.openKeywords || (0,models/* hasOwnCredentials */.f1)(unit.serving))
            return undefined;
        // MLflow declares what it detects in the model for these flavors: none written is not none declared.
        if (resources/* AUTO_DETECTING_FLAVORS */.mt.has(log.flavor))
            return undefined;
        return { refs: [], label: `log_model at ${(0,python_facts/* where */._)(log.call.span)} (no resources=...)` };
    }
    // A call with both resources and auth_policy fails to log (reported above): there is no declared set to judge.
    if (unit.declared.some((d) => !d.complete) || (unit.log?.resources && unit.log.authPolicy))
        return undefined;
    const out = {
        refs: unit.declared.flatMap((d) => d.refs), label: unit.declared.map((d) => d.label).join(" and "),
    };
    const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
    if (yaml && unit.declared.length === 1)
        out.yamlOnly = yaml;
    return out;
}
function undeclared(uses, declared, report) {
    const have = new Set(declared.refs.map(keyOf));
    for (const use of uses.flatMap((u) => u.uses)) {
        if (!use.name || have.has(keyOf(use)))
            continue;
        const data = { via: use.via, what: LABELS[use.kind], name: use.name.value, where: declared.label };
        const yaml = declared.yamlOnly?.serving;
        const edit = yaml ? appendResourceEdit(yaml, (0,resources/* yamlKeyOf */.Yr)(use.kind), use.name.value) : undefined;
        report("undeclared", use.at, data, edit ? { fix: { title: `Declare "${use.name.value}" in ${yaml.source.path} model.resources`, safe: true, edits: [edit] } } : undefined);
    }
}
function unused(uses, refs, report) {
    if (uses.some((u) => u.opaque))
        return;
    const used = new Set(uses.flatMap((u) => u.uses).map(keyOf));
    const unknown = new Set(uses.flatMap((u) => [...u.unknownKinds, ...u.hiddenKinds]));
    for (const ref of refs) {
        if (!ref.name || !UNUSED_CHECKED.has(ref.kind) || unknown.has(ref.kind) || used.has(keyOf(ref)))
            continue;
        report("unused", ref.at, { what: LABELS[ref.kind], name: ref.name.value }, { severity: "warning" });
    }
}
/** serving.yaml model.resources and a literal log_model declaration must list the same resources. */
function drift(unit, report) {
    const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
    const code = unit.declared.find((d) => d.origin !== "serving.yaml");
    if (!yaml || !code || !yaml.complete || !code.complete)
        return;
    for (const [here, there] of [[yaml, code], [code, yaml]]) {
        const theirs = new Set(there.refs.map(keyOf));
        for (const r of here.refs) {
            if (!r.name || theirs.has(keyOf(r)))
                continue;
            const data = { what: LABELS[r.kind], name: r.name.value, there: there.label };
            report("driftMissing", r.at, data);
            report("driftMissingThere", there.at, { ...data, there: here.label });
        }
    }
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/lint/catalog.ts + 1 modules
var catalog = __webpack_require__(6562);
// EXTERNAL MODULE: ./src/lint/did-you-mean.ts
var did_you_mean = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/lint/fm-names.ts
var fm_names = __webpack_require__(7061);
;// CONCATENATED MODULE: ./src/lint/scalar-edit.ts
/** Offsets of the value's characters inside its token, or undefined when escapes or folding make them unknown. */
function valueRange(v) {
    const { start, end } = v.span;
    const raw = end - start;
    if (v.span.line !== v.span.endLine)
        return undefined; // folded or block scalar
    if (raw === v.value.length)
        return { start, end };
    if (raw === v.value.length + 2)
        return { start: start + 1, end: end - 1 };
    return undefined;
}
/**
 * Replaces `value[from, to)` (offsets into the value string) by `text`; the
 * whole value by default. Undefined when the token cannot be edited safely.
 */
function replaceInValue(v, text, from = 0, to = v.value.length) {
    const r = valueRange(v);
    return r ? { start: r.start + from, end: r.start + to, text } : undefined;
}

;// CONCATENATED MODULE: ./rules/fm-endpoint-name.ts






const fm_endpoint_name_messages = {
    unknownNear: "unknown foundation-model endpoint \"{name}\"; did you mean {candidates}?",
    unknownFar: "\"{name}\" is not a foundation-model endpoint in the catalog of {compiled}; if your workspace serves it, list it under endpoints in .serving-ci.yaml",
    unknownGateway: "unknown system.ai model \"{name}\"; did you mean {candidates}?",
    doubledPrefix: "\"{name}\" repeats the databricks- prefix; the system.ai name is \"{expected}\"",
    litellmPrefix: "\"{name}\" carries the LiteLLM namespace \"databricks/\"; {context} expects the bare endpoint name \"{expected}\"",
    url: "\"{name}\" is a URL; {context} expects a bare endpoint name{expected}",
    path: "\"{name}\" is a REST path; {context} expects a bare endpoint name{expected}",
    providerModelId: "\"{name}\" is a provider model id, not a serving endpoint; {context} expects a bare endpoint name{expected}",
    badCharacters: "\"{name}\" is not an endpoint name (letters, digits, - and _ only); {context} expects a bare endpoint name",
};
/** `org/model` (Hugging Face style) or a dotted version of a well-known model family (`gpt-5.2`). */
const PROVIDER_ID = /^(?:[A-Za-z0-9][\w.-]*\/[\w.:-]+|(?:gpt|o\d|claude|gemini|gemma|llama|meta-llama|mistral|mixtral|qwen|deepseek|grok)[\w-]*[.:][\w.:-]*)$/i;
/* harmony default export */ const fm_endpoint_name = ((0,define_rule/* defineRule */.Km)({
    id: "fm-endpoint-name",
    defaultSeverity: "error",
    summary: "Every databricks-* foundation-model endpoint name is an exact catalog name",
    fixable: "sometimes",
    messages: fm_endpoint_name_messages,
    check(facts, ctx, reportAt) {
        const names = ctx.catalog.entries.map((e) => e.name);
        const quote = (xs) => xs.slice(0, 3).map((x) => `"${x}"`).join(" or ");
        const rename = (ref, text, from = 0) => {
            const edit = replaceInValue(ref.name, text, from);
            return edit && { title: `Rename to ${text}`, safe: true, edits: [edit] };
        };
        // Never fix to a name that is retired or deprecated: its successor is another model, so
        // renaming to it changes behaviour (opt-in, as fm-endpoint-retired does); no successor: suggest only.
        const renameToCurrent = (target, make) => {
            const entry = ctx.catalog.byName.get(target);
            if (!entry || !((0,catalog/* isRetired */.a)(entry, ctx.today) || entry.deprecated))
                return make(target);
            const next = entry.successor ? ctx.catalog.byName.get(entry.successor) : undefined;
            if (!next || (0,catalog/* isRetired */.a)(next, ctx.today) || next.deprecated)
                return undefined;
            const fix = make(next.name);
            return fix && { ...fix, title: `${fix.title} (the successor of ${target}, which is ${entry.deprecated ? "deprecated" : "retired"})`, safe: false, optIn: "fix-retired" };
        };
        for (const ref of facts.endpointRefs ?? []) {
            // A name written away from its call (a constant, a default, a config dict) names the call that uses it.
            const report = (id, at, data, options) => reportAt(id, at, data, ref.usedBy ? { ...options, related: [ref.usedBy] } : options);
            const value = ref.name.value;
            // "" is a placeholder left to fill in (ENDPOINT = ""): it names no endpoint, so there is no name to judge.
            if (value === "" || value.includes("${") || ctx.customEndpoints.has(value))
                continue;
            const parsed = (0,fm_names/* parseFmName */.EK)(value);
            const data = { name: value, context: ref.context };
            switch (parsed.form) {
                case "classic":
                    continue; // no catalog of classic UC model names: never guessed
                case "doubled": {
                    const stripped = parsed.model.slice(fm_names/* FM_PREFIX */.v7.length);
                    const expected = fm_names/* SYSTEM_AI */.RL + stripped;
                    const exact = ctx.catalog.byName.has(parsed.model);
                    report("doubledPrefix", ref.name, { ...data, expected }, { fix: exact ? rename(ref, stripped, parsed.offset) : undefined });
                    continue;
                }
                case "gateway": {
                    if (ctx.catalog.byName.has(parsed.endpoint))
                        continue;
                    // Gateway ids are not always the stripped endpoint name (system.ai.gemma-3-12b-it):
                    // only a near miss of a known name is reported, and as a warning.
                    const near = names.filter((n) => (0,mod/* distance */.Io)(n, parsed.endpoint) <= 2);
                    if (near.length) {
                        const candidates = near.map((n) => fm_names/* SYSTEM_AI */.RL + n.slice(fm_names/* FM_PREFIX */.v7.length));
                        report("unknownGateway", ref.name, { ...data, candidates: quote(candidates) }, { severity: "warning" });
                    }
                    continue;
                }
                case "endpoint": {
                    const { name, offset, litellm } = parsed;
                    const exact = ctx.catalog.byName.has(name) || ctx.customEndpoints.has(name);
                    if (exact) {
                        if (litellm && ref.expectsBareName) {
                            report("litellmPrefix", ref.name, { ...data, expected: name }, { fix: rename(ref, name) });
                        }
                        continue;
                    }
                    const normalised = (0,fm_names/* normalisedMatches */.m)(name, ctx.catalog);
                    const candidates = normalised.length ? normalised : (0,did_you_mean/* closest */.k)(name.slice(fm_names/* FM_PREFIX */.v7.length), names.map((n) => n.slice(fm_names/* FM_PREFIX */.v7.length))).map((n) => fm_names/* FM_PREFIX */.v7 + n);
                    if (candidates.length === 0) {
                        report("unknownFar", ref.name, { name: value, compiled: ctx.catalog.compiled }, { severity: "warning" });
                        continue;
                    }
                    // A misspelling keeps the model's version numbers; a guess that changes them
                    // (gpt-4o-mini → gpt-5-mini) switches models, so it is suggested, never applied.
                    const only = candidates.length === 1 && (normalised.length > 0 || sameNumbers(name, candidates[0])) ? candidates[0] : undefined;
                    const fix = only === undefined ? undefined : renameToCurrent(only, (to) => (ref.expectsBareName ? rename(ref, to) : rename(ref, to, offset)));
                    report("unknownNear", ref.name, { name: value, candidates: quote(candidates) }, { fix });
                    continue;
                }
                case "other": {
                    if (!ref.expectsBareName)
                        continue;
                    if (/^https?:\/\//i.test(value)) {
                        const inner = /\/serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
                        report("url", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
                    }
                    else if (value.startsWith("/serving-endpoints/") || value.startsWith("serving-endpoints/")) {
                        const inner = /serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
                        report("path", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
                    }
                    else if (value.startsWith(fm_names/* LITELLM_PREFIX */.Hb)) {
                        continue; // databricks/<custom endpoint>: not ours to guess
                    }
                    else if (value.startsWith(fm_names/* SYSTEM_AI */.RL)) {
                        continue;
                    }
                    else if (fm_names/* DATED_PROVIDER_ID */.f_.test(value) || PROVIDER_ID.test(value)) {
                        const mapped = (0,fm_names/* endpointForProviderId */.Tq)(value, ctx.catalog);
                        report("providerModelId", ref.name, { ...data, expected: mapped ? ` such as "${mapped}"` : "" });
                    }
                    else if (!fm_names/* ENDPOINT_NAME_CHARS */._K.test(value)) {
                        report("badCharacters", ref.name, data);
                    }
                }
            }
        }
    },
}));
function sameNumbers(a, b) {
    return (a.match(/\d+/g) ?? []).join(".") === (b.match(/\d+/g) ?? []).join(".");
}

;// CONCATENATED MODULE: ./rules/fm-endpoint-retired.ts



const WARN_DAYS = 90;
/* harmony default export */ const fm_endpoint_retired = ((0,define_rule/* defineRule */.Km)({
    id: "fm-endpoint-retired",
    defaultSeverity: "error",
    summary: "Foundation-model endpoints that are retired (error), retiring within 90 days or deprecated (warning)",
    fixable: "sometimes",
    messages: {
        retiredOn: "\"{name}\" was retired on {day}{offering}{successor}{redirect}",
        retired: "\"{name}\" is retired{successor}",
        retiring: "\"{name}\" retires on {day}{offering}, in {days}{successor}",
        deprecated: "\"{name}\" is deprecated: it answers only in workspaces that already use it{successor}",
    },
    check(facts, ctx, report) {
        for (const ref of facts.endpointRefs ?? []) {
            const value = ref.name.value;
            if (value.includes("${") || ctx.customEndpoints.has(value))
                continue;
            const target = resolve(ref, ctx.catalog.byName);
            if (!target)
                continue;
            const { entry } = target;
            if (entry.kind === "embedding")
                continue; // no retirement process covers embeddings
            const pt = ref.provisioned === true;
            const written = entry.successor === undefined ? undefined : target.rewrite(entry.successor);
            const successor = entry.successor ? `; use "${written === undefined ? entry.successor : value.slice(0, target.offset) + written}" instead` : "";
            const offering = pt ? " for provisioned throughput" : "";
            const day = pt ? entry.ptRetires : entry.retires;
            const fix = successorFix(ref, entry, target.rewrite, target.offset);
            const related = ref.usedBy ? [ref.usedBy] : undefined;
            if (day !== undefined && day <= ctx.today) {
                let redirect = "";
                if (!pt && entry.redirectUntil) {
                    redirect = entry.redirectUntil > ctx.today
                        ? `; calls are redirected to ${entry.successor ?? "another model"} until ${entry.redirectUntil}, then fail`
                        : `; its redirect ended on ${entry.redirectUntil}`;
                }
                report("retiredOn", ref.name, { name: value, day, offering, successor, redirect }, { fix, related });
            }
            else if (day === undefined && entry.retired === true && !pt) {
                report("retired", ref.name, { name: value, successor }, { fix, related });
            }
            else if (day !== undefined && daysBetween(ctx.today, day) <= WARN_DAYS) {
                report("retiring", ref.name, { name: value, day, offering, days: plural(daysBetween(ctx.today, day), "day"), successor }, { severity: "warning", fix, related });
            }
            else if (entry.deprecated === true) {
                report("deprecated", ref.name, { name: value, successor }, { severity: "warning", fix, related });
            }
        }
    },
}));
function resolve(ref, byName) {
    const parsed = (0,fm_names/* parseFmName */.EK)(ref.name.value);
    switch (parsed.form) {
        case "endpoint": {
            const entry = byName.get(parsed.name);
            return entry && { entry, offset: parsed.offset, rewrite: (n) => n };
        }
        case "gateway": {
            const entry = byName.get(parsed.endpoint);
            return entry && { entry, offset: parsed.offset, rewrite: (n) => n.slice(fm_names/* FM_PREFIX */.v7.length) };
        }
        case "classic": {
            // A classic UC model is served with provisioned throughput: only its PT day is known.
            if (!ref.provisioned)
                return undefined;
            const name = (0,fm_names/* classicToEndpoint */.T6)(parsed.model, byName);
            const entry = name ? byName.get(name) : undefined;
            return entry && { entry, offset: 0, rewrite: () => undefined };
        }
        default:
            return undefined;
    }
}
/** Replacing the name changes which model answers: an unsafe fix, opted into with --fix-retired. */
function successorFix(ref, entry, rewrite, offset) {
    if (!entry.successor || ref.form === "system-ai-entity")
        return undefined; // an entity also pins a version
    const text = rewrite(entry.successor);
    const edit = text === undefined ? undefined : replaceInValue(ref.name, text, offset);
    return edit && { title: `Replace with ${text}`, safe: false, optIn: "fix-retired", edits: [edit] };
}
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./rules/data/python-extras.json
const python_extras_namespaceObject = /*#__PURE__*/JSON.parse('{"Q":{"databricks-sdk":{"$source":"databricks/databricks-sdk-py pyproject.toml [project.optional-dependencies] at 9ae2241","openai":["openai","langchain-openai","httpx"],"notebook":["ipython","ipywidgets"]},"mlflow":{"$source":"mlflow/mlflow pyproject.toml [project.optional-dependencies]: 2.13.0 (51c5c61) and 3.x (databricks-agents added to `databricks`)","databricks":["azure-storage-file-datalake","google-cloud-storage","boto3","botocore","databricks-agents"],"gateway":["aiohttp","boto3","fastapi","pydantic","slowapi","tiktoken","uvicorn","watchfiles"],"genai":["aiohttp","boto3","fastapi","pydantic","slowapi","tiktoken","uvicorn","watchfiles"]}}}');
;// CONCATENATED MODULE: ./rules/data/python-packages.json
const python_packages_namespaceObject = /*#__PURE__*/JSON.parse('{"L1":["__future__","abc","aifc","antigravity","argparse","array","ast","asynchat","asyncio","asyncore","atexit","audioop","base64","bdb","binascii","bisect","builtins","bz2","cProfile","calendar","cgi","cgitb","chunk","cmath","cmd","code","codecs","codeop","collections","colorsys","compileall","concurrent","configparser","contextlib","contextvars","copy","copyreg","crypt","csv","ctypes","curses","dataclasses","datetime","dbm","decimal","difflib","dis","distutils","doctest","email","encodings","ensurepip","enum","errno","faulthandler","fcntl","filecmp","fileinput","fnmatch","fractions","ftplib","functools","gc","genericpath","getopt","getpass","gettext","glob","graphlib","grp","gzip","hashlib","heapq","hmac","html","http","idlelib","imaplib","imghdr","imp","importlib","inspect","io","ipaddress","itertools","json","keyword","lib2to3","linecache","locale","logging","lzma","mailbox","mailcap","marshal","math","mimetypes","mmap","modulefinder","msilib","msvcrt","multiprocessing","netrc","nis","nntplib","nt","ntpath","nturl2path","numbers","opcode","operator","optparse","os","ossaudiodev","pathlib","pdb","pickle","pickletools","pipes","pkgutil","platform","plistlib","poplib","posix","posixpath","pprint","profile","pstats","pty","pwd","py_compile","pyclbr","pydoc","pydoc_data","pyexpat","queue","quopri","random","re","readline","reprlib","resource","rlcompleter","runpy","sched","secrets","select","selectors","shelve","shlex","shutil","signal","site","smtpd","smtplib","sndhdr","socket","socketserver","spwd","sqlite3","sre_compile","sre_constants","sre_parse","ssl","stat","statistics","string","stringprep","struct","subprocess","sunau","symtable","sys","sysconfig","syslog","tabnanny","tarfile","telnetlib","tempfile","termios","textwrap","this","threading","time","timeit","tkinter","token","tokenize","tomllib","trace","traceback","tracemalloc","tty","turtle","turtledemo","types","typing","unicodedata","unittest","urllib","uu","uuid","venv","warnings","wave","weakref","webbrowser","winreg","winsound","wsgiref","xdrlib","xml","xmlrpc","zipapp","zipfile","zipimport","zlib","zoneinfo"],"av":{"PIL":"pillow","accelerate":"accelerate","anthropic":"anthropic","autogen":"autogen-agentchat","backoff":"backoff","boto3":"boto3","bs4":"beautifulsoup4","cachetools":"cachetools","catboost":"catboost","chromadb":"chromadb","click":"click","cloudpickle":"cloudpickle","crewai":"crewai","cv2":"opencv-python","databricks.agents":"databricks-agents","databricks.connect":"databricks-connect","databricks.feature_engineering":"databricks-feature-engineering","databricks.feature_store":"databricks-feature-store","databricks.sdk":"databricks-sdk","databricks.sql":"databricks-sql-connector","databricks.vector_search":"databricks-vectorsearch","databricks_ai_bridge":"databricks-ai-bridge","databricks_dspy":"databricks-dspy","databricks_langchain":"databricks-langchain","databricks_llamaindex":"databricks-llamaindex","databricks_mcp":"databricks-mcp","databricks_openai":"databricks-openai","datasets":"datasets","dateutil":"python-dateutil","dotenv":"python-dotenv","dspy":"dspy","faiss":"faiss-cpu","fastapi":"fastapi","flask":"flask","git":"gitpython","google.protobuf":"protobuf","httpx":"httpx","jinja2":"jinja2","joblib":"joblib","keras":"keras","langchain":"langchain","langchain_anthropic":"langchain-anthropic","langchain_community":"langchain-community","langchain_core":"langchain-core","langchain_openai":"langchain-openai","langchain_text_splitters":"langchain-text-splitters","langgraph":"langgraph","langgraph.checkpoint":"langgraph-checkpoint","langgraph.prebuilt":"langgraph-prebuilt","langgraph_sdk":"langgraph-sdk","langsmith":"langsmith","lightgbm":"lightgbm","llama_index":"llama-index","matplotlib":"matplotlib","mcp":"mcp","mlflow":"mlflow","nltk":"nltk","numpy":"numpy","openai":"openai","opentelemetry":"opentelemetry-api","packaging":"packaging","pandas":"pandas","peft":"peft","polars":"polars","prophet":"prophet","psycopg":"psycopg","psycopg2":"psycopg2-binary","pyarrow":"pyarrow","pydantic":"pydantic","pydantic_ai":"pydantic-ai","pyspark":"pyspark","rapidfuzz":"rapidfuzz","requests":"requests","scipy":"scipy","sentence_transformers":"sentence-transformers","shap":"shap","sklearn":"scikit-learn","spacy":"spacy","sqlalchemy":"sqlalchemy","sqlparse":"sqlparse","statsmodels":"statsmodels","tabulate":"tabulate","tenacity":"tenacity","tensorflow":"tensorflow","tiktoken":"tiktoken","torch":"torch","torchvision":"torchvision","tqdm":"tqdm","transformers":"transformers","typing_extensions":"typing-extensions","unitycatalog.ai.core":"unitycatalog-ai","unitycatalog.ai.langchain":"unitycatalog-langchain","unitycatalog.ai.llama_index":"unitycatalog-llamaindex","unitycatalog.ai.openai":"unitycatalog-openai","uvicorn":"uvicorn","xgboost":"xgboost","yaml":"pyyaml"},"TG":{"beautifulsoup4":["soupsieve"],"databricks-agents":["databricks-connect","databricks-sdk","dataclasses-json","jinja2","mlflow","tiktoken","tqdm","urllib3"],"databricks-ai-bridge":["databricks-sdk","databricks-vectorsearch","mlflow","pandas","pydantic","tabulate","tiktoken"],"databricks-langchain":["databricks-ai-bridge","databricks-openai","databricks-sdk","databricks-vectorsearch","langchain","langchain-community","langchain-core","mlflow","openai","pydantic","unitycatalog-ai","unitycatalog-langchain"],"databricks-openai":["databricks-ai-bridge","databricks-sdk","databricks-vectorsearch","mlflow","openai","pydantic","unitycatalog-ai","unitycatalog-openai"],"databricks-sdk":["google-auth","protobuf","requests"],"databricks-vectorsearch":["databricks-sdk","deprecation","mlflow-skinny","protobuf","requests"],"dspy":["backoff","litellm","openai","pydantic","requests","tqdm"],"langchain":["aiohttp","langchain-community","langchain-core","langchain-text-splitters","langgraph","langsmith","numpy","pyyaml","requests","sqlalchemy"],"langchain-community":["aiohttp","dataclasses-json","langchain","langchain-core","numpy","requests","sqlalchemy"],"langchain-core":["httpx","jsonpatch","langsmith","orjson","packaging","pydantic","pyyaml","requests","tenacity","typing-extensions"],"langchain-openai":["langchain-core","openai","tiktoken"],"langgraph":["langchain-core","langgraph-checkpoint","langgraph-prebuilt","langgraph-sdk","pydantic","xxhash"],"langgraph-prebuilt":["langchain-core","langgraph-checkpoint"],"lightgbm":["numpy","scipy"],"llama-index":["llama-index-core","nltk","openai","pandas"],"mlflow":["alembic","annotated-types","anyio","blinker","cachetools","certifi","charset-normalizer","click","cloudpickle","contourpy","cycler","databricks-sdk","docker","fastapi","flask","fonttools","gitpython","google-auth","graphene","greenlet","gunicorn","h11","httpx","idna","importlib-metadata","itsdangerous","jinja2","joblib","kiwisolver","mako","markdown","markupsafe","matplotlib","mlflow-skinny","mlflow-tracing","numpy","opentelemetry-api","opentelemetry-sdk","packaging","pandas","pillow","protobuf","pyarrow","pydantic","pydantic-core","pyparsing","python-dateutil","python-dotenv","pytz","pyyaml","requests","scikit-learn","scipy","six","sniffio","sqlalchemy","sqlparse","starlette","threadpoolctl","typing-extensions","tzdata","urllib3","uvicorn","werkzeug"],"mlflow-skinny":["annotated-types","anyio","cachetools","certifi","charset-normalizer","click","cloudpickle","databricks-sdk","fastapi","gitpython","google-auth","h11","httpx","idna","importlib-metadata","jinja2","markupsafe","opentelemetry-api","opentelemetry-sdk","packaging","protobuf","pydantic","pydantic-core","python-dotenv","pyyaml","requests","sniffio","sqlparse","starlette","typing-extensions","urllib3","uvicorn"],"openai":["anyio","distro","httpx","jiter","pydantic","sniffio","tqdm","typing-extensions"],"pandas":["numpy","python-dateutil","pytz","tzdata"],"prophet":["cmdstanpy","holidays","matplotlib","numpy","pandas"],"requests":["certifi","charset-normalizer","idna","urllib3"],"scikit-learn":["joblib","numpy","scipy","threadpoolctl"],"sentence-transformers":["huggingface-hub","pillow","scikit-learn","scipy","torch","tqdm","transformers"],"shap":["cloudpickle","numba","numpy","pandas","scikit-learn","scipy","tqdm"],"statsmodels":["numpy","packaging","pandas","patsy","scipy"],"torchvision":["numpy","pillow","torch"],"transformers":["huggingface-hub","numpy","packaging","pyyaml","regex","requests","safetensors","tokenizers","tqdm"],"unitycatalog-ai":["databricks-sdk","nest-asyncio","pydantic"],"unitycatalog-langchain":["langchain","langchain-community","langchain-core","unitycatalog-ai"],"unitycatalog-openai":["openai","unitycatalog-ai"],"xgboost":["numpy","scipy"]}}');
// EXTERNAL MODULE: ./src/python/requirements.ts
var requirements = __webpack_require__(3516);
;// CONCATENATED MODULE: ./src/python/packages.ts
// Import names → PyPI distributions, the standard library, and what each
// distribution installs with it (rules/data/python-packages.json) and with its
// extras (rules/data/python-extras.json).



const STDLIB = new Set(python_packages_namespaceObject.L1);
const MODULES = new Map(Object.entries(python_packages_namespaceObject.av));
const PROVIDES = new Map(Object.entries(python_packages_namespaceObject.TG));
const EXTRAS = new Map(Object.entries(python_extras_namespaceObject.Q).map(([dist, byExtra]) => [
    (0,requirements/* normalizeName */.Pc)(dist),
    new Map(Object.entries(byExtra).filter((e) => Array.isArray(e[1])).map(([x, deps]) => [(0,requirements/* normalizeName */.Pc)(x), deps])),
]));
/** What `dist[extras]` installs besides `dist`; undefined when an extra is not in the table (it could install anything). */
function installedByExtras(dist, extras) {
    const out = [];
    for (const extra of extras) {
        const deps = EXTRAS.get((0,requirements/* normalizeName */.Pc)(dist))?.get((0,requirements/* normalizeName */.Pc)(extra));
        if (!deps)
            return undefined;
        out.push(...deps);
    }
    return out;
}
function isStdlib(module) {
    return STDLIB.has(module.split(".")[0]);
}
/** The distribution that installs an import (longest known dotted prefix), if known. */
function distributionOf(module) {
    const parts = module.split(".");
    for (let n = parts.length; n > 0; n--) {
        const hit = MODULES.get(parts.slice(0, n).join("."));
        if (hit)
            return hit;
    }
    return undefined;
}
/** Everything the given distributions install, themselves included (normalised names). */
function installedWith(dists) {
    const out = new Set();
    const queue = [...dists].map(requirements/* normalizeName */.Pc);
    while (queue.length) {
        const d = queue.pop();
        if (out.has(d))
            continue;
        out.add(d);
        for (const dep of PROVIDES.get(d) ?? [])
            queue.push((0,requirements/* normalizeName */.Pc)(dep));
    }
    return out;
}

;// CONCATENATED MODULE: ./rules/missing-requirements.ts



/* harmony default export */ const missing_requirements = ((0,define_rule/* defineRule */.Km)({
    id: "missing-requirements",
    defaultSeverity: "error",
    summary: "Every third-party package the model code imports is installed by its complete pip_requirements",
    fixable: "never",
    messages: {
        missing: "\"{module}\" is imported but no requirement installs {dist}; add {dist}==<version> to {list}",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        const project = python?.project;
        if (!python || !project)
            return;
        for (const unit of python.models) {
            const provided = environment(unit);
            if (!provided)
                continue;
            const list = unit.requirementLists[0];
            // What the model runs when it loads, followed from its entry: not every file code_paths ships.
            const reported = new Map();
            for (const { imp, module } of unit.imports) {
                if (imp.guarded || imp.level > 0 || !imp.module || isStdlib(imp.module) || isLocal(project, module, imp.module))
                    continue;
                const dist = distributionOf(imp.module);
                const seen = reported.get(module) ?? new Set();
                reported.set(module, seen);
                if (!dist || provided.has(dist) || seen.has(dist))
                    continue;
                seen.add(dist);
                report("missing", imp.span, { module: imp.module, dist, list: list.label });
            }
        }
    },
}));
/**
 * What the model's environment installs, when its requirement list is complete and fully readable:
 * the listed distributions, what their extras install, their dependencies, and mlflow (which MLflow adds when the list omits it).
 */
function environment(unit) {
    const list = unit.requirementLists[0];
    if (!list?.complete || !list.known)
        return undefined;
    const names = ["mlflow"];
    for (const r of list.entries) {
        if (r.include || r.option)
            continue;
        if (!r.key)
            return undefined; // a URL or computed name could install anything
        const extras = installedByExtras(r.key, r.extras);
        if (!extras)
            return undefined; // an extra we do not know could install anything
        names.push(r.key, ...extras);
    }
    return installedWith(names);
}
/** A module of the project itself (an analysed file, or a package directory beside it). */
function isLocal(project, from, module) {
    const top = module.split(".")[0];
    return project.moduleFor(from, module, 0) !== undefined || project.moduleFor(from, top, 0) !== undefined || directoryNames(project).has(top);
}
const dirNamesOf = new WeakMap();
/** Every directory name on the paths of the analysed modules, computed once per project. */
function directoryNames(project) {
    let names = dirNamesOf.get(project);
    if (!names) {
        names = new Set();
        for (const m of project.modules)
            for (const seg of external_node_path_default().dirname(m.absPath).split((external_node_path_default()).sep))
                names.add(seg);
        dirNamesOf.set(project, names);
    }
    return names;
}

// EXTERNAL MODULE: ./src/lint/online/questions.ts
var questions = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/lint/online/report-checks.ts
// How every online rule turns the workspace's answers into findings: one shape
// of message per answer, so the rules differ only in which questions they own.

const ONLINE_MESSAGES = {
    missing: "{subject} does not exist in {host}: {said}",
    denied: "cannot check {subject}: {host} answered {said}; the credentials need {permission}",
    /** Only jobs, named by name, can be ambiguous. */
    ambiguous: "{subject} is ambiguous in {host}: {said}; name the job by its id",
    unavailable: "could not check {subject}: {host} answered {said}",
};
function subjectOf(q) {
    if (q.kind === "model_version")
        return `version ${q.part} of model "${q.name}"`;
    if (q.kind === "secret")
        return `secret "{{secrets/${q.name}/${q.part}}}"`;
    return `${questions/* KIND_INFO */.Kw[q.kind].label} "${q.name}"`;
}
/**
 * Reports the checks of these kinds: missing as the rule's severity, a 403 as a
 * warning naming the permission (never a false "does not exist"), a server
 * error as a warning that it could not be checked. Silent offline.
 */
function reportChecks(ctx, kinds, report, skip = () => false) {
    const ws = ctx.workspace;
    if (!ws)
        return;
    for (const { question: q, answer } of ws.checks) {
        if (!kinds.includes(q.kind) || answer.state === "found" || skip(q))
            continue;
        const data = { subject: subjectOf(q), host: ws.host, said: answer.message, via: q.via };
        if (answer.state === "denied")
            report("denied", q.at, { ...data, permission: questions/* KIND_INFO */.Kw[q.kind].permission }, { severity: "warning" });
        else if (answer.state === "unavailable")
            report("unavailable", q.at, data, { severity: "warning" });
        else
            report(answer.state, q.at, data);
    }
}

;// CONCATENATED MODULE: ./rules/online-deploy-job.ts


// Asked only with --online (src/lint/online): silent offline.
/* harmony default export */ const online_deploy_job = ((0,define_rule/* defineRule */.Km)({
    id: "online-deploy-job",
    defaultSeverity: "error",
    summary: "With --online: the deploy job that serving.yaml names exists, exactly once",
    fixable: "never",
    messages: ONLINE_MESSAGES,
    check(_facts, ctx, report) {
        reportChecks(ctx, ["job"], report);
    },
}));

;// CONCATENATED MODULE: ./rules/online-endpoints.ts


// Asked only with --online (src/lint/online): silent offline. The workspace's list is the
// live catalog; a name in the offline foundation-model catalog is not an error here (its
// retirement data still applies through fm-endpoint-retired), and one listed in
// .serving-ci.yaml `endpoints:` is the user's word.
/* harmony default export */ const online_endpoints = ((0,define_rule/* defineRule */.Km)({
    id: "online-endpoints",
    defaultSeverity: "error",
    summary: "With --online: every serving endpoint the code and resources name exists in the workspace (or in the foundation-model catalog)",
    fixable: "never",
    messages: ONLINE_MESSAGES,
    check(_facts, ctx, report) {
        reportChecks(ctx, ["serving_endpoint"], report, (q) => ctx.catalog.byName.has(q.name) || ctx.customEndpoints.has(q.name));
    },
}));

;// CONCATENATED MODULE: ./rules/online-model-versions.ts


// Asked only with --online (src/lint/online): silent offline.
/* harmony default export */ const online_model_versions = ((0,define_rule/* defineRule */.Km)({
    id: "online-model-versions",
    defaultSeverity: "error",
    summary: "With --online: every Unity Catalog model version a served entity names exists",
    fixable: "never",
    messages: ONLINE_MESSAGES,
    check(_facts, ctx, report) {
        reportChecks(ctx, ["model_version"], report);
    },
}));

;// CONCATENATED MODULE: ./rules/online-resources.ts


// Asked only with --online (src/lint/online): silent offline.
/* harmony default export */ const online_resources = ((0,define_rule/* defineRule */.Km)({
    id: "online-resources",
    defaultSeverity: "error",
    summary: "With --online: every vector search index, UC function, Genie space and SQL warehouse the model uses or declares exists",
    fixable: "never",
    messages: ONLINE_MESSAGES,
    check(_facts, ctx, report) {
        reportChecks(ctx, ["vector_search_index", "function", "genie_space", "sql_warehouse"], report);
    },
}));

;// CONCATENATED MODULE: ./rules/online-secrets.ts


// Asked only with --online (src/lint/online): silent offline.
/* harmony default export */ const online_secrets = ((0,define_rule/* defineRule */.Km)({
    id: "online-secrets",
    defaultSeverity: "error",
    summary: "With --online: every {{secrets/scope/key}} names an existing secret scope and key",
    fixable: "never",
    messages: ONLINE_MESSAGES,
    check(_facts, ctx, report) {
        reportChecks(ctx, ["secret"], report);
    },
}));

;// CONCATENATED MODULE: ./rules/output-helpers.ts

/* harmony default export */ const output_helpers = ((0,define_rule/* defineRule */.Km)({
    id: "output-helpers",
    defaultSeverity: "error",
    summary: "Inside a ResponsesAgent, output items and stream events are built with the helpers, with their required arguments",
    fixable: "never",
    messages: {
        rawItem: "output item built as a dict literal; build it with {helper}",
        missingArgs: "{helper} is called without {missing}",
    },
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const raw of python.rawOutputDicts)
            report("rawItem", raw.dict, { helper: raw.helper });
        for (const p of python.helperArgsProblems) {
            report("missingArgs", p.call, { helper: p.helper, missing: p.missing.map((m) => `${m}=`).join(", ") });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/parse.ts

// Problems found while reading and parsing (facts.problems) go through the same
// sort, suppression and formatting path as rule findings (actionlint's way).
const parse_messages = {
    syntax: "{message}",
    duplicateKey: "{message}",
    aliasLimit: "{message}",
    multipleDocuments: "{message}",
    empty: "{message}",
    tooLarge: "{message}",
    unreadable: "{message}",
    binary: "{message}",
    notUtf8: "{message}",
    // Refused by the file reader (src/lint/read-source.ts): the message names the path, never the content.
    missing: "{message}",
    symlinkLoop: "{message}",
    outsideRoot: "{message}",
    gitDir: "{message}",
    notRegular: "{message}",
};
/* harmony default export */ const parse = ((0,define_rule/* defineRule */.Km)({
    id: "parse",
    defaultSeverity: "error",
    summary: "Every file can be read and parsed: UTF-8 text, valid YAML or Python, no duplicate keys",
    fixable: "never",
    messages: parse_messages,
    check(facts, _ctx, report) {
        for (const p of facts.problems) {
            const id = (p.messageId in parse_messages ? p.messageId : "syntax");
            report(id, p.span, { message: p.message });
        }
    },
}));

// EXTERNAL MODULE: ./src/python/requirement-lists.ts
var requirement_lists = __webpack_require__(6865);
;// CONCATENATED MODULE: ./rules/pinned-requirements.ts


const pinned_requirements_messages = {
    unpinned: "requirement \"{text}\" is not pinned; pin one version with ==",
    range: "requirement \"{text}\" allows a range ({spec}); pin one version with ==",
    wildcard: "requirement \"{text}\" pins with a wildcard; pin one exact version",
    urlUnpinned: "requirement \"{text}\" points to a URL without a hash or commit; pin it with #sha256=... or @<commit>",
    invalid: "requirement \"{text}\" cannot be read: {problem}",
};
/* harmony default export */ const pinned_requirements = ((0,define_rule/* defineRule */.Km)({
    id: "pinned-requirements",
    defaultSeverity: "error",
    summary: "Every pip requirement of a model is an exact == pin (or a URL pinned by hash or commit)",
    fixable: "never",
    messages: pinned_requirements_messages,
    check(facts, _ctx, report) {
        // An -r file named by several lists is judged once, with every entry that pulls it in as a related location.
        const entries = new Map();
        for (const list of facts.python?.requirementLists ?? []) {
            for (const req of list.entries) {
                if (req.include || req.option)
                    continue;
                const key = `${req.text.span.file}:${req.text.span.start}`;
                const entry = entries.get(key) ?? { req, related: [] };
                entries.set(key, entry);
                const site = (0,requirement_lists/* includeSite */.wn)(list, req);
                if (site && !entry.related.some((r) => r.span.file === site.span.file && r.span.start === site.span.start))
                    entry.related.push(site);
            }
        }
        for (const { req, related } of entries.values())
            judge(req, related, report);
    },
}));
function judge(req, related, report) {
    const text = req.text.value.replace(/\0/g, "{…}");
    const at = (id, data) => report(id, req.text, data, related.length ? { related } : undefined);
    if (req.problem)
        return at("invalid", { text, problem: req.problem });
    if (req.pin !== "none")
        return;
    if (req.url !== undefined)
        return at("urlUnpinned", { text });
    if (!req.key && req.specifiers.length === 0)
        return; // f"{requirement}": nothing here is known
    if (req.specifiers.length === 0)
        return at("unpinned", { text });
    if (req.specifiers.some((s) => s.op === "==" && s.version.endsWith(".*")))
        return at("wildcard", { text });
    const spec = req.specifiers.map((s) => `${s.op}${s.version.replace(/\0/g, "{…}")}`).join(",");
    at("range", { text, spec });
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./rules/requirement-conflicts.ts




/** Databricks requires this mlflow for ResponsesAgent authoring and deployment (reference §6). */
const RESPONSES_AGENT_MLFLOW = "3.1.3";
const requirement_conflicts_messages = {
    twoPins: "\"{name}\" is pinned to {version} here and to {other} at {where}",
    excluded: "\"{name}{spec}\" excludes the pin =={other} at {where}",
    mlflowTooOld: "mlflow {version} is older than {needed}, which ResponsesAgent needs on Databricks ({agent})",
    driftVersion: "\"{name}\" is {version} here but {other} in {there}",
    driftMissing: "\"{name}\" is listed here but not in {there}",
    driftMissingThere: "{there} lists \"{name}\", which this list does not",
};
/** A finding on an entry that came from a `-r` file also names the entry that pulls the file in. */
function via(list, r) {
    const site = (0,requirement_lists/* includeSite */.wn)(list, r);
    return site ? { related: [site] } : undefined;
}
/* harmony default export */ const requirement_conflicts = ((0,define_rule/* defineRule */.Km)({
    id: "requirement-conflicts",
    defaultSeverity: "error",
    summary: "No package is pinned to two versions, serving.yaml and log_model agree, and mlflow is new enough for the APIs used",
    fixable: "never",
    messages: requirement_conflicts_messages,
    check(facts, _ctx, report) {
        const python = facts.python;
        if (!python)
            return;
        for (const list of python.requirementLists)
            withinList(list, report);
        for (const unit of python.models) {
            requirement_conflicts_drift(unit, report);
            mlflowVersion(unit, python.agents, report);
        }
    },
}));
/** Entries that apply together: same package, same environment marker. */
function groups(list) {
    const out = new Map();
    for (const r of list.entries) {
        if (!r.key || r.include || r.problem)
            continue;
        const k = `${r.key};${r.marker ?? ""}`;
        out.set(k, [...(out.get(k) ?? []), r]);
    }
    return out;
}
function withinList(list, report) {
    for (const reqs of groups(list).values()) {
        const pins = reqs.filter((r) => r.pin === "exact");
        const first = pins[0];
        if (!first?.exactVersion)
            continue;
        for (const r of reqs) {
            if (r === first)
                continue;
            if (r.pin === "exact" && r.exactVersion !== undefined && r.exactVersion !== first.exactVersion) {
                report("twoPins", r.text, { name: r.name?.value ?? r.key, version: r.exactVersion, other: first.exactVersion, where: (0,python_facts/* where */._)(first.text.span) }, via(list, r));
            }
            else if (r.pin === "none" && r.specifiers.length && !r.specifiers.some((s) => s.version.includes("\0"))) {
                const spec = r.specifiers.map((s) => `${s.op}${s.version}`).join(",");
                if (!(0,pep440.satisfies)(first.exactVersion, spec)) {
                    report("excluded", r.text, { name: r.name?.value ?? r.key, spec, other: first.exactVersion, where: (0,python_facts/* where */._)(first.text.span) }, via(list, r));
                }
            }
        }
    }
}
/** serving.yaml and a literal log_model list describe one environment: every difference is reported on both sides. */
function requirement_conflicts_drift(unit, report) {
    const [a, b] = unit.requirementLists;
    if (!a || !b || !a.known || !b.known)
        return;
    const pinsOf = (l) => new Map(l.entries.filter((r) => r.key && !r.include && !r.marker).map((r) => [r.key, r]));
    const pa = pinsOf(a);
    const pb = pinsOf(b);
    for (const [here, there, mine, theirs] of [[a, b, pa, pb], [b, a, pb, pa]]) {
        for (const [key, r] of mine) {
            const o = theirs.get(key);
            const name = r.name?.value ?? key;
            if (!o) {
                report("driftMissing", r.text, { name, there: there.label }, via(here, r));
                report("driftMissingThere", there.at, { name, there: here.label });
            }
            else if (r.exactVersion && o.exactVersion && r.exactVersion !== o.exactVersion) {
                report("driftVersion", r.text, { name, version: `==${r.exactVersion}`, other: `==${o.exactVersion}`, there: there.label }, via(here, r));
            }
        }
    }
}
function mlflowVersion(unit, agents, report) {
    const agent = agents.find((a) => a.kind === "responses-agent" && unit.code.includes(a.module));
    if (!agent)
        return;
    for (const list of unit.allRequirementLists) {
        for (const r of list.entries) {
            if (r.key !== "mlflow" || r.pin !== "exact" || !r.exactVersion)
                continue;
            if ((0,pep440.lt)(r.exactVersion, RESPONSES_AGENT_MLFLOW)) {
                const at = `class ${agent.cls.name} at ${agent.cls.nameSpan.file}:${agent.cls.nameSpan.line}`;
                report("mlflowTooOld", r.text, { version: r.exactVersion, needed: RESPONSES_AGENT_MLFLOW, agent: at }, via(list, r));
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./schema/serving.schema.json
const serving_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/serving-ci/serving-ci/raw/main/schema/serving.schema.json","title":"serving-ci serving.yaml (version 1)","description":"One Databricks Model Serving endpoint, the model behind it, and how to deploy it.","type":"object","properties":{"version":{"const":1,"description":"Schema version; 1"},"endpoint":{"$ref":"#/definitions/endpoint"},"model":{"$ref":"#/definitions/model"},"deploy":{"$ref":"#/definitions/deploy"}},"required":["version","endpoint"],"additionalProperties":false,"definitions":{"tag":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]},"environmentVars":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."},"externalModel":{"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."},"servedEntity":{"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"servedModel":{"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."},"route":{"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]},"trafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false},"autoCaptureConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false},"aiGateway":{"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false},"legacyRateLimit":{"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]},"emailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"endpoint":{"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API\'s field names (create request plus its config)."},"resources":{"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."},"model":{"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow\'s log_model receives."},"deploy":{"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\\\s*(\\\\d+\\\\s*[hms]\\\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false}}}');
// EXTERNAL MODULE: ./src/lint/facts/bundle.ts + 1 modules
var bundle = __webpack_require__(2584);
// EXTERNAL MODULE: ./src/lint/generated/serving-validators.js
var serving_validators = __webpack_require__(1406);
// EXTERNAL MODULE: ./src/python/endpoint-configs/sdk-data.ts + 1 modules
var sdk_data = __webpack_require__(1541);
;// CONCATENATED MODULE: ./src/python/endpoint-configs/sdk-schema.ts
// What the Databricks SDK does with an endpoint config built from its dataclasses,
// judged on the located tree (to-located.ts) against rules/data/sdk-serving.json:
// an unknown keyword is a TypeError when the call runs; a plain dict where a
// dataclass is expected, a plain string where an enum is expected, or a scalar
// where a list is expected fail in `as_dict()` (AttributeError / TypeError) before
// anything is sent. A missing required field is a TypeError too, but only in SDK
// releases that made it required (EndpointCoreConfigInput.name since 0.71.0,
// checked in the SDK's history): a warning.
// Scalar types (an int where a str is declared) are passed through unchecked by the
// SDK, and whether the API coerces them is unconfirmed: not judged here.



/** The problems of one ServingEndpointsAPI call's arguments (the map `argumentsMap` built). */
function sdkCallProblems(root, method) {
    const spec = (0,sdk_data/* sdkMethod */.Eq)(method);
    if (!spec)
        return [];
    const out = [];
    checkFields(root, spec.params, `serving_endpoints.${method}(...)`, out, false);
    return out;
}
function checkFields(map, fields, where, out, versioned) {
    for (const e of map.entries) {
        const field = Object.hasOwn(fields, e.key.value) ? fields[e.key.value] : undefined;
        if (!field) {
            const near = (0,did_you_mean/* closest */.k)(e.key.value, Object.keys(fields));
            out.push({ id: "sdkUnknownKeyword", at: e.key, data: { key: e.key.value, where, hint: near.length ? ` (did you mean "${near[0]}"?)` : "" } });
            continue;
        }
        checkValue(e.value, field, `${where.replace(/\(\.\.\.\)$/, "")}(${e.key.value}=...)`, out);
    }
    if ((0,located/* isPartial */.mt)(map))
        return;
    const given = new Set(map.entries.map((e) => e.key.value));
    for (const [name, field] of Object.entries(fields)) {
        if (field.required && !given.has(name))
            out.push({ id: "sdkMissingField", at: map.span, data: { key: name, where }, warning: versioned });
    }
}
function checkValue(node, field, where, out) {
    if (node.kind === "unknown" || (node.kind === "scalar" && node.value === null && !node.enumMember))
        return; // None is every field's default
    if (field.list) {
        if (node.kind !== "seq")
            return void out.push({ id: "sdkNotList", at: node.span, data: { where, found: kindOf(node) } });
        for (const item of node.items)
            checkValue(item, { ...field, list: false }, where, out);
        return;
    }
    if (field.map) {
        if (node.kind !== "map" || node.sdkClass)
            return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: "a dict", found: kindOf(node) } });
        for (const e of node.entries)
            checkValue(e.value, { ...field, map: false }, where, out);
        return;
    }
    if (field.class) {
        if (node.kind === "map" && node.sdkClass === undefined)
            return void out.push({ id: "sdkPlainDict", at: node.span, data: { where, cls: field.class } });
        if (node.kind === "map" && node.sdkClass === field.class)
            return checkFields(node, (0,sdk_data/* sdkClass */.pu)(field.class) ?? {}, `${field.class}(...)`, out, true);
        if (node.kind !== "map")
            out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `${field.class}(...)`, found: kindOf(node) } });
        return; // another dataclass: its as_dict() runs; whether the API takes the shape is not the SDK's to say
    }
    if (field.enum)
        return checkEnum(node, field.enum, where, out);
    if (field.type !== "any" && node.kind !== "scalar")
        out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${field.type}`, found: kindOf(node) } });
}
function checkEnum(node, enumName, where, out) {
    const members = (0,sdk_data/* sdkEnumMembers */.rr)(enumName) ?? {};
    if (node.kind !== "scalar")
        return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${enumName} member`, found: kindOf(node) } });
    const named = node.enumMember;
    if (named) {
        // A member of another enum still has a .value; only a member the enum lacks fails (AttributeError).
        if (named.enum === enumName && node.value === null) {
            const same = Object.keys(members).find((m) => m.toLowerCase() === named.member.toLowerCase());
            const hint = same ? ` (did you mean ${enumName}.${same}?)` : `; members: ${Object.keys(members).join(", ")}`;
            out.push({ id: "sdkBadMember", at: node.span, data: { enumName, member: named.member, hint } });
        }
        return;
    }
    if (typeof node.value !== "string")
        return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${enumName} member`, found: kindOf(node) } });
    const member = Object.entries(members).find(([, v]) => v.toLowerCase() === node.value.toString().toLowerCase())?.[0];
    out.push({ id: "sdkPlainString", at: node.span, data: { where, value: node.value, enumName, use: member ? `${enumName}.${member}` : `a ${enumName} member` } });
}
function kindOf(node) {
    if (node.kind === "map")
        return node.sdkClass ? `${node.sdkClass}(...)` : "a dict";
    if (node.kind === "seq")
        return "a list";
    if (node.kind === "unknown")
        return "a value known at run time";
    const v = node.value;
    return typeof v === "string" ? `the string "${v}"` : v === null ? "None" : `${typeof v === "boolean" ? (v ? "True" : "False") : v}`;
}

;// CONCATENATED MODULE: ./rules/schema.ts









const schema_messages = {
    unknownKey: "unknown key \"{key}\" in {where}{hint}",
    missingKey: "{where} is missing required key \"{key}\"",
    wrongType: "{where} should be {expected}, found {actual}",
    badValue: "{where} is \"{value}\"{hint}",
    wrongVersion: "version must be 1, found {value}",
    badDuration: "{where} \"{value}\" is not a duration like 45m or 1h30m",
    unknownResourceType: "unknown bundle resource type \"{key}\"{hint}; its resources are not deployed",
    pathEscapesRoot: "model.code path \"{path}\" is outside the repository",
    pathMissing: "model.code path \"{path}\" does not exist",
    sdkUnknownKeyword: "{where} has no argument \"{key}\"{hint}; the call raises TypeError",
    sdkMissingField: "{where} is missing required argument \"{key}\" (required in current databricks-sdk releases, which raise a TypeError without it)",
    sdkPlainDict: "{where} takes {cls}(...), found a dict; the SDK calls .as_dict() on it (AttributeError)",
    sdkNotList: "{where} takes a list, found {found}",
    sdkPlainString: "{where} takes {use}, found the plain string \"{value}\"; the SDK reads its .value (AttributeError)",
    sdkBadMember: "{enumName} has no member {member}{hint}",
    sdkWrongType: "{where} takes {expected}, found {found}",
};
/* harmony default export */ const schema = ((0,define_rule/* defineRule */.Km)({
    id: "schema",
    defaultSeverity: "error",
    summary: "serving.yaml, bundle endpoint blocks and endpoint configs built in Python match their schema: known keys, types, enums, required fields",
    fixable: "never",
    messages: schema_messages,
    check(facts, _ctx, report) {
        for (const s of facts.servingFiles) {
            if (s.root)
                validate(s.root, [], "serving", report);
            for (const p of s.codePaths) {
                if (p.escapesRoot)
                    report("pathEscapesRoot", p, { path: p.value });
                else if (!(0,external_node_fs_.existsSync)(p.absPath))
                    report("pathMissing", p, { path: p.value });
            }
        }
        for (const b of facts.bundleFiles) {
            for (const key of b.unknownResourceTypes) {
                report("unknownResourceType", key, { key: key.value, hint: (0,did_you_mean/* didYouMean */.a)(key.value, bundle/* BUNDLE_RESOURCE_TYPES */.wx) });
            }
            for (const ep of b.endpoints) {
                const prefix = [...(ep.target === undefined ? [] : ["targets", ep.target]), "resources", "model_serving_endpoints", ep.key ?? ""];
                validate(ep.node, prefix, "bundle", report, { override: ep.target !== undefined });
            }
        }
        for (const config of facts.python?.endpointConfigs ?? [])
            checkPython(config, report);
    },
}));
/** A config built in Python: the SDK's own definitions for its dataclasses and methods. */
function checkPython(config, reportAt) {
    const report = (0,define_rule/* reportNaming */.Rb)(config.endpoint.sentBy, reportAt);
    if (config.shape.kind === "sdk-method") {
        for (const p of sdkCallProblems(config.root, config.shape.method)) {
            report(p.id, p.at, p.data, p.warning ? { severity: "warning" } : {});
        }
    }
    else if (config.shape.kind === "rest") {
        const shape = config.shape;
        const accept = (err, node, segments) => acceptedInPython(err, node) ||
            (err.keyword === "additionalProperties" && (0,sdk_data/* sdkFieldAt */.U3)(shape.body, [...segments, String(err.params.additionalProperty)]) !== undefined) ||
            (err.keyword === "enum" && node.kind === "scalar" && (0,sdk_data/* sdkEnumHas */.AE)((0,sdk_data/* sdkFieldAt */.U3)(shape.body, segments)?.enum ?? "", String(node.value))) ||
            (segments.length === 0 && err.keyword === "additionalProperties" && (shape.dropped ?? []).includes(String(err.params.additionalProperty))) ||
            (segments.length === 0 && err.keyword === "required" && shape.nameElsewhere === true && err.params.missingProperty === "name");
        validate(config.root, [shape.argument], shape.body, report, { accept });
    }
    else {
        // agents.deploy(scale_to_zero=...) becomes the entity's scale_to_zero_enabled, a boolean in the API.
        const flag = (0,located/* entry */.f_)(config.root, "scale_to_zero")?.value;
        if (flag?.kind === "scalar" && flag.value !== null && typeof flag.value !== "boolean") {
            report("wrongType", flag, { where: "agents.deploy(scale_to_zero=...)", expected: "True or False", actual: schema_kindOf(flag) });
        }
    }
}
/**
 * A Python body is sent as JSON, as written. What only run time knows is not judged, nor a
 * key a spread may supply; and whether the API coerces a scalar of another type (an int where
 * a string is declared) is unconfirmed, so only shapes (a dict or list where a scalar belongs,
 * or the reverse), unknown keys, enums and required keys are judged.
 */
function acceptedInPython(err, node) {
    if (node.kind === "unknown")
        return true;
    if (err.keyword === "required")
        return (0,located/* isPartial */.mt)(node);
    if (err.keyword !== "type")
        return false;
    const expected = String(err.params.type).split(",");
    const scalarExpected = expected.some((t) => ["string", "integer", "number", "boolean"].includes(t));
    return node.kind === "scalar" && scalarExpected;
}
const BUNDLE = bundle/* BUNDLE_ENDPOINT_SCHEMA */.ZV;
/** The same schema rooted at one of its definitions (a REST body that is a part of the endpoint). */
const partOf = (definition) => ({ ...BUNDLE, $ref: `#/definitions/${definition}` });
const TARGETS = {
    serving: { validator: serving_validators/* validateServingFile */.Lk, schema: serving_schema_namespaceObject },
    // Derived from the Databricks CLI's bundle schema (scripts/gen-bundle-schema.mjs).
    bundle: { validator: serving_validators/* validateBundleEndpoint */.SL, schema: BUNDLE },
    // REST bodies built in Python (mlflow.deployments, requests, api_client.do): the API's JSON is the bundle's.
    create: { validator: serving_validators/* validateBundleEndpoint */.SL, schema: BUNDLE },
    config: { validator: serving_validators/* validateEndpointCoreConfig */.xZ, schema: partOf("serving.EndpointCoreConfigInput") },
    "ai-gateway": { validator: serving_validators/* validateAiGateway */.xw, schema: partOf("serving.AiGatewayConfig") },
};
function validate(root, prefix, kind, report, opts = {}) {
    const { validator, schema } = TARGETS[kind];
    if (validator((0,located/* toPlain */.Ul)(root)))
        return;
    const seen = new Set();
    for (const err of validator.errors ?? []) {
        if (err.keyword === "oneOf" || err.keyword === "if")
            continue;
        const segments = err.instancePath.split("/").slice(1).map(unescapePointer);
        const target = (0,located/* atPath */.Z$)(root, segments);
        if (!target)
            continue;
        if (kind === "bundle" && acceptedByBundleLoader(err, target.node))
            continue;
        if (opts.override && err.keyword === "required")
            continue;
        if (opts.accept?.(err, target.node, segments))
            continue;
        const where = describe([...prefix, ...segments]);
        const dedupeKey = `${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;
        if (seen.has(dedupeKey))
            continue;
        seen.add(dedupeKey);
        reportError(err, target, where, report, schema, segments);
    }
}
/**
 * What the Databricks CLI accepts although the schema's types say otherwise.
 * A `${...}` value is unknown until deploy: a check of its content (type, enum,
 * pattern) stays silent, while checks of keys (unknown, required) stay on. And
 * the CLI's loader converts scalars (libs/dyn/convert/normalize.go): any scalar
 * into a string field, integer strings into int fields, numeric strings into
 * number fields, yes/no/on/off strings into booleans.
 */
function acceptedByBundleLoader(err, node) {
    if (err.keyword === "additionalProperties" || err.keyword === "required")
        return false;
    if (node.kind === "unknown")
        return true; // an alias we did not expand
    if (node.kind !== "scalar")
        return false;
    const v = node.value;
    if (typeof v === "string" && v.includes("${"))
        return true;
    if (err.keyword !== "type" || v === null)
        return false;
    const expected = String(err.params.type).split(",");
    if (expected.includes("string"))
        return true;
    if (typeof v !== "string")
        return expected.includes("number") && typeof v === "number";
    if (expected.includes("integer") && /^[+-]?\d+$/.test(v))
        return true;
    if (expected.includes("number") && v.trim() !== "" && Number.isFinite(Number(v)))
        return true;
    return expected.includes("boolean") && YAML_BOOLEANS.has(v);
}
const YAML_BOOLEANS = new Set(["true", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "false", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]);
function reportError(err, target, where, report, schema, segments) {
    const { node } = target;
    const anchor = target.key ?? node;
    switch (err.keyword) {
        case "additionalProperties": {
            const key = String(err.params.additionalProperty);
            const keyAt = (0,located/* entry */.f_)(node, key)?.key;
            report("unknownKey", keyAt ?? anchor, { key, where, hint: (0,did_you_mean/* didYouMean */.a)(key, allowedKeys(schema, segments)) });
            return;
        }
        case "required":
            report("missingKey", anchor, { key: String(err.params.missingProperty), where });
            return;
        case "type":
            report("wrongType", node, { where, expected: article(String(err.params.type)), actual: schema_kindOf(node) });
            return;
        case "enum": {
            const allowed = err.params.allowedValues.map(String);
            const value = node.kind === "scalar" ? String(node.value) : schema_kindOf(node);
            const sameCase = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
            const hint = sameCase ? ` (did you mean "${sameCase}"?)` : `, expected one of ${allowed.join(", ")}`;
            report("badValue", node, { where, value, hint });
            return;
        }
        case "const":
            report("wrongVersion", node, { value: node.kind === "scalar" ? JSON.stringify(node.value) : schema_kindOf(node) });
            return;
        case "pattern":
            report("badDuration", node, { where, value: node.kind === "scalar" ? String(node.value) : "" });
            return;
        default:
            report("wrongType", node, { where, expected: err.message ?? "valid", actual: schema_kindOf(node) });
    }
}
function deref(schema, node) {
    const ref = node?.$ref;
    return ref ? schema.definitions[ref.replace("#/definitions/", "")] : node;
}
/** The property names the schema allows at an instance path. */
function allowedKeys(schema, segments) {
    let node = deref(schema, schema);
    for (const seg of segments) {
        if (!node)
            return [];
        const next = /^\d+$/.test(seg) && node.items ? node.items : node.properties?.[seg] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
        node = deref(schema, next);
    }
    return Object.keys(node?.properties ?? {});
}
function unescapePointer(s) {
    return s.replace(/~1/g, "/").replace(/~0/g, "~");
}
/** `endpoint.served_entities[0].workload_size` */
function describe(segments) {
    if (segments.length === 0)
        return "the file";
    return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}
function schema_kindOf(node) {
    if (node.kind === "map")
        return "a mapping";
    if (node.kind === "seq")
        return "a list";
    if (node.kind === "unknown")
        return "an alias";
    const v = node.value;
    return v === null ? "nothing" : typeof v === "string" ? `the string "${v}"` : `${typeof v} ${String(v)}`;
}
function article(types) {
    return types
        .split(",")
        .map((t) => ({ object: "a mapping", array: "a list", string: "a string", integer: "an integer", number: "a number", boolean: "true or false" })[t] ?? t)
        .join(" or ");
}

;// CONCATENATED MODULE: ./rules/secrets-in-env.ts



// Never put a value into a message or a fix: findings name the key and the kind
// of secret only, and ask the formatters to mask the value in code frames.
const secrets_in_env_messages = {
    literalEnv: "environment variable \"{key}\" holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
    literalField: "{field} holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
    plaintextField: "{field} sends a plaintext secret; store it in a secret scope and use {twin}: \"{{secrets/<scope>/<key>}}\" instead",
    malformedRef: "{where} is a malformed secret reference; write it as {expected}",
    runtimeSecret: "{where} is set from {source}, which puts the secret's plain text in the endpoint config; store it in a secret scope and write {{secrets/<scope>/<key>}}",
};
/** Value shapes of well-known credentials, most specific first. */
const VALUE_SHAPES = [
    [/-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/, "PEM private key"],
    [/\bdapi[0-9a-f]{32}(?:-\d+)?\b/, "Databricks token"],
    [/\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}/, "Anthropic API key"],
    [/\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}/, "OpenAI API key"],
    [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/, "GitHub token"],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, "AWS access key id"],
    [/\bxox[abposr]-[0-9]+-[A-Za-z0-9-]{8,}/, "Slack token"],
    [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "JSON Web Token"],
];
/** Name words that make a variable a credential when they end its name. */
const SECRET_WORDS = new Set(["TOKEN", "KEY", "APIKEY", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "CREDENTIALS", "PRIVATE", "PAT"]);
/** `<word>_KEY` names that are identifiers, not credentials (cache keys, S3 object keys). */
const NON_SECRET_KEY_OWNERS = new Set(["CACHE", "PARTITION", "SORT", "PRIMARY", "FOREIGN", "OBJECT", "S3", "BUCKET", "ROUTING", "IDEMPOTENCY", "DEDUP", "DEDUPE", "HASH", "SHARD", "LOOKUP", "PUBLIC", "GROUP", "INDEX", "ROW", "JOIN", "COLUMN", "FEATURE", "ENTITY", "TABLE", "TOPIC", "MESSAGE", "EVENT", "LABEL", "METADATA", "TRACE", "REQUEST", "USER", "DOCUMENT", "DOC", "ID", "PRIMARY", "UNIQUE", "SEARCH", "VECTOR", "EMBEDDING"]);
/** Fields of external-model configs that take a secret reference (each has a *_plaintext twin). */
const SECRET_FIELD = /(?:^|_)api_key$|secret|^private_key$|^databricks_api_token$|^aws_access_key_id$/;
const PART = String.raw `(?:\$\{[^{}]*\}|[^/{}\s])+`;
const SECRET_REF = new RegExp(String.raw `^\{\{secrets/${PART}/${PART}\}\}$`);
/** Something written as a reference: `{{secret/…}}`, `{{ secrets/a }}`, `${{secrets/a/b}}`. */
const REF_ATTEMPT = /^\$?\{\{\s*secrets?\s*[/.:]/i;
/* harmony default export */ const secrets_in_env = ((0,define_rule/* defineRule */.Km)({
    id: "secrets-in-env",
    defaultSeverity: "error",
    summary: "Environment variables and external-model keys hold {{secrets/scope/key}} references, never literal secrets",
    fixable: "sometimes",
    messages: secrets_in_env_messages,
    check(facts, _ctx, reportAt) {
        for (const ep of facts.endpoints) {
            const report = (0,define_rule/* reportNaming */.Rb)(ep.sentBy, reportAt);
            for (const e of ep.servedEntities) {
                const env = (0,located/* getMap */.ZB)(e.node, "environment_vars");
                for (const { key, value } of env?.entries ?? [])
                    checkEnv(key, value, report);
                if (e.externalModel)
                    checkExternal(e.externalModel, report);
            }
        }
    },
}));
function checkEnv(key, node, report) {
    if (node.kind === "unknown") {
        // A secret-scope read is a secret whatever the variable is called.
        if (nameLooksSecret(key.value) || node.what === "secret-read")
            runtime(node, `environment variable "${key.value}"`, report);
        return;
    }
    const v = (0,located/* str */.gx)(node);
    if (!v || v.value.includes("${") && !v.value.includes("{{"))
        return; // a bundle variable: unknown until deploy
    if (isReference(v.value))
        return;
    if (REF_ATTEMPT.test(v.value))
        return malformed(v, `environment variable "${key.value}"`, report);
    const kind = valueKind(v.value) ?? (nameLooksSecret(key.value) && mayBeSecret(v.value) ? "secret" : undefined);
    if (kind)
        report("literalEnv", v, { key: key.value, kind }, { redact: [v.span] });
}
function checkExternal(ext, report) {
    for (const cfg of ext.entries) {
        if (!cfg.key.value.endsWith("_config") || !(0,located/* isMap */.jh)(cfg.value))
            continue;
        const fields = cfg.value.entries.map((x) => [`${cfg.key.value}.${x.key.value}`, x.value]);
        for (const sub of ["api_key_auth", "bearer_token_auth"]) {
            const m = (0,located/* getMap */.ZB)(cfg.value, sub);
            for (const x of m?.entries ?? [])
                fields.push([`${cfg.key.value}.${sub}.${x.key.value}`, x.value]);
        }
        for (const [field, node] of fields) {
            const leaf = field.slice(field.lastIndexOf(".") + 1);
            const isSecretField = SECRET_FIELD.test(leaf) || field.endsWith("api_key_auth.value") || field.endsWith("bearer_token_auth.token");
            if (node.kind === "unknown") {
                if (isSecretField || leaf.endsWith("_plaintext"))
                    runtime(node, `external_model.${field}`, report);
                continue;
            }
            const v = (0,located/* str */.gx)(node);
            if (!v || v.value.includes("${") && !v.value.includes("{{"))
                continue;
            if (leaf.endsWith("_plaintext")) {
                report("plaintextField", v, { field: `external_model.${field}`, twin: leaf.slice(0, -"_plaintext".length) }, { redact: [v.span] });
                continue;
            }
            if (isReference(v.value))
                continue;
            if (REF_ATTEMPT.test(v.value)) {
                malformed(v, `external_model.${field}`, report);
                continue;
            }
            const kind = valueKind(v.value) ?? (isSecretField ? "secret" : undefined);
            if (kind)
                report("literalField", v, { field: `external_model.${field}`, kind }, { redact: [v.span] });
        }
    }
}
/**
 * A Python value computed at run time where a secret belongs: certain to be plain text when it is
 * a secret-scope read, an environment read, or a string whose written parts are no reference
 * (`f"Bearer {token}"`). A name whose value we do not know may hold a reference: silent.
 */
function runtime(node, where, report) {
    const source = RUNTIME_SOURCES[node.what ?? "value"];
    if (!source)
        return;
    if (node.what === "template" && templateMayBeReference(node.parts ?? []))
        return;
    report("runtimeSecret", node, { where, source }, { redact: [node.span] });
}
const RUNTIME_SOURCES = {
    "secret-read": "a secret-scope read (dbutils.secrets.get)",
    "env-read": "an environment variable read",
    template: "a string built at run time",
};
/** `f"{{{{secrets/{scope}/{key}}}}}"` is a reference whatever fills the holes. */
function templateMayBeReference(parts) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    const start = first === null || first === undefined || /^\{\{\s*secrets?/.test(first) || "{{secrets/".startsWith(first);
    const end = last === null || last === undefined || last.endsWith("}}");
    return start && end;
}
function isReference(value) {
    return SECRET_REF.test(value);
}
function malformed(v, where, report) {
    // Rebuild {{secrets/<scope>/<key>}} from the parts when they are plain names.
    const sep = /^\$?\{\{\s*secrets?\s*([/.:])/i.exec(v.value)?.[1];
    const body = v.value.replace(/^\$?\{\{\s*secrets?\s*[/.:]\s*/i, "").replace(/\s*\}\}$/, "");
    // Split on the separator the reference starts with, so a ${var.x} part keeps its dot.
    const parts = body.split(sep === "/" ? "/" : /[.:]/).map((p) => p.trim());
    const plain = parts.length === 2 && parts.every((p) => /^[\w.${}-]{1,64}$/.test(p) && !valueKind(p));
    const expected = plain ? `{{secrets/${parts[0]}/${parts[1]}}}` : "{{secrets/<scope>/<key>}}";
    const edit = plain ? replaceInValue(v, expected) : undefined;
    report("malformedRef", v, { where, expected: plain ? `"${expected}"` : expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
}
function valueKind(value) {
    return VALUE_SHAPES.find(([re]) => re.test(value))?.[1];
}
/** `OPENAI_API_KEY`, `dbToken`, `DB_PASSWORD`: a credential word ends the name. */
function nameLooksSecret(name) {
    const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[_\-.\s]+/).filter(Boolean);
    const last = words[words.length - 1];
    if (!last || !SECRET_WORDS.has(last))
        return false;
    return !(last === "KEY" && words.length > 1 && NON_SECRET_KEY_OWNERS.has(words[words.length - 2]));
}
/** Values no one keeps as a secret: numbers, booleans, URLs, paths, prose, very short words. */
function mayBeSecret(value) {
    const v = value.trim();
    if (v.length < 6)
        return false;
    if (/^[-+]?\d+(\.\d+)?$/.test(v) || /^(true|false|yes|no|none|null)$/i.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v))
        return false; // URL without credentials
    if (/^(\/|\.\.?\/|~\/)/.test(v) || /\s/.test(v))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./rules/served-entities.ts




const MAX_ENTITIES = 10;
const MAX_ENV_VARS = 30;
const MAX_ENDPOINT_NAME = 63;
const SIZES = ["Small", "Medium", "Large"];
const EXTERNAL_EXCLUSIVE = ["entity_name", "entity_version", "workload_size", "workload_type", "scale_to_zero_enabled"];
const CONCURRENCY = ["min_provisioned_concurrency", "max_provisioned_concurrency"];
const THROUGHPUT = ["min_provisioned_throughput", "max_provisioned_throughput", "provisioned_model_units"];
const served_entities_messages = {
    badEndpointName: "endpoint name \"{name}\" may use only letters, digits, - and _",
    longEndpointName: "endpoint name \"{name}\" is {length} characters long; keep it to {max}",
    reservedEndpointName: "endpoint name \"{name}\" starts with \"databricks-\", which is reserved for Databricks-managed endpoints",
    badEntityName: "served entity name \"{name}\" may use only letters, digits, - and _",
    duplicateName: "served entity name \"{name}\" is used twice in this endpoint{how}",
    tooManyEntities: "endpoint serves {count} entities; at most {max} are allowed",
    bothLists: "endpoint has both served_entities and served_models; keep served_entities",
    missingVersion: "served entity \"{entity}\" has no entity_version; a registered model is served at a version",
    sizeAndConcurrency: "workload_size and {field} are alternatives; set one of them",
    sizeAndThroughput: "workload_size does not apply to a provisioned-throughput entity ({field})",
    minAboveMax: "{min} ({low}) is greater than {max} ({high})",
    sizeCase: "workload_size \"{value}\" is spelled \"{expected}\"",
    externalExclusive: "{field} cannot be combined with external_model",
    mixedTasks: "external model task \"{task}\" differs from \"{first}\"; all external models of an endpoint share one task",
    tooManyEnvVars: "served entity has {count} environment variables; at most {max} are allowed",
};
/* harmony default export */ const served_entities = ((0,define_rule/* defineRule */.Km)({
    id: "served-entities",
    defaultSeverity: "error",
    summary: "Endpoint and served-entity names, sizes and types are valid and not contradictory; unique names; at most 10 entities",
    fixable: "sometimes",
    messages: served_entities_messages,
    check(facts, _ctx, reportAt) {
        for (const ep of facts.endpoints) {
            const report = (0,define_rule/* reportNaming */.Rb)(ep.sentBy, reportAt);
            checkEndpointName(ep, report);
            const config = ep.config;
            const both = (0,located/* entry */.f_)(config, "served_entities") && (0,located/* entry */.f_)(config, "served_models");
            if (both)
                report("bothLists", (0,located/* entry */.f_)(config, "served_models").key);
            if (ep.servedEntities.length > MAX_ENTITIES) {
                report("tooManyEntities", ep.servedEntities[MAX_ENTITIES].node, { count: ep.servedEntities.length, max: MAX_ENTITIES });
            }
            checkUniqueNames(ep.servedEntities, report);
            let firstTask;
            for (const e of ep.servedEntities) {
                checkEntity(e, report);
                const task = (0,located/* str */.gx)((0,located/* get */.Jt)(e.externalModel, "task"));
                if (!task || (0,located/* hasVariable */.$u)((0,located/* get */.Jt)(e.externalModel, "task")))
                    continue;
                if (!firstTask)
                    firstTask = task;
                else if (task.value !== firstTask.value)
                    report("mixedTasks", task, { task: task.value, first: firstTask.value });
            }
        }
    },
}));
/** The literal parts of a name that holds `${...}` must still be valid characters. */
function validNameChars(value) {
    const literal = (0,located/* maskVariables */.at)(value);
    return literal === "" || fm_names/* ENDPOINT_NAME_CHARS */._K.test(literal);
}
function checkEndpointName(ep, report) {
    const name = (0,located/* str */.gx)(ep.name);
    if (!name)
        return;
    const variable = (0,located/* containsVariable */.wJ)(name.value);
    if (!validNameChars(name.value))
        report("badEndpointName", name, { name: name.value });
    else if (!variable && name.value.length > MAX_ENDPOINT_NAME) {
        report("longEndpointName", name, { name: name.value, length: name.value.length, max: MAX_ENDPOINT_NAME }, { severity: "warning" });
    }
    if (name.value.toLowerCase().startsWith(fm_names/* FM_PREFIX */.v7))
        report("reservedEndpointName", name, { name: name.value }, { severity: "warning" });
}
/**
 * Two entities clash when their names are certainly equal: two explicit names,
 * two omitted names of the same model version, or an explicit name equal to
 * the only default another entity can get. (The default of a UC model is
 * unconfirmed, so a name matching one of its two candidates proves nothing.)
 */
function checkUniqueNames(entities, report) {
    const seen = new Map();
    for (const e of entities) {
        // Names are compared as written: the same text with the same ${...} resolves the same.
        if (e.name) {
            const prior = seen.get(e.name.value);
            if (prior)
                report("duplicateName", e.name, { name: e.name.value, how: prior === "default" ? " (an earlier entity gets it by default)" : "" });
            seen.set(e.name.value, "explicit");
        }
        else if (e.defaultNames.length > 0) {
            const key = e.defaultNames.join("\n");
            const certain = e.defaultNames.length === 1 ? e.defaultNames[0] : undefined;
            const clash = seen.get(key) ?? (certain !== undefined && seen.get(certain) === "explicit" ? "explicit" : undefined);
            if (clash) {
                const at = e.entityName ?? (0,located/* str */.gx)((0,located/* get */.Jt)(e.externalModel, "name"));
                if (at)
                    report("duplicateName", at, { name: certain ?? e.defaultNames[0], how: " (the default name, as name is omitted)" });
            }
            seen.set(key, "default");
            if (certain !== undefined && !seen.has(certain))
                seen.set(certain, "default");
        }
    }
}
function checkEntity(e, report) {
    const n = e.node;
    if (e.name && !validNameChars(e.name.value)) {
        report("badEntityName", e.name, { name: e.name.value });
    }
    const env = (0,located/* getMap */.ZB)(n, "environment_vars");
    if (env && env.entries.length > MAX_ENV_VARS) {
        report("tooManyEnvVars", (0,located/* entry */.f_)(n, "environment_vars").key, { count: env.entries.length, max: MAX_ENV_VARS });
    }
    if (e.externalModel) {
        for (const field of EXTERNAL_EXCLUSIVE) {
            const k = (0,located/* entry */.f_)(n, field)?.key;
            if (k)
                report("externalExclusive", k, { field });
        }
        return;
    }
    // entity_version: certain only for a workspace-registry model (no dots) and system.ai models;
    // catalog.schema.name may be a FEATURE_SPEC function, which has no version. A ${...} may
    // hold dots, so with one only a literal system.ai. prefix decides.
    if (!e.legacy && e.entityName && !e.entityVersion && (0,located/* get */.Jt)(n, "entity_version") === undefined && !(0,located/* isPartial */.mt)(n)) {
        const v = e.entityName.value;
        const registryModel = !(0,located/* containsVariable */.wJ)(v) && !v.includes(".");
        if (registryModel || v.startsWith("system.ai."))
            report("missingVersion", e.entityName, { entity: v });
    }
    const size = (0,located/* str */.gx)((0,located/* get */.Jt)(n, "workload_size"));
    if (size && !(0,located/* hasVariable */.$u)((0,located/* get */.Jt)(n, "workload_size"))) {
        const expected = SIZES.find((s) => s.toLowerCase() === size.value.toLowerCase());
        if (expected && expected !== size.value) {
            const edit = replaceInValue(size, expected);
            report("sizeCase", size, { value: size.value, expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
        }
    }
    const sizeKey = (0,located/* entry */.f_)(n, "workload_size")?.key;
    if (sizeKey) {
        for (const field of CONCURRENCY)
            if ((0,located/* entry */.f_)(n, field))
                report("sizeAndConcurrency", (0,located/* entry */.f_)(n, field).key, { field });
        for (const field of THROUGHPUT)
            if ((0,located/* entry */.f_)(n, field))
                report("sizeAndThroughput", (0,located/* entry */.f_)(n, field).key, { field });
    }
    for (const [min, max] of [CONCURRENCY, THROUGHPUT.slice(0, 2)]) {
        const low = (0,located/* num */.bu)((0,located/* get */.Jt)(n, min));
        const high = (0,located/* num */.bu)((0,located/* get */.Jt)(n, max));
        if (low && high && low.value > high.value)
            report("minAboveMax", low, { min, max, low: low.value, high: high.value });
    }
}

;// CONCATENATED MODULE: ./rules/traffic-config.ts


/* harmony default export */ const traffic_config = ((0,define_rule/* defineRule */.Km)({
    id: "traffic-config",
    defaultSeverity: "error",
    summary: "Traffic routes name served entities of the endpoint, with integer percentages summing to 100",
    fixable: "never",
    messages: {
        unknownEntity: "route names \"{name}\", which is not a served entity of this endpoint{hint}",
        missingName: "route names no served entity (served_entity_name or served_model_name)",
        notInteger: "traffic_percentage {value} is not a whole number",
        outOfRange: "traffic_percentage {value} is outside 0..100",
        badSum: "traffic percentages sum to {sum}, not 100",
        missingTraffic: "{count} served entities need a traffic_config saying how to split requests",
        duplicateRoute: "\"{name}\" has more than one route",
    },
    check(facts, _ctx, reportAt) {
        for (const ep of facts.endpoints) {
            const report = (0,define_rule/* reportNaming */.Rb)(ep.sentBy, reportAt);
            const traffic = ep.trafficConfig;
            if (!traffic) {
                // A target's override may leave traffic_config to the top-level resource it is merged onto;
                // a Python config with a spread may hold it; a partial update leaves it to the live endpoint.
                if (ep.servedEntities.length > 1 && ep.target === undefined && !ep.partial && !(0,located/* isPartial */.mt)(ep.config)) {
                    report("missingTraffic", ep.servedEntitiesNode ?? ep.node, { count: ep.servedEntities.length });
                }
                continue;
            }
            const routesNode = (0,located/* get */.Jt)(traffic, "routes");
            if (!(0,located/* isSeq */.oP)(routesNode))
                continue;
            const names = new Set();
            // A route matches an entity name written the same way (variables included). An entity
            // name that holds a ${...} may become any name: then a route naming no entity is not judged.
            // Sums and duplicate routes stay on.
            const list = ep.servedEntitiesNode;
            // A partial update (Python) keeps the live endpoint's entities, which routes may name.
            let namesKnown = !ep.partial && (list === undefined || ((0,located/* isSeq */.oP)(list) && !(0,located/* isPartial */.mt)(list) && list.items.every((i) => i.kind === "map")));
            for (const e of ep.servedEntities) {
                if (e.name)
                    names.add(e.name.value);
                else if (e.defaultNames.length)
                    e.defaultNames.forEach((n) => names.add(n));
                else
                    namesKnown = false;
                if (e.name ? (0,located/* containsVariable */.wJ)(e.name.value) : e.defaultNames.some(located/* containsVariable */.wJ))
                    namesKnown = false;
            }
            let sum = 0;
            // A route we cannot read (a Python spread, a value known at run time) may carry any percentage.
            let sumKnown = !(0,located/* isPartial */.mt)(routesNode) && routesNode.items.every((i) => i.kind === "map");
            const routed = new Set();
            for (const route of (0,located/* mapItems */.Z9)(routesNode)) {
                const nameNode = (0,located/* get */.Jt)(route, "served_entity_name") ?? (0,located/* get */.Jt)(route, "served_model_name");
                const name = (0,located/* str */.gx)(nameNode);
                if (!nameNode) {
                    if (!(0,located/* isPartial */.mt)(route))
                        report("missingName", route);
                }
                else if (name) {
                    if (namesKnown && !names.has(name.value) && !(0,located/* containsVariable */.wJ)(name.value)) {
                        const hint = names.size ? ` (served entities: ${[...names].join(", ")})` : "";
                        report("unknownEntity", name, { name: name.value, hint });
                    }
                    if (routed.has(name.value))
                        report("duplicateRoute", name, { name: name.value });
                    routed.add(name.value);
                }
                const pctNode = (0,located/* get */.Jt)(route, "traffic_percentage");
                const pct = (0,located/* num */.bu)(pctNode);
                if (!pct) {
                    sumKnown = false; // missing or not a number: the schema rule reports it
                    continue;
                }
                if (!Number.isInteger(pct.value))
                    report("notInteger", pct, { value: pct.value });
                else if (pct.value < 0 || pct.value > 100)
                    report("outOfRange", pct, { value: pct.value });
                sum += pct.value;
            }
            if (sumKnown && routesNode.items.length > 0 && sum !== 100)
                report("badSum", routesNode, { sum });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/uc-names.ts


const uc_names_messages = {
    wrongParts: "{where} \"{name}\" has {count} {parts}; Unity Catalog names are catalog.schema.name",
    emptyPart: "{where} \"{name}\" has an empty part; Unity Catalog names are catalog.schema.name",
    spaceInPart: "{where} \"{name}\" has a space in \"{part}\"; remove it or quote the part with backticks",
};
const RESOURCE_LISTS = ["vector_search_indexes", "functions", "tables"];
/* harmony default export */ const uc_names = ((0,define_rule/* defineRule */.Km)({
    id: "uc-names",
    defaultSeverity: "error",
    summary: "Unity Catalog names have three parts where Databricks needs them: catalog.schema.name",
    fixable: "never",
    messages: uc_names_messages,
    check(facts, _ctx, report) {
        for (const ep of facts.endpoints) {
            const reportEp = (0,define_rule/* reportNaming */.Rb)(ep.sentBy, report);
            for (const e of ep.servedEntities) {
                const field = e.legacy ? "model_name" : "entity_name";
                // A name without dots is a workspace-registry model: fine.
                if (e.entityName && !e.externalModel && (0,located/* maskVariables */.at)(e.entityName.value).includes(".")) {
                    checkName(e.entityName, field, reportEp);
                }
            }
        }
        for (const s of facts.servingFiles) {
            const resources = (0,located/* getMap */.ZB)(s.model, "resources");
            for (const list of RESOURCE_LISTS) {
                for (const item of (0,located/* getSeq */.Mo)(resources, list)?.items ?? []) {
                    const name = (0,located/* str */.gx)(item);
                    if (!name || name.value.includes("*"))
                        continue; // wildcards: not ours to judge
                    checkName(name, `model.resources.${list}`, report);
                }
            }
            const modelName = (0,located/* get */.Jt)((0,located/* getMap */.ZB)(s.deploy, "parameters"), "model_name");
            const name = (0,located/* str */.gx)(modelName);
            if (name && (0,located/* maskVariables */.at)(name.value).includes("."))
                checkName(name, "deploy.parameters.model_name", report);
        }
    },
}));
/** Splits on dots outside backticks; a backticked part keeps its backticks. */
function ucParts(name) {
    const parts = [];
    let cur = "";
    let quoted = false;
    for (const ch of name) {
        if (ch === "`")
            quoted = !quoted;
        if (ch === "." && !quoted) {
            parts.push(cur);
            cur = "";
        }
        else
            cur += ch;
    }
    if (quoted)
        return undefined; // unbalanced backticks: leave it to Databricks
    parts.push(cur);
    return parts;
}
/** Stands for a `${...}` reference while the literal parts are judged. */
const VAR = "\u0000";
/**
 * A `${...}` reference may hold dots (`${var.catalog}` = "main.agents"): with one,
 * only what the literal parts make certain is reported: more than three parts
 * (a value adds dots, never removes them), an empty part between literal dots,
 * a space in a literal part.
 */
function checkName(name, where, report) {
    const variable = (0,located/* containsVariable */.wJ)(name.value);
    const parts = ucParts((0,located/* maskVariables */.at)(name.value, VAR));
    if (!parts)
        return;
    const data = { where, name: name.value };
    if (variable ? parts.length > 3 : parts.length !== 3) {
        report("wrongParts", name, { ...data, count: parts.length, parts: parts.length === 1 ? "part" : "parts" });
        return;
    }
    const empty = parts.find((p) => p === "" || p === "``");
    if (empty !== undefined)
        return report("emptyPart", name, data);
    const spaced = parts.find((p) => !p.startsWith("`") && /\s/.test(p));
    if (spaced !== undefined)
        report("spaceInPart", name, { ...data, part: spaced.split(VAR).join("${...}") });
}

// EXTERNAL MODULE: ./src/lint/suppress.ts
var suppress = __webpack_require__(8142);
;// CONCATENATED MODULE: ./rules/unused-suppression.ts


// Reported by the suppression pass (src/lint/suppress.ts), which runs after every
// rule; this module carries the metadata, the docs and the severity setting.
/* harmony default export */ const unused_suppression = ((0,define_rule/* defineRule */.Km)({
    id: "unused-suppression",
    defaultSeverity: "warning",
    summary: "Every serving-ci-disable comment names a known rule and suppresses a finding",
    fixable: "never",
    messages: suppress/* SUPPRESSION_MESSAGES */.rv,
    check() { },
}));

;// CONCATENATED MODULE: ./rules/index.ts




















const RULES = [
    agent_interface, declared_resources, fm_endpoint_name, fm_endpoint_retired, missing_requirements, online_deploy_job, online_endpoints,
    online_model_versions, online_resources, online_secrets, output_helpers, parse,
    pinned_requirements, requirement_conflicts, schema, secrets_in_env, served_entities, traffic_config, uc_names, unused_suppression,
];


/***/ }),

/***/ 6562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ isRetired),
  J: () => (/* binding */ loadCatalog)
});

;// CONCATENATED MODULE: ./rules/data/foundation-models.json
const foundation_models_namespaceObject = /*#__PURE__*/JSON.parse('{"QO":"2026-11-27","jO":[{"name":"databricks-gpt-5-5-pro","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-5","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4-mini","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-4-nano","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-2","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-1","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-mini","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-nano","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-oss-120b","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-oss-20b","kind":"chat","provider":"openai","confidence":"high"},{"name":"databricks-gpt-5-3-codex","kind":"code","provider":"openai","note":"listed in 2026-06 docs, missing from 2026-09 workspace listings","confidence":"medium"},{"name":"databricks-gpt-5-2-codex","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-1-codex-max","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-1-codex-mini","kind":"code","provider":"openai","retires":"2026-07-16","confidence":"high"},{"name":"databricks-gpt-5-6-sol","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-5-6-luna","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-5-6-terra","kind":"chat","provider":"openai","confidence":"medium"},{"name":"databricks-gpt-6-sol","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-gpt-6-luna","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-gpt-6-astra","kind":"chat","provider":"openai","confidence":"low"},{"name":"databricks-claude-fable-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-opus-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-opus-5-5","kind":"chat","provider":"anthropic","confidence":"low"},{"name":"databricks-claude-sonnet-5","kind":"chat","provider":"anthropic","confidence":"medium"},{"name":"databricks-claude-sonnet-5-5","kind":"chat","provider":"anthropic","confidence":"low"},{"name":"databricks-claude-opus-4-8","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-7","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-6","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4-1","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4-6","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-sonnet-4","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-haiku-4-5","kind":"chat","provider":"anthropic","confidence":"high"},{"name":"databricks-claude-opus-4","kind":"chat","provider":"anthropic","retired":true,"note":"retirement day not published; successor not published (probably databricks-claude-opus-4-1, unconfirmed)","confidence":"low"},{"name":"databricks-claude-3-7-sonnet","kind":"chat","provider":"anthropic","retires":"2026-04-12","confidence":"high","note":"successor not published (probably databricks-claude-sonnet-4-5, unconfirmed)"},{"name":"databricks-gemini-3-5-flash","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-3-1-flash-lite","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-3-7-flash","kind":"chat","provider":"google","confidence":"low"},{"name":"databricks-gemini-3-8-flash","kind":"chat","provider":"google","confidence":"low"},{"name":"databricks-gemini-3-1-pro","kind":"chat","provider":"google","confidence":"medium"},{"name":"databricks-gemini-3-flash","kind":"chat","provider":"google","confidence":"medium"},{"name":"databricks-gemini-3-pro","kind":"chat","provider":"google","retires":"2026-03-26","redirectUntil":"2026-06-07","successor":"databricks-gemini-3-1-pro","confidence":"high"},{"name":"databricks-gemini-2-5-pro","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemini-2-5-flash","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-gemma-3-12b","kind":"chat","provider":"google","confidence":"high"},{"name":"databricks-llama-4-maverick","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-3-70b-instruct","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-1-8b-instruct","kind":"chat","provider":"meta","confidence":"high"},{"name":"databricks-meta-llama-3-1-405b-instruct","kind":"chat","provider":"meta","retires":"2026-02-15","ptRetires":"2026-05-15","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"high"},{"name":"databricks-meta-llama-3-1-70b-instruct","kind":"chat","provider":"meta","retires":"2024-12-11","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"high"},{"name":"databricks-meta-llama-3-70b-instruct","kind":"chat","provider":"meta","retires":"2024-07-23","successor":"databricks-meta-llama-3-3-70b-instruct","confidence":"medium"},{"name":"databricks-llama-2-70b-chat","kind":"chat","provider":"meta","retired":true,"note":"retirement day unconfirmed (about 2024-10-30); successor not published (probably databricks-meta-llama-3-3-70b-instruct, unconfirmed)","confidence":"medium"},{"name":"databricks-dbrx-instruct","kind":"chat","provider":"databricks","retired":true,"note":"retired about 2025-04 (unconfirmed day); successor not published (probably databricks-meta-llama-3-3-70b-instruct, unconfirmed)","confidence":"medium"},{"name":"databricks-mixtral-8x7b-instruct","kind":"chat","provider":"mistral","retired":true,"successor":"databricks-meta-llama-3-3-70b-instruct","note":"no longer available by 2025-05-06","confidence":"medium"},{"name":"databricks-mpt-30b-instruct","kind":"completion","provider":"databricks","retires":"2024-08-30","confidence":"medium"},{"name":"databricks-mpt-7b-instruct","kind":"completion","provider":"databricks","retired":true,"note":"retired about 2024-08-30 (unconfirmed day)","confidence":"medium"},{"name":"databricks-qwen3-next-80b-a3b-instruct","kind":"chat","provider":"alibaba","confidence":"high"},{"name":"databricks-qwen35-122b-a10b","kind":"chat","provider":"alibaba","confidence":"high"},{"name":"databricks-glm-5-3","kind":"chat","provider":"zhipu","confidence":"medium"},{"name":"databricks-glm-5-3-flash","kind":"chat","provider":"zhipu","confidence":"medium"},{"name":"databricks-glm-5-2","kind":"chat","provider":"zhipu","deprecated":true,"successor":"databricks-glm-5-3","note":"Databricks calls GLM 5.2 legacy","confidence":"medium"},{"name":"databricks-kimi-k3","kind":"chat","provider":"moonshot","confidence":"medium"},{"name":"databricks-inkling","kind":"chat","provider":"thinking-machines","confidence":"low"},{"name":"databricks-deepseek-v4-flash-0731","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-deepseek-v4-1-flash","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-deepseek-v4-pro-0813","kind":"chat","provider":"deepseek","confidence":"low"},{"name":"databricks-grok-4-6","kind":"chat","provider":"xai","confidence":"low"},{"name":"databricks-grok-4-7","kind":"chat","provider":"xai","confidence":"low"},{"name":"databricks-gte-large-en","kind":"embedding","provider":"databricks","confidence":"high"},{"name":"databricks-bge-large-en","kind":"embedding","provider":"databricks","confidence":"high"},{"name":"databricks-qwen3-embedding-0-6b","kind":"embedding","provider":"alibaba","confidence":"high"}]}');
;// CONCATENATED MODULE: ./src/lint/catalog.ts
// The foundation-model endpoint catalog (rules/data/foundation-models.json).

function loadCatalog() {
    const entries = foundation_models_namespaceObject.jO;
    return { compiled: foundation_models_namespaceObject.QO, entries, byName: new Map(entries.map((e) => [e.name, e])) };
}
/** Whether the entry is retired on `today` (a retirement day is the first day it fails). */
function isRetired(entry, today) {
    return entry.retired === true || (entry.retires !== undefined && entry.retires <= today);
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   Rb: () => (/* binding */ reportNaming),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   hw: () => (/* binding */ formatMessage)
/* harmony export */ });
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5769);
// A rule is metadata plus a synchronous check over extracted facts (ESLint's
// meta/create split, typescript-eslint's createRule). It never reads files,
// network or clock: those reach it through `ctx`.

/** Re-exported: rules and the suppression pass read it from here. */

function defineRule(def) {
    return { ...def, docsUrl: `${_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_BASE */ .M0}${def.id}.md` };
}
function spanOf(at) {
    return "file" in at ? at : at.span;
}
/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
function formatMessage(template, data = {}) {
    return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? String(data[k]) : m));
}
/**
 * A report that adds `sender` (the Python call that sends an endpoint config) as a related location
 * to each finding outside that call, so a literal written elsewhere names where it is used.
 */
function reportNaming(sender, report) {
    if (!sender)
        return report;
    return (id, at, data, options) => {
        const span = spanOf(at);
        const inside = span.file === sender.span.file && span.start >= sender.span.start && span.end <= sender.span.end;
        report(id, at, data, inside ? options : { ...options, related: [...(options?.related ?? []), sender] });
    };
}


/***/ }),

/***/ 2584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZV: () => (/* binding */ BUNDLE_ENDPOINT_SCHEMA),
  wx: () => (/* binding */ BUNDLE_RESOURCE_TYPES),
  i5: () => (/* binding */ bundleFileFacts)
});

;// CONCATENATED MODULE: ./rules/data/bundle-schema.json
const bundle_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"AU":["alerts","apps","catalogs","clusters","dashboards","database_catalogs","database_instances","experiments","external_locations","genie_spaces","instance_pools","job_runs","jobs","model_serving_endpoints","models","pipelines","postgres_branches","postgres_catalogs","postgres_databases","postgres_endpoints","postgres_projects","postgres_roles","postgres_synced_tables","quality_monitors","registered_models","schemas","secret_scopes","secrets","sql_warehouses","synced_database_tables","vector_search_endpoints","vector_search_indexes","volumes"],"B5":{"$id":"https://github.com/serving-ci/serving-ci/raw/main/schema/bundle-endpoint.json","$ref":"#/definitions/resources.ModelServingEndpoint","definitions":{"resources.Lifecycle":{"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false},"resources.ModelServingEndpoint":{"type":"object","required":["name"],"properties":{"ai_gateway":{"$ref":"#/definitions/serving.AiGatewayConfig"},"budget_policy_id":{"type":"string"},"config":{"$ref":"#/definitions/serving.EndpointCoreConfigInput"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/serving.EmailNotifications"},"lifecycle":{"$ref":"#/definitions/resources.Lifecycle"},"name":{"type":"string"},"permissions":{"type":"array","items":{"$ref":"#/definitions/resources.ModelServingEndpointPermission"}},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.RateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/serving.EndpointTag"}},"telemetry_config":{"$ref":"#/definitions/serving.TelemetryConfig"}},"additionalProperties":false},"resources.ModelServingEndpointPermission":{"type":"object","required":["level"],"properties":{"group_name":{"type":"string"},"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"service_principal_name":{"type":"string"},"user_name":{"type":"string"}},"additionalProperties":false},"serving.Ai21LabsConfig":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.AiGatewayConfig":{"type":"object","properties":{"fallback_config":{"$ref":"#/definitions/serving.FallbackConfig"},"guardrails":{"$ref":"#/definitions/serving.AiGatewayGuardrails"},"inference_table_config":{"$ref":"#/definitions/serving.AiGatewayInferenceTableConfig"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.AiGatewayRateLimit"}},"usage_tracking_config":{"$ref":"#/definitions/serving.AiGatewayUsageTrackingConfig"}},"additionalProperties":false},"serving.AiGatewayGuardrailParameters":{"type":"object","properties":{"invalid_keywords":{"type":"array","items":{"type":"string"}},"pii":{"$ref":"#/definitions/serving.AiGatewayGuardrailPiiBehavior"},"safety":{"type":"boolean"},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"serving.AiGatewayGuardrailPiiBehavior":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"serving.AiGatewayGuardrails":{"type":"object","properties":{"input":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"},"output":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"}},"additionalProperties":false},"serving.AiGatewayInferenceTableConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"serving.AiGatewayRateLimit":{"type":"object","required":["renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","service_principal","user","user_group"]},"principal":{"type":"string"},"renewal_period":{"type":"string","enum":["minute"]},"tokens":{"type":"integer"}},"additionalProperties":false},"serving.AiGatewayUsageTrackingConfig":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"serving.AmazonBedrockConfig":{"type":"object","required":["aws_region","bedrock_provider"],"properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_region":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"bedrock_provider":{"type":"string","enum":["ai21labs","amazon","anthropic","cohere"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"serving.AnthropicConfig":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.ApiKeyAuth":{"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false},"serving.AutoCaptureConfigInput":{"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"serving.BearerTokenAuth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false},"serving.CohereConfig":{"type":"object","properties":{"cohere_api_base":{"type":"string"},"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.CustomProviderConfig":{"type":"object","required":["custom_provider_url"],"properties":{"api_key_auth":{"$ref":"#/definitions/serving.ApiKeyAuth"},"bearer_token_auth":{"$ref":"#/definitions/serving.BearerTokenAuth"},"custom_provider_url":{"type":"string"}},"additionalProperties":false},"serving.DatabricksModelServingConfig":{"type":"object","required":["databricks_workspace_url"],"properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"serving.EmailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"serving.EndpointCoreConfigInput":{"type":"object","properties":{"auto_capture_config":{"$ref":"#/definitions/serving.AutoCaptureConfigInput"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/serving.ServedEntityInput"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/serving.ServedModelInput"}},"traffic_config":{"$ref":"#/definitions/serving.TrafficConfig"}},"additionalProperties":false},"serving.EndpointTag":{"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false},"serving.ExternalModel":{"type":"object","required":["name","provider","task"],"properties":{"ai21labs_config":{"$ref":"#/definitions/serving.Ai21LabsConfig"},"amazon_bedrock_config":{"$ref":"#/definitions/serving.AmazonBedrockConfig"},"anthropic_config":{"$ref":"#/definitions/serving.AnthropicConfig"},"cohere_config":{"$ref":"#/definitions/serving.CohereConfig"},"custom_provider_config":{"$ref":"#/definitions/serving.CustomProviderConfig"},"databricks_model_serving_config":{"$ref":"#/definitions/serving.DatabricksModelServingConfig"},"google_cloud_vertex_ai_config":{"$ref":"#/definitions/serving.GoogleCloudVertexAiConfig"},"name":{"type":"string"},"openai_config":{"$ref":"#/definitions/serving.OpenAiConfig"},"palm_config":{"$ref":"#/definitions/serving.PaLmConfig"},"provider":{"type":"string","enum":["ai21labs","amazon-bedrock","anthropic","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"task":{"type":"string"}},"additionalProperties":false},"serving.FallbackConfig":{"type":"object","required":["enabled"],"properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"serving.GoogleCloudVertexAiConfig":{"type":"object","required":["project_id","region"],"properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"serving.OpenAiConfig":{"type":"object","properties":{"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"}},"additionalProperties":false},"serving.PaLmConfig":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.RateLimit":{"type":"object","required":["calls","renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user"]},"renewal_period":{"type":"string","enum":["minute"]}},"additionalProperties":false},"serving.Route":{"type":"object","required":["traffic_percentage"],"properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"integer"}},"additionalProperties":false},"serving.ServedEntityInput":{"type":"object","properties":{"burst_scaling_enabled":{"type":"boolean"},"entity_name":{"type":"string"},"entity_version":{"type":"string"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"external_model":{"$ref":"#/definitions/serving.ExternalModel"},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false},"serving.ServedModelInput":{"type":"object","required":["model_name","model_version","scale_to_zero_enabled"],"properties":{"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"model_name":{"type":"string"},"model_version":{"type":"string"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false},"serving.TelemetryConfig":{"type":"object","properties":{"enabled_telemetry_features":{"type":"array","items":{"type":"string","enum":["TELEMETRY_FEATURE_INFERENCE_TABLE","TELEMETRY_FEATURE_LOGS","TELEMETRY_FEATURE_METRICS","TELEMETRY_FEATURE_TRACES"]}},"inference_table_config":{"$ref":"#/definitions/serving.TelemetryInferenceTableConfig"},"table_names":{"$ref":"#/definitions/serving.UnityCatalogTableNames"},"telemetry_profile_id":{"type":"string"}},"additionalProperties":false},"serving.TelemetryInferenceTableConfig":{"type":"object","properties":{"sampling_fraction":{"type":"number"}},"additionalProperties":false},"serving.TrafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/serving.Route"}}},"additionalProperties":false},"serving.UnityCatalogTableNames":{"type":"object","properties":{"annotations_table":{"type":"string"},"logs_table":{"type":"string"},"metrics_table":{"type":"string"},"traces_table":{"type":"string"}},"additionalProperties":false}}}}');
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
// EXTERNAL MODULE: ./src/lint/facts/endpoint.ts
var facts_endpoint = __webpack_require__(9676);
;// CONCATENATED MODULE: ./src/lint/facts/bundle.ts
// Databricks Asset Bundles: databricks.yml and the files it includes. Every
// resources.model_serving_endpoints.<key> (top level or under targets.<t>)
// becomes an EndpointFacts, linted like serving.yaml's endpoint.



/** Resource types of the bundle schema (derived from databricks/cli bundle/schema/jsonschema.json). */
const BUNDLE_RESOURCE_TYPES = bundle_schema_namespaceObject.AU;
/** resources.model_serving_endpoints.<key> as a JSON Schema, derived from the same file. */
const BUNDLE_ENDPOINT_SCHEMA = bundle_schema_namespaceObject.B5;
const RESOURCE_TYPE_SET = new Set(BUNDLE_RESOURCE_TYPES);
function bundleFileFacts(source, root) {
    const facts = { source, root, endpoints: [], unknownResourceTypes: [] };
    const resourceBlocks = [];
    const top = (0,located/* getMap */.ZB)(root, "resources");
    if (top)
        resourceBlocks.push({ resources: top });
    const targets = (0,located/* getMap */.ZB)(root, "targets");
    for (const t of targets?.entries ?? []) {
        const r = (0,located/* getMap */.ZB)(t.value, "resources");
        if (r)
            resourceBlocks.push({ resources: r, target: t.key.value });
    }
    for (const { resources, target } of resourceBlocks) {
        for (const e of resources.entries) {
            if (!RESOURCE_TYPE_SET.has(e.key.value)) {
                facts.unknownResourceTypes.push(e.key);
                continue;
            }
            if (e.key.value !== "model_serving_endpoints" || !(0,located/* isMap */.jh)(e.value))
                continue;
            for (const ep of e.value.entries) {
                if (!(0,located/* isMap */.jh)(ep.value))
                    continue;
                const endpoint = (0,facts_endpoint/* endpointFacts */.v)(source.path, "bundle", ep.value, ep.key.value);
                if (target !== undefined)
                    endpoint.target = target;
                facts.endpoints.push(endpoint);
            }
        }
    }
    return facts;
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ endpointFacts)
/* harmony export */ });
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6847);

/** `config`: where served_entities / traffic_config sit when neither form says (a Python update call's own arguments). */
function endpointFacts(file, origin, node, key, config = origin === "serving" ? node : (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(node, "config")) {
    const entitiesSeq = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getSeq */ .Mo)(config, "served_entities");
    const modelsSeq = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getSeq */ .Mo)(config, "served_models");
    const servedEntities = [
        ...(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .mapItems */ .Z9)(entitiesSeq).map((n) => servedEntity(n, false)),
        ...(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .mapItems */ .Z9)(modelsSeq).map((n) => servedEntity(n, true)),
    ];
    const facts = { file, origin, node, servedEntities };
    if (key !== undefined)
        facts.key = key;
    const name = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "name");
    if (name)
        facts.name = name;
    if (config)
        facts.config = config;
    const entitiesNode = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "served_entities") ?? (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "served_models");
    if (entitiesNode)
        facts.servedEntitiesNode = entitiesNode;
    const traffic = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(config, "traffic_config");
    if (traffic)
        facts.trafficConfig = traffic;
    return facts;
}
function servedEntity(node, legacy) {
    const entityName = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, legacy ? "model_name" : "entity_name"));
    const entityVersion = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, legacy ? "model_version" : "entity_version"));
    const external = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "external_model");
    const facts = { node, legacy, defaultNames: [] };
    const name = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "name"));
    if (name)
        facts.name = name;
    if (entityName)
        facts.entityName = entityName;
    if (entityVersion)
        facts.entityVersion = entityVersion;
    // A name may hide in a Python spread: no default is certain then.
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isPartial */ .mt)(node) && !(0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, "name")) {
        if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(external))
            facts.externalModel = external;
        return facts;
    }
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(external)) {
        facts.externalModel = external;
        const extName = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(external, "name"));
        if (extName)
            facts.defaultNames.push(extName.value.replace(/[.:]/g, "-"));
    }
    else if (entityName && entityVersion) {
        facts.defaultNames.push(`${entityName.value}-${entityVersion.value}`);
        const last = entityName.value.split(".").pop();
        if (last !== entityName.value)
            facts.defaultNames.push(`${last}-${entityVersion.value}`);
    }
    return facts;
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ parseFmName),
/* harmony export */   Hb: () => (/* binding */ LITELLM_PREFIX),
/* harmony export */   RL: () => (/* binding */ SYSTEM_AI),
/* harmony export */   T6: () => (/* binding */ classicToEndpoint),
/* harmony export */   Tq: () => (/* binding */ endpointForProviderId),
/* harmony export */   _K: () => (/* binding */ ENDPOINT_NAME_CHARS),
/* harmony export */   f_: () => (/* binding */ DATED_PROVIDER_ID),
/* harmony export */   m: () => (/* binding */ normalisedMatches),
/* harmony export */   v7: () => (/* binding */ FM_PREFIX)
/* harmony export */ });
const FM_PREFIX = "databricks-";
const SYSTEM_AI = "system.ai.";
const LITELLM_PREFIX = "databricks/";
/** Characters a serving endpoint or served entity name may use. */
const ENDPOINT_NAME_CHARS = /^[A-Za-z0-9_-]+$/;
function parseFmName(value) {
    if (value.startsWith(SYSTEM_AI)) {
        const model = value.slice(SYSTEM_AI.length);
        const offset = SYSTEM_AI.length;
        if (model.toLowerCase().startsWith(FM_PREFIX))
            return { form: "doubled", model, offset };
        if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(model))
            return { form: "gateway", model, endpoint: FM_PREFIX + model, offset };
        return { form: "classic", model };
    }
    const litellm = value.startsWith(LITELLM_PREFIX);
    const offset = litellm ? LITELLM_PREFIX.length : 0;
    const name = value.slice(offset);
    if (name.toLowerCase().startsWith(FM_PREFIX))
        return { form: "endpoint", name, offset, litellm };
    return { form: "other" };
}
/**
 * Spellings of a name that are one known slip away from the catalog's: case,
 * dots or underscores for dashes, a provider word (`meta-llama-4`, `anthropic-`),
 * a missing `meta-` or `-instruct`. Returns the catalog names they hit.
 */
function normalisedMatches(name, catalog) {
    let slug = name.toLowerCase().replace(/[._\s]+/g, "-").replace(/-+/g, "-");
    if (slug.startsWith(FM_PREFIX))
        slug = slug.slice(FM_PREFIX.length);
    slug = slug.replace(/^(anthropic|openai|google|alibaba)-/, "");
    const variants = new Set([slug]);
    if (slug.startsWith("meta-llama-4"))
        variants.add(slug.slice("meta-".length));
    if (slug.startsWith("llama-") && !slug.startsWith("llama-4")) {
        variants.add(`meta-${slug}`);
        if (!slug.endsWith("-instruct"))
            variants.add(`meta-${slug}-instruct`);
    }
    const out = [];
    for (const v of variants) {
        const full = FM_PREFIX + v;
        if (catalog.byName.has(full) && full !== name && !out.includes(full))
            out.push(full);
    }
    return out;
}
/**
 * The catalog entry a classic `system.ai` model name stands for, when the
 * mechanical spelling (`meta_llama_v3_1_405b_instruct` → `meta-llama-3-1-405b-instruct`)
 * is exactly a catalog name; these names follow no published rule, so a miss is no answer.
 */
function classicToEndpoint(model, known) {
    const guess = FM_PREFIX + model.toLowerCase().replace(/_v(\d)/g, "_$1").replace(/_/g, "-");
    return known.has(guess) ? guess : undefined;
}
/**
 * A provider's own model id (`claude-sonnet-4-5-20250929`, `gpt-5.2`,
 * `meta-llama/Llama-3.3-70B-Instruct`) mapped to the catalog endpoint for the
 * same model, when there is exactly one.
 */
function endpointForProviderId(id, catalog) {
    const base = id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : id;
    const slug = base.toLowerCase().replace(/-\d{8}$/, "").replace(/[.:_]/g, "-");
    if (catalog.byName.has(FM_PREFIX + slug))
        return FM_PREFIX + slug;
    const hits = normalisedMatches(FM_PREFIX + slug, catalog);
    return hits.length === 1 ? hits[0] : undefined;
}
/** Anthropic-style dated model id: `claude-sonnet-4-5-20250929`. */
const DATED_PROVIDER_ID = /^claude-[a-z0-9-]+-20\d{6}$/;


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ KIND_INFO),
/* harmony export */   NB: () => (/* binding */ gatherQuestions),
/* harmony export */   c7: () => (/* binding */ questionKey)
/* harmony export */ });
/* harmony import */ var _yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6847);
/* harmony import */ var _fm_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7061);
// What `lint --online` asks the workspace, gathered once from the facts: every
// literal name the repository writes for an endpoint, served model version,
// vector search index, UC function, Genie space, SQL warehouse, secret and deploy
// job. Each question keeps where it was written, so a rule reports there.
// Names with a `${...}` variable or other template are unknown until deploy: not asked.


/** What each kind is called, and the permission a 403 means is missing (Databricks docs' privilege names). */
const KIND_INFO = {
    serving_endpoint: { label: "serving endpoint", permission: "CAN VIEW on the serving endpoints (to list them)" },
    model_version: { label: "model version", permission: "EXECUTE on the registered model, with USE CATALOG and USE SCHEMA" },
    vector_search_index: { label: "vector search index", permission: "SELECT on the index, with USE CATALOG and USE SCHEMA" },
    function: { label: "Unity Catalog function", permission: "EXECUTE on the function, with USE CATALOG and USE SCHEMA" },
    genie_space: { label: "Genie space", permission: "CAN VIEW on the Genie space" },
    sql_warehouse: { label: "SQL warehouse", permission: "CAN USE on the SQL warehouse" },
    secret: { label: "secret", permission: "READ on the secret scope" },
    job: { label: "job", permission: "CAN VIEW on the job" },
};
const RESOURCE_KINDS = new Set(["vector_search_index", "function", "genie_space", "sql_warehouse"]);
const SECRET_REF = /^\{\{secrets\/([A-Za-z0-9_.@-]+)\/([A-Za-z0-9_.@-]+)\}\}$/;
const TEMPLATE = /\$\{|\{\{(?!secrets\/)/;
function questionKey(q) {
    return `${q.kind}\u0000${q.name}\u0000${q.part ?? ""}`;
}
function gatherQuestions(facts) {
    const out = [];
    const add = (q) => {
        if (!TEMPLATE.test(q.at.value))
            out.push(q);
    };
    endpoints(facts, add);
    for (const ep of facts.endpoints) {
        for (const e of ep.servedEntities) {
            const model = e.entityName;
            const version = e.entityVersion;
            if (!e.externalModel && model && version && model.value.split(".").length === 3 && !model.value.startsWith("system.") && /^\d+$/.test(version.value)) {
                add({ kind: "model_version", name: model.value, part: version.value, at: version, via: `served entity "${model.value}"` });
            }
            for (const { value } of (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getMap */ .ZB)(e.node, "environment_vars")?.entries ?? [])
                secret(value, "environment_vars", add);
            if (e.externalModel)
                for (const n of scalarsUnder(e.externalModel))
                    secret(n, "external_model", add);
        }
    }
    resources(facts, add);
    for (const s of facts.servingFiles) {
        const job = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(s.deploy, "job"));
        if (job && (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(s.deploy, "mode"))?.value !== "direct")
            add({ kind: "job", name: job.value, at: job, via: "deploy.job" });
    }
    return out;
}
function endpoints(facts, add) {
    // An endpoint the repository itself deploys may not exist yet: never asked.
    const own = new Set(facts.endpoints.map((ep) => (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(ep.name)?.value).filter((n) => n !== undefined));
    for (const ref of facts.endpointRefs ?? []) {
        if (ref.form !== "endpoint")
            continue;
        const name = ref.name.value.startsWith(_fm_names_js__WEBPACK_IMPORTED_MODULE_1__/* .LITELLM_PREFIX */ .Hb) ? ref.name.value.slice(_fm_names_js__WEBPACK_IMPORTED_MODULE_1__/* .LITELLM_PREFIX */ .Hb.length) : ref.name.value;
        if (!_fm_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ENDPOINT_NAME_CHARS */ ._K.test(name) || own.has(name))
            continue;
        add({ kind: "serving_endpoint", name, at: ref.name, via: ref.context });
    }
}
function resources(facts, add) {
    const python = facts.python;
    if (!python)
        return;
    const refs = [...[...python.uses.values()].flatMap((u) => u.uses), ...python.models.flatMap((m) => m.declared.flatMap((d) => d.refs))];
    for (const r of refs) {
        const kind = r.kind;
        if (RESOURCE_KINDS.has(kind) && r.name)
            add({ kind, name: r.name.value, at: r.name, via: r.via });
    }
}
function secret(node, via, add) {
    const v = (0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(node);
    const m = v && SECRET_REF.exec(v.value);
    if (v && m)
        add({ kind: "secret", name: m[1], part: m[2], at: v, via });
}
function scalarsUnder(node) {
    if ((0,_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return node.entries.flatMap((e) => scalarsUnder(e.value));
    if (node.kind === "seq")
        return node.items.flatMap(scalarsUnder);
    return [node];
}


/***/ }),

/***/ 8142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ UNUSED_SUPPRESSION),
/* harmony export */   px: () => (/* binding */ applySuppressions),
/* harmony export */   rv: () => (/* binding */ SUPPRESSION_MESSAGES)
/* harmony export */ });
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6761);
/* harmony import */ var _define_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5769);
// Suppression comments, applied after every rule has run (ESLint's order), so
// that a directive that suppressed nothing can be reported:
//   # serving-ci-disable-next-line rule-a, rule-b -- reason
//   workload_sise: Small  # serving-ci-disable-line schema -- reason
//   # serving-ci-disable-file rule-a -- reason
// `disable-line` covers its own line (ESLint's form). A `disable-next-line` that
// trails code covers its own line too: nobody ends line 7 with a comment about
// line 8, and ESLint's reading (the next line) silently missed what the author
// meant; on a line of its own it covers the next line. An unused one is still
// reported, so a misread directive is never silent.
// The same comment syntax works in YAML and Python. Directives are found line by
// line: a `#` comment is all we need to recognise, in either language.

const UNUSED_SUPPRESSION = "unused-suppression";
/** The suppression pass's messages; rules/unused-suppression.ts publishes them as its metadata. */
const SUPPRESSION_MESSAGES = {
    unused: 'unused suppression: no "{rule}" finding here',
    unknownRule: 'suppression names unknown rule "{rule}"',
    missingRule: "suppression names no rule; write the rule id after the directive",
};
const DIRECTIVE = /(^|[\s"'])#\s*serving-ci-disable-(next-line|line|file)\b([^"\n]*)/;
function parseDirectives(file) {
    const out = [];
    const { lines } = file;
    for (let line = 1; line <= lines.lineCount; line++) {
        const text = lines.lineText(line);
        if (!text.includes("serving-ci-disable"))
            continue;
        const m = DIRECTIVE.exec(text);
        if (!m)
            continue;
        const lineStart = lines.lineStart(line);
        const startCol = m.index + m[1].length;
        // In an .ipynb the comment sits in a JSON string: its escaped newline is not a rule id.
        const body = m[3].split(/\s--\s|\s--$/)[0].replace(/\\n\s*$/, "");
        // Code before the comment (a bare opening quote is a notebook's JSON string, not code).
        const trailing = text.slice(0, m.index + m[1].length).replace(/^\s*["']?/, "").trim() !== "";
        const bodyOffset = m.index + m[0].length - m[3].length;
        const rules = [];
        const re = /[A-Za-z][\w-]*/g;
        for (let r = re.exec(body); r; r = re.exec(body)) {
            const s = lineStart + bodyOffset + r.index;
            rules.push({ id: r[0], span: lines.span(file.path, s, s + r[0].length), used: false });
        }
        out.push({
            kind: m[2] === "file" ? "file" : "line",
            rules,
            targetLine: m[2] === "line" || trailing ? line : line + 1,
            span: lines.span(file.path, lineStart + startCol, lineStart + text.replace(/[",]+\s*$/, "").length),
        });
    }
    return out;
}
function applySuppressions(findings, files, knownRules) {
    const byFile = new Map();
    for (const f of files) {
        const d = parseDirectives(f);
        if (d.length)
            byFile.set(f.path, d);
    }
    if (byFile.size === 0)
        return findings;
    const kept = findings.filter((finding) => {
        const directives = byFile.get(finding.span.file);
        if (!directives)
            return true;
        let suppressed = false;
        for (const d of directives) {
            if (d.kind === "line" && d.targetLine !== finding.span.line)
                continue;
            for (const r of d.rules) {
                if (r.id === finding.ruleId) {
                    r.used = true;
                    suppressed = true;
                }
            }
        }
        return !suppressed;
    });
    for (const directives of byFile.values()) {
        for (const d of directives) {
            if (d.rules.length === 0) {
                kept.push(unused(d.span, "missingRule"));
            }
            for (const r of d.rules) {
                if (!knownRules.has(r.id))
                    kept.push(unused(r.span, "unknownRule", r.id));
                else if (!r.used)
                    kept.push(unused(r.span, "unused", r.id));
            }
        }
    }
    return kept;
}
function unused(span, messageId, rule = "") {
    const message = (0,_define_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMessage */ .hw)(SUPPRESSION_MESSAGES[messageId], { rule });
    return { ruleId: UNUSED_SUPPRESSION, messageId, severity: "warning", message, span, docsUrl: `${_define_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCS_BASE */ .M0}${UNUSED_SUPPRESSION}.md` };
}


/***/ }),

/***/ 6847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ hasVariable),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Mo: () => (/* binding */ getSeq),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   Z$: () => (/* binding */ atPath),
/* harmony export */   Z9: () => (/* binding */ mapItems),
/* harmony export */   ZB: () => (/* binding */ getMap),
/* harmony export */   at: () => (/* binding */ maskVariables),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   f_: () => (/* binding */ entry),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   mt: () => (/* binding */ isPartial),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   wJ: () => (/* binding */ containsVariable)
/* harmony export */ });
/* unused harmony export bool */
function isMap(n) {
    return n?.kind === "map";
}
function isSeq(n) {
    return n?.kind === "seq";
}
/** Keys or items may be missing from what we see (Python spreads, computed keys): completeness checks stay silent. */
function isPartial(n) {
    return (n?.kind === "map" || n?.kind === "seq") && n.partial === true;
}
/** Key → first entry, built on the first lookup of a large map, so lookups stay O(1) on 100k-key maps. */
const keyIndex = new WeakMap();
function entry(map, key) {
    if (!isMap(map))
        return undefined;
    if (map.entries.length < 16)
        return map.entries.find((e) => e.key.value === key);
    let index = keyIndex.get(map);
    if (!index) {
        index = new Map();
        for (const e of map.entries)
            if (!index.has(e.key.value))
                index.set(e.key.value, e);
        keyIndex.set(map, index);
    }
    return index.get(key);
}
function get(map, key) {
    return entry(map, key)?.value;
}
function getMap(map, key) {
    const v = get(map, key);
    return isMap(v) ? v : undefined;
}
function getSeq(map, key) {
    const v = get(map, key);
    return isSeq(v) ? v : undefined;
}
/** Items of a sequence that are maps; anything else is the schema rule's business. */
function mapItems(seq) {
    return seq ? seq.items.filter(isMap) : [];
}
/** A scalar rendered as a string (numbers too: `entity_version: 7`). */
function str(n) {
    if (n?.kind !== "scalar" || n.value === null || typeof n.value === "boolean")
        return undefined;
    return { value: String(n.value), span: n.span };
}
function num(n) {
    return n?.kind === "scalar" && typeof n.value === "number" ? { value: n.value, span: n.span } : undefined;
}
function bool(n) {
    return n?.kind === "scalar" && typeof n.value === "boolean" ? n.value : undefined;
}
/**
 * Databricks Asset Bundle interpolation (`${var.x}`, `${bundle.target}`). A value
 * that contains one is not known until deploy time, so rules must not judge it.
 */
function hasVariable(n) {
    if (!n)
        return false;
    switch (n.kind) {
        case "scalar":
            return typeof n.value === "string" && n.value.includes("${");
        case "seq":
            return n.items.some(hasVariable);
        case "map":
            return n.entries.some((e) => hasVariable(e.value));
        case "unknown":
            return true;
    }
}
const VARIABLE_REF = /\$\{[^{}]*\}/g;
/** A string with a bundle `${...}` reference in it. */
function containsVariable(value) {
    return value.includes("${");
}
/**
 * The string with each `${...}` reference replaced by `mark`: what is literal
 * stays, so a check can judge the literal parts (a space in a name, a fourth dot)
 * and stay silent on the rest.
 */
function maskVariables(value, mark = "") {
    return value.replace(VARIABLE_REF, mark);
}
/** The plain JSON value (for JSON Schema validation). */
/**
 * The tree as plain data (merge keys already applied by the loader; a repeated key: the last wins, as in
 * YAML loaders). `onUnknown` says what a node the loader could not read becomes (default null).
 */
function toPlain(n, onUnknown = () => null) {
    switch (n.kind) {
        case "scalar":
            return n.value;
        case "seq":
            return n.items.map((i) => toPlain(i, onUnknown));
        case "map":
            // fromEntries: a `__proto__` key is an own key, as JSON.parse makes it, not the object's prototype.
            return Object.fromEntries(n.entries.map((e) => [e.key.value, toPlain(e.value, onUnknown)]));
        case "unknown":
            return onUnknown(n);
    }
}
/** Follows a JSON pointer's segments (`served_entities`, `0`, ...) through the tree. */
function atPath(root, segments) {
    let node = root;
    let key;
    for (const seg of segments) {
        if (node.kind === "map") {
            const e = entry(node, seg);
            if (!e)
                return undefined;
            node = e.value;
            key = e.key;
        }
        else if (node.kind === "seq") {
            const item = node.items[Number(seg)];
            if (!item)
                return undefined;
            node = item;
            key = undefined;
        }
        else
            return undefined;
    }
    return key ? { node, key } : { node };
}


/***/ }),

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ agentClasses),
/* harmony export */   q: () => (/* binding */ definesModel)
/* harmony export */ });
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6732);

const INTERFACES = {
    ResponsesAgent: "responses-agent",
    ChatAgent: "chat-agent",
    ChatModel: "chat-model",
    PythonModel: "python-model",
};
function agentClasses(project) {
    const memo = new Map();
    const subclassed = new Set();
    const classify = (cls, depth) => {
        const hit = memo.get(cls);
        if (hit)
            return hit;
        const result = { hasPredict: cls.methods.has("predict"), basesKnown: true, abc: false };
        memo.set(cls, result); // cycles end here
        if (depth > 16)
            return { ...result, basesKnown: false };
        for (const base of cls.bases) {
            const q = project.qualify(base);
            if (q?.origin === "import" && q.path === "abc.ABC") {
                result.abc = true;
                continue;
            }
            const iface = q && q.origin !== "local" ? INTERFACES[(0,_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .lastSegment */ .m)(q.path)] : undefined;
            if (iface && (q.origin === "unbound" || q.path.startsWith("mlflow."))) {
                result.kind ??= iface;
                continue;
            }
            const local = project.classOf(base);
            if (local) {
                subclassed.add(local);
                const inner = classify(local, depth + 1);
                result.kind ??= inner.kind;
                result.hasPredict ||= inner.hasPredict;
                result.basesKnown &&= inner.basesKnown;
                result.abc ||= inner.abc;
            }
            else if (!(base.kind === "name" && base.name === "object"))
                result.basesKnown = false;
        }
        return result;
    };
    const found = [];
    for (const module of project.modules) {
        for (const cls of module.classes) {
            const c = classify(cls, 0);
            if (c.kind)
                found.push({ cls, module, c });
        }
    }
    const instantiated = instantiatedClasses(project);
    // Abstract is decided from the code: a class nobody instantiates that says it is abstract (an ABC base) or
    // that analysed subclasses complete. `@abstractmethod` alone is not seen (decorators are not analysed);
    // such a base is still abstract here when it is subclassed.
    return found.map(({ cls, module, c }) => ({
        cls, module, kind: c.kind, hasPredict: c.hasPredict, basesKnown: c.basesKnown,
        abstract: !instantiated.has(cls) && (c.abc || subclassed.has(cls)),
    }));
}
/** Classes of the analysed code that some call constructs (`Agent()`, `agent.Agent()` through an import). */
function instantiatedClasses(project) {
    const out = new Set();
    for (const module of project.modules) {
        for (const call of module.calls) {
            const cls = project.classOf(call.callee);
            if (cls)
                out.add(cls);
        }
    }
    return out;
}
/** Modules that define a model: an interface subclass, or a set_model call (models from code). */
function definesModel(module, agents, setModel) {
    return setModel.has(module) || agents.some((a) => a.module === module);
}


/***/ }),

/***/ 1541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pu: () => (/* binding */ sdkClass),
  AE: () => (/* binding */ sdkEnumHas),
  rr: () => (/* binding */ sdkEnumMembers),
  U3: () => (/* binding */ sdkFieldAt),
  Eq: () => (/* binding */ sdkMethod),
  cL: () => (/* binding */ sdkName),
  RU: () => (/* binding */ sdkPositional)
});

// UNUSED EXPORTS: SDK_SERVING_MODULE

;// CONCATENATED MODULE: ./rules/data/sdk-serving.json
const sdk_serving_namespaceObject = /*#__PURE__*/JSON.parse('{"$comment":"Generated by scripts/gen-sdk-serving.mjs from databricks-sdk-py databricks/sdk/service/serving.py; do not edit.","classes":{"Ai21LabsConfig":{"ai21labs_api_key":{"type":"string","required":false},"ai21labs_api_key_plaintext":{"type":"string","required":false}},"AiGatewayConfig":{"fallback_config":{"type":"object","class":"FallbackConfig","required":false},"guardrails":{"type":"object","class":"AiGatewayGuardrails","required":false},"inference_table_config":{"type":"object","class":"AiGatewayInferenceTableConfig","required":false},"rate_limits":{"list":true,"type":"object","class":"AiGatewayRateLimit","required":false},"usage_tracking_config":{"type":"object","class":"AiGatewayUsageTrackingConfig","required":false}},"AiGatewayGuardrailParameters":{"invalid_keywords":{"list":true,"type":"string","required":false},"pii":{"type":"object","class":"AiGatewayGuardrailPiiBehavior","required":false},"safety":{"type":"boolean","required":false},"valid_topics":{"list":true,"type":"string","required":false}},"AiGatewayGuardrailPiiBehavior":{"behavior":{"type":"string","enum":"AiGatewayGuardrailPiiBehaviorBehavior","required":false}},"AiGatewayGuardrails":{"input":{"type":"object","class":"AiGatewayGuardrailParameters","required":false},"output":{"type":"object","class":"AiGatewayGuardrailParameters","required":false}},"AiGatewayInferenceTableConfig":{"catalog_name":{"type":"string","required":false},"enabled":{"type":"boolean","required":false},"schema_name":{"type":"string","required":false},"table_name_prefix":{"type":"string","required":false}},"AiGatewayRateLimit":{"calls":{"type":"integer","required":false},"key":{"type":"string","enum":"AiGatewayRateLimitKey","required":false},"principal":{"type":"string","required":false},"renewal_period":{"type":"string","enum":"AiGatewayRateLimitRenewalPeriod","required":true},"tokens":{"type":"integer","required":false}},"AiGatewayUsageTrackingConfig":{"enabled":{"type":"boolean","required":false}},"AmazonBedrockConfig":{"aws_access_key_id":{"type":"string","required":false},"aws_access_key_id_plaintext":{"type":"string","required":false},"aws_region":{"type":"string","required":true},"aws_secret_access_key":{"type":"string","required":false},"aws_secret_access_key_plaintext":{"type":"string","required":false},"bedrock_provider":{"type":"string","enum":"AmazonBedrockConfigBedrockProvider","required":true},"instance_profile_arn":{"type":"string","required":false},"uc_service_credential_name":{"type":"string","required":false}},"AnthropicConfig":{"anthropic_api_key":{"type":"string","required":false},"anthropic_api_key_plaintext":{"type":"string","required":false}},"ApiKeyAuth":{"key":{"type":"string","required":true},"value":{"type":"string","required":false},"value_plaintext":{"type":"string","required":false}},"AutoCaptureConfigInput":{"catalog_name":{"type":"string","required":false},"enabled":{"type":"boolean","required":false},"schema_name":{"type":"string","required":false},"table_name_prefix":{"type":"string","required":false}},"BearerTokenAuth":{"token":{"type":"string","required":false},"token_plaintext":{"type":"string","required":false}},"CohereConfig":{"cohere_api_base":{"type":"string","required":false},"cohere_api_key":{"type":"string","required":false},"cohere_api_key_plaintext":{"type":"string","required":false}},"CustomProviderConfig":{"api_key_auth":{"type":"object","class":"ApiKeyAuth","required":false},"bearer_token_auth":{"type":"object","class":"BearerTokenAuth","required":false},"custom_provider_url":{"type":"string","required":true}},"DatabricksModelServingConfig":{"databricks_api_token":{"type":"string","required":false},"databricks_api_token_plaintext":{"type":"string","required":false},"databricks_workspace_url":{"type":"string","required":true}},"EmailNotifications":{"on_update_failure":{"list":true,"type":"string","required":false},"on_update_success":{"list":true,"type":"string","required":false}},"EndpointCoreConfigInput":{"auto_capture_config":{"type":"object","class":"AutoCaptureConfigInput","required":false},"name":{"type":"string","required":true},"served_entities":{"list":true,"type":"object","class":"ServedEntityInput","required":false},"served_models":{"list":true,"type":"object","class":"ServedModelInput","required":false},"traffic_config":{"type":"object","class":"TrafficConfig","required":false}},"EndpointTag":{"key":{"type":"string","required":true},"value":{"type":"string","required":false}},"ExternalModel":{"ai21labs_config":{"type":"object","class":"Ai21LabsConfig","required":false},"amazon_bedrock_config":{"type":"object","class":"AmazonBedrockConfig","required":false},"anthropic_config":{"type":"object","class":"AnthropicConfig","required":false},"cohere_config":{"type":"object","class":"CohereConfig","required":false},"custom_provider_config":{"type":"object","class":"CustomProviderConfig","required":false},"databricks_model_serving_config":{"type":"object","class":"DatabricksModelServingConfig","required":false},"google_cloud_vertex_ai_config":{"type":"object","class":"GoogleCloudVertexAiConfig","required":false},"name":{"type":"string","required":true},"openai_config":{"type":"object","class":"OpenAiConfig","required":false},"palm_config":{"type":"object","class":"PaLmConfig","required":false},"provider":{"type":"string","enum":"ExternalModelProvider","required":true},"task":{"type":"string","required":true}},"FallbackConfig":{"enabled":{"type":"boolean","required":true}},"GoogleCloudVertexAiConfig":{"private_key":{"type":"string","required":false},"private_key_plaintext":{"type":"string","required":false},"project_id":{"type":"string","required":true},"region":{"type":"string","required":true}},"OpenAiConfig":{"microsoft_entra_client_id":{"type":"string","required":false},"microsoft_entra_client_secret":{"type":"string","required":false},"microsoft_entra_client_secret_plaintext":{"type":"string","required":false},"microsoft_entra_tenant_id":{"type":"string","required":false},"openai_api_base":{"type":"string","required":false},"openai_api_key":{"type":"string","required":false},"openai_api_key_plaintext":{"type":"string","required":false},"openai_api_type":{"type":"string","required":false},"openai_api_version":{"type":"string","required":false},"openai_deployment_name":{"type":"string","required":false},"openai_organization":{"type":"string","required":false}},"PaLmConfig":{"palm_api_key":{"type":"string","required":false},"palm_api_key_plaintext":{"type":"string","required":false}},"RateLimit":{"calls":{"type":"integer","required":true},"key":{"type":"string","enum":"RateLimitKey","required":false},"renewal_period":{"type":"string","enum":"RateLimitRenewalPeriod","required":true}},"Route":{"served_entity_name":{"type":"string","required":false},"served_model_name":{"type":"string","required":false},"traffic_percentage":{"type":"integer","required":true}},"ServedEntityInput":{"burst_scaling_enabled":{"type":"boolean","required":false},"entity_name":{"type":"string","required":false},"entity_version":{"type":"string","required":false},"environment_vars":{"map":true,"type":"string","required":false},"external_model":{"type":"object","class":"ExternalModel","required":false},"instance_profile_arn":{"type":"string","required":false},"max_provisioned_concurrency":{"type":"integer","required":false},"max_provisioned_throughput":{"type":"integer","required":false},"min_provisioned_concurrency":{"type":"integer","required":false},"min_provisioned_throughput":{"type":"integer","required":false},"name":{"type":"string","required":false},"provisioned_model_units":{"type":"integer","required":false},"scale_to_zero_enabled":{"type":"boolean","required":false},"workload_size":{"type":"string","required":false},"workload_type":{"type":"string","enum":"ServingModelWorkloadType","required":false}},"ServedModelInput":{"burst_scaling_enabled":{"type":"boolean","required":false},"environment_vars":{"map":true,"type":"string","required":false},"instance_profile_arn":{"type":"string","required":false},"max_provisioned_concurrency":{"type":"integer","required":false},"max_provisioned_throughput":{"type":"integer","required":false},"min_provisioned_concurrency":{"type":"integer","required":false},"min_provisioned_throughput":{"type":"integer","required":false},"model_name":{"type":"string","required":true},"model_version":{"type":"string","required":true},"name":{"type":"string","required":false},"provisioned_model_units":{"type":"integer","required":false},"scale_to_zero_enabled":{"type":"boolean","required":true},"workload_size":{"type":"string","required":false},"workload_type":{"type":"string","enum":"ServedModelInputWorkloadType","required":false}},"TelemetryConfig":{"enabled_telemetry_features":{"list":true,"type":"string","enum":"TelemetryFeature","required":false},"inference_table_config":{"type":"object","class":"TelemetryInferenceTableConfig","required":false},"table_names":{"type":"object","class":"UnityCatalogTableNames","required":false},"telemetry_profile_id":{"type":"string","required":false}},"TelemetryInferenceTableConfig":{"name":{"type":"string","required":false},"sampling_fraction":{"type":"number","required":false}},"TrafficConfig":{"routes":{"list":true,"type":"object","class":"Route","required":false}},"UnityCatalogTableNames":{"annotations_table":{"type":"string","required":false},"logs_table":{"type":"string","required":false},"metrics_table":{"type":"string","required":false},"traces_table":{"type":"string","required":false}}},"enums":{"AiGatewayGuardrailPiiBehaviorBehavior":["BLOCK","MASK","NONE"],"AiGatewayRateLimitKey":["endpoint","service_principal","user","user_group"],"AiGatewayRateLimitRenewalPeriod":["minute"],"AmazonBedrockConfigBedrockProvider":["ai21labs","amazon","anthropic","cohere","grok"],"ExternalModelProvider":["ai21labs","amazon-bedrock","anthropic","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"],"FirstPartyExportSetting":["FIRST_PARTY_EXPORT_DISABLED","FIRST_PARTY_EXPORT_ENABLED"],"RateLimitKey":["endpoint","user"],"RateLimitRenewalPeriod":["minute"],"ServedModelInputWorkloadType":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"],"ServingModelWorkloadType":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"],"TelemetryFeature":["TELEMETRY_FEATURE_INFERENCE_TABLE","TELEMETRY_FEATURE_LOGS","TELEMETRY_FEATURE_METRICS","TELEMETRY_FEATURE_TRACES"]},"positional":{"Ai21LabsConfig":["ai21labs_api_key","ai21labs_api_key_plaintext"],"AiGatewayConfig":["fallback_config","guardrails","inference_table_config","rate_limits","usage_tracking_config"],"AiGatewayGuardrailParameters":["invalid_keywords","pii","safety","valid_topics"],"AiGatewayGuardrailPiiBehavior":["behavior"],"AiGatewayGuardrails":["input","output"],"AiGatewayInferenceTableConfig":["catalog_name","enabled","schema_name","table_name_prefix"],"AiGatewayRateLimit":["renewal_period","calls","key","principal","tokens"],"AiGatewayUsageTrackingConfig":["enabled"],"AmazonBedrockConfig":["aws_region","bedrock_provider","aws_access_key_id","aws_access_key_id_plaintext","aws_secret_access_key","aws_secret_access_key_plaintext","instance_profile_arn","uc_service_credential_name"],"AnthropicConfig":["anthropic_api_key","anthropic_api_key_plaintext"],"ApiKeyAuth":["key","value","value_plaintext"],"AutoCaptureConfigInput":["catalog_name","enabled","schema_name","table_name_prefix"],"BearerTokenAuth":["token","token_plaintext"],"CohereConfig":["cohere_api_base","cohere_api_key","cohere_api_key_plaintext"],"CustomProviderConfig":["custom_provider_url","api_key_auth","bearer_token_auth"],"DatabricksModelServingConfig":["databricks_workspace_url","databricks_api_token","databricks_api_token_plaintext"],"EmailNotifications":["on_update_failure","on_update_success"],"EndpointCoreConfigInput":["name","auto_capture_config","served_entities","served_models","traffic_config"],"EndpointTag":["key","value"],"ExternalModel":["provider","name","task","ai21labs_config","amazon_bedrock_config","anthropic_config","cohere_config","custom_provider_config","databricks_model_serving_config","google_cloud_vertex_ai_config","openai_config","palm_config"],"FallbackConfig":["enabled"],"GoogleCloudVertexAiConfig":["project_id","region","private_key","private_key_plaintext"],"OpenAiConfig":["microsoft_entra_client_id","microsoft_entra_client_secret","microsoft_entra_client_secret_plaintext","microsoft_entra_tenant_id","openai_api_base","openai_api_key","openai_api_key_plaintext","openai_api_type","openai_api_version","openai_deployment_name","openai_organization"],"PaLmConfig":["palm_api_key","palm_api_key_plaintext"],"RateLimit":["calls","renewal_period","key"],"Route":["traffic_percentage","served_entity_name","served_model_name"],"ServedEntityInput":["burst_scaling_enabled","entity_name","entity_version","environment_vars","external_model","instance_profile_arn","max_provisioned_concurrency","max_provisioned_throughput","min_provisioned_concurrency","min_provisioned_throughput","name","provisioned_model_units","scale_to_zero_enabled","workload_size","workload_type"],"ServedModelInput":["scale_to_zero_enabled","model_name","model_version","burst_scaling_enabled","environment_vars","instance_profile_arn","max_provisioned_concurrency","max_provisioned_throughput","min_provisioned_concurrency","min_provisioned_throughput","name","provisioned_model_units","workload_size","workload_type"],"TelemetryConfig":["enabled_telemetry_features","inference_table_config","table_names","telemetry_profile_id"],"TelemetryInferenceTableConfig":["name","sampling_fraction"],"TrafficConfig":["routes"],"UnityCatalogTableNames":["annotations_table","logs_table","metrics_table","traces_table"]},"enumMembers":{"AiGatewayGuardrailPiiBehaviorBehavior":{"BLOCK":"BLOCK","MASK":"MASK","NONE":"NONE"},"AiGatewayRateLimitKey":{"ENDPOINT":"endpoint","SERVICE_PRINCIPAL":"service_principal","USER":"user","USER_GROUP":"user_group"},"AiGatewayRateLimitRenewalPeriod":{"MINUTE":"minute"},"AmazonBedrockConfigBedrockProvider":{"AI21LABS":"ai21labs","AMAZON":"amazon","ANTHROPIC":"anthropic","COHERE":"cohere","GROK":"grok"},"ExternalModelProvider":{"AI21LABS":"ai21labs","AMAZON_BEDROCK":"amazon-bedrock","ANTHROPIC":"anthropic","COHERE":"cohere","CUSTOM":"custom","DATABRICKS_MODEL_SERVING":"databricks-model-serving","GOOGLE_CLOUD_VERTEX_AI":"google-cloud-vertex-ai","OPENAI":"openai","PALM":"palm"},"FirstPartyExportSetting":{"FIRST_PARTY_EXPORT_DISABLED":"FIRST_PARTY_EXPORT_DISABLED","FIRST_PARTY_EXPORT_ENABLED":"FIRST_PARTY_EXPORT_ENABLED"},"RateLimitKey":{"ENDPOINT":"endpoint","USER":"user"},"RateLimitRenewalPeriod":{"MINUTE":"minute"},"ServedModelInputWorkloadType":{"CPU":"CPU","CPU_LARGE":"CPU_LARGE","CPU_MEDIUM":"CPU_MEDIUM","GPU_LARGE":"GPU_LARGE","GPU_MEDIUM":"GPU_MEDIUM","GPU_SMALL":"GPU_SMALL","GPU_XLARGE":"GPU_XLARGE","GPU_XLARGE_8":"GPU_XLARGE_8","MULTIGPU_MEDIUM":"MULTIGPU_MEDIUM"},"ServingModelWorkloadType":{"CPU":"CPU","CPU_LARGE":"CPU_LARGE","CPU_MEDIUM":"CPU_MEDIUM","GPU_LARGE":"GPU_LARGE","GPU_MEDIUM":"GPU_MEDIUM","GPU_SMALL":"GPU_SMALL","GPU_XLARGE":"GPU_XLARGE","GPU_XLARGE_8":"GPU_XLARGE_8","MULTIGPU_MEDIUM":"MULTIGPU_MEDIUM"},"TelemetryFeature":{"TELEMETRY_FEATURE_INFERENCE_TABLE":"TELEMETRY_FEATURE_INFERENCE_TABLE","TELEMETRY_FEATURE_LOGS":"TELEMETRY_FEATURE_LOGS","TELEMETRY_FEATURE_METRICS":"TELEMETRY_FEATURE_METRICS","TELEMETRY_FEATURE_TRACES":"TELEMETRY_FEATURE_TRACES"}},"methods":{"create":{"params":{"ai_gateway":{"type":"object","class":"AiGatewayConfig","required":false},"budget_policy_id":{"type":"string","required":false},"config":{"type":"object","class":"EndpointCoreConfigInput","required":false},"description":{"type":"string","required":false},"email_notifications":{"type":"object","class":"EmailNotifications","required":false},"name":{"type":"string","required":true},"rate_limits":{"list":true,"type":"object","class":"RateLimit","required":false},"route_optimized":{"type":"boolean","required":false},"tags":{"list":true,"type":"object","class":"EndpointTag","required":false},"telemetry_config":{"type":"object","class":"TelemetryConfig","required":false},"uc_system_metrics_export_state":{"type":"string","enum":"FirstPartyExportSetting","required":false}},"positional":["name"]},"create_and_wait":{"params":{"ai_gateway":{"type":"object","class":"AiGatewayConfig","required":false},"budget_policy_id":{"type":"string","required":false},"config":{"type":"object","class":"EndpointCoreConfigInput","required":false},"description":{"type":"string","required":false},"email_notifications":{"type":"object","class":"EmailNotifications","required":false},"name":{"type":"string","required":true},"rate_limits":{"list":true,"type":"object","class":"RateLimit","required":false},"route_optimized":{"type":"boolean","required":false},"tags":{"list":true,"type":"object","class":"EndpointTag","required":false},"telemetry_config":{"type":"object","class":"TelemetryConfig","required":false},"timeout":{"type":"any","required":false},"uc_system_metrics_export_state":{"type":"string","enum":"FirstPartyExportSetting","required":false}},"positional":["name"]},"put_ai_gateway":{"params":{"fallback_config":{"type":"object","class":"FallbackConfig","required":false},"guardrails":{"type":"object","class":"AiGatewayGuardrails","required":false},"inference_table_config":{"type":"object","class":"AiGatewayInferenceTableConfig","required":false},"name":{"type":"string","required":true},"rate_limits":{"list":true,"type":"object","class":"AiGatewayRateLimit","required":false},"usage_tracking_config":{"type":"object","class":"AiGatewayUsageTrackingConfig","required":false}},"positional":["name"]},"update_config":{"params":{"auto_capture_config":{"type":"object","class":"AutoCaptureConfigInput","required":false},"name":{"type":"string","required":true},"served_entities":{"list":true,"type":"object","class":"ServedEntityInput","required":false},"served_models":{"list":true,"type":"object","class":"ServedModelInput","required":false},"traffic_config":{"type":"object","class":"TrafficConfig","required":false}},"positional":["name"]},"update_config_and_wait":{"params":{"auto_capture_config":{"type":"object","class":"AutoCaptureConfigInput","required":false},"name":{"type":"string","required":true},"served_entities":{"list":true,"type":"object","class":"ServedEntityInput","required":false},"served_models":{"list":true,"type":"object","class":"ServedModelInput","required":false},"timeout":{"type":"any","required":false},"traffic_config":{"type":"object","class":"TrafficConfig","required":false}},"positional":["name"]}}}');
;// CONCATENATED MODULE: ./src/python/endpoint-configs/sdk-data.ts
// The Databricks Python SDK's serving definitions as data (rules/data/sdk-serving.json,
// generated by scripts/gen-sdk-serving.mjs from the SDK's own serving.py): what a
// dataclass or a ServingEndpointsAPI method takes, and the enums' members.

const SDK = sdk_serving_namespaceObject;
/** The module the dataclasses and enums live in; any import form the resolver follows reaches this path. */
const SDK_SERVING_MODULE = "databricks.sdk.service.serving";
function sdkClass(name) {
    return Object.hasOwn(SDK.classes, name) ? SDK.classes[name] : undefined;
}
/** A dataclass's fields in declaration order: what positional arguments fill. */
function sdkPositional(cls) {
    return SDK.positional?.[cls] ?? [];
}
function sdkMethod(name) {
    return SDK.methods && Object.hasOwn(SDK.methods, name) ? SDK.methods[name] : undefined;
}
/** Member name → value of an SDK enum. */
function sdkEnumMembers(name) {
    return SDK.enumMembers && Object.hasOwn(SDK.enumMembers, name) ? SDK.enumMembers[name] : undefined;
}
/** `databricks.sdk.service.serving.ServedEntityInput` → `ServedEntityInput`; anything else undefined. */
function sdkName(path) {
    const prefix = `${SDK_SERVING_MODULE}.`;
    if (!path.startsWith(prefix))
        return undefined;
    const rest = path.slice(prefix.length);
    return /^\w+(\.\w+)?$/.test(rest) ? rest : undefined;
}
/** The SDK's definition a REST body (or a part of it) follows: its fields by name. */
const BODY_ROOTS = {
    create: () => sdkMethod("create")?.params,
    config: () => sdkClass("EndpointCoreConfigInput"),
    "ai-gateway": () => sdkClass("AiGatewayConfig"),
};
/**
 * The SDK's field at this place of a REST body (`segments` from the body's root to the field, list
 * indexes included). The bundle schema can lag the API (a create body's uc_system_metrics_export_state,
 * a new enum value): what the SDK sends is not unknown.
 */
function sdkFieldAt(body, segments) {
    let fields = BODY_ROOTS[body]();
    let field;
    for (const seg of segments) {
        if (/^\d+$/.test(seg))
            continue;
        field = fields && Object.hasOwn(fields, seg) ? fields[seg] : undefined;
        fields = field?.class ? sdkClass(field.class) : undefined;
    }
    return field;
}
/** Whether an SDK enum has this value. */
function sdkEnumHas(name, value) {
    return Object.values(sdkEnumMembers(name) ?? {}).includes(value);
}


/***/ }),

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ ENV_READ_CALLS),
/* harmony export */   $R: () => (/* binding */ envValue),
/* harmony export */   uk: () => (/* binding */ osPath)
/* harmony export */ });
/* harmony import */ var _lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6847);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3288);


/** Calls that read one environment variable (with an optional default); `os.environ[...]` is the subscript form. */
const ENV_READ_CALLS = new Set(["os.getenv", "os.environ.get"]);
/** The dotted path of an expression naming `os.environ` / `os.getenv` / `os.environ.get` (through imports), and the module reading it. */
function osPath(expr, qualify) {
    // Every call and subscript the evaluator meets comes here: the last name decides before anything resolves.
    const last = expr.kind === "attr" ? expr.attr : expr.kind === "name" ? expr.name : undefined;
    if (last !== "environ" && last !== "getenv" && last !== "get")
        return undefined;
    let base = expr;
    while (base.kind === "attr")
        base = base.object;
    if (base.kind !== "name")
        return undefined;
    const q = qualify(expr);
    return q?.origin === "import" && q.path.startsWith("os.") ? { path: q.path, module: base.scope.module } : undefined;
}
/** `fallback`: the default of `.get`/`getenv` (None when omitted); undefined for `environ[...]`, which raises. */
function envValue(entities, name, fallback, span) {
    const out = [];
    let literal = 0;
    for (const env of entities) {
        const node = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(env, name);
        if (!node) {
            if (fallback)
                out.push(fallback);
        }
        else if (node.kind === "scalar" && typeof node.value === "string" && !node.value.includes("{{")) {
            out.push({ kind: "str", value: node.value, span: node.span });
            literal++;
        }
        else
            out.push((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5)(node.span));
    }
    if (out.length === 0)
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5)(span);
    return entities.length === 1 && literal === 1 ? out[0] : (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .alts */ .Ny)(out, span);
}


/***/ }),

/***/ 3288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ knownItems),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   Ny: () => (/* binding */ alts),
/* harmony export */   PS: () => (/* binding */ sliceItems),
/* harmony export */   __: () => (/* binding */ each),
/* harmony export */   fF: () => (/* binding */ options),
/* harmony export */   xf: () => (/* binding */ dictEntry)
/* harmony export */ });
/* unused harmony export MAX_OPTIONS */
/** Past this many options a value is unknown. */
const MAX_OPTIONS = 16;
/** The possibilities of an evaluated value: an alts' options (evaluated when it was built), else the value itself. */
function options(v) {
    return v.kind === "alts" ? v.options : [v];
}
/** Evaluated options as one value, nested alts flattened; an alts stays one even with a single option. */
function alts(values, span) {
    const flat = values.flatMap(options);
    return flat.length > MAX_OPTIONS ? unknown(span) : { kind: "alts", options: flat, span };
}
/** `f` applied to each possibility of `v`: an alts gives an alts. */
function each(v, f) {
    return v.kind === "alts" ? alts(options(v).map(f), v.span) : f(v);
}
function unknown(span) {
    return { kind: "unknown", span };
}
/** A known list, every item a value. */
function knownItems(v) {
    return v.kind === "list" && !v.starred ? v.items : undefined;
}
/**
 * `items[lower:upper:step]` with Python's bounds (negative from the end, clamped; null = absent);
 * undefined when a bound is not a known number or the step is not positive.
 */
function sliceItems(items, lower, upper, step) {
    if (lower === undefined || upper === undefined || step === undefined || (step !== null && step <= 0))
        return undefined;
    const at = (b, fallback) => (b === null ? fallback : Math.min(Math.max(b < 0 ? items.length + b : b, 0), items.length));
    const picked = [];
    for (let i = at(lower, 0); i < at(upper, items.length); i += step ?? 1)
        picked.push(items[i]);
    return picked;
}
/** The entry of a known dict under a string key; undefined when the dict cannot say. */
function dictEntry(v, key, keyValue) {
    if (v.spread)
        return undefined;
    let hit;
    for (const e of v.entries) {
        const k = keyValue(e.key);
        if (k.kind !== "str")
            return undefined; // a computed key could be this one
        if (k.value === key)
            hit = e.value; // the last one wins, as in Python
    }
    return hit ?? "missing";
}


/***/ }),

/***/ 2770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lb: () => (/* binding */ buildModels),
  f1: () => (/* binding */ hasOwnCredentials)
});

// UNUSED EXPORTS: moduleLabel, yamlDeclaredSet

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
// EXTERNAL MODULE: ./src/python/classes.ts
var classes = __webpack_require__(8994);
;// CONCATENATED MODULE: ./src/python/model-code.ts
// What a model runs when it loads, decided by following imports from its entry rather than by everything
// shipped: a models-from-code file (python_model= / lc_model=) or a serving.yaml file that defines the model
// runs whole; an instance of a class defined in the logging script or notebook is pickled with only what its
// methods reach, so the script's own imports (DBUtils for an experiment path) are not the model's. Analysed
// modules those import run whole in turn, with their packages' __init__ files.

/**
 * Import statements the model executes, transitively. Absolute imports are resolved only under `roots` (the
 * entry's and the logging script's directories, where MLflow's code_paths land beside); an import that does
 * not resolve there is not followed, which keeps the set to what certainly runs.
 */
function modelImports(entries, project, roots) {
    const out = [];
    const whole = new Set();
    const queue = [];
    const reach = (imp, from, bindings) => {
        out.push({ imp, module: from });
        for (const m of targets(imp, from, bindings, project, roots)) {
            if (!whole.has(m)) {
                whole.add(m);
                queue.push(m);
            }
        }
    };
    for (const e of entries) {
        if (e.cls) {
            for (const [imp, bindings] of classImports(e.cls, e.module, project))
                reach(imp, e.module, bindings);
        }
        else if (!whole.has(e.module)) {
            whole.add(e.module);
            queue.push(e.module);
        }
    }
    for (let m = queue.shift(); m; m = queue.shift()) {
        const byStatement = importStatements(m);
        for (const imp of m.imports)
            reach(imp, m, byStatement.get(imp) ?? []);
    }
    return out;
}
const statementsOf = new WeakMap();
/** Every import binding of a module (module, class and function scopes), by the statement that makes it; once per module. */
function importStatements(m) {
    const hit = statementsOf.get(m);
    if (hit)
        return hit;
    const scopes = [m.scope, ...m.functions.map((f) => f.scope), ...m.classes.map((c) => c.scope)];
    const out = new Map();
    for (const s of scopes) {
        for (const list of s.bindings.values()) {
            for (const b of list) {
                if (b.kind !== "import")
                    continue;
                const imp = statementOf(m, b);
                if (imp)
                    out.set(imp, [...(out.get(imp) ?? []), b]);
            }
        }
    }
    statementsOf.set(m, out);
    return out;
}
function statementOf(m, b) {
    return m.imports.find((i) => i.span.file === b.span.file && i.span.start <= b.span.start && b.span.end <= i.span.end);
}
/** Imports inside the class and the module-level imports its methods, bases and attributes name (and the module's own functions and classes they use, in turn). */
function classImports(cls, module, project) {
    const byStatement = importStatements(module);
    const used = new Map();
    const use = (b) => {
        const imp = statementOf(module, b);
        if (imp)
            used.set(imp, [...(used.get(imp) ?? []), b]);
    };
    const owners = [cls];
    const seen = new Set(owners);
    for (let owner = owners.shift(); owner; owner = owners.shift()) {
        const scopes = ownedScopes(owner, module);
        for (const s of scopes)
            for (const list of s.bindings.values())
                for (const b of list)
                    if (b.kind === "import")
                        use(b);
        const exprs = "bases" in owner ? [...owner.bases, ...[...owner.instanceAttrs.values()].flat()] : [];
        for (const s of scopes)
            for (const list of s.bindings.values())
                for (const b of list)
                    if (b.kind === "value")
                        exprs.push(b.value);
        const inScope = new Set(scopes);
        for (const call of module.calls)
            if (inScope.has(call.scope))
                exprs.push(call);
        for (const name of names(exprs)) {
            const found = project.lookupScope(name.name, name.scope);
            if (found?.scope !== module.scope)
                continue;
            for (const b of found.bindings) {
                if (b.kind === "import")
                    use(b);
                const next = b.kind === "def" ? b.fn : b.kind === "class" ? b.cls : undefined;
                if (next && !seen.has(next)) {
                    seen.add(next);
                    owners.push(next);
                }
            }
        }
    }
    // Keep the module's statement order, and every binding of a used statement.
    return new Map([...byStatement.keys()].filter((i) => used.has(i)).map((i) => [i, used.get(i)]));
}
/** The scopes of a class (its body, methods and functions nested in them) or of a function (and its nested functions). */
function ownedScopes(owner, module) {
    const root = owner.scope;
    const out = [root];
    for (const fn of module.functions) {
        for (let s = fn.scope.parent; s; s = s.parent) {
            if (s === root) {
                out.push(fn.scope);
                break;
            }
        }
    }
    return out;
}
/** Every name an expression mentions, through attributes, calls and containers. */
function names(exprs) {
    const out = [];
    const stack = [...exprs];
    for (let e = stack.pop(); e; e = stack.pop()) {
        switch (e.kind) {
            case "name":
                out.push(e);
                break;
            case "attr":
                stack.push(e.object);
                break;
            case "call":
                stack.push(e.callee, ...e.args, ...e.keywords.map((k) => k.value), ...e.starKwargs);
                break;
            case "list":
                stack.push(...e.items);
                break;
            case "dict":
                for (const d of e.entries)
                    stack.push(d.key, d.value);
                break;
            default:
                break;
        }
    }
    return out;
}
/** The analysed modules an import statement loads: the module or package named, the names imported from it, and the packages' __init__ files on the way. */
function targets(imp, from, bindings, project, roots) {
    const dotted = imp.module.split(".").filter(Boolean);
    const candidates = [dotted, ...bindings.filter((b) => b.name !== undefined).map((b) => [...dotted, b.name])];
    const bases = imp.level > 0 ? [relativeBase(from, imp.level)] : roots;
    const out = [];
    for (const base of bases) {
        for (const parts of candidates) {
            const m = moduleAt(project, base, parts, from);
            if (!m)
                continue;
            out.push(m);
            // Importing a.b.c runs a/__init__.py and a/b/__init__.py first.
            for (let n = 1; n < parts.length; n++) {
                const init = project.fileAt(external_node_path_default().join(base, ...parts.slice(0, n), "__init__.py"), from);
                if (init)
                    out.push(init);
            }
        }
    }
    return out;
}
function relativeBase(from, level) {
    let dir = external_node_path_default().dirname(from.absPath);
    for (let l = 1; l < level; l++)
        dir = external_node_path_default().dirname(dir);
    return dir;
}
function moduleAt(project, base, parts, from) {
    if (parts.length === 0)
        return project.fileAt(external_node_path_default().join(base, "__init__.py"), from);
    const p = external_node_path_default().join(base, ...parts);
    return project.fileAt(`${p}.py`, from) ?? project.fileAt(external_node_path_default().join(p, "__init__.py"), from);
}

// EXTERNAL MODULE: ./src/python/resolve.ts + 5 modules
var resolve = __webpack_require__(6732);
// EXTERNAL MODULE: ./src/python/resources.ts
var resources = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/python/models.ts
// Pairs what describes one model: a serving.yaml `model` section (whose
// `model.code` names the files) and the `log_model` call found in those files;
// a log call outside any serving.yaml is a model of its own. The model's code
// is what runs at serving time: the python_model file or class, code_paths,
// and the listed files that define a model.






function yamlDeclaredSet(serving) {
    const res = (0,located/* getMap */.ZB)(serving.model, "resources");
    if (!res)
        return undefined;
    const set = { refs: [], complete: true, at: res.span, label: `${serving.source.path} model.resources`, origin: "serving.yaml", serving };
    for (const e of res.entries) {
        const kind = resources/* YAML_RESOURCE_KEYS */.G6[e.key.value];
        if (!kind || !(0,located/* isSeq */.oP)(e.value)) {
            set.complete = false;
            continue;
        }
        for (const item of e.value.items) {
            const name = (0,located/* str */.gx)(item);
            if (!name) {
                set.complete = false;
                continue;
            }
            const ref = { kind, name, at: name.span, via: `model.resources.${e.key.value}` };
            set.refs.push(ref);
        }
    }
    return set;
}
function buildModels(modules, servingFiles, logCalls, servingLists, agents, setModel) {
    const units = [];
    const paired = new Set();
    // Name resolution for following the model's imports (an index by path; cheap to build here).
    const project = new resolve/* Project */.M(modules);
    // Indexes, so pairing stays linear in a repository of many models.
    const modulesByPath = new Map();
    const index = (key, m) => {
        const list = modulesByPath.get(key);
        if (!list)
            modulesByPath.set(key, [m]);
        else if (!list.includes(m))
            list.push(m);
    };
    // A %%writefile module is found through its notebook, never by the path it writes (another notebook may write it too).
    for (const m of modules) {
        if (m.origin !== "writefile")
            index(m.absPath, m);
        index(m.source.absPath, m);
    }
    const logsByModule = new Map();
    for (const l of logCalls)
        logsByModule.set(l.module, [...(logsByModule.get(l.module) ?? []), l]);
    for (const serving of servingFiles) {
        if (!serving.model)
            continue;
        const listed = [...new Set(serving.codePaths.filter((c) => !c.escapesRoot).flatMap((c) => modulesByPath.get(c.absPath) ?? []))];
        listed.sort((a, b) => modules.indexOf(a) - modules.indexOf(b));
        const log = listed.flatMap((m) => logsByModule.get(m) ?? []).find((l) => !paired.has(l));
        if (log)
            paired.add(log);
        const code = new Set(listed.filter((m) => (0,classes/* definesModel */.q)(m, agents, setModel)));
        const unit = unitFor(log, code, project);
        unit.serving = serving;
        const list = servingLists.get(serving);
        if (list) {
            unit.requirementLists.push(list);
            unit.allRequirementLists.push(list);
        }
        const declared = yamlDeclaredSet(serving);
        if (declared)
            unit.declared.push(declared);
        units.push(unit);
    }
    for (const log of logCalls)
        if (!paired.has(log))
            units.push(unitFor(log, new Set(), project));
    return units;
}
/**
 * The model's entry points: the files that define it, and what the log call passes. An instance of a class
 * defined in the logging script itself is only that class; code_paths modules are not entries (shipping a
 * file does not run it): they count when an entry imports them.
 */
function entriesOf(log, defining) {
    const entries = [...defining].map((module) => ({ module }));
    const m = log?.modelModule;
    if (!log || !m)
        return entries;
    const cls = log.modelClass;
    entries.push(cls && m === log.module ? { module: m, cls } : { module: m });
    return entries;
}
function unitFor(log, code, project) {
    const entries = entriesOf(log, code);
    const roots = [...new Set([...entries.map((e) => external_node_path_default().dirname(e.module.absPath)), ...(log ? [external_node_path_default().dirname(log.module.absPath)] : [])])];
    const unit = { code: [], requirementLists: [], allRequirementLists: [], declared: [], imports: modelImports(entries, project, roots) };
    if (log) {
        unit.log = log;
        if (log.modelModule)
            code.add(log.modelModule);
        for (const m of log.codePathModules)
            if (m.absPath.endsWith(".py"))
                code.add(m);
        if (log.pipRequirements)
            unit.requirementLists.push(log.pipRequirements);
        for (const l of [log.pipRequirements, log.extraPipRequirements])
            if (l)
                unit.allRequirementLists.push(l);
        if (log.resources)
            unit.declared.push(log.resources);
        if (log.authPolicy)
            unit.declared.push(log.authPolicy);
    }
    unit.code = [...code];
    return unit;
}
/** A serving.yaml served entity gives the model its own Databricks credentials (no passthrough needed). */
function hasOwnCredentials(serving) {
    const entities = serving?.endpoint?.servedEntities ?? [];
    return entities.some((e) => {
        const env = (0,located/* getMap */.ZB)(e.node, "environment_vars");
        return env?.entries.some((x) => /^DATABRICKS_(TOKEN|CLIENT_SECRET)$/.test(x.key.value)) ?? false;
    });
}
function moduleLabel(m) {
    return m.origin === "writefile" ? `${path.basename(m.absPath)} (written by ${m.source.path})` : m.source.path;
}


/***/ }),

/***/ 1384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ where),
/* harmony export */   d: () => (/* binding */ emptyPythonFacts)
/* harmony export */ });
function emptyPythonFacts() {
    return {
        modules: [], endpointRefs: [], uses: new Map(), logCalls: [], requirementLists: [], agents: [], setModel: new Set(),
        rawOutputDicts: [], helperArgsProblems: [], models: [], endpointConfigs: [], extraFiles: [], problems: [],
    };
}
function where(span) {
    return `${span.file}:${span.line}`;
}


/***/ }),

/***/ 6865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ servingRequirementList),
/* harmony export */   Nx: () => (/* binding */ RequirementReader),
/* harmony export */   hE: () => (/* binding */ spanLabel),
/* harmony export */   tL: () => (/* binding */ buildList),
/* harmony export */   wn: () => (/* binding */ includeSite)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6847);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3516);
// Requirement lists: entries from a Python list, a serving.yaml sequence or a
// requirements file, with `-r` files followed relative to the file that names
// them. No lezer here: a YAML-only run builds serving.yaml lists too.



class RequirementReader {
    read;
    files = new Map();
    constructor(read) {
        this.read = read;
    }
    /** Entries of a requirements file, `-r` expanded; undefined when it (or a file it includes) cannot be read. */
    file(absPath, seen = new Set(), namedAt, options) {
        if (seen.has(absPath))
            return []; // an include cycle adds nothing new
        if (this.files.has(absPath) && seen.size === 0)
            return this.files.get(absPath);
        const source = this.read(absPath, namedAt, options);
        if (!source)
            return undefined;
        const own = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRequirementsText */ .XW)(source.text, (s, e) => source.lines.span(source.path, s, e));
        const out = this.expand(own, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(absPath), new Set([...seen, absPath]));
        if (seen.size === 0)
            this.files.set(absPath, out);
        return out;
    }
    /**
     * Replaces each `-r file` entry by that file's entries (the include line itself stays, for its span).
     * `options` apply to these entries' files, not to the `-r` lines inside them (pip reads those relative to their file).
     */
    expand(entries, baseDir, seen = new Set(), options) {
        const out = [];
        let unread = false;
        for (const e of entries) {
            out.push(e);
            if (!e.include)
                continue;
            // Every unreadable `-r` is reported at its own line, so read on past the first.
            const inner = this.file(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baseDir, e.include.value), seen, e.include.span, options);
            if (inner)
                out.push(...inner);
            else
                unread = true;
        }
        return unread ? undefined : out;
    }
}
function buildList(reader, entries, baseDir, meta, options) {
    const parsed = (entries ?? []).map((e) => (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRequirement */ .pP)(e.text, e.span));
    const expanded = entries ? reader.expand(parsed, baseDir, new Set(), options) : undefined;
    const list = { ...meta, known: expanded !== undefined, entries: expanded ?? parsed };
    if (expanded)
        list.includedBy = includes(parsed, expanded);
    return list;
}
/** expand() puts a file's entries right after the line that names it: each belongs to the last own include seen. */
function includes(own, expanded) {
    const mine = new Set(own);
    const out = new Map();
    let current;
    for (const r of expanded) {
        if (mine.has(r))
            current = r.include ? r : undefined;
        else if (current)
            out.set(r, current);
    }
    return out;
}
/** Where a list pulls in the `-r` file an entry came from: the place a user sees from the log_model call or serving.yaml. */
function includeSite(list, req) {
    const via = list.includedBy?.get(req);
    return via?.include ? { message: `pulled in by ${list.label}`, span: via.include.span } : undefined;
}
/** A YAML scalar's entry span: offsets inside the value map into the file when the file shows it verbatim. */
function yamlEntry(source, node) {
    if (node.kind !== "scalar" || typeof node.value !== "string")
        return undefined;
    const value = node.value;
    const span = node.span;
    const raw = source.text.slice(span.start, span.end);
    const offset = raw === value ? 0 : raw.slice(1, -1) === value ? 1 : -1;
    const whole = () => span;
    const at = offset < 0 ? whole : (f, t) => source.lines.span(source.path, span.start + offset + f, span.start + offset + t);
    return { text: value, span: at };
}
function servingRequirementList(reader, serving) {
    const seq = (0,_lint_yaml_located_js__WEBPACK_IMPORTED_MODULE_1__/* .getSeq */ .Mo)(serving.model, "pip_requirements");
    if (!seq)
        return undefined;
    const entries = [];
    let literal = true;
    for (const item of seq.items) {
        const e = yamlEntry(serving.source, item);
        if (e)
            entries.push(e);
        else
            literal = false;
    }
    const list = buildList(reader, entries, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(serving.source.absPath), {
        origin: "serving.yaml", complete: true, at: seq.span, label: `${serving.source.path} model.pip_requirements`,
    });
    if (!literal)
        list.known = false;
    return list;
}
function spanLabel(what, span) {
    return `${what} at ${span.file}:${span.line}`;
}


/***/ }),

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   XW: () => (/* binding */ parseRequirementsText),
/* harmony export */   pP: () => (/* binding */ parseRequirement),
/* harmony export */   vs: () => (/* binding */ HOLE)
/* harmony export */ });
/* unused harmony export stripComment */
/* harmony import */ var _renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__);

/** Marks a hole: text computed at log time. */
const HOLE = "\0";
/** PEP 503 normalisation. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, "-");
}
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const HASH_FRAGMENT = /#(?:.*&)?(?:sha1|sha224|sha256|sha384|sha512|md5)=[0-9a-fA-F]+/;
const VCS_COMMIT = /^(?:git|hg|svn|bzr)\+.*@([0-9a-fA-F]{7,64})(?:[#?].*)?$/;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i;
function parseRequirement(raw, span) {
    // pip's per-requirement options: `--hash=...` pins the artifact; others are ignored.
    const optionAt = raw.search(/\s--?[a-zA-Z]/);
    const hashes = /\s--hash[=\s]/.test(raw);
    const body = (optionAt === -1 ? raw : raw.slice(0, optionAt)).trimEnd();
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    const at = (from, to) => span(lead + from, lead + to);
    const req = { text: { value: text, span: at(0, text.length) }, extras: [], specifiers: [], pin: "none" };
    const inc = /^(?:-r|--requirement)(?:\s+|=)(\S+)$/.exec(text);
    if (inc) {
        const p = inc[1];
        req.include = { value: p, span: at(text.length - p.length, text.length) };
        return req;
    }
    if (/^-e\s|^--editable[\s=]/.test(text))
        return urlOrPath(req, text.replace(/^(-e|--editable)[\s=]+/, ""), hashes);
    if (text.startsWith("-")) {
        req.option = true;
        return req;
    }
    const bareArchive = ARCHIVE.test(text) && !/[\s@;]/.test(text);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[./~]/.test(text) || bareArchive)
        return urlOrPath(req, text, hashes);
    const name = NAME.exec(text);
    if (!name) {
        // f"{pkg}=={version}": the name is computed too; the operator still tells whether it pins.
        if (!text.startsWith(HOLE))
            req.problem = "no package name";
        else if (/[=<>~!]=?/.test(text)) {
            const op = text.search(/[=<>~!]/);
            return pinFromSpec(req, text.slice(op), at, op);
        }
        return req;
    }
    req.name = { value: name[0], span: at(0, name[0].length) };
    req.key = normalizeName(name[0]);
    let i = name[0].length;
    const skip = () => {
        while (text[i] === " " || text[i] === "\t")
            i++;
    };
    skip();
    if (text[i] === "[") {
        const close = text.indexOf("]", i);
        if (close === -1)
            return { ...req, problem: "unclosed extras" };
        req.extras = text.slice(i + 1, close).split(",").map((e) => e.trim()).filter(Boolean);
        i = close + 1;
        skip();
    }
    const semi = text.indexOf(";", i);
    const rest = (semi === -1 ? text.slice(i) : text.slice(i, semi)).trimEnd();
    if (semi !== -1)
        req.marker = text.slice(semi + 1).trim();
    if (rest.startsWith("@")) {
        const url = rest.slice(1).trim();
        return urlOrPath(req, url, hashes);
    }
    if (rest === "")
        return req;
    const inner = rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1) : rest;
    return pinFromSpec(req, inner, at, i + (inner === rest ? 0 : 1));
}
// PEP 440 parsing is the costly part of a requirement, and the same specifiers
// recur across a repository's models: parse each distinct one once.
const specifiers = new Map();
function parseSpecifierCached(spec) {
    const hit = specifiers.get(spec);
    if (hit !== undefined)
        return hit;
    const parsed = (0,_renovatebot_pep440_lib_specifier_js__WEBPACK_IMPORTED_MODULE_0__.parse)(spec);
    specifiers.set(spec, parsed);
    return parsed;
}
function pinFromSpec(req, spec, at, offset) {
    req.specifierSpan = at(offset, offset + spec.length);
    if (spec.includes(HOLE)) {
        // A version computed at log time: `==` with a hole is a pin; anything else is a range whatever the hole holds.
        const ops = spec.split(",").map((c) => /^\s*(===|==|~=|!=|<=|>=|<|>)/.exec(c)?.[1]);
        if (ops.includes("==") || ops.includes("==="))
            req.pin = "computed";
        for (const op of ops)
            if (op)
                req.specifiers.push({ op, version: HOLE });
        return req;
    }
    const parsed = parseSpecifierCached(spec);
    if (!parsed) {
        req.problem = `invalid version specifier "${spec.trim()}"`;
        return req;
    }
    for (const c of parsed) {
        // `===` takes arbitrary strings, which the parser returns as `legacy`.
        const version = c.version ?? c.legacy ?? "";
        req.specifiers.push({ op: c.operator, version: c.prefix ? `${version}${c.prefix}` : version });
        if ((c.operator === "==" && !c.prefix) || c.operator === "===") {
            req.pin = "exact";
            req.exactVersion = version;
        }
    }
    return req;
}
function urlOrPath(req, target, hashes) {
    req.url = target;
    const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)?.[1];
    if (!req.key && egg)
        req.key = normalizeName(egg);
    if (HASH_FRAGMENT.test(target) || hashes || VCS_COMMIT.test(target))
        req.pin = "url";
    else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !/^(?:git|hg|svn|bzr)\+/.test(target) && ARCHIVE.test(target))
        req.pin = "file";
    return req;
}
/**
 * A requirements file → entries, each with its span: comments dropped, `\` continuation lines joined
 * (offsets still map to the file), blank lines skipped.
 */
function parseRequirementsText(text, spanOf) {
    const out = [];
    // Logical lines: pieces of physical lines, each remembering where it starts in the file.
    let pieces = [];
    const flush = () => {
        if (pieces.length === 0)
            return;
        const logical = pieces.map((p) => p.text).join("");
        const starts = pieces;
        pieces = [];
        const fileOffset = (i) => {
            let acc = 0;
            for (const p of starts) {
                if (i <= acc + p.text.length)
                    return p.start + (i - acc);
                acc += p.text.length;
            }
            const last = starts[starts.length - 1];
            return last.start + last.text.length;
        };
        const stripped = stripComment(logical);
        if (stripped.trim() === "")
            return;
        out.push(parseRequirement(stripped, (f, t) => spanOf(fileOffset(f), fileOffset(t))));
    };
    let lineStart = 0;
    while (lineStart <= text.length) {
        const nl = text.indexOf("\n", lineStart);
        const end = nl === -1 ? text.length : nl;
        let line = text.slice(lineStart, end);
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        if (line.endsWith("\\") && !/(^|\s)#/.test(line))
            pieces.push({ text: line.slice(0, -1), start: lineStart });
        else {
            pieces.push({ text: line, start: lineStart });
            flush();
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    flush();
    return out;
}
/** pip's rule: `#` starts a comment at the line start or after whitespace (`#egg=` and `#sha256=` in URLs survive). */
function stripComment(line) {
    const m = /(^|\s)#/.exec(line);
    return m ? line.slice(0, m.index) : line;
}


/***/ }),

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ Project),
  m: () => (/* binding */ lastSegment)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/python/evaluate/call-binding.ts
/** Nested calls followed at most. */
const MAX_CALLS = 4;
/** The call's arguments by parameter (defaults for the rest); undefined when they are not all known or would not bind. */
function bindCall(fn, call, frames) {
    if (call.starArgs || call.starKwargs.length > 0 || frames.length >= MAX_CALLS)
        return undefined;
    if (call.args.length > fn.positional.length && !fn.variadic)
        return undefined; // a TypeError
    const args = new Map();
    for (let i = 0; i < call.args.length; i++) {
        const param = fn.positional[i];
        if (param === undefined)
            return undefined;
        args.set(param, { expr: call.args[i], frames });
    }
    for (const k of call.keywords) {
        if (!fn.params.includes(k.name) || args.has(k.name))
            return undefined;
        args.set(k.name, { expr: k.value, frames });
    }
    for (const [param, value] of fn.defaults)
        if (!args.has(param))
            args.set(param, { expr: value, frames: [] });
    return { scope: fn.scope, args };
}

;// CONCATENATED MODULE: ./src/python/evaluate/call-sites.ts

/** Call sites of one function followed into its body. */
const MAX_SITES = 32;
/**
 * An expression in the body of a repository function, at each call site of that function in the
 * analysed modules: `def make_llm(name): ChatDatabricks(endpoint=name)` … `make_llm("x")` gives "x".
 * Decorated functions are not followed (the wrapper decides the arguments), nor methods but for `self.X`
 * stored from an `__init__` parameter: that parameter at each `Cls(...)` call.
 */
function valuesAtCallSites(project, evaluate, expr, scope) {
    const fn = scope.fn;
    if (fn?.cls)
        return atConstructions(project, evaluate, expr, fn.cls);
    if (!fn || fn.opaque)
        return [];
    const out = [];
    for (const site of project.callSites(fn).slice(0, MAX_SITES)) {
        const frame = bindCall(fn, site, []);
        if (frame)
            out.push(evaluate(expr, [frame]));
    }
    return out;
}
/** `self.X` in a method of `cls`, X stored once (from an `__init__` parameter, `self.x = x`), at each construction of `cls`. */
function atConstructions(project, evaluate, expr, cls) {
    const init = cls.methods.get("__init__");
    if (expr.kind !== "attr" || expr.object.kind !== "name" || !init || init.opaque)
        return [];
    if (project.selfClass(expr.object) !== cls)
        return [];
    const store = project.attrStore(expr.object.name, expr.attr, cls, true);
    if (store?.kind !== "name" || store.scope !== init.scope || !init.params.slice(1).includes(store.name))
        return [];
    // The constructor's arguments fill __init__'s parameters after `self`.
    const bound = { ...init, positional: init.positional.slice(1) };
    const out = [];
    for (const site of project.callSites(cls).slice(0, MAX_SITES)) {
        const frame = bindCall(bound, site, []);
        if (frame)
            out.push(evaluate(store, [frame]));
    }
    return out;
}

// EXTERNAL MODULE: ./src/python/evaluate/values.ts
var evaluate_values = __webpack_require__(3288);
;// CONCATENATED MODULE: ./src/python/evaluate/model-config.ts
// MLflow model config as the evaluator sees it. `ModelConfig(development_config=D)`
// reads D (a dict, or a YAML path) when the model runs without a logged config;
// a model logged from code with `log_model(python_model="agent.py", model_config=M)`
// runs with M instead (MLflow sets `__mlflow_model_config__`, which wins over D), and
// `ModelConfig()` with no argument reads M only. So a config's value is the set of
// the sources that some run really reads: D and every M logged for this module.
// It is always an alts, even with one source: a log call we do not see may replace
// it, so no key is certain on every path, while a literal in any source really
// reaches its use in that run (a retired endpoint there is a defect).
//
// Relative paths: MLflow opens them from the working directory; we take the
// directory of the file that names them (a notebook's own directory on Databricks),
// as requirement files do. A file that is missing, outside the repository or not
// a YAML mapping is unknown, and so is a key the config does not have.


/** Where ModelConfig is defined, as code imports it. */
const MODEL_CONFIG = new Set(["mlflow.models.ModelConfig", "mlflow.models.model_config.ModelConfig"]);
const MAX_DEPTH = 32;
const MAX_ENTRIES = 500;
class ModelConfigs {
    host;
    readYaml;
    logged;
    files = new Map();
    constructor(host, readYaml) {
        this.host = host;
        this.readYaml = readYaml;
    }
    isModelConfig(call) {
        const q = this.host.qualify(call.callee);
        return q !== undefined && q.origin === "import" && MODEL_CONFIG.has(q.path);
    }
    /** The config a `ModelConfig(...)` call reads, as the alts of its sources; unknown when it has none we can read. */
    value(call) {
        if (call.args.length > 0 || call.starArgs || call.starKwargs.length > 0)
            return (0,evaluate_values/* unknown */.L5)(call.span);
        const sources = [];
        const dev = call.keywords.find((k) => k.name === "development_config");
        if (call.keywords.some((k) => k.name !== "development_config"))
            return (0,evaluate_values/* unknown */.L5)(call.span);
        if (dev && !(dev.value.kind === "const" && dev.value.text === "None"))
            sources.push(this.source(dev.value, call.scope.module));
        for (const l of this.loggedFor(call.scope.module))
            sources.push(l.expr ? this.source(l.expr, l.module) : (0,evaluate_values/* unknown */.L5)(call.span));
        return sources.length > 0 ? (0,evaluate_values/* alts */.Ny)(sources, call.span) : (0,evaluate_values/* unknown */.L5)(call.span);
    }
    /** A dict, or a YAML path read relative to the naming file. */
    source(expr, from) {
        const v = this.host.value(expr);
        if (v.kind === "dict")
            return v;
        if (v.kind !== "str" || !this.readYaml)
            return (0,evaluate_values/* unknown */.L5)(expr.span);
        const abs = external_node_path_default().resolve(external_node_path_default().dirname(from.absPath), v.value);
        let hit = this.files.get(abs);
        if (!hit) {
            const root = this.readYaml(abs);
            hit = root?.kind === "map" ? yamlValue(root, 0) : (0,evaluate_values/* unknown */.L5)(expr.span);
            this.files.set(abs, hit);
        }
        return hit;
    }
    /** The `model_config=` of every log call whose `python_model`/`lc_model` path is this module (undefined expr: hidden in `**kwargs`). */
    loggedFor(module) {
        if (!this.logged) {
            this.logged = new Map();
            for (const m of this.host.modules) {
                for (const call of m.calls) {
                    const target = this.loggedModule(call, m);
                    if (!target)
                        continue;
                    const config = call.keywords.find((k) => k.name === "model_config");
                    if (!config && call.starKwargs.length === 0)
                        continue;
                    if (config && config.value.kind === "const" && config.value.text === "None")
                        continue;
                    const list = this.logged.get(target) ?? [];
                    list.push({ expr: config?.value, module: m });
                    this.logged.set(target, list);
                }
            }
        }
        return this.logged.get(module) ?? [];
    }
    /** The module a models-from-code log call logs: `mlflow.<flavour>.log_model(python_model="agent.py")`. */
    loggedModule(call, from) {
        const c = call.callee;
        if ((c.kind === "attr" ? c.attr : undefined) !== "log_model")
            return undefined;
        const q = this.host.qualify(c);
        if (!q || q.origin !== "import" || !q.path.startsWith("mlflow."))
            return undefined;
        const model = call.keywords.find((k) => k.name === "python_model" || k.name === "lc_model");
        const v = model ? this.host.value(model.value) : undefined;
        return v?.kind === "str" ? this.host.fileAt(external_node_path_default().resolve(external_node_path_default().dirname(from.absPath), v.value), from) : undefined;
    }
}
/** A YAML node as a value: mappings and sequences of scalars, each with the span of its own text. */
function yamlValue(node, depth) {
    if (depth > MAX_DEPTH)
        return (0,evaluate_values/* unknown */.L5)(node.span);
    switch (node.kind) {
        case "map":
            if (node.entries.length > MAX_ENTRIES)
                return (0,evaluate_values/* unknown */.L5)(node.span);
            return {
                kind: "dict", spread: false, span: node.span,
                entries: node.entries.map((e) => ({ key: { kind: "str", value: e.key.value, span: e.key.span }, value: yamlValue(e.value, depth + 1) })),
            };
        case "seq":
            if (node.items.length > MAX_ENTRIES)
                return (0,evaluate_values/* unknown */.L5)(node.span);
            return { kind: "list", starred: false, span: node.span, items: node.items.map((i) => yamlValue(i, depth + 1)) };
        case "scalar":
            return scalar(node.value, node.span);
        default:
            return (0,evaluate_values/* unknown */.L5)(node.span);
    }
}
function scalar(value, span) {
    if (typeof value === "string")
        return { kind: "str", value, span };
    if (value === null)
        return { kind: "const", text: "None", span };
    if (typeof value === "boolean")
        return { kind: "const", text: value ? "True" : "False", span };
    return { kind: "const", text: String(value), span };
}

// EXTERNAL MODULE: ./src/python/evaluate/environment.ts
var environment = __webpack_require__(7797);
;// CONCATENATED MODULE: ./src/python/evaluate/settings-objects.ts
const DATACLASS = new Set(["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]);
const BASES = {
    "pydantic.BaseModel": "pydantic",
    "pydantic.main.BaseModel": "pydantic",
    "pydantic_settings.BaseSettings": "pydantic-settings",
    // pydantic v1 kept BaseSettings in pydantic itself.
    "pydantic.BaseSettings": "pydantic-settings",
};
/** What kind of settings class `cls` is, when its behaviour on construction is plain enough to follow. */
function settingsKind(cls, qualify) {
    const imported = (e) => {
        const q = qualify(e);
        return q?.origin === "import" ? q.path : undefined;
    };
    const fromDecorator = cls.decorators.length === 1 && DATACLASS.has(imported(cls.decorators[0]) ?? "") ? "dataclass" : undefined;
    const base = cls.bases.length === 1 ? BASES[imported(cls.bases[0]) ?? ""] : undefined;
    if (cls.decorators.length > (fromDecorator ? 1 : 0))
        return undefined; // another decorator may replace the class
    const kind = fromDecorator ?? base;
    if (!kind || (fromDecorator && cls.bases.length > 0))
        return undefined;
    for (const [name, fn] of cls.methods)
        if (fn.opaque || name === "__init__" || name === "__post_init__")
            return undefined;
    return kind;
}
/** The field's value on an instance made by `call`: the keyword passed, else the class default; undefined when not certain. */
function fieldSource(cls, kind, call, attr) {
    if (call.args.length > 0 || call.starArgs || call.starKwargs.length > 0 || cls.instanceAttrs.has(attr))
        return undefined;
    const passed = call.keywords.find((k) => k.name === attr);
    if (passed)
        return { expr: passed.value, possibleOnly: false };
    const own = cls.scope.bindings.get(attr);
    if (own?.length !== 1 || own[0].kind !== "value")
        return undefined;
    return { expr: own[0].value, possibleOnly: kind === "pydantic-settings" };
}

;// CONCATENATED MODULE: ./src/python/evaluate/evaluate.ts





const MAX_HOPS = 48;
const MAX_ITEMS = 500;
const SEQUENCE_BUILTINS = new Set(["list", "tuple", "set", "frozenset", "sorted"]);
class Evaluator {
    project;
    environmentOf;
    configs;
    constructor(project, readYaml, environmentOf) {
        this.project = project;
        this.environmentOf = environmentOf;
        this.configs = new ModelConfigs(project, readYaml);
    }
    /** `os.environ[name]` (fallback undefined) or `os.getenv(name, fallback)` read in `module` (evaluate/environment.ts). */
    env(module, nameExpr, fallback, at, frames, hops) {
        const entities = this.environmentOf?.(module);
        const name = entities && this.value(nameExpr, frames, hops + 1);
        return name?.kind === "str" ? (0,environment/* envValue */.$R)(entities, name.value, fallback, at.span) : (0,evaluate_values/* unknown */.L5)(at.span);
    }
    value(expr, frames = [], hops = 0) {
        if (hops > MAX_HOPS)
            return (0,evaluate_values/* unknown */.L5)(expr.span);
        switch (expr.kind) {
            case "name":
                return this.name(expr.name, expr.scope, expr, frames, hops);
            case "attr":
                return this.attr(expr.object, expr.attr, expr, hops);
            case "subscript":
                return this.subscript(expr.object, expr.index, expr, frames, hops);
            case "list":
                return this.list(expr, frames, hops);
            case "dict":
                return this.dict(expr, frames, hops);
            case "call":
                return this.call(expr, frames, hops);
            case "slice":
                return this.slice(expr, frames, hops);
            case "add":
                return this.add(expr, frames, hops);
            case "starred":
                return (0,evaluate_values/* unknown */.L5)(expr.span);
            case "alts":
                return this.alts(expr, frames, hops);
            default:
                return expr;
        }
    }
    alts(expr, frames, hops) {
        return (0,evaluate_values/* alts */.Ny)(expr.options.map((o) => this.value(o, frames, hops + 1)), expr.span);
    }
    name(name, scope, at, frames, hops) {
        const found = this.project.lookupScope(name, scope);
        if (!found || scope.module.mutated.has(name))
            return (0,evaluate_values/* unknown */.L5)(at.span);
        if (found.bindings.length > 1)
            return this.arms(found.bindings, at, frames, hops, { at: at.span.start, sameScope: found.scope === scope });
        const frame = frames.find((f) => f.scope === found.scope);
        const arg = frame?.args.get(name);
        if (arg && found.bindings[0].kind === "other")
            return this.value(arg.expr, arg.frames, hops + 1);
        return this.binding(found.bindings[0], scope.module, at, frames, hops);
    }
    /**
     * A name bound once in each of several arms of one `if` (and nowhere else), read after that `if`
     * (`read`: where in the same module; undefined for another module, which reads it once the module
     * has run): one of the arms' values. Read inside the `if`, only its own arm would hold.
     */
    arms(bindings, at, frames, hops, read) {
        const first = bindings[0];
        const branch = first?.kind === "value" ? first.arm?.branch : undefined;
        // In the same scope the read runs after the `if` only when it is written after it (before: a NameError);
        // a function body runs when called, so only a read inside the `if` itself is excluded there.
        if (!branch)
            return (0,evaluate_values/* unknown */.L5)(at.span);
        const placed = !read || (read.sameScope ? read.at >= branch.end : read.at < branch.start || read.at >= branch.end);
        if (!placed)
            return (0,evaluate_values/* unknown */.L5)(at.span);
        const seen = new Set();
        const values = [];
        for (const b of bindings) {
            if (b.kind !== "value" || b.arm?.branch !== branch || seen.has(b.arm.index))
                return (0,evaluate_values/* unknown */.L5)(at.span);
            seen.add(b.arm.index);
            values.push(this.value(b.value, frames, hops + 1));
        }
        return (0,evaluate_values/* alts */.Ny)(values, at.span);
    }
    /** `from` is the module holding the binding: relative imports start there. */
    binding(b, from, at, frames, hops) {
        switch (b.kind) {
            case "value":
                return this.value(b.value, frames, hops + 1);
            case "import": {
                if (b.name === undefined)
                    return (0,evaluate_values/* unknown */.L5)(at.span);
                const target = this.project.moduleFor(from, b.module, b.level);
                return target ? this.imported(b.name, target, at, hops) : (0,evaluate_values/* unknown */.L5)(at.span);
            }
            default:
                return (0,evaluate_values/* unknown */.L5)(at.span);
        }
    }
    /** A module-level name of another module: its one binding, or its arms (that module has run by the time it is imported). */
    imported(name, target, at, hops) {
        const bindings = target.mutated.has(name) ? undefined : target.scope.bindings.get(name);
        if (!bindings)
            return (0,evaluate_values/* unknown */.L5)(at.span);
        if (bindings.length > 1)
            return this.arms(bindings, at, [], hops + 1);
        return this.binding(bindings[0], target, at, [], hops + 1);
    }
    attr(object, attr, at, hops) {
        if (object.kind !== "name")
            return (0,evaluate_values/* unknown */.L5)(at.span);
        const selfCls = this.project.selfClass(object);
        const cls = selfCls ?? this.project.classOf(object);
        if (cls) {
            const store = this.project.attrStore(object.name, attr, cls, selfCls !== undefined);
            return store ? this.value(store, [], hops + 1) : (0,evaluate_values/* unknown */.L5)(at.span);
        }
        // `import agent` … `agent.LLM_ENDPOINT`
        const b = this.project.only(object.name, object.scope);
        if (b?.kind === "import" && b.name === undefined) {
            const target = this.project.moduleFor(object.scope.module, b.module, b.level);
            if (target)
                return this.imported(attr, target, at, hops);
        }
        const instance = this.value(object, [], hops + 1);
        return instance.kind === "call" ? this.field(instance, attr, at, hops) : (0,evaluate_values/* unknown */.L5)(at.span);
    }
    /** `settings.field` of a settings object made by `call` (evaluate/settings-objects.ts). */
    field(call, attr, at, hops) {
        const cls = this.project.classOf(call.callee);
        const kind = cls && settingsKind(cls, (e) => this.project.qualify(e));
        const source = cls && kind && !this.project.attrStored(attr) ? fieldSource(cls, kind, call, attr) : undefined;
        if (!source)
            return (0,evaluate_values/* unknown */.L5)(at.span);
        const v = this.value(source.expr, [], hops + 1);
        return source.possibleOnly ? (0,evaluate_values/* alts */.Ny)([v], at.span) : v;
    }
    subscript(object, index, at, frames, hops) {
        const os = (0,environment/* osPath */.uk)(object, (e) => this.project.qualify(e));
        if (os?.path === "os.environ")
            return this.env(os.module, index, undefined, at, frames, hops);
        const key = this.value(index, frames, hops + 1);
        return (0,evaluate_values/* each */.__)(this.value(object, frames, hops + 1), (container) => this.item(container, key, at, hops));
    }
    /** `container[key]` of one known container. */
    item(container, key, at, hops) {
        if (container.kind === "dict" && key.kind === "str") {
            const entry = (0,evaluate_values/* dictEntry */.xf)(container, key.value, (k) => this.value(k, [], hops + 1));
            return entry && entry !== "missing" ? this.value(entry, [], hops + 1) : (0,evaluate_values/* unknown */.L5)(at.span);
        }
        const items = (0,evaluate_values/* knownItems */.Cg)(container);
        if (items && key.kind === "const" && /^-?\d+$/.test(key.text)) {
            const i = Number(key.text);
            const item = items[i < 0 ? items.length + i : i];
            return item ? this.value(item, [], hops + 1) : (0,evaluate_values/* unknown */.L5)(at.span);
        }
        return (0,evaluate_values/* unknown */.L5)(at.span);
    }
    /** `A[i:j:k]` of a known sequence (values.ts `sliceItems`). */
    slice(expr, frames, hops) {
        const items = (0,evaluate_values/* knownItems */.Cg)(this.value(expr.object, frames, hops + 1));
        const bound = (e) => {
            if (!e)
                return null;
            const v = this.value(e, frames, hops + 1);
            return v.kind === "const" && /^-?\d+$/.test(v.text) ? Number(v.text) : v.kind === "const" && v.text === "None" ? null : undefined;
        };
        const picked = items && (0,evaluate_values/* sliceItems */.PS)(items, bound(expr.lower), bound(expr.upper), bound(expr.step));
        return picked ? { kind: "list", items: picked, starred: false, span: expr.span } : (0,evaluate_values/* unknown */.L5)(expr.span);
    }
    /** `A + B` of two known sequences; anything else (numbers, a string held by a name) is unknown. */
    add(expr, frames, hops) {
        const left = (0,evaluate_values/* knownItems */.Cg)(this.value(expr.left, frames, hops + 1));
        const right = left && (0,evaluate_values/* knownItems */.Cg)(this.value(expr.right, frames, hops + 1));
        if (!left || !right || left.length + right.length > MAX_ITEMS)
            return (0,evaluate_values/* unknown */.L5)(expr.span);
        return { kind: "list", items: [...left, ...right], starred: false, span: expr.span };
    }
    /** Items evaluated where the list stands (a returned list keeps its arguments' values); known spreads inlined. */
    list(list, frames, hops) {
        const items = [];
        let starred = false;
        for (const item of list.items) {
            if (items.length >= MAX_ITEMS)
                return { ...list, items, starred: true };
            if (item.kind === "starred") {
                const inner = (0,evaluate_values/* knownItems */.Cg)(this.value(item.value, frames, hops + 1));
                if (inner)
                    items.push(...inner);
                else
                    starred = true;
            }
            else
                items.push(this.value(item, frames, hops + 1));
        }
        return { kind: "list", items, starred, span: list.span };
    }
    dict(dict, frames, hops) {
        if (dict.entries.length > MAX_ITEMS)
            return { ...dict, spread: true };
        const entries = dict.entries.map((e) => ({ key: this.value(e.key, frames, hops + 1), value: this.value(e.value, frames, hops + 1) }));
        return { kind: "dict", entries, spread: dict.spread, span: dict.span };
    }
    call(call, frames, hops) {
        const callee = call.callee;
        const plain = !call.starArgs && call.starKwargs.length === 0;
        const os = plain && call.keywords.length === 0 && call.args.length >= 1 && call.args.length <= 2 ? (0,environment/* osPath */.uk)(callee, (e) => this.project.qualify(e)) : undefined;
        if (os && environment/* ENV_READ_CALLS */.$.has(os.path)) {
            const fallback = call.args[1] ? this.value(call.args[1], frames, hops + 1) : { kind: "const", text: "None", span: call.span };
            return this.env(os.module, call.args[0], fallback, call, frames, hops);
        }
        if (callee.kind === "attr" && (callee.attr === "get" || callee.attr === "to_dict") && plain && call.keywords.length === 0) {
            return (0,evaluate_values/* each */.__)(this.value(callee.object, frames, hops + 1), (receiver) => this.method(receiver, callee.attr, call, frames, hops));
        }
        const q = this.project.qualify(callee);
        if (q?.origin === "unbound" && SEQUENCE_BUILTINS.has(q.path) && plain && call.keywords.length === 0 && call.args.length === 1) {
            const items = (0,evaluate_values/* knownItems */.Cg)(this.value(call.args[0], frames, hops + 1));
            // sorted() reorders: the items are right, their order is not ours to claim, and no rule reads order.
            return items ? { kind: "list", items, starred: false, span: call.span } : (0,evaluate_values/* unknown */.L5)(call.span);
        }
        const fn = q?.origin === "local" || q?.origin === "import" ? this.project.functionOf(callee) : undefined;
        if (!fn)
            return call;
        return this.apply(fn, call, frames, hops);
    }
    /**
     * `cfg.get("key")` / `cfg.get("key", default)` on a known dict; `config.get("key")` and `config.to_dict()`
     * on an MLflow ModelConfig (whose get has no default and raises on a missing key).
     */
    method(receiver, method, call, frames, hops) {
        const config = receiver.kind === "call" && this.configs.isModelConfig(receiver) ? this.configs.value(receiver) : undefined;
        if (method === "to_dict")
            return config && call.args.length === 0 ? config : (0,evaluate_values/* unknown */.L5)(call.span);
        if (call.args.length < 1 || call.args.length > (config ? 1 : 2))
            return (0,evaluate_values/* unknown */.L5)(call.span);
        const key = this.value(call.args[0], frames, hops + 1);
        return (0,evaluate_values/* each */.__)(config ?? receiver, (container) => {
            if (container.kind !== "dict" || key.kind !== "str")
                return (0,evaluate_values/* unknown */.L5)(call.span);
            const entry = (0,evaluate_values/* dictEntry */.xf)(container, key.value, (k) => this.value(k, [], hops + 1));
            if (entry === "missing") {
                if (config)
                    return (0,evaluate_values/* unknown */.L5)(call.span);
                return call.args[1] ? this.value(call.args[1], frames, hops + 1) : { kind: "const", text: "None", span: call.span };
            }
            return entry ? this.value(entry, [], hops + 1) : (0,evaluate_values/* unknown */.L5)(call.span);
        });
    }
    /** A call of a repository function: its one return value, with the arguments bound to the parameters. */
    apply(fn, call, frames, hops) {
        const ret = fn.returns[0];
        if (fn.opaque || fn.cls || fn.returns.length !== 1 || !fn.returnsAtTop || !ret)
            return (0,evaluate_values/* unknown */.L5)(call.span);
        const frame = bindCall(fn, call, frames);
        return frame ? this.value(ret, [...frames, frame], hops + 1) : (0,evaluate_values/* unknown */.L5)(call.span);
    }
}

;// CONCATENATED MODULE: ./src/python/resolve.ts
// Name resolution over all analysed modules: Python's scope rules (a class body
// is not an enclosing scope for its methods), module-level constants, `self.X`
// and class attributes, and `from agent import LLM_ENDPOINT` across files. A
// name bound more than once, mutated, or bound by a loop is unknown.



const resolve_MAX_HOPS = 24;
class Project {
    modules;
    byPath = new Map();
    evaluator;
    stores;
    sites;
    derived;
    imported = new Map();
    /** Every folder name and file stem in the analysed modules' paths: an import whose first name is none of them names no analysed module. */
    pathNames = new Set();
    /**
     * `readYaml`: the confined reader for model-config YAML (none: such configs are unknown);
     * `environmentOf`: the served entities' environment_vars a module runs under (none: os.environ is unknown).
     */
    constructor(modules, options = {}) {
        this.modules = modules;
        this.evaluator = new Evaluator(this, options.readYaml, options.environmentOf);
        for (const m of modules) {
            this.byPath.set(m.absPath, [...(this.byPath.get(m.absPath) ?? []), m]);
            for (const part of m.absPath.split((external_node_path_default()).sep))
                this.pathNames.add(part.endsWith(".py") ? part.slice(0, -3) : part);
        }
    }
    /**
     * The module at a path, as seen from `from`. A file a notebook writes with %%writefile belongs to that
     * notebook: its own cells see it; another notebook never does (two notebooks writing agent.py are two
     * agents); a plain file sees it only when no real file is there and a single notebook writes it.
     */
    fileAt(absPath, from) {
        const all = this.byPath.get(absPath);
        if (!all)
            return undefined;
        const own = from && all.find((m) => m.origin === "writefile" && m.source === from.source);
        if (own)
            return own;
        const real = all.find((m) => m.origin !== "writefile");
        if (real)
            return real;
        const fromNotebook = from !== undefined && from.origin !== "file";
        return !fromNotebook && all.length === 1 ? all[0] : undefined;
    }
    /** The analysed module an import names, looked up from the importing file's directory upwards (memoized: the evaluator asks often). */
    moduleFor(from, module, level) {
        let known = this.imported.get(from);
        if (!known)
            this.imported.set(from, (known = new Map()));
        const key = `${level}:${module}`;
        if (known.has(key))
            return known.get(key);
        const hit = this.findModule(from, module, level);
        known.set(key, hit);
        return hit;
    }
    findModule(from, module, level) {
        let dir = external_node_path_default().dirname(from.absPath);
        for (let l = 1; l < level; l++)
            dir = external_node_path_default().dirname(dir);
        const rel = module.split(".").filter(Boolean);
        // `import mlflow` in each of a thousand modules: no path joins for a name no analysed path holds.
        if (rel.length > 0 && !this.pathNames.has(rel[0]))
            return undefined;
        for (let up = 0; up < (level > 0 ? 1 : 4); up++) {
            const base = external_node_path_default().join(dir, ...rel);
            const hit = rel.length === 0 ? this.fileAt(external_node_path_default().join(dir, "__init__.py"), from) : this.fileAt(`${base}.py`, from) ?? this.fileAt(external_node_path_default().join(base, "__init__.py"), from);
            if (hit)
                return hit;
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
        return undefined;
    }
    lookup(name, scope) {
        return this.lookupScope(name, scope)?.bindings;
    }
    /** The bindings of a name and the scope that holds them. */
    lookupScope(name, scope) {
        let s = scope;
        let first = true;
        while (s) {
            if (s.kind !== "class" || first) {
                const b = s.bindings.get(name);
                if (b)
                    return { bindings: b, scope: s };
            }
            first = false;
            s = s.parent;
        }
        return undefined;
    }
    /** The single binding of a name, or undefined when it is unbound, rebound or mutated. */
    only(name, scope) {
        const list = this.lookup(name, scope);
        if (!list || list.length !== 1 || scope.module.mutated.has(name))
            return undefined;
        return list[0];
    }
    /** The abstract value of an expression (evaluate/evaluate.ts); unknown when it is not certain. */
    value(expr) {
        return this.evaluator.value(expr);
    }
    /** The repository function a callee names: defined here, or imported from an analysed module. */
    functionOf(expr) {
        if (expr.kind !== "name")
            return undefined;
        const b = this.only(expr.name, expr.scope);
        if (b?.kind === "def")
            return b.fn;
        if (b?.kind === "import" && b.name !== undefined) {
            const target = this.moduleFor(expr.scope.module, b.module, b.level);
            const inner = target ? this.only(b.name, target.scope) : undefined;
            if (inner?.kind === "def")
                return inner.fn;
        }
        return undefined;
    }
    /**
     * The module a call returns: `importlib.import_module("mlflow")`, `__import__("mlflow")`,
     * or a lazy-import helper whose one return is an imported module (`mlflow = _import_mlflow()`).
     */
    importedModule(call, hops) {
        const q = this.qualify(call.callee, hops + 1);
        if (q && (q.origin === "import" || q.origin === "unbound") && IMPORT_CALLS.has(q.path) && call.args.length === 1 && call.keywords.length === 0) {
            const name = call.args[0];
            // Only an absolute module name: a relative one needs `package=`, which we do not follow.
            return name.kind === "str" && /^[A-Za-z_][\w.]*$/.test(name.value) ? { path: name.value, origin: "import" } : undefined;
        }
        const fn = q?.origin === "local" || q?.origin === "import" ? this.functionOf(call.callee) : undefined;
        const ret = fn && !fn.opaque && fn.returns.length === 1 && call.args.length === 0 ? fn.returns[0] : undefined;
        if (ret?.kind !== "name")
            return undefined;
        const inner = this.qualify(ret, hops + 1);
        // `import mlflow` inside the helper: the name it returns is that module, however it was bound.
        return inner?.origin === "import" && this.lookup(ret.name, ret.scope)?.every((x) => x.kind === "import" && x.name === undefined) ? inner : undefined;
    }
    /** The class whose method this `self` (first parameter) belongs to. */
    selfClass(name) {
        if (name.kind !== "name")
            return undefined;
        const fn = name.scope.fn;
        if (!fn?.cls || fn.params[0] !== name.name)
            return undefined;
        const own = name.scope.bindings.get(name.name);
        return own?.length === 1 && own[0].kind === "other" ? fn.cls : undefined;
    }
    /** The one expression `cls.attr` (read as `object.attr`; `self.attr` when `isSelf`) holds: an instance store or a class attribute. */
    attrStore(object, attr, cls, isSelf) {
        if (cls.scope.module.mutated.has(`${object}.${attr}`) || this.attrStored(attr))
            return undefined;
        if (isSelf && this.subclassed(cls))
            return undefined; // `self` may be a subclass that overrides it
        const inst = cls.instanceAttrs.get(attr);
        const own = cls.scope.bindings.get(attr);
        if (inst && own)
            return undefined;
        if (inst)
            return inst.length === 1 ? inst[0] : undefined;
        return own?.length === 1 && own[0].kind === "value" ? own[0].value : undefined;
    }
    /** The calls of a repository function (or constructions of a repository class) across the analysed modules, as written. */
    callSites(fn) {
        if (!this.sites) {
            this.sites = new Map();
            for (const m of this.modules) {
                for (const call of m.calls) {
                    const target = this.functionOf(call.callee) ?? this.classOf(call.callee);
                    if (!target)
                        continue;
                    const list = this.sites.get(target) ?? [];
                    list.push(call);
                    this.sites.set(target, list);
                }
            }
        }
        return this.sites.get(fn) ?? [];
    }
    /** What an expression in a function's body is at each call site of that function (evaluate/call-sites.ts). */
    atCallSites(expr, scope) {
        return valuesAtCallSites(this, (e, frames) => this.evaluator.value(e, frames), expr, scope);
    }
    /** An attribute some module assigns on an object other than `self` (or through a computed `setattr`). */
    attrStored(attr) {
        this.stores ??= new Set(this.modules.flatMap((m) => [...m.attrStores]));
        return this.stores.has(attr) || this.stores.has("*");
    }
    /**
     * Whether an analysed class derives from this one: then `self` may be the subclass, which can
     * override any attribute. A base written `mod.Name` counts when its last segment is the class's name.
     */
    subclassed(cls) {
        this.derived ??= new Set(this.modules.flatMap((m) => m.classes.flatMap((c) => c.bases.map((b) => this.classOf(b) ?? (b.kind === "attr" ? b.attr : undefined)))));
        return this.derived.has(cls) || this.derived.has(cls.name);
    }
    /** A name bound to a class defined in an analysed module. */
    classOf(expr, hops = 0) {
        if (expr.kind !== "name" || hops > resolve_MAX_HOPS)
            return undefined;
        const b = this.only(expr.name, expr.scope);
        if (b?.kind === "class")
            return b.cls;
        if (b?.kind === "import" && b.name !== undefined) {
            const target = this.moduleFor(expr.scope.module, b.module, b.level);
            const inner = target?.scope.bindings.get(b.name);
            const only = inner?.length === 1 ? inner[0] : undefined;
            if (only?.kind === "class")
                return only.cls;
        }
        return undefined;
    }
    /** The dotted path a callee or base names: `mlflow.pyfunc.log_model`, `databricks_langchain.ChatDatabricks`. */
    qualify(expr, hops = 0) {
        if (hops > resolve_MAX_HOPS)
            return undefined;
        if (expr.kind === "attr") {
            const q = this.qualify(expr.object, hops + 1);
            return q ? { path: `${q.path}.${expr.attr}`, origin: q.origin } : undefined;
        }
        if (expr.kind !== "name")
            return undefined;
        const list = this.lookup(expr.name, expr.scope);
        if (!list)
            return { path: expr.name, origin: "unbound" };
        const b = list[list.length - 1];
        if (list.some((x) => x.kind !== b.kind))
            return undefined;
        switch (b.kind) {
            case "value":
                return list.length === 1 && b.value.kind === "call" ? this.importedModule(b.value, hops) : undefined;
            case "import": {
                const dots = ".".repeat(b.level);
                const mod = `${dots}${b.module}`;
                return { path: b.name === undefined ? mod : mod && !mod.endsWith(".") ? `${mod}.${b.name}` : `${mod}${b.name}`, origin: "import" };
            }
            case "def":
            case "class":
                return { path: expr.name, origin: "local" };
            default:
                return undefined;
        }
    }
}
/** Call forms that hand back a module object. */
const IMPORT_CALLS = new Set(["importlib.import_module", "__import__"]);
/** The last segment of a dotted path. */
function lastSegment(p) {
    return p.slice(p.lastIndexOf(".") + 1);
}


/***/ }),

/***/ 9183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ fromDatabricksPackage),
/* harmony export */   G6: () => (/* binding */ YAML_RESOURCE_KEYS),
/* harmony export */   Yr: () => (/* binding */ yamlKeyOf),
/* harmony export */   bm: () => (/* binding */ CLIENT_METHODS),
/* harmony export */   i$: () => (/* binding */ RESOURCE_CLASSES),
/* harmony export */   mt: () => (/* binding */ AUTO_DETECTING_FLAVORS),
/* harmony export */   ro: () => (/* binding */ CLIENTS)
/* harmony export */ });
/* unused harmony export classOf */
// Which code touches which Databricks resource (reference §5 and §7), as data.
/** mlflow.models.resources classes: the declarations (§5). */
const RESOURCE_CLASSES = {
    DatabricksServingEndpoint: { kind: "serving_endpoint", arg: "endpoint_name" },
    DatabricksVectorSearchIndex: { kind: "vector_search_index", arg: "index_name" },
    DatabricksSQLWarehouse: { kind: "sql_warehouse", arg: "warehouse_id" },
    DatabricksFunction: { kind: "function", arg: "function_name" },
    DatabricksGenieSpace: { kind: "genie_space", arg: "genie_space_id" },
    DatabricksTable: { kind: "table", arg: "table_name" },
    DatabricksUCConnection: { kind: "uc_connection", arg: "connection_name" },
    DatabricksApp: { kind: "app", arg: "app_name" },
    DatabricksLakebase: { kind: "lakebase", arg: "database_instance_name" },
};
/**
 * Flavors whose log_model detects Databricks resources itself when `resources` is None: mlflow/langchain/model.py
 * (save_model: `if mlflow_model.resources is None: _detect_databricks_dependencies(lc_model)`). Other flavors were
 * not seen doing so (pyfunc, openai, llama_index...): with none declared they keep being judged.
 */
const AUTO_DETECTING_FLAVORS = new Set(["langchain"]);
/** serving.yaml `model.resources` keys (schema/serving.schema.json). */
const YAML_RESOURCE_KEYS = {
    serving_endpoints: "serving_endpoint",
    vector_search_indexes: "vector_search_index",
    functions: "function",
    genie_spaces: "genie_space",
    sql_warehouses: "sql_warehouse",
    tables: "table",
    uc_connections: "uc_connection",
    apps: "app",
    lakebase: "lakebase",
};
function yamlKeyOf(kind) {
    return Object.entries(YAML_RESOURCE_KEYS).find(([, k]) => k === kind)[0];
}
function classOf(kind) {
    return Object.entries(RESOURCE_CLASSES).find(([, c]) => c.kind === kind)[0];
}
const DATABRICKS_PACKAGES = [
    "databricks_langchain", "databricks_openai", "databricks_ai_bridge", "databricks_llamaindex", "databricks_dspy",
    "langchain_databricks", "langchain_community", "unitycatalog", "databricks",
];
/** Client constructors that carry resource names (§7), by class name. */
const CLIENTS = {
    ChatDatabricks: { args: [{ kind: "serving_endpoint", keywords: ["model", "endpoint"] }] },
    DatabricksEmbeddings: { args: [{ kind: "serving_endpoint", keywords: ["endpoint"] }] },
    VectorSearchRetrieverTool: {
        args: [
            { kind: "vector_search_index", keywords: ["index_name"] },
            { kind: "serving_endpoint", keywords: ["embedding_model_name"] },
        ],
        impliesHidden: ["serving_endpoint"],
    },
    DatabricksVectorSearch: { args: [{ kind: "vector_search_index", keywords: ["index_name"], position: 0 }], impliesHidden: ["serving_endpoint"] },
    UCFunctionToolkit: { args: [{ kind: "function", keywords: ["function_names"], list: true }], impliesHidden: ["table", "sql_warehouse", "uc_connection"] },
    DatabricksFunctionClient: { args: [{ kind: "sql_warehouse", keywords: ["warehouse_id"] }], impliesHidden: ["table"] },
    GenieAgent: { args: [{ kind: "genie_space", keywords: ["genie_space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"] },
    Genie: { args: [{ kind: "genie_space", keywords: ["space_id"], position: 0 }], impliesHidden: ["table", "sql_warehouse"], packages: ["databricks_ai_bridge", "databricks_langchain", "databricks_openai"] },
};
function fromDatabricksPackage(path, packages = DATABRICKS_PACKAGES) {
    return packages.some((p) => path === p || path.startsWith(`${p}.`));
}
const METHODS = [
    { receiver: "workspace", method: "serving_endpoints.query", arg: { kind: "serving_endpoint", keywords: ["name"], position: 0 } },
    { receiver: "openai", method: "chat.completions.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "openai", method: "responses.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "openai", method: "embeddings.create", arg: { kind: "serving_endpoint", keywords: ["model"] } },
    { receiver: "deploy", method: "predict", arg: { kind: "serving_endpoint", keywords: ["endpoint"] } },
    { receiver: "vector-search", method: "get_index", arg: { kind: "vector_search_index", keywords: ["index_name"], position: 1 } },
];
const CLIENT_METHODS = METHODS.map((m) => ({ ...m, segments: m.method.split(".") }));


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DOCS_BASE),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL)
/* harmony export */ });
/* unused harmony export SCHEMA_BASE */
// The one canonical home of serving-ci on the web: the GitHub repository. Docs
// links, schema `$id`s, the README's modelines, SARIF's informationUri and
// package.json all derive from it, and __tests__/cli/urls.test.ts finds no other.
// Docs are the rendered pages (`/blob/main/...`); schemas use `/raw/main/...`,
// which GitHub redirects to the file's bytes, so editors (yaml-language-server
// follows redirects) and SchemaStore can fetch them from the same host.
const REPOSITORY_URL = "https://github.com/serving-ci/serving-ci";
const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;
const SCHEMA_BASE = (/* unused pure expression or super */ null && (`${REPOSITORY_URL}/raw/main/schema/`));


/***/ }),

/***/ 1406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   Lk: () => (/* binding */ validateServingFile),
/* harmony export */   SL: () => (/* binding */ validateBundleEndpoint),
/* harmony export */   xZ: () => (/* binding */ validateEndpointCoreConfig),
/* harmony export */   xw: () => (/* binding */ validateAiGateway)
/* harmony export */ });
// Generated by scripts/gen-validator.mjs; do not edit.
const validateServingFile = validate10;const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/serving-ci/serving-ci/raw/main/schema/serving.schema.json","title":"serving-ci serving.yaml (version 1)","description":"One Databricks Model Serving endpoint, the model behind it, and how to deploy it.","type":"object","properties":{"version":{"const":1,"description":"Schema version; 1"},"endpoint":{"$ref":"#/definitions/endpoint"},"model":{"$ref":"#/definitions/model"},"deploy":{"$ref":"#/definitions/deploy"}},"required":["version","endpoint"],"additionalProperties":false,"definitions":{"tag":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]},"environmentVars":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."},"externalModel":{"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."},"servedEntity":{"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"servedModel":{"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."},"route":{"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]},"trafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false},"autoCaptureConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false},"aiGateway":{"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false},"legacyRateLimit":{"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]},"emailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"endpoint":{"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API's field names (create request plus its config)."},"resources":{"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."},"model":{"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow's log_model receives."},"deploy":{"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\s*(\\d+\\s*[hms]\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false}}};const schema27 = {"type":"object","properties":{"mode":{"type":"string","enum":["job","direct"],"description":"job (default): run the deployment job; direct: apply `endpoint` with the REST API"},"job":{"type":["string","integer"],"description":"Job name or numeric id"},"parameters":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"timeout":{"type":["string","integer"],"pattern":"^\\s*(\\d+\\s*[hms]\\s*)+$","description":"e.g. 45m, 1h30m; an integer is seconds"}},"additionalProperties":false};const schema12 = {"type":"object","properties":{"name":{"type":"string","description":"Endpoint name: letters, digits, - and _"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/servedEntity"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/servedModel"}},"traffic_config":{"$ref":"#/definitions/trafficConfig"},"auto_capture_config":{"$ref":"#/definitions/autoCaptureConfig"},"ai_gateway":{"$ref":"#/definitions/aiGateway"},"budget_policy_id":{"type":"string"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/emailNotifications"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/legacyRateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"}},"telemetry_config":{"type":"object"},"uc_system_metrics_export_state":{"type":"string","enum":["FIRST_PARTY_EXPORT_ENABLED","FIRST_PARTY_EXPORT_DISABLED"]}},"additionalProperties":false,"required":["name"],"description":"The serving endpoint, with the REST API's field names (create request plus its config)."};const schema20 = {"type":"object","properties":{"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"},"enabled":{"type":"boolean"}},"additionalProperties":false};const schema21 = {"type":"object","properties":{"usage_tracking_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"inference_table_config":{"type":"object","properties":{"enabled":{"type":"boolean"},"catalog_name":{"type":"string"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"rate_limits":{"type":"array","items":{"type":"object","properties":{"renewal_period":{"type":"string","enum":["minute"]},"calls":{"type":"integer"},"tokens":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user","user_group","service_principal"]},"principal":{"type":"string"}},"additionalProperties":false,"required":["renewal_period"]}},"guardrails":{"type":"object","properties":{"input":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"output":{"type":"object","properties":{"safety":{"type":"boolean"},"pii":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"invalid_keywords":{"type":"array","items":{"type":"string"}},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false}},"additionalProperties":false},"fallback_config":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false,"required":["enabled"]}},"additionalProperties":false};const schema22 = {"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};const schema23 = {"type":"object","properties":{"calls":{"type":"integer"},"renewal_period":{"type":"string","enum":["minute"]},"key":{"type":"string","enum":["user","endpoint"]}},"additionalProperties":false,"required":["calls","renewal_period"]};const schema24 = {"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false,"required":["key"]};const func2 = Object.prototype.hasOwnProperty;const schema13 = {"type":"object","properties":{"name":{"type":"string","description":"Unique within the endpoint; letters, digits, - and _"},"entity_name":{"type":"string","description":"catalog.schema.model, a workspace model, or system.ai.<model>"},"entity_version":{"type":["string","integer"]},"external_model":{"$ref":"#/definitions/externalModel"},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false};const schema14 = {"type":"object","properties":{"provider":{"type":"string","enum":["ai21labs","anthropic","amazon-bedrock","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"name":{"type":"string"},"task":{"type":"string"},"openai_config":{"type":"object","properties":{"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"},"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"}},"additionalProperties":false},"anthropic_config":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"amazon_bedrock_config":{"type":"object","properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"aws_region":{"type":"string"},"bedrock_provider":{"type":"string","enum":["anthropic","cohere","ai21labs","amazon"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"cohere_config":{"type":"object","properties":{"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"},"cohere_api_base":{"type":"string"}},"additionalProperties":false},"databricks_model_serving_config":{"type":"object","properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"google_cloud_vertex_ai_config":{"type":"object","properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"ai21labs_config":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"palm_config":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"custom_provider_config":{"type":"object","properties":{"custom_provider_url":{"type":"string"},"api_key_auth":{"type":"object","properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false,"required":["key"]},"bearer_token_auth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}},"additionalProperties":false,"required":["provider","name","task"],"description":"An external model proxied by the endpoint; exclusive with entity_name/version and sizing fields."};const schema15 = {"type":"object","additionalProperties":{"type":["string","number","boolean"]},"description":"Environment variables of the served model; secrets as {{secrets/<scope>/<key>}}."};function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema13.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.entity_name !== undefined){if(typeof data.entity_name !== "string"){const err2 = {instancePath:instancePath+"/entity_name",schemaPath:"#/properties/entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.entity_version !== undefined){let data2 = data.entity_version;if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){const err3 = {instancePath:instancePath+"/entity_version",schemaPath:"#/properties/entity_version/type",keyword:"type",params:{type: schema13.properties.entity_version.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.external_model !== undefined){let data3 = data.external_model;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.provider === undefined){const err4 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data3.name === undefined){const err5 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data3.task === undefined){const err6 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data3){if(!(func2.call(schema14.properties, key1))){const err7 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.provider !== undefined){let data4 = data3.provider;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/external_model/provider",schemaPath:"#/definitions/externalModel/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((((((data4 === "ai21labs") || (data4 === "anthropic")) || (data4 === "amazon-bedrock")) || (data4 === "cohere")) || (data4 === "custom")) || (data4 === "databricks-model-serving")) || (data4 === "google-cloud-vertex-ai")) || (data4 === "openai")) || (data4 === "palm"))){const err9 = {instancePath:instancePath+"/external_model/provider",schemaPath:"#/definitions/externalModel/properties/provider/enum",keyword:"enum",params:{allowedValues: schema14.properties.provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.name !== undefined){if(typeof data3.name !== "string"){const err10 = {instancePath:instancePath+"/external_model/name",schemaPath:"#/definitions/externalModel/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.task !== undefined){if(typeof data3.task !== "string"){const err11 = {instancePath:instancePath+"/external_model/task",schemaPath:"#/definitions/externalModel/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.openai_config !== undefined){let data7 = data3.openai_config;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){if(!(func2.call(schema14.properties.openai_config.properties, key2))){const err12 = {instancePath:instancePath+"/external_model/openai_config",schemaPath:"#/definitions/externalModel/properties/openai_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data7.openai_api_key !== undefined){if(typeof data7.openai_api_key !== "string"){const err13 = {instancePath:instancePath+"/external_model/openai_config/openai_api_key",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data7.openai_api_key_plaintext !== undefined){if(typeof data7.openai_api_key_plaintext !== "string"){const err14 = {instancePath:instancePath+"/external_model/openai_config/openai_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.microsoft_entra_client_secret !== undefined){if(typeof data7.microsoft_entra_client_secret !== "string"){const err15 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_secret",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.microsoft_entra_client_secret_plaintext !== undefined){if(typeof data7.microsoft_entra_client_secret_plaintext !== "string"){const err16 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_secret_plaintext",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_secret_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.openai_api_base !== undefined){if(typeof data7.openai_api_base !== "string"){const err17 = {instancePath:instancePath+"/external_model/openai_config/openai_api_base",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data7.openai_api_type !== undefined){if(typeof data7.openai_api_type !== "string"){const err18 = {instancePath:instancePath+"/external_model/openai_config/openai_api_type",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data7.openai_api_version !== undefined){if(typeof data7.openai_api_version !== "string"){const err19 = {instancePath:instancePath+"/external_model/openai_config/openai_api_version",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data7.openai_deployment_name !== undefined){if(typeof data7.openai_deployment_name !== "string"){const err20 = {instancePath:instancePath+"/external_model/openai_config/openai_deployment_name",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_deployment_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.openai_organization !== undefined){if(typeof data7.openai_organization !== "string"){const err21 = {instancePath:instancePath+"/external_model/openai_config/openai_organization",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/openai_organization/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.microsoft_entra_client_id !== undefined){if(typeof data7.microsoft_entra_client_id !== "string"){const err22 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_client_id",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_client_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.microsoft_entra_tenant_id !== undefined){if(typeof data7.microsoft_entra_tenant_id !== "string"){const err23 = {instancePath:instancePath+"/external_model/openai_config/microsoft_entra_tenant_id",schemaPath:"#/definitions/externalModel/properties/openai_config/properties/microsoft_entra_tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/external_model/openai_config",schemaPath:"#/definitions/externalModel/properties/openai_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data3.anthropic_config !== undefined){let data19 = data3.anthropic_config;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key3 in data19){if(!((key3 === "anthropic_api_key") || (key3 === "anthropic_api_key_plaintext"))){const err25 = {instancePath:instancePath+"/external_model/anthropic_config",schemaPath:"#/definitions/externalModel/properties/anthropic_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19.anthropic_api_key !== undefined){if(typeof data19.anthropic_api_key !== "string"){const err26 = {instancePath:instancePath+"/external_model/anthropic_config/anthropic_api_key",schemaPath:"#/definitions/externalModel/properties/anthropic_config/properties/anthropic_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19.anthropic_api_key_plaintext !== undefined){if(typeof data19.anthropic_api_key_plaintext !== "string"){const err27 = {instancePath:instancePath+"/external_model/anthropic_config/anthropic_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/anthropic_config/properties/anthropic_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/external_model/anthropic_config",schemaPath:"#/definitions/externalModel/properties/anthropic_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data3.amazon_bedrock_config !== undefined){let data22 = data3.amazon_bedrock_config;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){for(const key4 in data22){if(!(((((((key4 === "aws_access_key_id") || (key4 === "aws_access_key_id_plaintext")) || (key4 === "aws_secret_access_key")) || (key4 === "aws_secret_access_key_plaintext")) || (key4 === "aws_region")) || (key4 === "bedrock_provider")) || (key4 === "instance_profile_arn"))){const err29 = {instancePath:instancePath+"/external_model/amazon_bedrock_config",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data22.aws_access_key_id !== undefined){if(typeof data22.aws_access_key_id !== "string"){const err30 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_access_key_id",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_access_key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data22.aws_access_key_id_plaintext !== undefined){if(typeof data22.aws_access_key_id_plaintext !== "string"){const err31 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_access_key_id_plaintext",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_access_key_id_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data22.aws_secret_access_key !== undefined){if(typeof data22.aws_secret_access_key !== "string"){const err32 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_secret_access_key",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_secret_access_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data22.aws_secret_access_key_plaintext !== undefined){if(typeof data22.aws_secret_access_key_plaintext !== "string"){const err33 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_secret_access_key_plaintext",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_secret_access_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data22.aws_region !== undefined){if(typeof data22.aws_region !== "string"){const err34 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/aws_region",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/aws_region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data22.bedrock_provider !== undefined){let data28 = data22.bedrock_provider;if(typeof data28 !== "string"){const err35 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/bedrock_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(!((((data28 === "anthropic") || (data28 === "cohere")) || (data28 === "ai21labs")) || (data28 === "amazon"))){const err36 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/bedrock_provider/enum",keyword:"enum",params:{allowedValues: schema14.properties.amazon_bedrock_config.properties.bedrock_provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data22.instance_profile_arn !== undefined){if(typeof data22.instance_profile_arn !== "string"){const err37 = {instancePath:instancePath+"/external_model/amazon_bedrock_config/instance_profile_arn",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/external_model/amazon_bedrock_config",schemaPath:"#/definitions/externalModel/properties/amazon_bedrock_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data3.cohere_config !== undefined){let data30 = data3.cohere_config;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key5 in data30){if(!(((key5 === "cohere_api_key") || (key5 === "cohere_api_key_plaintext")) || (key5 === "cohere_api_base"))){const err39 = {instancePath:instancePath+"/external_model/cohere_config",schemaPath:"#/definitions/externalModel/properties/cohere_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data30.cohere_api_key !== undefined){if(typeof data30.cohere_api_key !== "string"){const err40 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_key",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data30.cohere_api_key_plaintext !== undefined){if(typeof data30.cohere_api_key_plaintext !== "string"){const err41 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data30.cohere_api_base !== undefined){if(typeof data30.cohere_api_base !== "string"){const err42 = {instancePath:instancePath+"/external_model/cohere_config/cohere_api_base",schemaPath:"#/definitions/externalModel/properties/cohere_config/properties/cohere_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/external_model/cohere_config",schemaPath:"#/definitions/externalModel/properties/cohere_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data3.databricks_model_serving_config !== undefined){let data34 = data3.databricks_model_serving_config;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key6 in data34){if(!(((key6 === "databricks_api_token") || (key6 === "databricks_api_token_plaintext")) || (key6 === "databricks_workspace_url"))){const err44 = {instancePath:instancePath+"/external_model/databricks_model_serving_config",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data34.databricks_api_token !== undefined){if(typeof data34.databricks_api_token !== "string"){const err45 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_api_token",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_api_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data34.databricks_api_token_plaintext !== undefined){if(typeof data34.databricks_api_token_plaintext !== "string"){const err46 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_api_token_plaintext",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_api_token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data34.databricks_workspace_url !== undefined){if(typeof data34.databricks_workspace_url !== "string"){const err47 = {instancePath:instancePath+"/external_model/databricks_model_serving_config/databricks_workspace_url",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/properties/databricks_workspace_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/external_model/databricks_model_serving_config",schemaPath:"#/definitions/externalModel/properties/databricks_model_serving_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data3.google_cloud_vertex_ai_config !== undefined){let data38 = data3.google_cloud_vertex_ai_config;if(data38 && typeof data38 == "object" && !Array.isArray(data38)){for(const key7 in data38){if(!((((key7 === "private_key") || (key7 === "private_key_plaintext")) || (key7 === "project_id")) || (key7 === "region"))){const err49 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data38.private_key !== undefined){if(typeof data38.private_key !== "string"){const err50 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/private_key",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/private_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data38.private_key_plaintext !== undefined){if(typeof data38.private_key_plaintext !== "string"){const err51 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/private_key_plaintext",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/private_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data38.project_id !== undefined){if(typeof data38.project_id !== "string"){const err52 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/project_id",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data38.region !== undefined){if(typeof data38.region !== "string"){const err53 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config/region",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/external_model/google_cloud_vertex_ai_config",schemaPath:"#/definitions/externalModel/properties/google_cloud_vertex_ai_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data3.ai21labs_config !== undefined){let data43 = data3.ai21labs_config;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){for(const key8 in data43){if(!((key8 === "ai21labs_api_key") || (key8 === "ai21labs_api_key_plaintext"))){const err55 = {instancePath:instancePath+"/external_model/ai21labs_config",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data43.ai21labs_api_key !== undefined){if(typeof data43.ai21labs_api_key !== "string"){const err56 = {instancePath:instancePath+"/external_model/ai21labs_config/ai21labs_api_key",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/properties/ai21labs_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data43.ai21labs_api_key_plaintext !== undefined){if(typeof data43.ai21labs_api_key_plaintext !== "string"){const err57 = {instancePath:instancePath+"/external_model/ai21labs_config/ai21labs_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/properties/ai21labs_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/external_model/ai21labs_config",schemaPath:"#/definitions/externalModel/properties/ai21labs_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data3.palm_config !== undefined){let data46 = data3.palm_config;if(data46 && typeof data46 == "object" && !Array.isArray(data46)){for(const key9 in data46){if(!((key9 === "palm_api_key") || (key9 === "palm_api_key_plaintext"))){const err59 = {instancePath:instancePath+"/external_model/palm_config",schemaPath:"#/definitions/externalModel/properties/palm_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data46.palm_api_key !== undefined){if(typeof data46.palm_api_key !== "string"){const err60 = {instancePath:instancePath+"/external_model/palm_config/palm_api_key",schemaPath:"#/definitions/externalModel/properties/palm_config/properties/palm_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data46.palm_api_key_plaintext !== undefined){if(typeof data46.palm_api_key_plaintext !== "string"){const err61 = {instancePath:instancePath+"/external_model/palm_config/palm_api_key_plaintext",schemaPath:"#/definitions/externalModel/properties/palm_config/properties/palm_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}else {const err62 = {instancePath:instancePath+"/external_model/palm_config",schemaPath:"#/definitions/externalModel/properties/palm_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data3.custom_provider_config !== undefined){let data49 = data3.custom_provider_config;if(data49 && typeof data49 == "object" && !Array.isArray(data49)){for(const key10 in data49){if(!(((key10 === "custom_provider_url") || (key10 === "api_key_auth")) || (key10 === "bearer_token_auth"))){const err63 = {instancePath:instancePath+"/external_model/custom_provider_config",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data49.custom_provider_url !== undefined){if(typeof data49.custom_provider_url !== "string"){const err64 = {instancePath:instancePath+"/external_model/custom_provider_config/custom_provider_url",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/custom_provider_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data49.api_key_auth !== undefined){let data51 = data49.api_key_auth;if(data51 && typeof data51 == "object" && !Array.isArray(data51)){if(data51.key === undefined){const err65 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}for(const key11 in data51){if(!(((key11 === "key") || (key11 === "value")) || (key11 === "value_plaintext"))){const err66 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data51.key !== undefined){if(typeof data51.key !== "string"){const err67 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/key",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data51.value !== undefined){if(typeof data51.value !== "string"){const err68 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/value",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data51.value_plaintext !== undefined){if(typeof data51.value_plaintext !== "string"){const err69 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth/value_plaintext",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/properties/value_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/external_model/custom_provider_config/api_key_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/api_key_auth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data49.bearer_token_auth !== undefined){let data55 = data49.bearer_token_auth;if(data55 && typeof data55 == "object" && !Array.isArray(data55)){for(const key12 in data55){if(!((key12 === "token") || (key12 === "token_plaintext"))){const err71 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data55.token !== undefined){if(typeof data55.token !== "string"){const err72 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth/token",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data55.token_plaintext !== undefined){if(typeof data55.token_plaintext !== "string"){const err73 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth/token_plaintext",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/properties/token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/external_model/custom_provider_config/bearer_token_auth",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/properties/bearer_token_auth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/external_model/custom_provider_config",schemaPath:"#/definitions/externalModel/properties/custom_provider_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}else {const err76 = {instancePath:instancePath+"/external_model",schemaPath:"#/definitions/externalModel/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.workload_size !== undefined){if(typeof data.workload_size !== "string"){const err77 = {instancePath:instancePath+"/workload_size",schemaPath:"#/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data.workload_type !== undefined){let data59 = data.workload_type;if(typeof data59 !== "string"){const err78 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(!(((((((((data59 === "CPU") || (data59 === "CPU_MEDIUM")) || (data59 === "CPU_LARGE")) || (data59 === "GPU_SMALL")) || (data59 === "GPU_MEDIUM")) || (data59 === "GPU_LARGE")) || (data59 === "GPU_XLARGE")) || (data59 === "GPU_XLARGE_8")) || (data59 === "MULTIGPU_MEDIUM"))){const err79 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema13.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.scale_to_zero_enabled !== undefined){if(typeof data.scale_to_zero_enabled !== "boolean"){const err80 = {instancePath:instancePath+"/scale_to_zero_enabled",schemaPath:"#/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.min_provisioned_concurrency !== undefined){let data61 = data.min_provisioned_concurrency;if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){const err81 = {instancePath:instancePath+"/min_provisioned_concurrency",schemaPath:"#/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data.max_provisioned_concurrency !== undefined){let data62 = data.max_provisioned_concurrency;if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){const err82 = {instancePath:instancePath+"/max_provisioned_concurrency",schemaPath:"#/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.min_provisioned_throughput !== undefined){let data63 = data.min_provisioned_throughput;if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){const err83 = {instancePath:instancePath+"/min_provisioned_throughput",schemaPath:"#/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data.max_provisioned_throughput !== undefined){let data64 = data.max_provisioned_throughput;if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){const err84 = {instancePath:instancePath+"/max_provisioned_throughput",schemaPath:"#/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data.provisioned_model_units !== undefined){let data65 = data.provisioned_model_units;if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){const err85 = {instancePath:instancePath+"/provisioned_model_units",schemaPath:"#/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data.burst_scaling_enabled !== undefined){if(typeof data.burst_scaling_enabled !== "boolean"){const err86 = {instancePath:instancePath+"/burst_scaling_enabled",schemaPath:"#/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.environment_vars !== undefined){let data67 = data.environment_vars;if(data67 && typeof data67 == "object" && !Array.isArray(data67)){for(const key13 in data67){let data68 = data67[key13];if(((typeof data68 !== "string") && (!((typeof data68 == "number") && (isFinite(data68))))) && (typeof data68 !== "boolean")){const err87 = {instancePath:instancePath+"/environment_vars/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentVars/additionalProperties/type",keyword:"type",params:{type: schema15.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/environment_vars",schemaPath:"#/definitions/environmentVars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data.instance_profile_arn !== undefined){if(typeof data.instance_profile_arn !== "string"){const err89 = {instancePath:instancePath+"/instance_profile_arn",schemaPath:"#/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}validate12.errors = vErrors;return errors === 0;}const schema16 = {"type":"object","properties":{"name":{"type":"string"},"model_name":{"type":"string"},"model_version":{"type":["string","integer"]},"workload_size":{"type":"string","description":"Small (4 concurrency), Medium (8-16), Large (16-64), or a custom size"},"workload_type":{"type":"string","enum":["CPU","CPU_MEDIUM","CPU_LARGE","GPU_SMALL","GPU_MEDIUM","GPU_LARGE","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]},"scale_to_zero_enabled":{"type":"boolean"},"min_provisioned_concurrency":{"type":"integer"},"max_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"provisioned_model_units":{"type":"integer"},"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"$ref":"#/definitions/environmentVars"},"instance_profile_arn":{"type":"string"}},"additionalProperties":false,"required":["model_name","model_version","scale_to_zero_enabled"],"description":"Legacy form of served_entities."};function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.model_name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_name"},message:"must have required property '"+"model_name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.model_version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.scale_to_zero_enabled === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scale_to_zero_enabled"},message:"must have required property '"+"scale_to_zero_enabled"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema16.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.model_name !== undefined){if(typeof data.model_name !== "string"){const err5 = {instancePath:instancePath+"/model_name",schemaPath:"#/properties/model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.model_version !== undefined){let data2 = data.model_version;if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){const err6 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/type",keyword:"type",params:{type: schema16.properties.model_version.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.workload_size !== undefined){if(typeof data.workload_size !== "string"){const err7 = {instancePath:instancePath+"/workload_size",schemaPath:"#/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.workload_type !== undefined){let data4 = data.workload_type;if(typeof data4 !== "string"){const err8 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!(((((((((data4 === "CPU") || (data4 === "CPU_MEDIUM")) || (data4 === "CPU_LARGE")) || (data4 === "GPU_SMALL")) || (data4 === "GPU_MEDIUM")) || (data4 === "GPU_LARGE")) || (data4 === "GPU_XLARGE")) || (data4 === "GPU_XLARGE_8")) || (data4 === "MULTIGPU_MEDIUM"))){const err9 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema16.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.scale_to_zero_enabled !== undefined){if(typeof data.scale_to_zero_enabled !== "boolean"){const err10 = {instancePath:instancePath+"/scale_to_zero_enabled",schemaPath:"#/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.min_provisioned_concurrency !== undefined){let data6 = data.min_provisioned_concurrency;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err11 = {instancePath:instancePath+"/min_provisioned_concurrency",schemaPath:"#/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.max_provisioned_concurrency !== undefined){let data7 = data.max_provisioned_concurrency;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err12 = {instancePath:instancePath+"/max_provisioned_concurrency",schemaPath:"#/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.min_provisioned_throughput !== undefined){let data8 = data.min_provisioned_throughput;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err13 = {instancePath:instancePath+"/min_provisioned_throughput",schemaPath:"#/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.max_provisioned_throughput !== undefined){let data9 = data.max_provisioned_throughput;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/max_provisioned_throughput",schemaPath:"#/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.provisioned_model_units !== undefined){let data10 = data.provisioned_model_units;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err15 = {instancePath:instancePath+"/provisioned_model_units",schemaPath:"#/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.burst_scaling_enabled !== undefined){if(typeof data.burst_scaling_enabled !== "boolean"){const err16 = {instancePath:instancePath+"/burst_scaling_enabled",schemaPath:"#/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.environment_vars !== undefined){let data12 = data.environment_vars;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key1 in data12){let data13 = data12[key1];if(((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))) && (typeof data13 !== "boolean")){const err17 = {instancePath:instancePath+"/environment_vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/environmentVars/additionalProperties/type",keyword:"type",params:{type: schema15.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/environment_vars",schemaPath:"#/definitions/environmentVars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.instance_profile_arn !== undefined){if(typeof data.instance_profile_arn !== "string"){const err19 = {instancePath:instancePath+"/instance_profile_arn",schemaPath:"#/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema18 = {"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/route"}}},"additionalProperties":false};const schema19 = {"type":"object","properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"number"}},"additionalProperties":false,"required":["traffic_percentage"]};function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "routes")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.routes !== undefined){let data0 = data.routes;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.traffic_percentage === undefined){const err1 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/required",keyword:"required",params:{missingProperty: "traffic_percentage"},message:"must have required property '"+"traffic_percentage"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data1){if(!(((key1 === "served_entity_name") || (key1 === "served_model_name")) || (key1 === "traffic_percentage"))){const err2 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.served_entity_name !== undefined){if(typeof data1.served_entity_name !== "string"){const err3 = {instancePath:instancePath+"/routes/" + i0+"/served_entity_name",schemaPath:"#/definitions/route/properties/served_entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.served_model_name !== undefined){if(typeof data1.served_model_name !== "string"){const err4 = {instancePath:instancePath+"/routes/" + i0+"/served_model_name",schemaPath:"#/definitions/route/properties/served_model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.traffic_percentage !== undefined){let data4 = data1.traffic_percentage;if(!((typeof data4 == "number") && (isFinite(data4)))){const err5 = {instancePath:instancePath+"/routes/" + i0+"/traffic_percentage",schemaPath:"#/definitions/route/properties/traffic_percentage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate16.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema12.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.served_entities !== undefined){let data1 = data.served_entities;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(!(validate12(data1[i0], {instancePath:instancePath+"/served_entities/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/served_entities",schemaPath:"#/properties/served_entities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.served_models !== undefined){let data3 = data.served_models;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){if(!(validate14(data3[i1], {instancePath:instancePath+"/served_models/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/served_models",schemaPath:"#/properties/served_models/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.traffic_config !== undefined){if(!(validate16(data.traffic_config, {instancePath:instancePath+"/traffic_config",parentData:data,parentDataProperty:"traffic_config",rootData}))){vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);errors = vErrors.length;}}if(data.auto_capture_config !== undefined){let data6 = data.auto_capture_config;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){if(!((((key1 === "catalog_name") || (key1 === "schema_name")) || (key1 === "table_name_prefix")) || (key1 === "enabled"))){const err5 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data6.catalog_name !== undefined){if(typeof data6.catalog_name !== "string"){const err6 = {instancePath:instancePath+"/auto_capture_config/catalog_name",schemaPath:"#/definitions/autoCaptureConfig/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data6.schema_name !== undefined){if(typeof data6.schema_name !== "string"){const err7 = {instancePath:instancePath+"/auto_capture_config/schema_name",schemaPath:"#/definitions/autoCaptureConfig/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data6.table_name_prefix !== undefined){if(typeof data6.table_name_prefix !== "string"){const err8 = {instancePath:instancePath+"/auto_capture_config/table_name_prefix",schemaPath:"#/definitions/autoCaptureConfig/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data6.enabled !== undefined){if(typeof data6.enabled !== "boolean"){const err9 = {instancePath:instancePath+"/auto_capture_config/enabled",schemaPath:"#/definitions/autoCaptureConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/autoCaptureConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.ai_gateway !== undefined){let data11 = data.ai_gateway;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key2 in data11){if(!(((((key2 === "usage_tracking_config") || (key2 === "inference_table_config")) || (key2 === "rate_limits")) || (key2 === "guardrails")) || (key2 === "fallback_config"))){const err11 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data11.usage_tracking_config !== undefined){let data12 = data11.usage_tracking_config;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!(key3 === "enabled")){const err12 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data12.enabled !== undefined){if(typeof data12.enabled !== "boolean"){const err13 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config/enabled",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/ai_gateway/usage_tracking_config",schemaPath:"#/definitions/aiGateway/properties/usage_tracking_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data11.inference_table_config !== undefined){let data14 = data11.inference_table_config;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key4 in data14){if(!((((key4 === "enabled") || (key4 === "catalog_name")) || (key4 === "schema_name")) || (key4 === "table_name_prefix"))){const err15 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data14.enabled !== undefined){if(typeof data14.enabled !== "boolean"){const err16 = {instancePath:instancePath+"/ai_gateway/inference_table_config/enabled",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data14.catalog_name !== undefined){if(typeof data14.catalog_name !== "string"){const err17 = {instancePath:instancePath+"/ai_gateway/inference_table_config/catalog_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data14.schema_name !== undefined){if(typeof data14.schema_name !== "string"){const err18 = {instancePath:instancePath+"/ai_gateway/inference_table_config/schema_name",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data14.table_name_prefix !== undefined){if(typeof data14.table_name_prefix !== "string"){const err19 = {instancePath:instancePath+"/ai_gateway/inference_table_config/table_name_prefix",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/ai_gateway/inference_table_config",schemaPath:"#/definitions/aiGateway/properties/inference_table_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11.rate_limits !== undefined){let data19 = data11.rate_limits;if(Array.isArray(data19)){const len2 = data19.length;for(let i2=0; i2<len2; i2++){let data20 = data19[i2];if(data20 && typeof data20 == "object" && !Array.isArray(data20)){if(data20.renewal_period === undefined){const err21 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key5 in data20){if(!(((((key5 === "renewal_period") || (key5 === "calls")) || (key5 === "tokens")) || (key5 === "key")) || (key5 === "principal"))){const err22 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data20.renewal_period !== undefined){let data21 = data20.renewal_period;if(typeof data21 !== "string"){const err23 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(!(data21 === "minute")){const err24 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/renewal_period",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data20.calls !== undefined){let data22 = data20.calls;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err25 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/calls",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data20.tokens !== undefined){let data23 = data20.tokens;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err26 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/tokens",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data20.key !== undefined){let data24 = data20.key;if(typeof data24 !== "string"){const err27 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!((((data24 === "endpoint") || (data24 === "user")) || (data24 === "user_group")) || (data24 === "service_principal"))){const err28 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/key",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/key/enum",keyword:"enum",params:{allowedValues: schema21.properties.rate_limits.items.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data20.principal !== undefined){if(typeof data20.principal !== "string"){const err29 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2+"/principal",schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/ai_gateway/rate_limits/" + i2,schemaPath:"#/definitions/aiGateway/properties/rate_limits/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/ai_gateway/rate_limits",schemaPath:"#/definitions/aiGateway/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data11.guardrails !== undefined){let data26 = data11.guardrails;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){for(const key6 in data26){if(!((key6 === "input") || (key6 === "output"))){const err32 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data26.input !== undefined){let data27 = data26.input;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key7 in data27){if(!((((key7 === "safety") || (key7 === "pii")) || (key7 === "invalid_keywords")) || (key7 === "valid_topics"))){const err33 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data27.safety !== undefined){if(typeof data27.safety !== "boolean"){const err34 = {instancePath:instancePath+"/ai_gateway/guardrails/input/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data27.pii !== undefined){let data29 = data27.pii;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key8 in data29){if(!(key8 === "behavior")){const err35 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data29.behavior !== undefined){let data30 = data29.behavior;if(typeof data30 !== "string"){const err36 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!(((data30 === "BLOCK") || (data30 === "MASK")) || (data30 === "NONE"))){const err37 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.input.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/ai_gateway/guardrails/input/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data27.invalid_keywords !== undefined){let data31 = data27.invalid_keywords;if(Array.isArray(data31)){const len3 = data31.length;for(let i3=0; i3<len3; i3++){if(typeof data31[i3] !== "string"){const err39 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords/" + i3,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/ai_gateway/guardrails/input/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data27.valid_topics !== undefined){let data33 = data27.valid_topics;if(Array.isArray(data33)){const len4 = data33.length;for(let i4=0; i4<len4; i4++){if(typeof data33[i4] !== "string"){const err41 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics/" + i4,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/ai_gateway/guardrails/input/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/ai_gateway/guardrails/input",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/input/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data26.output !== undefined){let data35 = data26.output;if(data35 && typeof data35 == "object" && !Array.isArray(data35)){for(const key9 in data35){if(!((((key9 === "safety") || (key9 === "pii")) || (key9 === "invalid_keywords")) || (key9 === "valid_topics"))){const err44 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data35.safety !== undefined){if(typeof data35.safety !== "boolean"){const err45 = {instancePath:instancePath+"/ai_gateway/guardrails/output/safety",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data35.pii !== undefined){let data37 = data35.pii;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key10 in data37){if(!(key10 === "behavior")){const err46 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data37.behavior !== undefined){let data38 = data37.behavior;if(typeof data38 !== "string"){const err47 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(!(((data38 === "BLOCK") || (data38 === "MASK")) || (data38 === "NONE"))){const err48 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii/behavior",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema21.properties.guardrails.properties.output.properties.pii.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/ai_gateway/guardrails/output/pii",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/pii/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data35.invalid_keywords !== undefined){let data39 = data35.invalid_keywords;if(Array.isArray(data39)){const len5 = data39.length;for(let i5=0; i5<len5; i5++){if(typeof data39[i5] !== "string"){const err50 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords/" + i5,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/ai_gateway/guardrails/output/invalid_keywords",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data35.valid_topics !== undefined){let data41 = data35.valid_topics;if(Array.isArray(data41)){const len6 = data41.length;for(let i6=0; i6<len6; i6++){if(typeof data41[i6] !== "string"){const err52 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics/" + i6,schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/ai_gateway/guardrails/output/valid_topics",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/ai_gateway/guardrails/output",schemaPath:"#/definitions/aiGateway/properties/guardrails/properties/output/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/ai_gateway/guardrails",schemaPath:"#/definitions/aiGateway/properties/guardrails/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data11.fallback_config !== undefined){let data43 = data11.fallback_config;if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.enabled === undefined){const err56 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key11 in data43){if(!(key11 === "enabled")){const err57 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data43.enabled !== undefined){if(typeof data43.enabled !== "boolean"){const err58 = {instancePath:instancePath+"/ai_gateway/fallback_config/enabled",schemaPath:"#/definitions/aiGateway/properties/fallback_config/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/ai_gateway/fallback_config",schemaPath:"#/definitions/aiGateway/properties/fallback_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/ai_gateway",schemaPath:"#/definitions/aiGateway/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.budget_policy_id !== undefined){if(typeof data.budget_policy_id !== "string"){const err61 = {instancePath:instancePath+"/budget_policy_id",schemaPath:"#/properties/budget_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err62 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.email_notifications !== undefined){let data47 = data.email_notifications;if(data47 && typeof data47 == "object" && !Array.isArray(data47)){for(const key12 in data47){if(!((key12 === "on_update_failure") || (key12 === "on_update_success"))){const err63 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data47.on_update_failure !== undefined){let data48 = data47.on_update_failure;if(Array.isArray(data48)){const len7 = data48.length;for(let i7=0; i7<len7; i7++){if(typeof data48[i7] !== "string"){const err64 = {instancePath:instancePath+"/email_notifications/on_update_failure/" + i7,schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}else {const err65 = {instancePath:instancePath+"/email_notifications/on_update_failure",schemaPath:"#/definitions/emailNotifications/properties/on_update_failure/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data47.on_update_success !== undefined){let data50 = data47.on_update_success;if(Array.isArray(data50)){const len8 = data50.length;for(let i8=0; i8<len8; i8++){if(typeof data50[i8] !== "string"){const err66 = {instancePath:instancePath+"/email_notifications/on_update_success/" + i8,schemaPath:"#/definitions/emailNotifications/properties/on_update_success/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/email_notifications/on_update_success",schemaPath:"#/definitions/emailNotifications/properties/on_update_success/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/emailNotifications/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.rate_limits !== undefined){let data52 = data.rate_limits;if(Array.isArray(data52)){const len9 = data52.length;for(let i9=0; i9<len9; i9++){let data53 = data52[i9];if(data53 && typeof data53 == "object" && !Array.isArray(data53)){if(data53.calls === undefined){const err69 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(data53.renewal_period === undefined){const err70 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}for(const key13 in data53){if(!(((key13 === "calls") || (key13 === "renewal_period")) || (key13 === "key"))){const err71 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data53.calls !== undefined){let data54 = data53.calls;if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){const err72 = {instancePath:instancePath+"/rate_limits/" + i9+"/calls",schemaPath:"#/definitions/legacyRateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data53.renewal_period !== undefined){let data55 = data53.renewal_period;if(typeof data55 !== "string"){const err73 = {instancePath:instancePath+"/rate_limits/" + i9+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(!(data55 === "minute")){const err74 = {instancePath:instancePath+"/rate_limits/" + i9+"/renewal_period",schemaPath:"#/definitions/legacyRateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema23.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data53.key !== undefined){let data56 = data53.key;if(typeof data56 !== "string"){const err75 = {instancePath:instancePath+"/rate_limits/" + i9+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if(!((data56 === "user") || (data56 === "endpoint"))){const err76 = {instancePath:instancePath+"/rate_limits/" + i9+"/key",schemaPath:"#/definitions/legacyRateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema23.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/rate_limits/" + i9,schemaPath:"#/definitions/legacyRateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data.route_optimized !== undefined){if(typeof data.route_optimized !== "boolean"){const err79 = {instancePath:instancePath+"/route_optimized",schemaPath:"#/properties/route_optimized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.tags !== undefined){let data58 = data.tags;if(Array.isArray(data58)){const len10 = data58.length;for(let i10=0; i10<len10; i10++){let data59 = data58[i10];if(data59 && typeof data59 == "object" && !Array.isArray(data59)){if(data59.key === undefined){const err80 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}for(const key14 in data59){if(!((key14 === "key") || (key14 === "value"))){const err81 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data59.key !== undefined){if(typeof data59.key !== "string"){const err82 = {instancePath:instancePath+"/tags/" + i10+"/key",schemaPath:"#/definitions/tag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data59.value !== undefined){if(typeof data59.value !== "string"){const err83 = {instancePath:instancePath+"/tags/" + i10+"/value",schemaPath:"#/definitions/tag/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/tags/" + i10,schemaPath:"#/definitions/tag/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data.telemetry_config !== undefined){let data62 = data.telemetry_config;if(!(data62 && typeof data62 == "object" && !Array.isArray(data62))){const err86 = {instancePath:instancePath+"/telemetry_config",schemaPath:"#/properties/telemetry_config/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.uc_system_metrics_export_state !== undefined){let data63 = data.uc_system_metrics_export_state;if(typeof data63 !== "string"){const err87 = {instancePath:instancePath+"/uc_system_metrics_export_state",schemaPath:"#/properties/uc_system_metrics_export_state/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(!((data63 === "FIRST_PARTY_EXPORT_ENABLED") || (data63 === "FIRST_PARTY_EXPORT_DISABLED"))){const err88 = {instancePath:instancePath+"/uc_system_metrics_export_state",schemaPath:"#/properties/uc_system_metrics_export_state/enum",keyword:"enum",params:{allowedValues: schema12.properties.uc_system_metrics_export_state.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema25 = {"type":"object","properties":{"code":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Python files to analyse, relative to this file"},"pip_requirements":{"type":"array","items":{"type":"string"},"description":"What log_model receives as pip_requirements: exact == pins"},"resources":{"$ref":"#/definitions/resources"},"input_example":{"description":"Request used to smoke-test the endpoint"}},"additionalProperties":false,"description":"What MLflow's log_model receives."};const schema26 = {"type":"object","properties":{"serving_endpoints":{"type":"array","items":{"type":"string"},"description":"DatabricksServingEndpoint names"},"vector_search_indexes":{"type":"array","items":{"type":"string"},"description":"DatabricksVectorSearchIndex names (catalog.schema.index)"},"functions":{"type":"array","items":{"type":"string"},"description":"DatabricksFunction names (catalog.schema.function)"},"genie_spaces":{"type":"array","items":{"type":"string"},"description":"DatabricksGenieSpace ids"},"sql_warehouses":{"type":"array","items":{"type":"string"},"description":"DatabricksSQLWarehouse ids"},"tables":{"type":"array","items":{"type":"string"},"description":"DatabricksTable names (catalog.schema.table)"},"uc_connections":{"type":"array","items":{"type":"string"},"description":"DatabricksUCConnection names"},"apps":{"type":"array","items":{"type":"string"},"description":"DatabricksApp names"},"lakebase":{"type":"array","items":{"type":"string"},"description":"DatabricksLakebase database instance names"}},"additionalProperties":false,"description":"Resources for automatic auth passthrough, as mlflow.models.resources declares them."};function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "code") || (key0 === "pip_requirements")) || (key0 === "resources")) || (key0 === "input_example"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.code !== undefined){let data0 = data.code;const _errs3 = errors;let valid1 = false;let passing0 = null;const _errs4 = errors;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs4 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs6 = errors;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err2 = {instancePath:instancePath+"/code/" + i0,schemaPath:"#/properties/code/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}var _valid0 = _errs6 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err4 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}if(data.pip_requirements !== undefined){let data2 = data.pip_requirements;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){if(typeof data2[i1] !== "string"){const err5 = {instancePath:instancePath+"/pip_requirements/" + i1,schemaPath:"#/properties/pip_requirements/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/pip_requirements",schemaPath:"#/properties/pip_requirements/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.resources !== undefined){let data4 = data.resources;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(func2.call(schema26.properties, key1))){const err7 = {instancePath:instancePath+"/resources",schemaPath:"#/definitions/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.serving_endpoints !== undefined){let data5 = data4.serving_endpoints;if(Array.isArray(data5)){const len2 = data5.length;for(let i2=0; i2<len2; i2++){if(typeof data5[i2] !== "string"){const err8 = {instancePath:instancePath+"/resources/serving_endpoints/" + i2,schemaPath:"#/definitions/resources/properties/serving_endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/resources/serving_endpoints",schemaPath:"#/definitions/resources/properties/serving_endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.vector_search_indexes !== undefined){let data7 = data4.vector_search_indexes;if(Array.isArray(data7)){const len3 = data7.length;for(let i3=0; i3<len3; i3++){if(typeof data7[i3] !== "string"){const err10 = {instancePath:instancePath+"/resources/vector_search_indexes/" + i3,schemaPath:"#/definitions/resources/properties/vector_search_indexes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/resources/vector_search_indexes",schemaPath:"#/definitions/resources/properties/vector_search_indexes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.functions !== undefined){let data9 = data4.functions;if(Array.isArray(data9)){const len4 = data9.length;for(let i4=0; i4<len4; i4++){if(typeof data9[i4] !== "string"){const err12 = {instancePath:instancePath+"/resources/functions/" + i4,schemaPath:"#/definitions/resources/properties/functions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/resources/functions",schemaPath:"#/definitions/resources/properties/functions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data4.genie_spaces !== undefined){let data11 = data4.genie_spaces;if(Array.isArray(data11)){const len5 = data11.length;for(let i5=0; i5<len5; i5++){if(typeof data11[i5] !== "string"){const err14 = {instancePath:instancePath+"/resources/genie_spaces/" + i5,schemaPath:"#/definitions/resources/properties/genie_spaces/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/resources/genie_spaces",schemaPath:"#/definitions/resources/properties/genie_spaces/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.sql_warehouses !== undefined){let data13 = data4.sql_warehouses;if(Array.isArray(data13)){const len6 = data13.length;for(let i6=0; i6<len6; i6++){if(typeof data13[i6] !== "string"){const err16 = {instancePath:instancePath+"/resources/sql_warehouses/" + i6,schemaPath:"#/definitions/resources/properties/sql_warehouses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/resources/sql_warehouses",schemaPath:"#/definitions/resources/properties/sql_warehouses/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data4.tables !== undefined){let data15 = data4.tables;if(Array.isArray(data15)){const len7 = data15.length;for(let i7=0; i7<len7; i7++){if(typeof data15[i7] !== "string"){const err18 = {instancePath:instancePath+"/resources/tables/" + i7,schemaPath:"#/definitions/resources/properties/tables/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/resources/tables",schemaPath:"#/definitions/resources/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4.uc_connections !== undefined){let data17 = data4.uc_connections;if(Array.isArray(data17)){const len8 = data17.length;for(let i8=0; i8<len8; i8++){if(typeof data17[i8] !== "string"){const err20 = {instancePath:instancePath+"/resources/uc_connections/" + i8,schemaPath:"#/definitions/resources/properties/uc_connections/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/resources/uc_connections",schemaPath:"#/definitions/resources/properties/uc_connections/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4.apps !== undefined){let data19 = data4.apps;if(Array.isArray(data19)){const len9 = data19.length;for(let i9=0; i9<len9; i9++){if(typeof data19[i9] !== "string"){const err22 = {instancePath:instancePath+"/resources/apps/" + i9,schemaPath:"#/definitions/resources/properties/apps/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/resources/apps",schemaPath:"#/definitions/resources/properties/apps/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data4.lakebase !== undefined){let data21 = data4.lakebase;if(Array.isArray(data21)){const len10 = data21.length;for(let i10=0; i10<len10; i10++){if(typeof data21[i10] !== "string"){const err24 = {instancePath:instancePath+"/resources/lakebase/" + i10,schemaPath:"#/definitions/resources/properties/lakebase/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/resources/lakebase",schemaPath:"#/definitions/resources/properties/lakebase/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/resources",schemaPath:"#/definitions/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate19.errors = vErrors;return errors === 0;}const pattern0 = new RegExp("^\\s*(\\d+\\s*[hms]\\s*)+$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/serving-ci/serving-ci/raw/main/schema/serving.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.endpoint === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "version") || (key0 === "endpoint")) || (key0 === "model")) || (key0 === "deploy"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.version !== undefined){if(1 !== data.version){const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.endpoint !== undefined){if(!(validate11(data.endpoint, {instancePath:instancePath+"/endpoint",parentData:data,parentDataProperty:"endpoint",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.model !== undefined){if(!(validate19(data.model, {instancePath:instancePath+"/model",parentData:data,parentDataProperty:"model",rootData}))){vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);errors = vErrors.length;}}if(data.deploy !== undefined){let data3 = data.deploy;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((((key1 === "mode") || (key1 === "job")) || (key1 === "parameters")) || (key1 === "timeout"))){const err4 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data3.mode !== undefined){let data4 = data3.mode;if(typeof data4 !== "string"){const err5 = {instancePath:instancePath+"/deploy/mode",schemaPath:"#/definitions/deploy/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!((data4 === "job") || (data4 === "direct"))){const err6 = {instancePath:instancePath+"/deploy/mode",schemaPath:"#/definitions/deploy/properties/mode/enum",keyword:"enum",params:{allowedValues: schema27.properties.mode.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.job !== undefined){let data5 = data3.job;if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){const err7 = {instancePath:instancePath+"/deploy/job",schemaPath:"#/definitions/deploy/properties/job/type",keyword:"type",params:{type: schema27.properties.job.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.parameters !== undefined){let data6 = data3.parameters;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){let data7 = data6[key2];if(((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")){const err8 = {instancePath:instancePath+"/deploy/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/deploy/properties/parameters/additionalProperties/type",keyword:"type",params:{type: schema27.properties.parameters.additionalProperties.type},message:"must be string,number,boolean"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/deploy/parameters",schemaPath:"#/definitions/deploy/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.timeout !== undefined){let data8 = data3.timeout;if((typeof data8 !== "string") && (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8))))){const err10 = {instancePath:instancePath+"/deploy/timeout",schemaPath:"#/definitions/deploy/properties/timeout/type",keyword:"type",params:{type: schema27.properties.timeout.type},message:"must be string,integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(typeof data8 === "string"){if(!pattern0.test(data8)){const err11 = {instancePath:instancePath+"/deploy/timeout",schemaPath:"#/definitions/deploy/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^\\s*(\\d+\\s*[hms]\\s*)+$"},message:"must match pattern \""+"^\\s*(\\d+\\s*[hms]\\s*)+$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/deploy",schemaPath:"#/definitions/deploy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate10.errors = vErrors;return errors === 0;}const validateBundleEndpoint = validate21;const schema28 = {"$id":"https://github.com/serving-ci/serving-ci/raw/main/schema/bundle-endpoint.json","$ref":"#/definitions/resources.ModelServingEndpoint","definitions":{"resources.Lifecycle":{"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false},"resources.ModelServingEndpoint":{"type":"object","required":["name"],"properties":{"ai_gateway":{"$ref":"#/definitions/serving.AiGatewayConfig"},"budget_policy_id":{"type":"string"},"config":{"$ref":"#/definitions/serving.EndpointCoreConfigInput"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/serving.EmailNotifications"},"lifecycle":{"$ref":"#/definitions/resources.Lifecycle"},"name":{"type":"string"},"permissions":{"type":"array","items":{"$ref":"#/definitions/resources.ModelServingEndpointPermission"}},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.RateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/serving.EndpointTag"}},"telemetry_config":{"$ref":"#/definitions/serving.TelemetryConfig"}},"additionalProperties":false},"resources.ModelServingEndpointPermission":{"type":"object","required":["level"],"properties":{"group_name":{"type":"string"},"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"service_principal_name":{"type":"string"},"user_name":{"type":"string"}},"additionalProperties":false},"serving.Ai21LabsConfig":{"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.AiGatewayConfig":{"type":"object","properties":{"fallback_config":{"$ref":"#/definitions/serving.FallbackConfig"},"guardrails":{"$ref":"#/definitions/serving.AiGatewayGuardrails"},"inference_table_config":{"$ref":"#/definitions/serving.AiGatewayInferenceTableConfig"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.AiGatewayRateLimit"}},"usage_tracking_config":{"$ref":"#/definitions/serving.AiGatewayUsageTrackingConfig"}},"additionalProperties":false},"serving.AiGatewayGuardrailParameters":{"type":"object","properties":{"invalid_keywords":{"type":"array","items":{"type":"string"}},"pii":{"$ref":"#/definitions/serving.AiGatewayGuardrailPiiBehavior"},"safety":{"type":"boolean"},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"serving.AiGatewayGuardrailPiiBehavior":{"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false},"serving.AiGatewayGuardrails":{"type":"object","properties":{"input":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"},"output":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"}},"additionalProperties":false},"serving.AiGatewayInferenceTableConfig":{"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"serving.AiGatewayRateLimit":{"type":"object","required":["renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","service_principal","user","user_group"]},"principal":{"type":"string"},"renewal_period":{"type":"string","enum":["minute"]},"tokens":{"type":"integer"}},"additionalProperties":false},"serving.AiGatewayUsageTrackingConfig":{"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"serving.AmazonBedrockConfig":{"type":"object","required":["aws_region","bedrock_provider"],"properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_region":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"bedrock_provider":{"type":"string","enum":["ai21labs","amazon","anthropic","cohere"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false},"serving.AnthropicConfig":{"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.ApiKeyAuth":{"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false},"serving.AutoCaptureConfigInput":{"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false},"serving.BearerTokenAuth":{"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false},"serving.CohereConfig":{"type":"object","properties":{"cohere_api_base":{"type":"string"},"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.CustomProviderConfig":{"type":"object","required":["custom_provider_url"],"properties":{"api_key_auth":{"$ref":"#/definitions/serving.ApiKeyAuth"},"bearer_token_auth":{"$ref":"#/definitions/serving.BearerTokenAuth"},"custom_provider_url":{"type":"string"}},"additionalProperties":false},"serving.DatabricksModelServingConfig":{"type":"object","required":["databricks_workspace_url"],"properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false},"serving.EmailNotifications":{"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false},"serving.EndpointCoreConfigInput":{"type":"object","properties":{"auto_capture_config":{"$ref":"#/definitions/serving.AutoCaptureConfigInput"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/serving.ServedEntityInput"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/serving.ServedModelInput"}},"traffic_config":{"$ref":"#/definitions/serving.TrafficConfig"}},"additionalProperties":false},"serving.EndpointTag":{"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false},"serving.ExternalModel":{"type":"object","required":["name","provider","task"],"properties":{"ai21labs_config":{"$ref":"#/definitions/serving.Ai21LabsConfig"},"amazon_bedrock_config":{"$ref":"#/definitions/serving.AmazonBedrockConfig"},"anthropic_config":{"$ref":"#/definitions/serving.AnthropicConfig"},"cohere_config":{"$ref":"#/definitions/serving.CohereConfig"},"custom_provider_config":{"$ref":"#/definitions/serving.CustomProviderConfig"},"databricks_model_serving_config":{"$ref":"#/definitions/serving.DatabricksModelServingConfig"},"google_cloud_vertex_ai_config":{"$ref":"#/definitions/serving.GoogleCloudVertexAiConfig"},"name":{"type":"string"},"openai_config":{"$ref":"#/definitions/serving.OpenAiConfig"},"palm_config":{"$ref":"#/definitions/serving.PaLmConfig"},"provider":{"type":"string","enum":["ai21labs","amazon-bedrock","anthropic","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"task":{"type":"string"}},"additionalProperties":false},"serving.FallbackConfig":{"type":"object","required":["enabled"],"properties":{"enabled":{"type":"boolean"}},"additionalProperties":false},"serving.GoogleCloudVertexAiConfig":{"type":"object","required":["project_id","region"],"properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false},"serving.OpenAiConfig":{"type":"object","properties":{"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"}},"additionalProperties":false},"serving.PaLmConfig":{"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false},"serving.RateLimit":{"type":"object","required":["calls","renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user"]},"renewal_period":{"type":"string","enum":["minute"]}},"additionalProperties":false},"serving.Route":{"type":"object","required":["traffic_percentage"],"properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"integer"}},"additionalProperties":false},"serving.ServedEntityInput":{"type":"object","properties":{"burst_scaling_enabled":{"type":"boolean"},"entity_name":{"type":"string"},"entity_version":{"type":"string"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"external_model":{"$ref":"#/definitions/serving.ExternalModel"},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false},"serving.ServedModelInput":{"type":"object","required":["model_name","model_version","scale_to_zero_enabled"],"properties":{"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"model_name":{"type":"string"},"model_version":{"type":"string"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false},"serving.TelemetryConfig":{"type":"object","properties":{"enabled_telemetry_features":{"type":"array","items":{"type":"string","enum":["TELEMETRY_FEATURE_INFERENCE_TABLE","TELEMETRY_FEATURE_LOGS","TELEMETRY_FEATURE_METRICS","TELEMETRY_FEATURE_TRACES"]}},"inference_table_config":{"$ref":"#/definitions/serving.TelemetryInferenceTableConfig"},"table_names":{"$ref":"#/definitions/serving.UnityCatalogTableNames"},"telemetry_profile_id":{"type":"string"}},"additionalProperties":false},"serving.TelemetryInferenceTableConfig":{"type":"object","properties":{"sampling_fraction":{"type":"number"}},"additionalProperties":false},"serving.TrafficConfig":{"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/serving.Route"}}},"additionalProperties":false},"serving.UnityCatalogTableNames":{"type":"object","properties":{"annotations_table":{"type":"string"},"logs_table":{"type":"string"},"metrics_table":{"type":"string"},"traces_table":{"type":"string"}},"additionalProperties":false}}};const schema29 = {"type":"object","required":["name"],"properties":{"ai_gateway":{"$ref":"#/definitions/serving.AiGatewayConfig"},"budget_policy_id":{"type":"string"},"config":{"$ref":"#/definitions/serving.EndpointCoreConfigInput"},"description":{"type":"string"},"email_notifications":{"$ref":"#/definitions/serving.EmailNotifications"},"lifecycle":{"$ref":"#/definitions/resources.Lifecycle"},"name":{"type":"string"},"permissions":{"type":"array","items":{"$ref":"#/definitions/resources.ModelServingEndpointPermission"}},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.RateLimit"}},"route_optimized":{"type":"boolean"},"tags":{"type":"array","items":{"$ref":"#/definitions/serving.EndpointTag"}},"telemetry_config":{"$ref":"#/definitions/serving.TelemetryConfig"}},"additionalProperties":false};const schema56 = {"type":"object","properties":{"on_update_failure":{"type":"array","items":{"type":"string"}},"on_update_success":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};const schema57 = {"type":"object","properties":{"prevent_destroy":{"type":"boolean"}},"additionalProperties":false};const schema58 = {"type":"object","required":["level"],"properties":{"group_name":{"type":"string"},"level":{"type":"string","enum":["CAN_MANAGE","CAN_QUERY","CAN_VIEW"]},"service_principal_name":{"type":"string"},"user_name":{"type":"string"}},"additionalProperties":false};const schema59 = {"type":"object","required":["calls","renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","user"]},"renewal_period":{"type":"string","enum":["minute"]}},"additionalProperties":false};const schema60 = {"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"}},"additionalProperties":false};const schema30 = {"type":"object","properties":{"fallback_config":{"$ref":"#/definitions/serving.FallbackConfig"},"guardrails":{"$ref":"#/definitions/serving.AiGatewayGuardrails"},"inference_table_config":{"$ref":"#/definitions/serving.AiGatewayInferenceTableConfig"},"rate_limits":{"type":"array","items":{"$ref":"#/definitions/serving.AiGatewayRateLimit"}},"usage_tracking_config":{"$ref":"#/definitions/serving.AiGatewayUsageTrackingConfig"}},"additionalProperties":false};const schema31 = {"type":"object","required":["enabled"],"properties":{"enabled":{"type":"boolean"}},"additionalProperties":false};const schema35 = {"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false};const schema36 = {"type":"object","required":["renewal_period"],"properties":{"calls":{"type":"integer"},"key":{"type":"string","enum":["endpoint","service_principal","user","user_group"]},"principal":{"type":"string"},"renewal_period":{"type":"string","enum":["minute"]},"tokens":{"type":"integer"}},"additionalProperties":false};const schema37 = {"type":"object","properties":{"enabled":{"type":"boolean"}},"additionalProperties":false};const schema32 = {"type":"object","properties":{"input":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"},"output":{"$ref":"#/definitions/serving.AiGatewayGuardrailParameters"}},"additionalProperties":false};const schema33 = {"type":"object","properties":{"invalid_keywords":{"type":"array","items":{"type":"string"}},"pii":{"$ref":"#/definitions/serving.AiGatewayGuardrailPiiBehavior"},"safety":{"type":"boolean"},"valid_topics":{"type":"array","items":{"type":"string"}}},"additionalProperties":false};const schema34 = {"type":"object","properties":{"behavior":{"type":"string","enum":["BLOCK","MASK","NONE"]}},"additionalProperties":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "invalid_keywords") || (key0 === "pii")) || (key0 === "safety")) || (key0 === "valid_topics"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.invalid_keywords !== undefined){let data0 = data.invalid_keywords;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){if(typeof data0[i0] !== "string"){const err1 = {instancePath:instancePath+"/invalid_keywords/" + i0,schemaPath:"#/properties/invalid_keywords/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath:instancePath+"/invalid_keywords",schemaPath:"#/properties/invalid_keywords/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.pii !== undefined){let data2 = data.pii;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!(key1 === "behavior")){const err3 = {instancePath:instancePath+"/pii",schemaPath:"#/definitions/serving.AiGatewayGuardrailPiiBehavior/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data2.behavior !== undefined){let data3 = data2.behavior;if(typeof data3 !== "string"){const err4 = {instancePath:instancePath+"/pii/behavior",schemaPath:"#/definitions/serving.AiGatewayGuardrailPiiBehavior/properties/behavior/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(!(((data3 === "BLOCK") || (data3 === "MASK")) || (data3 === "NONE"))){const err5 = {instancePath:instancePath+"/pii/behavior",schemaPath:"#/definitions/serving.AiGatewayGuardrailPiiBehavior/properties/behavior/enum",keyword:"enum",params:{allowedValues: schema34.properties.behavior.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/pii",schemaPath:"#/definitions/serving.AiGatewayGuardrailPiiBehavior/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.safety !== undefined){if(typeof data.safety !== "boolean"){const err7 = {instancePath:instancePath+"/safety",schemaPath:"#/properties/safety/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.valid_topics !== undefined){let data5 = data.valid_topics;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){if(typeof data5[i1] !== "string"){const err8 = {instancePath:instancePath+"/valid_topics/" + i1,schemaPath:"#/properties/valid_topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/valid_topics",schemaPath:"#/properties/valid_topics/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate25.errors = vErrors;return errors === 0;}function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "input") || (key0 === "output"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.input !== undefined){if(!(validate25(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}if(data.output !== undefined){if(!(validate25(data.output, {instancePath:instancePath+"/output",parentData:data,parentDataProperty:"output",rootData}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate24.errors = vErrors;return errors === 0;}function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "fallback_config") || (key0 === "guardrails")) || (key0 === "inference_table_config")) || (key0 === "rate_limits")) || (key0 === "usage_tracking_config"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.fallback_config !== undefined){let data0 = data.fallback_config;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.enabled === undefined){const err1 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data0){if(!(key1 === "enabled")){const err2 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.enabled !== undefined){if(typeof data0.enabled !== "boolean"){const err3 = {instancePath:instancePath+"/fallback_config/enabled",schemaPath:"#/definitions/serving.FallbackConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.guardrails !== undefined){if(!(validate24(data.guardrails, {instancePath:instancePath+"/guardrails",parentData:data,parentDataProperty:"guardrails",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.inference_table_config !== undefined){let data3 = data.inference_table_config;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((((key2 === "catalog_name") || (key2 === "enabled")) || (key2 === "schema_name")) || (key2 === "table_name_prefix"))){const err5 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.catalog_name !== undefined){if(typeof data3.catalog_name !== "string"){const err6 = {instancePath:instancePath+"/inference_table_config/catalog_name",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.enabled !== undefined){if(typeof data3.enabled !== "boolean"){const err7 = {instancePath:instancePath+"/inference_table_config/enabled",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.schema_name !== undefined){if(typeof data3.schema_name !== "string"){const err8 = {instancePath:instancePath+"/inference_table_config/schema_name",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.table_name_prefix !== undefined){if(typeof data3.table_name_prefix !== "string"){const err9 = {instancePath:instancePath+"/inference_table_config/table_name_prefix",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.rate_limits !== undefined){let data8 = data.rate_limits;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.renewal_period === undefined){const err11 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key3 in data9){if(!(((((key3 === "calls") || (key3 === "key")) || (key3 === "principal")) || (key3 === "renewal_period")) || (key3 === "tokens"))){const err12 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data9.calls !== undefined){let data10 = data9.calls;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err13 = {instancePath:instancePath+"/rate_limits/" + i0+"/calls",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data9.key !== undefined){let data11 = data9.key;if(typeof data11 !== "string"){const err14 = {instancePath:instancePath+"/rate_limits/" + i0+"/key",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!((((data11 === "endpoint") || (data11 === "service_principal")) || (data11 === "user")) || (data11 === "user_group"))){const err15 = {instancePath:instancePath+"/rate_limits/" + i0+"/key",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema36.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data9.principal !== undefined){if(typeof data9.principal !== "string"){const err16 = {instancePath:instancePath+"/rate_limits/" + i0+"/principal",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data9.renewal_period !== undefined){let data13 = data9.renewal_period;if(typeof data13 !== "string"){const err17 = {instancePath:instancePath+"/rate_limits/" + i0+"/renewal_period",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(data13 === "minute")){const err18 = {instancePath:instancePath+"/rate_limits/" + i0+"/renewal_period",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema36.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data9.tokens !== undefined){let data14 = data9.tokens;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err19 = {instancePath:instancePath+"/rate_limits/" + i0+"/tokens",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.usage_tracking_config !== undefined){let data15 = data.usage_tracking_config;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key4 in data15){if(!(key4 === "enabled")){const err22 = {instancePath:instancePath+"/usage_tracking_config",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data15.enabled !== undefined){if(typeof data15.enabled !== "boolean"){const err23 = {instancePath:instancePath+"/usage_tracking_config/enabled",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/usage_tracking_config",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate23.errors = vErrors;return errors === 0;}const schema38 = {"type":"object","properties":{"auto_capture_config":{"$ref":"#/definitions/serving.AutoCaptureConfigInput"},"served_entities":{"type":"array","items":{"$ref":"#/definitions/serving.ServedEntityInput"}},"served_models":{"type":"array","items":{"$ref":"#/definitions/serving.ServedModelInput"}},"traffic_config":{"$ref":"#/definitions/serving.TrafficConfig"}},"additionalProperties":false};const schema39 = {"type":"object","properties":{"catalog_name":{"type":"string"},"enabled":{"type":"boolean"},"schema_name":{"type":"string"},"table_name_prefix":{"type":"string"}},"additionalProperties":false};const schema53 = {"type":"object","required":["model_name","model_version","scale_to_zero_enabled"],"properties":{"burst_scaling_enabled":{"type":"boolean"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"model_name":{"type":"string"},"model_version":{"type":"string"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false};const schema40 = {"type":"object","properties":{"burst_scaling_enabled":{"type":"boolean"},"entity_name":{"type":"string"},"entity_version":{"type":"string"},"environment_vars":{"type":"object","additionalProperties":{"type":"string"}},"external_model":{"$ref":"#/definitions/serving.ExternalModel"},"instance_profile_arn":{"type":"string"},"max_provisioned_concurrency":{"type":"integer"},"max_provisioned_throughput":{"type":"integer"},"min_provisioned_concurrency":{"type":"integer"},"min_provisioned_throughput":{"type":"integer"},"name":{"type":"string"},"provisioned_model_units":{"type":"integer"},"scale_to_zero_enabled":{"type":"boolean"},"workload_size":{"type":"string"},"workload_type":{"type":"string","enum":["CPU","CPU_LARGE","CPU_MEDIUM","GPU_LARGE","GPU_MEDIUM","GPU_SMALL","GPU_XLARGE","GPU_XLARGE_8","MULTIGPU_MEDIUM"]}},"additionalProperties":false};const schema41 = {"type":"object","required":["name","provider","task"],"properties":{"ai21labs_config":{"$ref":"#/definitions/serving.Ai21LabsConfig"},"amazon_bedrock_config":{"$ref":"#/definitions/serving.AmazonBedrockConfig"},"anthropic_config":{"$ref":"#/definitions/serving.AnthropicConfig"},"cohere_config":{"$ref":"#/definitions/serving.CohereConfig"},"custom_provider_config":{"$ref":"#/definitions/serving.CustomProviderConfig"},"databricks_model_serving_config":{"$ref":"#/definitions/serving.DatabricksModelServingConfig"},"google_cloud_vertex_ai_config":{"$ref":"#/definitions/serving.GoogleCloudVertexAiConfig"},"name":{"type":"string"},"openai_config":{"$ref":"#/definitions/serving.OpenAiConfig"},"palm_config":{"$ref":"#/definitions/serving.PaLmConfig"},"provider":{"type":"string","enum":["ai21labs","amazon-bedrock","anthropic","cohere","custom","databricks-model-serving","google-cloud-vertex-ai","openai","palm"]},"task":{"type":"string"}},"additionalProperties":false};const schema42 = {"type":"object","properties":{"ai21labs_api_key":{"type":"string"},"ai21labs_api_key_plaintext":{"type":"string"}},"additionalProperties":false};const schema43 = {"type":"object","required":["aws_region","bedrock_provider"],"properties":{"aws_access_key_id":{"type":"string"},"aws_access_key_id_plaintext":{"type":"string"},"aws_region":{"type":"string"},"aws_secret_access_key":{"type":"string"},"aws_secret_access_key_plaintext":{"type":"string"},"bedrock_provider":{"type":"string","enum":["ai21labs","amazon","anthropic","cohere"]},"instance_profile_arn":{"type":"string"}},"additionalProperties":false};const schema44 = {"type":"object","properties":{"anthropic_api_key":{"type":"string"},"anthropic_api_key_plaintext":{"type":"string"}},"additionalProperties":false};const schema45 = {"type":"object","properties":{"cohere_api_base":{"type":"string"},"cohere_api_key":{"type":"string"},"cohere_api_key_plaintext":{"type":"string"}},"additionalProperties":false};const schema49 = {"type":"object","required":["databricks_workspace_url"],"properties":{"databricks_api_token":{"type":"string"},"databricks_api_token_plaintext":{"type":"string"},"databricks_workspace_url":{"type":"string"}},"additionalProperties":false};const schema50 = {"type":"object","required":["project_id","region"],"properties":{"private_key":{"type":"string"},"private_key_plaintext":{"type":"string"},"project_id":{"type":"string"},"region":{"type":"string"}},"additionalProperties":false};const schema51 = {"type":"object","properties":{"microsoft_entra_client_id":{"type":"string"},"microsoft_entra_client_secret":{"type":"string"},"microsoft_entra_client_secret_plaintext":{"type":"string"},"microsoft_entra_tenant_id":{"type":"string"},"openai_api_base":{"type":"string"},"openai_api_key":{"type":"string"},"openai_api_key_plaintext":{"type":"string"},"openai_api_type":{"type":"string"},"openai_api_version":{"type":"string"},"openai_deployment_name":{"type":"string"},"openai_organization":{"type":"string"}},"additionalProperties":false};const schema52 = {"type":"object","properties":{"palm_api_key":{"type":"string"},"palm_api_key_plaintext":{"type":"string"}},"additionalProperties":false};const schema46 = {"type":"object","required":["custom_provider_url"],"properties":{"api_key_auth":{"$ref":"#/definitions/serving.ApiKeyAuth"},"bearer_token_auth":{"$ref":"#/definitions/serving.BearerTokenAuth"},"custom_provider_url":{"type":"string"}},"additionalProperties":false};const schema47 = {"type":"object","required":["key"],"properties":{"key":{"type":"string"},"value":{"type":"string"},"value_plaintext":{"type":"string"}},"additionalProperties":false};const schema48 = {"type":"object","properties":{"token":{"type":"string"},"token_plaintext":{"type":"string"}},"additionalProperties":false};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.custom_provider_url === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "custom_provider_url"},message:"must have required property '"+"custom_provider_url"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "api_key_auth") || (key0 === "bearer_token_auth")) || (key0 === "custom_provider_url"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.api_key_auth !== undefined){let data0 = data.api_key_auth;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.key === undefined){const err2 = {instancePath:instancePath+"/api_key_auth",schemaPath:"#/definitions/serving.ApiKeyAuth/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data0){if(!(((key1 === "key") || (key1 === "value")) || (key1 === "value_plaintext"))){const err3 = {instancePath:instancePath+"/api_key_auth",schemaPath:"#/definitions/serving.ApiKeyAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.key !== undefined){if(typeof data0.key !== "string"){const err4 = {instancePath:instancePath+"/api_key_auth/key",schemaPath:"#/definitions/serving.ApiKeyAuth/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.value !== undefined){if(typeof data0.value !== "string"){const err5 = {instancePath:instancePath+"/api_key_auth/value",schemaPath:"#/definitions/serving.ApiKeyAuth/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.value_plaintext !== undefined){if(typeof data0.value_plaintext !== "string"){const err6 = {instancePath:instancePath+"/api_key_auth/value_plaintext",schemaPath:"#/definitions/serving.ApiKeyAuth/properties/value_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/api_key_auth",schemaPath:"#/definitions/serving.ApiKeyAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.bearer_token_auth !== undefined){let data4 = data.bearer_token_auth;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((key2 === "token") || (key2 === "token_plaintext"))){const err8 = {instancePath:instancePath+"/bearer_token_auth",schemaPath:"#/definitions/serving.BearerTokenAuth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.token !== undefined){if(typeof data4.token !== "string"){const err9 = {instancePath:instancePath+"/bearer_token_auth/token",schemaPath:"#/definitions/serving.BearerTokenAuth/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.token_plaintext !== undefined){if(typeof data4.token_plaintext !== "string"){const err10 = {instancePath:instancePath+"/bearer_token_auth/token_plaintext",schemaPath:"#/definitions/serving.BearerTokenAuth/properties/token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/bearer_token_auth",schemaPath:"#/definitions/serving.BearerTokenAuth/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.custom_provider_url !== undefined){if(typeof data.custom_provider_url !== "string"){const err12 = {instancePath:instancePath+"/custom_provider_url",schemaPath:"#/properties/custom_provider_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate33.errors = vErrors;return errors === 0;}function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.provider === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.task === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema41.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.ai21labs_config !== undefined){let data0 = data.ai21labs_config;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((key1 === "ai21labs_api_key") || (key1 === "ai21labs_api_key_plaintext"))){const err4 = {instancePath:instancePath+"/ai21labs_config",schemaPath:"#/definitions/serving.Ai21LabsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.ai21labs_api_key !== undefined){if(typeof data0.ai21labs_api_key !== "string"){const err5 = {instancePath:instancePath+"/ai21labs_config/ai21labs_api_key",schemaPath:"#/definitions/serving.Ai21LabsConfig/properties/ai21labs_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.ai21labs_api_key_plaintext !== undefined){if(typeof data0.ai21labs_api_key_plaintext !== "string"){const err6 = {instancePath:instancePath+"/ai21labs_config/ai21labs_api_key_plaintext",schemaPath:"#/definitions/serving.Ai21LabsConfig/properties/ai21labs_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/ai21labs_config",schemaPath:"#/definitions/serving.Ai21LabsConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.amazon_bedrock_config !== undefined){let data3 = data.amazon_bedrock_config;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.aws_region === undefined){const err8 = {instancePath:instancePath+"/amazon_bedrock_config",schemaPath:"#/definitions/serving.AmazonBedrockConfig/required",keyword:"required",params:{missingProperty: "aws_region"},message:"must have required property '"+"aws_region"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3.bedrock_provider === undefined){const err9 = {instancePath:instancePath+"/amazon_bedrock_config",schemaPath:"#/definitions/serving.AmazonBedrockConfig/required",keyword:"required",params:{missingProperty: "bedrock_provider"},message:"must have required property '"+"bedrock_provider"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key2 in data3){if(!(((((((key2 === "aws_access_key_id") || (key2 === "aws_access_key_id_plaintext")) || (key2 === "aws_region")) || (key2 === "aws_secret_access_key")) || (key2 === "aws_secret_access_key_plaintext")) || (key2 === "bedrock_provider")) || (key2 === "instance_profile_arn"))){const err10 = {instancePath:instancePath+"/amazon_bedrock_config",schemaPath:"#/definitions/serving.AmazonBedrockConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.aws_access_key_id !== undefined){if(typeof data3.aws_access_key_id !== "string"){const err11 = {instancePath:instancePath+"/amazon_bedrock_config/aws_access_key_id",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/aws_access_key_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data3.aws_access_key_id_plaintext !== undefined){if(typeof data3.aws_access_key_id_plaintext !== "string"){const err12 = {instancePath:instancePath+"/amazon_bedrock_config/aws_access_key_id_plaintext",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/aws_access_key_id_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.aws_region !== undefined){if(typeof data3.aws_region !== "string"){const err13 = {instancePath:instancePath+"/amazon_bedrock_config/aws_region",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/aws_region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data3.aws_secret_access_key !== undefined){if(typeof data3.aws_secret_access_key !== "string"){const err14 = {instancePath:instancePath+"/amazon_bedrock_config/aws_secret_access_key",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/aws_secret_access_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data3.aws_secret_access_key_plaintext !== undefined){if(typeof data3.aws_secret_access_key_plaintext !== "string"){const err15 = {instancePath:instancePath+"/amazon_bedrock_config/aws_secret_access_key_plaintext",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/aws_secret_access_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.bedrock_provider !== undefined){let data9 = data3.bedrock_provider;if(typeof data9 !== "string"){const err16 = {instancePath:instancePath+"/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/bedrock_provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((((data9 === "ai21labs") || (data9 === "amazon")) || (data9 === "anthropic")) || (data9 === "cohere"))){const err17 = {instancePath:instancePath+"/amazon_bedrock_config/bedrock_provider",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/bedrock_provider/enum",keyword:"enum",params:{allowedValues: schema43.properties.bedrock_provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.instance_profile_arn !== undefined){if(typeof data3.instance_profile_arn !== "string"){const err18 = {instancePath:instancePath+"/amazon_bedrock_config/instance_profile_arn",schemaPath:"#/definitions/serving.AmazonBedrockConfig/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/amazon_bedrock_config",schemaPath:"#/definitions/serving.AmazonBedrockConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.anthropic_config !== undefined){let data11 = data.anthropic_config;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key3 in data11){if(!((key3 === "anthropic_api_key") || (key3 === "anthropic_api_key_plaintext"))){const err20 = {instancePath:instancePath+"/anthropic_config",schemaPath:"#/definitions/serving.AnthropicConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data11.anthropic_api_key !== undefined){if(typeof data11.anthropic_api_key !== "string"){const err21 = {instancePath:instancePath+"/anthropic_config/anthropic_api_key",schemaPath:"#/definitions/serving.AnthropicConfig/properties/anthropic_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data11.anthropic_api_key_plaintext !== undefined){if(typeof data11.anthropic_api_key_plaintext !== "string"){const err22 = {instancePath:instancePath+"/anthropic_config/anthropic_api_key_plaintext",schemaPath:"#/definitions/serving.AnthropicConfig/properties/anthropic_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/anthropic_config",schemaPath:"#/definitions/serving.AnthropicConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.cohere_config !== undefined){let data14 = data.cohere_config;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key4 in data14){if(!(((key4 === "cohere_api_base") || (key4 === "cohere_api_key")) || (key4 === "cohere_api_key_plaintext"))){const err24 = {instancePath:instancePath+"/cohere_config",schemaPath:"#/definitions/serving.CohereConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data14.cohere_api_base !== undefined){if(typeof data14.cohere_api_base !== "string"){const err25 = {instancePath:instancePath+"/cohere_config/cohere_api_base",schemaPath:"#/definitions/serving.CohereConfig/properties/cohere_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data14.cohere_api_key !== undefined){if(typeof data14.cohere_api_key !== "string"){const err26 = {instancePath:instancePath+"/cohere_config/cohere_api_key",schemaPath:"#/definitions/serving.CohereConfig/properties/cohere_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data14.cohere_api_key_plaintext !== undefined){if(typeof data14.cohere_api_key_plaintext !== "string"){const err27 = {instancePath:instancePath+"/cohere_config/cohere_api_key_plaintext",schemaPath:"#/definitions/serving.CohereConfig/properties/cohere_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/cohere_config",schemaPath:"#/definitions/serving.CohereConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.custom_provider_config !== undefined){if(!(validate33(data.custom_provider_config, {instancePath:instancePath+"/custom_provider_config",parentData:data,parentDataProperty:"custom_provider_config",rootData}))){vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);errors = vErrors.length;}}if(data.databricks_model_serving_config !== undefined){let data19 = data.databricks_model_serving_config;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.databricks_workspace_url === undefined){const err29 = {instancePath:instancePath+"/databricks_model_serving_config",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/required",keyword:"required",params:{missingProperty: "databricks_workspace_url"},message:"must have required property '"+"databricks_workspace_url"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key5 in data19){if(!(((key5 === "databricks_api_token") || (key5 === "databricks_api_token_plaintext")) || (key5 === "databricks_workspace_url"))){const err30 = {instancePath:instancePath+"/databricks_model_serving_config",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19.databricks_api_token !== undefined){if(typeof data19.databricks_api_token !== "string"){const err31 = {instancePath:instancePath+"/databricks_model_serving_config/databricks_api_token",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/properties/databricks_api_token/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.databricks_api_token_plaintext !== undefined){if(typeof data19.databricks_api_token_plaintext !== "string"){const err32 = {instancePath:instancePath+"/databricks_model_serving_config/databricks_api_token_plaintext",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/properties/databricks_api_token_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19.databricks_workspace_url !== undefined){if(typeof data19.databricks_workspace_url !== "string"){const err33 = {instancePath:instancePath+"/databricks_model_serving_config/databricks_workspace_url",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/properties/databricks_workspace_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath:instancePath+"/databricks_model_serving_config",schemaPath:"#/definitions/serving.DatabricksModelServingConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.google_cloud_vertex_ai_config !== undefined){let data23 = data.google_cloud_vertex_ai_config;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(data23.project_id === undefined){const err35 = {instancePath:instancePath+"/google_cloud_vertex_ai_config",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/required",keyword:"required",params:{missingProperty: "project_id"},message:"must have required property '"+"project_id"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data23.region === undefined){const err36 = {instancePath:instancePath+"/google_cloud_vertex_ai_config",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key6 in data23){if(!((((key6 === "private_key") || (key6 === "private_key_plaintext")) || (key6 === "project_id")) || (key6 === "region"))){const err37 = {instancePath:instancePath+"/google_cloud_vertex_ai_config",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.private_key !== undefined){if(typeof data23.private_key !== "string"){const err38 = {instancePath:instancePath+"/google_cloud_vertex_ai_config/private_key",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/properties/private_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data23.private_key_plaintext !== undefined){if(typeof data23.private_key_plaintext !== "string"){const err39 = {instancePath:instancePath+"/google_cloud_vertex_ai_config/private_key_plaintext",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/properties/private_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data23.project_id !== undefined){if(typeof data23.project_id !== "string"){const err40 = {instancePath:instancePath+"/google_cloud_vertex_ai_config/project_id",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/properties/project_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data23.region !== undefined){if(typeof data23.region !== "string"){const err41 = {instancePath:instancePath+"/google_cloud_vertex_ai_config/region",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/google_cloud_vertex_ai_config",schemaPath:"#/definitions/serving.GoogleCloudVertexAiConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err43 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.openai_config !== undefined){let data29 = data.openai_config;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key7 in data29){if(!(func2.call(schema51.properties, key7))){const err44 = {instancePath:instancePath+"/openai_config",schemaPath:"#/definitions/serving.OpenAiConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data29.microsoft_entra_client_id !== undefined){if(typeof data29.microsoft_entra_client_id !== "string"){const err45 = {instancePath:instancePath+"/openai_config/microsoft_entra_client_id",schemaPath:"#/definitions/serving.OpenAiConfig/properties/microsoft_entra_client_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data29.microsoft_entra_client_secret !== undefined){if(typeof data29.microsoft_entra_client_secret !== "string"){const err46 = {instancePath:instancePath+"/openai_config/microsoft_entra_client_secret",schemaPath:"#/definitions/serving.OpenAiConfig/properties/microsoft_entra_client_secret/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data29.microsoft_entra_client_secret_plaintext !== undefined){if(typeof data29.microsoft_entra_client_secret_plaintext !== "string"){const err47 = {instancePath:instancePath+"/openai_config/microsoft_entra_client_secret_plaintext",schemaPath:"#/definitions/serving.OpenAiConfig/properties/microsoft_entra_client_secret_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data29.microsoft_entra_tenant_id !== undefined){if(typeof data29.microsoft_entra_tenant_id !== "string"){const err48 = {instancePath:instancePath+"/openai_config/microsoft_entra_tenant_id",schemaPath:"#/definitions/serving.OpenAiConfig/properties/microsoft_entra_tenant_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data29.openai_api_base !== undefined){if(typeof data29.openai_api_base !== "string"){const err49 = {instancePath:instancePath+"/openai_config/openai_api_base",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_api_base/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data29.openai_api_key !== undefined){if(typeof data29.openai_api_key !== "string"){const err50 = {instancePath:instancePath+"/openai_config/openai_api_key",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data29.openai_api_key_plaintext !== undefined){if(typeof data29.openai_api_key_plaintext !== "string"){const err51 = {instancePath:instancePath+"/openai_config/openai_api_key_plaintext",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data29.openai_api_type !== undefined){if(typeof data29.openai_api_type !== "string"){const err52 = {instancePath:instancePath+"/openai_config/openai_api_type",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_api_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data29.openai_api_version !== undefined){if(typeof data29.openai_api_version !== "string"){const err53 = {instancePath:instancePath+"/openai_config/openai_api_version",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_api_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data29.openai_deployment_name !== undefined){if(typeof data29.openai_deployment_name !== "string"){const err54 = {instancePath:instancePath+"/openai_config/openai_deployment_name",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_deployment_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data29.openai_organization !== undefined){if(typeof data29.openai_organization !== "string"){const err55 = {instancePath:instancePath+"/openai_config/openai_organization",schemaPath:"#/definitions/serving.OpenAiConfig/properties/openai_organization/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/openai_config",schemaPath:"#/definitions/serving.OpenAiConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.palm_config !== undefined){let data41 = data.palm_config;if(data41 && typeof data41 == "object" && !Array.isArray(data41)){for(const key8 in data41){if(!((key8 === "palm_api_key") || (key8 === "palm_api_key_plaintext"))){const err57 = {instancePath:instancePath+"/palm_config",schemaPath:"#/definitions/serving.PaLmConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data41.palm_api_key !== undefined){if(typeof data41.palm_api_key !== "string"){const err58 = {instancePath:instancePath+"/palm_config/palm_api_key",schemaPath:"#/definitions/serving.PaLmConfig/properties/palm_api_key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data41.palm_api_key_plaintext !== undefined){if(typeof data41.palm_api_key_plaintext !== "string"){const err59 = {instancePath:instancePath+"/palm_config/palm_api_key_plaintext",schemaPath:"#/definitions/serving.PaLmConfig/properties/palm_api_key_plaintext/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/palm_config",schemaPath:"#/definitions/serving.PaLmConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.provider !== undefined){let data44 = data.provider;if(typeof data44 !== "string"){const err61 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(!(((((((((data44 === "ai21labs") || (data44 === "amazon-bedrock")) || (data44 === "anthropic")) || (data44 === "cohere")) || (data44 === "custom")) || (data44 === "databricks-model-serving")) || (data44 === "google-cloud-vertex-ai")) || (data44 === "openai")) || (data44 === "palm"))){const err62 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema41.properties.provider.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data.task !== undefined){if(typeof data.task !== "string"){const err63 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}}else {const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}validate32.errors = vErrors;return errors === 0;}function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema40.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.burst_scaling_enabled !== undefined){if(typeof data.burst_scaling_enabled !== "boolean"){const err1 = {instancePath:instancePath+"/burst_scaling_enabled",schemaPath:"#/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.entity_name !== undefined){if(typeof data.entity_name !== "string"){const err2 = {instancePath:instancePath+"/entity_name",schemaPath:"#/properties/entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.entity_version !== undefined){if(typeof data.entity_version !== "string"){const err3 = {instancePath:instancePath+"/entity_version",schemaPath:"#/properties/entity_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.environment_vars !== undefined){let data3 = data.environment_vars;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(typeof data3[key1] !== "string"){const err4 = {instancePath:instancePath+"/environment_vars/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment_vars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/environment_vars",schemaPath:"#/properties/environment_vars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.external_model !== undefined){if(!(validate32(data.external_model, {instancePath:instancePath+"/external_model",parentData:data,parentDataProperty:"external_model",rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}if(data.instance_profile_arn !== undefined){if(typeof data.instance_profile_arn !== "string"){const err6 = {instancePath:instancePath+"/instance_profile_arn",schemaPath:"#/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.max_provisioned_concurrency !== undefined){let data7 = data.max_provisioned_concurrency;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err7 = {instancePath:instancePath+"/max_provisioned_concurrency",schemaPath:"#/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.max_provisioned_throughput !== undefined){let data8 = data.max_provisioned_throughput;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err8 = {instancePath:instancePath+"/max_provisioned_throughput",schemaPath:"#/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.min_provisioned_concurrency !== undefined){let data9 = data.min_provisioned_concurrency;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err9 = {instancePath:instancePath+"/min_provisioned_concurrency",schemaPath:"#/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.min_provisioned_throughput !== undefined){let data10 = data.min_provisioned_throughput;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err10 = {instancePath:instancePath+"/min_provisioned_throughput",schemaPath:"#/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.provisioned_model_units !== undefined){let data12 = data.provisioned_model_units;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err12 = {instancePath:instancePath+"/provisioned_model_units",schemaPath:"#/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.scale_to_zero_enabled !== undefined){if(typeof data.scale_to_zero_enabled !== "boolean"){const err13 = {instancePath:instancePath+"/scale_to_zero_enabled",schemaPath:"#/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.workload_size !== undefined){if(typeof data.workload_size !== "string"){const err14 = {instancePath:instancePath+"/workload_size",schemaPath:"#/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.workload_type !== undefined){let data15 = data.workload_type;if(typeof data15 !== "string"){const err15 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(!(((((((((data15 === "CPU") || (data15 === "CPU_LARGE")) || (data15 === "CPU_MEDIUM")) || (data15 === "GPU_LARGE")) || (data15 === "GPU_MEDIUM")) || (data15 === "GPU_SMALL")) || (data15 === "GPU_XLARGE")) || (data15 === "GPU_XLARGE_8")) || (data15 === "MULTIGPU_MEDIUM"))){const err16 = {instancePath:instancePath+"/workload_type",schemaPath:"#/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema40.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}validate31.errors = vErrors;return errors === 0;}const schema54 = {"type":"object","properties":{"routes":{"type":"array","items":{"$ref":"#/definitions/serving.Route"}}},"additionalProperties":false};const schema55 = {"type":"object","required":["traffic_percentage"],"properties":{"served_entity_name":{"type":"string"},"served_model_name":{"type":"string"},"traffic_percentage":{"type":"integer"}},"additionalProperties":false};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "routes")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.routes !== undefined){let data0 = data.routes;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.traffic_percentage === undefined){const err1 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/serving.Route/required",keyword:"required",params:{missingProperty: "traffic_percentage"},message:"must have required property '"+"traffic_percentage"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data1){if(!(((key1 === "served_entity_name") || (key1 === "served_model_name")) || (key1 === "traffic_percentage"))){const err2 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/serving.Route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data1.served_entity_name !== undefined){if(typeof data1.served_entity_name !== "string"){const err3 = {instancePath:instancePath+"/routes/" + i0+"/served_entity_name",schemaPath:"#/definitions/serving.Route/properties/served_entity_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.served_model_name !== undefined){if(typeof data1.served_model_name !== "string"){const err4 = {instancePath:instancePath+"/routes/" + i0+"/served_model_name",schemaPath:"#/definitions/serving.Route/properties/served_model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.traffic_percentage !== undefined){let data4 = data1.traffic_percentage;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err5 = {instancePath:instancePath+"/routes/" + i0+"/traffic_percentage",schemaPath:"#/definitions/serving.Route/properties/traffic_percentage/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/routes/" + i0,schemaPath:"#/definitions/serving.Route/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate37.errors = vErrors;return errors === 0;}function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "auto_capture_config") || (key0 === "served_entities")) || (key0 === "served_models")) || (key0 === "traffic_config"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.auto_capture_config !== undefined){let data0 = data.auto_capture_config;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((((key1 === "catalog_name") || (key1 === "enabled")) || (key1 === "schema_name")) || (key1 === "table_name_prefix"))){const err1 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.catalog_name !== undefined){if(typeof data0.catalog_name !== "string"){const err2 = {instancePath:instancePath+"/auto_capture_config/catalog_name",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.enabled !== undefined){if(typeof data0.enabled !== "boolean"){const err3 = {instancePath:instancePath+"/auto_capture_config/enabled",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.schema_name !== undefined){if(typeof data0.schema_name !== "string"){const err4 = {instancePath:instancePath+"/auto_capture_config/schema_name",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.table_name_prefix !== undefined){if(typeof data0.table_name_prefix !== "string"){const err5 = {instancePath:instancePath+"/auto_capture_config/table_name_prefix",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.served_entities !== undefined){let data5 = data.served_entities;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate31(data5[i0], {instancePath:instancePath+"/served_entities/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/served_entities",schemaPath:"#/properties/served_entities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.served_models !== undefined){let data7 = data.served_models;if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.model_name === undefined){const err8 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "model_name"},message:"must have required property '"+"model_name"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data8.model_version === undefined){const err9 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data8.scale_to_zero_enabled === undefined){const err10 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "scale_to_zero_enabled"},message:"must have required property '"+"scale_to_zero_enabled"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key2 in data8){if(!(func2.call(schema53.properties, key2))){const err11 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data8.burst_scaling_enabled !== undefined){if(typeof data8.burst_scaling_enabled !== "boolean"){const err12 = {instancePath:instancePath+"/served_models/" + i1+"/burst_scaling_enabled",schemaPath:"#/definitions/serving.ServedModelInput/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data8.environment_vars !== undefined){let data10 = data8.environment_vars;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){if(typeof data10[key3] !== "string"){const err13 = {instancePath:instancePath+"/served_models/" + i1+"/environment_vars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/serving.ServedModelInput/properties/environment_vars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/served_models/" + i1+"/environment_vars",schemaPath:"#/definitions/serving.ServedModelInput/properties/environment_vars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.instance_profile_arn !== undefined){if(typeof data8.instance_profile_arn !== "string"){const err15 = {instancePath:instancePath+"/served_models/" + i1+"/instance_profile_arn",schemaPath:"#/definitions/serving.ServedModelInput/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data8.max_provisioned_concurrency !== undefined){let data13 = data8.max_provisioned_concurrency;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err16 = {instancePath:instancePath+"/served_models/" + i1+"/max_provisioned_concurrency",schemaPath:"#/definitions/serving.ServedModelInput/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data8.max_provisioned_throughput !== undefined){let data14 = data8.max_provisioned_throughput;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err17 = {instancePath:instancePath+"/served_models/" + i1+"/max_provisioned_throughput",schemaPath:"#/definitions/serving.ServedModelInput/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data8.min_provisioned_concurrency !== undefined){let data15 = data8.min_provisioned_concurrency;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err18 = {instancePath:instancePath+"/served_models/" + i1+"/min_provisioned_concurrency",schemaPath:"#/definitions/serving.ServedModelInput/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data8.min_provisioned_throughput !== undefined){let data16 = data8.min_provisioned_throughput;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err19 = {instancePath:instancePath+"/served_models/" + i1+"/min_provisioned_throughput",schemaPath:"#/definitions/serving.ServedModelInput/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data8.model_name !== undefined){if(typeof data8.model_name !== "string"){const err20 = {instancePath:instancePath+"/served_models/" + i1+"/model_name",schemaPath:"#/definitions/serving.ServedModelInput/properties/model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.model_version !== undefined){if(typeof data8.model_version !== "string"){const err21 = {instancePath:instancePath+"/served_models/" + i1+"/model_version",schemaPath:"#/definitions/serving.ServedModelInput/properties/model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.name !== undefined){if(typeof data8.name !== "string"){const err22 = {instancePath:instancePath+"/served_models/" + i1+"/name",schemaPath:"#/definitions/serving.ServedModelInput/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data8.provisioned_model_units !== undefined){let data20 = data8.provisioned_model_units;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err23 = {instancePath:instancePath+"/served_models/" + i1+"/provisioned_model_units",schemaPath:"#/definitions/serving.ServedModelInput/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data8.scale_to_zero_enabled !== undefined){if(typeof data8.scale_to_zero_enabled !== "boolean"){const err24 = {instancePath:instancePath+"/served_models/" + i1+"/scale_to_zero_enabled",schemaPath:"#/definitions/serving.ServedModelInput/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.workload_size !== undefined){if(typeof data8.workload_size !== "string"){const err25 = {instancePath:instancePath+"/served_models/" + i1+"/workload_size",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.workload_type !== undefined){let data23 = data8.workload_type;if(typeof data23 !== "string"){const err26 = {instancePath:instancePath+"/served_models/" + i1+"/workload_type",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!(((((((((data23 === "CPU") || (data23 === "CPU_LARGE")) || (data23 === "CPU_MEDIUM")) || (data23 === "GPU_LARGE")) || (data23 === "GPU_MEDIUM")) || (data23 === "GPU_SMALL")) || (data23 === "GPU_XLARGE")) || (data23 === "GPU_XLARGE_8")) || (data23 === "MULTIGPU_MEDIUM"))){const err27 = {instancePath:instancePath+"/served_models/" + i1+"/workload_type",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema53.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/served_models",schemaPath:"#/properties/served_models/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.traffic_config !== undefined){if(!(validate37(data.traffic_config, {instancePath:instancePath+"/traffic_config",parentData:data,parentDataProperty:"traffic_config",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate30.errors = vErrors;return errors === 0;}const schema61 = {"type":"object","properties":{"enabled_telemetry_features":{"type":"array","items":{"type":"string","enum":["TELEMETRY_FEATURE_INFERENCE_TABLE","TELEMETRY_FEATURE_LOGS","TELEMETRY_FEATURE_METRICS","TELEMETRY_FEATURE_TRACES"]}},"inference_table_config":{"$ref":"#/definitions/serving.TelemetryInferenceTableConfig"},"table_names":{"$ref":"#/definitions/serving.UnityCatalogTableNames"},"telemetry_profile_id":{"type":"string"}},"additionalProperties":false};const schema62 = {"type":"object","properties":{"sampling_fraction":{"type":"number"}},"additionalProperties":false};const schema63 = {"type":"object","properties":{"annotations_table":{"type":"string"},"logs_table":{"type":"string"},"metrics_table":{"type":"string"},"traces_table":{"type":"string"}},"additionalProperties":false};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "enabled_telemetry_features") || (key0 === "inference_table_config")) || (key0 === "table_names")) || (key0 === "telemetry_profile_id"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.enabled_telemetry_features !== undefined){let data0 = data.enabled_telemetry_features;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 !== "string"){const err1 = {instancePath:instancePath+"/enabled_telemetry_features/" + i0,schemaPath:"#/properties/enabled_telemetry_features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((((data1 === "TELEMETRY_FEATURE_INFERENCE_TABLE") || (data1 === "TELEMETRY_FEATURE_LOGS")) || (data1 === "TELEMETRY_FEATURE_METRICS")) || (data1 === "TELEMETRY_FEATURE_TRACES"))){const err2 = {instancePath:instancePath+"/enabled_telemetry_features/" + i0,schemaPath:"#/properties/enabled_telemetry_features/items/enum",keyword:"enum",params:{allowedValues: schema61.properties.enabled_telemetry_features.items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/enabled_telemetry_features",schemaPath:"#/properties/enabled_telemetry_features/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.inference_table_config !== undefined){let data2 = data.inference_table_config;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(!(key1 === "sampling_fraction")){const err4 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.TelemetryInferenceTableConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.sampling_fraction !== undefined){let data3 = data2.sampling_fraction;if(!((typeof data3 == "number") && (isFinite(data3)))){const err5 = {instancePath:instancePath+"/inference_table_config/sampling_fraction",schemaPath:"#/definitions/serving.TelemetryInferenceTableConfig/properties/sampling_fraction/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.TelemetryInferenceTableConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.table_names !== undefined){let data4 = data.table_names;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){if(!((((key2 === "annotations_table") || (key2 === "logs_table")) || (key2 === "metrics_table")) || (key2 === "traces_table"))){const err7 = {instancePath:instancePath+"/table_names",schemaPath:"#/definitions/serving.UnityCatalogTableNames/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.annotations_table !== undefined){if(typeof data4.annotations_table !== "string"){const err8 = {instancePath:instancePath+"/table_names/annotations_table",schemaPath:"#/definitions/serving.UnityCatalogTableNames/properties/annotations_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.logs_table !== undefined){if(typeof data4.logs_table !== "string"){const err9 = {instancePath:instancePath+"/table_names/logs_table",schemaPath:"#/definitions/serving.UnityCatalogTableNames/properties/logs_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.metrics_table !== undefined){if(typeof data4.metrics_table !== "string"){const err10 = {instancePath:instancePath+"/table_names/metrics_table",schemaPath:"#/definitions/serving.UnityCatalogTableNames/properties/metrics_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.traces_table !== undefined){if(typeof data4.traces_table !== "string"){const err11 = {instancePath:instancePath+"/table_names/traces_table",schemaPath:"#/definitions/serving.UnityCatalogTableNames/properties/traces_table/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/table_names",schemaPath:"#/definitions/serving.UnityCatalogTableNames/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.telemetry_profile_id !== undefined){if(typeof data.telemetry_profile_id !== "string"){const err13 = {instancePath:instancePath+"/telemetry_profile_id",schemaPath:"#/properties/telemetry_profile_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}validate40.errors = vErrors;return errors === 0;}function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func2.call(schema29.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.ai_gateway !== undefined){if(!(validate23(data.ai_gateway, {instancePath:instancePath+"/ai_gateway",parentData:data,parentDataProperty:"ai_gateway",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.budget_policy_id !== undefined){if(typeof data.budget_policy_id !== "string"){const err2 = {instancePath:instancePath+"/budget_policy_id",schemaPath:"#/properties/budget_policy_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.config !== undefined){if(!(validate30(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.email_notifications !== undefined){let data4 = data.email_notifications;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((key1 === "on_update_failure") || (key1 === "on_update_success"))){const err4 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/serving.EmailNotifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data4.on_update_failure !== undefined){let data5 = data4.on_update_failure;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(typeof data5[i0] !== "string"){const err5 = {instancePath:instancePath+"/email_notifications/on_update_failure/" + i0,schemaPath:"#/definitions/serving.EmailNotifications/properties/on_update_failure/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/email_notifications/on_update_failure",schemaPath:"#/definitions/serving.EmailNotifications/properties/on_update_failure/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.on_update_success !== undefined){let data7 = data4.on_update_success;if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){if(typeof data7[i1] !== "string"){const err7 = {instancePath:instancePath+"/email_notifications/on_update_success/" + i1,schemaPath:"#/definitions/serving.EmailNotifications/properties/on_update_success/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/email_notifications/on_update_success",schemaPath:"#/definitions/serving.EmailNotifications/properties/on_update_success/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/email_notifications",schemaPath:"#/definitions/serving.EmailNotifications/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.lifecycle !== undefined){let data9 = data.lifecycle;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){if(!(key2 === "prevent_destroy")){const err10 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/definitions/resources.Lifecycle/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data9.prevent_destroy !== undefined){if(typeof data9.prevent_destroy !== "boolean"){const err11 = {instancePath:instancePath+"/lifecycle/prevent_destroy",schemaPath:"#/definitions/resources.Lifecycle/properties/prevent_destroy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/lifecycle",schemaPath:"#/definitions/resources.Lifecycle/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.permissions !== undefined){let data12 = data.permissions;if(Array.isArray(data12)){const len2 = data12.length;for(let i2=0; i2<len2; i2++){let data13 = data12[i2];if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.level === undefined){const err14 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/resources.ModelServingEndpointPermission/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key3 in data13){if(!((((key3 === "group_name") || (key3 === "level")) || (key3 === "service_principal_name")) || (key3 === "user_name"))){const err15 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/resources.ModelServingEndpointPermission/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data13.group_name !== undefined){if(typeof data13.group_name !== "string"){const err16 = {instancePath:instancePath+"/permissions/" + i2+"/group_name",schemaPath:"#/definitions/resources.ModelServingEndpointPermission/properties/group_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data13.level !== undefined){let data15 = data13.level;if(typeof data15 !== "string"){const err17 = {instancePath:instancePath+"/permissions/" + i2+"/level",schemaPath:"#/definitions/resources.ModelServingEndpointPermission/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(((data15 === "CAN_MANAGE") || (data15 === "CAN_QUERY")) || (data15 === "CAN_VIEW"))){const err18 = {instancePath:instancePath+"/permissions/" + i2+"/level",schemaPath:"#/definitions/resources.ModelServingEndpointPermission/properties/level/enum",keyword:"enum",params:{allowedValues: schema58.properties.level.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data13.service_principal_name !== undefined){if(typeof data13.service_principal_name !== "string"){const err19 = {instancePath:instancePath+"/permissions/" + i2+"/service_principal_name",schemaPath:"#/definitions/resources.ModelServingEndpointPermission/properties/service_principal_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data13.user_name !== undefined){if(typeof data13.user_name !== "string"){const err20 = {instancePath:instancePath+"/permissions/" + i2+"/user_name",schemaPath:"#/definitions/resources.ModelServingEndpointPermission/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/definitions/resources.ModelServingEndpointPermission/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.rate_limits !== undefined){let data18 = data.rate_limits;if(Array.isArray(data18)){const len3 = data18.length;for(let i3=0; i3<len3; i3++){let data19 = data18[i3];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.calls === undefined){const err23 = {instancePath:instancePath+"/rate_limits/" + i3,schemaPath:"#/definitions/serving.RateLimit/required",keyword:"required",params:{missingProperty: "calls"},message:"must have required property '"+"calls"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data19.renewal_period === undefined){const err24 = {instancePath:instancePath+"/rate_limits/" + i3,schemaPath:"#/definitions/serving.RateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key4 in data19){if(!(((key4 === "calls") || (key4 === "key")) || (key4 === "renewal_period"))){const err25 = {instancePath:instancePath+"/rate_limits/" + i3,schemaPath:"#/definitions/serving.RateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19.calls !== undefined){let data20 = data19.calls;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err26 = {instancePath:instancePath+"/rate_limits/" + i3+"/calls",schemaPath:"#/definitions/serving.RateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19.key !== undefined){let data21 = data19.key;if(typeof data21 !== "string"){const err27 = {instancePath:instancePath+"/rate_limits/" + i3+"/key",schemaPath:"#/definitions/serving.RateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(!((data21 === "endpoint") || (data21 === "user"))){const err28 = {instancePath:instancePath+"/rate_limits/" + i3+"/key",schemaPath:"#/definitions/serving.RateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema59.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data19.renewal_period !== undefined){let data22 = data19.renewal_period;if(typeof data22 !== "string"){const err29 = {instancePath:instancePath+"/rate_limits/" + i3+"/renewal_period",schemaPath:"#/definitions/serving.RateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(!(data22 === "minute")){const err30 = {instancePath:instancePath+"/rate_limits/" + i3+"/renewal_period",schemaPath:"#/definitions/serving.RateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema59.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/rate_limits/" + i3,schemaPath:"#/definitions/serving.RateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.route_optimized !== undefined){if(typeof data.route_optimized !== "boolean"){const err33 = {instancePath:instancePath+"/route_optimized",schemaPath:"#/properties/route_optimized/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.tags !== undefined){let data24 = data.tags;if(Array.isArray(data24)){const len4 = data24.length;for(let i4=0; i4<len4; i4++){let data25 = data24[i4];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){if(data25.key === undefined){const err34 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/serving.EndpointTag/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}for(const key5 in data25){if(!((key5 === "key") || (key5 === "value"))){const err35 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/serving.EndpointTag/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data25.key !== undefined){if(typeof data25.key !== "string"){const err36 = {instancePath:instancePath+"/tags/" + i4+"/key",schemaPath:"#/definitions/serving.EndpointTag/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data25.value !== undefined){if(typeof data25.value !== "string"){const err37 = {instancePath:instancePath+"/tags/" + i4+"/value",schemaPath:"#/definitions/serving.EndpointTag/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/definitions/serving.EndpointTag/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.telemetry_config !== undefined){if(!(validate40(data.telemetry_config, {instancePath:instancePath+"/telemetry_config",parentData:data,parentDataProperty:"telemetry_config",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate22.errors = vErrors;return errors === 0;}function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/serving-ci/serving-ci/raw/main/schema/bundle-endpoint.json" */;let vErrors = null;let errors = 0;if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}validate21.errors = vErrors;return errors === 0;}const validateEndpointCoreConfig = validate43;function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "auto_capture_config") || (key0 === "served_entities")) || (key0 === "served_models")) || (key0 === "traffic_config"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.auto_capture_config !== undefined){let data0 = data.auto_capture_config;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((((key1 === "catalog_name") || (key1 === "enabled")) || (key1 === "schema_name")) || (key1 === "table_name_prefix"))){const err1 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.catalog_name !== undefined){if(typeof data0.catalog_name !== "string"){const err2 = {instancePath:instancePath+"/auto_capture_config/catalog_name",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.enabled !== undefined){if(typeof data0.enabled !== "boolean"){const err3 = {instancePath:instancePath+"/auto_capture_config/enabled",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.schema_name !== undefined){if(typeof data0.schema_name !== "string"){const err4 = {instancePath:instancePath+"/auto_capture_config/schema_name",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.table_name_prefix !== undefined){if(typeof data0.table_name_prefix !== "string"){const err5 = {instancePath:instancePath+"/auto_capture_config/table_name_prefix",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/auto_capture_config",schemaPath:"#/definitions/serving.AutoCaptureConfigInput/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.served_entities !== undefined){let data5 = data.served_entities;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate31(data5[i0], {instancePath:instancePath+"/served_entities/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}}}else {const err7 = {instancePath:instancePath+"/served_entities",schemaPath:"#/properties/served_entities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.served_models !== undefined){let data7 = data.served_models;if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.model_name === undefined){const err8 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "model_name"},message:"must have required property '"+"model_name"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data8.model_version === undefined){const err9 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data8.scale_to_zero_enabled === undefined){const err10 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/required",keyword:"required",params:{missingProperty: "scale_to_zero_enabled"},message:"must have required property '"+"scale_to_zero_enabled"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}for(const key2 in data8){if(!(func2.call(schema53.properties, key2))){const err11 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data8.burst_scaling_enabled !== undefined){if(typeof data8.burst_scaling_enabled !== "boolean"){const err12 = {instancePath:instancePath+"/served_models/" + i1+"/burst_scaling_enabled",schemaPath:"#/definitions/serving.ServedModelInput/properties/burst_scaling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data8.environment_vars !== undefined){let data10 = data8.environment_vars;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key3 in data10){if(typeof data10[key3] !== "string"){const err13 = {instancePath:instancePath+"/served_models/" + i1+"/environment_vars/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/serving.ServedModelInput/properties/environment_vars/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/served_models/" + i1+"/environment_vars",schemaPath:"#/definitions/serving.ServedModelInput/properties/environment_vars/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.instance_profile_arn !== undefined){if(typeof data8.instance_profile_arn !== "string"){const err15 = {instancePath:instancePath+"/served_models/" + i1+"/instance_profile_arn",schemaPath:"#/definitions/serving.ServedModelInput/properties/instance_profile_arn/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data8.max_provisioned_concurrency !== undefined){let data13 = data8.max_provisioned_concurrency;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err16 = {instancePath:instancePath+"/served_models/" + i1+"/max_provisioned_concurrency",schemaPath:"#/definitions/serving.ServedModelInput/properties/max_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data8.max_provisioned_throughput !== undefined){let data14 = data8.max_provisioned_throughput;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err17 = {instancePath:instancePath+"/served_models/" + i1+"/max_provisioned_throughput",schemaPath:"#/definitions/serving.ServedModelInput/properties/max_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data8.min_provisioned_concurrency !== undefined){let data15 = data8.min_provisioned_concurrency;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err18 = {instancePath:instancePath+"/served_models/" + i1+"/min_provisioned_concurrency",schemaPath:"#/definitions/serving.ServedModelInput/properties/min_provisioned_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data8.min_provisioned_throughput !== undefined){let data16 = data8.min_provisioned_throughput;if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err19 = {instancePath:instancePath+"/served_models/" + i1+"/min_provisioned_throughput",schemaPath:"#/definitions/serving.ServedModelInput/properties/min_provisioned_throughput/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data8.model_name !== undefined){if(typeof data8.model_name !== "string"){const err20 = {instancePath:instancePath+"/served_models/" + i1+"/model_name",schemaPath:"#/definitions/serving.ServedModelInput/properties/model_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data8.model_version !== undefined){if(typeof data8.model_version !== "string"){const err21 = {instancePath:instancePath+"/served_models/" + i1+"/model_version",schemaPath:"#/definitions/serving.ServedModelInput/properties/model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.name !== undefined){if(typeof data8.name !== "string"){const err22 = {instancePath:instancePath+"/served_models/" + i1+"/name",schemaPath:"#/definitions/serving.ServedModelInput/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data8.provisioned_model_units !== undefined){let data20 = data8.provisioned_model_units;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err23 = {instancePath:instancePath+"/served_models/" + i1+"/provisioned_model_units",schemaPath:"#/definitions/serving.ServedModelInput/properties/provisioned_model_units/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data8.scale_to_zero_enabled !== undefined){if(typeof data8.scale_to_zero_enabled !== "boolean"){const err24 = {instancePath:instancePath+"/served_models/" + i1+"/scale_to_zero_enabled",schemaPath:"#/definitions/serving.ServedModelInput/properties/scale_to_zero_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.workload_size !== undefined){if(typeof data8.workload_size !== "string"){const err25 = {instancePath:instancePath+"/served_models/" + i1+"/workload_size",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_size/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.workload_type !== undefined){let data23 = data8.workload_type;if(typeof data23 !== "string"){const err26 = {instancePath:instancePath+"/served_models/" + i1+"/workload_type",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!(((((((((data23 === "CPU") || (data23 === "CPU_LARGE")) || (data23 === "CPU_MEDIUM")) || (data23 === "GPU_LARGE")) || (data23 === "GPU_MEDIUM")) || (data23 === "GPU_SMALL")) || (data23 === "GPU_XLARGE")) || (data23 === "GPU_XLARGE_8")) || (data23 === "MULTIGPU_MEDIUM"))){const err27 = {instancePath:instancePath+"/served_models/" + i1+"/workload_type",schemaPath:"#/definitions/serving.ServedModelInput/properties/workload_type/enum",keyword:"enum",params:{allowedValues: schema53.properties.workload_type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/served_models/" + i1,schemaPath:"#/definitions/serving.ServedModelInput/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/served_models",schemaPath:"#/properties/served_models/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.traffic_config !== undefined){if(!(validate37(data.traffic_config, {instancePath:instancePath+"/traffic_config",parentData:data,parentDataProperty:"traffic_config",rootData}))){vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);errors = vErrors.length;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate43.errors = vErrors;return errors === 0;}const validateAiGateway = validate46;function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "fallback_config") || (key0 === "guardrails")) || (key0 === "inference_table_config")) || (key0 === "rate_limits")) || (key0 === "usage_tracking_config"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.fallback_config !== undefined){let data0 = data.fallback_config;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.enabled === undefined){const err1 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key1 in data0){if(!(key1 === "enabled")){const err2 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.enabled !== undefined){if(typeof data0.enabled !== "boolean"){const err3 = {instancePath:instancePath+"/fallback_config/enabled",schemaPath:"#/definitions/serving.FallbackConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/fallback_config",schemaPath:"#/definitions/serving.FallbackConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.guardrails !== undefined){if(!(validate24(data.guardrails, {instancePath:instancePath+"/guardrails",parentData:data,parentDataProperty:"guardrails",rootData}))){vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);errors = vErrors.length;}}if(data.inference_table_config !== undefined){let data3 = data.inference_table_config;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key2 in data3){if(!((((key2 === "catalog_name") || (key2 === "enabled")) || (key2 === "schema_name")) || (key2 === "table_name_prefix"))){const err5 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3.catalog_name !== undefined){if(typeof data3.catalog_name !== "string"){const err6 = {instancePath:instancePath+"/inference_table_config/catalog_name",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/catalog_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.enabled !== undefined){if(typeof data3.enabled !== "boolean"){const err7 = {instancePath:instancePath+"/inference_table_config/enabled",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data3.schema_name !== undefined){if(typeof data3.schema_name !== "string"){const err8 = {instancePath:instancePath+"/inference_table_config/schema_name",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/schema_name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.table_name_prefix !== undefined){if(typeof data3.table_name_prefix !== "string"){const err9 = {instancePath:instancePath+"/inference_table_config/table_name_prefix",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/properties/table_name_prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/inference_table_config",schemaPath:"#/definitions/serving.AiGatewayInferenceTableConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.rate_limits !== undefined){let data8 = data.rate_limits;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(data9 && typeof data9 == "object" && !Array.isArray(data9)){if(data9.renewal_period === undefined){const err11 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/required",keyword:"required",params:{missingProperty: "renewal_period"},message:"must have required property '"+"renewal_period"+"'"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key3 in data9){if(!(((((key3 === "calls") || (key3 === "key")) || (key3 === "principal")) || (key3 === "renewal_period")) || (key3 === "tokens"))){const err12 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data9.calls !== undefined){let data10 = data9.calls;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err13 = {instancePath:instancePath+"/rate_limits/" + i0+"/calls",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/calls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data9.key !== undefined){let data11 = data9.key;if(typeof data11 !== "string"){const err14 = {instancePath:instancePath+"/rate_limits/" + i0+"/key",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!((((data11 === "endpoint") || (data11 === "service_principal")) || (data11 === "user")) || (data11 === "user_group"))){const err15 = {instancePath:instancePath+"/rate_limits/" + i0+"/key",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/key/enum",keyword:"enum",params:{allowedValues: schema36.properties.key.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data9.principal !== undefined){if(typeof data9.principal !== "string"){const err16 = {instancePath:instancePath+"/rate_limits/" + i0+"/principal",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/principal/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data9.renewal_period !== undefined){let data13 = data9.renewal_period;if(typeof data13 !== "string"){const err17 = {instancePath:instancePath+"/rate_limits/" + i0+"/renewal_period",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/renewal_period/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(!(data13 === "minute")){const err18 = {instancePath:instancePath+"/rate_limits/" + i0+"/renewal_period",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/renewal_period/enum",keyword:"enum",params:{allowedValues: schema36.properties.renewal_period.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data9.tokens !== undefined){let data14 = data9.tokens;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err19 = {instancePath:instancePath+"/rate_limits/" + i0+"/tokens",schemaPath:"#/definitions/serving.AiGatewayRateLimit/properties/tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/rate_limits/" + i0,schemaPath:"#/definitions/serving.AiGatewayRateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/rate_limits",schemaPath:"#/properties/rate_limits/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.usage_tracking_config !== undefined){let data15 = data.usage_tracking_config;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key4 in data15){if(!(key4 === "enabled")){const err22 = {instancePath:instancePath+"/usage_tracking_config",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data15.enabled !== undefined){if(typeof data15.enabled !== "boolean"){const err23 = {instancePath:instancePath+"/usage_tracking_config/enabled",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/usage_tracking_config",schemaPath:"#/definitions/serving.AiGatewayUsageTrackingConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate46.errors = vErrors;return errors === 0;}const validateConfig = validate48;const schema72 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/serving-ci/serving-ci/raw/main/schema/serving-ci-config.schema.json","title":"serving-ci configuration (.serving-ci.yaml)","type":"object","additionalProperties":false,"properties":{"rules":{"description":"Rule severities by rule id","type":"object","additionalProperties":{"enum":["off","warn","error"]},"properties":{"agent-interface":{"description":"A ResponsesAgent defines predict, a models-from-code file calls mlflow.models.set_model, ChatAgent is legacy (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/agent-interface.md","enum":["off","warn","error"]},"declared-resources":{"description":"Every Databricks resource the model code uses is declared for auth passthrough; declared but unused ones warn (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/declared-resources.md","enum":["off","warn","error"]},"fm-endpoint-name":{"description":"Every databricks-* foundation-model endpoint name is an exact catalog name (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/fm-endpoint-name.md","enum":["off","warn","error"]},"fm-endpoint-retired":{"description":"Foundation-model endpoints that are retired (error), retiring within 90 days or deprecated (warning) (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/fm-endpoint-retired.md","enum":["off","warn","error"]},"missing-requirements":{"description":"Every third-party package the model code imports is installed by its complete pip_requirements (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/missing-requirements.md","enum":["off","warn","error"]},"online-deploy-job":{"description":"With --online: the deploy job that serving.yaml names exists, exactly once (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/online-deploy-job.md","enum":["off","warn","error"]},"online-endpoints":{"description":"With --online: every serving endpoint the code and resources name exists in the workspace (or in the foundation-model catalog) (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/online-endpoints.md","enum":["off","warn","error"]},"online-model-versions":{"description":"With --online: every Unity Catalog model version a served entity names exists (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/online-model-versions.md","enum":["off","warn","error"]},"online-resources":{"description":"With --online: every vector search index, UC function, Genie space and SQL warehouse the model uses or declares exists (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/online-resources.md","enum":["off","warn","error"]},"online-secrets":{"description":"With --online: every {{secrets/scope/key}} names an existing secret scope and key (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/online-secrets.md","enum":["off","warn","error"]},"output-helpers":{"description":"Inside a ResponsesAgent, output items and stream events are built with the helpers, with their required arguments (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/output-helpers.md","enum":["off","warn","error"]},"parse":{"description":"Every file can be read and parsed: UTF-8 text, valid YAML or Python, no duplicate keys (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/parse.md","enum":["off","warn","error"]},"pinned-requirements":{"description":"Every pip requirement of a model is an exact == pin (or a URL pinned by hash or commit) (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/pinned-requirements.md","enum":["off","warn","error"]},"requirement-conflicts":{"description":"No package is pinned to two versions, serving.yaml and log_model agree, and mlflow is new enough for the APIs used (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/requirement-conflicts.md","enum":["off","warn","error"]},"schema":{"description":"serving.yaml and bundle endpoint blocks match the schema: known keys, types, enums, required fields (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/schema.md","enum":["off","warn","error"]},"secrets-in-env":{"description":"Environment variables and external-model keys hold {{secrets/scope/key}} references, never literal secrets (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/secrets-in-env.md","enum":["off","warn","error"]},"served-entities":{"description":"Endpoint and served-entity names, sizes and types are valid and not contradictory; unique names; at most 10 entities (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/served-entities.md","enum":["off","warn","error"]},"traffic-config":{"description":"Traffic routes name served entities of the endpoint, with integer percentages summing to 100 (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/traffic-config.md","enum":["off","warn","error"]},"uc-names":{"description":"Unity Catalog names have three parts where Databricks needs them: catalog.schema.name (default: error). https://github.com/serving-ci/serving-ci/blob/main/rules/uc-names.md","enum":["off","warn","error"]},"unused-suppression":{"description":"Every serving-ci-disable comment names a known rule and suppresses a finding (default: warning). https://github.com/serving-ci/serving-ci/blob/main/rules/unused-suppression.md","enum":["off","warn","error"]}}},"endpoints":{"description":"Endpoint names that exist in your workspaces (custom or regional foundation-model endpoints)","type":"array","items":{"type":"string","pattern":"\\S"}},"ignore":{"description":"gitignore-style patterns, relative to the repository root","type":"array","items":{"type":"string","pattern":"\\S"}}}};const pattern1 = new RegExp("\\S", "u");function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/serving-ci/serving-ci/raw/main/schema/serving-ci-config.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "rules") || (key0 === "endpoints")) || (key0 === "ignore"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.rules !== undefined){let data0 = data.rules;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(func2.call(schema72.properties.rules.properties, key1))){let data1 = data0[key1];if(!(((data1 === "off") || (data1 === "warn")) || (data1 === "error"))){const err1 = {instancePath:instancePath+"/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}if(data0["agent-interface"] !== undefined){let data2 = data0["agent-interface"];if(!(((data2 === "off") || (data2 === "warn")) || (data2 === "error"))){const err2 = {instancePath:instancePath+"/rules/agent-interface",schemaPath:"#/properties/rules/properties/agent-interface/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["agent-interface"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0["declared-resources"] !== undefined){let data3 = data0["declared-resources"];if(!(((data3 === "off") || (data3 === "warn")) || (data3 === "error"))){const err3 = {instancePath:instancePath+"/rules/declared-resources",schemaPath:"#/properties/rules/properties/declared-resources/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["declared-resources"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0["fm-endpoint-name"] !== undefined){let data4 = data0["fm-endpoint-name"];if(!(((data4 === "off") || (data4 === "warn")) || (data4 === "error"))){const err4 = {instancePath:instancePath+"/rules/fm-endpoint-name",schemaPath:"#/properties/rules/properties/fm-endpoint-name/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["fm-endpoint-name"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0["fm-endpoint-retired"] !== undefined){let data5 = data0["fm-endpoint-retired"];if(!(((data5 === "off") || (data5 === "warn")) || (data5 === "error"))){const err5 = {instancePath:instancePath+"/rules/fm-endpoint-retired",schemaPath:"#/properties/rules/properties/fm-endpoint-retired/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["fm-endpoint-retired"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0["missing-requirements"] !== undefined){let data6 = data0["missing-requirements"];if(!(((data6 === "off") || (data6 === "warn")) || (data6 === "error"))){const err6 = {instancePath:instancePath+"/rules/missing-requirements",schemaPath:"#/properties/rules/properties/missing-requirements/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["missing-requirements"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0["online-deploy-job"] !== undefined){let data7 = data0["online-deploy-job"];if(!(((data7 === "off") || (data7 === "warn")) || (data7 === "error"))){const err7 = {instancePath:instancePath+"/rules/online-deploy-job",schemaPath:"#/properties/rules/properties/online-deploy-job/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["online-deploy-job"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0["online-endpoints"] !== undefined){let data8 = data0["online-endpoints"];if(!(((data8 === "off") || (data8 === "warn")) || (data8 === "error"))){const err8 = {instancePath:instancePath+"/rules/online-endpoints",schemaPath:"#/properties/rules/properties/online-endpoints/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["online-endpoints"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0["online-model-versions"] !== undefined){let data9 = data0["online-model-versions"];if(!(((data9 === "off") || (data9 === "warn")) || (data9 === "error"))){const err9 = {instancePath:instancePath+"/rules/online-model-versions",schemaPath:"#/properties/rules/properties/online-model-versions/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["online-model-versions"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0["online-resources"] !== undefined){let data10 = data0["online-resources"];if(!(((data10 === "off") || (data10 === "warn")) || (data10 === "error"))){const err10 = {instancePath:instancePath+"/rules/online-resources",schemaPath:"#/properties/rules/properties/online-resources/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["online-resources"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0["online-secrets"] !== undefined){let data11 = data0["online-secrets"];if(!(((data11 === "off") || (data11 === "warn")) || (data11 === "error"))){const err11 = {instancePath:instancePath+"/rules/online-secrets",schemaPath:"#/properties/rules/properties/online-secrets/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["online-secrets"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data0["output-helpers"] !== undefined){let data12 = data0["output-helpers"];if(!(((data12 === "off") || (data12 === "warn")) || (data12 === "error"))){const err12 = {instancePath:instancePath+"/rules/output-helpers",schemaPath:"#/properties/rules/properties/output-helpers/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["output-helpers"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data0.parse !== undefined){let data13 = data0.parse;if(!(((data13 === "off") || (data13 === "warn")) || (data13 === "error"))){const err13 = {instancePath:instancePath+"/rules/parse",schemaPath:"#/properties/rules/properties/parse/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties.parse.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0["pinned-requirements"] !== undefined){let data14 = data0["pinned-requirements"];if(!(((data14 === "off") || (data14 === "warn")) || (data14 === "error"))){const err14 = {instancePath:instancePath+"/rules/pinned-requirements",schemaPath:"#/properties/rules/properties/pinned-requirements/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["pinned-requirements"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data0["requirement-conflicts"] !== undefined){let data15 = data0["requirement-conflicts"];if(!(((data15 === "off") || (data15 === "warn")) || (data15 === "error"))){const err15 = {instancePath:instancePath+"/rules/requirement-conflicts",schemaPath:"#/properties/rules/properties/requirement-conflicts/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["requirement-conflicts"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.schema !== undefined){let data16 = data0.schema;if(!(((data16 === "off") || (data16 === "warn")) || (data16 === "error"))){const err16 = {instancePath:instancePath+"/rules/schema",schemaPath:"#/properties/rules/properties/schema/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties.schema.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data0["secrets-in-env"] !== undefined){let data17 = data0["secrets-in-env"];if(!(((data17 === "off") || (data17 === "warn")) || (data17 === "error"))){const err17 = {instancePath:instancePath+"/rules/secrets-in-env",schemaPath:"#/properties/rules/properties/secrets-in-env/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["secrets-in-env"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data0["served-entities"] !== undefined){let data18 = data0["served-entities"];if(!(((data18 === "off") || (data18 === "warn")) || (data18 === "error"))){const err18 = {instancePath:instancePath+"/rules/served-entities",schemaPath:"#/properties/rules/properties/served-entities/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["served-entities"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data0["traffic-config"] !== undefined){let data19 = data0["traffic-config"];if(!(((data19 === "off") || (data19 === "warn")) || (data19 === "error"))){const err19 = {instancePath:instancePath+"/rules/traffic-config",schemaPath:"#/properties/rules/properties/traffic-config/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["traffic-config"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0["uc-names"] !== undefined){let data20 = data0["uc-names"];if(!(((data20 === "off") || (data20 === "warn")) || (data20 === "error"))){const err20 = {instancePath:instancePath+"/rules/uc-names",schemaPath:"#/properties/rules/properties/uc-names/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["uc-names"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data0["unused-suppression"] !== undefined){let data21 = data0["unused-suppression"];if(!(((data21 === "off") || (data21 === "warn")) || (data21 === "error"))){const err21 = {instancePath:instancePath+"/rules/unused-suppression",schemaPath:"#/properties/rules/properties/unused-suppression/enum",keyword:"enum",params:{allowedValues: schema72.properties.rules.properties["unused-suppression"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.endpoints !== undefined){let data22 = data.endpoints;if(Array.isArray(data22)){const len0 = data22.length;for(let i0=0; i0<len0; i0++){let data23 = data22[i0];if(typeof data23 === "string"){if(!pattern1.test(data23)){const err23 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/endpoints/" + i0,schemaPath:"#/properties/endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.ignore !== undefined){let data24 = data.ignore;if(Array.isArray(data24)){const len1 = data24.length;for(let i1=0; i1<len1; i1++){let data25 = data24[i1];if(typeof data25 === "string"){if(!pattern1.test(data25)){const err26 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}validate48.errors = vErrors;return errors === 0;}


/***/ })

};
