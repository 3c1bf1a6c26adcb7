import { defineRule, type Report } from "../src/lint/define-rule.js";
import type { RelatedLocation } from "../src/lint/types.js";
import { includeSite } from "../src/python/requirement-lists.js";
import { HOLE, type Requirement } from "../src/python/requirements.js";

const messages = {
  unpinned: "requirement \"{text}\" is not pinned; pin one version with ==",
  range: "requirement \"{text}\" allows a range ({spec}); pin one version with ==",
  wildcard: "requirement \"{text}\" pins with a wildcard; pin one exact version",
  urlUnpinned: "requirement \"{text}\" points to a URL without a hash or commit; pin it with #sha256=... or @<commit>",
  invalid: "requirement \"{text}\" cannot be read: {problem}",
};

export default defineRule({
  id: "pinned-requirements",
  defaultSeverity: "error",
  summary: "Every pip requirement of a model is an exact == pin (or a URL pinned by hash or commit)",
  fixable: "never",
  messages,
  check(facts, _ctx, report) {
    // An -r file named by several lists is judged once, with every entry that pulls it in as a related location.
    const entries = new Map<string, { req: Requirement; related: RelatedLocation[] }>();
    for (const list of facts.python?.requirementLists ?? []) {
      for (const req of list.entries) {
        if (req.include || req.option) continue;
        const key = `${req.text.span.file}:${req.text.span.start}`;
        const entry = entries.get(key) ?? { req, related: [] };
        entries.set(key, entry);
        const site = includeSite(list, req);
        if (site && !entry.related.some((r) => r.span.file === site.span.file && r.span.start === site.span.start)) entry.related.push(site);
      }
    }
    for (const { req, related } of entries.values()) judge(req, related, report);
  },
});

function judge(req: Requirement, related: RelatedLocation[], report: Report<keyof typeof messages>): void {
  const text = req.text.value.replace(/\0/g, "{…}");
  const at = (id: keyof typeof messages, data: Record<string, string>) => report(id, req.text, data, related.length ? { related } : undefined);
  if (req.problem) return at("invalid", { text, problem: req.problem });
  if (req.pin !== "none") return;
  // A URL that ends in a run-time hole (f"pkg @ {WHEEL_URL}") may carry its #sha256= or @<commit> there.
  if (req.url !== undefined) return req.url.endsWith(HOLE) ? undefined : at("urlUnpinned", { text });
  if (!req.key && req.specifiers.length === 0) return; // f"{requirement}": nothing here is known
  if (req.specifiers.length === 0) return at("unpinned", { text });
  if (req.specifiers.some((s) => s.op === "==" && s.version.endsWith(".*"))) return at("wildcard", { text });
  const spec = req.specifiers.map((s) => `${s.op}${s.version.replace(/\0/g, "{…}")}`).join(",");
  at("range", { text, spec });
}
