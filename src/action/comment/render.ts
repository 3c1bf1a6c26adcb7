// The PR comment (and the job summary's deploy section): lint counts with the
// top findings, the plan, the deploy status, a timeline, and failure details
// collapsed. Kept under GitHub's comment limit; the summary gets everything.

import type { Finding } from "../../lint/types.js";
import { escapeCell } from "../../report/markdown.js";
import { plural, type Counts } from "../../report/summary.js";
import type { Command } from "../constants.js";
import type { DeployReport } from "../../deploy/deploy.js";
import { formatDuration } from "../../deploy/duration.js";
import type { Plan } from "../../deploy/plan.js";
import { planMarkdown } from "../../deploy/plan-render.js";
import { endpointMarker, stampMarker, type RunStamp } from "./marker.js";
import { mermaidTimeline } from "./timeline.js";
import { entityTable } from "./entity-table.js";
import type { EntityReport } from "../../databricks/index.js";
import { approvedPlanDetails, planBlock, type KeptPlan } from "./approved-plan.js";
import { liveHeadline, liveSection, type LiveDeploy } from "./render-live.js";

/** GitHub refuses comments over 65,536 characters; stay well below. */
export const COMMENT_LIMIT = 60_000;
const TOP_FINDINGS = 5;

export interface CommentModel {
  endpoint: string;
  command: Command;
  stamp: RunStamp;
  /** The workflow run, where the full job summary is. */
  workflowRunUrl: string;
  lint: { counts: Counts; top: readonly Finding[]; totalCounts: Counts };
  plan?: Plan | undefined;
  /** Why there is no plan (no credentials, an API error). */
  planSkipped?: string | undefined;
  /** The live status while the deploy runs; the report once it ended. */
  deploy?: DeployReport | LiveDeploy | undefined;
  /** The step stopped before it could plan or deploy (credentials, inputs): what to change. */
  setupError?: string | undefined;
  /** The plan the PR's run posted, kept above a deploy's result. */
  approvedPlan?: KeptPlan | undefined;
}

const OUTCOME = { success: "✅ deployed", triggered: "▶️ deploy triggered (not waited for)", failed: "❌ deploy failed", cancelled: "🚫 deploy cancelled", timeout: "⏱️ deploy timed out (outcome unknown)", unknown: "❔ outcome unknown (the workflow stopped waiting)" } as const;

export function renderComment(m: CommentModel, limit = COMMENT_LIMIT): { body: string; truncated: boolean } {
  const full = render(m, { detailsChars: 8_000, findings: TOP_FINDINGS });
  if (full.length <= limit) return { body: full, truncated: false };
  const lean = render(m, { detailsChars: 0, findings: TOP_FINDINGS });
  if (lean.length <= limit) return { body: lean, truncated: true };
  const cut = `\n\n… cut to fit a comment: the full report is in the [job summary](${m.workflowRunUrl}).\n`;
  return { body: lean.slice(0, limit - cut.length) + cut, truncated: true };
}

/** The same content for the job summary, without size limits or markers. */
export function renderSummarySection(m: CommentModel): string {
  return render(m, { detailsChars: Number.POSITIVE_INFINITY, findings: 0, markers: false });
}

interface RenderOptions {
  detailsChars: number;
  findings: number;
  markers?: boolean;
}

function render(m: CommentModel, o: RenderOptions): string {
  const out: string[] = [];
  if (o.markers !== false) out.push(endpointMarker(m.endpoint), stampMarker(m.stamp));
  out.push(`### serving-ci · \`${m.endpoint}\` · ${headline(m)}`, "");
  if (o.findings > 0) out.push(lintSection(m, o.findings), "");
  if (m.plan) out.push("#### Plan", "", o.markers === false ? planMarkdown(m.plan) : planBlock({ sha: m.stamp.sha, markdown: planMarkdown(m.plan) }), "");
  else if (m.planSkipped) out.push("#### Plan", "", `_Skipped: ${escapeInline(m.planSkipped)}_`, "");
  else if (m.approvedPlan) out.push(approvedPlanDetails(m.approvedPlan, o.markers !== false), "");
  if (m.setupError) out.push("#### Setup error", "", `❌ ${escapeInline(m.setupError)}`, "");
  else if (m.deploy && "live" in m.deploy) out.push(liveSection(m.deploy), "");
  else if (m.deploy) out.push(deploySection(m.deploy, o.detailsChars, m.workflowRunUrl), "");
  const sha = m.stamp.sha ? `commit \`${m.stamp.sha.slice(0, 7)}\` · ` : "";
  out.push(`<sub>${sha}[workflow run](${m.workflowRunUrl}) · ${m.stamp.runAt}</sub>`);
  return `${out.join("\n")}\n`;
}

function headline(m: CommentModel): string {
  if (m.setupError) return "❌ setup error";
  if (m.deploy && "live" in m.deploy) return liveHeadline(m.deploy);
  if (m.deploy) return OUTCOME[m.deploy.outcome];
  const c = m.lint.counts;
  const lint = c.errors ? "❌ lint errors" : c.warnings ? "⚠️ lint warnings" : "✅ lint clean";
  if (m.command === "plan" && m.plan) return `${lint} · ${!m.plan.exists ? "new endpoint" : m.plan.changes.length ? plural(m.plan.changes.length, "change") : "no change"}`;
  return lint;
}

function lintSection(m: CommentModel, n: number): string {
  const { counts, totalCounts, top } = m.lint;
  const here = `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}`;
  const elsewhere = totalCounts.errors + totalCounts.warnings - counts.errors - counts.warnings;
  const lines = [`**Lint**: ${here}${elsewhere > 0 ? ` (${plural(elsewhere, "more")} in other files of the repository)` : ""}`];
  if (top.length) {
    lines.push("", "| | Location | Rule | Message |", "|---|---|---|---|");
    for (const f of top.slice(0, n)) {
      lines.push(`| ${f.severity === "error" ? "🔴" : f.severity === "warning" ? "🟡" : "🔵"} | \`${escapeCell(`${f.span.file}:${f.span.line}`)}\` | [${f.ruleId}](${f.docsUrl}) | ${escapeCell(f.message)} |`);
    }
    const more = counts.errors + counts.warnings + counts.infos - Math.min(n, top.length);
    if (more > 0) lines.push("", `…and ${plural(more, "more finding")} in the [job summary](${m.workflowRunUrl}).`);
  }
  return lines.join("\n");
}

function deploySection(d: DeployReport, detailsChars: number, runUrl: string): string {
  const out = ["#### Deploy", "", `${OUTCOME[d.outcome]}: ${escapeInline(d.message)}`, ""];
  // The entities that failed or are not ready yet, unless they are the served ones shown next.
  const key = (e: EntityReport): string => `${e.name}@${e.entityVersion}`;
  const rolling = d.failedEntities.filter((e) => !d.served.some((s) => key(s) === key(e)));
  out.push(...entityTable(rolling, d.outcome === "timeout" ? "**Rolling out, not ready yet:**" : "**Rolling out, failed:**"));
  out.push(...entityTable(d.served, rolling.length ? "**Serving now:**" : undefined));
  const facts: string[] = [];
  if (d.traffic.length) facts.push(`**Traffic**: ${d.traffic.map((t) => `${escapeCell(t.name)} ${t.percent}%`).join(", ")}`);
  if (d.runId !== undefined) facts.push(`**Run**: ${d.runUrl ? `[${d.runId}](${d.runUrl})` : String(d.runId)}`);
  facts.push(`**Endpoint**: [${escapeCell(d.endpoint)}](${d.endpointUrl})`);
  if (d.state) facts.push(`**State**: ${escapeCell(d.state)}`);
  // What served before: the versions to roll back to (the previous-versions output).
  const before = d.previous.map((e) => `${e.entityName ?? e.name ?? "?"}@${e.entityVersion ?? "?"}`).join(", ");
  if (before && before !== d.served.map((e) => `${e.entityName ?? e.name ?? "?"}@${e.entityVersion ?? "?"}`).join(", ")) facts.push(`**Before**: ${escapeCell(before)}`);
  facts.push(`**Duration**: ${formatDuration(d.durationMs)}`);
  if (d.smoke) facts.push(`**Smoke query**: ${d.smoke.skipped ? `skipped (${escapeCell(d.smoke.detail)})` : d.smoke.ok ? "ok" : "failed"}`);
  out.push(facts.join(" · "), "");
  const timeline = mermaidTimeline(d.phases);
  if (timeline) out.push(timeline, "");
  const details = failureDetails(d, detailsChars);
  if (details) out.push(details);
  else if (detailsChars === 0 && hasFailureDetails(d)) out.push(`Failure details are in the [job summary](${runUrl}).`);
  return out.join("\n").trimEnd();
}

function hasFailureDetails(d: DeployReport): boolean {
  return d.failedTasks.length > 0 || d.failedEntities.length > 0 || d.smoke?.ok === false;
}

function failureDetails(d: DeployReport, maxChars: number): string {
  if (maxChars <= 0 || !hasFailureDetails(d)) return "";
  const parts: string[] = [];
  for (const t of d.failedTasks) {
    parts.push(`**Task \`${escapeInline(t.taskKey)}\`** ${t.resultState ?? ""}${t.runPageUrl ? ` ([task run](${t.runPageUrl}))` : ""}`);
    if (t.error) parts.push(fence(t.error, maxChars));
    if (t.errorTrace) parts.push("Trace:", fence(t.errorTrace, maxChars));
    if (t.logsTail) parts.push("Log tail:", fence(t.logsTail, maxChars));
    if (t.outputUnavailable) parts.push(`_Output unavailable: ${escapeInline(t.outputUnavailable)}_`);
  }
  for (const e of d.failedEntities) {
    parts.push(`**Served entity \`${escapeInline(e.name ?? "?")}\`** ${e.deployment ?? ""}: ${escapeInline(e.message ?? "")}`);
    if (e.buildLogTail) parts.push("Build log tail:", fence(e.buildLogTail, maxChars));
    if (e.serverLogTail) parts.push("Server log tail:", fence(e.serverLogTail, maxChars));
  }
  if (d.smoke && !d.smoke.ok) parts.push(`**Smoke query**: ${escapeInline(d.smoke.detail)}`);
  const title = d.outcome === "timeout" ? "Why it is not ready yet" : "Failure details";
  return [`<details><summary>${title}</summary>`, "", ...parts, "", "</details>"].join("\n");
}

/** A code block that content cannot close early; long text keeps its end (the error is at the bottom). */
function fence(text: string, maxChars: number): string {
  const body = text.length > maxChars ? `…\n${text.slice(text.length - maxChars)}` : text;
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}text\n${body}\n${f}`;
}

function escapeInline(s: string): string {
  return s.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ");
}
