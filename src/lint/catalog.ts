// The foundation-model endpoint catalog (rules/data/foundation-models.json).
import data from "../../rules/data/foundation-models.json" with { type: "json" };

export type Confidence = "high" | "medium" | "low";

export interface CatalogEntry {
  name: string;
  kind: "chat" | "code" | "completion" | "embedding";
  provider: string;
  /** Retirement day: the first day the name fails (YYYY-MM-DD). */
  retires?: string;
  /** A later day until which a partner redirect keeps the name answering with another model. */
  redirectUntil?: string;
  /** Provisioned-throughput retirement day, where it differs (system.ai entities). */
  ptRetires?: string;
  /** Known to be retired although the day is not published. */
  retired?: boolean;
  /** Databricks calls the model legacy/deprecated: still answers where already used. */
  deprecated?: boolean;
  successor?: string;
  confidence: Confidence;
  note?: string;
}

export interface ModelCatalog {
  compiled: string;
  entries: readonly CatalogEntry[];
  byName: ReadonlyMap<string, CatalogEntry>;
}

export function loadCatalog(): ModelCatalog {
  const entries = data.entries as CatalogEntry[];
  return { compiled: data.compiled, entries, byName: new Map(entries.map((e) => [e.name, e])) };
}

/** Whether the entry is retired on `today` (a retirement day is the first day it fails). */
export function isRetired(entry: CatalogEntry, today: string): boolean {
  return entry.retired === true || (entry.retires !== undefined && entry.retires <= today);
}
