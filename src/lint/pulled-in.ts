// Files the analysis pulls in because another file names them (`model.code`,
// `-r requirements.txt`, `pip_requirements="requirements.txt"`). They must stay
// in the run's repository; a file that cannot be read is a finding at the line
// that names it (never one that shows what it holds).
import path from "node:path";
import type { LintFacts } from "./facts/lint-facts.js";
import type { FileProblem, ReadOptions, SourceFile, SourceKind } from "./facts/source.js";
import { isInside, readSource } from "./read-source.js";
import type { RepoPaths } from "./repo-paths.js";
import type { Span } from "./types.js";

export type PulledInRead = (absPath: string, kind: SourceKind, namedAt?: Span, options?: ReadOptions) => SourceFile | undefined;

/** A path outside the root as the user would recognise it: relative, unless it climbs to the file system root. */
function shownOutside(absPath: string, root: string): string {
  const rel = path.relative(root, absPath);
  const ups = rel.split(path.sep).filter((s) => s === "..").length;
  return (ups >= root.split(path.sep).length - 1 ? absPath : rel).split(path.sep).join("/");
}

export function pulledInReader(facts: LintFacts, paths: RepoPaths): PulledInRead {
  const seen = new Map<string, SourceFile | { problem: FileProblem }>(facts.files.map((f) => [f.absPath, f]));
  const reported = new Set<string>();
  const report = (problem: FileProblem, namedAt: Span | undefined) => {
    // Without a naming line there is nowhere true to put it (the file itself may not exist).
    if (!namedAt) return;
    const key = `${namedAt.file}:${namedAt.start}`;
    if (reported.has(key)) return;
    reported.add(key);
    facts.problems.push({ ...problem, span: namedAt });
  };
  return (absPath, kind, namedAt, options) => {
    let hit = seen.get(absPath);
    if (!hit) {
      if (!isInside(absPath, paths.root)) {
        const shown = shownOutside(absPath, paths.root);
        hit = { problem: { messageId: "outsideRoot", message: `${shown}: outside the repository root; not read`, span: namedAt! } };
      } else {
        const r = readSource(absPath, kind, { root: paths.root, display: paths.display(absPath), ...(namedAt ? { namedAt } : {}) });
        hit = "problem" in r ? r : r.source;
      }
      // A failure is remembered only with its message made for a naming line.
      if (namedAt || !("problem" in hit)) seen.set(absPath, hit);
    }
    if (!("problem" in hit)) return hit;
    if (options?.quietIfMissing && hit.problem.messageId === "missing") return undefined;
    // The message was made for the first naming line; it names the path, so it reads true at every other.
    report(hit.problem, namedAt);
    return undefined;
  };
}
