import { distance } from "fastest-levenshtein";

/**
 * The candidates closest to `word` by edit distance, within a budget that grows
 * with the word's length (a third of it, at least 2). A candidate that the word
 * is a prefix of (or the reverse) also counts: `served_entity` → `served_entities`; so does one that
 * is the word, itself snake_case, under one more leading part: `serving_endpoints` → `model_serving_endpoints`.
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance?: number): string[] {
  const w = word.toLowerCase();
  const budget = maxDistance ?? Math.max(2, Math.floor(w.length / 3));
  let best = Infinity;
  let out: string[] = [];
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let d = distance(w, lc);
    if (d > budget && w.length >= 4 && (lc.startsWith(w) || w.startsWith(lc))) d = budget;
    if (d > budget && w.includes("_") && lc.endsWith(`_${w}`) && !lc.slice(0, -w.length - 1).includes("_")) d = budget;
    if (d > budget) continue;
    if (d < best) {
      best = d;
      out = [c];
    } else if (d === best) out.push(c);
  }
  return out;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c.length ? ` (did you mean ${c.slice(0, 3).map((x) => `"${x}"`).join(" or ")}?)` : "";
}
