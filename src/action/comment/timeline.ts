// A Mermaid gantt of the deploy phases (GitHub renders Mermaid in comments).

import type { Phase } from "../../deploy/phases.js";

const TAG = { success: "done", failed: "crit", cancelled: "crit", timeout: "active", skipped: "done" } as const;

export function mermaidTimeline(phases: readonly Phase[]): string {
  const done = phases.filter((p) => p.endMs !== undefined);
  if (done.length === 0) return "";
  const origin = done[0]!.startMs;
  const lines = ["```mermaid", "gantt", "  dateFormat x", "  axisFormat %M:%S", "  section deploy"];
  for (const p of done) {
    // Relative ms from the first phase: the axis reads as elapsed minutes:seconds.
    const start = p.startMs - origin;
    const end = Math.max(start + 1, (p.endMs ?? p.startMs) - origin);
    const label = p.name.replace(/[:#;]/g, " ");
    lines.push(`  ${label} (${p.outcome ?? "?"}) :${p.outcome ? TAG[p.outcome] : "active"}, ${start}, ${end}`);
  }
  lines.push("```");
  return lines.join("\n");
}
