export const id = 897;
export const ids = [897];
export const modules = {

/***/ 3897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysePython: () => (/* binding */ analysePython)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/python/requirement-lists.ts
var requirement_lists = __webpack_require__(6865);
// EXTERNAL MODULE: ./src/python/requirements.ts
var requirements = __webpack_require__(3516);
// EXTERNAL MODULE: ./src/python/resolve.ts + 2 modules
var resolve = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/python/resources.ts
var resources = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/python/calls.ts
// Calls → what they mean: a client that reaches a resource (§7), a resource
// declaration (§5), an MLflow `log_model` of any flavour, `set_model`, and the
// ResponsesAgent helpers. Arguments are resolved through constants; a value
// computed at run time stays unknown and nothing is guessed from it.





const METHOD_NAMES = new Set(resources/* CLIENT_METHODS */.bm.map((m) => m.segments[m.segments.length - 1]));
/** The last name of a callee (`log_model` of `mlflow.pyfunc.log_model`): a cheap filter before resolving anything. */
function calleeName(call) {
    const c = call.callee;
    return c.kind === "attr" ? c.attr : c.kind === "name" ? c.name : undefined;
}
/** Callee names any classification here can match. */
const INTERESTING = new Set([...Object.keys(resources/* RESOURCE_CLASSES */.i$), ...Object.keys(resources/* CLIENTS */.ro), ...METHOD_NAMES, "log_model", "set_model"]);
/** Modules whose use means the code reaches the workspace in ways we do not follow. */
const OPAQUE_IMPORTS = ["requests", "httpx", "aiohttp", "urllib3", "databricks.sql", "databricks.sdk", "pyspark", "databricks.connect", "databricks_mcp", "mcp"];
function argument(call, keywords, position) {
    for (const k of call.keywords)
        if (keywords.includes(k.name))
            return k.value;
    return position !== undefined ? call.args[position] : undefined;
}
/** A string value's located text: the literal's content when editable in place, else the whole expression. */
function located(expr) {
    return expr.kind === "str" ? { value: expr.value, span: expr.contentSpan ?? expr.span } : undefined;
}
class CallClassifier {
    project;
    endpointRefs = [];
    refSpans = new Set();
    linesByFile;
    constructor(project) {
        this.project = project;
    }
    qualifiedCache = new Map();
    /** The callee's dotted path; every classification asks, so it is computed once per call. */
    qualified(call) {
        if (this.qualifiedCache.has(call))
            return this.qualifiedCache.get(call);
        const q = this.project.qualify(call.callee);
        this.qualifiedCache.set(call, q);
        return q;
    }
    /** The §5 resource class a call constructs, if any. */
    resourceClass(call) {
        const q = this.qualified(call);
        if (!q || q.origin === "local")
            return undefined;
        const cls = (0,resolve/* lastSegment */.m)(q.path);
        const spec = resources/* RESOURCE_CLASSES */.i$[cls];
        if (!spec || (q.origin === "import" && !q.path.startsWith("mlflow.")))
            return undefined;
        return { kind: spec.kind, cls };
    }
    /** The resource a declaration names (`DatabricksServingEndpoint(endpoint_name=...)`). */
    declaration(call) {
        const rc = this.resourceClass(call);
        if (!rc)
            return undefined;
        const arg = argument(call, [resources/* RESOURCE_CLASSES */.i$[rc.cls].arg, "name"], 0);
        if (!arg)
            return undefined;
        const ref = { kind: rc.kind, at: arg.span, via: `${rc.cls}(...)` };
        const name = located(this.project.value(arg));
        if (name)
            ref.name = name;
        return ref;
    }
    /** Resource uses of one module: §7 clients and client methods. */
    moduleUses(module) {
        const out = {
            uses: [], unknownKinds: new Set(), hiddenKinds: new Set(),
            opaque: module.imports.some((i) => i.level === 0 && OPAQUE_IMPORTS.some((o) => i.module === o || i.module.startsWith(`${o}.`))),
        };
        for (const call of module.calls) {
            if (!INTERESTING.has(calleeName(call) ?? ""))
                continue;
            const decl = this.declaration(call);
            if (decl) {
                if (decl.kind === "serving_endpoint")
                    this.endpointRef(decl.name, `${decl.via.slice(0, -5)}(...)`, call);
                continue;
            }
            const client = this.client(call);
            if (client) {
                for (const arg of client.spec.args)
                    this.useArg(call, arg, client.name, out);
                for (const k of client.spec.impliesHidden ?? [])
                    out.hiddenKinds.add(k);
                continue;
            }
            const method = this.clientMethod(call);
            if (method)
                this.useArg(call, method.arg, method.label, out);
        }
        return out;
    }
    client(call) {
        const q = this.qualified(call);
        if (!q || q.origin === "local")
            return undefined;
        const name = (0,resolve/* lastSegment */.m)(q.path);
        const spec = Object.hasOwn(resources/* CLIENTS */.ro, name) ? resources/* CLIENTS */.ro[name] : undefined;
        if (!spec)
            return undefined;
        if (q.origin === "unbound" ? spec.packages !== undefined : !(0,resources/* fromDatabricksPackage */.$H)(q.path, spec.packages))
            return undefined;
        return { name, spec };
    }
    clientMethod(call) {
        if (call.callee.kind !== "attr" || !METHOD_NAMES.has(call.callee.attr))
            return undefined;
        for (const m of resources/* CLIENT_METHODS */.bm) {
            const segments = m.segments;
            let expr = call.callee;
            let ok = true;
            for (let i = segments.length - 1; i >= 0; i--) {
                if (expr.kind !== "attr" || expr.attr !== segments[i]) {
                    ok = false;
                    break;
                }
                expr = expr.object;
            }
            if (ok && this.receiverKind(expr) === m.receiver)
                return { arg: m.arg, label: `${m.method}(...)` };
        }
        return undefined;
    }
    /** What a receiver expression holds: a WorkspaceClient, a Databricks OpenAI client, ... */
    receiverKind(expr) {
        const v = expr.kind === "call" ? expr : this.project.value(expr);
        if (v.kind !== "call")
            return undefined;
        const q = this.qualified(v);
        const name = q ? (0,resolve/* lastSegment */.m)(q.path) : v.callee.kind === "attr" ? v.callee.attr : undefined;
        switch (name) {
            case "WorkspaceClient":
                return "workspace";
            case "DatabricksOpenAI":
            case "AsyncDatabricksOpenAI":
            case "get_open_ai_client":
                return "openai";
            case "OpenAI":
            case "AsyncOpenAI": {
                const base = argument(v, ["base_url"]);
                const b = base ? this.project.value(base) : undefined;
                const text = b?.kind === "str" ? b.value : b?.kind === "template" ? b.parts.join("") : "";
                return text.includes("serving-endpoints") ? "openai" : undefined;
            }
            case "get_deploy_client": {
                const target = v.args[0] ? this.project.value(v.args[0]) : undefined;
                return target?.kind === "str" && target.value.startsWith("databricks") ? "deploy" : undefined;
            }
            case "VectorSearchClient":
                return "vector-search";
            default:
                return undefined;
        }
    }
    useArg(call, arg, clientName, out) {
        const expr = argument(call, arg.keywords, arg.position);
        if (!expr)
            return;
        const keyword = call.keywords.find((k) => arg.keywords.includes(k.name))?.name ?? arg.keywords[0];
        const via = clientName.endsWith("(...)") ? clientName : `${clientName}(${keyword}=...)`;
        const value = this.project.value(expr);
        const items = arg.list ? (value.kind === "list" && !value.starred ? value.items.map((i) => this.project.value(i)) : undefined) : [value];
        if (!items) {
            out.unknownKinds.add(arg.kind);
            return;
        }
        for (const item of items) {
            const name = located(item);
            // `cat.sch.*` names every function of a schema: which ones is unknown here.
            if (!name || name.value.includes("*")) {
                out.unknownKinds.add(arg.kind);
                // A helper's parameter: each literal its callers pass is a certain endpoint reference.
                if (!name && !arg.list && arg.kind === "serving_endpoint") {
                    for (const v of this.project.atCallSites(expr, call.scope))
                        this.endpointRef(located(v), via, call);
                }
                continue;
            }
            out.uses.push({ kind: arg.kind, name, at: arg.list ? item.span : expr.span, via });
            if (arg.kind === "serving_endpoint")
                this.endpointRef(name, via, call);
        }
    }
    endpointRef(name, context, call) {
        if (!name)
            return;
        // One literal reached from several places (a shared constant) is one reference, named by the first call.
        const key = `${name.span.file}:${name.span.start}`;
        if (this.refSpans.has(key))
            return;
        this.refSpans.add(key);
        const ref = { name, context, form: "endpoint", expectsBareName: true };
        const inside = name.span.file === call.span.file && name.span.start >= call.span.start && name.span.end <= call.span.end;
        if (!inside)
            ref.usedBy = { message: `used by ${context}`, span: call.span };
        this.endpointRefs.push(ref);
    }
    // ---- log_model ----------------------------------------------------------
    /** `mlflow.<flavour>.log_model(...)`, imported however. */
    logModel(call, module, reader) {
        if (calleeName(call) !== "log_model")
            return undefined;
        const q = this.qualified(call);
        if (!q || q.origin !== "import" || !q.path.startsWith("mlflow.") || !q.path.endsWith(".log_model"))
            return undefined;
        const flavor = q.path.split(".").slice(1, -1).join(".") || "mlflow";
        const facts = { call, module, flavor, openKeywords: call.starKwargs.length > 0, codePathModules: [] };
        // `resources=None` is the default: the same as not passing it.
        const kw = (name) => call.keywords.find((k) => k.name === name && !(k.value.kind === "const" && k.value.text === "None"));
        const baseDir = external_node_path_default().dirname(module.absPath);
        const pip = kw("pip_requirements");
        if (pip)
            facts.pipRequirements = this.requirementList(pip.value, "pip_requirements", baseDir, reader);
        const extra = kw("extra_pip_requirements");
        if (extra)
            facts.extraPipRequirements = this.requirementList(extra.value, "extra_pip_requirements", baseDir, reader);
        const resources = kw("resources");
        if (resources)
            facts.resources = this.declaredList(resources.value, "resources", (0,requirement_lists/* spanLabel */.hE)("log_model(resources=...)", call.span));
        const auth = kw("auth_policy");
        if (auth)
            facts.authPolicy = this.authPolicy(auth.value, (0,requirement_lists/* spanLabel */.hE)("log_model(auth_policy=...)", call.span));
        // lc_model="chain.py" is langchain's models-from-code path, as python_model="agent.py" is pyfunc's.
        const pm = kw("python_model") ?? kw("lc_model");
        if (pm)
            this.pythonModel(pm.value, facts);
        const codePaths = kw("code_paths") ?? kw("code_path");
        if (codePaths)
            facts.codePathModules = this.codePathModules(codePaths.value, baseDir);
        return facts;
    }
    requirementList(expr, origin, baseDir, reader) {
        const value = this.project.value(expr);
        const meta = { origin, complete: origin === "pip_requirements", at: expr.span, label: (0,requirement_lists/* spanLabel */.hE)(`log_model(${origin}=...)`, expr.span) };
        if (value.kind === "str") {
            // A path to a requirements file (MLflow reads it relative to the working directory; we take the script's).
            return (0,requirement_lists/* buildList */.tL)(reader, [{ text: `-r ${value.value}`, span: () => value.span }], baseDir, meta);
        }
        if (value.kind !== "list" || value.starred)
            return { ...meta, known: false, entries: [] };
        let known = true;
        const entries = [];
        for (const item of value.items) {
            const v = this.project.value(item);
            if (v.kind === "str") {
                const content = v.contentSpan;
                entries.push({ text: v.value, span: content ? (f, t) => spanFrom(content, f, t, this.sourceLines(content)) : () => v.span });
            }
            else if (v.kind === "template") {
                entries.push({ text: v.parts.map((p) => p ?? requirements/* HOLE */.vs).join(""), span: () => v.span });
            }
            else
                known = false;
        }
        const list = (0,requirement_lists/* buildList */.tL)(reader, entries, baseDir, meta);
        if (!known)
            list.known = false;
        return list;
    }
    sourceLines(span) {
        if (!this.linesByFile)
            this.linesByFile = new Map(this.project.modules.map((m) => [m.source.path, m.source.lines]));
        return this.linesByFile.get(span.file);
    }
    /** `resources=[DatabricksServingEndpoint(...), ...]`: complete when every item is a literal declaration. */
    declaredList(expr, origin, label) {
        const value = this.project.value(expr);
        const set = { refs: [], complete: value.kind === "list" && !value.starred, at: expr.span, label, origin };
        if (value.kind !== "list")
            return set;
        for (const item of value.items) {
            const v = this.project.value(item);
            const ref = v.kind === "call" ? this.declaration(v) : undefined;
            if (ref)
                set.refs.push(ref);
            if (!ref?.name)
                set.complete = false;
        }
        return set;
    }
    /** `AuthPolicy(system_auth_policy=SystemAuthPolicy(resources=[...]))`: the system resources. */
    authPolicy(expr, label) {
        const unknown = { refs: [], complete: false, at: expr.span, label, origin: "auth_policy" };
        const policy = this.project.value(expr);
        if (policy.kind !== "call" || policy.starKwargs.length > 0)
            return unknown;
        const system = argument(policy, ["system_auth_policy"]);
        if (!system)
            return { ...unknown, complete: true };
        const sys = this.project.value(system);
        if (sys.kind !== "call" || sys.starKwargs.length > 0)
            return unknown;
        const res = argument(sys, ["resources"], 0);
        if (!res)
            return { ...unknown, complete: true };
        return { ...this.declaredList(res, "auth_policy", label), at: expr.span };
    }
    pythonModel(expr, facts) {
        const value = this.project.value(expr);
        if (value.kind === "str") {
            const p = located(value);
            if (p)
                facts.pythonModelPath = p;
            const abs = external_node_path_default().resolve(external_node_path_default().dirname(facts.module.absPath), value.value);
            const m = this.project.fileAt(abs, facts.module);
            if (m)
                facts.modelModule = m;
            return;
        }
        // An instance: the module that defines its class (here, or imported from an analysed file).
        const callee = value.kind === "call" ? value.callee : undefined;
        const cls = callee ? this.project.classOf(callee) : undefined;
        if (cls) {
            facts.modelModule = cls.scope.module;
            facts.modelClass = cls;
        }
        else if (expr.kind === "name") {
            const b = this.project.lookup(expr.name, expr.scope);
            const imp = b?.length === 1 && b[0].kind === "import" ? b[0] : undefined;
            if (imp?.kind === "import") {
                const m = this.project.moduleFor(expr.scope.module, imp.module, imp.level);
                if (m)
                    facts.modelModule = m;
            }
        }
    }
    codePathModules(expr, baseDir) {
        const value = this.project.value(expr);
        const items = value.kind === "list" ? value.items.map((i) => this.project.value(i)) : [value];
        const out = [];
        for (const item of items) {
            if (item.kind !== "str")
                continue;
            const abs = external_node_path_default().resolve(baseDir, item.value);
            for (const m of this.project.modules) {
                if (m.absPath === abs || m.absPath.startsWith(`${abs}${(external_node_path_default()).sep}`))
                    out.push(m);
            }
        }
        return out;
    }
    /** `mlflow.models.set_model(...)` however imported. */
    isSetModel(call) {
        if (calleeName(call) !== "set_model")
            return false;
        const q = this.qualified(call);
        return q !== undefined && q.origin !== "local" && (q.path === "mlflow.models.set_model" || q.path === "mlflow.models.model.set_model");
    }
}
function spanFrom(content, f, t, lines) {
    if (!lines)
        return content;
    return lines.span(content.file, content.start + f, content.start + t);
}

// EXTERNAL MODULE: ./src/python/classes.ts
var classes = __webpack_require__(8994);
// EXTERNAL MODULE: ./src/python/models.ts + 1 modules
var models = __webpack_require__(2770);
;// CONCATENATED MODULE: ./src/python/outputs.ts
// Inside a ResponsesAgent: output items and stream-event items must come from
// the helpers, not dict literals. We follow an item to a dict literal directly,
// through a local variable (and `.append`), or through a function or method of
// the same file that returns one. Dicts anywhere else (messages sent to the
// LLM, tool schemas, custom_outputs) are not output items and are never looked at.


/** Helper → required parameters, in order (reference §6). */
const HELPERS = {
    create_text_output_item: ["text", "id"],
    create_text_delta: ["delta", "item_id"],
    create_function_call_item: ["id", "call_id", "name", "arguments"],
    create_function_call_output_item: ["call_id", "output"],
    create_reasoning_item: ["id", "reasoning_text"],
    create_annotation_added: ["item_id", "annotation"],
};
const RESPONSE_CLASSES = new Set(["ResponsesAgentResponse", "ResponsesResponse"]);
const EVENT_CLASSES = new Set(["ResponsesAgentStreamEvent", "ResponsesStreamEvent"]);
const MAX_DEPTH = 8;
function helperCall(name) {
    return `self.${name}(${HELPERS[name].map((p) => `${p}=...`).join(", ")})`;
}
/** The helper that builds an item of this `type`; undefined for types no helper builds. */
function helperFor(dict, project) {
    const typeEntry = dict.entries.find((e) => e.key.kind === "str" && e.key.value === "type");
    const t = typeEntry ? project.value(typeEntry.value) : undefined;
    const type = t?.kind === "str" ? t.value : undefined;
    if (typeEntry && type === undefined)
        return undefined;
    switch (type) {
        case undefined:
        case "message":
            return helperCall("create_text_output_item");
        case "function_call":
            return helperCall("create_function_call_item");
        case "function_call_output":
            return helperCall("create_function_call_output_item");
        case "reasoning":
            return helperCall("create_reasoning_item");
        case "response.output_text.delta":
            return helperCall("create_text_delta");
        default:
            return undefined;
    }
}
function outputChecks(project, agents) {
    const responses = new Set(agents.filter((a) => a.kind === "responses-agent").map((a) => a.cls));
    const raw = new Map();
    const helperProblems = [];
    const flag = (dict) => {
        const helper = helperFor(dict, project);
        const key = `${dict.span.file}:${dict.span.start}`;
        if (helper && !raw.has(key))
            raw.set(key, { dict, helper });
    };
    const interesting = new Set([...Object.keys(HELPERS), ...RESPONSE_CLASSES, ...EVENT_CLASSES]);
    for (const module of project.modules) {
        for (const call of module.calls) {
            if (!interesting.has(calleeName(call) ?? ""))
                continue;
            const helper = helperName(call, project, responses);
            if (helper) {
                const missing = missingArgs(call, HELPERS[helper]);
                if (missing.length)
                    helperProblems.push({ call, helper, missing });
                continue;
            }
            if (!enclosingClass(call.scope, responses))
                continue;
            const q = project.qualify(call.callee);
            const name = q && q.origin !== "local" ? (0,resolve/* lastSegment */.m)(q.path) : undefined;
            if (name && RESPONSE_CLASSES.has(name)) {
                const output = argument(call, ["output"]);
                for (const item of output ? itemsOf(output, project) : [])
                    for (const d of dictsOf(item, project, 0))
                        flag(d);
            }
            else if (name && EVENT_CLASSES.has(name)) {
                const item = argument(call, ["item"]);
                const type = argument(call, ["type"]);
                if (item && type && carriesOutputItem(type, project))
                    for (const d of dictsOf(item, project, 0))
                        flag(d);
                for (const spread of call.starKwargs) {
                    for (const d of dictsOf(spread, project, 0)) {
                        const inner = entry(d, "item");
                        const innerType = entry(d, "type") ?? type;
                        if (inner) {
                            if (innerType && carriesOutputItem(innerType, project))
                                for (const i of dictsOf(inner, project, 0))
                                    flag(i);
                        }
                        else
                            flag(d);
                    }
                }
            }
        }
    }
    return { raw: [...raw.values()], helperProblems };
}
/**
 * Only output-item events carry an output item in `item`; a custom event (`type="response.debug"`) may put any
 * payload there. A type computed at run time is not judged.
 */
const ITEM_EVENTS = new Set(["response.output_item.done", "response.output_item.added"]);
function carriesOutputItem(type, project) {
    const t = project.value(type);
    return t.kind === "str" && ITEM_EVENTS.has(t.value);
}
function entry(dict, key) {
    return dict.entries.find((e) => e.key.kind === "str" && e.key.value === key)?.value;
}
/** The ResponsesAgent class whose method (or a function nested in one) contains this scope. */
function enclosingClass(scope, responses) {
    for (let s = scope; s; s = s.parent) {
        if (s.fn?.cls)
            return responses.has(s.fn.cls) ? s.fn.cls : undefined;
    }
    return undefined;
}
function helperName(call, project, responses) {
    const callee = call.callee;
    const name = callee.kind === "attr" ? callee.attr : callee.kind === "name" ? callee.name : undefined;
    if (!name || !Object.hasOwn(HELPERS, name))
        return undefined;
    if (callee.kind === "attr") {
        const cls = project.selfClass(callee.object) ?? project.classOf(callee.object);
        if (cls && responses.has(cls))
            return name;
    }
    const q = project.qualify(callee);
    return q && q.origin === "import" && q.path.startsWith("mlflow.") ? name : undefined;
}
function missingArgs(call, params) {
    if (call.starArgs || call.starKwargs.length > 0)
        return [];
    const given = new Set(call.keywords.map((k) => k.name));
    return params.filter((p, i) => i >= call.args.length && !given.has(p));
}
/** The single value a local name was given (mutation is fine here: the dict is still a dict). */
function localValue(expr, project) {
    if (expr.kind !== "name")
        return undefined;
    const found = project.lookupScope(expr.name, expr.scope);
    const b = found?.bindings.length === 1 ? found.bindings[0] : undefined;
    return b?.kind === "value" && found ? { value: b.value, scope: found.scope } : undefined;
}
function itemsOf(expr, project) {
    if (expr.kind === "list")
        return expr.items;
    const local = localValue(expr, project);
    if (local?.value.kind !== "list" || expr.kind !== "name")
        return [];
    return [...local.value.items, ...(local.scope.appends.get(expr.name) ?? [])];
}
function dictsOf(expr, project, depth) {
    if (depth > MAX_DEPTH)
        return [];
    if (expr.kind === "dict")
        return [expr];
    if (expr.kind === "name") {
        const local = localValue(expr, project);
        return local ? dictsOf(local.value, project, depth + 1) : [];
    }
    if (expr.kind !== "call")
        return [];
    const fn = calledFunction(expr, project);
    return fn ? fn.returns.flatMap((r) => dictsOf(r, project, depth + 1)) : [];
}
/** A function or method of an analysed module that this call certainly runs. */
function calledFunction(call, project) {
    const callee = call.callee;
    if (callee.kind === "name") {
        const b = project.lookup(callee.name, callee.scope);
        const only = b?.length === 1 ? b[0] : undefined;
        return only?.kind === "def" ? only.fn : undefined;
    }
    if (callee.kind === "attr")
        return project.selfClass(callee.object)?.methods.get(callee.attr);
    return undefined;
}

// EXTERNAL MODULE: ./src/python/parse-modules.ts + 11 modules
var parse_modules = __webpack_require__(770);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __webpack_require__(1384);
;// CONCATENATED MODULE: ./src/python/analyse.ts







async function analysePython(sources, servingFiles, reader, servingLists, pool) {
    const facts = (0,python_facts/* emptyPythonFacts */.d)();
    facts.modules.push(...(pool ? await pool.parse(sources, facts.problems) : (0,parse_modules.parseSources)(sources, facts.problems)));
    const project = new resolve/* Project */.M(facts.modules);
    facts.project = project;
    const classifier = new CallClassifier(project);
    for (const module of facts.modules) {
        facts.uses.set(module, classifier.moduleUses(module));
        for (const call of module.calls) {
            if (classifier.isSetModel(call))
                facts.setModel.add(module);
            const log = classifier.logModel(call, module, reader);
            if (log)
                facts.logCalls.push(log);
        }
    }
    facts.endpointRefs = classifier.endpointRefs;
    for (const log of facts.logCalls) {
        for (const list of [log.pipRequirements, log.extraPipRequirements])
            if (list)
                facts.requirementLists.push(list);
    }
    facts.agents = (0,classes/* agentClasses */.S)(project);
    const outputs = outputChecks(project, facts.agents);
    facts.rawOutputDicts = outputs.raw;
    facts.helperArgsProblems = outputs.helperProblems;
    facts.models = (0,models/* buildModels */.Lb)(facts.modules, servingFiles, facts.logCalls, servingLists, facts.agents, facts.setModel);
    return facts;
}


/***/ })

};
