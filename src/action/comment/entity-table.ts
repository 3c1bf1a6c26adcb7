// The served-entity table of the comment and summary (live and final).

import type { EntityReport } from "../../databricks/index.js";
import { escapeCell } from "../../report/markdown.js";

export function entityTable(entities: readonly EntityReport[], caption?: string): string[] {
  if (entities.length === 0) return [];
  const rows = entities.map((e) => `| ${cell(e.name)} | ${cell(e.entityName)} | ${cell(e.entityVersion)} | ${cell(e.deployment)} | ${cell(e.message)} |`);
  return [...(caption ? [caption, ""] : []), "| Served entity | Entity | Version | State | Message |", "|---|---|---|---|---|", ...rows, ""];
}

function cell(s: string | undefined): string {
  return s ? escapeCell(s) : "";
}
