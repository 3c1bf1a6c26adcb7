// Which databricks-sdk a notebook installs for itself (`%pip install databricks-sdk==0.39.0`,
// `# MAGIC %pip ...` in a .py export, `!pip ...`, or the same line inside an .ipynb's JSON).
// rules/data/sdk-serving.json describes the SDK as generated today; compared with the SDK's
// release history (databricks-sdk-py tags, read with the generator), its classes took their
// current shape in 0.71.0: EndpointCoreConfigInput.name became required there, and before
// 0.41.0 workload_type and other enum fields were plain strings. A file that pins an older
// release runs a different SDK, so its calls are not judged by that data; so does one whose pip
// line installs a requirements file (`%pip install -r requirements.txt`) that pins one.
import type { Requirement } from "../requirements.js";

const SHAPE_SINCE = [0, 71, 0];

/** A pip line (magic, shell escape or automagic); a comment that only mentions one errs towards silence. */
const PIP_LINE = /(?:^|[\s"'%!])pip3?\s+install\b([^\n]*)/g;
/** `databricks-sdk` (any case, `_` or `-`, extras allowed), then a version spec up to the next space or quote. */
const SDK_SPEC = /(?:^|[\s"'])databricks[-_]sdk(?:\[[^\]]*\])?\s*((?:===?|~=|<=?|>=?|!=)[^\s"'\\]*)/gi;

/** `-r file`, `-rfile`, `--requirement file` or `--requirement=file`, the path as written (no quotes or spaces). */
const INCLUDE = /(?:^|\s)(?:-r\s*|--requirement(?:\s+|=))([^\s"'\\]+)/g;

/** A requirements file's entries, `-r` expanded, by the path a pip line gives (relative to the notebook); undefined when unknown. */
export type IncludedRequirements = (pathAsWritten: string) => readonly Requirement[] | undefined;

/** True when some pip line in the text installs a databricks-sdk release older than SHAPE_SINCE, itself or through a file it installs. */
export function pinsOlderSdk(text: string, included?: IncludedRequirements): boolean {
  if (!/pip3?\s+install/.test(text)) return false;
  for (const line of text.matchAll(PIP_LINE)) {
    const args = line[1] ?? "";
    for (const spec of args.matchAll(SDK_SPEC)) if (allowsOnlyOlder(spec[1] ?? "")) return true;
    if (!included) continue;
    for (const inc of args.matchAll(INCLUDE)) {
      for (const r of included(inc[1] ?? "") ?? []) {
        if (r.key === "databricks-sdk" && allowsOnlyOlder(r.specifiers.map((c) => c.op + c.version).join(","))) return true;
      }
    }
  }
  return false;
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
