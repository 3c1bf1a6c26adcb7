// The plan a PR run posted, kept by the merge deploy: the plan section is
// wrapped in hidden markers naming its commit, so the deploy run can read it
// back from the comment it is about to edit and show it (collapsed) above the
// result. The plan's Markdown escapes `<` and `>` (escapeCell), so its text can
// never contain the end marker.

export interface KeptPlan {
  sha: string;
  markdown: string;
}

const BLOCK_RE = /<!-- serving-ci:plan sha=([0-9a-zA-Z]*) -->\n([\s\S]*?)\n<!-- serving-ci:plan-end -->/;

export function planBlock(p: KeptPlan): string {
  return `<!-- serving-ci:plan sha=${p.sha.replace(/[^0-9a-zA-Z]/g, "")} -->\n${p.markdown}\n<!-- serving-ci:plan-end -->`;
}

/** The plan block of a comment we wrote, if it has one. */
export function readPlanBlock(body: string | undefined): KeptPlan | undefined {
  const m = body === undefined ? null : BLOCK_RE.exec(body);
  return m ? { sha: m[1] ?? "", markdown: m[2] ?? "" } : undefined;
}

/** The kept plan, collapsed: the result below it is what a reader came for. */
export function approvedPlanDetails(p: KeptPlan, markers: boolean): string {
  const commit = p.sha ? ` (commit \`${p.sha.slice(0, 7)}\`)` : "";
  return ["<details><summary>The approved plan" + commit + "</summary>", "", markers ? planBlock(p) : p.markdown, "", "</details>"].join("\n");
}
