import type { CatalogEntry } from "../src/lint/catalog.js";
import { defineRule } from "../src/lint/define-rule.js";
import type { EndpointRef } from "../src/lint/facts/endpoint-ref.js";
import { classicToEndpoint, FM_PREFIX, parseFmName } from "../src/lint/fm-names.js";
import { replaceInValue } from "../src/lint/scalar-edit.js";
import type { Fix } from "../src/lint/types.js";

const WARN_DAYS = 90;

export default defineRule({
  id: "fm-endpoint-retired",
  defaultSeverity: "error",
  summary: "Foundation-model endpoints that are retired (error), retiring within 90 days or deprecated (warning)",
  fixable: "sometimes",
  messages: {
    retiredOn: "\"{name}\" was retired on {day}{offering}{successor}{redirect}",
    retired: "\"{name}\" is retired{successor}",
    retiring: "\"{name}\" retires on {day}{offering}, in {days}{successor}",
    deprecated: "\"{name}\" is deprecated: it answers only in workspaces that already use it{successor}",
  },
  check(facts, ctx, report) {
    for (const ref of facts.endpointRefs ?? []) {
      const value = ref.name.value;
      if (value.includes("${") || ctx.customEndpoints.has(value)) continue;
      const target = resolve(ref, ctx.catalog.byName);
      if (!target) continue;
      const { entry } = target;
      if (entry.kind === "embedding") continue; // no retirement process covers embeddings
      const pt = ref.provisioned === true;
      const written = entry.successor === undefined ? undefined : target.rewrite(entry.successor);
      const successor = entry.successor ? `; use "${written === undefined ? entry.successor : value.slice(0, target.offset) + written}" instead` : "";
      const offering = pt ? " for provisioned throughput" : "";
      const day = pt ? entry.ptRetires : entry.retires;
      const fix = successorFix(ref, entry, target.rewrite, target.offset);
      const related = ref.usedBy ? [ref.usedBy] : undefined;

      if (day !== undefined && day <= ctx.today) {
        let redirect = "";
        if (!pt && entry.redirectUntil) {
          redirect = entry.redirectUntil > ctx.today
            ? `; calls are redirected to ${entry.successor ?? "another model"} until ${entry.redirectUntil}, then fail`
            : `; its redirect ended on ${entry.redirectUntil}`;
        }
        report("retiredOn", ref.name, { name: value, day, offering, successor, redirect }, { fix, related });
      } else if (day === undefined && entry.retired === true && !pt) {
        report("retired", ref.name, { name: value, successor }, { fix, related });
      } else if (day !== undefined && daysBetween(ctx.today, day) <= WARN_DAYS) {
        report("retiring", ref.name, { name: value, day, offering, days: plural(daysBetween(ctx.today, day), "day"), successor }, { severity: "warning", fix, related });
      } else if (entry.deprecated === true) {
        report("deprecated", ref.name, { name: value, successor }, { severity: "warning", fix, related });
      }
    }
  },
});

interface Target {
  entry: CatalogEntry;
  /** Offset in the value where the endpoint-like part starts. */
  offset: number;
  /** How a successor endpoint name is written in this position; undefined = it cannot be. */
  rewrite: (endpoint: string) => string | undefined;
}

function resolve(ref: EndpointRef, byName: ReadonlyMap<string, CatalogEntry>): Target | undefined {
  const parsed = parseFmName(ref.name.value);
  switch (parsed.form) {
    case "endpoint": {
      const entry = byName.get(parsed.name);
      return entry && { entry, offset: parsed.offset, rewrite: (n) => n };
    }
    case "gateway": {
      const entry = byName.get(parsed.endpoint);
      return entry && { entry, offset: parsed.offset, rewrite: (n) => n.slice(FM_PREFIX.length) };
    }
    case "classic": {
      // A classic UC model is served with provisioned throughput: only its PT day is known.
      if (!ref.provisioned) return undefined;
      const name = classicToEndpoint(parsed.model, byName);
      const entry = name ? byName.get(name) : undefined;
      return entry && { entry, offset: 0, rewrite: () => undefined };
    }
    default:
      return undefined;
  }
}

/** Replacing the name changes which model answers: an unsafe fix, opted into with --fix-retired. */
function successorFix(ref: EndpointRef, entry: CatalogEntry, rewrite: Target["rewrite"], offset: number): Fix | undefined {
  if (!entry.successor || ref.form === "system-ai-entity") return undefined; // an entity also pins a version
  const text = rewrite(entry.successor);
  const edit = text === undefined ? undefined : replaceInValue(ref.name, text, offset);
  return edit && { title: `Replace with ${text}`, safe: false, optIn: "fix-retired", edits: [edit] };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
