export const id = 9;
export const ids = [9];
export const modules = {

/***/ 9:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysePython: () => (/* binding */ analysePython)
});

// EXTERNAL MODULE: ./src/python/bind/endpoint-urls.ts
var endpoint_urls = __webpack_require__(7830);
// EXTERNAL MODULE: ./src/python/evaluate/values.ts
var values = __webpack_require__(3288);
// EXTERNAL MODULE: ./src/python/resolve.ts + 5 modules
var resolve = __webpack_require__(6732);
// EXTERNAL MODULE: ./src/python/resources.ts
var resources = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/python/calls.ts




const URL_CONTEXT = "the /serving-endpoints/ URL";
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
    /** The argument naming what a declaration declares. */
    declarationArg(call) {
        const rc = this.resourceClass(call);
        const arg = rc && argument(call, [resources/* RESOURCE_CLASSES */.i$[rc.cls].arg, "name"], 0);
        return rc && arg ? { rc, arg } : undefined;
    }
    /** The resource a declaration names (`DatabricksServingEndpoint(endpoint_name=...)`). */
    declaration(call) {
        const found = this.declarationArg(call);
        if (!found)
            return undefined;
        const { rc, arg } = found;
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
                const context = `${decl.via.slice(0, -5)}(...)`;
                if (decl.kind === "serving_endpoint" && decl.name)
                    this.endpointRef(decl.name, context, call.span);
                else if (decl.kind === "serving_endpoint")
                    this.optionRefs(this.project.value(this.declarationArg(call).arg), context, call);
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
                if (arg.kind !== "serving_endpoint" || name)
                    continue;
                // One of several values (branches, a model config): each literal option reaches the call on its path.
                if (item.kind === "alts")
                    this.optionRefs(item, via, call);
                // A helper's parameter: each literal its callers pass is a certain endpoint reference.
                else if (!arg.list)
                    for (const v of this.project.atCallSites(expr, call.scope))
                        this.optionRefs(v, via, call);
                continue;
            }
            out.uses.push({ kind: arg.kind, name, at: arg.list ? item.span : expr.span, via });
            if (arg.kind === "serving_endpoint")
                this.endpointRef(name, via, call.span);
        }
    }
    /**
     * Endpoint names inside URLs (`.../serving-endpoints/<name>/invocations`): each literal segment is a
     * reference at the name; a `{X}` hole segment is one at X's literal when the evaluator knows X as one
     * name (an `alts` or unknown X stays silent: which endpoint the URL reaches is not certain).
     */
    urlRefs(module) {
        for (const name of module.endpointUrls)
            this.endpointRef(name, URL_CONTEXT, name.span);
        for (const hole of module.endpointUrlHoles) {
            const value = this.project.value(hole.name);
            if (value.kind === "str" && (0,endpoint_urls/* isUrlName */.D$)(value.value, hole.api))
                this.endpointRef(located(value), URL_CONTEXT, hole.url);
        }
    }
    /** An endpoint reference for each literal possibility of a value. */
    optionRefs(v, context, call) {
        for (const o of (0,values/* options */.fF)(v))
            this.endpointRef(located(o), context, call.span);
    }
    /** `usedAt`: the call or URL that uses the name; a related location when the name is written elsewhere. */
    endpointRef(name, context, usedAt) {
        if (!name)
            return;
        // One literal reached from several places (a shared constant) is one reference, named by the first call.
        const key = `${name.span.file}:${name.span.start}`;
        if (this.refSpans.has(key))
            return;
        this.refSpans.add(key);
        const ref = { name, context, form: "endpoint", expectsBareName: true };
        const inside = name.span.file === usedAt.file && name.span.start >= usedAt.start && name.span.end <= usedAt.end;
        if (!inside)
            ref.usedBy = { message: `used by ${context}`, span: usedAt };
        this.endpointRefs.push(ref);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/python/requirement-lists.ts
var requirement_lists = __webpack_require__(6865);
// EXTERNAL MODULE: ./src/python/requirements.ts
var requirements = __webpack_require__(3516);
;// CONCATENATED MODULE: ./src/python/log-model.ts
// MLflow `log_model(...)` calls of any flavour, however imported, and `set_model`:
// what each one logs (the model's code, requirement lists, declared resources,
// auth policy, code paths), read through the evaluator so constants and helpers count.




class LogModelReader {
    project;
    classifier;
    linesByFile;
    constructor(project, classifier) {
        this.project = project;
        this.classifier = classifier;
    }
    qualified(call) {
        return this.classifier.qualified(call);
    }
    declaration(call) {
        return this.classifier.declaration(call);
    }
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
        // MLflow reads a requirements file (`"requirements.txt"`, `-r requirements.txt`) relative to the working
        // directory, which we do not know: we look beside the script, and a file not there is unknown, not missing
        // (it is often generated just before logging, and git-ignored).
        const guessedBase = { quietIfMissing: true };
        if (value.kind === "str")
            return (0,requirement_lists/* buildList */.tL)(reader, [{ text: `-r ${value.value}`, span: () => value.span }], baseDir, meta, guessedBase);
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
        const list = (0,requirement_lists/* buildList */.tL)(reader, entries, baseDir, meta, guessedBase);
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
// EXTERNAL MODULE: ./src/lint/facts/endpoint.ts
var facts_endpoint = __webpack_require__(9676);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var yaml_located = __webpack_require__(6847);
;// CONCATENATED MODULE: ./src/python/endpoint-configs/endpoint-config.ts

/** The sender and, for an update that sends no entities, the live ones kept. */
function finish(c) {
    c.endpoint.sentBy = { message: `sent by ${c.label}`, span: c.call.span };
    const config = c.endpoint.config;
    if (!config || !hasEntities(config))
        c.endpoint.partial = true;
    return c;
}
function hasEntities(config) {
    return (0,yaml_located/* entry */.f_)(config, "served_entities") !== undefined || (0,yaml_located/* entry */.f_)(config, "served_models") !== undefined;
}

;// CONCATENATED MODULE: ./src/python/endpoint-configs/agents-deploy.ts
// `databricks.agents.deploy(model_name, model_version, ...)`: the endpoint it creates serves one
// entity, which we describe as the served entity it becomes (entity_name/entity_version, workload
// size, scale to zero, environment variables), each field at the argument that sets it. The
// package's source is not public: only arguments its documentation names are read, and no
// argument is called unknown.


const DEPLOY = new Set(["databricks.agents.deploy", "databricks.agents.deployments.deploy"]);
/** deploy's arguments → the served entity's fields. */
const ENTITY_FIELDS = {
    model_name: "entity_name",
    model_version: "entity_version",
    workload_size: "workload_size",
    scale_to_zero: "scale_to_zero_enabled",
    environment_vars: "environment_vars",
    instance_profile_arn: "instance_profile_arn",
};
function agentsDeployCall(call, project, build) {
    const q = project.qualify(call.callee);
    if (q?.origin !== "import" || !DEPLOY.has(q.path))
        return undefined;
    const args = build.argumentsMap(call, ["model_name", "model_version"]);
    const entries = (wanted) => args.entries.flatMap((e) => {
        const key = wanted(e.key.value);
        return key === undefined ? [] : [{ key: { value: key, span: e.key.span }, value: e.value }];
    });
    const entity = { kind: "map", entries: entries((k) => ENTITY_FIELDS[k]), span: call.span };
    if (args.partial)
        entity.partial = true;
    const synthetic = (key, value) => ({ key: { value: key, span: call.span }, value });
    const config = { kind: "map", entries: [synthetic("served_entities", { kind: "seq", items: [entity], span: call.span })], span: call.span };
    const node = { kind: "map", entries: [...entries((k) => (k === "endpoint_name" ? "name" : undefined)), synthetic("config", config)], span: call.span };
    const endpoint = (0,facts_endpoint/* endpointFacts */.v)(call.span.file, "python", node);
    // deploy() writes the traffic config itself.
    endpoint.partial = true;
    return finish({ endpoint, root: args, shape: { kind: "agents-deploy" }, label: "agents.deploy(...)", call });
}

;// CONCATENATED MODULE: ./src/python/endpoint-configs/deploy-client-calls.ts
// mlflow.deployments' Databricks client (`get_deploy_client("databricks")`): dict configs in the
// REST JSON shape. From mlflow/deployments/databricks/__init__.py:
//   create_endpoint(name=None, config=None, route_optimized=False): a `config` holding "config" is
//     the whole create payload (name inside, or the deprecated name= beside it); otherwise it is the
//     core config (legacy form), from which tags and rate_limits are popped (older releases: task);
//   update_endpoint(endpoint, config=None): PUT .../config, unless config has only rate_limits;
//   update_endpoint_config(endpoint, config): PUT .../config.



const POSITIONAL = {
    create_endpoint: ["name", "config", "route_optimized"],
    update_endpoint: ["endpoint", "config"],
    update_endpoint_config: ["endpoint", "config"],
};
const LEGACY_DROPPED = ["tags", "rate_limits", "task"];
function deployClientCall(call, isDeployClient, build) {
    const callee = call.callee;
    if (callee.kind !== "attr" || !Object.hasOwn(POSITIONAL, callee.attr) || !isDeployClient(callee.object))
        return undefined;
    const method = callee.attr;
    const args = build.argumentsMap(call, POSITIONAL[method]);
    const config = (0,yaml_located/* get */.Jt)(args, "config");
    if (!(0,yaml_located/* isMap */.jh)(config))
        return undefined;
    const label = `${method}(...)`;
    const file = call.span.file;
    if (method === "create_endpoint") {
        if ((0,yaml_located/* entry */.f_)(config, "config")) {
            const endpoint = (0,facts_endpoint/* endpointFacts */.v)(file, "python", config);
            const name = (0,yaml_located/* get */.Jt)(args, "name");
            if (!endpoint.name && name)
                endpoint.name = name;
            return finish({ endpoint, root: config, shape: { kind: "rest", body: "create", argument: "config", nameElsewhere: name !== undefined }, label, call });
        }
        if (config.partial)
            return undefined; // a spread may hold "config": which form it is, is unknown
        const endpoint = (0,facts_endpoint/* endpointFacts */.v)(file, "python", args, undefined, config);
        return finish({ endpoint, root: config, shape: { kind: "rest", body: "config", argument: "config", dropped: LEGACY_DROPPED }, label, call });
    }
    if (method === "update_endpoint" && config.entries.length > 0 && config.entries.every((e) => e.key.value === "rate_limits"))
        return undefined;
    const endpoint = (0,facts_endpoint/* endpointFacts */.v)(file, "python", config, undefined, config);
    const name = (0,yaml_located/* get */.Jt)(args, "endpoint");
    if (name)
        endpoint.name = name;
    else
        delete endpoint.name;
    return finish({ endpoint, root: config, shape: { kind: "rest", body: "config", argument: "config" }, label, call });
}

;// CONCATENATED MODULE: ./src/python/endpoint-configs/rest-calls.ts
// Raw REST bodies: a dict sent as `json=` by requests or httpx (module functions, a
// Session/Client made in the code) or as `body=` by the SDK's `w.api_client.do(...)`, to
//   POST /api/2.0/serving-endpoints                  create (the whole endpoint)
//   PUT  /api/2.0/serving-endpoints/{name}/config    update the core config
//   PUT  /api/2.0/serving-endpoints/{name}/ai-gateway
// The URL may have run-time holes before /api/2.0/ (the host) and in the name segment;
// the rest of the path must be written out, or the call is not read.





const HOLE = "\u0000";
const HTTP_MODULES = ["requests", "httpx"];
const CLIENT_CLASSES = new Set(["requests.Session", "requests.session", "httpx.Client", "httpx.AsyncClient"]);
const VERBS = new Set(["post", "put", "request"]);
/** After /api/2.0/serving-endpoints: nothing (create) or one name segment and config / ai-gateway. */
const PATH = new RegExp(String.raw `/api/2\.0/serving-endpoints(?:/([^/${HOLE}?#]+|${HOLE})/(config|ai-gateway))?/?$`);
function restCall(call, project, isWorkspaceClient, build) {
    const sent = httpCall(call, project) ?? apiClientCall(call, isWorkspaceClient);
    if (!sent)
        return undefined;
    const method = literal(project, sent.method)?.toUpperCase();
    const path = sent.url && rest_calls_text(project, sent.url);
    const m = path !== undefined ? PATH.exec(path) : null;
    if (!method || !m || !sent.body)
        return undefined;
    const body = m[2] === undefined ? (method === "POST" ? "create" : undefined) : method === "PUT" ? m[2] : undefined;
    if (!body)
        return undefined;
    const root = build.node(sent.body.expr);
    if (!(0,yaml_located/* isMap */.jh)(root))
        return undefined;
    const file = call.span.file;
    const endpoint = body === "create" ? (0,facts_endpoint/* endpointFacts */.v)(file, "python", root) : (0,facts_endpoint/* endpointFacts */.v)(file, "python", root, undefined, body === "config" ? root : undefined);
    if (body !== "create")
        delete endpoint.name; // the name is in the URL
    return finish({ endpoint, root, shape: { kind: "rest", body, argument: sent.body.keyword }, label: sent.label, call });
}
/** `requests.post(url, json=...)`, `httpx.request("PUT", url, json=...)`, `session.put(...)`. */
function httpCall(call, project) {
    const callee = call.callee;
    if (callee.kind !== "attr" || !VERBS.has(callee.attr))
        return undefined;
    const q = project.qualify(callee);
    const viaModule = q?.origin === "import" && HTTP_MODULES.some((m) => q.path === `${m}.${callee.attr}` || q.path === `${m}.api.${callee.attr}`);
    if (!viaModule && !madeClient(callee.object, project))
        return undefined;
    const json = call.keywords.find((k) => k.name === "json");
    const body = json ? { expr: json.value, keyword: "json" } : undefined;
    const label = `${(0,resolve/* lastSegment */.m)(q?.path ?? callee.attr)}(...)`;
    if (callee.attr === "request")
        return { method: argument(call, ["method"], 0) ?? "", url: argument(call, ["url"], 1), body, label };
    return { method: callee.attr, url: argument(call, ["url"], 0), body, label };
}
/** A name bound to `requests.Session()` / `httpx.Client()`. */
function madeClient(expr, project) {
    const v = expr.kind === "call" ? expr : project.value(expr);
    if (v.kind !== "call")
        return false;
    const q = project.qualify(v.callee);
    return q?.origin === "import" && CLIENT_CLASSES.has(q.path);
}
/** `w.api_client.do("POST", "/api/2.0/serving-endpoints", body=...)`. */
function apiClientCall(call, isWorkspaceClient) {
    const callee = call.callee;
    if (callee.kind !== "attr" || callee.attr !== "do" || callee.object.kind !== "attr" || callee.object.attr !== "api_client")
        return undefined;
    if (!isWorkspaceClient(callee.object.object))
        return undefined;
    const body = call.keywords.find((k) => k.name === "body");
    return { method: argument(call, ["method"], 0) ?? "", url: argument(call, ["path"], 1), body: body && { expr: body.value, keyword: "body" }, label: "api_client.do(...)" };
}
function literal(project, e) {
    if (typeof e === "string")
        return e || undefined;
    const v = project.value(e);
    return v.kind === "str" ? v.value : undefined;
}
/** A URL's text with each run-time hole as HOLE. */
function rest_calls_text(project, e) {
    const v = project.value(e);
    if (v.kind === "str")
        return v.value;
    if (v.kind === "template")
        return v.parts.map((p) => p ?? HOLE).join("");
    return undefined;
}

// EXTERNAL MODULE: ./src/python/endpoint-configs/sdk-data.ts + 1 modules
var sdk_data = __webpack_require__(1541);
;// CONCATENATED MODULE: ./src/python/endpoint-configs/sdk-calls.ts
// The Databricks SDK form: `w.serving_endpoints.create(name, config=EndpointCoreConfigInput(...))`,
// `create_and_wait`, `update_config(_and_wait)` (served_entities=, traffic_config= as its own
// arguments) and `put_ai_gateway`, where `w` holds a WorkspaceClient (followed, not matched by name).




/** Methods whose arguments are the endpoint config itself rather than `config=`. */
const FLATTENED = new Set(["update_config", "update_config_and_wait"]);
const CREATES = new Set(["create", "create_and_wait"]);
function sdkEndpointCall(call, isWorkspaceClient, build) {
    const callee = call.callee;
    if (callee.kind !== "attr" || callee.object.kind !== "attr" || callee.object.attr !== "serving_endpoints")
        return undefined;
    const method = callee.attr;
    const spec = (0,sdk_data/* sdkMethod */.Eq)(method);
    if (!spec || !isWorkspaceClient(callee.object.object))
        return undefined;
    const root = build.argumentsMap(call, spec.positional);
    const label = `serving_endpoints.${method}(...)`;
    const config = CREATES.has(method) ? (0,yaml_located/* getMap */.ZB)(root, "config") : FLATTENED.has(method) ? root : undefined;
    const endpoint = (0,facts_endpoint/* endpointFacts */.v)(call.span.file, "python", root, undefined, config);
    return finish({ endpoint, root, shape: { kind: "sdk-method", method }, label, call });
}

// EXTERNAL MODULE: ./src/python/evaluate/environment.ts
var environment = __webpack_require__(7797);
;// CONCATENATED MODULE: ./src/python/endpoint-configs/to-located.ts



/** Nesting followed before a value counts as unknown (a config is a few levels deep). */
const MAX_DEPTH = 32;
/** Calls that read a secret scope: their result is the secret's plain text. */
const SECRET_READS = new Set(["dbutils.secrets.get", "dbutils.secrets.getBytes"]);
const NUMBER = /^\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?$/;
function unknownNode(span, what) {
    return { kind: "unknown", span, what };
}
class LocatedBuilder {
    project;
    constructor(project) {
        this.project = project;
    }
    /** An expression as written: literals where they stand, names followed to their one value, the rest evaluated. */
    node(e, depth = 0) {
        if (depth > MAX_DEPTH)
            return unknownNode(e.span, "value");
        switch (e.kind) {
            case "dict":
                return this.dict(e, depth);
            case "list":
                return this.list(e, depth);
            case "str":
                return { kind: "scalar", value: e.value, span: e.contentSpan ?? e.span };
            case "const":
                return constant(e);
            case "template":
                return { ...unknownNode(e.span, "template"), parts: e.parts };
            case "attr": {
                const member = this.enumMember(e);
                if (member)
                    return member;
                break;
            }
            case "call": {
                // Before the evaluator, which reads any `x.get(k, d)` as a dict lookup.
                const known = this.knownCall(e, depth);
                if (known)
                    return known;
                break;
            }
            case "subscript":
                // os.environ["X"]
                if (this.project.qualify(e.object)?.path === "os.environ")
                    return unknownNode(e.span, "env-read");
                break;
            case "name": {
                // Followed here rather than by the evaluator so an enum member or an environment read keeps its meaning.
                const b = this.project.only(e.name, e.scope);
                if (b?.kind === "value")
                    return this.node(b.value, depth + 1);
                break;
            }
            default:
                break;
        }
        const v = this.project.value(e);
        if (v.kind === "call")
            return this.call(v, depth);
        // Several possibilities (an if's arms): no one value a config field is certain to hold.
        if (v.kind === "unknown" || v.kind === "alts")
            return unknownNode(v.span, e.kind === "name" ? "name" : "value");
        return this.node(v, depth + 1);
    }
    dict(d, depth) {
        const map = { kind: "map", entries: [], span: d.span };
        if (d.spread)
            map.partial = true;
        for (const e of d.entries) {
            const k = this.project.value(e.key);
            if (k.kind !== "str") {
                map.partial = true; // a computed key could be any of them
                continue;
            }
            map.entries.push({ key: { value: k.value, span: k.contentSpan ?? k.span }, value: this.node(e.value, depth + 1) });
        }
        return map;
    }
    list(l, depth) {
        const seq = { kind: "seq", items: [], span: l.span };
        if (l.starred)
            seq.partial = true;
        for (const item of l.items) {
            if (item.kind !== "starred") {
                seq.items.push(this.node(item, depth + 1));
                continue;
            }
            const inner = (0,values/* knownItems */.Cg)(this.project.value(item.value));
            if (inner)
                seq.items.push(...inner.map((i) => this.node(i, depth + 1)));
            else
                seq.partial = true;
        }
        return seq;
    }
    call(c, depth) {
        return this.knownCall(c, depth) ?? unknownNode(c.span, "call");
    }
    /** A call whose result we can describe: a secret or environment read, an SDK dataclass, `dict(...)`. */
    knownCall(c, depth) {
        const q = this.project.qualify(c.callee);
        if (!q || q.origin === "local")
            return undefined;
        if (SECRET_READS.has(q.path))
            return unknownNode(c.span, "secret-read");
        if (environment/* ENV_READ_CALLS */.$.has(q.path))
            return unknownNode(c.span, "env-read");
        const cls = (0,sdk_data/* sdkName */.cL)(q.path);
        if (q.origin === "import" && cls && (0,sdk_data/* sdkClass */.pu)(cls))
            return this.dataclass(c, cls, depth);
        // dict(key=value, ...)
        if (q.origin === "unbound" && q.path === "dict" && c.args.length === 0)
            return this.argumentsMap(c, [], depth);
        return undefined;
    }
    /** `ServedEntityInput(...)`: a map of its arguments, positional ones named by the dataclass's field order. */
    dataclass(c, cls, depth) {
        const map = this.argumentsMap(c, (0,sdk_data/* sdkPositional */.RU)(cls), depth);
        map.sdkClass = cls;
        return map;
    }
    /** A call's arguments as a map: positional ones named by `positional`, keywords by themselves; `*args`/`**kwargs` make it partial. */
    argumentsMap(c, positional, depth = 0) {
        const map = { kind: "map", entries: [], span: c.span };
        if (c.starKwargs.length > 0 || c.starArgs)
            map.partial = true;
        for (const [i, arg] of c.args.entries()) {
            const field = positional[i];
            if (field === undefined)
                break; // too many: a TypeError, not a config
            map.entries.push({ key: { value: field, span: arg.span }, value: this.node(arg, depth + 1) });
        }
        for (const k of c.keywords)
            map.entries.push({ key: { value: k.name, span: k.nameSpan }, value: this.node(k.value, depth + 1) });
        return map;
    }
    /** `ServingModelWorkloadType.GPU_SMALL`: the member's value, marked as written through the enum. */
    enumMember(e) {
        const q = this.project.qualify(e);
        const name = q?.origin === "import" ? (0,sdk_data/* sdkName */.cL)(q.path) : undefined;
        const [cls, member] = name?.split(".") ?? [];
        const members = cls && member ? (0,sdk_data/* sdkEnumMembers */.rr)(cls) : undefined;
        if (!members || !cls || !member)
            return undefined;
        const value = Object.hasOwn(members, member) ? members[member] : null;
        return { kind: "scalar", value, span: e.span, enumMember: { enum: cls, member } };
    }
}
function constant(c) {
    if (c.text === "True" || c.text === "False")
        return { kind: "scalar", value: c.text === "True", span: c.span };
    if (c.text === "None")
        return { kind: "scalar", value: null, span: c.span };
    const sign = c.text.startsWith("-") ? -1 : 1;
    const digits = c.text.replace(/^[-+]/, "");
    if (NUMBER.test(digits))
        return { kind: "scalar", value: sign * Number(digits.replace(/_/g, "")), span: c.span };
    return unknownNode(c.span, "value"); // hex, complex: no config field takes them
}

;// CONCATENATED MODULE: ./src/python/endpoint-configs/python-endpoints.ts
// Every call in the analysed code that sends an endpoint config, in each form we
// know (SDK, mlflow.deployments, REST bodies, agents.deploy), as endpoint facts. Calls are matched by what their receiver
// holds (followed through the evaluator), never by the receiver's name.






/** Callee names any form can match: a cheap filter before anything is resolved. */
const CANDIDATES = new Set([
    "create", "create_and_wait", "update_config", "update_config_and_wait", "put_ai_gateway",
    "create_endpoint", "update_endpoint", "update_endpoint_config",
    "post", "put", "request", "do", "deploy",
]);
function pythonEndpointConfigs(project, receiverKind) {
    const build = new LocatedBuilder(project);
    const isWorkspace = (e) => receiverKind(e) === "workspace";
    const isDeployClient = (e) => receiverKind(e) === "deploy";
    const out = [];
    for (const module of project.modules) {
        for (const call of module.calls) {
            if (!CANDIDATES.has(calleeName(call) ?? ""))
                continue;
            const found = sdkEndpointCall(call, isWorkspace, build) ?? deployClientCall(call, isDeployClient, build) ?? restCall(call, project, isWorkspace, build) ?? agentsDeployCall(call, project, build);
            if (found)
                out.push(found);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/python/models.ts + 1 modules
var models = __webpack_require__(2770);
;// CONCATENATED MODULE: ./src/python/outputs.ts
// Inside a ResponsesAgent: output items and stream-event items must come from
// the helpers, not dict literals. We follow an item to a dict literal directly,
// through a local variable (and `.append`), or through a function or method of
// the same file that returns one. Dicts anywhere else (messages sent to the
// LLM, tool schemas, custom_outputs) are not output items and are never looked at.
// Where that syntax does not reach, the evaluator does: a list or dict that some
// path certainly brings to `output=` / `item=` (a helper in another module, a
// subscript, a dataclass field, a branch) counts, when it is a Python dict literal.



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
const outputs_MAX_DEPTH = 8;
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
    if (local?.value.kind === "list" && expr.kind === "name")
        return [...local.value.items, ...(local.scope.appends.get(expr.name) ?? [])];
    return (0,values/* options */.fF)(project.value(expr)).flatMap((v) => (0,values/* knownItems */.Cg)(v) ?? []);
}
/** Dicts the evaluator says reach here, on some path, that are literals written in an analysed Python module. */
function evaluatedDicts(expr, project) {
    const python = new Set(project.modules.map((m) => m.source.path));
    return (0,values/* options */.fF)(project.value(expr)).filter((v) => v.kind === "dict" && python.has(v.span.file));
}
function dictsOf(expr, project, depth) {
    if (depth > outputs_MAX_DEPTH)
        return [];
    if (expr.kind === "dict")
        return [expr];
    if (expr.kind === "name") {
        const local = localValue(expr, project);
        if (local)
            return dictsOf(local.value, project, depth + 1);
        return depth === 0 ? evaluatedDicts(expr, project) : [];
    }
    const fn = expr.kind === "call" ? calledFunction(expr, project) : undefined;
    const found = fn ? fn.returns.flatMap((r) => dictsOf(r, project, depth + 1)) : [];
    return found.length > 0 || depth > 0 ? found : evaluatedDicts(expr, project);
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

// EXTERNAL MODULE: ./src/python/parse-modules.ts + 31 modules
var parse_modules = __webpack_require__(6189);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __webpack_require__(1384);
;// CONCATENATED MODULE: ./src/python/serving-env.ts

class ServingEnvironments {
    servingFiles;
    certain;
    byModule;
    constructor(servingFiles, certain) {
        this.servingFiles = servingFiles;
        this.certain = certain;
    }
    /** The environments of every entity serving this module; undefined when that is not certain. */
    of(module, project) {
        if (!this.certain)
            return undefined;
        this.byModule ??= deploysFromCode(project) ? new Map() : this.build(project);
        return this.byModule.get(module);
    }
    build(project) {
        const out = new Map();
        for (const s of this.servingFiles) {
            const entities = s.endpoint?.servedEntities ?? [];
            if (entities.length === 0)
                continue;
            const envs = entities.map((e) => (0,yaml_located/* getMap */.ZB)(e.node, "environment_vars"));
            const listed = s.codePaths.filter((c) => !c.escapesRoot).map((c) => project.fileAt(c.absPath)).filter((m) => m !== undefined);
            for (const m of reachable(listed, project))
                out.set(m, [...(out.get(m) ?? []), ...envs]);
        }
        return out;
    }
}
/** Calls that create, update or deploy an endpoint (SDK, mlflow.deployments, databricks.agents). */
const DEPLOY_METHODS = new Set(["deploy", "create", "create_and_wait", "create_endpoint", "update_config", "update_config_and_wait", "update_endpoint"]);
function deploysFromCode(project) {
    return project.modules.some((m) => m.calls.some((c) => {
        if (c.callee.kind !== "attr" || !DEPLOY_METHODS.has(c.callee.attr))
            return false;
        const q = project.qualify(c.callee);
        // A receiver we cannot name (a client held in a variable) may be a Databricks one; a bare
        // `.create(...)` is too common (OpenAI completions) to count unless the path says Databricks.
        if (q === undefined)
            return c.callee.attr !== "create";
        return q.path.startsWith("databricks") || q.path.startsWith("mlflow");
    }));
}
/** The modules a set of entry modules runs: themselves and what they import (`from pkg import mod` too), transitively. */
function reachable(entries, project) {
    const seen = new Set(entries);
    const todo = [...entries];
    const visit = (target) => {
        if (target && !seen.has(target)) {
            seen.add(target);
            todo.push(target);
        }
    };
    while (todo.length > 0) {
        const m = todo.pop();
        for (const imp of m.imports)
            visit(project.moduleFor(m, imp.module, imp.level));
        for (const scope of [m.scope, ...m.functions.map((f) => f.scope), ...m.classes.map((c) => c.scope)]) {
            for (const bindings of scope.bindings.values()) {
                for (const b of bindings) {
                    if (b.kind === "import" && b.name !== undefined)
                        visit(project.moduleFor(m, b.module ? `${b.module}.${b.name}` : b.name, b.level));
                }
            }
        }
    }
    return seen;
}

;// CONCATENATED MODULE: ./src/python/analyse.ts










async function analysePython(sources, servingFiles, reader, servingLists, pool, readYaml, hasBundles = false) {
    const facts = (0,python_facts/* emptyPythonFacts */.d)();
    facts.modules.push(...(pool ? await pool.parse(sources, facts.problems) : await (0,parse_modules.parseSources)(sources, facts.problems)));
    // Bundle endpoints may serve the same code with another environment: then os.environ stays unknown.
    const paired = servingFiles.every((s) => !s.endpoint || s.codePaths.length > 0);
    const environments = new ServingEnvironments(servingFiles, !hasBundles && paired);
    const project = new resolve/* Project */.M(facts.modules, { ...(readYaml ? { readYaml } : {}), environmentOf: (m) => environments.of(m, project) });
    facts.project = project;
    const classifier = new CallClassifier(project);
    const logs = new LogModelReader(project, classifier);
    for (const module of facts.modules) {
        facts.uses.set(module, classifier.moduleUses(module));
        classifier.urlRefs(module);
        for (const call of module.calls) {
            if (logs.isSetModel(call))
                facts.setModel.add(module);
            const log = logs.logModel(call, module, reader);
            if (log)
                facts.logCalls.push(log);
        }
    }
    facts.endpointRefs = classifier.endpointRefs;
    facts.endpointConfigs = pythonEndpointConfigs(project, (e) => classifier.receiverKind(e));
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
