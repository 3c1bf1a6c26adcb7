export const id = 717;
export const ids = [717];
export const modules = {

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analysePython: () => (/* binding */ analysePython)
});

;// CONCATENATED MODULE: ./src/python/bind/endpoint-urls.ts
// Endpoint names written inside URLs: `f"{host}/serving-endpoints/<name>/invocations"`
// and the REST path `/api/2.0/serving-endpoints/<name>[/...]`. Only a segment that is
// literal from end to end counts (`agent-{env}` is not a name), made of the characters
// an endpoint name has: placeholders such as `<name>` or `{}` name nothing. A segment
// that is exactly one f-string hole (`/serving-endpoints/{NAME}/invocations`) is noted
// by its part index: the evaluator later decides whether NAME is one known name.
const MARK = "/serving-endpoints/";
const NAME = /^[A-Za-z0-9_-]+/;
/** `/api/2.0/serving-endpoints/pt` creates provisioned-throughput endpoints: a route, not a name. */
const ROUTES = new Set(["pt"]);
/** What may follow the name segment: `/invocations` for a bare invocation URL, anything path-like after the REST prefix. */
function endsSegment(rest, api) {
    return api ? rest === "" || rest[0] === "/" || rest[0] === "?" : /^\/invocations(?:$|[/?])/.test(rest);
}
/** Whether a known string can be the name segment: endpoint-name characters only, and not a REST route. */
function isUrlName(value, api) {
    const m = NAME.exec(value);
    return m !== null && m[0] === value && !(api && ROUTES.has(value));
}
/**
 * Holes that fill a name segment on their own: the literal part before ends in `/serving-endpoints/`
 * and the one after (or the string's end, for a REST path) closes the segment. `{a}{b}` or `x-{a}` is no name.
 */
function urlHoles(parts) {
    const out = [];
    parts.forEach((part, i) => {
        const before = parts[i - 1];
        if (part !== null || typeof before !== "string" || !before.endsWith(MARK))
            return;
        const api = before.slice(0, -MARK.length).endsWith("/api/2.0");
        const after = i + 1 < parts.length ? parts[i + 1] : "";
        if (typeof after === "string" && endsSegment(after, api))
            out.push({ part: i, api });
    });
    return out;
}
/** Names in a string's literal parts (`null`: a run-time hole), in order. */
function urlNames(parts) {
    const out = [];
    parts.forEach((part, i) => {
        if (part === null)
            return;
        for (let at = part.indexOf(MARK); at !== -1; at = part.indexOf(MARK, at + 1)) {
            const offset = at + MARK.length;
            const m = NAME.exec(part.slice(offset));
            if (!m)
                continue;
            const after = offset + m[0].length;
            const rest = part.slice(after);
            // The name runs into a hole: only part of it is literal.
            if (rest === "" && i < parts.length - 1)
                continue;
            const api = part.slice(0, at).endsWith("/api/2.0");
            // A bare `/serving-endpoints/<x>/...` is the invocation URL only with `/invocations`
            // (the OpenAI-compatible base URL is followed by `/chat/completions`, not a name).
            if (endsSegment(rest, api) && !(api && ROUTES.has(m[0])))
                out.push({ value: m[0], part: i, offset });
        }
    });
    return out;
}

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
            if (value.kind === "str" && isUrlName(value.value, hole.api))
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

// EXTERNAL MODULE: ./node_modules/@lezer/common/dist/index.js
var dist = __webpack_require__(3854);
;// CONCATENATED MODULE: ./src/python/json-locate.ts
// A strict JSON parser that keeps each value's offsets, so notebook cells can be
// mapped back to the .ipynb file. JSON.parse gives values but no positions.
/** Deeper nesting than this is refused rather than risking the stack. */
const json_locate_MAX_DEPTH = 256;
class JsonError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
function parseJsonWithPositions(text) {
    const p = new Parser(text);
    try {
        p.ws();
        const root = p.value(0);
        p.ws();
        if (p.i < text.length)
            throw new JsonError(p.i, "unexpected text after the JSON value");
        return { ok: true, root };
    }
    catch (e) {
        if (e instanceof JsonError)
            return { ok: false, offset: e.offset, message: e.message };
        throw e;
    }
}
const ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
/**
 * Decodes the JSON string token at `start` (its opening quote). `onEscape(decodedIndex, rawOffset, rawLength)`
 * is told where each escape sits, for position maps. Returns the value and the offset after the closing quote.
 */
function scanJsonString(text, start, onEscape) {
    let out = "";
    let chunk = start + 1;
    let nextQuote = -1;
    let nextSlash = -1;
    let j = chunk;
    for (;;) {
        if (nextQuote < j)
            nextQuote = text.indexOf('"', j);
        if (nextSlash !== -2 && nextSlash < j)
            nextSlash = text.indexOf("\\", j);
        if (nextSlash === -1)
            nextSlash = -2; // none left: stop searching
        if (nextQuote === -1)
            throw new JsonError(start, "unterminated string");
        if (nextSlash >= 0 && nextSlash < nextQuote) {
            out += text.slice(chunk, nextSlash);
            const ch = text[nextSlash + 1];
            let decoded;
            let len = 2;
            if (ch !== undefined && ch in ESCAPES)
                decoded = ESCAPES[ch];
            else if (ch === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(nextSlash + 2, nextSlash + 6))) {
                decoded = String.fromCharCode(Number.parseInt(text.slice(nextSlash + 2, nextSlash + 6), 16));
                len = 6;
            }
            else
                throw new JsonError(nextSlash, "invalid escape in string");
            onEscape?.(out.length, nextSlash, len);
            out += decoded;
            j = chunk = nextSlash + len;
        }
        else {
            out += text.slice(chunk, nextQuote);
            return { value: out, end: nextQuote + 1 };
        }
    }
}
class Parser {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    ws() {
        const t = this.text;
        while (this.i < t.length) {
            const c = t.charCodeAt(this.i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                this.i++;
            else
                break;
        }
    }
    value(depth) {
        if (depth > json_locate_MAX_DEPTH)
            throw new JsonError(this.i, "JSON nested too deeply");
        const t = this.text;
        const start = this.i;
        const c = t[start];
        if (c === "{")
            return this.object(depth);
        if (c === "[")
            return this.array(depth);
        if (c === '"') {
            const { value, end } = scanJsonString(t, start);
            this.i = end;
            return { kind: "string", value, start, end };
        }
        for (const [word, value] of [["true", true], ["false", false], ["null", null]]) {
            if (t.startsWith(word, start)) {
                this.i += word.length;
                return { kind: "scalar", value, start, end: this.i };
            }
        }
        const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        num.lastIndex = start;
        const m = num.exec(t);
        if (m && m[0].length > 0) {
            this.i += m[0].length;
            return { kind: "scalar", value: Number(m[0]), start, end: this.i };
        }
        throw new JsonError(start, c === undefined ? "unexpected end of JSON" : `unexpected character ${JSON.stringify(c)}`);
    }
    expect(ch) {
        if (this.text[this.i] !== ch)
            throw new JsonError(this.i, `expected ${JSON.stringify(ch)}`);
        this.i++;
    }
    object(depth) {
        const start = this.i++;
        const entries = new Map();
        this.ws();
        if (this.text[this.i] === "}") {
            this.i++;
            return { kind: "object", entries, start, end: this.i };
        }
        for (;;) {
            this.ws();
            if (this.text[this.i] !== '"')
                throw new JsonError(this.i, "expected a property name");
            const key = scanJsonString(this.text, this.i);
            this.i = key.end;
            this.ws();
            this.expect(":");
            this.ws();
            entries.set(key.value, this.value(depth + 1));
            this.ws();
            if (this.text[this.i] === ",") {
                this.i++;
                continue;
            }
            this.expect("}");
            return { kind: "object", entries, start, end: this.i };
        }
    }
    array(depth) {
        const start = this.i++;
        const items = [];
        this.ws();
        if (this.text[this.i] === "]") {
            this.i++;
            return { kind: "array", items, start, end: this.i };
        }
        for (;;) {
            this.ws();
            items.push(this.value(depth + 1));
            this.ws();
            if (this.text[this.i] === ",") {
                this.i++;
                continue;
            }
            this.expect("]");
            return { kind: "array", items, start, end: this.i };
        }
    }
}

;// CONCATENATED MODULE: ./src/python/offset-map.ts
class OffsetMap {
    /** Breakpoints: virtual offset `v` maps to file offset `f`, and onward linearly until the next one. */
    vs = [];
    fs = [];
    /** From here on, virtual offset `v` sits at file offset `f`. Breakpoints must be added in order. */
    add(v, f) {
        const last = this.vs.length - 1;
        if (last >= 0 && this.vs[last] === v)
            this.fs[last] = f;
        else {
            this.vs.push(v);
            this.fs.push(f);
        }
    }
    *breakpoints() {
        for (let i = 0; i < this.vs.length; i++)
            yield [this.vs[i], this.fs[i]];
    }
    toFile(v) {
        const vs = this.vs;
        if (vs.length === 0)
            return v;
        let lo = 0;
        let hi = vs.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (vs[mid] <= v)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.fs[lo] + Math.max(0, v - vs[lo]);
    }
}
function spanMaker(file, lines, map) {
    if (!map)
        return (start, end) => lines.span(file, start, end);
    return (start, end) => {
        const s = map.toFile(start);
        const e = end > start ? map.toFile(end - 1) + 1 : s;
        return lines.span(file, s, e);
    };
}

;// CONCATENATED MODULE: ./src/python/leading-indent.ts
// IPython runs a cell whose first line is indented as if every line were dedented
// by that indent: its `leading_indent` input transform, after dropping leading
// blank lines, strips the first line's whitespace prefix from each line that
// starts with it. Jupyter and Databricks notebooks run such cells, so their text
// is dedented the same way before it is parsed, with a map back to the file.

/**
 * The cuts IPython's leading_indent makes in one cell, `text.slice(start, end)`; none when its
 * first line that is not blank (nor `skip`ped, such as a `# DBTITLE` header) is not indented.
 */
function leadingIndentCuts(text, start, end, skip) {
    const cuts = [];
    let prefix;
    let lineStart = start;
    while (lineStart < end) {
        const nl = text.indexOf("\n", lineStart);
        const lineEnd = nl === -1 || nl > end ? end : nl;
        const line = text.slice(lineStart, lineEnd);
        if (prefix === undefined && line.trim() !== "" && !skip?.(line)) {
            prefix = /^[ \t]*/.exec(line)[0];
            if (prefix === "")
                return [];
        }
        if (prefix !== undefined && line.startsWith(prefix))
            cuts.push({ at: lineStart, length: prefix.length });
        lineStart = lineEnd + 1;
    }
    return cuts;
}
/**
 * `text` with `cuts` (in order, not overlapping) removed, and a map from the new text to the
 * file: `map` is the old text's own map when it has one (an .ipynb cell), else the identity.
 */
function applyCuts(text, cuts, map) {
    const out = new OffsetMap();
    const old = map ? [...map.breakpoints()] : [];
    const toFile = (v) => (map ? map.toFile(v) : v);
    let result = "";
    let b = 0; // next old breakpoint to replay
    const keep = (from, to) => {
        const base = result.length;
        out.add(base, toFile(from));
        while (b < old.length && old[b][0] < to) {
            const [v, f] = old[b++];
            if (v > from)
                out.add(base + v - from, f);
        }
        result += text.slice(from, to);
    };
    let from = 0;
    for (const cut of cuts) {
        keep(from, cut.at);
        from = cut.at + cut.length;
    }
    keep(from, text.length);
    return { text: result, map: out };
}

;// CONCATENATED MODULE: ./src/python/notebook.ts
// Files → the Python texts to analyse. A plain module is itself. A Databricks
// `.py` export is Python already (`# MAGIC` lines are comments), except that a
// `%%writefile` cell holds another module's code behind `# MAGIC `. An `.ipynb`
// is JSON: code cells are joined, magics blanked, and every character mapped
// back to its place in the file. `%pip` lines set up the notebook's own
// environment, not the model's, so they are never read as requirements. Both
// kinds run in IPython: its magics and `!shell` lines are blanked, and a cell
// indented as a whole is dedented as IPython does (leading-indent.ts).




const DATABRICKS_NOTEBOOK_HEADER = "# Databricks notebook source";
const COMMAND_SEPARATOR = "# COMMAND ----------";
const MAGIC = "# MAGIC";
const DBTITLE = "# DBTITLE";
const WRITEFILE = /^%%writefile(?:\s+-a)?\s+(\S+)\s*$/;
/**
 * A Databricks cell in another language: `%sql`, `%md`, ... as its first line makes the whole cell that
 * language (in Jupyter, a `%sql` line magic followed by SQL lines would not run either: silent both ways).
 */
const DATABRICKS_LANGUAGE_CELL = /^%(sql|md|md-sandbox|sh|scala|r|fs)(?![\w-])/;
function isDatabricksExport(text) {
    return text.startsWith(DATABRICKS_NOTEBOOK_HEADER) || text.startsWith(`\uFEFF${DATABRICKS_NOTEBOOK_HEADER}`);
}
function notebook_pythonUnits(source, problems) {
    if (source.absPath.endsWith(".ipynb"))
        return ipynbUnits(source, problems);
    if (!isDatabricksExport(source.text))
        return [{ source, absPath: source.absPath, origin: "file", text: source.text }];
    return [{ source, absPath: source.absPath, origin: "notebook", ...exportText(source.text) }, ...writefileCells(source)];
}
/** A Databricks `.py` export as IPython runs its cells: magics blanked (same length), indented cells dedented. */
function exportText(text) {
    const blanked = blankMagics(text);
    const cuts = [];
    // Neither the export's header nor a cell's title line is part of the cell IPython runs.
    const title = (line) => line.startsWith(DBTITLE) || isDatabricksExport(line);
    let cellStart = 0;
    for (let lineStart = 0; lineStart < blanked.length;) {
        const nl = blanked.indexOf("\n", lineStart);
        const next = nl === -1 ? blanked.length : nl + 1;
        if (blanked.startsWith(COMMAND_SEPARATOR, lineStart)) {
            cuts.push(...leadingIndentCuts(blanked, cellStart, lineStart, title));
            cellStart = next;
        }
        lineStart = next;
    }
    cuts.push(...leadingIndentCuts(blanked, cellStart, blanked.length, title));
    return cuts.length === 0 ? { text: blanked } : applyCuts(blanked, cuts);
}
/** `# MAGIC %%writefile agent.py` cells of a Databricks `.py` export. */
function writefileCells(source) {
    const units = [];
    const text = source.text;
    let current;
    let lineStart = 0;
    while (lineStart <= text.length) {
        const nl = text.indexOf("\n", lineStart);
        const lineEnd = nl === -1 ? text.length : nl;
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
        if (line.startsWith(COMMAND_SEPARATOR)) {
            if (current)
                units.push(notebook_finish(source, current));
            current = undefined;
        }
        else if (line === MAGIC || line.startsWith(`${MAGIC} `)) {
            const contentOffset = lineStart + Math.min(line.length, MAGIC.length + 1);
            const content = line.slice(MAGIC.length + 1);
            const wf = WRITEFILE.exec(content.trim());
            if (wf && !current) {
                current = { absPath: external_node_path_default().resolve(external_node_path_default().dirname(source.absPath), unquote(wf[1])), text: "", map: new OffsetMap() };
            }
            else if (current) {
                current.map.add(current.text.length, contentOffset);
                current.text += `${content}\n`;
            }
        }
        else if (current && line.trim() !== "") {
            // The cell left MAGIC mode: whatever follows is not part of the written file.
            units.push(notebook_finish(source, current));
            current = undefined;
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    if (current)
        units.push(notebook_finish(source, current));
    return units;
}
function notebook_finish(source, w) {
    return { source, absPath: w.absPath, origin: "writefile", text: w.text, map: w.map };
}
function unquote(s) {
    return s.replace(/^(['"])(.*)\1$/, "$2");
}
/**
 * The cells of a notebook, or undefined unless `cells` is a list of objects each with a string
 * `cell_type` and a `source` that is a string or a list of strings. Checked on the located tree
 * itself (no schema library on the lint path: zod cost start-up time for this one check).
 */
function notebookCells(root) {
    const cells = root.kind === "object" ? root.entries.get("cells") : undefined;
    if (cells?.kind !== "array")
        return undefined;
    const out = [];
    for (const cell of cells.items) {
        if (cell.kind !== "object")
            return undefined;
        const cellType = cell.entries.get("cell_type");
        const source = cell.entries.get("source");
        if (cellType?.kind !== "string" || !source)
            return undefined;
        if (source.kind !== "string" && !(source.kind === "array" && source.items.every((s) => s.kind === "string")))
            return undefined;
        out.push({ cellType: cellType.value, source });
    }
    return out;
}
/** Code cells of an .ipynb, each character mapped back to the JSON string it came from. */
function ipynbUnits(source, problems) {
    const parsed = parseJsonWithPositions(source.text);
    if (!parsed.ok) {
        problems.push({
            messageId: "invalidNotebook",
            message: `notebook is not valid JSON: ${parsed.message}`,
            span: source.lines.span(source.path, parsed.offset, parsed.offset),
        });
        return [];
    }
    const cells = notebookCells(parsed.root);
    if (!cells) {
        problems.push({
            messageId: "invalidNotebook",
            message: "notebook has no readable `cells` list of code cells",
            span: source.lines.span(source.path, parsed.root.start, parsed.root.start),
        });
        return [];
    }
    const main = { text: "", map: new OffsetMap() };
    const units = [];
    for (const cell of cells) {
        if (cell.cellType !== "code")
            continue;
        const src = cell.source;
        const cellText = { text: "", map: new OffsetMap() };
        for (const s of src.kind === "array" ? src.items : [src])
            appendJsonString(source.text, s, cellText);
        const firstLineEnd = cellText.text.indexOf("\n");
        const firstLine = (firstLineEnd === -1 ? cellText.text : cellText.text.slice(0, firstLineEnd)).trim();
        const wf = WRITEFILE.exec(firstLine);
        if (wf) {
            const body = firstLineEnd === -1 ? "" : cellText.text.slice(firstLineEnd + 1);
            units.push({
                source, absPath: external_node_path_default().resolve(external_node_path_default().dirname(source.absPath), unquote(wf[1])), origin: "writefile",
                text: body, map: shiftMap(cellText.map, firstLineEnd + 1, body.length),
            });
            continue;
        }
        if (firstLine.startsWith("%%") && !/^%%(capture|time|timeit)\b/.test(firstLine))
            continue; // %%sql, %%sh, ...
        if (DATABRICKS_LANGUAGE_CELL.test(firstLine))
            continue;
        const cuts = leadingIndentCuts(cellText.text, 0, cellText.text.length);
        const code = cuts.length === 0 ? cellText : applyCuts(cellText.text, cuts, cellText.map);
        const base = main.text.length;
        main.map.add(base, code.map.toFile(0));
        appendShifted(main, code, base);
        main.text += blankMagics(code.text) + "\n";
    }
    units.unshift({ source, absPath: source.absPath, origin: "notebook", text: main.text, map: main.map });
    return units;
}
/** Appends one JSON string's decoded text, with a breakpoint at its start and after every escape. */
function appendJsonString(file, node, into) {
    if (node.kind !== "string")
        return;
    const base = into.text.length;
    into.map.add(base, node.start + 1);
    const { value } = scanJsonString(file, node.start, (index, rawOffset, rawLength) => {
        into.map.add(base + index, rawOffset);
        into.map.add(base + index + 1, rawOffset + rawLength);
    });
    into.text += value;
}
/** Replays `from`'s breakpoints into `into`, `base` characters further on. */
function appendShifted(into, from, base) {
    for (const [v, f] of from.map.breakpoints())
        into.map.add(base + v, f);
}
/** The part of `map` from virtual offset `from` on, renumbered from 0. */
function shiftMap(map, from, length) {
    const out = new OffsetMap();
    out.add(0, map.toFile(from));
    for (const [v, f] of map.breakpoints())
        if (v > from && v <= from + length)
            out.add(v - from, f);
    return out;
}
/**
 * `%pip install x` / `!ls` lines become comments of the same length, so offsets stay put;
 * so does `pip install x` without the `%`, which IPython's automagic (on by default) runs.
 */
function blankMagics(text) {
    return text.replace(/^([ \t]*)(?:[%!]|p(?=ip[ \t]+(?:install|uninstall)\b)|c(?=onda[ \t]+(?:install|uninstall)\b)|m(?=amba[ \t]+(?:install|uninstall)\b))/gm, "$1#");
}

;// CONCATENATED MODULE: ./src/python/string-literal.ts
// Python string literal text → value. Handles prefixes (r, u, b, f and their
// mixes), the four quote styles and escapes; bytes are not strings to us.
const SIMPLE_ESCAPES = {
    "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\n": "",
};
function parseStringLiteral(text) {
    let i = 0;
    while (i < text.length && /[rRuUbBfF]/.test(text[i]))
        i++;
    const prefix = text.slice(0, i).toLowerCase();
    const triple = text.startsWith('"""', i) || text.startsWith("'''", i);
    const quoteLen = triple ? 3 : 1;
    const contentStart = Math.min(text.length, i + quoteLen);
    const quote = text.slice(i, contentStart);
    // An unterminated literal (recovered parse) runs to the end of the text.
    const contentEnd = text.length - quoteLen >= contentStart && text.endsWith(quote) ? text.length - quoteLen : text.length;
    const raw = text.slice(contentStart, contentEnd);
    const isFormat = prefix.includes("f");
    if (prefix.includes("b"))
        return { value: undefined, contentStart, contentEnd, verbatim: false, isFormat };
    const value = prefix.includes("r") ? raw : decodeEscapes(raw);
    return { value, contentStart, contentEnd, verbatim: value === raw, isFormat };
}
/** Decodes backslash escapes of a non-raw string's content. Unknown escapes stay as written (as Python does). */
function decodeEscapes(raw) {
    if (!raw.includes("\\"))
        return raw;
    let out = "";
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch !== "\\" || i + 1 >= raw.length) {
            out += ch;
            continue;
        }
        const next = raw[i + 1];
        const simple = SIMPLE_ESCAPES[next];
        if (simple !== undefined) {
            out += simple;
            i++;
        }
        else if (next === "\r") {
            i += raw[i + 2] === "\n" ? 2 : 1;
        }
        else if (next === "x" || next === "u" || next === "U") {
            const len = next === "x" ? 2 : next === "u" ? 4 : 8;
            const hex = raw.slice(i + 2, i + 2 + len);
            const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? Number.parseInt(hex, 16) : NaN;
            if (Number.isNaN(code) || code > 0x10ffff)
                out += ch;
            else {
                out += String.fromCodePoint(code);
                i += 1 + len;
            }
        }
        else if (/[0-7]/.test(next)) {
            const oct = /^[0-7]{1,3}/.exec(raw.slice(i + 1))[0];
            out += String.fromCharCode(Number.parseInt(oct, 8));
            i += oct.length;
        }
        else {
            // \N{NAME} and unknown escapes: kept literally; a name containing one is not ours to judge.
            out += ch;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/python/bind/util-nodes.ts
function children(node) {
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        out.push(c);
    return out;
}
function isPunct(node) {
    return node.name === "," || node.name === "(" || node.name === ")" || node.name === "[" || node.name === "]" ||
        node.name === "{" || node.name === "}" || node.name === ":" || node.name === "Comment";
}

;// CONCATENATED MODULE: ./src/python/bind/literals.ts



class LiteralBuilder {
    module;
    text;
    mk;
    fileText;
    scope;
    depth = 0;
    constructor(module, text, mk, fileText) {
        this.module = module;
        this.text = text;
        this.mk = mk;
        this.fileText = fileText;
        this.scope = module.scope;
    }
    src(node) {
        return this.text.slice(node.from, node.to);
    }
    span(node) {
        return this.mk(node.from, node.to);
    }
    string(node) {
        const text = this.src(node);
        const lit = parseStringLiteral(text);
        if (lit.value === undefined)
            return { kind: "unknown", span: this.span(node) };
        const str = { kind: "str", value: lit.value, span: this.span(node) };
        if (lit.verbatim) {
            const content = this.mk(node.from + lit.contentStart, node.from + lit.contentEnd);
            // In an .ipynb the content sits inside a JSON string: only where the file shows it as-is can it be edited.
            if (this.fileText.slice(content.start, content.end) === lit.value)
                str.contentSpan = content;
            this.noteUrls(node, [lit.value], [node.from + lit.contentStart]);
        }
        return str;
    }
    /**
     * Endpoint names inside URL literals, at the name's own characters. `starts`: where each literal
     * part begins in the module text, when it reads there as-is. A bare string statement (a docstring) runs nothing.
     */
    noteUrls(node, parts, starts) {
        if (node.parent?.name === "ExpressionStatement" || !parts.some((p) => p?.includes("/serving-endpoints/")))
            return;
        for (const n of urlNames(parts)) {
            const from = starts[n.part];
            if (from === undefined)
                continue;
            const span = this.mk(from + n.offset, from + n.offset + n.value.length);
            if (this.fileText.slice(span.start, span.end) === n.value)
                this.module.endpointUrls.push({ value: n.value, span });
        }
    }
    /** The expression of a `{X}` hole with no conversion, format spec or `=`: its text is str(X) itself. */
    plainHole(replacement) {
        const inner = children(replacement);
        const mid = inner[1];
        return inner.length === 3 && inner[0].name === "{" && inner[2].name === "}" && mid && !mid.type.isError ? mid : undefined;
    }
    /** Holes that are a whole URL name segment, kept with their expression for the evaluator (calls.ts). */
    noteUrlHoles(node, parts, holes) {
        if (node.parent?.name === "ExpressionStatement" || holes.size === 0)
            return;
        for (const h of urlHoles(parts)) {
            const name = holes.get(h.part);
            if (name)
                this.module.endpointUrlHoles.push({ name, url: this.span(node), api: h.api });
        }
    }
    formatString(node) {
        const text = this.src(node);
        const lit = parseStringLiteral(text);
        const raw = /^[a-zA-Z]*/.exec(text)[0].toLowerCase().includes("r");
        const parts = [];
        const starts = [];
        let pos = node.from + lit.contentStart;
        const end = node.from + lit.contentEnd;
        const literal = (from, to) => {
            if (to <= from)
                return;
            const written = this.text.slice(from, to);
            const piece = written.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
            const text = raw ? piece : decodeEscapes(piece);
            parts.push(text);
            starts.push(text === written ? from : undefined);
        };
        const holes = new Map();
        for (const c of children(node)) {
            if (c.name !== "FormatReplacement")
                continue;
            literal(pos, c.from);
            const hole = this.plainHole(c);
            if (hole)
                holes.set(parts.length, this.expr(hole));
            else
                this.statements(c);
            parts.push(null);
            starts.push(undefined);
            pos = c.to;
        }
        literal(pos, end);
        this.noteUrls(node, parts, starts);
        this.noteUrlHoles(node, parts, holes);
        if (!parts.includes(null)) {
            return { kind: "str", value: parts.join(""), span: this.span(node) };
        }
        return { kind: "template", parts, span: this.span(node) };
    }
    /** `a + b` or implicit concatenation: strings and templates join; anything else is unknown. */
    concat(items, node) {
        const parts = [];
        let hole = false;
        for (const item of items) {
            if (item.kind === "str")
                parts.push(item.value);
            else if (item.kind === "template") {
                parts.push(...item.parts);
                hole = true;
            }
            else if (items.some((i) => i.kind === "str" || i.kind === "template")) {
                // "mlflow==" + mlflow.__version__: a string with a runtime hole.
                parts.push(null);
                hole = true;
            }
            else
                return { kind: "unknown", span: this.span(node) };
        }
        if (!hole)
            return { kind: "str", value: parts.join(""), span: this.span(node) };
        return { kind: "template", parts, span: this.span(node) };
    }
}
/** `"mlflow=={}".format(v)`: literal text with holes where the fields are. */
function formatTemplate(format, span) {
    const parts = [];
    let literal = "";
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if ((ch === "{" || ch === "}") && format[i + 1] === ch) {
            literal += ch;
            i++;
        }
        else if (ch === "{") {
            const close = format.indexOf("}", i);
            parts.push(literal, null);
            literal = "";
            i = close === -1 ? format.length : close;
        }
        else
            literal += ch;
    }
    parts.push(literal);
    return { kind: "template", parts: parts.filter((p) => p !== ""), span };
}

;// CONCATENATED MODULE: ./src/python/bind/expressions.ts


/** Past this nesting depth an expression is unknown: deep input must not exhaust the stack. */
const expressions_MAX_DEPTH = 120;
/** Methods that change a container in place: its literal value no longer tells what it holds. */
const MUTATORS = new Set(["append", "extend", "insert", "update", "setdefault", "pop", "popitem", "remove", "clear", "add", "discard"]);
const EXPRESSIONS = new Set([
    "BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "TupleExpression",
    "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
    "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression",
    "MemberExpression", "VariableName", "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None",
    "Boolean", "ConditionalExpression", "LambdaExpression", "NamedExpression", "YieldExpression",
]);
class ExpressionBuilder extends LiteralBuilder {
    expr(node) {
        if (this.depth > expressions_MAX_DEPTH)
            return { kind: "unknown", span: this.span(node) };
        this.depth++;
        try {
            return this.exprInner(node);
        }
        finally {
            this.depth--;
        }
    }
    unknown(node) {
        // Calls inside an unknown value (a comprehension, a conditional) are still calls.
        this.statements(node);
        return { kind: "unknown", span: this.span(node) };
    }
    exprInner(node) {
        if (node.type.isError)
            this.module.syntaxErrors++;
        switch (node.name) {
            case "String":
                return this.string(node);
            case "FormatString":
                return this.formatString(node);
            case "ContinuedString":
                return this.concat(children(node).map((c) => this.expr(c)), node);
            case "Number":
            case "Boolean":
            case "None":
            case "Ellipsis":
                return { kind: "const", text: this.src(node), span: this.span(node) };
            case "VariableName":
                return { kind: "name", name: this.src(node), scope: this.scope, span: this.span(node) };
            case "ParenthesizedExpression": {
                const inner = children(node).filter((c) => !isPunct(c));
                return inner.length === 1 && EXPRESSIONS.has(inner[0].name) ? this.expr(inner[0]) : this.unknown(node);
            }
            case "TupleExpression":
            case "ArrayExpression":
            case "SetExpression": {
                let starred = false;
                let spreadNext = false;
                const items = [];
                for (const c of children(node)) {
                    if (isPunct(c))
                        continue;
                    if (c.name === "*")
                        starred = spreadNext = true;
                    else if (spreadNext) {
                        items.push({ kind: "starred", value: this.expr(c), span: this.span(c) });
                        spreadNext = false;
                    }
                    else
                        items.push(this.expr(c));
                }
                return { kind: "list", items, starred, span: this.span(node) };
            }
            case "DictionaryExpression":
                return this.dict(node);
            case "MemberExpression": {
                const parts = children(node);
                if (parts[1]?.name === "." && parts[2]?.name === "PropertyName" && parts[0]) {
                    return { kind: "attr", object: this.expr(parts[0]), attr: this.src(parts[2]), span: this.span(node) };
                }
                if (parts.length === 4 && parts[1]?.name === "[" && parts[3]?.name === "]" && EXPRESSIONS.has(parts[2].name)) {
                    return { kind: "subscript", object: this.expr(parts[0]), index: this.expr(parts[2]), span: this.span(node) };
                }
                return this.slice(node, parts) ?? this.unknown(node);
            }
            case "CallExpression":
                return this.call(node);
            case "BinaryExpression": {
                const parts = children(node);
                if (parts.length === 3 && parts[1].name === "ArithOp" && this.src(parts[1]) === "+") {
                    const left = this.expr(parts[0]);
                    const right = this.expr(parts[2]);
                    const text = (e) => e.kind === "str" || e.kind === "template";
                    // Only the evaluator can tell list + list from number + number: it decides.
                    if (!text(left) && !text(right))
                        return { kind: "add", left, right, span: this.span(node) };
                    return this.concat([left, right], node);
                }
                return this.unknown(node);
            }
            case "UnaryExpression": {
                // `-1`: a negative index or slice bound.
                const parts = children(node);
                if (parts.length === 2 && this.src(parts[0]) === "-" && parts[1].name === "Number") {
                    return { kind: "const", text: `-${this.src(parts[1])}`, span: this.span(node) };
                }
                return this.unknown(node);
            }
            case "ConditionalExpression": {
                // `a if test else b`: each arm is a possibility; the test's calls still count.
                const parts = children(node).filter((c) => c.name !== "if" && c.name !== "else");
                if (parts.length !== 3)
                    return this.unknown(node);
                const [yes, , no] = parts.map((c) => this.expr(c));
                return { kind: "alts", options: [yes, no], span: this.span(node) };
            }
            case "NamedExpression": {
                const target = node.firstChild;
                if (target?.name === "VariableName")
                    this.target(target, undefined);
                return this.unknown(node);
            }
            case "YieldExpression":
                if (this.scope.fn)
                    this.scope.fn.opaque = true;
                return this.unknown(node);
            default:
                return this.unknown(node);
        }
    }
    /** `@a.b(...)` above a definition: `a.b` as an attribute chain that resolve.ts can qualify. */
    decorators(def) {
        if (def.parent?.name !== "DecoratedStatement")
            return [];
        const out = [];
        for (const d of children(def.parent)) {
            if (d.name !== "Decorator")
                continue;
            let expr;
            for (const c of children(d)) {
                if (c.name !== "VariableName")
                    continue;
                expr = expr ? { kind: "attr", object: expr, attr: this.src(c), span: this.span(c) } : { kind: "name", name: this.src(c), scope: this.scope, span: this.span(c) };
            }
            out.push(expr ?? { kind: "unknown", span: this.span(d) });
        }
        return out;
    }
    /** `a[lower:upper:step]` with each bound absent or one expression; a tuple of slices is not one. */
    slice(node, parts) {
        if (parts.length < 4 || parts[1].name !== "[" || parts[parts.length - 1].name !== "]")
            return undefined;
        const bounds = [undefined];
        for (const c of parts.slice(2, -1)) {
            if (c.name === ":")
                bounds.push(undefined);
            else if (EXPRESSIONS.has(c.name) && bounds[bounds.length - 1] === undefined)
                bounds[bounds.length - 1] = c;
            else
                return undefined;
        }
        if (bounds.length < 2 || bounds.length > 3)
            return undefined;
        const [lower, upper, step] = bounds.map((b) => (b ? this.expr(b) : undefined));
        return { kind: "slice", object: this.expr(parts[0]), lower, upper, step, span: this.span(node) };
    }
    dict(node) {
        const entries = [];
        let spread = false;
        let key;
        let spreadNext = false;
        for (const c of children(node)) {
            if (c.name === "**")
                spreadNext = true;
            else if (isPunct(c))
                continue;
            else if (spreadNext) {
                this.expr(c);
                spread = true;
                spreadNext = false;
            }
            else if (!key)
                key = this.expr(c);
            else {
                entries.push({ key, value: this.expr(c) });
                key = undefined;
            }
        }
        return { kind: "dict", entries, spread, span: this.span(node) };
    }
    call(node) {
        const parts = children(node);
        const calleeNode = parts[0];
        const argList = parts.find((c) => c.name === "ArgList");
        if (!calleeNode || !argList)
            return this.unknown(node);
        const callee = this.expr(calleeNode);
        const call = this.argList(argList, callee, node);
        this.module.calls.push(call);
        if (callee.kind === "name" && callee.name === "setattr") {
            const attr = call.args[1];
            this.module.attrStores.add(attr?.kind === "str" ? attr.value : "*");
        }
        if (callee.kind === "attr") {
            this.noteMethodCall(callee.object, callee.attr, call);
            if (callee.attr === "format" && callee.object.kind === "str")
                return formatTemplate(callee.object.value, call.span);
        }
        return call;
    }
    /** `x.append(item)` is recorded (a local list built up in place); other mutators make `x` unknown. */
    noteMethodCall(object, method, call) {
        if (!MUTATORS.has(method))
            return;
        const key = object.kind === "name" ? object.name : object.kind === "attr" && object.object.kind === "name" ? `${object.object.name}.${object.attr}` : undefined;
        if (key === undefined)
            return;
        this.module.mutated.add(key);
        if (method === "append" && object.kind === "name" && call.args.length === 1) {
            const list = this.scope.appends.get(key) ?? [];
            list.push(call.args[0]);
            this.scope.appends.set(key, list);
        }
    }
    argList(node, callee, callNode) {
        const call = {
            kind: "call", callee: callee ?? { kind: "unknown", span: this.span(node) }, args: [], keywords: [], starArgs: false, starKwargs: [],
            span: this.span(callNode ?? node), scope: this.scope,
        };
        let group = [];
        const flush = () => {
            const g = group;
            group = [];
            if (g.length === 0)
                return;
            const [a, b, c] = g;
            if (g.length === 3 && a.name === "VariableName" && b.name === "AssignOp") {
                const kw = { name: this.src(a), nameSpan: this.span(a), value: this.expr(c) };
                call.keywords.push(kw);
            }
            else if (g.length === 2 && a.name === "*") {
                call.starArgs = true;
                this.expr(b);
            }
            else if (g.length === 2 && a.name === "**") {
                call.starKwargs.push(this.expr(b));
            }
            else if (g.length === 1 && EXPRESSIONS.has(a.name)) {
                call.args.push(this.expr(a));
            }
            else {
                // A generator argument or a recovered fragment: its calls still count, its value does not.
                for (const n of g)
                    this.visit(n);
                call.args.push({ kind: "unknown", span: this.mk(a.from, g[g.length - 1].to) });
            }
        };
        for (const c of children(node)) {
            if (c.name === ",")
                flush();
            else if (c.name !== "(" && c.name !== ")" && c.name !== "Comment")
                group.push(c);
        }
        flush();
        return call;
    }
}

;// CONCATENATED MODULE: ./src/python/bind/control-flow.ts

function forStatement(node, site) {
    let inTargets = true;
    for (const c of children(node)) {
        if (c.name === "for")
            inTargets = true;
        else if (c.name === "in")
            inTargets = false;
        else if (inTargets && !isPunct(c) && c.name !== "async" && c.name !== "*")
            site.unknownTarget(c);
        else
            site.visit(c);
    }
}
function withStatement(node, site) {
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
        const c = parts[i];
        if (c.name === "as" && parts[i + 1]?.name === "VariableName") {
            site.unknownTarget(parts[i + 1]);
            i++;
        }
        else
            site.visit(c);
    }
}
function tryStatement(node, site) {
    const parts = children(node);
    let inTry = false;
    for (let i = 0; i < parts.length; i++) {
        const c = parts[i];
        if (c.name === "try")
            inTry = true;
        else if (c.name === "except" || c.name === "else" || c.name === "finally")
            inTry = false;
        else if ((c.name === "as" || c.name === ",") && parts[i + 1]?.name === "VariableName") {
            site.unknownTarget(parts[i + 1]);
            i++;
        }
        else if (c.name === "Body" && inTry)
            site.guarded(() => site.visit(c));
        else
            site.visit(c);
    }
}
function ifStatement(node, site) {
    const parts = children(node);
    const test = parts[1];
    const typeChecking = test !== undefined && /(^|\.)TYPE_CHECKING$/.test(site.src(test));
    const span = site.span(node);
    const branch = { start: span.start, end: span.end };
    let index = 0;
    for (const c of parts) {
        if (c.name !== "Body") {
            site.visit(c);
            continue;
        }
        const arm = { branch, index };
        const visit = () => site.inArm(arm, () => site.visit(c));
        if (index === 0 && typeChecking)
            site.guarded(visit);
        else
            visit();
        index++;
    }
}

;// CONCATENATED MODULE: ./src/python/bind/dict-stores.ts

class DictStores {
    src;
    current;
    constructor(src) {
        this.src = src;
    }
    /** A dict literal just bound to a name. */
    open(name, dict, scope) {
        this.current = { name, dict, scope };
    }
    /** Before each statement of a block: anything but a store into the open dict (or a comment) closes it. */
    before(stmt) {
        if (stmt.name !== "Comment" && !(this.current && this.storeInto(stmt, this.current.name)))
            this.current = undefined;
    }
    /** The open dict and the key node when `target = value` stores into it. */
    take(target, value, scope) {
        const open = this.current;
        if (!open || open.scope !== scope || !target.parent || !this.storeInto(target.parent, open.name))
            return undefined;
        if (new RegExp(`\\b${open.name}\\b`).test(this.src(value)))
            return undefined;
        return { dict: open.dict, key: children(target)[2] };
    }
    /** `name["key"] = …` */
    storeInto(stmt, name) {
        if (stmt.name !== "AssignStatement")
            return false;
        const target = stmt.firstChild;
        const parts = target?.name === "MemberExpression" ? children(target) : [];
        return parts.length === 4 && parts[0].name === "VariableName" && this.src(parts[0]) === name && parts[1].name === "[" && parts[2].name === "String";
    }
}

;// CONCATENATED MODULE: ./src/python/bind/imports.ts

function bindImports(node, site) {
    const parts = children(node);
    const guarded = site.guarded;
    if (parts[0]?.name === "from") {
        let i = 1;
        let level = 0;
        for (; i < parts.length && (parts[i].name === "." || parts[i].name === "Ellipsis"); i++)
            level += parts[i].name === "." ? 1 : 3;
        const dotted = [];
        for (; i < parts.length && parts[i].name !== "import"; i++)
            if (parts[i].name === "VariableName")
                dotted.push(site.src(parts[i]));
        const module = dotted.join(".");
        site.module.imports.push({ module, level, span: site.span(node), guarded });
        for (i++; i < parts.length; i++) {
            const p = parts[i];
            if (p.name !== "VariableName")
                continue;
            const name = site.src(p);
            let local = name;
            let at = p;
            if (parts[i + 1]?.name === "as" && parts[i + 2]?.name === "VariableName") {
                at = parts[i + 2];
                local = site.src(at);
                i += 2;
            }
            site.bind(local, { kind: "import", module, name, level, span: site.span(at) });
        }
        return;
    }
    // import a.b, c.d as e
    let dotted = [];
    const flush = (alias) => {
        if (dotted.length === 0)
            return;
        const module = dotted.map((d) => site.src(d)).join(".");
        site.module.imports.push({ module, level: 0, span: site.span(node), guarded });
        if (alias)
            site.bind(site.src(alias), { kind: "import", module, level: 0, span: site.span(alias) });
        else
            site.bind(site.src(dotted[0]), { kind: "import", module: site.src(dotted[0]), level: 0, span: site.span(dotted[0]) });
        dotted = [];
    };
    for (let i = 1; i < parts.length; i++) {
        const p = parts[i];
        if (p.name === "VariableName")
            dotted.push(p);
        else if (p.name === "as" && parts[i + 1]?.name === "VariableName") {
            flush(parts[i + 1]);
            i++;
        }
        else if (p.name === ",")
            flush();
    }
    flush();
}

;// CONCATENATED MODULE: ./src/python/bind/walk.ts





function newScope(kind, module, parent) {
    const scope = { kind, bindings: new Map(), appends: new Map(), module };
    if (parent)
        scope.parent = parent;
    return scope;
}
function walkModule(module, text, tree, mk) {
    new Walker(module, text, mk, module.source.text).statements(tree.topNode);
}
class Walker extends ExpressionBuilder {
    /** Inside `try:` or `if TYPE_CHECKING:`: imports there may be optional. */
    guarded = 0;
    /** The arm of the innermost `if` of this scope being walked. */
    arm;
    dictStores = new DictStores((n) => this.src(n));
    flow = {
        visit: (n) => this.visit(n),
        unknownTarget: (n) => this.target(n, undefined),
        guarded: (f) => {
            this.guarded++;
            try {
                f();
            }
            finally {
                this.guarded--;
            }
        },
        inArm: (arm, f) => {
            const saved = this.arm;
            this.arm = arm;
            try {
                f();
            }
            finally {
                this.arm = saved;
            }
        },
        src: (n) => this.src(n),
        span: (n) => this.span(n),
    };
    bind(name, binding, scope = this.scope) {
        const list = scope.bindings.get(name);
        if (list)
            list.push(binding);
        else
            scope.bindings.set(name, [binding]);
    }
    // ---- statements -------------------------------------------------------
    /** Visits every child of a container node (Script, Body, a recovered error node). */
    statements(node) {
        const block = node.name === "Script" || node.name === "Body";
        for (let c = node.firstChild; c; c = c.nextSibling) {
            // A dict literal takes key stores only from the statements straight after it.
            if (block)
                this.dictStores.before(c);
            this.visit(c);
        }
    }
    visit(node) {
        if (this.depth > expressions_MAX_DEPTH)
            return;
        this.depth++;
        try {
            this.dispatch(node);
        }
        finally {
            this.depth--;
        }
    }
    dispatch(node) {
        if (node.type.isError)
            this.module.syntaxErrors++;
        switch (node.name) {
            case "ImportStatement":
                return bindImports(node, { module: this.module, guarded: this.guarded > 0, src: (n) => this.src(n), span: (n) => this.span(n), bind: (name, b) => this.bind(name, b) });
            case "AssignStatement":
                return this.assign(node);
            case "UpdateStatement":
                return this.update(node);
            case "ReturnStatement":
                return this.returnStatement(node);
            case "FunctionDefinition":
                return void this.functionDef(node);
            case "ClassDefinition":
                return this.classDef(node);
            case "ForStatement":
                return forStatement(node, this.flow);
            case "WithStatement":
                return withStatement(node, this.flow);
            case "TryStatement":
                return tryStatement(node, this.flow);
            case "IfStatement":
                return ifStatement(node, this.flow);
            case "ScopeStatement":
            case "DeleteStatement":
                for (const c of children(node)) {
                    if (c.name === "VariableName") {
                        this.module.mutated.add(this.src(c));
                        this.bind(this.src(c), { kind: "other", span: this.span(c) });
                    }
                    else if (EXPRESSIONS.has(c.name))
                        this.expr(c);
                }
                return;
            case "Comment":
                return;
            default:
                if (EXPRESSIONS.has(node.name))
                    this.expr(node);
                else
                    this.statements(node);
        }
    }
    assign(node) {
        const groups = [[]];
        for (const c of children(node)) {
            if (c.name === "AssignOp")
                groups.push([]);
            else if (c.name === "TypeDef")
                this.visit(c);
            else if (c.name !== "," && c.name !== "*" && c.name !== "Comment")
                groups[groups.length - 1].push(c);
        }
        if (groups.length === 1)
            return; // `x: int` annotates, binds nothing
        const valueNodes = groups.pop();
        if (groups.length === 1 && groups[0].length === 1 && valueNodes.length === 1) {
            const store = this.dictStores.take(groups[0][0], valueNodes[0], this.scope);
            const key = store && this.expr(store.key);
            if (store && key?.kind === "str")
                return void store.dict.entries.push({ key, value: this.expr(valueNodes[0]) });
        }
        const value = valueNodes.length === 1
            ? this.expr(valueNodes[0])
            : { kind: "list", items: valueNodes.map((n) => this.expr(n)), starred: false, span: this.mk(node.from, node.to) };
        for (const targets of groups) {
            if (targets.length === 1)
                this.target(targets[0], value);
            else
                for (const t of targets)
                    this.target(t, undefined);
        }
        const only = groups.length === 1 && groups[0].length === 1 ? groups[0][0] : undefined;
        if (only?.name === "VariableName" && value.kind === "dict" && !value.spread)
            this.dictStores.open(this.src(only), value, this.scope);
    }
    /** Binds an assignment target; `value` undefined = not a single known value (unpacking). */
    target(node, value) {
        switch (node.name) {
            case "VariableName": {
                const name = this.src(node);
                if (!value)
                    return this.bind(name, { kind: "other", span: this.span(node) });
                this.bind(name, this.arm ? { kind: "value", value, span: this.span(node), arm: this.arm } : { kind: "value", value, span: this.span(node) });
                return;
            }
            case "TupleExpression":
            case "ArrayExpression":
            case "ParenthesizedExpression":
                for (const c of children(node))
                    if (!isPunct(c) && c.name !== "*")
                        this.target(c, undefined);
                return;
            case "MemberExpression": {
                const parts = children(node);
                const object = parts[0];
                const dot = parts[1]?.name === ".";
                const fn = this.scope.fn;
                if (dot && object?.name === "VariableName" && fn?.cls && this.src(object) === fn.params[0] && parts[2]) {
                    const attr = this.src(parts[2]);
                    const list = fn.cls.instanceAttrs.get(attr) ?? [];
                    list.push(value ?? { kind: "unknown", span: this.span(node) });
                    fn.cls.instanceAttrs.set(attr, list);
                    return;
                }
                if (!dot)
                    this.markMutated(object);
                else if (parts[2])
                    this.module.attrStores.add(this.src(parts[2]));
                this.expr(node);
                return;
            }
            default:
                this.expr(node);
        }
    }
    /** `x[k] = v`, `x += v`, `x.extend(v)`: x's literal value no longer says what it holds. */
    markMutated(node) {
        if (!node)
            return;
        if (node.name === "VariableName")
            this.module.mutated.add(this.src(node));
        else if (node.name === "MemberExpression") {
            const parts = children(node);
            if (parts[0]?.name === "VariableName" && parts[1]?.name === "." && parts[2]) {
                this.module.mutated.add(`${this.src(parts[0])}.${this.src(parts[2])}`);
            }
            this.markMutated(parts[0]);
        }
    }
    update(node) {
        const parts = children(node);
        const target = parts[0];
        if (target?.name === "VariableName")
            this.bind(this.src(target), { kind: "other", span: this.span(target) });
        this.markMutated(target);
        for (const c of parts.slice(1))
            if (EXPRESSIONS.has(c.name))
                this.expr(c);
    }
    returnStatement(node) {
        const values = children(node).filter((c) => EXPRESSIONS.has(c.name)).map((c) => this.expr(c));
        const fn = this.scope.fn;
        if (!fn)
            return;
        if (node.parent?.parent?.name === "FunctionDefinition")
            fn.returnsAtTop = true;
        if (values.length === 1)
            fn.returns.push(values[0]);
        else if (values.length > 1)
            fn.returns.push({ kind: "list", items: values, starred: false, span: this.span(node) });
    }
    functionDef(node) {
        const parts = children(node);
        const nameNode = parts.find((c) => c.name === "VariableName");
        if (!nameNode)
            return void this.statements(node);
        const outer = this.scope;
        const fnScope = newScope("function", this.module, outer);
        const fn = {
            name: this.src(nameNode), nameSpan: this.span(nameNode), params: [], positional: [], defaults: new Map(), variadic: false,
            opaque: node.parent?.name === "DecoratedStatement", returns: [], returnsAtTop: false, scope: fnScope,
        };
        fnScope.fn = fn;
        if (outer.kind === "class" && outer.cls) {
            fn.cls = outer.cls;
            outer.cls.methods.set(fn.name, fn);
        }
        this.bind(fn.name, { kind: "def", fn });
        this.module.functions.push(fn);
        const paramList = parts.find((c) => c.name === "ParamList");
        let isDefault = false;
        let keywordOnly = false;
        let star;
        for (const p of paramList ? children(paramList) : []) {
            if (p.name === "AssignOp")
                isDefault = true;
            else if (p.name === "*" || p.name === "**") {
                keywordOnly = true;
                star = p.name;
            }
            else if (p.name === "VariableName" && !isDefault) {
                const name = this.src(p);
                fn.params.push(name);
                if (star)
                    fn.variadic = true;
                else if (!keywordOnly)
                    fn.positional.push(name);
                this.bind(name, { kind: "other", span: this.span(p) }, fnScope);
            }
            else if (p.name === ",") {
                isDefault = false;
                star = undefined;
            }
            else if (isDefault && EXPRESSIONS.has(p.name)) {
                const name = fn.params[fn.params.length - 1];
                const value = this.expr(p);
                if (name !== undefined)
                    fn.defaults.set(name, value);
            }
            else if (p.name === "TypeDef")
                this.visit(p);
        }
        for (const p of parts)
            if (p.name === "TypeDef")
                this.visit(p);
        const body = parts.find((c) => c.name === "Body");
        if (body)
            this.inScope(fnScope, () => this.statements(body));
        return fn;
    }
    classDef(node) {
        const parts = children(node);
        const nameNode = parts.find((c) => c.name === "VariableName");
        if (!nameNode)
            return this.statements(node);
        const classScope = newScope("class", this.module, this.scope);
        const cls = {
            name: this.src(nameNode), nameSpan: this.span(nameNode), bases: [], decorators: this.decorators(node), methods: new Map(), instanceAttrs: new Map(),
            scope: classScope,
        };
        classScope.cls = cls;
        this.bind(cls.name, { kind: "class", cls });
        this.module.classes.push(cls);
        const argList = parts.find((c) => c.name === "ArgList");
        if (argList) {
            const call = this.argList(argList);
            cls.bases = call.args;
        }
        const body = parts.find((c) => c.name === "Body");
        if (body)
            this.inScope(classScope, () => this.statements(body));
    }
    inScope(scope, f) {
        const saved = this.scope;
        const savedArm = this.arm;
        this.scope = scope;
        this.arm = undefined; // a body's bindings happen when it runs, not in the arm that defines it
        try {
            f();
        }
        finally {
            this.scope = saved;
            this.arm = savedArm;
        }
    }
}

;// CONCATENATED MODULE: ./src/python/parse.ts


function parseUnit(unit, problems, { tree, problem }) {
    const module = emptyModule(unit.source, unit.absPath, unit.origin);
    const mk = spanMaker(unit.source.path, unit.source.lines, unit.map);
    walkModule(module, unit.text, tree, mk);
    if (problem) {
        problems.push({ messageId: "syntax", message: problem.message, span: mk(problem.from, problem.to) });
        // Rules that need the whole module (an interface check, a complete resource list) hold back.
        module.syntaxErrors = Math.max(1, module.syntaxErrors);
    }
    return module;
}
function emptyModule(source, absPath, origin) {
    const module = {
        source, absPath, origin, imports: [], calls: [], classes: [], functions: [], mutated: new Set(), attrStores: new Set(), endpointUrls: [], endpointUrlHoles: [], syntaxErrors: 0,
    };
    module.scope = newScope("module", module);
    return module;
}

;// CONCATENATED MODULE: ./src/python/parse/fast/node-types.ts
// The node types of @lezer/python 1.1 (its `nodeNames`, in id order, and the
// props its nodes carry), rebuilt without loading its parse tables, so a tree the
// fast parser builds is one lezer could have built. A test proves every id, name
// and prop equal to `parser.nodeSet` of the installed @lezer/python; highlighting
// tags are left out (nothing here highlights).

const NAMES = ("⚠ print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ " +
    "ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and " +
    "CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName " +
    "AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for " +
    "LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression " +
    "DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp " +
    "MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion " +
    "FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement " +
    "UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue " +
    "ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement " +
    "global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body " +
    "elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def " +
    "ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody " +
    "MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern " +
    "SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard").split(" ");
/** Ids past the named ones: lezer's anonymous terms (none of them is ever in a tree). */
const TYPE_COUNT = 193;
/** The first of a statement's two group names is its own rule's, the second `statement`'s (lezer repeats it). */
const SMALL_STATEMENTS = new Set(["AssignStatement", "UpdateStatement", "ExpressionStatement", "DeleteStatement", "PassStatement",
    "BreakStatement", "ContinueStatement", "ReturnStatement", "YieldStatement", "PrintStatement", "RaiseStatement",
    "ImportStatement", "ScopeStatement", "AssertStatement", "TypeDefinition"]);
const COMPOUND_STATEMENTS = new Set(["StatementGroup", "IfStatement", "WhileStatement", "ForStatement", "TryStatement",
    "WithStatement", "FunctionDefinition", "ClassDefinition", "DecoratedStatement", "MatchStatement"]);
const node_types_EXPRESSIONS = new Set(["BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "VariableName",
    "TupleExpression", "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
    "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression", "MemberExpression",
    "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None", "Boolean"]);
/** Only the first of two same-named types is an expression (the other is a binary or `not` test). */
const EXPRESSION_IDS_ONLY = new Map([["BinaryExpression", 8], ["UnaryExpression", 18]]);
const PATTERNS = new Set(["CapturePattern", "LiteralPattern", "AsPattern", "OrPattern", "AttributePattern", "SequencePattern",
    "MappingPattern", "StarPattern", "ClassPattern"]);
const ISOLATED = new Set(["Comment", "String", "FormatString", "FormatReplacement"]);
const CLOSERS = { "(": ")", "[": "]", "{": "}" };
function groupOf(name, id) {
    if (SMALL_STATEMENTS.has(name))
        return ["Statement", "Statement"];
    if (COMPOUND_STATEMENTS.has(name))
        return ["Statement"];
    if (PATTERNS.has(name))
        return ["Pattern"];
    const only = EXPRESSION_IDS_ONLY.get(name);
    if (node_types_EXPRESSIONS.has(name) && (only === undefined || only === id))
        return ["Expression"];
    return undefined;
}
function node_types_define(id) {
    const name = NAMES[id] ?? "";
    const props = [];
    const group = groupOf(name, id);
    if (group)
        props.push([dist/* NodeProp */.uY.group, group]);
    if (ISOLATED.has(name))
        props.push([dist/* NodeProp */.uY.isolate, "auto"]);
    // The replacement field's "{" (id 3) opens nothing in lezer's table; the brace token (59) does.
    if (CLOSERS[name] && id !== 3)
        props.push([dist/* NodeProp */.uY.closedBy, [CLOSERS[name]]]);
    const opener = Object.keys(CLOSERS).find((k) => CLOSERS[k] === name);
    if (opener)
        props.push([dist/* NodeProp */.uY.openedBy, [opener]]);
    return dist/* NodeType */.Z6.define({ id, name, props, top: name === "Script", error: id === 0, skipped: id === 0 || name === "Comment" });
}
const node_types_pythonNodeSet = new dist/* NodeSet */.fI(Array.from({ length: TYPE_COUNT }, (_, id) => node_types_define(id)));
/** The id of the one type of that name; throws for the names lezer uses twice (those ids are in `Id`). */
function idOf(name) {
    const first = NAMES.indexOf(name);
    if (first < 0 || NAMES.indexOf(name, first + 1) >= 0)
        throw new Error(`no single node type named ${name}`);
    return first;
}
/** Node type ids the parser emits. Where lezer has two types of one name, the rule that makes each is named. */
const node_types_Id = {
    Comment: idOf("Comment"), Script: idOf("Script"), Escape: idOf("Escape"), ReplacementStart: 3,
    Star: idOf("*"), DoubleStar: idOf("**"), At: idOf("@"), AtDecorator: idOf("At"),
    BinaryExpression: 8, BinaryTest: 26, UnaryExpression: 18, UnaryNot: 33,
    BitOr: 9, BitXor: 10, BitAnd: 11, BitShift: 12, ArithPlus: 13, ArithTimes: 14, ArithPower: 16, ArithSign: 19, BitNot: 20,
    AwaitExpression: idOf("AwaitExpression"), CloseParen: idOf(")"), OpenParen: idOf("("),
    ParenthesizedExpression: idOf("ParenthesizedExpression"), CompareOp: idOf("CompareOp"),
    ConditionalExpression: idOf("ConditionalExpression"), LambdaExpression: 37, LambdaParamList: 39,
    VariableName: idOf("VariableName"), LambdaAssignOp: 41, NamedExpression: idOf("NamedExpression"), WalrusOp: 45, Comma: idOf(","), Colon: idOf(":"),
    YieldExpression: idOf("YieldExpression"), TupleExpression: idOf("TupleExpression"),
    ComprehensionExpression: idOf("ComprehensionExpression"), CloseBracket: idOf("]"), OpenBracket: idOf("["),
    ArrayExpression: idOf("ArrayExpression"), ArrayComprehensionExpression: idOf("ArrayComprehensionExpression"),
    CloseBrace: idOf("}"), OpenBrace: 59, DictionaryExpression: idOf("DictionaryExpression"),
    DictionaryComprehensionExpression: idOf("DictionaryComprehensionExpression"), SetExpression: idOf("SetExpression"),
    SetComprehensionExpression: idOf("SetComprehensionExpression"), CallExpression: idOf("CallExpression"),
    ArgList: idOf("ArgList"), ArgAssignOp: 66, MemberExpression: idOf("MemberExpression"), Dot: idOf("."),
    PropertyName: idOf("PropertyName"), Number: idOf("Number"), String: idOf("String"), FormatString: idOf("FormatString"),
    FormatReplacement: 73, FormatSelfDoc: 74, FormatConversion: idOf("FormatConversion"), FormatSpec: idOf("FormatSpec"),
    NestedFormatReplacement: 77, NestedFormatSelfDoc: 78, ContinuedString: idOf("ContinuedString"),
    Ellipsis: idOf("Ellipsis"), None: idOf("None"), Boolean: idOf("Boolean"), TypeDef: 83, AssignOp: 84,
    UpdateStatement: idOf("UpdateStatement"), UpdateOp: idOf("UpdateOp"), AssignStatement: idOf("AssignStatement"),
    ExpressionStatement: idOf("ExpressionStatement"), DeleteStatement: idOf("DeleteStatement"),
    PassStatement: idOf("PassStatement"), BreakStatement: idOf("BreakStatement"), ContinueStatement: idOf("ContinueStatement"),
    ReturnStatement: idOf("ReturnStatement"), YieldStatement: idOf("YieldStatement"), RaiseStatement: idOf("RaiseStatement"),
    ImportStatement: idOf("ImportStatement"), ScopeStatement: idOf("ScopeStatement"), AssertStatement: idOf("AssertStatement"),
    StatementGroup: idOf("StatementGroup"), Semicolon: idOf(";"), IfStatement: idOf("IfStatement"), Body: idOf("Body"),
    WhileStatement: idOf("WhileStatement"), ForStatement: idOf("ForStatement"), TryStatement: idOf("TryStatement"),
    WithStatement: idOf("WithStatement"), FunctionDefinition: idOf("FunctionDefinition"), ParamList: 130, ParamAssignOp: 131,
    ReturnTypeDef: 132, ClassDefinition: idOf("ClassDefinition"), DecoratedStatement: idOf("DecoratedStatement"),
    Decorator: idOf("Decorator"),
};
/** Keywords lezer always reads as keywords (its `kw<>`), each a node type of its own name. */
const KEYWORD_IDS = new Map(["await", "or", "and", "in", "not", "is", "if", "else", "lambda", "yield", "from", "async", "for", "del", "pass", "break",
    "continue", "return", "raise", "import", "as", "global", "nonlocal", "assert", "elif", "while", "try", "except",
    "finally", "with", "def", "class"].map((k) => [k, idOf(k)]).concat([["None", idOf("None")], ["True", idOf("Boolean")], ["False", idOf("Boolean")]]));

;// CONCATENATED MODULE: ./src/python/parse/lezer-load.ts
let loaded;
async function loadLezer() {
    loaded ??= await Promise.all(/* import() */[__webpack_require__.e(2), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 9160));
}
/** The loaded module; using it before loadLezer() is a bug in the caller, not the user's input. */
function lezer() {
    if (!loaded)
        throw new Error("internal error: @lezer/python used before loadLezer()");
    return loaded;
}

;// CONCATENATED MODULE: ./src/python/parse/fast/bail.ts
// How the fast parser gives up: one exception type, thrown wherever the text
// leaves what it reproduces exactly, and caught only by fast-parse.ts.
class Bail extends Error {
}
const BAIL = new Bail("not for the fast parser");
/** For bench/parser-diff.ts: a fresh Bail per call, whose stack says where the parser gave up. */
const bailTrace = { on: false };
/** Gives up on this text (it goes to lezer). Typed `never` so a caller can write `x ?? bail()`. */
function bail() {
    throw bailTrace.on ? new Bail("bail") : BAIL;
}

;// CONCATENATED MODULE: ./src/python/parse/fast/token-ends.ts
// Where lezer's fixed-shape tokens end: operators, numbers and names, and how a
// string prefix is read. Pure functions of the text, for the lexer.

/** String prefixes lezer's grammar takes (stringPrefix, stringPrefixR, stringPrefixF, stringPrefixFR), lower-cased. */
const PREFIXES = new Map([
    ["", { raw: false, format: false }], ["u", { raw: false, format: false }], ["b", { raw: false, format: false }],
    ["r", { raw: true, format: false }], ["rb", { raw: true, format: false }], ["br", { raw: true, format: false }],
    ["f", { raw: false, format: true }], ["rf", { raw: true, format: true }], ["fr", { raw: true, format: true }],
]);
function isNameStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c) {
    return isNameStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** The end of lezer's Number token at `p`: the longest of its alternatives. */
function numberEnd(text, p) {
    let e = p;
    const digits = () => {
        while (isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === 95)
            e++;
    };
    if (text.charCodeAt(p) === 46) {
        e = p + 1;
        digits();
    }
    else {
        digits();
        if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) {
            e++;
            digits();
        }
    }
    const x = text.charCodeAt(e);
    if (x === 101 || x === 69) {
        let k = e + 1;
        if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45)
            k++;
        if (isDigit(text.charCodeAt(k))) {
            e = k;
            digits();
        }
    }
    if (text.charCodeAt(e) === 106 || text.charCodeAt(e) === 74)
        e++;
    if (text.charCodeAt(p) === 48) {
        const base = text.charCodeAt(p + 1) | 32;
        const re = base === 98 ? /[_01]/ : base === 111 ? /[_0-7]/ : base === 120 ? /[_0-9a-fA-F]/ : undefined;
        if (re) {
            let k = p + 2;
            while (k < text.length && re.test(text[k]))
                k++;
            if (k > p + 2 && k > e)
                e = k;
        }
    }
    // A number glued to a name or another number (`1if`, `0b12`): lezer splits it, CPython may not. Bail.
    const after = text.charCodeAt(e);
    if (isNameChar(after) || after === 46 || after >= 128)
        bail();
    return e;
}
/** How the string a start token (its prefix and quotes, `s`) opens is read. */
function stringStartOf(s) {
    const quote = s.charCodeAt(s.length - 1);
    const long = s.length >= 3 && s.charCodeAt(s.length - 2) === quote && s.charCodeAt(s.length - 3) === quote &&
        PREFIXES.has(s.slice(0, s.length - 3).toLowerCase());
    const prefix = s.slice(0, s.length - (long ? 3 : 1)).toLowerCase();
    const kind = PREFIXES.get(prefix) ?? bail();
    return { format: kind.format, raw: kind.raw, long, quote };
}
const EQ = 61;
/**
 * The length of lezer's longest operator token at a character: `**=` `//=` `>>=`
 * `<<=` `...`, the two-character operators, comparisons and augmented
 * assignments, `->` and `:=`, or one character. Written as a switch: this runs
 * once per token, interpreted, in a short run. A character no token starts with is a bail.
 */
function operatorLength(c, c1, c2) {
    switch (c) {
        case 42: // *
        case 47: // /
        case 60: // <
        case 62: // >
            if (c1 === c)
                return c2 === EQ ? 3 : 2;
            return c1 === EQ || (c === 60 && c1 === 62) ? 2 : 1;
        case 46: // .
            return c1 === 46 && c2 === 46 ? 3 : 1;
        case 45: // -
            return c1 === EQ || c1 === 62 ? 2 : 1;
        case 33: // ! (alone it is no token)
            return c1 === EQ ? 2 : bail();
        case 58: // :
        case EQ:
        case 43: // +
        case 37: // %
        case 38: // &
        case 124: // |
        case 94: // ^
        case 64: // @
            return c1 === EQ ? 2 : 1;
        case 126: // ~
        case 40:
        case 41:
        case 91:
        case 93:
        case 123:
        case 125:
        case 44:
        case 59: // ( ) [ ] { } , ;
            return 1;
        default:
            return bail();
    }
}

;// CONCATENATED MODULE: ./src/python/parse/fast/lexer.ts
// The fast parser's tokens, read the way @lezer/python's tokenizers read them
// (src/python.grammar and tokens.js of @lezer/python 1.1): newlines outside
// brackets, indentation compared with the enclosing block, blank and
// comment-only lines skipped at any indentation, backslash continuations as
// space. Comments go straight to the tree builder, where lezer would put them.
// Whatever lezer would read differently, or only with an error, is a bail.


var Tok;
(function (Tok) {
    Tok[Tok["Name"] = 0] = "Name";
    Tok[Tok["Number"] = 1] = "Number";
    Tok[Tok["Str"] = 2] = "Str";
    Tok[Tok["Op"] = 3] = "Op";
    Tok[Tok["Newline"] = 4] = "Newline";
    Tok[Tok["Indent"] = 5] = "Indent";
    Tok[Tok["Dedent"] = 6] = "Dedent";
    Tok[Tok["Eof"] = 7] = "Eof";
})(Tok || (Tok = {}));
const NAME_REST = /[A-Za-z0-9_]*/y;
const NL = 10, SPACE = 32, TAB = 9, HASH = 35, BACKSLASH = 92, QUOTE = 39, DQUOTE = 34;
class Lexer {
    text;
    tree;
    pos = 0;
    /** The end of the last token taken that is not zero-length: where lezer ends a node closed now. */
    lastEnd = 0;
    /** Open brackets (and f-string replacement fields): newlines inside them are space. */
    depth = 0;
    ahead;
    /** At the start of a logical line: blank lines and indentation come first. */
    lineStart = true;
    indents = [0];
    /** The indentation of the current line, once measured. */
    lineIndent = -1;
    /** The bracket depth of each open replacement field. */
    fields = [];
    constructor(text, tree) {
        this.text = text;
        this.tree = tree;
        // lezer reads no indentation on the first line (nothing before it); an indented first line is rare: bail.
        const c = text.charCodeAt(0);
        if (c === SPACE || c === TAB)
            bail();
    }
    peek() {
        return (this.ahead ??= this.read());
    }
    next() {
        const t = this.peek();
        this.ahead = undefined;
        if (t.to > t.from)
            this.lastEnd = t.to;
        if (t.kind === Tok.Op) {
            const c = t.text.charCodeAt(0);
            if (t.text.length === 1 && (c === 40 || c === 91 || c === 123))
                this.depth++;
            else if (t.text.length === 1 && (c === 41 || c === 93 || c === 125))
                this.depth--;
        }
        else if (t.kind === Tok.Newline) {
            this.lineStart = true;
            this.lineIndent = -1;
        }
        return t;
    }
    /** Continues after text the caller read itself (a string body, up to `pos`); nothing may be looked ahead. */
    resume(pos) {
        if (this.ahead)
            bail();
        this.pos = pos;
        this.lastEnd = pos;
    }
    /** Enters an f-string replacement field: bracketed, and `!r` is a conversion there. */
    enterField() {
        this.depth++;
        this.fields.push(this.depth);
    }
    /** Leaves the field whose closing brace was just taken. */
    leaveField() {
        this.fields.pop();
    }
    /** The position after the current token, with nothing looked ahead (before a string body is read). */
    here() {
        if (this.ahead)
            bail();
        return this.pos;
    }
    read() {
        if (this.lineStart && this.depth === 0) {
            const t = this.lineStartToken();
            if (t)
                return t;
        }
        this.skipSpace();
        const { text } = this;
        const p = this.pos;
        if (p >= text.length)
            return { kind: Tok.Eof, from: p, to: p, text: "" };
        const c = text.charCodeAt(p);
        if (c === NL) {
            this.pos = p + 1;
            return { kind: Tok.Newline, from: p, to: p + 1, text: "\n" };
        }
        if (isNameStart(c))
            return this.name(p);
        if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(p + 1))))
            return this.number(p);
        if (c === QUOTE || c === DQUOTE)
            return this.stringStart(p, p);
        // lezer's FormatConversion token; anywhere else a lone `!` is an error.
        if (c === 33 && this.fields[this.fields.length - 1] === this.depth && /[sra]/.test(text[p + 1] ?? "")) {
            this.pos = p + 2;
            return { kind: Tok.Op, from: p, to: p + 2, text: text.slice(p, p + 2) };
        }
        const len = operatorLength(c, text.charCodeAt(p + 1), text.charCodeAt(p + 2));
        this.pos = p + len;
        return { kind: Tok.Op, from: p, to: p + len, text: len === 1 ? String.fromCharCode(c) : text.slice(p, p + len) };
    }
    /** Blank lines, then an indent or dedent token where the line's indentation differs from the block's. */
    lineStartToken() {
        const { text } = this;
        if (this.lineIndent < 0) {
            for (;;) {
                let p = this.pos;
                let col = 0;
                for (;; p++) {
                    const c = text.charCodeAt(p);
                    if (c === SPACE)
                        col++;
                    else if (c === TAB)
                        col += 8 - (col % 8);
                    else
                        break;
                }
                const c = text.charCodeAt(p);
                if (c === NL) {
                    this.tree.blankLine(p);
                    this.pos = p + 1;
                    continue;
                }
                if (c === HASH) {
                    const end = lineEnd(text, p);
                    this.tree.comment(p, end);
                    this.tree.blankLine(p);
                    this.pos = end < text.length ? end + 1 : end;
                    continue;
                }
                // A logical line that starts with a continuation: lezer and CPython may read it apart.
                if (c === BACKSLASH)
                    bail();
                if (p >= text.length) {
                    // A last line of spaces: lezer reads an indentation token there.
                    if (col > 0)
                        bail();
                    this.pos = p;
                    this.lineStart = false;
                    return undefined;
                }
                this.lineIndent = col;
                break;
            }
        }
        const top = this.indents[this.indents.length - 1];
        const line = this.pos;
        if (this.lineIndent > top) {
            this.indents.push(this.lineIndent);
            this.lineStart = false;
            while (text.charCodeAt(this.pos) === SPACE || text.charCodeAt(this.pos) === TAB)
                this.pos++;
            return { kind: Tok.Indent, from: line, to: this.pos, text: "" };
        }
        if (this.lineIndent < top) {
            this.indents.pop();
            // A dedent to no enclosing block's indentation: lezer reads an indent it then ignores.
            if (this.lineIndent > this.indents[this.indents.length - 1])
                bail();
            return { kind: Tok.Dedent, from: line, to: line, text: "" };
        }
        this.lineStart = false;
        return undefined;
    }
    skipSpace() {
        const { text } = this;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === SPACE || c === TAB)
                this.pos++;
            else if (c === BACKSLASH && text.charCodeAt(this.pos + 1) === NL) {
                this.pos += 2;
                // After a continuation lezer takes a blank or comment-only line as a skipped blank line: bail.
                if (this.depth === 0 && blankFrom(text, this.pos))
                    bail();
            }
            else if (c === HASH) {
                const end = lineEnd(text, this.pos);
                this.tree.comment(this.pos, end);
                this.pos = end;
            }
            else if (c === NL && this.depth > 0)
                this.pos++;
            else
                return;
        }
    }
    name(p) {
        const { text } = this;
        // A sticky regex: the scan runs natively, where a per-character loop runs interpreted in a short run.
        NAME_REST.lastIndex = p + 1;
        NAME_REST.test(text);
        const e = NAME_REST.lastIndex;
        const c = text.charCodeAt(e);
        // Names are ASCII here: lezer also takes other letters, which this parser does not read.
        if (c >= 128)
            bail();
        if ((c === QUOTE || c === DQUOTE) && e - p <= 2 && PREFIXES.has(text.slice(p, e).toLowerCase()))
            return this.stringStart(p, e);
        this.pos = e;
        return { kind: Tok.Name, from: p, to: e, text: text.slice(p, e) };
    }
    number(p) {
        const e = numberEnd(this.text, p);
        this.pos = e;
        return { kind: Tok.Number, from: p, to: e, text: "" };
    }
    stringStart(p, quoteAt) {
        const { text } = this;
        const q = text.charCodeAt(quoteAt);
        const long = text.charCodeAt(quoteAt + 1) === q && text.charCodeAt(quoteAt + 2) === q;
        const end = quoteAt + (long ? 3 : 1);
        this.pos = end;
        return { kind: Tok.Str, from: p, to: end, text: text.slice(p, end) };
    }
}
function lineEnd(text, p) {
    const e = text.indexOf("\n", p);
    return e < 0 ? text.length : e;
}
function blankFrom(text, p) {
    for (;; p++) {
        const c = text.charCodeAt(p);
        if (c === SPACE || c === TAB)
            continue;
        return c === NL || c === HASH || p >= text.length;
    }
}

;// CONCATENATED MODULE: ./src/python/parse/fast/tree-builder.ts
// The flat post-order buffer Tree.build takes ([type, from, to, size] per node),
// written as the parser goes. A node spans its first to its last real token;
// comments read ahead of a node's end are moved after it, as lezer's Stack does
// (storeNode's "mustSink"), so each lands in the innermost node around it.


/**
 * lezer counts reductions of 2,000 characters or more with one start and forces
 * one past 300 (valves in lezer-parse.ts). Measured: a long left-associative chain
 * counts once per node, a statement list once per blank or comment-only line in it.
 * Counted here per start, never reset (lezer resets), from 1,500 characters: an
 * overestimate, so the parser bails before lezer's valve can fire.
 */
const BIG_REDUCTION = 1500;
const MAX_BIG_REDUCTIONS = 200;
class TreeBuilder {
    buffer = [];
    bigCounts = new Map();
    /** The first statement of each open statement list (the Script's, each Body's). */
    lists = [];
    /** A node without children. */
    leaf(id, from, to) {
        this.buffer.push(id, from, to, 4);
    }
    comment(from, to) {
        this.buffer.push(node_types_Id.Comment, from, to, 4);
    }
    /** Where the next node's children start. */
    get mark() {
        return this.buffer.length;
    }
    /** Closes the node whose children start at `mark`, spanning from..to. */
    close(id, mark, from, to) {
        const b = this.buffer;
        let end = b.length;
        // Comments past the node's end were read ahead: they belong after it.
        while (end > mark && b[end - 3] >= to && b[end - 4] === node_types_Id.Comment)
            end -= 4;
        // Comments before its first token were read before the node was known to start here.
        while (mark < end && b[mark + 2] <= from && b[mark] === node_types_Id.Comment && b[mark + 3] === 4)
            mark += 4;
        const size = end - mark + 4;
        if (end === b.length)
            b.push(id, from, to, size);
        else
            b.splice(end, 0, id, from, to, size);
        if (to - from >= BIG_REDUCTION)
            this.countBig(from);
    }
    openList(from) {
        this.lists.push(from);
    }
    closeList() {
        this.lists.pop();
    }
    /** A blank or comment-only line skipped at `at`: lezer counts it for the statement list around it. */
    blankLine(at) {
        const list = this.lists[this.lists.length - 1];
        if (list !== undefined && at - list >= BIG_REDUCTION)
            this.countBig(list);
    }
    countBig(from) {
        const n = (this.bigCounts.get(from) ?? 0) + 1;
        if (n > MAX_BIG_REDUCTIONS)
            bail();
        this.bigCounts.set(from, n);
    }
}

;// CONCATENATED MODULE: ./src/python/parse/fast/parser-core.ts
// What every part of the fast parser shares: the lexer, the tree being built,
// and small helpers to look at the next token and take it as a node.




/** Nesting (expressions in brackets, blocks, `not`/sign chains) past which lezer's stack limits may come near: bail. */
const MAX_NESTING = 150;
class parser_core_Parser {
    text;
    tree = new TreeBuilder();
    lex;
    nesting = 0;
    constructor(text) {
        this.text = text;
        this.lex = new Lexer(text, this.tree);
    }
    peek() {
        return this.lex.peek();
    }
    isOp(s) {
        const t = this.lex.peek();
        return t.kind === Tok.Op && t.text === s;
    }
    isKw(s) {
        const t = this.lex.peek();
        return t.kind === Tok.Name && t.text === s;
    }
    /** The next node starts at the next token (comments before it stay outside). */
    start() {
        const from = this.lex.peek().from;
        return { from, mark: this.tree.mark };
    }
    finish(id, s) {
        this.tree.close(id, s.mark, s.from, this.lex.lastEnd);
    }
    /** Takes the next token as a leaf of type `id`. */
    take(id) {
        const t = this.lex.next();
        this.tree.leaf(id, t.from, t.to);
        return t;
    }
    /** Takes the next token, which lezer keeps out of the tree. */
    skip() {
        return this.lex.next();
    }
    takeOp(s, id) {
        if (!this.isOp(s))
            bail();
        this.take(id);
    }
    /** Takes the keyword `s` as its own node. */
    takeKw(s) {
        if (!this.isKw(s))
            bail();
        this.take(KEYWORD_IDS.get(s));
    }
    /** A name that is no keyword, as the node `id` (VariableName, PropertyName). */
    takeName(id) {
        const t = this.lex.peek();
        if (t.kind !== Tok.Name || KEYWORD_IDS.has(t.text))
            bail();
        this.take(id);
    }
    enter() {
        if (++this.nesting > MAX_NESTING)
            bail();
    }
    leave() {
        this.nesting--;
    }
}

;// CONCATENATED MODULE: ./src/python/parse/fast/strings.ts
// String literals, split the way @lezer/python's `strings` tokenizer splits
// them: Escape nodes (with its reading of \o, \x, \u, \U and \N{...}), and in
// f-strings FormatReplacement fields holding expressions, a FormatSelfDoc `=`,
// a FormatConversion and a FormatSpec with nested fields. Adjacent literals
// make a ContinuedString. An unterminated string is a bail.





const strings_NL = 10, strings_BACKSLASH = 92, LBRACE = 123, RBRACE = 125;
function strings(p) {
    const s = p.start();
    let count = 0;
    while (p.peek().kind === Tok.Str) {
        strings_literal(p);
        count++;
    }
    if (count > 1)
        p.finish(node_types_Id.ContinuedString, s);
}
function strings_literal(p) {
    const mark = p.tree.mark;
    const start = p.lex.next();
    const { format, raw, long, quote } = stringStartOf(start.text);
    const { text } = p;
    let i = p.lex.here();
    for (;;) {
        if (i >= text.length)
            bail();
        const c = text.charCodeAt(i);
        if (format && c === LBRACE) {
            if (text.charCodeAt(i + 1) === LBRACE)
                i += 2;
            else
                i = field(p, i, false);
        }
        else if (c === strings_BACKSLASH && !raw) {
            i = strings_escape(p, i);
        }
        else if (c === strings_BACKSLASH && i + 1 < text.length) {
            i += 2; // lezer: a raw string still skips the character after a backslash
        }
        else if (c === quote && (!long || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
            i += long ? 3 : 1;
            break;
        }
        else if (c === strings_NL && !long) {
            return bail();
        }
        else
            i++;
    }
    p.lex.resume(i);
    p.tree.close(format ? node_types_Id.FormatString : node_types_Id.String, mark, start.from, i);
}
/** The Escape at `i` (a backslash); returns the offset after it. */
function strings_escape(p, i) {
    const { text } = p;
    let j = i + 1;
    if (j >= text.length)
        bail();
    const ch = text[j++];
    const run = (n, re) => {
        for (let k = 0; k < n && j < text.length && re.test(text[j]); k++)
            j++;
    };
    if (ch === "o")
        run(2, /[0-7]/);
    else if (ch === "x")
        run(2, /[0-9a-fA-F]/);
    else if (ch === "u")
        run(4, /[0-9a-fA-F]/);
    else if (ch === "U")
        run(8, /[0-9a-fA-F]/);
    else if (ch === "N" && text.charCodeAt(j) === LBRACE) {
        j++;
        while (j < text.length && !"}'\"\n".includes(text[j]))
            j++;
        if (text.charCodeAt(j) === RBRACE)
            j++;
    }
    p.tree.leaf(node_types_Id.Escape, i, j);
    return j;
}
/** The replacement field whose `{` is at `at`; returns the offset after its `}`. */
function field(p, at, nested) {
    const mark = p.tree.mark;
    p.tree.leaf(nested ? node_types_Id.OpenBrace : node_types_Id.ReplacementStart, at, at + 1);
    p.lex.resume(at + 1);
    p.lex.enterField();
    if (p.isKw("yield"))
        yieldExpression(p);
    else {
        for (;;) {
            if (p.isOp("*"))
                p.take(node_types_Id.Star);
            test(p);
            if (!p.isOp(","))
                break;
            p.take(node_types_Id.Comma);
            if (p.isOp("}") || p.isOp("=") || p.isOp(":"))
                break;
        }
    }
    if (p.isOp("="))
        p.take(nested ? node_types_Id.NestedFormatSelfDoc : node_types_Id.FormatSelfDoc);
    if (p.peek().kind === Tok.Op && /^![sra]$/.test(p.peek().text))
        p.take(node_types_Id.FormatConversion);
    if (p.isOp(":"))
        spec(p);
    p.takeOp("}", node_types_Id.CloseBrace);
    p.lex.leaveField();
    p.tree.close(nested ? node_types_Id.NestedFormatReplacement : node_types_Id.FormatReplacement, mark, at, p.lex.lastEnd);
    return p.lex.here();
}
/** `:` and the spec up to the field's `}`: any characters but braces, and nested fields. */
function spec(p) {
    const mark = p.tree.mark;
    const colon = p.take(node_types_Id.Colon);
    const { text } = p;
    let i = p.lex.here();
    for (;;) {
        if (i >= text.length)
            bail();
        const c = text.charCodeAt(i);
        if (c === RBRACE)
            break;
        if (c === LBRACE)
            i = field(p, i, true);
        else
            i++;
    }
    p.lex.resume(i);
    p.tree.close(node_types_Id.FormatSpec, mark, colon.from, i);
}

;// CONCATENATED MODULE: ./src/python/parse/fast/expressions.ts
// Expressions, nested as @lezer/python nests them: its precedences (power right
// of prefix, then times, plus, shift, &, ^, |; then comparisons, `and`, `or`),
// and where its LR table prefers to shift: `not`, `await` and a sign take
// everything after them at their level (`not a or b` is `not (a or b)` there).





const POWER = 7;
/** Binary operators of `expression`, by precedence (lezer's bitor .. power). */
const BINARY = {
    "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "@": 6, "/": 6, "%": 6, "//": 6, "**": POWER,
};
const COMPARE = new Set(["<", ">", "==", ">=", "<=", "!=", "<>"]);
/** Names that start an expression although lezer reads them as keywords. */
const EXPRESSION_KEYWORDS = new Set(["None", "True", "False", "not", "lambda", "await"]);
/** The token can start a `test`. */
function startsTest(t) {
    switch (t.kind) {
        case Tok.Name:
            return !KEYWORD_IDS.has(t.text) || EXPRESSION_KEYWORDS.has(t.text);
        case Tok.Number:
        case Tok.Str:
            return true;
        case Tok.Op:
            return t.text === "(" || t.text === "[" || t.text === "{" || t.text === "-" || t.text === "+" || t.text === "~" || t.text === "...";
        default:
            return false;
    }
}
/** lezer's `test`: a lambda, or a testInner with an optional `if ... else ...`. */
function test(p) {
    p.enter();
    if (p.isKw("lambda"))
        lambda(p);
    else {
        const s = p.start();
        testInner(p, 1);
        if (p.isKw("if")) {
            p.takeKw("if");
            testInner(p, 1);
            p.takeKw("else");
            test(p);
            p.finish(node_types_Id.ConditionalExpression, s);
        }
    }
    p.leave();
}
/** `test`, or `test := test` as a NamedExpression. */
function testNamed(p) {
    const s = p.start();
    test(p);
    if (p.isOp(":=")) {
        p.take(node_types_Id.WalrusOp);
        test(p);
        p.finish(node_types_Id.NamedExpression, s);
    }
}
/** `"*" expression | testNamed`, the items of tuples, lists and sets. */
function starredOrNamed(p) {
    if (p.isOp("*")) {
        p.take(node_types_Id.Star);
        expression(p, 1);
    }
    else
        testNamed(p);
}
/** `or` (1), `and` (2) and comparisons (3) over expressions, left-associative; `not` takes all after it. */
function testInner(p, min) {
    const s = p.start();
    if (p.isKw("not")) {
        p.enter();
        p.takeKw("not");
        testInner(p, 1);
        p.finish(node_types_Id.UnaryNot, s);
        p.leave();
    }
    else
        expression(p, 1);
    for (;;) {
        const prec = testOperator(p.peek());
        if (prec === 0 || prec < min)
            return;
        const t = p.peek();
        if (t.text === "or" || t.text === "and" || t.text === "in")
            p.takeKw(t.text);
        else if (t.text === "not") {
            p.takeKw("not");
            p.takeKw("in");
        }
        else if (t.text === "is") {
            p.takeKw("is");
            if (p.isKw("not"))
                p.takeKw("not");
        }
        else
            p.take(node_types_Id.CompareOp);
        // `a == not b`: Python refuses it, and lezer's reading of what follows is not modelled.
        if (prec === 3 && p.isKw("not"))
            bail();
        testInner(p, prec + 1);
        p.finish(node_types_Id.BinaryTest, s);
    }
}
function testOperator(t) {
    if (t.kind === Tok.Name) {
        if (t.text === "or")
            return 1;
        if (t.text === "and")
            return 2;
        if (t.text === "in" || t.text === "is" || t.text === "not")
            return 3;
        return 0;
    }
    return t.kind === Tok.Op && COMPARE.has(t.text) ? 3 : 0;
}
/** lezer's `expression` with binary operators of precedence `min` or more. */
function expression(p, min) {
    const s = p.start();
    unary(p);
    for (;;) {
        const t = p.peek();
        const prec = t.kind === Tok.Op ? BINARY[t.text] ?? 0 : 0;
        if (prec === 0 || prec < min)
            return;
        binaryOperator(p, t.text);
        if (prec === POWER) {
            // Right-associative: each `**` deepens lezer's stack (its depth valve cuts long chains).
            p.enter();
            expression(p, POWER);
            p.leave();
        }
        else
            expression(p, prec + 1);
        p.finish(node_types_Id.BinaryExpression, s);
    }
}
function binaryOperator(p, op) {
    if (op === "*" || op === "@" || op === "**") {
        const s = p.start();
        p.take(op === "*" ? node_types_Id.Star : op === "@" ? node_types_Id.At : node_types_Id.DoubleStar);
        p.finish(op === "**" ? node_types_Id.ArithPower : node_types_Id.ArithTimes, s);
        return;
    }
    const id = op === "|" ? node_types_Id.BitOr : op === "^" ? node_types_Id.BitXor : op === "&" ? node_types_Id.BitAnd : op === "<<" || op === ">>" ? node_types_Id.BitShift
        : op === "+" || op === "-" ? node_types_Id.ArithPlus : node_types_Id.ArithTimes;
    p.take(id);
}
/** A sign or `~` (over a power), `await` (over a whole expression), or a primary. */
function unary(p) {
    const t = p.peek();
    if (t.kind === Tok.Op && (t.text === "-" || t.text === "+" || t.text === "~")) {
        p.enter();
        const s = p.start();
        p.take(t.text === "~" ? node_types_Id.BitNot : node_types_Id.ArithSign);
        expression(p, POWER);
        p.finish(node_types_Id.UnaryExpression, s);
        p.leave();
    }
    else if (t.kind === Tok.Name && t.text === "await") {
        p.enter();
        const s = p.start();
        p.takeKw("await");
        expression(p, 1);
        p.finish(node_types_Id.AwaitExpression, s);
        p.leave();
    }
    else
        primary(p);
}
/** An atom and its calls, subscripts and attributes. */
function primary(p) {
    const s = p.start();
    atom(p);
    for (;;) {
        if (p.isOp("(")) {
            argList(p);
            p.finish(node_types_Id.CallExpression, s);
        }
        else if (p.isOp("[")) {
            subscript(p);
            p.finish(node_types_Id.MemberExpression, s);
        }
        else if (p.isOp(".")) {
            p.take(node_types_Id.Dot);
            // PropertyName is lezer's `word`: keywords too.
            if (p.peek().kind !== Tok.Name)
                bail();
            p.take(node_types_Id.PropertyName);
            p.finish(node_types_Id.MemberExpression, s);
        }
        else
            return;
    }
}
function atom(p) {
    const t = p.peek();
    switch (t.kind) {
        case Tok.Name:
            if (t.text === "None")
                p.take(node_types_Id.None);
            else if (t.text === "True" || t.text === "False")
                p.take(node_types_Id.Boolean);
            else
                p.takeName(node_types_Id.VariableName);
            return;
        case Tok.Number:
            p.take(node_types_Id.Number);
            return;
        case Tok.Str:
            strings(p);
            return;
        case Tok.Op:
            if (t.text === "(")
                return paren(p);
            if (t.text === "[")
                return bracket(p);
            if (t.text === "{")
                return brace(p);
            if (t.text === "...") {
                p.take(node_types_Id.Ellipsis);
                return;
            }
            return bail();
        default:
            return bail();
    }
}
/** `lambda params: test`; the parameters are a ParamList, empty (at the keyword's end) when there are none. */
function lambda(p) {
    const s = p.start();
    p.takeKw("lambda");
    if (p.isOp(":"))
        p.tree.close(node_types_Id.LambdaParamList, p.tree.mark, p.lex.lastEnd, p.lex.lastEnd);
    else {
        const ps = p.start();
        for (;;) {
            if (p.isOp("*")) {
                p.take(node_types_Id.Star);
                if (p.peek().kind === Tok.Name)
                    p.takeName(node_types_Id.VariableName);
            }
            else if (p.isOp("**")) {
                p.take(node_types_Id.DoubleStar);
                p.takeName(node_types_Id.VariableName);
            }
            else {
                p.takeName(node_types_Id.VariableName);
                if (p.isOp("=")) {
                    p.take(node_types_Id.LambdaAssignOp);
                    test(p);
                }
            }
            if (!p.isOp(","))
                break;
            p.take(node_types_Id.Comma);
        }
        p.finish(node_types_Id.LambdaParamList, ps);
    }
    p.takeOp(":", node_types_Id.Colon);
    test(p);
    p.finish(node_types_Id.LambdaExpression, s);
}
/** `yield from test` or `yield` and at least one item: the inside of a YieldExpression or YieldStatement. */
function yieldBody(p) {
    p.takeKw("yield");
    if (p.isKw("from")) {
        p.takeKw("from");
        test(p);
        return;
    }
    commaList(p, true);
}
function yieldExpression(p) {
    const s = p.start();
    yieldBody(p);
    p.finish(node_types_Id.YieldExpression, s);
}
/** `commaSep<test | "*" expression>` (or of `test` alone): at least one item, a trailing comma allowed. */
function commaList(p, starred) {
    for (;;) {
        if (starred && p.isOp("*")) {
            p.take(node_types_Id.Star);
            expression(p, 1);
        }
        else
            test(p);
        if (!p.isOp(","))
            return;
        p.take(node_types_Id.Comma);
        const t = p.peek();
        if (!startsTest(t) && !(starred && t.kind === Tok.Op && t.text === "*"))
            return;
    }
}
/** A comprehension's `for ... in ...` and the `for`s and `if`s after it, as children of the comprehension. */
function compFor(p) {
    // lezer's compFor and compIf nest to the right: each clause deepens its stack.
    p.enter();
    compClauses(p);
    p.leave();
}
function compClauses(p) {
    if (p.isKw("async"))
        p.takeKw("async");
    p.takeKw("for");
    for (;;) {
        expression(p, 1);
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
        if (p.isKw("in"))
            break;
    }
    p.takeKw("in");
    testInner(p, 1);
    compIfTail(p);
}
/** What may follow a comprehension's `if`: another `for`, or another `if` (nested to the right, as in lezer). */
function compIfTail(p) {
    if (p.isKw("for") || p.isKw("async"))
        return compFor(p);
    if (!p.isKw("if"))
        return;
    p.enter();
    p.takeKw("if");
    // testNoCond: its lambda is another node type (53) this parser does not build.
    if (p.isKw("lambda"))
        bail();
    testInner(p, 1);
    compIfTail(p);
    p.leave();
}
function startsComp(p) {
    return p.isKw("for") || p.isKw("async");
}

;// CONCATENATED MODULE: ./src/python/parse/fast/brackets.ts
// What sits in brackets: parenthesized expressions and tuples, lists, dicts and
// sets and their comprehensions, argument lists and subscripts. The node type
// is known only after the first item (or the comprehension after it); the
// buffer is post-order, so it is chosen when the closing bracket is taken.




function paren(p) {
    const s = p.start();
    p.takeOp("(", node_types_Id.OpenParen);
    if (p.isOp(")"))
        return brackets_close(p, ")", node_types_Id.CloseParen, node_types_Id.TupleExpression, s);
    if (p.isKw("yield")) {
        yieldExpression(p);
        return brackets_close(p, ")", node_types_Id.CloseParen, node_types_Id.ParenthesizedExpression, s);
    }
    starredOrNamed(p);
    if (startsComp(p)) {
        compFor(p);
        return brackets_close(p, ")", node_types_Id.CloseParen, node_types_Id.ComprehensionExpression, s);
    }
    if (p.isOp(")"))
        return brackets_close(p, ")", node_types_Id.CloseParen, node_types_Id.ParenthesizedExpression, s);
    items(p, ")", starredOrNamed);
    brackets_close(p, ")", node_types_Id.CloseParen, node_types_Id.TupleExpression, s);
}
function bracket(p) {
    const s = p.start();
    p.takeOp("[", node_types_Id.OpenBracket);
    if (p.isOp("]"))
        return brackets_close(p, "]", node_types_Id.CloseBracket, node_types_Id.ArrayExpression, s);
    starredOrNamed(p);
    if (startsComp(p)) {
        compFor(p);
        return brackets_close(p, "]", node_types_Id.CloseBracket, node_types_Id.ArrayComprehensionExpression, s);
    }
    items(p, "]", starredOrNamed);
    brackets_close(p, "]", node_types_Id.CloseBracket, node_types_Id.ArrayExpression, s);
}
function brace(p) {
    const s = p.start();
    p.takeOp("{", node_types_Id.OpenBrace);
    if (p.isOp("}"))
        return brackets_close(p, "}", node_types_Id.CloseBrace, node_types_Id.DictionaryExpression, s);
    let dict;
    if (p.isOp("**")) {
        p.take(node_types_Id.DoubleStar);
        expression(p, 1);
        dict = true;
    }
    else if (p.isOp("*")) {
        p.take(node_types_Id.Star);
        expression(p, 1);
        dict = false;
    }
    else {
        test(p);
        dict = p.isOp(":");
        if (dict) {
            p.take(node_types_Id.Colon);
            test(p);
        }
    }
    if (startsComp(p)) {
        compFor(p);
        return brackets_close(p, "}", node_types_Id.CloseBrace, dict ? node_types_Id.DictionaryComprehensionExpression : node_types_Id.SetComprehensionExpression, s);
    }
    items(p, "}", dict ? brackets_entry : setItem);
    brackets_close(p, "}", node_types_Id.CloseBrace, dict ? node_types_Id.DictionaryExpression : node_types_Id.SetExpression, s);
}
function brackets_entry(p) {
    if (p.isOp("**")) {
        p.take(node_types_Id.DoubleStar);
        expression(p, 1);
        return;
    }
    test(p);
    p.takeOp(":", node_types_Id.Colon);
    test(p);
}
function setItem(p) {
    if (p.isOp("*")) {
        p.take(node_types_Id.Star);
        expression(p, 1);
    }
    else
        test(p);
}
/** After a first item: `, item` pairs up to the closer, a trailing comma allowed. */
function items(p, closer, item) {
    while (p.isOp(",")) {
        p.take(node_types_Id.Comma);
        if (p.isOp(closer))
            return;
        item(p);
    }
}
function brackets_close(p, closer, closerId, id, s) {
    p.takeOp(closer, closerId);
    p.finish(id, s);
}
/** `( arguments )`: keyword arguments are a VariableName and an AssignOp, `*`/`**` tokens stand before their value. */
function argList(p) {
    const s = p.start();
    p.takeOp("(", node_types_Id.OpenParen);
    while (!p.isOp(")")) {
        if (p.isOp("**") || p.isOp("*")) {
            p.take(p.isOp("*") ? node_types_Id.Star : node_types_Id.DoubleStar);
            test(p);
        }
        else {
            const first = p.peek();
            const mark = p.tree.mark;
            test(p);
            if (p.isOp("=") || p.isOp(":=")) {
                // Only a bare name (one leaf, nothing read ahead) is a keyword argument; lezer reads `name := value` alike.
                const b = p.tree.buffer;
                if (first.kind !== Tok.Name || b.length !== mark + 4 || b[mark] !== node_types_Id.VariableName)
                    bail();
                p.take(node_types_Id.ArgAssignOp);
                test(p);
            }
            if (startsComp(p))
                compFor(p);
        }
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
    }
    p.takeOp(")", node_types_Id.CloseParen);
    p.finish(node_types_Id.ArgList, s);
}
/** `[ items ]` after an expression, each a testNamed or a slice; the MemberExpression is the caller's. */
function subscript(p) {
    p.takeOp("[", node_types_Id.OpenBracket);
    if (p.isOp("]"))
        bail();
    for (;;) {
        if (!p.isOp(":"))
            testNamed(p);
        if (p.isOp(":")) {
            p.take(node_types_Id.Colon);
            if (!endsSlicePart(p))
                testNamed(p);
            if (p.isOp(":")) {
                p.take(node_types_Id.Colon);
                if (!endsSlicePart(p))
                    testNamed(p);
            }
        }
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
        if (p.isOp("]"))
            break;
    }
    p.takeOp("]", node_types_Id.CloseBracket);
}
function endsSlicePart(p) {
    return p.isOp(":") || p.isOp(",") || p.isOp("]");
}

;// CONCATENATED MODULE: ./src/python/parse/fast/simple-statements.ts
// One-line statements as @lezer/python builds them: assignments (chained,
// annotated, augmented; targets are plain comma lists, not tuples), expression
// statements, imports, and the keyword statements. `;` makes a StatementGroup
// that holds the line's newline; otherwise the newline is outside the node.




const UPDATE_OPS = new Set(["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<<=", ">>=", "**=", "//="]);
/** Soft keywords: lezer may also read a statement of their own (match, type) at a line's start. */
const SOFT_KEYWORDS = new Set(["match", "case", "type"]);
function simpleStatement(p) {
    const s = p.start();
    smallStatement(p);
    if (p.isOp(";")) {
        while (p.isOp(";")) {
            p.take(node_types_Id.Semicolon);
            if (!endsLine(p))
                smallStatement(p);
        }
        endLine(p);
        p.finish(node_types_Id.StatementGroup, s);
        return;
    }
    endLine(p);
}
function endsLine(p) {
    const k = p.peek().kind;
    return k === Tok.Newline || k === Tok.Eof;
}
function endLine(p) {
    const t = p.peek();
    if (t.kind === Tok.Newline)
        p.skip();
    else if (t.kind !== Tok.Eof)
        bail();
}
function smallStatement(p) {
    const s = p.start();
    const t = p.peek();
    if (t.kind === Tok.Name) {
        switch (t.text) {
            case "pass":
                return keywordOnly(p, "pass", node_types_Id.PassStatement);
            case "break":
                return keywordOnly(p, "break", node_types_Id.BreakStatement);
            case "continue":
                return keywordOnly(p, "continue", node_types_Id.ContinueStatement);
            case "del":
                p.takeKw("del");
                for (;;) {
                    expression(p, 1);
                    if (!p.isOp(","))
                        break;
                    p.take(node_types_Id.Comma);
                    if (endsLine(p) || p.isOp(";"))
                        break;
                }
                return p.finish(node_types_Id.DeleteStatement, s);
            case "return":
                p.takeKw("return");
                if (startsTest(p.peek()) || p.isOp("*"))
                    commaList(p, true);
                return p.finish(node_types_Id.ReturnStatement, s);
            case "yield":
                yieldBody(p);
                return p.finish(node_types_Id.YieldStatement, s);
            case "raise":
                return raise(p, s);
            case "import":
            case "from":
                importStatement(p);
                return p.finish(node_types_Id.ImportStatement, s);
            case "global":
            case "nonlocal":
                p.takeKw(t.text);
                for (;;) {
                    p.takeName(node_types_Id.VariableName);
                    if (!p.isOp(","))
                        break;
                    p.take(node_types_Id.Comma);
                    if (endsLine(p) || p.isOp(";"))
                        break;
                }
                return p.finish(node_types_Id.ScopeStatement, s);
            case "assert":
                p.takeKw("assert");
                commaList(p, false);
                return p.finish(node_types_Id.AssertStatement, s);
            case "print":
                // lezer's legacyPrint token: `print x` is a PrintStatement (an error in Python 3); not read here.
                if (!/^[ \t]*[(.\n#]/.test(p.text.slice(t.to, t.to + 200)))
                    bail();
                break;
            default:
                if (SOFT_KEYWORDS.has(t.text) && !/^[ \t]*(\.|:|=[^=]|\n|$)/.test(p.text.slice(t.to, t.to + 200)))
                    bail();
        }
    }
    targets(p);
    if (p.isOp("=")) {
        assignments(p);
        return p.finish(node_types_Id.AssignStatement, s);
    }
    if (p.isOp(":")) {
        const ts = p.start();
        p.take(node_types_Id.Colon);
        test(p);
        p.finish(node_types_Id.TypeDef, ts);
        if (p.isOp("="))
            assignments(p);
        return p.finish(node_types_Id.AssignStatement, s);
    }
    const op = p.peek();
    if (op.kind === Tok.Op && UPDATE_OPS.has(op.text)) {
        p.take(node_types_Id.UpdateOp);
        if (p.isKw("yield"))
            yieldExpression(p);
        else
            commaList(p, false);
        return p.finish(node_types_Id.UpdateStatement, s);
    }
    p.finish(node_types_Id.ExpressionStatement, s);
}
function keywordOnly(p, kw, id) {
    const s = p.start();
    p.takeKw(kw);
    p.finish(id, s);
}
/** lezer's `expressions`: `commaSep<"*" expression | test>`. */
function targets(p) {
    if (!startsTest(p.peek()) && !p.isOp("*"))
        bail();
    commaList(p, true);
}
/** `= value` once or more; each value a yield or a comma list. */
function assignments(p) {
    while (p.isOp("=")) {
        p.take(node_types_Id.AssignOp);
        if (p.isKw("yield"))
            yieldExpression(p);
        else
            targets(p);
    }
}
function raise(p, s) {
    p.takeKw("raise");
    if (startsTest(p.peek())) {
        test(p);
        if (p.isKw("from")) {
            p.takeKw("from");
            test(p);
        }
        else if (p.isOp(","))
            bail(); // Python 2's `raise E, v`
    }
    p.finish(node_types_Id.RaiseStatement, s);
}
function importStatement(p) {
    if (p.isKw("import")) {
        p.takeKw("import");
        return importedNames(p);
    }
    p.takeKw("from");
    let dots = false;
    while (p.isOp(".") || p.isOp("...")) {
        p.take(p.isOp(".") ? node_types_Id.Dot : node_types_Id.Ellipsis);
        dots = true;
    }
    if (!dots || !p.isKw("import"))
        dottedName(p);
    p.takeKw("import");
    if (p.isOp("*"))
        p.take(node_types_Id.Star);
    else if (p.isOp("(")) {
        p.take(node_types_Id.OpenParen);
        importedNames(p);
        p.takeOp(")", node_types_Id.CloseParen);
    }
    else
        importedNames(p);
}
function importedNames(p) {
    for (;;) {
        dottedName(p);
        if (p.isKw("as")) {
            p.takeKw("as");
            p.takeName(node_types_Id.VariableName);
        }
        if (!p.isOp(","))
            return;
        p.take(node_types_Id.Comma);
        if (p.peek().kind !== Tok.Name)
            return;
    }
}
function dottedName(p) {
    p.takeName(node_types_Id.VariableName);
    while (p.isOp(".")) {
        p.take(node_types_Id.Dot);
        p.takeName(node_types_Id.VariableName);
    }
}

;// CONCATENATED MODULE: ./src/python/parse/fast/statements.ts
// Statements with blocks, and the Script. A Body is `:` and either the rest of
// the line or an indented block; it ends after the last newline it took, so
// comment lines after a block sit outside it, as in lezer's trees.






function script(p) {
    p.tree.openList(p.peek().from);
    while (p.peek().kind !== Tok.Eof)
        statement(p);
    p.tree.closeList();
}
function statement(p) {
    const t = p.peek();
    if (t.kind === Tok.Op && t.text === "@")
        return decorated(p);
    if (t.kind !== Tok.Name) {
        if (t.kind === Tok.Indent || t.kind === Tok.Dedent || t.kind === Tok.Newline)
            bail();
        return simpleStatement(p);
    }
    const s = p.start();
    switch (t.text) {
        case "if":
            return statements_ifStatement(p, s);
        case "while":
            p.takeKw("while");
            testNamed(p);
            body(p);
            elseClause(p);
            return p.finish(node_types_Id.WhileStatement, s);
        case "for":
            return statements_forStatement(p, s);
        case "try":
            return statements_tryStatement(p, s);
        case "with":
            return statements_withStatement(p, s);
        case "def":
            return functionDefinition(p, s);
        case "class":
            return classDefinition(p, s);
        case "async":
            p.takeKw("async");
            if (p.isKw("def"))
                return functionDefinition(p, s);
            if (p.isKw("for"))
                return statements_forStatement(p, s);
            if (p.isKw("with"))
                return statements_withStatement(p, s);
            return bail();
        default:
            return simpleStatement(p);
    }
}
/** `:` then a simple statement on the same line, or a newline, an indent, statements, and a dedent or the end. */
function body(p) {
    p.enter();
    const s = p.start();
    p.takeOp(":", node_types_Id.Colon);
    if (p.peek().kind === Tok.Newline) {
        p.skip();
        if (p.peek().kind !== Tok.Indent)
            bail();
        p.skip();
        p.tree.openList(p.peek().from);
        do
            statement(p);
        while (p.peek().kind !== Tok.Dedent && p.peek().kind !== Tok.Eof);
        p.tree.closeList();
        if (p.peek().kind === Tok.Dedent)
            p.skip();
    }
    else
        simpleStatement(p);
    p.finish(node_types_Id.Body, s);
    p.leave();
}
function elseClause(p) {
    if (!p.isKw("else"))
        return;
    p.takeKw("else");
    body(p);
}
function statements_ifStatement(p, s) {
    p.takeKw("if");
    testNamed(p);
    body(p);
    while (p.isKw("elif")) {
        p.takeKw("elif");
        if (!p.isOp(":"))
            testNamed(p);
        body(p);
    }
    elseClause(p);
    p.finish(node_types_Id.IfStatement, s);
}
function statements_forStatement(p, s) {
    p.takeKw("for");
    for (;;) {
        if (p.isOp("*"))
            p.take(node_types_Id.Star);
        expression(p, 1);
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
        if (p.isKw("in"))
            break;
    }
    p.takeKw("in");
    for (;;) {
        test(p);
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
        if (p.isOp(":"))
            break;
    }
    body(p);
    elseClause(p);
    p.finish(node_types_Id.ForStatement, s);
}
function statements_tryStatement(p, s) {
    p.takeKw("try");
    body(p);
    let handlers = 0;
    while (p.isKw("except")) {
        handlers++;
        p.takeKw("except");
        if (p.isOp("*"))
            bail(); // except*: lezer takes it, not modelled
        if (!p.isOp(":")) {
            test(p);
            if (p.isKw("as")) {
                p.takeKw("as");
                p.takeName(node_types_Id.VariableName);
            }
            else if (p.isOp(","))
                bail(); // Python 2's `except E, e`
        }
        body(p);
    }
    // lezer takes a try with no handler (or an else with none); CPython refuses both: its wording is the slow path's.
    if (handlers === 0 && !p.isKw("finally"))
        bail();
    elseClause(p);
    if (p.isKw("finally")) {
        p.takeKw("finally");
        body(p);
    }
    p.finish(node_types_Id.TryStatement, s);
}
function statements_withStatement(p, s) {
    p.takeKw("with");
    for (;;) {
        test(p);
        if (p.isKw("as")) {
            p.takeKw("as");
            p.takeName(node_types_Id.VariableName);
        }
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
    }
    body(p);
    p.finish(node_types_Id.WithStatement, s);
}
function functionDefinition(p, s) {
    p.takeKw("def");
    p.takeName(node_types_Id.VariableName);
    if (p.isOp("["))
        bail(); // type parameters
    paramList(p);
    if (p.isOp("->")) {
        const ts = p.start();
        p.skip();
        test(p);
        p.finish(node_types_Id.ReturnTypeDef, ts);
    }
    body(p);
    p.finish(node_types_Id.FunctionDefinition, s);
}
/** `( params )`: a name with an optional TypeDef and default, `*`, `*name`, `**name`, and `/` (no node). */
function paramList(p) {
    const s = p.start();
    p.takeOp("(", node_types_Id.OpenParen);
    while (!p.isOp(")")) {
        if (p.isOp("/"))
            p.skip();
        else if (p.isOp("*")) {
            p.take(node_types_Id.Star);
            if (p.peek().kind === Tok.Name)
                param(p, false);
        }
        else if (p.isOp("**")) {
            p.take(node_types_Id.DoubleStar);
            param(p, false);
        }
        else
            param(p, true);
        if (!p.isOp(","))
            break;
        p.take(node_types_Id.Comma);
    }
    p.takeOp(")", node_types_Id.CloseParen);
    p.finish(node_types_Id.ParamList, s);
}
function param(p, withDefault) {
    p.takeName(node_types_Id.VariableName);
    if (p.isOp(":")) {
        const s = p.start();
        p.take(node_types_Id.Colon);
        test(p);
        p.finish(node_types_Id.TypeDef, s);
    }
    if (withDefault && p.isOp("=")) {
        p.take(node_types_Id.ParamAssignOp);
        test(p);
    }
}
function classDefinition(p, s) {
    p.takeKw("class");
    p.takeName(node_types_Id.VariableName);
    if (p.isOp("["))
        bail(); // type parameters
    if (p.isOp("("))
        argList(p);
    body(p);
    p.finish(node_types_Id.ClassDefinition, s);
}
/** Decorators (`@` and a dotted name with optional arguments, to the newline), then a class or function. */
function decorated(p) {
    const s = p.start();
    while (p.isOp("@")) {
        const d = p.start();
        p.take(node_types_Id.AtDecorator);
        dottedName(p);
        if (p.isOp("("))
            argList(p);
        if (p.peek().kind !== Tok.Newline)
            bail();
        p.skip();
        p.finish(node_types_Id.Decorator, d);
    }
    const c = p.start();
    if (p.isKw("class"))
        classDefinition(p, c);
    else {
        if (p.isKw("async"))
            p.takeKw("async");
        if (!p.isKw("def"))
            bail();
        functionDefinition(p, c);
    }
    p.finish(node_types_Id.DecoratedStatement, s);
}

;// CONCATENATED MODULE: ./src/python/parse/fast/fast-parse.ts
// A recursive-descent parser for the Python that agent code is written in,
// building the very tree @lezer/python builds for the same text (node types,
// offsets, nesting) at a fraction of its cold cost: lezer's LR loop runs
// interpreted in a short run. On anything it does not reproduce exactly (any
// syntax error, constructs it does not read, very long texts or operator
// chains where lezer's valves fire) it returns undefined, and lezer parses.
// bench/parser-diff.ts compares the two on real repositories.





/** Longer texts go to lezer: far from its statement-count valve (about 220,000 characters), and rare. */
const FAST_PARSE_MAX_LENGTH = 150_000;
/** The tree lezer would build for `text`, or undefined where that is not certain. */
function fastParse(text) {
    // Carriage returns, form feeds and NULs are read apart by lezer's tokenizers: not modelled.
    if (text.length > FAST_PARSE_MAX_LENGTH || /[\r\f\v\0]/.test(text))
        return undefined;
    try {
        return fastParseOrBail(text);
    }
    catch (e) {
        // RangeError: a stack overflow on nesting the counters did not stop.
        if (e instanceof Bail || e instanceof RangeError)
            return undefined;
        throw e;
    }
}
/** The same, throwing Bail where fastParse returns undefined (bench/parser-diff.ts reads where). */
function fastParseOrBail(text) {
    const p = new parser_core_Parser(text);
    script(p);
    return dist/* Tree */.PH.build({ buffer: p.tree.buffer, nodeSet: node_types_pythonNodeSet, topID: node_types_Id.Script, length: text.length });
}

;// CONCATENATED MODULE: ./src/python/parse/bracket-depth.ts
// A linear pre-scan of Python text for bracket nesting, before lezer sees it:
// lezer's tree building recurses once per nested bracket and overflows the stack
// near 10,000, and CPython itself refuses more than 200 levels (its tokenizer's
// MAXLEVEL: "too many nested parentheses"). Strings and comments are skipped the
// way the tokenizer skips them; f-string replacement fields are not counted (a
// rare place for deep nesting; parse-python.ts still catches an overflow there).
/** CPython's limit on nested (, [ and {. */
const MAX_BRACKET_DEPTH = 200;
/** The offset of the first opening bracket nested deeper than Python allows, or undefined. */
function tooDeepBracket(text) {
    let depth = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 0x28 || ch === 0x5b || ch === 0x7b) {
            if (++depth > MAX_BRACKET_DEPTH)
                return i;
        }
        else if (ch === 0x29 || ch === 0x5d || ch === 0x7d) {
            if (depth > 0)
                depth--;
        }
        else if (ch === 0x23) {
            const nl = text.indexOf("\n", i);
            i = nl === -1 ? n : nl;
        }
        else if (ch === 0x22 || ch === 0x27) {
            i = stringEnd(text, i) - 1;
        }
    }
    return undefined;
}
/** The offset just past the string literal whose opening quote is at `q` (the line's end when unterminated). */
function stringEnd(text, q) {
    const quote = text[q];
    const triple = text[q + 1] === quote && text[q + 2] === quote;
    if (triple) {
        const close = quote.repeat(3);
        for (let i = q + 3; i < text.length; i++) {
            if (text[i] === "\\")
                i++;
            else if (text.startsWith(close, i))
                return i + 3;
        }
        return text.length;
    }
    for (let i = q + 1; i < text.length; i++) {
        const c = text[i];
        if (c === "\\")
            i++;
        else if (c === quote)
            return i + 1;
        else if (c === "\n")
            return i;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/python/parse/python-tokens.ts
// A tokenizer for Python text, close enough to CPython's to know two things for
// certain: the first error CPython's own tokenizer raises (those win over any
// parser error, wherever in the file they sit), and the tokens around a parser
// error, so that its wording can follow CPython's. Anything it does not model
// exactly (tabs in indentation, non-ASCII names, odd characters, numbers glued
// to names, f-string fields whose meaning changed in Python 3.12) makes it
// `unsure`, and then nothing is claimed from it.
const OPENERS = { "(": ")", "[": "]", "{": "}" };
const python_tokens_CLOSERS = { ")": "(", "]": "[", "}": "{" };
const STRING_PREFIX = /^(?:[rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])$/;
const python_tokens_NUMBER = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
const python_tokens_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** Operators by length, longest first (Python's tokenizer is greedy). */
const OPERATORS = [
    new Set(["**=", "//=", ">>=", "<<=", "..."]),
    new Set(["!=", "==", "<=", ">=", "->", ":=", "**", "//", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]),
    new Set(["+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", ",", ":", ";", ".", "="]),
];
/** CPython's MAXLEVEL and MAXINDENT. */
const MAX_LEVEL = 200;
const MAX_INDENT = 100;
class Unsure extends Error {
}
function tokenizePython(text) {
    const tokens = [];
    const brackets = [];
    const indents = [0];
    const lineOf = (at) => lineNumber(text, at);
    let i = 0;
    let lineStart = true;
    const fail = (error) => ({ tokens, error, openAtEnd: brackets, unsure: false });
    try {
        while (i < text.length) {
            if (lineStart) {
                lineStart = false;
                let j = i;
                while (text[j] === " ")
                    j++;
                if (text[j] === "\t" || text[j] === "\f")
                    throw new Unsure();
                const blank = j >= text.length || text[j] === "\n" || text[j] === "#" || (text[j] === "\r" && text[j + 1] === "\n");
                if (!blank) {
                    const width = j - i;
                    if (width > indents[indents.length - 1]) {
                        if (indents.length >= MAX_INDENT)
                            throw new Unsure();
                        indents.push(width);
                        tokens.push({ kind: "indent", from: j, to: j });
                    }
                    else {
                        let level = indents.length - 1;
                        while (width < indents[level])
                            level--;
                        if (width !== indents[level]) {
                            return fail({ from: j, to: j + 1, message: "unindent does not match any outer indentation level", onlyIfReached: true });
                        }
                        for (; indents.length - 1 > level; indents.pop())
                            tokens.push({ kind: "dedent", from: j, to: j });
                    }
                }
                i = j;
                continue;
            }
            const c = text[i];
            if (c === "\r" && text[i + 1] !== "\n")
                throw new Unsure(); // a lone CR ends a line for CPython: not modelled
            if (c === " " || c === "\r" || c === "\f" || c === "\t") {
                i++;
                continue;
            }
            if (c === "#") {
                const nl = text.indexOf("\n", i);
                i = nl === -1 ? text.length : nl;
                continue;
            }
            if (c === "\n") {
                const last = tokens[tokens.length - 1];
                if (brackets.length === 0 && last && last.kind !== "newline" && last.kind !== "dedent")
                    tokens.push({ kind: "newline", from: i, to: i + 1 });
                i++;
                lineStart = brackets.length === 0; // inside brackets a new line is no new logical line
                continue;
            }
            if (c === "\\") {
                if (text[i + 1] === "\n") {
                    i += 2;
                    continue;
                }
                if (text[i + 1] === "\r" && text[i + 2] === "\n") {
                    i += 3;
                    continue;
                }
                throw new Unsure(); // "unexpected character after line continuation character", or a backslash at the end
            }
            if (c === '"' || c === "'") {
                const end = stringEnd(text, i, false);
                if (typeof end !== "number")
                    return fail(end);
                tokens.push({ kind: "string", from: i, to: end });
                i = end;
                continue;
            }
            python_tokens_NAME.lastIndex = i;
            const name = python_tokens_NAME.exec(text)?.[0];
            if (name !== undefined) {
                const q = text[i + name.length];
                if ((q === '"' || q === "'") && STRING_PREFIX.test(name)) {
                    const end = stringEnd(text, i + name.length, /f/i.test(name));
                    if (typeof end !== "number")
                        return fail({ ...end, from: i });
                    tokens.push({ kind: "string", from: i, to: end });
                    i = end;
                    continue;
                }
                if (isWordChar(text.charCodeAt(i + name.length)))
                    throw new Unsure(); // a non-ASCII identifier
                tokens.push({ kind: "name", from: i, to: i + name.length });
                i += name.length;
                continue;
            }
            python_tokens_NUMBER.lastIndex = i;
            const number = (c >= "0" && c <= "9") || c === "." ? python_tokens_NUMBER.exec(text)?.[0] : undefined;
            if (number !== undefined) {
                if (isWordChar(text.charCodeAt(i + number.length)))
                    throw new Unsure(); // "invalid decimal literal" and kin
                if (/^0[\d_]*[1-9][\d_]*$/.test(number))
                    throw new Unsure(); // "leading zeros in decimal integer literals"
                tokens.push({ kind: "number", from: i, to: i + number.length });
                i += number.length;
                continue;
            }
            if (OPENERS[c]) {
                if (brackets.length >= MAX_LEVEL)
                    throw new Unsure();
                brackets.push({ from: i, char: c });
                tokens.push({ kind: "op", from: i, to: i + 1 });
                i++;
                continue;
            }
            const opener = python_tokens_CLOSERS[c];
            if (opener) {
                const open = brackets.pop();
                if (!open)
                    return fail({ from: i, to: i + 1, message: `unmatched '${c}'` });
                if (open.char !== opener) {
                    const where = lineOf(open.from) === lineOf(i) ? "" : ` on line ${lineOf(open.from)}`;
                    return fail({ from: i, to: i + 1, message: `closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}` });
                }
                tokens.push({ kind: "op", from: i, to: i + 1 });
                i++;
                continue;
            }
            const length = python_tokens_operatorLength(text, i);
            if (length === 0)
                throw new Unsure(); // `!`, `$`, `?`, a backtick, a non-ASCII character
            tokens.push({ kind: "op", from: i, to: i + length });
            i += length;
        }
    }
    catch (e) {
        if (e instanceof Unsure)
            return { tokens, openAtEnd: brackets, unsure: true };
        throw e;
    }
    return { tokens, openAtEnd: brackets, unsure: false };
    /** The offset past the string whose quote is at `q`, or the error of an unterminated one. */
    function stringEnd(src, q, formatted) {
        const quote = src[q];
        const triple = src[q + 1] === quote && src[q + 2] === quote;
        const close = triple ? quote.repeat(3) : quote;
        for (let k = q + close.length; k < src.length; k++) {
            const ch = src[k];
            if (ch === "\\") {
                k++;
                continue;
            }
            if (src.startsWith(close, k))
                return k + close.length;
            if (ch === "\n" && !triple)
                break;
            if (formatted && ch === "{") {
                if (src[k + 1] === "{") {
                    k++;
                    continue;
                }
                k = fieldEnd(src, k, quote, triple) - 1;
            }
        }
        const detected = triple ? lineOf(Math.max(0, src.endsWith("\n") ? src.length - 1 : src.length)) : lineOf(q);
        // Python 3.12 and later name an f-string as such; earlier ones say "string literal".
        const kind = `unterminated ${triple ? "triple-quoted " : ""}${formatted ? "f-" : ""}string literal`;
        return { from: q, to: q + 1, message: `${kind} (detected at line ${detected})` };
    }
    /**
     * The offset past an f-string replacement field opened at `k`. A quote or a
     * backslash inside one, or a line break in a one-line f-string, means
     * different things before and after Python 3.12: unsure.
     */
    function fieldEnd(src, k, quote, triple) {
        let depth = 0;
        for (let m = k; m < src.length; m++) {
            const ch = src[m];
            if (ch === quote || ch === "\\" || (ch === "\n" && !triple))
                throw new Unsure();
            if (ch === '"' || ch === "'") {
                const end = stringEnd(src, m, false);
                if (typeof end !== "number")
                    throw new Unsure();
                m = end - 1;
            }
            else if (ch === "{" || ch === "(" || ch === "[")
                depth++;
            else if (ch === "}" || ch === ")" || ch === "]") {
                if (--depth === 0)
                    return m + 1;
            }
        }
        throw new Unsure();
    }
}
function python_tokens_operatorLength(text, at) {
    for (let k = 0; k < OPERATORS.length; k++) {
        const length = OPERATORS.length - k;
        if (OPERATORS[k].has(text.slice(at, at + length)))
            return length;
    }
    return 0;
}
function isWordChar(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code > 0x7f;
}
/** The 1-based line of an offset. */
function lineNumber(text, at) {
    let line = 1;
    for (let k = text.indexOf("\n"); k !== -1 && k < at; k = text.indexOf("\n", k + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/python/parse/cpython-wording.ts

const KEYWORDS = new Set(["and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield"]);
const cpython_wording_SOFT_KEYWORDS = new Set(["match", "case", "type", "_"]);
/** Statement keywords before which an expression follows, so a comma message still applies in its brackets. */
const EXPRESSION_STATEMENTS = new Set(["return", "raise", "assert", "if", "elif", "while"]);
/** What CPython calls the statement a block belongs to ("expected an indented block after ..."). */
const BLOCK_OWNERS = {
    def: "function definition", class: "class definition", if: "'if' statement", elif: "'elif' statement",
    else: "'else' statement", for: "'for' statement", while: "'while' statement", with: "'with' statement",
    try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
    match: "'match' statement", case: "'case' statement",
};
/** CPython's wording of a parser error at `from` (lezer's first error), if certain. */
function cpythonWording(text, tok, from, atEnd) {
    const { tokens } = tok;
    const at = firstTokenAtOrAfter(tokens, from);
    const open = tok.openAtEnd[tok.openAtEnd.length - 1];
    if (open) {
        // The rest of the file is tokenized after a parser error; a bracket still open at the end of it wins when it
        // opened on a line before the error (at the end of the file, always).
        // On the error's own line it depends on how far the parser looked ahead: unknown.
        const errorLine = at === undefined ? Infinity : lineNumber(text, tokens[at].from);
        const openLine = lineNumber(text, open.from);
        if (atEnd || openLine < errorLine)
            return { from: open.from, to: open.from + 1, message: `'${open.char}' was never closed` };
        if (openLine === errorLine)
            return undefined;
    }
    if (at === undefined || tokens[at].from !== from)
        return undefined;
    return missingComma(text, tokens, at);
}
/**
 * The first error in the shape of the blocks, certain from the tokens alone:
 * a line indented where no block opens ("unexpected indent"), a block header
 * with no indented line after it. CPython reports it when its parser gets
 * there, that is when no other error comes before.
 */
function firstBlockProblem(text, tok) {
    const { tokens } = tok;
    // A try block's missing handler is seen at its header but sits after the block: it waits for its place.
    let missingHandler;
    for (let i = 0; i < tokens.length; i++) {
        if (missingHandler && i >= missingHandler.at)
            return missingHandler.problem;
        const t = tokens[i];
        if (t.kind === "indent" && (i === 0 || tokens[i - 1].kind !== "newline" || !isOp(text, tokens[i - 2], ":"))) {
            const first = tokens[i + 1] ?? t;
            return { from: first.from, to: first.to, message: "unexpected indent" };
        }
        if (t.kind === "newline" && isOp(text, tokens[i - 1], ":") && tokens[i + 1]?.kind !== "indent") {
            // At the end of a text cut short by a tokenizer error, the next line is unknown.
            if (i + 1 === tokens.length && tok.error)
                return undefined;
            return expectedBlock(text, tokens, i);
        }
        // lezer takes a `try` block with no handler; CPython stops right after the block.
        if (!missingHandler && t.kind === "newline" && tokens[i + 1]?.kind === "indent" && isTryHeader(text, tokens, i)) {
            const after = blockEnd(tokens, i + 1);
            const next = after === undefined ? undefined : tokens[after];
            if (after !== undefined && (next?.kind !== "name" || (word(text, next) !== "except" && word(text, next) !== "finally"))) {
                const where = next ?? tokens[after - 1];
                missingHandler = { at: after, problem: { from: where.from, to: where.to, message: "expected 'except' or 'finally' block" } };
            }
        }
    }
    return missingHandler?.problem;
}
/** The newline tokens[k] ends a bare `try:` line. */
function isTryHeader(text, tokens, k) {
    const head = tokens[k - 2];
    const before = tokens[k - 3];
    return isOp(text, tokens[k - 1], ":") && head?.kind === "name" && word(text, head) === "try"
        && (before === undefined || ["newline", "indent", "dedent"].includes(before.kind));
}
/** The index of the token after the dedent that closes the block opened by the indent tokens[k]; undefined if the tokens stop first. */
function blockEnd(tokens, k) {
    let depth = 0;
    for (let m = k; m < tokens.length; m++) {
        const kind = tokens[m].kind;
        if (kind === "indent")
            depth++;
        else if (kind === "dedent" && --depth === 0)
            return m + 1;
    }
    return undefined;
}
function firstTokenAtOrAfter(tokens, offset) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].from < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < tokens.length && (tokens[lo].kind === "indent" || tokens[lo].kind === "dedent"))
        lo++;
    return lo < tokens.length ? lo : undefined;
}
/** The header ending at the newline tokens[k] has no indented block after it. */
function expectedBlock(text, tokens, k) {
    let start = k - 1;
    while (start > 0 && !["newline", "indent", "dedent"].includes(tokens[start - 1].kind))
        start--;
    let head = start;
    if (word(text, tokens[head]) === "async")
        head++;
    const keyword = word(text, tokens[head]);
    const owner = BLOCK_OWNERS[keyword];
    if (owner === undefined || (keyword === "except" && isOp(text, tokens[head + 1], "*")))
        return undefined;
    let next = k + 1;
    while (tokens[next]?.kind === "dedent")
        next++;
    const where = tokens[next] ?? tokens[k];
    return { from: where.from, to: where.to, message: `expected an indented block after ${owner} on line ${lineNumber(text, tokens[head].from)}` };
}
/**
 * Two expressions side by side inside brackets (`{"a": 1 "b": 2}`, `f(a b)`):
 * CPython's invalid_expression rule. Only where both are plain (names,
 * literals, attribute chains, calls, subscripts, a unary sign) and the
 * brackets certainly hold expressions (no keyword around them: comprehension
 * targets, lambda and def parameters, imports and patterns are not).
 */
function missingComma(text, tokens, at) {
    const b = tokens[at];
    const prev = tokens[at - 1];
    if (!prev || !startsOperand(text, b) || !endsOperand(text, prev))
        return undefined;
    // Walk back over the first operand, to the comma, colon, `=` or bracket before it.
    let depth = 0;
    let k = at - 1;
    for (; k >= 0; k--) {
        const t = tokens[k];
        const s = text.slice(t.from, t.to);
        if (t.kind === "op" && (s === ")" || s === "]" || s === "}"))
            depth++;
        else if (t.kind === "op" && (s === "(" || s === "[" || s === "{")) {
            if (depth === 0)
                break;
            depth--;
        }
        else if (depth === 0) {
            if (t.kind === "op" && (s === "," || s === ":" || s === "="))
                break;
            if (t.kind === "newline" || t.kind === "indent" || t.kind === "dedent")
                return undefined;
            if (t.kind === "op" && s !== "." && !((s === "-" || s === "+" || s === "~") && isStop(text, tokens[k - 1])))
                return undefined;
            if (t.kind === "name" && !operandName(s))
                return undefined;
        }
    }
    const a = tokens[k + 1];
    // A parenthesized first operand: CPython places the error inside or outside the parentheses by the node it built.
    if (k < 0 || a === b || word(text, a) === "(")
        return undefined;
    if (a.kind === "name" && cpython_wording_SOFT_KEYWORDS.has(word(text, a)))
        return undefined;
    // Before a string, CPython names the comma only after a literal (`1 "b"`), not after a name, call or attribute
    // (`x "b"`, `c.d "b"`, `c() "b"` read "invalid syntax"; checked on 3.10 to 3.13).
    if (b.kind === "string" && !(isLiteral(text, prev) && (prev === a || (isSign(text, a) && tokens[k + 2] === prev))))
        return undefined;
    // In braces, only a dict value is sure: a key or a set item may read "':' expected after dictionary key".
    if (word(text, tokens[k]) !== ":" && word(text, tokens[k]) !== "=" && enclosingOpener(text, tokens, k) === "{")
        return undefined;
    if (!inExpressionBrackets(text, tokens, k))
        return undefined;
    return { from: a.from, to: b.to, message: "invalid syntax. Perhaps you forgot a comma?" };
}
/** The brackets around tokens[k] and its logical line hold expressions: no keyword outside closed groups. */
function inExpressionBrackets(text, tokens, k) {
    let depth = 0;
    let opened = false;
    for (let m = k; m >= 0; m--) {
        const t = tokens[m];
        const s = text.slice(t.from, t.to);
        if (t.kind === "newline" || t.kind === "indent" || t.kind === "dedent")
            break;
        if (t.kind === "op" && (s === ")" || s === "]" || s === "}"))
            depth++;
        else if (t.kind === "op" && (s === "(" || s === "[" || s === "{")) {
            if (depth > 0) {
                depth--;
                continue;
            }
            opened = true;
            // `def f(`, `def f[`, `class C[` open parameter lists; `import (` a name list.
            const owner = tokens[m - 1];
            const ownerOfOwner = tokens[m - 2];
            if (owner && word(text, owner) === "import")
                return false;
            if (owner?.kind === "name" && ownerOfOwner && (word(text, ownerOfOwner) === "def" || (s === "[" && word(text, ownerOfOwner) === "class")))
                return false;
        }
        else if (depth === 0 && t.kind === "name" && KEYWORDS.has(s)) {
            const first = m === 0 || ["newline", "indent", "dedent"].includes(tokens[m - 1].kind);
            // In a def (its parameters, its return annotation) Python 3.10 to 3.12 say "expected ':'" instead.
            if (!(first && EXPRESSION_STATEMENTS.has(s)) && s !== "class")
                return false;
        }
        else if (depth === 0 && t.kind === "name" && cpython_wording_SOFT_KEYWORDS.has(s) && (m === 0 || ["newline", "indent", "dedent"].includes(tokens[m - 1].kind))) {
            return false; // `match (...)`, `case [...]`, `type X[...]` may start a statement of their own
        }
    }
    return opened;
}
/** The opening bracket around tokens[k] (itself, if it is one). */
function enclosingOpener(text, tokens, k) {
    let depth = 0;
    for (let m = k; m >= 0; m--) {
        const s = tokens[m].kind === "op" ? word(text, tokens[m]) : "";
        if (s === ")" || s === "]" || s === "}")
            depth++;
        else if (s === "(" || s === "[" || s === "{") {
            if (depth === 0)
                return s;
            depth--;
        }
    }
    return undefined;
}
function isLiteral(text, t) {
    return t.kind === "number" || t.kind === "string" || (t.kind === "name" && ["None", "True", "False"].includes(word(text, t)));
}
function isSign(text, t) {
    return t.kind === "op" && ["-", "+", "~"].includes(word(text, t));
}
function startsOperand(text, t) {
    return t.kind === "number" || t.kind === "string" || (t.kind === "name" && operandName(word(text, t)));
}
function endsOperand(text, t) {
    if (t.kind === "op")
        return [")", "]", "}"].includes(text.slice(t.from, t.to));
    return startsOperand(text, t);
}
function operandName(s) {
    return !KEYWORDS.has(s);
}
function isStop(text, t) {
    return t !== undefined && t.kind === "op" && ["(", "[", "{", ",", ":", "="].includes(text.slice(t.from, t.to));
}
function isOp(text, t, s) {
    return t !== undefined && t.kind === "op" && word(text, t) === s;
}
function word(text, t) {
    return text.slice(t.from, t.to);
}

;// CONCATENATED MODULE: ./src/python/parse/syntax-problem.ts





// The ids of @lezer/python (node-types.ts proves them equal), so a fast tree needs no lezer here.
const types = node_types_pythonNodeSet.types;
const PRINT = types.find((t) => t.name === "PrintStatement").id;
const STRING = types.find((t) => t.name === "String").id;
const ERROR = types.find((t) => t.isError).id;
/** An error past a lezer valve is confirmed by parsing again from the top-level statement before it. */
const CONFIRM_WINDOW = 20_000;
const MAX_CANDIDATES = 4;
/** `valveAt`: where lezer forced a reduction (lezer-parse.ts); errors from there on need confirming. */
function firstSyntaxProblem(text, tree, valveAt) {
    // CPython tokenizes the whole file after a parser error: a tokenizer error anywhere is what it reports
    // (except after an unexpected indent: CPython reports that at once.)
    const tokens = tokenizePython(text);
    const first = candidateOffsets(text, tree).slice(0, MAX_CANDIDATES).find((from) => from < valveAt || recursInWindow(text, from));
    // An error in the shape of the blocks (lezer takes most of them silently) counts if no error of lezer's is before it.
    const blocks = tokens.unsure ? undefined : firstBlockProblem(text, tokens);
    // lezer may mark the indentation before the token (same line).
    const reached = (p) => p !== undefined && (first === undefined || p.from <= first || /^[ \t]*$/.test(text.slice(first, p.from)));
    if (blocks?.message === "unexpected indent" && reached(blocks))
        return problem(blocks);
    if (tokens.error && !tokens.error.onlyIfReached)
        return problem(tokens.error);
    const early = [blocks, tokens.error].filter((p) => p !== undefined).sort((a, b) => a.from - b.from)[0];
    if (early && reached(early))
        return problem(early);
    if (first === undefined || inGrammarGap(text, tree, first))
        return undefined;
    // Python's tokenizer ends every file with a NEWLINE, whatever its last line holds; lezer does not, and trips
    // on a last line of spaces. An error at the end of such a file is judged on the text as Python reads it.
    if (atEnd(text, first) && !text.endsWith("\n")) {
        const again = lezer().lezerParse(`${text}\n`);
        return firstSyntaxProblem(`${text}\n`, again.tree, again.valveAt ?? Infinity);
    }
    return describe(text, tree, first, tokens);
}
function problem(p) {
    return { from: p.from, to: p.to, message: `syntax error: ${p.message}` };
}
/**
 * Start offsets of error nodes, print statements and unterminated one-line
 * strings, in order. Reads lezer's node buffers directly: this runs on every
 * file, and a cursor walk over every node cost 6 % of the parse.
 */
function candidateOffsets(text, tree) {
    const out = [];
    const visit = (t, offset) => {
        const id = t.type.id;
        if (id === ERROR || id === PRINT || (id === STRING && unterminated(text, offset, offset + t.length)))
            out.push(offset);
        t.children.forEach((child, i) => {
            const at = offset + t.positions[i];
            if (child instanceof dist/* TreeBuffer */.Zv) {
                const b = child.buffer;
                for (let j = 0; j < b.length; j += 4) {
                    const cid = b[j];
                    if (cid === ERROR || cid === PRINT || (cid === STRING && unterminated(text, at + b[j + 1], at + b[j + 2])))
                        out.push(at + b[j + 1]);
                }
            }
            else
                visit(child, at);
        });
    };
    visit(tree, 0);
    return out.sort((a, b) => a - b);
}
/** A string token that does not end with its own (unescaped) closing quote or quotes. */
function stringUnterminated(text, from, to) {
    let q = from;
    while (q < to && /[rRuUbBfF]/.test(text[q]))
        q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'")
        return false;
    if (text[q + 1] !== quote || text[q + 2] !== quote)
        return unterminated(text, from, to);
    if (to - q < 6 || text.slice(to - 3, to) !== quote.repeat(3))
        return true;
    let slashes = 0;
    for (let i = to - 4; i > q + 2 && text[i] === "\\"; i--)
        slashes++;
    return slashes % 2 === 1;
}
/** A one-line string token that does not end with its own (unescaped) quote. */
function unterminated(text, from, to) {
    let q = from;
    while (q < to && /[rRuUbBfF]/.test(text[q]))
        q++;
    const quote = text[q];
    if (quote !== '"' && quote !== "'")
        return false;
    if (text[q + 1] === quote && text[q + 2] === quote)
        return false; // triple: lezer marks those with an error node
    if (to - q < 2 || text[to - 1] !== quote)
        return true;
    let slashes = 0;
    for (let i = to - 2; i > q && text[i] === "\\"; i--)
        slashes++;
    return slashes % 2 === 1;
}
function recursInWindow(text, from) {
    let start = text.lastIndexOf("\n", Math.max(0, from - 1));
    // Back to a line that starts a top-level statement (not indented, not a comment).
    while (start > 0) {
        const c = text[start + 1];
        if (c !== undefined && c !== " " && c !== "\t" && c !== "#" && c !== "\n" && c !== "\r" && c !== ")" && c !== "]" && c !== "}")
            break;
        start = text.lastIndexOf("\n", start - 1);
    }
    start = Math.max(0, start + 1);
    const end = Math.min(text.length, from + CONFIRM_WINDOW);
    const window = text.slice(start, end);
    const again = lezer().lezerParse(window);
    // A window that trips a valve before the error (a chain too long for lezer) confirms nothing.
    if (again.valveAt !== undefined && again.valveAt + start <= from)
        return false;
    return candidateOffsets(window, again.tree).some((o) => o + start === from && (end === text.length || o + start < end - 1));
}
function describe(text, tree, from, tokens) {
    // At the end of the text, the node that ends there (an unterminated string) holds the error.
    let node = tree.resolveInner(from, 1);
    if (!node.parent && from > 0)
        node = tree.resolveInner(from, -1);
    if (node.type.id === PRINT || node.parent?.type.id === PRINT) {
        const stmt = node.type.id === PRINT ? node : node.parent;
        return { from: stmt.from, to: stmt.to, message: 'syntax error: a Python 2 print statement; Python 3 needs print(...)' };
    }
    // An error node inside a string token does not make the string unterminated (`{"a": 1 "b": 2}`): only its text does.
    // A sure tokenizer has found every unterminated string already.
    const str = tokens.unsure ? enclosing(node, (n) => n.type.id === STRING) : undefined;
    if (str && stringUnterminated(text, str.from, str.to)) {
        const triple = /^[rRuUbBfF]*("""|''')/.test(text.slice(str.from, str.from + 6));
        return { from: str.from, to: str.from + 1, message: triple ? "syntax error: unterminated triple-quoted string literal" : "syntax error: unterminated string literal" };
    }
    const wording = tokens.unsure ? undefined : cpythonWording(text, tokens, from, atEnd(text, from));
    if (wording)
        return { from: wording.from, to: wording.to, message: `syntax error: ${wording.message}` };
    // With a sure tokenizer, an end with no open bracket and no block missing is an unfinished statement (`x = 1 +`).
    // Without one, lezer's brackets are not Python's (an f-string field cut short): say no more than "invalid syntax".
    if (atEnd(text, from)) {
        return { from, to: from, message: tokens.unsure ? "syntax error: invalid syntax" : "syntax error: the file ends inside an unfinished statement" };
    }
    const token = /^[^\s]{1,20}/.exec(text.slice(from, from + 20))?.[0] ?? "";
    return { from, to: from + token.length, message: token ? `syntax error: invalid syntax at ${JSON.stringify(token)}` : "syntax error: invalid syntax" };
}
/**
 * Python that runs but lezer's grammar does not take: a with-statement's
 * parenthesized items or targets (`with (A() as a, B() as b):`, Python 3.10;
 * `with f() as (a, b):`) and a bare `yield` statement (FastAPI lifespans, pytest
 * fixtures), and a starred target in a comprehension's `for` (`[k for k, *_ in m]`),
 * all seen on real repositories. Checked against lezer 1.1:
 * `except*`, `match`, PEP 695 generics and PEP 701 f-strings do parse.
 * An error there says nothing about the file, and the rest is left unjudged.
 */
function inGrammarGap(text, tree, from) {
    // The error node may sit just after the statement it belongs to (a bare `yield` at the end of a line): look both ways.
    const gap = (n) => n.name === "WithStatement" || (n.name === "YieldStatement" && text.slice(n.from, n.to).trim() === "yield");
    return enclosing(tree.resolveInner(from, 1), gap) !== undefined || enclosing(tree.resolveInner(from, -1), gap) !== undefined || starredForTarget(text, tree, from);
}
/** An error node holding only the `*` of a target between a comprehension's `for` and its `in`. */
function starredForTarget(text, tree, from) {
    let error = tree.resolveInner(from, 1);
    if (error.name === "*" && error.parent?.type.isError)
        error = error.parent;
    if (!error.type.isError || text.slice(error.from, error.to) !== "*" || !error.parent?.name.endsWith("ComprehensionExpression"))
        return false;
    if (error.nextSibling?.name !== "VariableName")
        return false;
    for (let n = error.prevSibling; n; n = n.prevSibling) {
        if (n.name === "for")
            return true;
        if (n.name !== "VariableName" && n.name !== ",")
            return false;
    }
    return false;
}
function enclosing(node, test) {
    for (let n = node; n; n = n.parent)
        if (test(n))
            return n;
    return undefined;
}
function atEnd(text, from) {
    return text.slice(from).trim() === "";
}

;// CONCATENATED MODULE: ./src/python/parse/parse-python.ts
// Python text → a tree that cannot crash or run away, plus the one problem to
// report: brackets nested deeper than Python allows, the first syntax error, or
// a parse stopped by its budget. Whatever parsed is still analysed. The fast
// parser builds lezer's tree for most code; lezer parses the rest.






/** Parses `text`: the fast parser, or lezer (loaded first if need be). */
async function parse_python_parsePython(text) {
    const fast = fastParse(text);
    if (fast)
        return fastParsed(text, fast);
    await loadLezer();
    return lezerParsed(text);
}
/**
 * A fast tree is lezer's own tree with no valve fired (the fast parser bails first). It also
 * bails on every text where the syntax check finds a problem (CPython's tokenizer errors, the
 * block shapes lezer takes silently), so a tree over the whole text skips that check, a
 * tenth of a large run's CPU; bench/parser-diff.ts confirms it on the devset and its edits.
 */
function fastParsed(text, tree) {
    return tree.length === text.length ? { tree } : { tree, ...problemOf(text, tree, Infinity) };
}
/** lezer's parse, stopping before a too-deep bracket and when the step budget runs out; lezer must be loaded. */
function lezerParsed(text) {
    const deep = tooDeepBracket(text);
    const end = deep ?? text.length;
    let parsed;
    try {
        parsed = lezer().lezerParse(text.slice(0, end));
    }
    catch (e) {
        // A stack overflow in a construct the pre-scan does not count (deep f-string fields).
        if (!(e instanceof RangeError))
            throw e;
        const empty = dist/* Tree */.PH.build({ buffer: [], nodeSet: node_types_pythonNodeSet, topID: node_types_Id.Script, length: 0 });
        return { tree: empty, problem: { from: 0, to: 0, message: "the file is nested too deeply to parse; it is not analysed" } };
    }
    return { tree: parsed.tree, ...problemOf(text, parsed.tree, parsed.valveAt ?? Infinity, deep) };
}
/**
 * The problem a parse shows. For a tree a parse worker built, `deep` is found
 * again here, and where lezer's valves fired is unknown (0: every error is
 * confirmed); Infinity: they never fired.
 */
function problemOf(text, tree, valveAt = 0, deep = tree.length < text.length ? tooDeepBracket(text) : undefined) {
    if (deep !== undefined) {
        return { problem: { from: deep, to: deep + 1, message: `brackets nested more than ${MAX_BRACKET_DEPTH} deep: Python refuses this ("too many nested parentheses"); the rest of the file is not analysed` } };
    }
    const syntax = firstSyntaxProblem(text, tree, valveAt);
    if (syntax)
        return { problem: syntax };
    if (tree.length < text.length) {
        return { problem: { from: tree.length, to: tree.length, message: "the file is too complex to parse past here; the rest of it is not analysed" } };
    }
    return {};
}

;// CONCATENATED MODULE: ./src/python/parse-modules.ts
// Python sources → PyModules, in file order, plus the flat tree encoding that
// lets a parse worker hand its lezer trees to the main thread without copying.






/** Parses each source; `trees` holds already-parsed trees by file, one per unit of `pythonUnits`. */
async function parseSources(sources, problems, trees) {
    const modules = [];
    for (const source of sources) {
        const flat = trees?.get(source.absPath);
        const units = notebook_pythonUnits(source, problems);
        for (const [i, unit] of units.entries()) {
            const t = flat?.length === units.length ? flat[i] : undefined;
            modules.push(parseUnit(unit, problems, t ? await workerParsed(unit.text, t) : await parse_python_parsePython(unit.text)));
        }
    }
    return modules;
}
async function workerParsed(text, flat) {
    if (!flat.fast)
        await loadLezer();
    const tree = unflatten(flat);
    return flat.fast ? fastParsed(text, tree) : { tree, ...problemOf(text, tree, 0) };
}
/** The units of a source, parsed and flattened (the worker side). */
async function parseFlat(source) {
    const out = [];
    for (const u of pythonUnits(source, [])) {
        const { tree } = await parsePython(u.text);
        out.push(flatten(tree));
    }
    return out;
}
// Iterative, so a deeply nested expression cannot overflow the stack.
function flatten(tree) {
    const out = [];
    const starts = [];
    const c = tree.cursor(IterMode.IncludeAnonymous);
    if (c.firstChild()) {
        outer: for (;;) {
            starts.push(out.length);
            if (c.firstChild())
                continue;
            for (;;) {
                out.push(c.type.id, c.from, c.to, out.length - starts.pop() + 4);
                if (c.nextSibling())
                    continue outer;
                if (starts.length === 0)
                    break outer;
                c.parent();
            }
        }
    }
    // The fast parser's trees carry its node set; lezer's, lezer's own (the same ids and names).
    return { buffer: Int32Array.from(out), length: tree.length, fast: tree.type.id === Id.Script && pythonNodeSet.types[Id.Script] === tree.type };
}
function unflatten(flat) {
    return dist/* Tree */.PH.build({ buffer: new Int32Cursor(flat.buffer, flat.buffer.length), nodeSet: node_types_pythonNodeSet, topID: node_types_Id.Script, length: flat.length });
}
/**
 * lezer's BufferCursor over a typed array: Tree.build reads only plain arrays as
 * the flat format itself, and copying the buffer into one costs as much again.
 */
class Int32Cursor {
    buffer;
    pos;
    constructor(buffer, pos) {
        this.buffer = buffer;
        this.pos = pos;
    }
    get id() {
        return this.buffer[this.pos - 4];
    }
    get start() {
        return this.buffer[this.pos - 3];
    }
    get end() {
        return this.buffer[this.pos - 2];
    }
    get size() {
        return this.buffer[this.pos - 1];
    }
    next() {
        this.pos -= 4;
    }
    fork() {
        return new Int32Cursor(this.buffer, this.pos);
    }
}

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
    facts.modules.push(...(pool ? await pool.parse(sources, facts.problems) : await parseSources(sources, facts.problems)));
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
