export const id = 763;
export const ids = [763];
export const modules = {

/***/ 6763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseFlat: () => (/* binding */ parseFlat),
  parseSources: () => (/* binding */ parseSources)
});

// UNUSED EXPORTS: flatten, unflatten

// EXTERNAL MODULE: ./node_modules/@lezer/common/dist/index.js
var dist = __webpack_require__(3854);
// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 2 modules
var python_dist = __webpack_require__(1002);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/python/json-locate.ts
// A strict JSON parser that keeps each value's offsets, so notebook cells can be
// mapped back to the .ipynb file. JSON.parse gives values but no positions.
/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 256;
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
function toPlain(node) {
    switch (node.kind) {
        case "object": {
            const o = {};
            for (const [k, v] of node.entries)
                o[k] = toPlain(v);
            return o;
        }
        case "array":
            return node.items.map(toPlain);
        default:
            return node.value;
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
        if (depth > MAX_DEPTH)
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

;// CONCATENATED MODULE: ./src/python/notebook.ts
// Files → the Python texts to analyse. A plain module is itself. A Databricks
// `.py` export is Python already (`# MAGIC` lines are comments), except that a
// `%%writefile` cell holds another module's code behind `# MAGIC `. An `.ipynb`
// is JSON: code cells are joined, magics blanked, and every character mapped
// back to its place in the file. `%pip` lines set up the notebook's own
// environment, not the model's, so they are never read as requirements.




const DATABRICKS_NOTEBOOK_HEADER = "# Databricks notebook source";
const COMMAND_SEPARATOR = "# COMMAND ----------";
const MAGIC = "# MAGIC";
const WRITEFILE = /^%%writefile(?:\s+-a)?\s+(\S+)\s*$/;
function isDatabricksExport(text) {
    return text.startsWith(DATABRICKS_NOTEBOOK_HEADER) || text.startsWith(`\uFEFF${DATABRICKS_NOTEBOOK_HEADER}`);
}
function pythonUnits(source, problems) {
    if (source.absPath.endsWith(".ipynb"))
        return ipynbUnits(source, problems);
    const origin = isDatabricksExport(source.text) ? "notebook" : "file";
    const units = [{ source, absPath: source.absPath, origin, text: source.text }];
    if (origin === "notebook")
        units.push(...writefileCells(source));
    return units;
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
                units.push(finish(source, current));
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
            units.push(finish(source, current));
            current = undefined;
        }
        if (nl === -1)
            break;
        lineStart = nl + 1;
    }
    if (current)
        units.push(finish(source, current));
    return units;
}
function finish(source, w) {
    return { source, absPath: w.absPath, origin: "writefile", text: w.text, map: w.map };
}
function unquote(s) {
    return s.replace(/^(['"])(.*)\1$/, "$2");
}
const NotebookShape = schemas/* object */.Ikc({
    cells: schemas/* array */.YOg(schemas/* looseObject */._H3({ cell_type: schemas/* string */.YjP(), source: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())]) })),
});
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
    const shape = NotebookShape.safeParse(toPlain(parsed.root));
    if (!shape.success) {
        problems.push({
            messageId: "invalidNotebook",
            message: "notebook has no readable `cells` list of code cells",
            span: source.lines.span(source.path, parsed.root.start, parsed.root.start),
        });
        return [];
    }
    const cellNodes = parsed.root.kind === "object" ? parsed.root.entries.get("cells") : undefined;
    const main = { text: "", map: new OffsetMap() };
    const units = [];
    shape.data.cells.forEach((cell, i) => {
        if (cell.cell_type !== "code" || cellNodes?.kind !== "array")
            return;
        const node = cellNodes.items[i];
        const src = node?.kind === "object" ? node.entries.get("source") : undefined;
        if (!src)
            return;
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
            return;
        }
        if (firstLine.startsWith("%%") && !/^%%(capture|time|timeit)\b/.test(firstLine))
            return; // %%sql, %%sh, ...
        const base = main.text.length;
        main.map.add(base, cellText.map.toFile(0));
        appendShifted(main, cellText, base);
        main.text += blankMagics(cellText.text) + "\n";
    });
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
/** `%pip install x` / `!ls` lines become comments of the same length, so offsets stay put. */
function blankMagics(text) {
    return text.replace(/^([ \t]*)[%!]/gm, "$1#");
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

;// CONCATENATED MODULE: ./src/python/walk.ts

/** Past this nesting depth an expression is unknown: deep input must not exhaust the stack. */
const walk_MAX_DEPTH = 120;
/** Methods that change a container in place: its literal value no longer tells what it holds. */
const MUTATORS = new Set(["append", "extend", "insert", "update", "setdefault", "pop", "popitem", "remove", "clear", "add", "discard"]);
const EXPRESSIONS = new Set([
    "BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "TupleExpression",
    "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
    "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression",
    "MemberExpression", "VariableName", "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None",
    "Boolean", "ConditionalExpression", "LambdaExpression", "NamedExpression", "YieldExpression",
]);
function newScope(kind, module, parent) {
    const scope = { kind, bindings: new Map(), appends: new Map(), module };
    if (parent)
        scope.parent = parent;
    return scope;
}
function walkModule(module, text, tree, mk) {
    new Walker(module, text, mk, module.source.text).statements(tree.topNode);
}
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
class Walker {
    module;
    text;
    mk;
    fileText;
    scope;
    depth = 0;
    /** Inside `try:` or `if TYPE_CHECKING:`: imports there may be optional. */
    guarded = 0;
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
        for (let c = node.firstChild; c; c = c.nextSibling)
            this.visit(c);
    }
    visit(node) {
        if (this.depth > walk_MAX_DEPTH)
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
                return this.importStatement(node);
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
                return this.forStatement(node);
            case "WithStatement":
                return this.withStatement(node);
            case "TryStatement":
                return this.tryStatement(node);
            case "IfStatement":
                return this.ifStatement(node);
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
    importStatement(node) {
        const parts = children(node);
        const guarded = this.guarded > 0;
        if (parts[0]?.name === "from") {
            let i = 1;
            let level = 0;
            for (; i < parts.length && (parts[i].name === "." || parts[i].name === "Ellipsis"); i++)
                level += parts[i].name === "." ? 1 : 3;
            const dotted = [];
            for (; i < parts.length && parts[i].name !== "import"; i++)
                if (parts[i].name === "VariableName")
                    dotted.push(this.src(parts[i]));
            const module = dotted.join(".");
            this.module.imports.push({ module, level, span: this.span(node), guarded });
            for (i++; i < parts.length; i++) {
                const p = parts[i];
                if (p.name !== "VariableName")
                    continue;
                const name = this.src(p);
                let local = name;
                let at = p;
                if (parts[i + 1]?.name === "as" && parts[i + 2]?.name === "VariableName") {
                    at = parts[i + 2];
                    local = this.src(at);
                    i += 2;
                }
                this.bind(local, { kind: "import", module, name, level, span: this.span(at) });
            }
            return;
        }
        // import a.b, c.d as e
        let dotted = [];
        const flush = (alias) => {
            if (dotted.length === 0)
                return;
            const module = dotted.map((d) => this.src(d)).join(".");
            this.module.imports.push({ module, level: 0, span: this.span(node), guarded });
            if (alias)
                this.bind(this.src(alias), { kind: "import", module, level: 0, span: this.span(alias) });
            else
                this.bind(this.src(dotted[0]), { kind: "import", module: this.src(dotted[0]), level: 0, span: this.span(dotted[0]) });
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
    }
    /** Binds an assignment target; `value` undefined = not a single known value (unpacking). */
    target(node, value) {
        switch (node.name) {
            case "VariableName": {
                const name = this.src(node);
                this.bind(name, value ? { kind: "value", value, span: this.span(node) } : { kind: "other", span: this.span(node) });
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
        const fn = { name: this.src(nameNode), nameSpan: this.span(nameNode), params: [], returns: [], scope: fnScope };
        fnScope.fn = fn;
        if (outer.kind === "class" && outer.cls) {
            fn.cls = outer.cls;
            outer.cls.methods.set(fn.name, fn);
        }
        this.bind(fn.name, { kind: "def", fn });
        this.module.functions.push(fn);
        const paramList = parts.find((c) => c.name === "ParamList");
        let isDefault = false;
        for (const p of paramList ? children(paramList) : []) {
            if (p.name === "AssignOp")
                isDefault = true;
            else if (p.name === "VariableName" && !isDefault) {
                fn.params.push(this.src(p));
                this.bind(this.src(p), { kind: "other", span: this.span(p) }, fnScope);
            }
            else if (p.name === ",")
                isDefault = false;
            else if (p.name === "TypeDef" || (isDefault && EXPRESSIONS.has(p.name)))
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
            name: this.src(nameNode), nameSpan: this.span(nameNode), bases: [], methods: new Map(), instanceAttrs: new Map(), scope: classScope,
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
        this.scope = scope;
        try {
            f();
        }
        finally {
            this.scope = saved;
        }
    }
    forStatement(node) {
        let inTargets = true;
        for (const c of children(node)) {
            if (c.name === "for")
                inTargets = true;
            else if (c.name === "in")
                inTargets = false;
            else if (inTargets && !isPunct(c) && c.name !== "async" && c.name !== "*")
                this.target(c, undefined);
            else
                this.visit(c);
        }
    }
    withStatement(node) {
        const parts = children(node);
        for (let i = 0; i < parts.length; i++) {
            const c = parts[i];
            if (c.name === "as" && parts[i + 1]?.name === "VariableName") {
                this.target(parts[i + 1], undefined);
                i++;
            }
            else
                this.visit(c);
        }
    }
    tryStatement(node) {
        const parts = children(node);
        let inTry = false;
        for (let i = 0; i < parts.length; i++) {
            const c = parts[i];
            if (c.name === "try")
                inTry = true;
            else if (c.name === "except" || c.name === "else" || c.name === "finally")
                inTry = false;
            else if ((c.name === "as" || c.name === ",") && parts[i + 1]?.name === "VariableName") {
                this.target(parts[i + 1], undefined);
                i++;
            }
            else if (c.name === "Body" && inTry) {
                this.guarded++;
                this.visit(c);
                this.guarded--;
            }
            else
                this.visit(c);
        }
    }
    ifStatement(node) {
        const parts = children(node);
        const test = parts[1];
        const typeChecking = test !== undefined && /(^|\.)TYPE_CHECKING$/.test(this.src(test));
        let first = true;
        for (const c of parts) {
            if (c.name === "Body" && first && typeChecking) {
                this.guarded++;
                this.visit(c);
                this.guarded--;
                first = false;
            }
            else {
                if (c.name === "Body")
                    first = false;
                this.visit(c);
            }
        }
    }
    // ---- expressions ------------------------------------------------------
    expr(node) {
        if (this.depth > walk_MAX_DEPTH)
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
                const items = [];
                for (const c of children(node)) {
                    if (isPunct(c))
                        continue;
                    if (c.name === "*")
                        starred = true;
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
                return this.unknown(node);
            }
            case "CallExpression":
                return this.call(node);
            case "BinaryExpression": {
                const parts = children(node);
                if (parts.length === 3 && parts[1].name === "ArithOp" && this.src(parts[1]) === "+") {
                    return this.concat([this.expr(parts[0]), this.expr(parts[2])], node);
                }
                return this.unknown(node);
            }
            case "NamedExpression": {
                const target = node.firstChild;
                if (target?.name === "VariableName")
                    this.target(target, undefined);
                return this.unknown(node);
            }
            default:
                return this.unknown(node);
        }
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
        }
        return str;
    }
    formatString(node) {
        const text = this.src(node);
        const lit = parseStringLiteral(text);
        const raw = /^[a-zA-Z]*/.exec(text)[0].toLowerCase().includes("r");
        const parts = [];
        let pos = node.from + lit.contentStart;
        const end = node.from + lit.contentEnd;
        const literal = (from, to) => {
            if (to <= from)
                return;
            const piece = this.text.slice(from, to).replace(/\{\{/g, "{").replace(/\}\}/g, "}");
            parts.push(raw ? piece : decodeEscapes(piece));
        };
        for (const c of children(node)) {
            if (c.name !== "FormatReplacement")
                continue;
            literal(pos, c.from);
            parts.push(null);
            this.statements(c);
            pos = c.to;
        }
        literal(pos, end);
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

;// CONCATENATED MODULE: ./src/python/parse.ts



function parseUnit(unit, tree = python_dist/* parser */.K.parse(unit.text)) {
    const module = emptyModule(unit.source, unit.absPath, unit.origin);
    walkModule(module, unit.text, tree, spanMaker(unit.source.path, unit.source.lines, unit.map));
    return module;
}
function emptyModule(source, absPath, origin) {
    const module = {
        source, absPath, origin, imports: [], calls: [], classes: [], functions: [], mutated: new Set(), syntaxErrors: 0,
    };
    module.scope = newScope("module", module);
    return module;
}

;// CONCATENATED MODULE: ./src/python/parse-modules.ts
// Python sources → PyModules, in file order, plus the flat tree encoding that
// lets a parse worker hand its lezer trees to the main thread without copying.




/** Parses each source; `trees` holds already-parsed trees by file, one per unit of `pythonUnits`. */
function parseSources(sources, problems, trees) {
    const modules = [];
    for (const source of sources) {
        const flat = trees?.get(source.absPath);
        const units = pythonUnits(source, problems);
        units.forEach((unit, i) => {
            const t = flat?.length === units.length ? flat[i] : undefined;
            modules.push(t ? parseUnit(unit, unflatten(t)) : parseUnit(unit));
        });
    }
    return modules;
}
/** The units of a source, parsed and flattened (the worker side). */
function parseFlat(source) {
    return pythonUnits(source, []).map((u) => flatten(python_dist/* parser */.K.parse(u.text)));
}
// Iterative, so a deeply nested expression cannot overflow the stack.
function flatten(tree) {
    const out = [];
    const starts = [];
    const c = tree.cursor(dist/* IterMode */.Qj.IncludeAnonymous);
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
    return { buffer: Int32Array.from(out), length: tree.length };
}
function unflatten(flat) {
    return dist/* Tree */.PH.build({ buffer: new Int32Cursor(flat.buffer, flat.buffer.length), nodeSet: python_dist/* parser */.K.nodeSet, topID: python_dist/* parser */.K.topNode.id, length: flat.length });
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


/***/ })

};
