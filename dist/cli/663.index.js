export const id = 663;
export const ids = [663];
export const modules = {

/***/ 7463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ DatabricksAuthError),
/* harmony export */   Ny: () => (/* binding */ DatabricksApiError),
/* harmony export */   nM: () => (/* binding */ DatabricksNetworkError),
/* harmony export */   z9: () => (/* binding */ DatabricksConfigError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Typed errors of the Databricks client. All of them are UserErrors: a bad host,
// a bad token, a missing job or an outage is not a bug in serving-ci, so the CLI
// prints the message without a stack trace. They carry what helps a person act
// (status, error_code, request id, method + path) and never headers or tokens.

class DatabricksApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksApiError";
    status;
    errorCode;
    apiMessage;
    requestId;
    method;
    path;
    retryAfterSeconds;
    /** How many attempts the request made before failing (set by the HTTP layer). */
    attempts = 1;
    constructor(info) {
        // Gateways send error_code 403 with HTTP 403: say it once.
        const code = info.errorCode === undefined || String(info.errorCode) === String(info.status) ? "" : ` ${String(info.errorCode)}`;
        const rid = info.requestId ? ` (request id ${info.requestId})` : "";
        super(`${info.method} ${info.path} failed: HTTP ${info.status}${code}: ${info.message}${rid}${hintFor(info)}`);
        this.status = info.status;
        this.errorCode = info.errorCode;
        this.apiMessage = info.message;
        this.requestId = info.requestId;
        this.method = info.method;
        this.path = info.path;
        this.retryAfterSeconds = info.retryAfterSeconds;
    }
    get isNotFound() {
        return this.status === 404 || this.errorCode === "RESOURCE_DOES_NOT_EXIST" || this.errorCode === "NOT_FOUND";
    }
    get isConflict() {
        return this.status === 409;
    }
}
function hintFor(info) {
    if (info.status === 401 || info.status === 403) {
        return ". Check the credentials (DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID/DATABRICKS_CLIENT_SECRET) and that they belong to this workspace.";
    }
    return "";
}
/** The workspace could not be reached at all (DNS, refused, reset, timeout), after retries. */
class DatabricksNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    method;
    path;
    causeText;
    code;
    name = "DatabricksNetworkError";
    constructor(method, path, causeText, 
    /** ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, BAD_PORT, ...; undefined when unknown. */
    code) {
        super(`${method} ${path} failed: ${causeText}. ${code === "ECONNRESET" || code === "ETIMEDOUT" ? "Check the network, or retry." : "Check the workspace host (DATABRICKS_HOST) and the network."}`);
        this.method = method;
        this.path = path;
        this.causeText = causeText;
        this.code = code;
    }
}
/** Credentials missing, ambiguous, or rejected while obtaining a token. */
class DatabricksAuthError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksAuthError";
}
/** Host missing or not a workspace URL. */
class DatabricksConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "DatabricksConfigError";
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/* unused harmony export plainSpan */
/** Maps 0-based offsets to 1-based line/column by binary search over line starts. */
class LineIndex {
    text;
    starts = [0];
    /** The file name of the last span made here, with this index: spans of one file share it. */
    named;
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
    }
    get lineCount() {
        return this.starts.length;
    }
    /** The 1-based line holding an offset. */
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    position(offset) {
        const line = this.lineAt(offset);
        return { line, column: offset - this.starts[line - 1] + 1 };
    }
    /** Offset of the first character of a 1-based line. */
    lineStart(line) {
        return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    }
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
        return this.text.slice(start, next).replace(/\r$/, "");
    }
    /** A span over [start, end): offsets only, line and column are worked out when read. */
    span(file, start, end) {
        let named = this.named;
        if (named?.name !== file)
            this.named = named = new SpanFile(file, this);
        return new OffsetSpan(named, start, Math.max(start, end));
    }
}
/** A file name and its line index, shared by the spans in that file. */
class SpanFile {
    name;
    lines;
    constructor(name, lines) {
        this.name = name;
        this.lines = lines;
    }
}
/**
 * A Span as three fields (a large run holds hundreds of thousands: seven fields each
 * were a quarter of the heap). Line and column are getters on the prototype, so a
 * spread (`{ ...span }`) copies no line: build a plain object with `plainSpan`.
 */
class OffsetSpan {
    at;
    start;
    end;
    constructor(at, start, end) {
        this.at = at;
        this.start = start;
        this.end = end;
    }
    get file() {
        return this.at.name;
    }
    get line() {
        return this.at.lines.lineAt(this.start);
    }
    get column() {
        return this.start - this.at.lines.lineStart(this.line) + 1;
    }
    get endLine() {
        return this.at.lines.lineAt(this.end);
    }
    get endColumn() {
        return this.end - this.at.lines.lineStart(this.endLine) + 1;
    }
    toJSON() {
        return plainSpan(this);
    }
}
/** A span's fields as an own-property object (to spread, to clone, to compare with toEqual). */
function plainSpan(s) {
    return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, start: s.start, end: s.end };
}


/***/ }),

/***/ 6122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ lint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lint/did-you-mean.ts
var did_you_mean = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/lint/read-source.ts
var read_source = __webpack_require__(7267);
// EXTERNAL MODULE: ./src/lint/generated/serving-validators.js
var serving_validators = __webpack_require__(1406);
// EXTERNAL MODULE: ./src/lint/line-index.ts
var line_index = __webpack_require__(3454);
// EXTERNAL MODULE: ./src/lint/yaml/located.ts
var located = __webpack_require__(6847);
// EXTERNAL MODULE: ./src/lint/yaml/parse-yaml.ts
var parse_yaml = __webpack_require__(4176);
;// CONCATENATED MODULE: ./src/lint/config.ts
// .serving-ci.yaml at the repository root: rule severities, the repository's own
// endpoint names, ignored paths. Validated with the precompiled JSON Schema
// (schema/serving-ci-config.schema.json, also usable by editors). A broken
// config is a UserError (exit 2) naming the file, line and column.








const CONFIG_FILE = ".serving-ci.yaml";
const EMPTY_CONFIG = { rules: {}, endpoints: [], ignore: [] };
function loadConfig(repoRoot, knownRules, cwd, explicitPath) {
    const file = explicitPath ? external_node_path_default().resolve(cwd, explicitPath) : external_node_path_default().join(repoRoot, CONFIG_FILE);
    const display = (0,read_source/* displayPath */.Gt)(file, explicitPath ? cwd : repoRoot);
    // The repository's config stays in the repository; one named with --config is the user's own choice.
    const read = (0,read_source/* readConfinedText */.sG)(file, explicitPath ? external_node_path_default().dirname(file) : repoRoot);
    if ("refused" in read) {
        if (!explicitPath && read.refused === "missing")
            return EMPTY_CONFIG;
        throw new errors/* UserError */.y(`cannot read config ${display}: ${read.why}`);
    }
    const text = read.text;
    const lines = new line_index/* LineIndex */.r(text);
    const parsed = (0,parse_yaml/* parseYaml */.h)(display, lines);
    const first = parsed.problems[0];
    if (first)
        throw new errors/* UserError */.y(`${display}:${first.span.line}:${first.span.column}: ${first.message}`);
    const root = parsed.root;
    const plain = (root ? (0,located/* toPlain */.Ul)(root) : null) ?? {};
    const where = (segments) => {
        const at = root ? (0,located/* atPath */.Z$)(root, segments) : undefined;
        const span = at?.key?.span ?? at?.node.span ?? root?.span;
        return span ? `${display}:${span.line}:${span.column}` : display;
    };
    if (!(0,serving_validators/* validateConfig */.$r)(plain)) {
        const err = serving_validators/* validateConfig */.$r.errors[0];
        const segments = err.instancePath.split("/").slice(1);
        if (err.keyword === "additionalProperties") {
            const key = String(err.params.additionalProperty);
            throw new errors/* UserError */.y(`${where([...segments, key])}: unknown key "${key}"${(0,did_you_mean/* didYouMean */.a)(key, ["rules", "endpoints", "ignore"])} (expected rules, endpoints, ignore)`);
        }
        const what = err.keyword === "enum" ? "must be off, warn or error" : err.message ?? "is invalid";
        throw new errors/* UserError */.y(`${where(segments)}: ${segments.join(".") || "the config"} ${what}`);
    }
    const cfg = plain;
    for (const id of Object.keys(cfg.rules ?? {})) {
        if (!knownRules.has(id))
            throw new errors/* UserError */.y(`${where(["rules", id])}: unknown rule "${id}"${(0,did_you_mean/* didYouMean */.a)(id, knownRules)} (see \`serving-ci rules\`)`);
    }
    return { file: display, rules: cfg.rules ?? {}, endpoints: cfg.endpoints ?? [], ignore: cfg.ignore ?? [] };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/lint/classify.ts
// What a file is, decided by its content: the one classifier that walked files,
// paths named on the command line and the action's `files` all go through.
// A name only says whether a file is worth reading; what was read decides.


function candidateOf(name) {
    if (/\.ya?ml$/i.test(name))
        return "yaml";
    if (name.endsWith(".py"))
        return "python";
    if (name.endsWith(".ipynb"))
        return "ipynb";
    if (/^requirements.*\.txt$/i.test(name))
        return "requirements";
    return undefined;
}
/** Our own name, or a bundle root's: problems in such a file are reported even when its content is unreadable. */
function namedAsOurs(name) {
    return /^(serving|databricks)\.ya?ml$/.test(name);
}
// Top-level keys of a bundle file: the `properties` of the Databricks CLI's bundle
// schema (databricks/cli bundle/schema/jsonschema.json). Used only to tell a bundle
// file from other YAML with a `resources:` key; the schema rule checks the rest.
const BUNDLE_KEYS = new Set([
    "artifacts", "bundle", "environments", "experimental", "include", "permissions", "presets", "python",
    "resources", "run_as", "scripts", "sync", "targets", "variables", "workspace",
]);
/** A map of maps of maps: `resources.<type>.<name>: {...}`, as bundles declare resources. */
function resourcesShape(node) {
    if (!(0,located/* isMap */.jh)(node))
        return false;
    return node.entries.every((t) => (0,located/* isMap */.jh)(t.value) && t.value.entries.every((r) => (0,located/* isMap */.jh)(r.value)));
}
/** `targets.<name>: {...}` (an empty target is allowed). */
function targetsShape(node) {
    if (!(0,located/* isMap */.jh)(node))
        return false;
    return node.entries.every((t) => (0,located/* isMap */.jh)(t.value) || (t.value.kind === "scalar" && t.value.value === null));
}
function bundleShape(root) {
    if (!root.entries.every((e) => BUNDLE_KEYS.has(e.key.value)))
        return false;
    const resources = (0,located/* get */.Jt)(root, "resources");
    const targets = (0,located/* get */.Jt)(root, "targets");
    if (resources === undefined && targets === undefined)
        return false;
    return (resources === undefined || resourcesShape(resources)) && (targets === undefined || targetsShape(targets));
}
/**
 * A parsed YAML file's kind. A bundle file is recognised first, whatever its name
 * (real bundles call their resource files `serving.yml`), then serving-ci's file.
 * An MLflow model config may also have a top-level `resources:` key, but not the
 * bundle's map of resource-type maps alongside bundle keys only.
 */
function classifyYaml(root, name, parsedCleanly = true) {
    if ((0,located/* isMap */.jh)(root)) {
        if ((0,located/* isMap */.jh)((0,located/* get */.Jt)(root, "bundle")))
            return "bundle";
        if (bundleShape(root))
            return /^databricks\.ya?ml$/.test(name) ? "bundle" : "bundle-fragment";
        const ours = (0,located/* get */.Jt)(root, "endpoint") !== undefined || (0,located/* get */.Jt)(root, "model") !== undefined;
        const versioned = (0,located/* get */.Jt)(root, "version") !== undefined;
        if (ours && versioned)
            return "serving";
        // Named serving.yaml with half our shape: ours, so the schema rule can say what is missing.
        if ((ours || versioned) && /^serving\.ya?ml$/.test(name))
            return "serving";
    }
    // Broken or empty content in a file with our name is still ours to report.
    const broken = !parsedCleanly || !(0,located/* isMap */.jh)(root);
    if (/^serving\.ya?ml$/.test(name) && broken)
        return "serving";
    if (/^databricks\.ya?ml$/.test(name) && broken)
        return "bundle";
    return "other";
}
// `ModelConfig(development_config="x.yaml")`, `log_model(..., model_config="x.yaml")`: a YAML path
// written as one literal. Read before any Python is parsed (the loader classifies first), so only the
// literal form counts; the evaluator follows the rest (src/python/evaluate/model-config.ts).
const MODEL_CONFIG_PATH = /\b(?:development_config|model_config)\s*=\s*(?:r?)(["'])([^"'\n]+\.ya?ml)\1/g;
/** The YAML files Python code names as MLflow model configs, as absolute paths (relative to the naming file). */
function modelConfigPaths(python) {
    const out = new Set();
    for (const f of python) {
        if (!f.text.includes("_config"))
            continue;
        for (const m of f.text.matchAll(MODEL_CONFIG_PATH))
            out.add(external_node_path_default().resolve(external_node_path_default().dirname(f.absPath), m[2]));
    }
    return out;
}
/** Python source or a Databricks notebook export (its first line says so). */
function classifyPython(text) {
    return /^# Databricks notebook source[ \t]*\r?$/m.test(text.slice(0, 200).split("\n")[0] ?? "") ? "notebook-export" : "python";
}

;// CONCATENATED MODULE: ./src/lint/discover.ts
// Finds the files to lint: every file whose name makes it worth reading (YAML,
// Python, notebooks, requirements files), honouring .gitignore (root and
// nested) and the config's ignore patterns. What each file is, is decided by
// its content later (classify.ts).





const SKIP_DIRS = new Set([".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".databricks"]);
class Discovery {
    repoRoot;
    ig;
    patterns;
    constructor(repoRoot, ignorePatterns, gitignoresRead = []) {
        this.repoRoot = repoRoot;
        this.patterns = [...ignorePatterns];
        this.ig = ignore_default()().add(this.patterns);
        for (const dir of gitignoresRead)
            this.gitignoresRead.add(dir);
    }
    static fromSnapshot(repoRoot, s) {
        return new Discovery(repoRoot, s.patterns, s.gitignoresRead);
    }
    snapshot() {
        return { patterns: [...this.patterns], gitignoresRead: [...this.gitignoresRead] };
    }
    isIgnored(absPath, isDir = false) {
        const rel = external_node_path_default().relative(this.repoRoot, absPath).split((external_node_path_default()).sep).join("/");
        if (!rel || rel.startsWith(".."))
            return false;
        return this.ig.ignores(isDir ? `${rel}/` : rel);
    }
    /** Every path argument → files. A path that does not exist goes to `missing` (the caller lints the rest first). */
    discover(paths, cwd, missing) {
        const out = [];
        const seen = new Set();
        const push = (d) => {
            if (!seen.has(d.absPath)) {
                seen.add(d.absPath);
                out.push(d);
            }
        };
        for (const p of paths) {
            const abs = external_node_path_default().resolve(cwd, p);
            let isDir;
            try {
                isDir = (0,external_node_fs_.statSync)(abs).isDirectory();
            }
            catch (e) {
                // A symlink loop or a dangling link exists as a name: the reader reports it at the file.
                if (!existsAsLink(abs) || e.code === "ENOTDIR") {
                    missing.push(p);
                    continue;
                }
                isDir = false;
            }
            if (isDir)
                this.walk(abs, (file, candidate) => push({ absPath: file, candidate, explicit: false }));
            else
                push({ absPath: abs, candidate: candidateOf(external_node_path_default().basename(abs)), explicit: true });
        }
        return out;
    }
    /** Depth-first, sorted, so output order is stable across machines. */
    walk(dir, visit, want = candidateOf) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return; // unreadable directory: nothing we can lint in it
        }
        // Only a folder that lists a .gitignore is read for one (most have none; a read costs a realpath).
        if (entries.some((e) => e.name === ".gitignore"))
            this.readGitignore(dir);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const abs = external_node_path_default().join(dir, e.name);
            if (e.isDirectory()) {
                if (SKIP_DIRS.has(e.name) || this.isIgnored(abs, true))
                    continue;
                this.walk(abs, visit, want);
            }
            else if (e.isFile() || e.isSymbolicLink()) {
                // Symlinks are visited as files (never followed as folders): the reader checks where they lead.
                const candidate = want(e.name);
                if (candidate && !this.isIgnored(abs))
                    visit(abs, candidate);
            }
        }
    }
    gitignoresRead = new Set();
    /** Nested .gitignore patterns are rewritten relative to the repository root. */
    readGitignore(dir) {
        if (this.gitignoresRead.has(dir))
            return;
        this.gitignoresRead.add(dir);
        const rel = external_node_path_default().relative(this.repoRoot, dir).split((external_node_path_default()).sep).join("/");
        if (rel.startsWith(".."))
            return;
        const read = (0,read_source/* readConfinedText */.sG)(external_node_path_default().join(dir, ".gitignore"), this.repoRoot);
        if ("refused" in read)
            return; // none, or not one we may read: nothing is ignored by it
        const patterns = read.text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
        const rebased = rel ? patterns.map((p) => rebase(p, rel)) : patterns;
        this.patterns.push(...rebased);
        this.ig.add(rebased);
    }
}
function existsAsLink(abs) {
    try {
        return (0,external_node_fs_.lstatSync)(abs).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function rebase(pattern, dir) {
    const negated = pattern.startsWith("!");
    let p = negated ? pattern.slice(1) : pattern;
    const anchored = p.replace(/\/$/, "").includes("/");
    p = p.replace(/^\//, "");
    const out = anchored ? `${dir}/${p}` : `${dir}/**/${p}`;
    return negated ? `!${out}` : out;
}

// EXTERNAL MODULE: ./src/lint/catalog.ts + 1 modules
var catalog = __webpack_require__(6562);
;// CONCATENATED MODULE: ./src/lint/facts/endpoint-refs.ts
// Endpoint names written in YAML: served entities, model.resources, external
// models that proxy another serving endpoint. Python adds its own refs.

const PT_FIELDS = ["min_provisioned_throughput", "max_provisioned_throughput", "provisioned_model_units"];
function collectEndpointRefs(facts) {
    const refs = [];
    for (const ep of facts.endpoints)
        refs.push(...servedEntityRefs(ep));
    for (const s of facts.servingFiles) {
        for (const item of (0,located/* getSeq */.Mo)((0,located/* getMap */.ZB)(s.model, "resources"), "serving_endpoints")?.items ?? []) {
            const name = (0,located/* str */.gx)(item);
            if (name)
                refs.push({ name, context: "model.resources.serving_endpoints", form: "endpoint", expectsBareName: true });
        }
    }
    refs.push(...(facts.endpointRefs ?? []));
    return refs;
}
function servedEntityRefs(ep) {
    const refs = [];
    for (const e of ep.servedEntities) {
        if (e.entityName?.value.startsWith("system.ai.")) {
            const provisioned = PT_FIELDS.some((f) => (0,located/* get */.Jt)(e.node, f) !== undefined);
            refs.push({ name: e.entityName, context: "served entity entity_name", form: "system-ai-entity", provisioned, expectsBareName: false });
        }
        const ext = e.externalModel;
        if ((0,located/* isMap */.jh)(ext) && (0,located/* str */.gx)((0,located/* get */.Jt)(ext, "provider"))?.value === "databricks-model-serving") {
            const name = (0,located/* str */.gx)((0,located/* get */.Jt)(ext, "name"));
            if (name)
                refs.push({ name, context: "external_model.name", form: "endpoint", expectsBareName: true });
        }
    }
    return refs;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/lint/facts/bundle.ts + 1 modules
var bundle = __webpack_require__(2584);
// EXTERNAL MODULE: ./src/lint/facts/endpoint.ts
var facts_endpoint = __webpack_require__(9676);
;// CONCATENATED MODULE: ./src/lint/facts/serving-file.ts
// serving.yaml (version 1) → facts. Shape errors are the schema rule's job;
// here we only pick out the parts other rules read.



function servingFileFacts(source, root, repoRoot) {
    const facts = { source, root, codePaths: [] };
    const endpoint = (0,located/* getMap */.ZB)(root, "endpoint");
    if (endpoint)
        facts.endpoint = (0,facts_endpoint/* endpointFacts */.v)(source.path, "serving", endpoint);
    const model = (0,located/* getMap */.ZB)(root, "model");
    if (model)
        facts.model = model;
    const deploy = (0,located/* getMap */.ZB)(root, "deploy");
    if (deploy)
        facts.deploy = deploy;
    const code = (0,located/* get */.Jt)(model, "code");
    const entries = (0,located/* isMap */.jh)(code) || code === undefined ? [] : code.kind === "seq" ? (0,located/* getSeq */.Mo)(model, "code").items : [code];
    const dir = external_node_path_default().dirname(source.absPath);
    for (const item of entries) {
        const p = (0,located/* str */.gx)(item);
        if (!p)
            continue;
        const absPath = external_node_path_default().resolve(dir, p.value);
        const rel = external_node_path_default().relative(repoRoot, absPath);
        facts.codePaths.push({ ...p, absPath, escapesRoot: rel.startsWith("..") || external_node_path_default().isAbsolute(rel) });
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/lint/load.ts
// Discovered files → LintFacts: read (through the one reader), classify by
// content, parse, extract. Bundle roots pull in the files their `include` globs
// name; a walk also lints bundle fragments that no root includes when they
// declare serving endpoints.








const MULTIPLE_DOCUMENTS = "holds more than one YAML document (a `---` line); serving-ci files, like bundle files, are one document: split it or remove the extra `---`";
function loadFacts(discovered, discovery, paths) {
    const facts = { repoRoot: paths.root, files: [], problems: [], servingFiles: [], bundleFiles: [], endpoints: [] };
    const out = { facts, inventory: [], requirementFiles: [], linted: 0 };
    const taken = new Set();
    const note = (absPath, kind, why) => out.inventory.push({ path: paths.display(absPath), kind, ...(why ? { note: why } : {}) });
    const lintSource = (source, problems = []) => {
        facts.files.push(source);
        facts.problems.push(...problems);
        out.linted++;
    };
    const read = (absPath, kind, namedAt) => (0,read_source/* readSource */.o$)(absPath, kind, { root: paths.rootOf(absPath), display: paths.display(absPath), ...(namedAt ? { namedAt } : {}) });
    const readYaml = (absPath, namedAt) => {
        const r = read(absPath, "serving", namedAt);
        if ("problem" in r)
            return r;
        const { source } = r;
        if (source.text.trim() === "") {
            return { source, root: undefined, problems: [{ messageId: "empty", message: "file is empty", span: source.lines.span(source.path, 0, 0) }] };
        }
        const parsed = (0,parse_yaml/* parseYaml */.h)(source.path, source.lines);
        return { source, root: parsed.root, problems: parsed.problems.map(ownMessage) };
    };
    const addBundle = (file, kind) => {
        file.source.kind = kind;
        lintSource(file.source, file.problems);
        const b = (0,bundle/* bundleFileFacts */.i5)(file.source, file.root);
        facts.bundleFiles.push(b);
        facts.endpoints.push(...b.endpoints);
    };
    const includeFiles = (rootFile) => {
        const dir = external_node_path_default().dirname(rootFile.source.absPath);
        for (const glob of includeGlobs(rootFile.root)) {
            const match = picomatch_default()(glob.value, { dot: false });
            const hits = [];
            discovery.walk(dir, (file) => {
                if (match(external_node_path_default().relative(dir, file).split((external_node_path_default()).sep).join("/")))
                    hits.push(file);
            }, (name) => (/\.ya?ml$/i.test(name) ? "yaml" : undefined));
            for (const file of hits) {
                const walked = fragments.get(file);
                fragments.delete(file);
                if (!walked && taken.has(file))
                    continue;
                taken.add(file);
                const y = walked ?? readYaml(file, glob.span);
                if ("problem" in y)
                    facts.problems.push(y.problem);
                else {
                    addBundle(y, "bundle-include");
                    note(file, "bundle-fragment", `included by ${rootFile.source.path}`);
                }
            }
        }
    };
    // Fragments wait until every root has pulled in what it includes.
    const fragments = new Map();
    const roots = [];
    /** YAML of no kind of ours: an MLflow model config when Python names it so (known once all Python is read). */
    const others = [];
    for (const d of discovered) {
        if (taken.has(d.absPath))
            continue;
        taken.add(d.absPath);
        const name = external_node_path_default().basename(d.absPath);
        if (d.candidate === "python" || d.candidate === "ipynb") {
            const r = read(d.absPath, d.candidate === "ipynb" ? "notebook" : "python");
            if ("problem" in r)
                facts.problems.push(r.problem);
            else
                lintSource(r.source);
            note(d.absPath, d.candidate === "ipynb" ? "ipynb" : "problem" in r ? "python" : classifyPython(r.source.text));
        }
        else if (d.candidate === "requirements") {
            if (!d.explicit) {
                note(d.absPath, "requirements", "linted where a model or a named file uses it");
                continue;
            }
            const r = read(d.absPath, "requirements");
            if ("problem" in r)
                facts.problems.push(r.problem);
            else {
                lintSource(r.source);
                out.requirementFiles.push(r.source);
            }
            note(d.absPath, "requirements");
        }
        else if (d.candidate === "yaml") {
            const y = readYaml(d.absPath);
            if ("problem" in y) {
                // A walked YAML file of another tool that cannot be read is none of our business.
                if (d.explicit || namedAsOurs(name))
                    facts.problems.push(y.problem);
                note(d.absPath, "other", `not read: ${y.problem.message}`);
                continue;
            }
            const kind = classifyYaml(y.root, name, y.problems.length === 0);
            if (kind === "serving") {
                lintSource(y.source, y.problems);
                const s = servingFileFacts(y.source, y.root, paths.rootOf(d.absPath));
                facts.servingFiles.push(s);
                if (s.endpoint)
                    facts.endpoints.push(s.endpoint);
                note(d.absPath, "serving");
            }
            else if (kind === "bundle")
                roots.push(y);
            else if (kind === "bundle-fragment")
                fragments.set(d.absPath, { ...y, explicit: d.explicit });
            else
                others.push(d);
        }
        else
            note(d.absPath, "other", "not a YAML, Python, notebook or requirements file; skipped");
    }
    const configs = modelConfigPaths(facts.files.filter((f) => f.kind === "python" || f.kind === "notebook"));
    for (const d of others) {
        if (configs.has(d.absPath))
            note(d.absPath, "model-config", "read by the model code as an MLflow model config");
        else
            note(d.absPath, "other", d.explicit ? "not a serving.yaml, bundle or requirements file by its content; skipped" : undefined);
    }
    for (const r of roots) {
        addBundle(r, "bundle");
        note(r.source.absPath, "bundle");
        includeFiles(r);
    }
    for (const [absPath, file] of fragments) {
        // A model config may have a top-level `resources:` of maps: named as one by the code, it is not a bundle file.
        if (configs.has(absPath))
            note(absPath, "model-config", "read by the model code as an MLflow model config");
        else if (file.explicit || declaresServingEndpoints(file.root)) {
            addBundle(file, "bundle-include");
            note(absPath, "bundle-fragment", file.explicit ? undefined : "included by no bundle root; linted for its serving endpoints");
        }
        else
            note(absPath, "bundle-fragment", "included by no bundle root and declares no serving endpoint; skipped");
    }
    return out;
}
/** Our message for a multi-document file, not the library's advice to its own callers. */
function ownMessage(p) {
    return p.messageId === "multipleDocuments" ? { ...p, message: `file ${MULTIPLE_DOCUMENTS}` } : p;
}
/** The `include` globs of a bundle root with their positions (a refused include is reported there). */
function includeGlobs(root) {
    return ((0,located/* getSeq */.Mo)(root, "include")?.items ?? []).flatMap((i) => i.kind === "scalar" && typeof i.value === "string" ? [{ value: i.value, span: i.span }] : []);
}
function declaresServingEndpoints(root) {
    if ((0,located/* isMap */.jh)((0,located/* get */.Jt)((0,located/* getMap */.ZB)(root, "resources"), "model_serving_endpoints")))
        return true;
    return ((0,located/* getMap */.ZB)(root, "targets")?.entries ?? []).some((t) => (0,located/* isMap */.jh)((0,located/* get */.Jt)((0,located/* getMap */.ZB)(t.value, "resources"), "model_serving_endpoints")));
}

;// CONCATENATED MODULE: ./src/lint/pulled-in.ts
// Files the analysis pulls in because another file names them (`model.code`,
// `-r requirements.txt`, `pip_requirements="requirements.txt"`). They must stay
// in the run's repository; a file that cannot be read is a finding at the line
// that names it (never one that shows what it holds).


/** A path outside the root as the user would recognise it: relative, unless it climbs to the file system root. */
function shownOutside(absPath, root) {
    const rel = external_node_path_default().relative(root, absPath);
    const ups = rel.split((external_node_path_default()).sep).filter((s) => s === "..").length;
    return (ups >= root.split((external_node_path_default()).sep).length - 1 ? absPath : rel).split((external_node_path_default()).sep).join("/");
}
function pulledInReader(facts, paths) {
    const seen = new Map(facts.files.map((f) => [f.absPath, f]));
    const reported = new Set();
    const report = (problem, namedAt) => {
        // Without a naming line there is nowhere true to put it (the file itself may not exist).
        if (!namedAt)
            return;
        const key = `${namedAt.file}:${namedAt.start}`;
        if (reported.has(key))
            return;
        reported.add(key);
        facts.problems.push({ ...problem, span: namedAt });
    };
    return (absPath, kind, namedAt, options) => {
        let hit = seen.get(absPath);
        if (!hit) {
            if (!(0,read_source/* isInside */.FK)(absPath, paths.root)) {
                const shown = shownOutside(absPath, paths.root);
                hit = { problem: { messageId: "outsideRoot", message: `${shown}: outside the repository root; not read`, span: namedAt } };
            }
            else {
                const r = (0,read_source/* readSource */.o$)(absPath, kind, { root: paths.root, display: paths.display(absPath), ...(namedAt ? { namedAt } : {}) });
                hit = "problem" in r ? r : r.source;
            }
            // A failure is remembered only with its message made for a naming line.
            if (namedAt || !("problem" in hit))
                seen.set(absPath, hit);
        }
        if (!("problem" in hit))
            return hit;
        if (options?.quietIfMissing && hit.problem.messageId === "missing")
            return undefined;
        // The message was made for the first naming line; it names the path, so it reads true at every other.
        report(hit.problem, namedAt);
        return undefined;
    };
}

// EXTERNAL MODULE: ./src/python/requirement-lists.ts
var requirement_lists = __webpack_require__(6865);
;// CONCATENATED MODULE: ./src/lint/requirements-file.ts
// A requirements file named on the command line is linted on its own: its
// entries (with `-r` files followed) become a requirement list. It is not known
// to be a model's whole environment, so rules that need that stay silent.

function requirementFileList(file, read) {
    const reader = new requirement_lists/* RequirementReader */.Nx((absPath, namedAt) => read(absPath, "requirements", namedAt));
    const entries = reader.file(file.absPath);
    return {
        origin: "requirements file", complete: false, known: entries !== undefined, entries: entries ?? [],
        at: file.lines.span(file.path, 0, 0), label: file.path,
    };
}

;// CONCATENATED MODULE: ./src/lint/stream-units.ts
// Streaming a large run: the walked files split into units, one per top-level
// folder of the linted directory, each linted on its own (its trees and facts
// dropped before the next), so memory follows the largest unit, not the
// repository. Only where a unit provably sees nothing of another: the same
// findings as one run over everything, or the caller falls back to one.




/** Below this many bytes of candidate files a run is one unit: streaming saves nothing there. */
const STREAM_MIN_BYTES = 4 * 1024 * 1024;
/**
 * The walk of one directory split by its top-level folders, in walk order; the files
 * directly in it form the first unit. Undefined (one run) when a Python file or notebook
 * sits directly in it (every folder's `import x` may reach it) or there are fewer than two units.
 */
function streamUnits(lintDir, discovered) {
    const top = [];
    const byDir = new Map();
    for (const d of discovered) {
        if (d.explicit || !(0,read_source/* isInside */.FK)(d.absPath, lintDir))
            return undefined;
        const first = external_node_path_default().relative(lintDir, d.absPath).split((external_node_path_default()).sep)[0];
        if (first === external_node_path_default().basename(d.absPath)) {
            if (d.candidate === "python" || d.candidate === "ipynb")
                return undefined;
            top.push(d);
            continue;
        }
        const dir = external_node_path_default().join(lintDir, first);
        const list = byDir.get(dir);
        if (list)
            list.push(d);
        else
            byDir.set(dir, [d]);
    }
    // A folder name is matched as a word of [\w-] (unitEscape): any other name, no streaming.
    if ([...byDir.keys()].some((d) => !/^[\w-]+$/.test(external_node_path_default().basename(d))))
        return undefined;
    const units = [
        ...(top.length ? [{ dir: lintDir, top: true, files: top }] : []),
        ...[...byDir].map(([dir, files]) => ({ dir, top: false, files })),
    ];
    return units.length >= 2 ? units : undefined;
}
function folderNames(units) {
    const out = { words: new Set(), paths: new Set() };
    for (const u of units)
        if (!u.top)
            (/^[A-Za-z_]\w*$/.test(external_node_path_default().basename(u.dir)) ? out.words : out.paths).add(external_node_path_default().basename(u.dir));
    return out;
}
/**
 * Why a linted unit may have depended on another, or undefined when it cannot have:
 * it read a file outside its folder (model.code, `-r`, a config YAML, a bundle include);
 * its Python names another unit's folder (an import, or a path literal such as
 * `python_model="other/agent.py"`, may resolve there) or climbs with a `..` path.
 */
function unitEscape(unit, files, names) {
    const own = external_node_path_default().basename(unit.dir);
    const inFolder = (p) => (unit.top ? external_node_path_default().dirname(p) === unit.dir : (0,read_source/* isInside */.FK)(p, unit.dir));
    const named = (word) => word !== own && (names.words.has(word) || names.paths.has(word));
    for (const f of files) {
        if (!inFolder(f.absPath))
            return `${f.path} is read from outside ${own}`;
        if (f.kind !== "python" && f.kind !== "notebook")
            continue;
        if (/\.\.[\\/]|["']\.\.["']|\bpardir\b/.test(f.text))
            return `${f.path} climbs with a .. path`;
        // Every word when some folder's name is an identifier; else only the words a path separator or a quote ends (cheaper).
        const hit = names.words.size ? f.text.match(/[\w-]+/g)?.find(named) : names.paths.size ? pathWordIn(f.text, named) : undefined;
        if (hit)
            return `${f.path} names the folder ${hit}`;
    }
    return undefined;
}
const isWordChar = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
/** The first run of [\w-] that a `/`, `\\` or quote ends and `wanted` accepts (a scan, no regex backtracking). */
function pathWordIn(text, wanted) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 47 && c !== 92 && c !== 34 && c !== 39)
            continue;
        let j = i;
        while (j > 0 && isWordChar(text.charCodeAt(j - 1)))
            j--;
        if (j < i && wanted(text.slice(j, i)))
            return text.slice(j, i);
    }
    return undefined;
}
/** Bytes of the candidate files (a file that cannot be stat'ed counts 0: reading it reports it). */
function bytesOf(discovered) {
    let n = 0;
    for (const d of discovered) {
        if (!d.candidate)
            continue;
        try {
            n += (0,external_node_fs_.statSync)(d.absPath).size;
        }
        catch {
            // counted as nothing
        }
    }
    return n;
}
const NO_TEXT = new line_index/* LineIndex */.r("");
/**
 * A unit's files as a streamed run keeps them: whole where a finding, related location
 * or fix edit points (code frames, fingerprints and --fix read the text), path and kind
 * only elsewhere (a JUnit report counts them).
 */
function reportedFiles(findings, files) {
    const shown = new Set();
    for (const f of findings) {
        shown.add(f.span.file);
        for (const r of f.related ?? [])
            shown.add(r.span.file);
        for (const e of f.fix?.edits ?? [])
            if (e.file)
                shown.add(e.file);
    }
    return files.map((f) => (shown.has(f.path) ? f : { path: f.path, absPath: f.absPath, kind: f.kind, text: "", lines: NO_TEXT }));
}

// EXTERNAL MODULE: ./src/lint/define-rule.ts
var define_rule = __webpack_require__(6761);
;// CONCATENATED MODULE: ./src/lint/run-rules.ts
// Enabled rules × facts → findings. A rule that throws is a serving-ci bug: it
// becomes one `internal-error` finding and the other rules still run.

const RANK = { info: 0, warning: 1, error: 2 };
function runRules(rules, severities, facts, ctx) {
    const findings = [];
    for (const rule of rules) {
        const ruleSeverity = severities.get(rule.id) ?? rule.defaultSeverity;
        try {
            rule.check(facts, ctx, (messageId, at, data, options) => {
                const template = rule.messages[messageId] ?? messageId;
                const requested = options?.severity;
                const severity = requested && RANK[requested] < RANK[ruleSeverity] ? requested : ruleSeverity;
                const f = { ruleId: rule.id, messageId, severity, message: (0,define_rule/* formatMessage */.hw)(template, data), span: (0,define_rule/* spanOf */.ee)(at), docsUrl: rule.docsUrl };
                if (options?.fix)
                    f.fix = options.fix;
                if (options?.redact?.length)
                    f.redact = options.redact.map((s) => ({ start: s.start, end: s.end }));
                if (options?.related?.length)
                    f.related = options.related;
                findings.push(f);
            });
        }
        catch (e) {
            const file = facts.files[0]?.path ?? ".";
            findings.push({
                ruleId: "internal-error",
                messageId: "ruleCrashed",
                severity: "error",
                message: `rule ${rule.id} crashed (a serving-ci bug, please report it): ${e instanceof Error ? e.message : String(e)}`,
                span: { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
                docsUrl: rule.docsUrl,
            });
        }
    }
    return findings;
}
function compareFindings(a, b) {
    return ((a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
        a.span.line - b.span.line ||
        a.span.column - b.span.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** Sorted by file, line, column, rule; exact duplicates (same place, rule, message) dropped. */
function sortAndDedupe(findings) {
    const sorted = [...findings].sort(compareFindings);
    return sorted.filter((f, i) => {
        const p = sorted[i - 1];
        return !p || compareFindings(p, f) !== 0 || p.span.endLine !== f.span.endLine || p.span.endColumn !== f.span.endColumn;
    });
}

// EXTERNAL MODULE: ./src/lint/suppress.ts
var suppress = __webpack_require__(8142);
// EXTERNAL MODULE: ./src/python/models.ts + 1 modules
var models = __webpack_require__(2770);
// EXTERNAL MODULE: ./src/python/python-facts.ts
var python_facts = __webpack_require__(1384);
;// CONCATENATED MODULE: ./src/python/extract.ts




const isPython = (s) => s.kind === "python" || s.kind === "notebook";
async function extractPythonFacts(input) {
    const extraFiles = [];
    const readRequirements = (abs, namedAt, options) => {
        const f = input.read(abs, "requirements", namedAt, options);
        if (f)
            extraFiles.push(f);
        return f;
    };
    const reader = new requirement_lists/* RequirementReader */.Nx(readRequirements);
    // Model-config YAML the code reads (ModelConfig, model_config=): a file that cannot be read or
    // does not parse cleanly is unknown, silently (the code may build it before it runs).
    const readYaml = (abs) => {
        const f = input.read(abs, "model-config");
        const parsed = f && f.text.trim() !== "" ? (0,parse_yaml/* parseYaml */.h)(f.path, f.lines) : undefined;
        if (!f || !parsed || parsed.problems.length > 0)
            return undefined;
        extraFiles.push(f);
        return parsed.root;
    };
    const servingLists = new Map();
    for (const s of input.servingFiles) {
        const list = (0,requirement_lists/* servingRequirementList */.EI)(reader, s);
        if (list)
            servingLists.set(s, list);
    }
    const python = input.sources.filter(isPython);
    const known = new Set(python.map((s) => s.absPath));
    // Files serving.yaml names as model code are analysed even when the run did not list them.
    for (const s of input.servingFiles) {
        for (const c of s.codePaths) {
            if (c.escapesRoot || known.has(c.absPath) || !/\.(py|ipynb)$/.test(c.absPath))
                continue;
            known.add(c.absPath);
            const f = input.read(c.absPath, c.absPath.endsWith(".ipynb") ? "notebook" : "python", c.span);
            if (f) {
                python.push(f);
                extraFiles.push(f);
            }
        }
    }
    let facts;
    if (python.length > 0) {
        const { analysePython } = await Promise.all(/* import() */[__webpack_require__.e(854), __webpack_require__.e(189), __webpack_require__.e(9)]).then(__webpack_require__.bind(__webpack_require__, 9));
        const hasBundles = input.sources.some((s) => s.kind === "bundle" || s.kind === "bundle-include");
        facts = await analysePython(python, input.servingFiles, reader, servingLists, input.pool, readYaml, hasBundles);
    }
    else {
        facts = (0,python_facts/* emptyPythonFacts */.d)();
        facts.models = (0,models/* buildModels */.Lb)([], input.servingFiles, [], servingLists, [], new Set());
    }
    facts.requirementLists.push(...servingLists.values());
    facts.extraFiles.push(...extraFiles);
    return facts;
}
/** Runs the extraction for a loaded run and files its results where the engine looks. */
async function attachPythonFacts(facts, read, pool) {
    const python = await extractPythonFacts({
        ...(pool ? { pool } : {}),
        sources: facts.files,
        servingFiles: facts.servingFiles,
        read,
    });
    facts.python = python;
    const had = new Set(facts.files);
    for (const f of python.extraFiles) {
        if (had.has(f))
            continue;
        had.add(f);
        facts.files.push(f);
    }
    facts.problems.push(...python.problems);
    // Endpoint configs built in Python are endpoints like serving.yaml's: every endpoint rule reads them.
    facts.endpoints.push(...python.endpointConfigs.map((c) => c.endpoint));
    facts.endpointRefs = [...(facts.endpointRefs ?? []), ...python.endpointRefs];
}

;// CONCATENATED MODULE: ./src/lint/lint-unit.ts
// One unit of a run, linted whole: load → Python facts → rules → suppressions.
// Shared by the main thread (lint.ts) and the unit worker (unit-worker.ts), so it
// imports neither the online client nor anything of the CLI.









async function lintUnit(run, discovered) {
    const { config, knownRules } = run;
    const loaded = loadFacts(discovered, run.discovery, run.repoPaths);
    const readPulled = pulledInReader(loaded.facts, run.repoPaths);
    await attachPythonFacts(loaded.facts, readPulled, run.pool);
    const python = loaded.facts.python;
    for (const f of loaded.requirementFiles)
        python?.requirementLists.push(requirementFileList(f, readPulled));
    const facts = loaded.facts;
    facts.endpointRefs = collectEndpointRefs(facts);
    const severities = new Map();
    const enabled = run.rules.filter((r) => config.rules[r.id] !== "off");
    for (const [id, level] of Object.entries(config.rules)) {
        if (level !== "off")
            severities.set(id, level === "warn" ? "warning" : "error");
    }
    // Online, the workspace's endpoint list is the live catalog: its names are known endpoints to every rule.
    const workspace = run.askWorkspace ? await run.askWorkspace(facts) : undefined;
    const customEndpoints = new Set([...config.endpoints, ...(workspace?.endpointNames ?? [])]);
    const ctx = { today: run.today, catalog: (0,catalog/* loadCatalog */.J)(), customEndpoints, ...(workspace ? { workspace } : {}) };
    let findings = runRules(enabled, severities, facts, ctx);
    findings = (0,suppress/* applySuppressions */.px)(findings, facts.files, knownRules);
    const unusedLevel = config.rules[suppress/* UNUSED_SUPPRESSION */.Zf];
    if (unusedLevel === "off")
        findings = findings.filter((f) => f.ruleId !== suppress/* UNUSED_SUPPRESSION */.Zf);
    else if (unusedLevel === "error")
        for (const f of findings)
            if (f.ruleId === suppress/* UNUSED_SUPPRESSION */.Zf)
                f.severity = "error";
    return { findings, files: facts.files, fileCount: loaded.linted, inventory: loaded.inventory };
}
/** One unit of a streamed run, on whichever thread claimed it: linted whole, then what the run keeps, or why it may have seen another unit. */
async function lintStreamUnit(run, unit, names) {
    const r = await lintUnit(run, unit.files);
    const escape = unitEscape(unit, r.files, names);
    return escape ? { findings: [], files: [], fileCount: 0, inventory: [], escape } : { ...r, files: reportedFiles(r.findings, r.files) };
}

;// CONCATENATED MODULE: ./src/lint/repo-paths.ts
// Which repository a path belongs to, and how reports show it: relative to the
// repository root wherever the linter runs (`cd agents && serving-ci lint` shows
// `agents/serving.yaml`, as code scanning and annotations need).



/** True when `p` exists and is a directory (a missing path is not). */
function isDirectory(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The repository root of a file or folder: the nearest ancestor holding `.git`
 * (a folder, or a file in a worktree). Outside any repository: the folder itself
 * (a file's own folder), so `serving-ci lint /tmp/x/serving.yaml` lints /tmp/x.
 */
function findRepoRoot(start) {
    const abs = external_node_path_default().resolve(start);
    const first = isDirectory(abs) ? abs : external_node_path_default().dirname(abs);
    for (let dir = first;; dir = external_node_path_default().dirname(dir)) {
        try {
            (0,external_node_fs_.statSync)(external_node_path_default().join(dir, ".git"));
            return dir;
        }
        catch {
            if (external_node_path_default().dirname(dir) === dir)
                return first;
        }
    }
}
class RepoPaths {
    root;
    roots = new Map();
    /** `root`: the run's repository (its config and .gitignore apply). */
    constructor(root) {
        this.root = root;
    }
    /** The run's root for paths inside it; another repository's root (or folder) for a path named outside it. */
    rootOf(absPath) {
        if ((0,read_source/* isInside */.FK)(absPath, this.root))
            return this.root;
        const dir = external_node_path_default().dirname(absPath);
        let root = this.roots.get(dir);
        if (root === undefined)
            this.roots.set(dir, (root = findRepoRoot(dir)));
        return root;
    }
    /** The path reports show: relative to the root the file belongs to. */
    display(absPath) {
        return (0,read_source/* displayPath */.Gt)(absPath, this.rootOf(absPath));
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/python/parse-worker-protocol.ts
const PARSE_WORKER_TASK = "serving-ci/parse-python";
/** Claims a batch for the calling thread; false when another thread has it. */
function claim(claims, batch) {
    return Atomics.compareExchange(claims, batch, 0, 1) === 0;
}

;// CONCATENATED MODULE: ./src/python/parse-pool.ts
// Parsing is most of a large run's work. When discovery shows enough Python (by
// bytes: a file count says little, real repositories mix 100-byte __init__.py
// files with 50 KB modules), worker threads (their own small bundle, see
// parse-worker.ts) start reading and parsing it at once, while the main thread
// reads the YAML. Batches are claimed
// through shared atomic flags — workers from the front of the list, the main
// thread from the back once it is free — so no thread waits for another to hand
// out work. Workers send their lezer trees as flat buffers, moved without a copy
// (cloning the extracted facts instead cost more than the parse saved); the main
// thread walks every tree, so all facts are built where the rules run.



/**
 * With less Python than this, a default run parses on the main thread alone. A worker
 * is a second V8 isolate that warms its own JIT and hands trees over: measured on a
 * 2-core machine (bench/lint-bench.mjs), that cost ~0.6 s of CPU whatever the size,
 * and made ai-dev-kit (2.5 MB of Python) slower with threads; it pays only where
 * parsing dwarfs it. An explicit --threads starts workers at any size.
 */
const POOL_MIN_BYTES = 4 * 1024 * 1024;
/** A batch closes at this size, so one large file does not share a thread's turn with many. */
const BATCH_BYTES = 32 * 1024;
/**
 * In a streamed run (lint.ts) workers parse at most this many batches past the unit the
 * main thread asks for: trees waiting for their unit are memory the stream would not free.
 */
const STREAM_AHEAD = 16;
class ParsePool {
    streamed;
    batches = [];
    batchOf = new Map();
    flags;
    /** [0]: workers claim only batches below this index. */
    horizon;
    /** Batches this thread claimed (their files not asked for then are parsed when asked). */
    mine = new Set();
    /** Batches whose trees a worker sent. */
    delivered = new Set();
    /** Trees the workers parsed, by file. */
    trees = new Map();
    /** Modules the main thread parsed while the workers ran, by file. */
    parsed = new Map();
    running;
    failure;
    wake;
    workers = [];
    constructor(workers, files, streamed) {
        this.streamed = streamed;
        let batch = [];
        let bytes = 0;
        for (const { file, size } of files) {
            this.batchOf.set(file.absPath, this.batches.length);
            batch.push(file);
            bytes += size;
            if (bytes >= BATCH_BYTES) {
                this.batches.push(batch);
                batch = [];
                bytes = 0;
            }
        }
        if (batch.length)
            this.batches.push(batch);
        const claims = new SharedArrayBuffer(4 * this.batches.length);
        this.flags = new Int32Array(claims);
        const horizon = new SharedArrayBuffer(4);
        this.horizon = new Int32Array(horizon);
        this.horizon[0] = streamed ? STREAM_AHEAD : this.batches.length;
        this.running = workers.threads - 1;
        for (let i = 1; i < workers.threads; i++) {
            const workerData = { task: PARSE_WORKER_TASK, batches: this.batches, claims, horizon };
            const worker = new external_node_worker_threads_.Worker(workers.script, { workerData, stdout: false, stderr: false });
            let finished = false;
            worker.on("message", (msg) => {
                if (msg.type === "result") {
                    for (const f of msg.files)
                        this.trees.set(f.absPath, f.trees);
                    this.delivered.add(msg.batch);
                }
                else {
                    finished = true;
                    this.running--;
                }
                this.wake?.();
            });
            worker.once("error", (e) => this.fail(e));
            worker.once("exit", (code) => {
                if (!finished)
                    this.fail(new Error(`Python parse worker exited with code ${code}`));
            });
            this.workers.push(worker);
        }
    }
    /** A pool when the run has enough Python and more than one thread is available. */
    static start(workers, files, options = {}) {
        if (!workers || workers.threads < 2)
            return undefined;
        const sized = files.map((file) => ({ file, size: sizeOf(file.absPath) }));
        const total = sized.reduce((n, f) => n + f.size, 0);
        return total >= (workers.minBytes ?? POOL_MIN_BYTES) ? new ParsePool(workers, sized, options.streamed ?? false) : undefined;
    }
    /** The modules of these sources; each file's tree is handed out once (a second ask parses it again). */
    async parse(sources, problems) {
        // Loaded here, not at the top: a run without Python never loads the parser.
        const { parseSources } = await Promise.all(/* import() */[__webpack_require__.e(854), __webpack_require__.e(189)]).then(__webpack_require__.bind(__webpack_require__, 6189));
        let lo = Infinity;
        let hi = -1;
        for (const s of sources) {
            const b = this.batchOf.get(s.absPath);
            if (b !== undefined)
                [lo, hi] = [Math.min(lo, b), Math.max(hi, b)];
        }
        if (hi >= 0 && this.streamed)
            this.lookAhead(hi + 1 + STREAM_AHEAD);
        const bySource = new Map(sources.map((s) => [s.absPath, s]));
        for (let i = hi; i >= lo; i--) {
            if (!claim(this.flags, i))
                break; // the workers have everything from here down
            this.mine.add(i);
            for (const f of this.batches[i]) {
                const source = bySource.get(f.absPath);
                if (source)
                    this.parsed.set(f.absPath, await parseSources([source], problems));
            }
        }
        const waiting = () => {
            for (let i = lo; i <= hi; i++)
                if (!this.mine.has(i) && !this.delivered.has(i))
                    return true;
            return false;
        };
        while (!this.failure && this.running > 0 && waiting())
            await new Promise((resolve) => (this.wake = resolve));
        if (this.failure)
            throw this.failure;
        // Files the main thread did not parse yet are walked here, over the workers' trees
        // where they have them (a file a worker could not read is parsed afresh).
        const modules = [];
        for (const s of sources)
            modules.push(...(this.parsed.get(s.absPath) ?? await parseSources([s], problems, this.trees)));
        for (const s of sources) {
            this.parsed.delete(s.absPath);
            this.trees.delete(s.absPath);
        }
        return modules;
    }
    close() {
        this.lookAhead(this.batches.length); // a worker waiting at the horizon wakes, and is stopped
        for (const w of this.workers)
            void w.terminate();
    }
    lookAhead(batches) {
        if (batches <= Atomics.load(this.horizon, 0))
            return;
        Atomics.store(this.horizon, 0, Math.min(batches, this.batches.length));
        Atomics.notify(this.horizon, 0);
    }
    fail(e) {
        this.failure ??= e;
        this.wake?.();
    }
}
/** 0 for a file that cannot be read: reading it is left to the main thread, which reports it. */
function sizeOf(absPath) {
    try {
        return (0,external_node_fs_.statSync)(absPath).size;
    }
    catch {
        return 0;
    }
}

// EXTERNAL MODULE: ./src/databricks/errors.ts
var databricks_errors = __webpack_require__(7463);
// EXTERNAL MODULE: ./src/lint/online/questions.ts
var online_questions = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/lint/online/answers.ts
// The one async phase of `lint --online`: each distinct question is asked once
// (cached for the run), at most 8 at a time, before any rule runs. Rules then
// read the answers synchronously from `ctx.workspace`.


const ONLINE_CONCURRENCY = 8;
async function askWorkspace(questions, reader, concurrency = ONLINE_CONCURRENCY) {
    const endpointList = questions.some((q) => q.kind === "serving_endpoint") ? await orUnavailable(() => reader.endpointNames()) : { names: [] };
    const endpointNames = "names" in endpointList ? new Set(endpointList.names) : undefined;
    // One request per distinct object: a secret scope once for all its keys, each name once however often it is written.
    const cache = new Map();
    const once = (key, ask) => {
        if (!cache.has(key))
            cache.set(key, ask());
        return cache.get(key);
    };
    const answerOf = async (q) => {
        switch (q.kind) {
            case "serving_endpoint":
                if ("names" in endpointList) {
                    return endpointNames?.has(q.name) ? { state: "found" } : { state: "missing", message: `not among the workspace's ${endpointList.names.length} serving endpoints` };
                }
                return endpointList;
            case "model_version":
                return once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.modelVersion(q.name, q.part ?? "")));
            case "vector_search_index":
                return once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.vectorSearchIndex(q.name)));
            case "function":
                return once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.function(q.name)));
            case "genie_space":
                return once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.genieSpace(q.name)));
            case "sql_warehouse":
                return once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.sqlWarehouse(q.name)));
            case "secret": {
                const scope = await once(`scope\u0000${q.name}`, () => orUnavailable(() => reader.secretKeys(q.name)));
                if (!("keys" in scope))
                    return scope;
                return scope.keys.includes(q.part ?? "") ? { state: "found" } : { state: "missing", message: `scope "${q.name}" has no key "${q.part}"` };
            }
            case "job": {
                const job = await once((0,online_questions/* questionKey */.c7)(q), () => orUnavailable(() => reader.job(q.name)));
                if (!("ids" in job))
                    return job;
                if (job.ids.length === 1)
                    return { state: "found" };
                if (job.ids.length === 0)
                    return { state: "missing", message: `no job is named "${q.name}"` };
                return { state: "ambiguous", message: `${job.ids.length} jobs are named "${q.name}" (ids ${job.ids.join(", ")})` };
            }
        }
    };
    const checks = new Array(questions.length);
    let next = 0;
    const worker = async () => {
        while (next < questions.length) {
            const i = next++;
            checks[i] = { question: questions[i], answer: await answerOf(questions[i]) };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, questions.length) }, worker));
    return { host: reader.host, checks, endpointNames };
}
/**
 * A server error becomes this question's answer instead of ending the run: the
 * offline findings and the other answers still stand. Anything else (bad
 * credentials, an unreachable host, a 4xx the reader does not read) still throws.
 * The message is the status, error code and the server's message: no headers, no token.
 */
async function orUnavailable(ask) {
    try {
        return await ask();
    }
    catch (err) {
        if (!(err instanceof databricks_errors/* DatabricksApiError */.Ny) || err.status < 500)
            throw err;
        const code = err.errorCode === undefined ? "" : ` ${String(err.errorCode)}`;
        const tries = err.attempts > 1 ? ` (after ${err.attempts} attempts)` : "";
        return { state: "unavailable", message: `HTTP ${err.status}${code}: ${err.apiMessage}${tries}` };
    }
}

;// CONCATENATED MODULE: ./src/lint/unit-worker-protocol.ts

const UNIT_WORKER_TASK = "serving-ci/lint-units";
/** The lowest unclaimed unit from `from` on, claimed for `id`; -1 when none is left or a unit escaped. */
function claimUnit(owners, stop, id, from) {
    for (let i = from; i < owners.length; i++) {
        if (Atomics.load(stop, 0) !== 0)
            return -1;
        if (Atomics.compareExchange(owners, i, 0, id) === 0)
            return i;
    }
    return -1;
}
/**
 * A finding as own-property data, its keys in the same order (the JSON report prints
 * them as they come): spans through plainSpan. A fix and redactions are plain data already.
 */
function plainFinding(f) {
    return { ...f, span: plainSpan(f.span), ...(f.related ? { related: f.related.map((r) => ({ ...r, span: plainSpan(r.span) })) } : {}) };
}
function sentFile(f) {
    return { path: f.path, absPath: f.absPath, kind: f.kind, text: f.text, ...(f.realPath === undefined ? {} : { realPath: f.realPath }), ...(f.bom === undefined ? {} : { bom: f.bom }) };
}
const unit_worker_protocol_NO_TEXT = new line_index/* LineIndex */.r("");
function receivedFile(f) {
    return { ...f, lines: f.text ? new line_index/* LineIndex */.r(f.text) : unit_worker_protocol_NO_TEXT };
}

;// CONCATENATED MODULE: ./src/lint/unit-pool.ts
// The units of a streamed run shared among threads: the main thread and the
// workers each claim the lowest unclaimed unit (shared atomic claims, so no thread
// waits for another to hand out work, and the claimed units are always a prefix),
// lint it whole and keep only what the run reports. Outcomes are merged in unit
// order, so the findings are those of one thread linting every unit in turn.
// A unit that escapes stops the claiming; a worker that crashes, or fails on a
// unit, loses nothing: the main thread lints what it did not deliver.


const MAIN_THREAD = 1;
class UnitPool {
    count;
    owners;
    stop;
    outcomes;
    /** Units a worker claimed but will not deliver (it failed on them, or stopped): the main thread lints them. */
    orphans = new Set();
    workers = [];
    dead = new Set();
    /** Workers that claim no more: dead, or finished (every unit was claimed, or one escaped). */
    gone = new Set();
    failure;
    closing = false;
    /** Where this thread's next claim starts: the claimed units are a prefix, and it claimed below here. */
    cursor = 0;
    workerUnits = 0;
    mainLints;
    /** Workers asked for (one that did not start counts as gone). */
    workerCount;
    wake;
    constructor(count, workers) {
        this.count = count;
        const owners = new SharedArrayBuffer(4 * count);
        const stop = new SharedArrayBuffer(4);
        this.owners = new Int32Array(owners);
        this.stop = new Int32Array(stop);
        this.outcomes = new Array(count);
        this.mainLints = workers?.options.mainThread !== "merges";
        this.workerCount = workers ? Math.max(0, workers.options.threads - 1) : 0;
        for (let id = MAIN_THREAD + 1; workers && id <= workers.options.threads; id++)
            this.startWorker(workers.options.script, { task: UNIT_WORKER_TASK, id, owners, stop, ...workers.setup });
    }
    /** Lints every unit with `lintHere` on this thread and the rest in the workers, until done or a unit escapes. */
    async lintAll(lintHere) {
        for (;;) {
            // This thread claims units too, unless told only to merge while a worker is alive.
            const i = this.mainLints || this.gone.size === this.workerCount ? claimUnit(this.owners, this.stop, MAIN_THREAD, this.cursor) : -1;
            if (i >= 0) {
                this.cursor = i + 1;
                this.settle(i, await lintHere(i));
                continue;
            }
            // Every unit below the first escape (or every unit) is claimed: wait for the workers', or lint those they dropped.
            const limit = this.firstEscape() ?? this.count;
            let waiting = false;
            let dropped;
            for (let j = 0; j < limit && dropped === undefined; j++) {
                if (this.outcomes[j])
                    continue;
                const owner = Atomics.load(this.owners, j);
                if (this.orphans.has(j) || this.dead.has(owner))
                    dropped = j;
                else
                    waiting = true;
            }
            if (dropped !== undefined)
                this.settle(dropped, await lintHere(dropped));
            else if (waiting)
                await new Promise((resolve) => (this.wake = resolve));
            else
                break;
        }
        const end = this.firstEscape();
        const outcomes = this.outcomes.slice(0, end === undefined ? this.count : end + 1);
        return { outcomes, workerUnits: this.workerUnits, ...(this.failure ? { workerFailure: this.failure } : {}) };
    }
    close() {
        this.closing = true;
        for (const w of this.workers)
            void w.terminate();
    }
    settle(i, o) {
        this.outcomes[i] = o;
        this.orphans.delete(i);
        if (o.escape !== undefined)
            Atomics.store(this.stop, 0, 1);
    }
    firstEscape() {
        for (let i = 0; i < this.count; i++)
            if (this.outcomes[i]?.escape !== undefined)
                return i;
        return undefined;
    }
    startWorker(script, workerData) {
        const id = workerData.id;
        const stopped = (why) => {
            if (this.closing || this.dead.has(id))
                return;
            this.dead.add(id);
            this.gone.add(id);
            this.failure ??= why;
            this.wake?.();
        };
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(script, { workerData, stdout: false, stderr: false });
        }
        catch (e) {
            stopped(`a lint worker did not start (${firstLine(e)}); its units were linted on the main thread`);
            return;
        }
        let finished = false;
        worker.on("message", (msg) => {
            if (msg.type === "unit") {
                this.settle(msg.index, { ...msg.unit, files: msg.unit.files.map(receivedFile) });
                this.workerUnits++;
            }
            else if (msg.type === "unitFailed") {
                this.orphans.add(msg.index);
                this.failure ??= `a lint worker failed on a unit (${firstLine(msg.error)}); it was linted on the main thread`;
            }
            else {
                finished = true;
                this.gone.add(id);
            }
            this.wake?.();
        });
        worker.once("error", (e) => stopped(`a lint worker stopped (${firstLine(e)}); its units were linted on the main thread`));
        worker.once("exit", (code) => {
            if (!finished)
                stopped(`a lint worker exited with code ${code}; its units were linted on the main thread`);
        });
        this.workers.push(worker);
    }
}
function firstLine(e) {
    return (e instanceof Error ? e.message : String(e)).split("\n")[0];
}

;// CONCATENATED MODULE: ./src/lint/lint.ts
// The one pipeline: config → discover → load → rules → suppress → severities →
// sort. Returns findings and the files they point into; printing and exit codes
// belong to the callers (CLI, action).











async function lint(req) {
    // The repository of the first path named (or of cwd): its config and .gitignore apply.
    const repoRoot = findRepoRoot(req.paths[0] ? external_node_path_default().resolve(req.cwd, req.paths[0]) : req.cwd);
    const knownRules = new Set(req.rules.map((r) => r.id));
    const config = loadConfig(repoRoot, knownRules, req.cwd, req.configPath);
    const discovery = new Discovery(repoRoot, config.ignore);
    const missingPaths = [];
    const paths = req.paths.length ? req.paths : [repoRoot];
    const discovered = discovery.discover(paths, req.cwd, missingPaths);
    const repoPaths = new RepoPaths(repoRoot);
    const units = req.stream && !req.online && paths.length === 1 ? streamUnits(external_node_path_default().resolve(req.cwd, paths[0]), discovered) : undefined;
    const streamed = units && (req.stream === "always" || bytesOf(discovered) >= STREAM_MIN_BYTES) ? units : undefined;
    // Whole units go to workers in a streamed run; parse workers serve a large run linted as one.
    const unitWorkers = streamed && req.unitWorkers && req.unitWorkers.threads >= 2 ? req.unitWorkers : undefined;
    const pythonFiles = discovered.flatMap((d) => d.candidate === "python" || d.candidate === "ipynb"
        ? [{ absPath: d.absPath, path: repoPaths.display(d.absPath), kind: d.candidate === "ipynb" ? "notebook" : "python", root: repoPaths.rootOf(d.absPath) }]
        : []);
    // Parse workers start now, loading their parser while this thread reads the YAML.
    let pool = unitWorkers ? undefined : ParsePool.start(req.parseWorkers, pythonFiles, { streamed: streamed !== undefined });
    const online = req.online;
    const run = {
        rules: req.rules, config, knownRules, discovery, repoPaths, today: req.today,
        ...(pool ? { pool } : {}),
        ...(online ? { askWorkspace: (facts) => askWorkspace((0,online_questions/* gatherQuestions */.NB)(facts), online) } : {}),
    };
    try {
        const stream = streamed ? await lintStreamed(run, streamed, unitWorkers) : undefined;
        if (stream && "escape" in stream && unitWorkers) {
            // Linted as one after all: now the parse workers pay.
            pool = ParsePool.start(req.parseWorkers, pythonFiles);
            if (pool)
                run.pool = pool;
        }
        const failure = stream?.workerFailure ? { workerFailure: stream.workerFailure } : {};
        const result = stream && !("escape" in stream) ? stream : { ...(await lintUnit(run, discovered)), units: 1, ...(stream ? { unstreamed: stream.escape } : {}), ...failure };
        return { ...result, findings: sortAndDedupe(result.findings), config, missingPaths, repoRoot };
    }
    finally {
        pool?.close();
    }
}
/**
 * Each unit linted alone, its facts dropped before the next; the findings and the files
 * they point into are kept. Units are shared with the unit workers when there are any,
 * and merged in unit order. When a unit turns out to see another (`unitEscape`), the
 * reason: the caller then lints everything as one unit, so the findings are the same either way.
 */
async function lintStreamed(run, units, workers) {
    const names = folderNames(units);
    const setup = () => ({
        repoRoot: run.repoPaths.root, today: run.today, ruleIds: run.rules.map((r) => r.id), knownRules: [...run.knownRules], config: run.config,
        discovery: run.discovery.snapshot(), units: [...units], folderWords: [...names.words], folderPaths: [...names.paths],
    });
    const pool = new UnitPool(units.length, workers ? { options: workers, setup: setup() } : undefined);
    try {
        const { outcomes, workerUnits, workerFailure } = await pool.lintAll((i) => lintStreamUnit(run, units[i], names));
        const failure = workerFailure ? { workerFailure } : {};
        const escape = outcomes[outcomes.length - 1]?.escape;
        if (escape !== undefined)
            return { escape, ...failure };
        const out = { findings: [], files: [], fileCount: 0, inventory: [], units: units.length, ...(workers ? { workerUnits } : {}), ...failure };
        for (const o of outcomes) {
            out.findings.push(...o.findings);
            out.files.push(...o.files);
            out.fileCount += o.fileCount;
            out.inventory.push(...o.inventory);
        }
        return out;
    }
    finally {
        pool.close();
    }
}


/***/ }),

/***/ 7267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Hz: () => (/* binding */ readConfined),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   sG: () => (/* binding */ readConfinedText)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3454);
// The one file reader. Every file the linter reads (walked, named, included,
// pulled in by model.code or `-r`, the config, .gitignore) comes through here:
// the real path must stay inside the repository root and outside .git, the file
// must be a regular file, and at most MAX_FILE_BYTES are read, counted as read
// (a file can grow after stat, and devices report size 0). A refusal names the
// path as written, never what the file holds.



const MAX_FILE_BYTES = 10 * 1024 * 1024;
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** Paths are shown with forward slashes, relative to the root they belong to. */
function displayPath(absPath, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, absPath);
    return (rel && !rel.startsWith("..") && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? rel : absPath).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join("/");
}
/** True when `p` is `root` or below it (both absolute, both real or both lexical). */
function isInside(p, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === "" || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== ".." && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
const realRoots = new Map();
function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
        }
        catch {
            real = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        }
        realRoots.set(root, real);
    }
    return real;
}
function refusal(refused, why) {
    return { refused, why: `${why}; not read` };
}
const ERRNO_REFUSAL = {
    ENOENT: ["missing", "no such file"],
    ENOTDIR: ["missing", "no such file (a parent is not a directory)"],
    ELOOP: ["symlinkLoop", "symlink loop"],
    EACCES: ["unreadable", "permission denied"],
    EPERM: ["unreadable", "permission denied"],
    EISDIR: ["notRegular", "is a directory, not a file"],
};
function fromErrno(e) {
    const code = e.code ?? "error";
    const [id, why] = ERRNO_REFUSAL[code] ?? ["unreadable", `cannot read file (${code})`];
    return refusal(id, why);
}
function kindOf(st) {
    if (st.isDirectory())
        return "a directory";
    if (st.isFIFO())
        return "a FIFO";
    if (st.isSocket())
        return "a socket";
    if (st.isCharacterDevice() || st.isBlockDevice())
        return "a device";
    return "not a regular file";
}
/** Reads a file confined to `root`. Never throws for anything the file system does. */
function readConfined(absPath, root, maxBytes = MAX_FILE_BYTES) {
    let realPath;
    try {
        // libc's realpath: the JS one calls lstat for each path component from JS, a tenth of a large run's I/O time.
        realPath = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absPath);
    }
    catch (e) {
        return fromErrno(e);
    }
    const base = realRoot(root);
    if (!isInside(realPath, base))
        return refusal("outsideRoot", "resolves outside the repository root");
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, realPath).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).includes(".git")) {
        return refusal("gitDir", "is inside .git, which is not linted content");
    }
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: the path
        // checked above cannot have become a symlink since.
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(realPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (e) {
        return fromErrno(e);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            return refusal("notRegular", `is ${kindOf(stats)}, not a regular file`);
        const mb = (n) => (n / 1048576).toFixed(1);
        if (stats.size > maxBytes)
            return refusal("tooLarge", `file is ${mb(stats.size)} MB, over the ${mb(maxBytes).replace(/\.0$/, "")} MB limit`);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
            total += n;
            if (total > maxBytes) {
                return refusal("tooLarge", `file grew past the ${mb(maxBytes).replace(/\.0$/, "")} MB limit while being read`);
            }
        }
        return { bytes: Buffer.concat(chunks, total), realPath, stats };
    }
    catch (e) {
        return fromErrno(e);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Reads a small text file (config, .gitignore) through the reader: its text, or why not. */
function readConfinedText(absPath, root) {
    const r = readConfined(absPath, root);
    if ("refused" in r)
        return r;
    const text = decodeText(r.bytes);
    if (text === "binary")
        return refusal("unreadable", "file is binary, not text");
    if (text === "notUtf8")
        return refusal("unreadable", "file is not valid UTF-8");
    return { text: text.text };
}
function readSource(absPath, kind, place) {
    const at = place.namedAt ?? { file: place.display, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
    // At the line that names the file, the message names it too; at the file itself its path is already shown.
    const problem = (messageId, why) => ({
        problem: { messageId, message: place.namedAt ? `${place.display}: ${why}` : why, span: at },
    });
    const r = readConfined(absPath, place.root);
    if ("refused" in r)
        return problem(r.refused, r.why);
    const text = decodeText(r.bytes);
    if (text === "binary")
        return problem("binary", "file is binary, not text; not linted");
    if (text === "notUtf8")
        return problem("notUtf8", "file is not valid UTF-8; not linted");
    const source = { path: place.display, absPath, kind, text: text.text, lines: new _line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text.text), realPath: r.realPath };
    if (text.bom)
        source.bom = true;
    return { source };
}
/** A file's bytes as text (a BOM dropped, and noted), or why they are not lintable text. */
function decodeText(buf) {
    if (buf.subarray(0, 8192).includes(0))
        return "binary";
    let text;
    try {
        text = utf8.decode(buf);
    }
    catch {
        return "notUtf8";
    }
    // TextDecoder drops a leading BOM itself; the bytes say whether there was one.
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bom };
}


/***/ }),

/***/ 4176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML text → located tree. Never throws: syntax errors, duplicate keys and
// alias bombs become problems with positions, and whatever parsed is returned.
//
// Linear in the size of the text: the `yaml` package's own duplicate-key check
// (uniqueKeys) scans every earlier key of a map for each key, and Alias.resolve()
// walks the whole document for each alias. Both are done here instead, in one
// document-order walk: a Set of keys per map, and a table of the anchors seen so far.

/** Past this many nodes (counting each alias expansion) the rest is left unknown. */
const NODE_BUDGET = 200_000;
function parseYaml(file, lines) {
    // merge: YAML 1.1 merge keys (`<<: *defaults`), which bundles and CI configs use.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(lines.text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
    const problems = [];
    for (const err of doc.errors) {
        const [start, end] = err.pos;
        const messageId = err.code === "MULTIPLE_DOCS" ? "multipleDocuments" : "syntax";
        problems.push({ messageId, message: firstLine(err.message), span: lines.span(file, start, end) });
    }
    const converter = new Converter(file, lines, problems);
    try {
        const root = doc.contents ? converter.convert(doc.contents) : undefined;
        problems.sort((a, b) => a.span.start - b.span.start);
        return { root, problems };
    }
    catch (e) {
        // Keep the parser's errors, lose only the tree (a stack overflow on absurd nesting, say).
        if (problems.length === 0)
            problems.push({ messageId: "syntax", message: firstLine(e.message), span: lines.span(file, 0, 0) });
        return { root: undefined, problems };
    }
}
function firstLine(message) {
    const line = message.split("\n")[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
/** `<<` as a merge key: the yaml package resolves a plain `<<` to this symbol when `merge` is on. */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === "symbol" && key.value.description === "<<";
}
class Converter {
    file;
    lines;
    problems;
    budget = NODE_BUDGET;
    /** Anchors defined so far, in document order: an alias names the latest one before it. */
    anchors = new Map();
    /** Converted anchored nodes: an alias shares the tree instead of converting it again. */
    converted = new Map();
    reportedBomb = false;
    constructor(file, lines, problems) {
        this.file = file;
        this.lines = lines;
        this.problems = problems;
    }
    span(node) {
        const [start, end] = node.range ?? [0, 0, 0];
        return this.lines.span(this.file, start, end);
    }
    convert(node) {
        if (--this.budget < 0)
            return this.bomb(node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return this.alias(node.source, node);
        const anchor = node.anchor;
        if (anchor)
            this.anchors.set(anchor, node);
        const result = this.convertNode(node);
        if (anchor)
            this.converted.set(node, result);
        return result;
    }
    convertNode(node) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            const v = node.value;
            const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
            return { kind: "scalar", value, span: this.span(node) };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            return { kind: "seq", items: node.items.map((i) => this.convert(i)), span: this.span(node) };
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const entries = [];
            const keys = new Set();
            const merged = [];
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const keyNode = pair.key;
                if (isMergeKey(keyNode)) {
                    if (pair.value)
                        merged.push(this.mergeSources(pair.value));
                    continue;
                }
                const keySpan = keyNode ? this.span(keyNode) : this.span(node);
                // A complex key (`? [a, b]`) is named by its source text: stringifying the node can throw.
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : keyNode?.range ? this.lines.text.slice(keyNode.range[0], keyNode.range[1]) : "";
                if (keys.has(key))
                    this.problems.push({ messageId: "duplicateKey", message: "Map keys must be unique", span: keySpan });
                keys.add(key);
                const value = pair.value ? this.convert(pair.value) : { kind: "scalar", value: null, span: keySpan };
                entries.push({ key: { value: key, span: keySpan }, value });
            }
            // Explicit keys win over merged ones, and an earlier merge source over a later one (YAML 1.1 merge).
            for (const source of merged) {
                for (const m of source) {
                    if (keys.has(m.key.value))
                        continue;
                    keys.add(m.key.value);
                    entries.push(m);
                }
            }
            return { kind: "map", entries, span: this.span(node) };
        }
        return { kind: "unknown", span: this.span(node) };
    }
    /** An alias costs as much as the subtree it stands for; the converted tree is shared. */
    alias(name, alias) {
        const target = this.anchors.get(name);
        const tree = target && this.converted.get(target);
        // No anchor before it, or an alias inside its own anchor's node (a cycle): unknown.
        if (!tree)
            return { kind: "unknown", span: this.span(alias) };
        this.budget -= countNodes(tree) - 1;
        return this.budget < 0 ? this.bomb(alias) : tree;
    }
    /** Entries of `<<: *a` or `<<: [*a, *b]`, earlier sources first; anything but a map adds nothing. */
    mergeSources(value) {
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? value.items : [value];
        const out = [];
        const seen = new Set();
        for (const s of sources) {
            const converted = this.convert(s);
            if (converted.kind !== "map")
                continue;
            for (const e of converted.entries) {
                if (seen.has(e.key.value))
                    continue;
                seen.add(e.key.value);
                out.push(e);
            }
        }
        return out;
    }
    bomb(node) {
        const span = this.span(node);
        if (!this.reportedBomb) {
            this.reportedBomb = true;
            this.problems.push({
                messageId: "aliasLimit",
                message: `aliases expand to more than ${NODE_BUDGET} nodes; the rest of the file is not checked`,
                span,
            });
        }
        return { kind: "unknown", span };
    }
}
const sizes = new WeakMap();
function countNodes(n) {
    const known = sizes.get(n);
    if (known !== undefined)
        return known;
    let size = 1;
    if (n.kind === "seq")
        for (const i of n.items)
            size += countNodes(i);
    if (n.kind === "map")
        for (const e of n.entries)
            size += countNodes(e.value);
    sizes.set(n, size);
    return size;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ countFindings),
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
function countFindings(findings) {
    const c = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
        if (f.severity === "error")
            c.errors++;
        else if (f.severity === "warning")
            c.warnings++;
        else
            c.infos++;
    }
    return c;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}


/***/ })

};
