import { defineRule, type Report } from "../src/lint/define-rule.js";
import type { Requirement } from "../src/python/requirements.js";

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
    const seen = new Set<string>();
    for (const list of facts.python?.requirementLists ?? []) {
      for (const req of list.entries) {
        // An -r file named by two lists is judged once.
        const key = `${req.text.span.file}:${req.text.span.start}`;
        if (seen.has(key) || req.include || req.option) continue;
        seen.add(key);
        judge(req, report);
      }
    }
  },
});

function judge(req: Requirement, report: Report<keyof typeof messages>): void {
  const text = req.text.value.replace(/\0/g, "{…}");
  if (req.problem) return report("invalid", req.text, { text, problem: req.problem });
  if (req.pin !== "none") return;
  if (req.url !== undefined) return report("urlUnpinned", req.text, { text });
  if (!req.key && req.specifiers.length === 0) return; // f"{requirement}": nothing here is known
  if (req.specifiers.length === 0) return report("unpinned", req.text, { text });
  if (req.specifiers.some((s) => s.op === "==" && s.version.endsWith(".*"))) return report("wildcard", req.text, { text });
  const spec = req.specifiers.map((s) => `${s.op}${s.version.replace(/\0/g, "{…}")}`).join(",");
  report("range", req.text, { text, spec });
}
