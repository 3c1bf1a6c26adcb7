export const id = 791;
export const ids = [791];
export const modules = {

/***/ 791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_PASSED: () => (/* binding */ ALL_PASSED),
  hyperlink: () => (/* binding */ hyperlink),
  stylish: () => (/* binding */ stylish)
});

;// CONCATENATED MODULE: ./src/report/notebook-frame.ts
// A code frame for an .ipynb finding. Spans point into the notebook's JSON
// (that is what editors open), where a cell's source line is a JSON string:
// `    "    llm = ChatDatabricks(endpoint=\"databricks-x\")\n",`. The frame shows
// the decoded Python line, with the columns moved to match. When the line is
// not a plain JSON string around the span, there is no frame (never a guess).
/** `lineText` is the file's line; `column`/`endColumn` are 1-based in it (endColumn exclusive). */
function cellLine(lineText, column, endColumn) {
    const at = column - 1;
    const literal = stringAround(lineText, at);
    if (!literal)
        return undefined;
    const [open, close] = literal;
    const decode = (raw) => {
        try {
            const v = JSON.parse(`"${raw}"`);
            return typeof v === "string" ? v : undefined;
        }
        catch {
            return undefined;
        }
    };
    const whole = decode(lineText.slice(open + 1, close));
    const before = decode(lineText.slice(open + 1, at));
    const through = decode(lineText.slice(open + 1, Math.min(Math.max(endColumn - 1, at), close)));
    if (whole === undefined || before === undefined || through === undefined)
        return undefined;
    // A string cell may hold several lines: keep the one the span starts on.
    const lineStart = before.lastIndexOf("\n") + 1;
    const nl = whole.indexOf("\n", before.length);
    const lineEnd = nl === -1 ? whole.length : nl;
    const text = whole.slice(lineStart, lineEnd).replace(/\r$/, "");
    const col = before.length - lineStart + 1;
    const end = Math.min(through.length, lineEnd) - lineStart + 1;
    return { text, column: col, endColumn: Math.max(end, col + 1) };
}
/** Offsets of the quotes of the JSON string literal containing index `at`, if any. */
function stringAround(line, at) {
    let open = -1;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (open === -1) {
            if (ch === '"')
                open = i;
            continue;
        }
        if (ch === "\\") {
            i++;
            continue;
        }
        if (ch === '"') {
            if (at > open && at <= i)
                return [open, i];
            open = -1;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/stylish.ts


const paint = (on, code) => (s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
/** An OSC 8 terminal hyperlink around `text`. */
function hyperlink(text, url) {
    return `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\`;
}
const ALL_PASSED = "All checks passed!";
function stylish({ findings, files, color = false, hyperlinks = false, fixed }) {
    const fixNote = fixed === undefined ? "" : `${fixed} fixed, ${findings.length} remaining`;
    if (findings.length === 0)
        return `${ALL_PASSED}${fixNote ? ` (${fixNote})` : ""}\n`;
    const red = paint(color, "31");
    const yellow = paint(color, "33");
    const dim = paint(color, "2");
    const bold = paint(color, "1");
    const byPath = new Map(files.map((f) => [f.path, f]));
    // A secret's range is masked in every code frame of its file, whichever finding shows the line.
    const redacted = new Map();
    for (const f of findings)
        if (f.redact)
            redacted.set(f.span.file, [...(redacted.get(f.span.file) ?? []), ...f.redact]);
    const out = [];
    for (const f of findings) {
        const sev = f.severity === "error" ? red("error") : f.severity === "warning" ? yellow("warning") : dim("info");
        const rule = dim(`[${f.ruleId}]`);
        out.push(`${bold(`${f.span.file}:${f.span.line}:${f.span.column}`)}: ${sev}: ${f.message} ${hyperlinks ? hyperlink(rule, f.docsUrl) : rule}`);
        const file = byPath.get(f.span.file);
        if (file)
            out.push(...codeFrame(file, f, redacted.get(f.span.file), dim, f.severity === "error" ? red : f.severity === "warning" ? yellow : dim));
        for (const r of f.related ?? [])
            out.push(`  ${dim("note:")} ${r.message} at ${r.span.file}:${r.span.line}:${r.span.column}`);
        if (f.fix)
            out.push(`  ${dim("fix:")} ${f.fix.title}${f.fix.safe ? " (--fix)" : f.fix.optIn ? ` (--${f.fix.optIn})` : ""}`);
    }
    const c = (0,summary/* countFindings */.G)(findings);
    const parts = [(0,summary/* plural */.L)(c.errors, "error"), (0,summary/* plural */.L)(c.warnings, "warning")];
    if (c.infos)
        parts.push((0,summary/* plural */.L)(c.infos, "info"));
    if (fixNote)
        parts.push(fixNote);
    out.push("", `${findings.length === 1 ? "1 problem" : `${findings.length} problems`} (${parts.join(", ")})`);
    out.push(...docsLinks(findings, hyperlinks, dim));
    return `${out.join("\n")}\n`;
}
/** The line's text with redacted ranges (secret values) replaced by asterisks. */
function masked(file, line, redact) {
    const text = file.lines.lineText(line);
    if (!redact?.length)
        return text;
    const start = file.lines.lineStart(line);
    return text.split("").map((ch, i) => (redact.some((r) => start + i >= r.start && start + i < r.end) ? "*" : ch)).join("");
}
/** Each rule named once, with its page: the link a reader follows to learn the fix. */
function docsLinks(findings, hyperlinks, dim) {
    const urls = new Map();
    for (const f of findings)
        if (!urls.has(f.ruleId))
            urls.set(f.ruleId, f.docsUrl);
    const width = Math.max(...[...urls.keys()].map((id) => id.length));
    return [...urls].map(([id, url]) => `  ${dim("docs:")} ${id.padEnd(width)}  ${hyperlinks ? hyperlink(url, url) : url}`);
}
function codeFrame(file, f, redact, dim, mark) {
    const { line } = f.span;
    let { column, endLine, endColumn } = f.span;
    if (line < 1 || line > file.lines.lineCount)
        return [];
    let text = masked(file, line, redact);
    if (file.kind === "notebook") {
        // The span is in the notebook's JSON; show the cell's Python line instead.
        const cell = cellLine(text, column, endLine === line ? endColumn : text.length + 1);
        if (!cell)
            return [];
        ({ text, column, endColumn } = cell);
        endLine = line;
    }
    if (text.length > 240)
        return [];
    const width = String(line).length;
    const caretEnd = endLine === line ? Math.max(endColumn, column + 1) : text.length + 1;
    const carets = "^".repeat(Math.max(1, Math.min(caretEnd, text.length + 1) - column));
    return [
        `${dim(`${String(line).padStart(width)} |`)} ${text.replace(/\t/g, " ")}`,
        `${dim(`${" ".repeat(width)} |`)} ${" ".repeat(column - 1)}${mark(carets)}`,
    ];
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
