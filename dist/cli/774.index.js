export const id = 774;
export const ids = [774,28];
export const modules = {

/***/ 4774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLint: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./rules/index.ts + 28 modules
var rules = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lint/line-index.ts
var line_index = __webpack_require__(3454);
// EXTERNAL MODULE: ./src/lint/read-source.ts
var read_source = __webpack_require__(7267);
;// CONCATENATED MODULE: ./src/lint/write-fixes.ts
// The write step of --fix, done as an editor does it: through a symlink to the
// real file (never across the repository root), keeping mode, owner, BOM and
// line endings; a read-only file is refused, and a file that changed since it
// was linted is skipped rather than overwritten. Every outcome is a sentence
// for the user, never an exception.



const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The bytes the file held when it was linted. */
function bytesAsRead(source) {
    const text = Buffer.from(source.text, "utf8");
    return source.bom ? Buffer.concat([BOM, text]) : text;
}
/** A file whose every line ends in CRLF keeps CRLF on the lines a fix adds. */
function keepLineEndings(original, fixed) {
    const lf = (original.match(/\n/g) ?? []).length;
    const crlf = (original.match(/\r\n/g) ?? []).length;
    return lf > 0 && lf === crlf ? fixed.replace(/\r?\n/g, "\r\n") : fixed;
}
function code(e) {
    return e.code ?? "error";
}
function writeWhole(file, data, flags, mode) {
    const fd = (0,external_node_fs_.openSync)(file, flags, mode);
    try {
        for (let off = 0; off < data.length;)
            off += (0,external_node_fs_.writeSync)(fd, data, off, data.length - off);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Writes `fixed` (text as linted, edits applied) to `source`'s file inside `root`. */
function writeFixedText(source, fixed, root) {
    const no = (why) => ({ written: false, reason: `${source.path}: ${why}; not fixed` });
    const now = (0,read_source/* readConfined */.Hz)(source.absPath, root);
    if ("refused" in now)
        return no(now.why.replace(/; not read$/, ""));
    if ((source.realPath && now.realPath !== source.realPath) || !now.bytes.equals(bytesAsRead(source))) {
        return no("changed since it was linted (run serving-ci again)");
    }
    const mode = now.stats.mode & 0o7777;
    if ((mode & 0o222) === 0)
        return no("the file is read-only");
    try {
        (0,external_node_fs_.accessSync)(now.realPath, external_node_fs_.constants.W_OK);
    }
    catch (e) {
        return no(`cannot write it (${code(e)})`);
    }
    const text = keepLineEndings(source.text, fixed);
    const data = source.bom ? Buffer.concat([BOM, Buffer.from(text, "utf8")]) : Buffer.from(text, "utf8");
    // Replacing the file by a renamed copy is atomic, but only keeps what we can
    // set: our own uid and gid, and a single name (a hard link would split off).
    const ours = process.getuid?.() === now.stats.uid && process.getgid?.() === now.stats.gid;
    if (ours && now.stats.nlink === 1) {
        const tmp = external_node_path_default().join(external_node_path_default().dirname(now.realPath), `.${external_node_path_default().basename(now.realPath)}.serving-ci-${process.pid}.tmp`);
        try {
            writeWhole(tmp, data, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, mode);
            (0,external_node_fs_.chmodSync)(tmp, mode); // the umask may have narrowed it
            (0,external_node_fs_.renameSync)(tmp, now.realPath);
            return { written: true };
        }
        catch {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            // A folder we cannot create files in: write the file in place instead.
        }
    }
    try {
        writeWhole(now.realPath, data, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW);
        return { written: true };
    }
    catch (e) {
        return no(`cannot write it (${code(e)})`);
    }
}

// EXTERNAL MODULE: ./src/lint/yaml/parse-yaml.ts
var parse_yaml = __webpack_require__(4176);
;// CONCATENATED MODULE: ./src/lint/fix.ts
// Computes what --fix writes: the fixes to apply (safe ones, plus unsafe ones
// whose opt-in was given), merged so that they cannot break a file:
// - appends to one list become one edit, each value once (`[]` + a + b → `[a, b]`);
// - an edit that overlaps one already taken waits for the next pass;
// - a YAML file is parsed again after each fix, and a fix whose result has a
//   new syntax error or duplicate key is dropped.
// Writing the result is write-fixes.ts's job.




const YAML_KINDS = new Set(["serving", "bundle", "bundle-include", "model-config"]);
class FileEdits {
    source;
    edits = [];
    appends = new Map();
    constructor(source) {
        this.source = source;
    }
    clone() {
        const c = new FileEdits(this.source);
        c.edits.push(...this.edits);
        for (const [k, g] of this.appends)
            c.appends.set(k, { ...g, values: [...g.values] });
        return c;
    }
    /** Adds an edit; false when it conflicts with one already taken. */
    add(e) {
        if (e.append) {
            const key = `${e.append.list}@${e.start}`;
            const group = this.appends.get(key);
            if (group) {
                if (!group.values.includes(e.append.value))
                    group.values.push(e.append.value);
                return true;
            }
            if (this.overlaps(e.start, e.end))
                return false;
            this.appends.set(key, { start: e.start, layout: e.append, values: [e.append.value] });
            return true;
        }
        if (this.edits.some((x) => x.start === e.start && x.end === e.end && x.text === e.text))
            return true; // the same edit twice
        if (this.overlaps(e.start, e.end))
            return false;
        this.edits.push(e);
        return true;
    }
    overlaps(start, end) {
        const taken = [...this.edits, ...[...this.appends.values()].map((g) => ({ start: g.start, end: g.start }))];
        // Ranges that share text (an insertion strictly inside a replaced range included), or
        // two insertions at one point, whose order nothing defines.
        return taken.some((x) => (start < x.end && x.start < end) || (start === end && x.start === x.end && start === x.start));
    }
    render() {
        const text = this.source.text;
        const edits = [
            ...this.edits,
            ...[...this.appends.values()].map((g) => ({ start: g.start, end: g.start, text: g.layout.before + g.values.join(g.layout.separator) + g.layout.after })),
        ].sort((a, b) => a.start - b.start || a.end - b.end);
        let out = "";
        let cursor = 0;
        for (const e of edits) {
            out += text.slice(cursor, e.start) + e.text;
            cursor = e.end;
        }
        return out + text.slice(cursor);
    }
}
function applicable(fix, options) {
    return fix !== undefined && fix.edits.length > 0 && (fix.safe || (fix.optIn !== undefined && options.optIns.has(fix.optIn)));
}
/** Syntax errors and duplicate keys: what a fix must never add. */
function yamlDamage(file, text) {
    return (0,parse_yaml/* parseYaml */.h)(file, new line_index/* LineIndex */.r(text)).problems.filter((p) => p.messageId !== "aliasLimit").length;
}
function planFixes(findings, files, options) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const taken = new Map();
    const baseline = new Map();
    const perFile = new Map();
    let fixed = 0;
    let skipped = 0;
    for (const finding of findings) {
        const fix = finding.fix;
        if (!applicable(fix, options))
            continue;
        // A fix is taken whole or not at all, whatever files it touches.
        const trial = new Map();
        let ok = true;
        for (const e of fix.edits) {
            const source = byPath.get(e.file ?? finding.span.file);
            if (!source || source.kind === "notebook") {
                ok = false;
                break;
            }
            const edits = trial.get(source.path) ?? taken.get(source.path)?.clone() ?? new FileEdits(source);
            trial.set(source.path, edits);
            if (!edits.add(e)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            for (const [p, edits] of trial) {
                if (!YAML_KINDS.has(edits.source.kind))
                    continue;
                if (!baseline.has(p))
                    baseline.set(p, yamlDamage(p, edits.source.text));
                if (yamlDamage(p, edits.render()) > baseline.get(p))
                    ok = false;
            }
        }
        if (!ok) {
            skipped++;
            continue;
        }
        for (const [p, edits] of trial)
            taken.set(p, edits);
        // Counted once, in the finding's own file (or the first file it edits).
        const home = trial.has(finding.span.file) ? finding.span.file : trial.keys().next().value;
        perFile.set(home, (perFile.get(home) ?? 0) + 1);
        fixed++;
    }
    const out = [];
    for (const [p, edits] of taken) {
        const text = edits.render();
        if (text !== edits.source.text)
            out.push({ source: edits.source, text, fixes: perFile.get(p) ?? 0 });
    }
    return { files: out, fixed, skipped };
}
/**
 * Plans and writes the fixes; returns how many findings the written files fix
 * (0: nothing left to do). A file that cannot be written is named in `notWritten`.
 */
function applyFixes(findings, files, options) {
    const plan = planFixes(findings, files, options);
    let applied = 0;
    for (const { source, text, fixes } of plan.files) {
        const written = writeFixedText(source, text, options.root ?? (0,external_node_path_.dirname)(source.absPath));
        if (written.written)
            applied += fixes;
        else
            options.notWritten?.push(written.reason);
    }
    return applied;
}

// EXTERNAL MODULE: ./src/lint/lint.ts + 18 modules
var lint = __webpack_require__(6122);
// EXTERNAL MODULE: ./src/report/formatters.ts
var formatters = __webpack_require__(2811);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/io-message.ts
var io_message = __webpack_require__(7813);
// EXTERNAL MODULE: ./src/cli/terminal.ts
var cli_terminal = __webpack_require__(1028);
;// CONCATENATED MODULE: ./src/cli/run-lint.ts










const MAX_FIX_PASSES = 5;
async function runLint(cmd, io) {
    const today = cmd.today ?? io.now().toISOString().slice(0, 10);
    const request = {
        cwd: io.cwd,
        paths: cmd.paths,
        rules: rules/* RULES */.y,
        today,
        stream: "auto",
        ...(cmd.config ? { configPath: cmd.config } : {}),
        ...(io.parseWorkers ? { parseWorkers: { ...io.parseWorkers, ...(cmd.threads ? { threads: cmd.threads, minBytes: 0 } : {}) } } : {}),
        // The registry's rules (RULES above), which is what a unit worker runs.
        ...(io.unitWorkers ? { unitWorkers: { ...io.unitWorkers, ...(cmd.threads ? { threads: cmd.threads } : {}) } } : {}),
        ...(cmd.online ? { online: (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(459), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 5761))).onlineReader(cmd.online, io.env, io.stderr) } : {}),
    };
    let result = await (0,lint/* lint */.u)(request);
    let fixed;
    if (cmd.fix) {
        const optIns = new Set(cmd.fixRetired ? ["fix-retired"] : []);
        const notWritten = new Set();
        const applicable = (r) => r.findings.filter((f) => f.fix && (f.fix.safe || (f.fix.optIn !== undefined && optIns.has(f.fix.optIn)))).length;
        const before = applicable(result);
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
            const reasons = [];
            const applied = applyFixes(result.findings, result.files, { optIns, root: result.repoRoot, notWritten: reasons });
            for (const r of reasons)
                notWritten.add(r);
            if (applied === 0)
                break;
            result = await (0,lint/* lint */.u)(request);
        }
        for (const r of notWritten)
            io.stderr(`serving-ci: --fix: ${r}\n`);
        fixed = fixedCount(result) ?? Math.max(0, before - applicable(result));
    }
    if (cmd.verbose) {
        for (const f of result.inventory)
            io.stderr(`serving-ci: ${f.path}: ${f.kind}${f.note ? ` (${f.note})` : ""}\n`);
        const onWorkers = result.workerUnits === undefined ? "" : `, ${result.workerUnits} of them on worker threads`;
        if (result.units > 1)
            io.stderr(`serving-ci: linted folder by folder (${result.units} units${onWorkers})\n`);
        if (result.unstreamed)
            io.stderr(`serving-ci: linted as one run, not folder by folder: ${result.unstreamed}\n`);
        if (result.workerFailure)
            io.stderr(`serving-ci: ${result.workerFailure}\n`);
    }
    // A report written to a file never gets escape codes, whatever the terminal.
    const terminal = cmd.output ? { color: cmd.color ?? false, hyperlinks: false } : (0,cli_terminal.detectTerminal)(cmd.color, io.env, io.isTTY);
    const formatter = await (0,formatters/* loadFormatter */.L9)(cmd.format);
    const report = formatter({
        findings: result.findings, files: result.files, rules: rules/* RULES */.y, version: version/* VERSION */.x, inventory: result.inventory,
        ...terminal, ...(fixed === undefined ? {} : { fixed }),
    });
    if (cmd.output) {
        try {
            (0,external_node_fs_.writeFileSync)(cmd.output, report);
        }
        catch (e) {
            throw new errors/* UserError */.y((0,io_message/* ioMessage */.u)("cannot write the report to", cmd.output, e));
        }
    }
    else
        io.stdout(report);
    if (result.fileCount === 0 && result.missingPaths.length === 0)
        io.stderr("serving-ci: no serving.yaml, bundle, Python or notebook files found\n");
    for (const p of result.missingPaths)
        io.stderr(`serving-ci: ${p}: no such file or directory\n`);
    if (result.missingPaths.length)
        return 2;
    const c = (0,summary/* countFindings */.G)(result.findings);
    if (c.errors > 0)
        return 1;
    if (cmd.maxWarnings !== undefined && c.warnings > cmd.maxWarnings) {
        io.stderr(`serving-ci: ${c.warnings} warnings, more than --max-warnings ${cmd.maxWarnings}\n`);
        return 1;
    }
    return 0;
}
/**
 * The fix pass's own count when the lint result carries one (the fix engine
 * may expose it); otherwise the caller counts: the findings with an applicable
 * fix before, minus those left after (fixes that create new fixable findings
 * would be undercounted, never overcounted).
 */
function fixedCount(result) {
    return "fixed" in result && typeof result.fixed === "number" ? result.fixed : undefined;
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectTerminal: () => (/* binding */ detectTerminal)
/* harmony export */ });
// What the terminal can show, decided once from the flag, the environment and
// whether stdout is a terminal. Conventions followed:
// - colour: --color/--no-color win; then FORCE_COLOR (Node's and chalk's
//   meaning: "0"/"false" off, anything else on, and it beats NO_COLOR); then
//   NO_COLOR (no-color.org: set and non-empty means off); then "is a TTY".
// - hyperlinks (OSC 8): only on a TTY, never in CI logs, and only in terminals
//   known to render them (the list supports-hyperlinks uses, abridged);
//   FORCE_HYPERLINK=1/0 overrides. Unknown terminals get plain text: an
//   unsupported OSC 8 sequence can print as garbage.
function detectTerminal(flag, env, isTTY) {
    return { color: colorOn(flag, env, isTTY), hyperlinks: hyperlinksOn(env, isTTY) };
}
function colorOn(flag, env, isTTY) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== "dumb";
}
function hyperlinksOn(env, isTTY) {
    const force = env.FORCE_HYPERLINK;
    if (force !== undefined)
        return force !== "0" && force.toLowerCase() !== "false";
    if (!isTTY || env.CI || env.TERM === "dumb")
        return false;
    if (env.WT_SESSION || env.KONSOLE_VERSION || env.DOMTERM)
        return true;
    if (Number(env.VTE_VERSION ?? 0) >= 5000)
        return true;
    const program = env.TERM_PROGRAM;
    if (program === "WezTerm" || program === "ghostty" || program === "vscode")
        return true;
    if (program === "iTerm.app")
        return atLeast(env.TERM_PROGRAM_VERSION, 3, 1);
    return env.TERM === "xterm-kitty";
}
function atLeast(version, major, minor) {
    const [a = 0, b = 0] = (version ?? "").split(".").map(Number);
    return a > major || (a === major && b >= minor);
}


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ ioMessage)
/* harmony export */ });
// Plain words for the file-system errors a user can cause: never raw errno text
// (`ENOENT`), never a stack trace.
const WORDS = {
    ENOENT: "no such file or directory",
    ENOTDIR: "a part of the path is not a directory",
    EISDIR: "it is a directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "the file system is read-only",
    ENOSPC: "no space left on the device",
    EEXIST: "it already exists",
    EMFILE: "too many open files",
    ENAMETOOLONG: "the path is too long",
    ELOOP: "too many symbolic links",
};
function isErrno(e) {
    return e instanceof Error && typeof e.code === "string";
}
/** `cannot write the report to out/r.json: no such file or directory` */
function ioMessage(what, file, e) {
    const code = isErrno(e) ? e.code : undefined;
    const reason = code ? (WORDS[code] ?? `system error ${code}`) : "unknown error";
    return `${what} ${file}: ${reason}`;
}


/***/ })

};
