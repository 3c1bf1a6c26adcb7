// One pip requirement entry (PEP 508 plus the pip options MLflow accepts) →
// its parts and whether it pins an exact artifact. Version specifiers are
// checked with @renovatebot/pep440. A `\0` in the text stands for a value
// computed when the model is logged (f"mlflow=={mlflow.__version__}").
import type { Pep440Constraint } from "@renovatebot/pep440";
import { parse as parseSpecifier } from "@renovatebot/pep440/lib/specifier.js";
import type { Located, Span } from "../lint/types.js";

/** Marks a hole: text computed at log time. */
export const HOLE = "\0";

export type PinKind =
  /** `==1.2.3` or `===1.2.3`. */
  | "exact"
  /** `==` followed by a value computed at log time. */
  | "computed"
  /** A URL pinned by a hash or a VCS reference pinned to a commit. */
  | "url"
  /** A local wheel or source archive: that file is the artifact. */
  | "file"
  | "none";

export interface Specifier {
  op: string;
  version: string;
}

export interface Requirement {
  /** The entry as written, without comment or trailing options. */
  text: Located<string>;
  name?: Located<string>;
  /** PEP 503 normalised name, for comparisons. */
  key?: string;
  extras: string[];
  specifiers: Specifier[];
  /** Where the version specifier is written (the whole entry when offsets inside it are unknown). */
  specifierSpan?: Span;
  url?: string;
  marker?: string;
  pin: PinKind;
  /** The exact version of an `==`/`===` pin. */
  exactVersion?: string;
  /** Why the entry cannot be read, when it cannot. */
  problem?: string;
  /** A `-r file` line: `include` is the path as written. */
  include?: Located<string>;
  /** A line that is a pip option rather than a requirement (`--index-url`, `-c`, `--pre`): not judged. */
  option?: boolean;
}

/** PEP 503 normalisation. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** Builds a span for a range of the entry text; entries whose offsets do not map return the whole entry. */
export type EntrySpan = (from: number, to: number) => Span;

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const HASH_FRAGMENT = /#(?:.*&)?(?:sha1|sha224|sha256|sha384|sha512|md5)=[0-9a-fA-F]+/;
const VCS_COMMIT = /^(?:git|hg|svn|bzr)\+.*@([0-9a-fA-F]{7,64})(?:[#?].*)?$/;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)$/i;

export function parseRequirement(raw: string, span: EntrySpan): Requirement {
  // pip's per-requirement options: `--hash=...` pins the artifact; others are ignored.
  const optionAt = raw.search(/\s--?[a-zA-Z]/);
  const hashes = /\s--hash[=\s]/.test(raw);
  const body = (optionAt === -1 ? raw : raw.slice(0, optionAt)).trimEnd();
  const lead = body.length - body.trimStart().length;
  const text = body.trim();
  const at = (from: number, to: number) => span(lead + from, lead + to);
  const req: Requirement = { text: { value: text, span: at(0, text.length) }, extras: [], specifiers: [], pin: "none" };

  const inc = /^(?:-r|--requirement)(?:\s+|=)(\S+)$/.exec(text);
  if (inc) {
    const p = inc[1]!;
    req.include = { value: p, span: at(text.length - p.length, text.length) };
    return req;
  }
  if (/^-e\s|^--editable[\s=]/.test(text)) return urlOrPath(req, text.replace(/^(-e|--editable)[\s=]+/, ""), hashes);
  if (text.startsWith("-")) {
    req.option = true;
    return req;
  }
  const bareArchive = ARCHIVE.test(text) && !/[\s@;]/.test(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[./~]/.test(text) || bareArchive) return urlOrPath(req, text, hashes);

  const name = NAME.exec(text);
  if (!name) {
    // f"{pkg}=={version}": the name is computed too; the operator still tells whether it pins.
    if (!text.startsWith(HOLE)) req.problem = "no package name";
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
    while (text[i] === " " || text[i] === "\t") i++;
  };
  skip();
  if (text[i] === "[") {
    const close = text.indexOf("]", i);
    if (close === -1) return { ...req, problem: "unclosed extras" };
    req.extras = text.slice(i + 1, close).split(",").map((e) => e.trim()).filter(Boolean);
    i = close + 1;
    skip();
  }
  const semi = text.indexOf(";", i);
  const rest = (semi === -1 ? text.slice(i) : text.slice(i, semi)).trimEnd();
  if (semi !== -1) req.marker = text.slice(semi + 1).trim();
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    return urlOrPath(req, url, hashes);
  }
  if (rest === "") return req;
  const inner = rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1) : rest;
  return pinFromSpec(req, inner, at, i + (inner === rest ? 0 : 1));
}

// PEP 440 parsing is the costly part of a requirement, and the same specifiers
// recur across a repository's models: parse each distinct one once.
const specifiers = new Map<string, ReturnType<typeof parseSpecifier>>();
function parseSpecifierCached(spec: string): ReturnType<typeof parseSpecifier> {
  const hit = specifiers.get(spec);
  if (hit !== undefined) return hit;
  const parsed = parseSpecifier(spec);
  specifiers.set(spec, parsed);
  return parsed;
}

function pinFromSpec(req: Requirement, spec: string, at: (f: number, t: number) => Span, offset: number): Requirement {
  req.specifierSpan = at(offset, offset + spec.length);
  if (spec.includes(HOLE)) {
    // A version computed at log time: `==` with a hole is a pin; anything else is a range whatever the hole holds.
    const ops = spec.split(",").map((c) => /^\s*(===|==|~=|!=|<=|>=|<|>)/.exec(c)?.[1]);
    if (ops.includes("==") || ops.includes("===")) req.pin = "computed";
    for (const op of ops) if (op) req.specifiers.push({ op, version: HOLE });
    return req;
  }
  const parsed = parseSpecifierCached(spec);
  if (!parsed) {
    req.problem = `invalid version specifier "${spec.trim()}"`;
    return req;
  }
  for (const c of parsed as (Pep440Constraint & { legacy?: string })[]) {
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

function urlOrPath(req: Requirement, target: string, hashes: boolean): Requirement {
  req.url = target;
  const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target)?.[1];
  if (!req.key && egg) req.key = normalizeName(egg);
  if (HASH_FRAGMENT.test(target) || hashes || VCS_COMMIT.test(target)) req.pin = "url";
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !/^(?:git|hg|svn|bzr)\+/.test(target) && ARCHIVE.test(target)) req.pin = "file";
  return req;
}

/**
 * A requirements file → entries, each with its span: comments dropped, `\` continuation lines joined
 * (offsets still map to the file), blank lines skipped.
 */
export function parseRequirementsText(text: string, spanOf: (start: number, end: number) => Span): Requirement[] {
  const out: Requirement[] = [];
  // Logical lines: pieces of physical lines, each remembering where it starts in the file.
  let pieces: { text: string; start: number }[] = [];
  const flush = () => {
    if (pieces.length === 0) return;
    const logical = pieces.map((p) => p.text).join("");
    const starts = pieces;
    pieces = [];
    const fileOffset = (i: number): number => {
      let acc = 0;
      for (const p of starts) {
        if (i <= acc + p.text.length) return p.start + (i - acc);
        acc += p.text.length;
      }
      const last = starts[starts.length - 1]!;
      return last.start + last.text.length;
    };
    const stripped = stripComment(logical);
    if (stripped.trim() === "") return;
    out.push(parseRequirement(stripped, (f, t) => spanOf(fileOffset(f), fileOffset(t))));
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const end = nl === -1 ? text.length : nl;
    let line = text.slice(lineStart, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.endsWith("\\") && !/(^|\s)#/.test(line)) pieces.push({ text: line.slice(0, -1), start: lineStart });
    else {
      pieces.push({ text: line, start: lineStart });
      flush();
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  flush();
  return out;
}

/** pip's rule: `#` starts a comment at the line start or after whitespace (`#egg=` and `#sha256=` in URLs survive). */
export function stripComment(line: string): string {
  const m = /(^|\s)#/.exec(line);
  return m ? line.slice(0, m.index) : line;
}
