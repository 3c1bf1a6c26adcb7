// Which databricks-sdk a notebook installs for itself (`%pip install databricks-sdk==0.39.0`,
// `# MAGIC %pip ...` in a .py export, `!pip ...`, or the same line inside an .ipynb's JSON).
// rules/data/sdk-serving.json describes the SDK as generated today; compared with the SDK's
// release history (databricks-sdk-py tags, read with the generator), its classes took their
// current shape in 0.71.0: EndpointCoreConfigInput.name became required there, and before
// 0.41.0 workload_type and other enum fields were plain strings. A file that pins an older
// release runs a different SDK, so its calls are not judged by that data; so does one whose pip
// line installs a requirements file (`%pip install -r requirements.txt`) that pins one. The same
// holds for code whose project pins one: the nearest requirements.txt or pyproject.toml at or above
// its folder that names databricks-sdk (sweep: a package pinning databricks-sdk==0.55.0).
import path from "node:path";
import type { Requirement } from "../requirements.js";

const SHAPE_SINCE = [0, 71, 0];

/** A pip line (magic, shell escape or automagic); a comment that only mentions one errs towards silence. */
const PIP_LINE = /(?:^|[\s"'%!])pip3?\s+install\b([^\n]*)/g;
/** One PEP 440 clause: an operator, then a version (spaces between them, as PEP 508 allows). */
const CLAUSE = String.raw`(?:===?|~=|<=?|>=?|!=)\s*[\w.*+!]+`;
/** `databricks-sdk` (any case, `_` or `-`, extras allowed), then its clauses, commas and spaces between them. */
const SDK_SPEC = new RegExp(String.raw`(?:^|[\s"'])databricks[-_]sdk(?:\[[^\]]*\])?\s*(${CLAUSE}(?:\s*,\s*${CLAUSE})*)`, "gi");

/** `-r file`, `-rfile`, `--requirement file` or `--requirement=file`, the path as written (no quotes or spaces). */
const INCLUDE = /(?:^|\s)(?:-r\s*|--requirement(?:\s+|=))([^\s"'\\]+)/g;

/** A requirements file's entries, `-r` expanded, by the path a pip line gives (relative to the notebook); undefined when unknown. */
export type IncludedRequirements = (pathAsWritten: string) => readonly Requirement[] | undefined;

/** A release older than SHAPE_SINCE, or one of SHAPE_SINCE or later (an unpinned install is the newest). */
export type SdkRelease = "older" | "current";

/**
 * Which release the text's pip lines install, themselves or through a file they install; undefined when
 * no pip line names the SDK (a Databricks runtime's own, whose release we do not know).
 */
export function installedSdk(text: string, included?: IncludedRequirements): SdkRelease | undefined {
  if (!/pip3?\s+install/.test(text)) return undefined;
  let named = false;
  for (const line of text.matchAll(PIP_LINE)) {
    const args = line[1] ?? "";
    if (/databricks[-_]sdk/i.test(args)) named = true;
    for (const spec of args.matchAll(SDK_SPEC)) if (allowsOnlyOlder(spec[1] ?? "")) return "older";
    if (!included) continue;
    for (const inc of args.matchAll(INCLUDE)) {
      for (const r of included(inc[1] ?? "") ?? []) {
        if (r.key !== "databricks-sdk") continue;
        named = true;
        if (allowsOnlyOlder(r.specifiers.map((c) => c.op + c.version).join(","))) return "older";
      }
    }
  }
  return named ? "current" : undefined;
}

/** A project manifest's text, read quietly; undefined when absent or outside the repository. */
export type ManifestText = (absPath: string) => string | undefined;

/** Poetry's `databricks-sdk = "^0.55"` or `databricks-sdk = { version = "0.55.0", ... }`. */
const POETRY_SPEC = /^\s*["']?databricks[-_]sdk["']?\s*=\s*(?:\{[^}\n]*?\bversion\s*=\s*)?["']([^"'\n]+)["']/im;

/**
 * Which release the project around `dir` installs: the nearest folder, from `dir` up, whose requirements.txt
 * or pyproject.toml names the SDK decides (comments left out); undefined when none names it.
 */
export function projectSdk(dir: string, read: ManifestText): SdkRelease | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    for (const name of ["requirements.txt", "pyproject.toml"]) {
      const text = read(path.join(at, name))?.replace(/#.*$/gm, "");
      if (text === undefined || !/databricks[-_]sdk/i.test(text)) continue;
      const specs = [...text.matchAll(SDK_SPEC)].map((m) => m[1] ?? "");
      const poetry = name === "pyproject.toml" ? POETRY_SPEC.exec(text)?.[1] : undefined;
      if (poetry !== undefined) specs.push(poetrySpec(poetry));
      return specs.some(allowsOnlyOlder) ? "older" : "current"; // named: unpinned is the newest release
    }
    if (path.dirname(at) === at) return undefined;
  }
}

/** Poetry's constraint as PEP 440: a bare version is exact, `^0.55` and `~0.55` stay below 0.56. */
function poetrySpec(constraint: string): string {
  const c = constraint.trim();
  const m = /^([\^~])\s*(\d+(?:\.\d+)*)$/.exec(c);
  if (m?.[2]) {
    const v = m[2].split(".").map(Number);
    // ^1.2 < 2.0; ^0.55 < 0.56 (the first non-zero part); ~1.2 < 1.3; ~1 < 2.
    const at = m[1] === "^" ? Math.max(0, v.findIndex((x) => x !== 0)) : Math.min(1, v.length - 1);
    return `<${[...v.slice(0, at), (v[at] ?? 0) + 1].join(".")}`;
  }
  return /^\d/.test(c) ? `==${c}` : c;
}

/** Whether pip, which takes the newest release a spec allows, ends up below SHAPE_SINCE. */
function allowsOnlyOlder(spec: string): boolean {
  for (const clause of spec.split(",")) {
    const m = /^(===?|~=|<=?|>=?|!=)\s*(\d+(?:\.\d+)*)/.exec(clause.trim());
    if (!m?.[1] || !m[2]) continue;
    const op = m[1];
    const version = m[2].split(".").map(Number);
    if (op === "==" || op === "===" || op === "<=") { if (compare(version, SHAPE_SINCE) < 0) return true; }
    else if (op === "<") { if (compare(version, SHAPE_SINCE) <= 0) return true; }
    else if (op === "~=" && version.length >= 2) {
      // ~=0.40.0 allows below 0.41; ~=0.40 allows below 1.0 (which includes 0.71 and later).
      const below = [...version.slice(0, -2), (version[version.length - 2] ?? 0) + 1];
      if (compare(below, SHAPE_SINCE) <= 0) return true;
    }
  }
  return false;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
