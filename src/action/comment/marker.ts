// Hidden markers: which endpoint a comment belongs to, and which commit's run
// wrote it, so a rerun edits it in place and an older commit's run never
// overwrites a newer one.

export interface RunStamp {
  /** "merge": a run on the default branch after the PR merged; "pr": a run on the PR. */
  stage: "pr" | "merge";
  sha: string;
  /** When the commit was pushed (PR updated_at / head commit time); ISO. */
  commitTime: string | undefined;
  /** When this run started; ISO. */
  runAt: string;
}

const ENDPOINT_RE = /<!-- serving-ci:endpoint=([^\s]+?) -->/;
const STAMP_RE = /<!-- serving-ci:run stage=(pr|merge) sha=([0-9a-zA-Z]*) commit-time=(\S*) run-at=(\S+) -->/;

export function endpointMarker(endpoint: string): string {
  // Endpoint names are [A-Za-z0-9_-]; encode anyway so a marker can never close the comment early.
  return `<!-- serving-ci:endpoint=${encodeURIComponent(endpoint)} -->`;
}

export function stampMarker(s: RunStamp): string {
  return `<!-- serving-ci:run stage=${s.stage} sha=${s.sha} commit-time=${s.commitTime ?? "-"} run-at=${s.runAt} -->`;
}

export function hasEndpointMarker(body: string, endpoint: string): boolean {
  const m = ENDPOINT_RE.exec(body);
  return m !== null && decodeURIComponent(m[1] ?? "") === endpoint;
}

export function readStamp(body: string): RunStamp | undefined {
  const m = STAMP_RE.exec(body);
  if (!m) return undefined;
  return { stage: m[1] === "merge" ? "merge" : "pr", sha: m[2] ?? "", commitTime: m[3] === "-" ? undefined : m[3], runAt: m[4] ?? "" };
}

/**
 * May a run stamped `ours` replace a comment stamped `theirs`? The same commit
 * always may (a re-run). A merge run supersedes every PR run, and a late PR run
 * never replaces a merge run's report (commit times cannot order them: a
 * rebase-merge keeps the authors' old dates). Otherwise commit times decide
 * when both are known (a re-run of an old commit starts late but is still
 * old), else run start times.
 */
export function mayOverwrite(theirs: RunStamp | undefined, ours: RunStamp): boolean {
  if (!theirs || theirs.sha === ours.sha) return true;
  if (theirs.stage !== ours.stage) return ours.stage === "merge";
  if (theirs.commitTime && ours.commitTime) return Date.parse(ours.commitTime) >= Date.parse(theirs.commitTime);
  return Date.parse(ours.runAt) >= Date.parse(theirs.runAt);
}
