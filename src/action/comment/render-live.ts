// The deploy section while it runs: the current phase in the headline, the
// steps done and to come with their times, the entities being rolled out, the
// run and endpoint links, and when this was true ("as of"), since edits are
// throttled to about one a minute.

import type { DeployStatus } from "../../deploy/deploy-status.js";
import { describeStatus } from "../../deploy/deploy-status.js";
import { formatDuration } from "../../deploy/duration.js";
import { escapeCell } from "../../report/markdown.js";
import { entityTable } from "./entity-table.js";

export interface LiveDeploy {
  live: DeployStatus;
  /** Clock ms this rendering is for (the elapsed time is now − start). */
  now: number;
}

const ICON = { success: "✅", failed: "❌", cancelled: "🚫", timeout: "⏱️", skipped: "⏭️" } as const;

export function liveHeadline(d: LiveDeploy): string {
  return `⏳ deploying: ${d.live.phase} · ${formatDuration(d.now - d.live.startedAt)}`;
}

export function liveSection(d: LiveDeploy): string {
  const s = d.live;
  const out = ["#### Deploy", "", `⏳ **${escapeCell(describeStatus(s))}** · ${formatDuration(d.now - s.startedAt)} elapsed`, ""];
  out.push("| | Step | Took |", "|---|---|---|");
  for (const p of s.phases) {
    const running = p.endMs === undefined;
    const icon = running ? "⏳" : p.outcome ? ICON[p.outcome] : "❔";
    out.push(`| ${icon} | ${p.name} | ${formatDuration((p.endMs ?? d.now) - p.startMs)}${running ? " so far" : ""} |`);
  }
  for (const name of stepsToCome(s)) out.push(`| ⬜ | ${name} | |`);
  out.push("");
  out.push(...entityTable(s.entities));
  const links: string[] = [];
  if (s.runId !== undefined) links.push(`**Run**: ${s.runUrl ? `[${s.runId}](${s.runUrl})` : String(s.runId)}${s.runState ? ` (${escapeCell(s.runState)})` : ""}`);
  const state = endpointState(s);
  links.push(`**Endpoint**: [${escapeCell(s.endpoint)}](${s.endpointUrl})${state ? ` (${state})` : ""}`);
  out.push(links.join(" · "), "");
  out.push(`_As of ${clockTime(d.now)} UTC. This comment is updated at each step and about once a minute until the deploy ends._`);
  return out.join("\n");
}

/** The endpoint's state in words: during an update, whether the previous config still serves. */
function endpointState(s: DeployStatus): string | undefined {
  if (s.configUpdate === "IN_PROGRESS") return s.ready === "READY" ? "updating; the previous config still serves" : "updating; not serving yet";
  if (!s.configUpdate) return undefined;
  return escapeCell([s.configUpdate, s.ready].filter(Boolean).join(", "));
}

/** The flow's steps not begun yet, by mode (deploy.ts runs them in this order). */
function stepsToCome(s: DeployStatus): string[] {
  const all = ["wait for idle", ...(s.mode === "job" ? ["trigger job", "job run"] : ["apply config"]), "endpoint update", ...(s.smokeQuery ? ["smoke query"] : [])];
  const begun = new Set(s.phases.map((p) => p.name));
  return all.filter((n) => !begun.has(n));
}

function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}
