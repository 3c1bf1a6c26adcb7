// A plan as Markdown (comment, summary) and as log lines.

import { escapeCell } from "../report/markdown.js";
import type { Plan, PlanChange } from "./plan.js";

const SIGN = { add: "+", remove: "-", change: "~" } as const;

function changeText(c: PlanChange): string {
  if (c.kind === "add") return `${c.area} ${c.subject}: ${c.to ?? ""}`.trimEnd();
  if (c.kind === "remove") return `${c.area} ${c.subject} (${c.from ?? ""})`;
  return `${c.area} ${c.subject}: ${c.from !== undefined && c.area !== "served entity" ? `${c.from} → ${c.to ?? ""}` : (c.to ?? "")}`;
}

/** One line when nothing changes; otherwise a headline plus one line per change. */
export function planHeadline(p: Plan): string {
  if (!p.exists) return `endpoint ${p.endpoint} will be created`;
  if (p.changes.length === 0) return `endpoint ${p.endpoint}: no change`;
  return `endpoint ${p.endpoint}: ${p.changes.length} change${p.changes.length === 1 ? "" : "s"}`;
}

export function planLines(p: Plan): string[] {
  return [planHeadline(p), ...p.changes.map((c) => `  ${SIGN[c.kind]} ${changeText(c)}`), ...p.notes.map((n) => `  note: ${n}`)];
}

export function planMarkdown(p: Plan): string {
  const head = p.exists ? (p.changes.length === 0 ? "**No change** to the live endpoint." : "Merging would change the live endpoint:") : "The endpoint does not exist yet: it **will be created**.";
  const out = [head];
  if (p.changes.length) {
    out.push("", "| | What | Change |", "|---|---|---|");
    for (const c of p.changes) out.push(`| \`${SIGN[c.kind]}\` | ${escapeCell(`${c.area} ${c.subject}`)} | ${escapeCell(c.kind === "remove" ? `removed (${c.from ?? ""})` : c.from !== undefined && c.area !== "served entity" ? `${c.from} → ${c.to ?? ""}` : (c.to ?? ""))} |`);
  }
  for (const n of p.notes) out.push("", `> ${escapeCell(n)}`);
  return out.join("\n");
}
