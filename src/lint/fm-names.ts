// The forms a foundation-model name takes in configs and code, and the
// normalisations that map a look-alike to the catalog. Shared by the
// fm-endpoint-name and fm-endpoint-retired rules.
//   databricks-claude-sonnet-4-5            pay-per-token endpoint name
//   databricks/databricks-claude-sonnet-4-5 LiteLLM model string (namespace before the /)
//   system.ai.claude-sonnet-4-5             AI Gateway model service (endpoint minus databricks-)
//   system.ai.meta_llama_v3_1_70b_instruct  classic Unity Catalog model (provisioned throughput)
import type { ModelCatalog } from "./catalog.js";

export const FM_PREFIX = "databricks-";
export const SYSTEM_AI = "system.ai.";
export const LITELLM_PREFIX = "databricks/";

/** Characters a serving endpoint or served entity name may use. */
export const ENDPOINT_NAME_CHARS = /^[A-Za-z0-9_-]+$/;

export type FmName =
  /** A `databricks-*` endpoint name (case-insensitive prefix) at `value[offset..]`. */
  | { form: "endpoint"; name: string; offset: number; litellm: boolean }
  /** `system.ai.<model>` in the hyphen (gateway) style; `endpoint` is the endpoint name it stands for. */
  | { form: "gateway"; model: string; endpoint: string; offset: number }
  /** `system.ai.databricks-*`: the prefix doubled. */
  | { form: "doubled"; model: string; offset: number }
  /** `system.ai.<model>` in the classic underscore style: no catalog maps these names. */
  | { form: "classic"; model: string }
  | { form: "other" };

export function parseFmName(value: string): FmName {
  if (value.startsWith(SYSTEM_AI)) {
    const model = value.slice(SYSTEM_AI.length);
    const offset = SYSTEM_AI.length;
    if (model.toLowerCase().startsWith(FM_PREFIX)) return { form: "doubled", model, offset };
    if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(model)) return { form: "gateway", model, endpoint: FM_PREFIX + model, offset };
    return { form: "classic", model };
  }
  const litellm = value.startsWith(LITELLM_PREFIX);
  const offset = litellm ? LITELLM_PREFIX.length : 0;
  const name = value.slice(offset);
  if (name.toLowerCase().startsWith(FM_PREFIX)) return { form: "endpoint", name, offset, litellm };
  return { form: "other" };
}

/**
 * Spellings of a name that are one known slip away from the catalog's: case,
 * dots or underscores for dashes, a provider word (`meta-llama-4`, `anthropic-`),
 * a missing `meta-` or `-instruct`. Returns the catalog names they hit.
 */
export function normalisedMatches(name: string, catalog: ModelCatalog): string[] {
  let slug = name.toLowerCase().replace(/[._\s]+/g, "-").replace(/-+/g, "-");
  if (slug.startsWith(FM_PREFIX)) slug = slug.slice(FM_PREFIX.length);
  slug = slug.replace(/^(anthropic|openai|google|alibaba)-/, "");
  const variants = new Set([slug]);
  if (slug.startsWith("meta-llama-4")) variants.add(slug.slice("meta-".length));
  if (slug.startsWith("llama-") && !slug.startsWith("llama-4")) {
    variants.add(`meta-${slug}`);
    if (!slug.endsWith("-instruct")) variants.add(`meta-${slug}-instruct`);
  }
  const out: string[] = [];
  for (const v of variants) {
    const full = FM_PREFIX + v;
    if (catalog.byName.has(full) && full !== name && !out.includes(full)) out.push(full);
  }
  return out;
}

/**
 * The catalog entry a classic `system.ai` model name stands for, when the
 * mechanical spelling (`meta_llama_v3_1_405b_instruct` → `meta-llama-3-1-405b-instruct`)
 * is exactly a catalog name; these names follow no published rule, so a miss is no answer.
 */
export function classicToEndpoint(model: string, known: ReadonlyMap<string, unknown>): string | undefined {
  const guess = FM_PREFIX + model.toLowerCase().replace(/_v(\d)/g, "_$1").replace(/_/g, "-");
  return known.has(guess) ? guess : undefined;
}

/**
 * A provider's own model id (`claude-sonnet-4-5-20250929`, `gpt-5.2`,
 * `meta-llama/Llama-3.3-70B-Instruct`) mapped to the catalog endpoint for the
 * same model, when there is exactly one.
 */
export function endpointForProviderId(id: string, catalog: ModelCatalog): string | undefined {
  const base = id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : id;
  const slug = base.toLowerCase().replace(/-\d{8}$/, "").replace(/[.:_]/g, "-");
  if (catalog.byName.has(FM_PREFIX + slug)) return FM_PREFIX + slug;
  const hits = normalisedMatches(FM_PREFIX + slug, catalog);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Anthropic-style dated model id: `claude-sonnet-4-5-20250929`. */
export const DATED_PROVIDER_ID = /^claude-[a-z0-9-]+-20\d{6}$/;
