import { distance } from "fastest-levenshtein";
import { defineRule } from "../src/lint/define-rule.js";
import { isRetired } from "../src/lint/catalog.js";
import { closest } from "../src/lint/did-you-mean.js";
import type { EndpointRef } from "../src/lint/facts/endpoint-ref.js";
import {
  DATED_PROVIDER_ID, ENDPOINT_NAME_CHARS, FM_PREFIX, LITELLM_PREFIX, SYSTEM_AI,
  endpointForProviderId, normalisedMatches, parseFmName,
} from "../src/lint/fm-names.js";
import { replaceInValue } from "../src/lint/scalar-edit.js";
import type { Fix } from "../src/lint/types.js";

const messages = {
  unknownNear: "unknown foundation-model endpoint \"{name}\"; did you mean {candidates}?",
  unknownFar: "\"{name}\" is not a foundation-model endpoint in the catalog of {compiled}; if your workspace serves it, list it under endpoints in .serving-ci.yaml",
  unknownGateway: "unknown system.ai model \"{name}\"; did you mean {candidates}?",
  doubledPrefix: "\"{name}\" repeats the databricks- prefix; the system.ai name is \"{expected}\"",
  litellmPrefix: "\"{name}\" carries the LiteLLM namespace \"databricks/\"; {context} expects the bare endpoint name \"{expected}\"",
  url: "\"{name}\" is a URL; {context} expects a bare endpoint name{expected}",
  path: "\"{name}\" is a REST path; {context} expects a bare endpoint name{expected}",
  providerModelId: "\"{name}\" is a provider model id, not a serving endpoint; {context} expects a bare endpoint name{expected}",
  badCharacters: "\"{name}\" is not an endpoint name (letters, digits, - and _ only); {context} expects a bare endpoint name",
} as const;

/** Edits that still make a slip of a catalog name (the rule page's "an edit or two"). */
const NEAR_EDITS = 2;

/** `org/model` (Hugging Face style) or a dotted version of a well-known model family (`gpt-5.2`). */
const PROVIDER_ID = /^(?:[A-Za-z0-9][\w.-]*\/[\w.:-]+|(?:gpt|o\d|claude|gemini|gemma|llama|meta-llama|mistral|mixtral|qwen|deepseek|grok)[\w-]*[.:][\w.:-]*)$/i;

export default defineRule({
  id: "fm-endpoint-name",
  defaultSeverity: "error",
  summary: "Every databricks-* foundation-model endpoint name is an exact catalog name",
  fixable: "sometimes",
  messages,
  check(facts, ctx, reportAt) {
    const names = ctx.catalog.entries.map((e) => e.name);
    const quote = (xs: readonly string[]) => xs.slice(0, 3).map((x) => `"${x}"`).join(" or ");
    const rename = (ref: EndpointRef, text: string, from = 0): Fix | undefined => {
      const edit = replaceInValue(ref.name, text, from);
      return edit && { title: `Rename to ${text}`, safe: true, edits: [edit] };
    };

    // Never fix to a name that is retired or deprecated: its successor is another model, so
    // renaming to it changes behaviour (opt-in, as fm-endpoint-retired does); no successor: suggest only.
    const renameToCurrent = (target: string, make: (to: string) => Fix | undefined): Fix | undefined => {
      const entry = ctx.catalog.byName.get(target);
      if (!entry || !(isRetired(entry, ctx.today) || entry.deprecated)) return make(target);
      const next = entry.successor ? ctx.catalog.byName.get(entry.successor) : undefined;
      if (!next || isRetired(next, ctx.today) || next.deprecated) return undefined;
      const fix = make(next.name);
      return fix && { ...fix, title: `${fix.title} (the successor of ${target}, which is ${entry.deprecated ? "deprecated" : "retired"})`, safe: false, optIn: "fix-retired" };
    };

    for (const ref of facts.endpointRefs ?? []) {
      // A client that may not be Databricks': a near miss there may be another provider's model id.
      if (ref.catalogOnly) continue;
      // A name written away from its call (a constant, a default, a config dict) names the call that uses it.
      const report: typeof reportAt = (id, at, data, options) => reportAt(id, at, data, ref.usedBy ? { ...options, related: [ref.usedBy] } : options);
      const value = ref.name.value;
      // "" is a placeholder left to fill in (ENDPOINT = ""): it names no endpoint, so there is no name to judge.
      if (value === "" || value.includes("${") || ctx.customEndpoints.has(value)) continue;
      const parsed = parseFmName(value);
      const data = { name: value, context: ref.context };

      switch (parsed.form) {
        case "classic":
          continue; // no catalog of classic UC model names: never guessed
        case "doubled": {
          const stripped = parsed.model.slice(FM_PREFIX.length);
          const expected = SYSTEM_AI + stripped;
          const exact = ctx.catalog.byName.has(parsed.model);
          report("doubledPrefix", ref.name, { ...data, expected }, { fix: exact ? rename(ref, stripped, parsed.offset) : undefined });
          continue;
        }
        case "gateway": {
          if (ctx.catalog.byName.has(parsed.endpoint)) continue;
          // Gateway ids are not always the stripped endpoint name (system.ai.gemma-3-12b-it):
          // only a near miss of a known name is reported, and as a warning.
          const near = names.filter((n) => distance(n, parsed.endpoint) <= 2);
          if (near.length) {
            const candidates = near.map((n) => SYSTEM_AI + n.slice(FM_PREFIX.length));
            report("unknownGateway", ref.name, { ...data, candidates: quote(candidates) }, { severity: "warning" });
          }
          continue;
        }
        case "endpoint": {
          const { name, offset, litellm } = parsed;
          const exact = ctx.catalog.byName.has(name) || ctx.customEndpoints.has(name);
          if (exact) {
            if (litellm && ref.expectsBareName) {
              report("litellmPrefix", ref.name, { ...data, expected: name }, { fix: rename(ref, name) });
            }
            continue;
          }
          const normalised = normalisedMatches(name, ctx.catalog);
          // Near is a slip of an edit or two (or a name cut short): further off, the name may be a model
          // this catalog does not know yet, and "did you mean" would name another model.
          const near = closest(name.slice(FM_PREFIX.length), names.map((n) => n.slice(FM_PREFIX.length)), NEAR_EDITS);
          const candidates = normalised.length ? normalised : near.map((n) => FM_PREFIX + n);
          if (candidates.length === 0) {
            report("unknownFar", ref.name, { name: value, compiled: ctx.catalog.compiled }, { severity: "warning" });
            continue;
          }
          // A misspelling keeps the model's version numbers; a guess that changes them
          // (gpt-4o-mini → gpt-5-mini) switches models, so it is suggested, never applied.
          const only = candidates.length === 1 && (normalised.length > 0 || sameNumbers(name, candidates[0]!)) ? candidates[0]! : undefined;
          const fix = only === undefined ? undefined : renameToCurrent(only, (to) => (ref.expectsBareName ? rename(ref, to) : rename(ref, to, offset)));
          report("unknownNear", ref.name, { name: value, candidates: quote(candidates) }, { fix });
          continue;
        }
        case "other": {
          if (!ref.expectsBareName) continue;
          if (/^https?:\/\//i.test(value)) {
            const inner = /\/serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
            report("url", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
          } else if (value.startsWith("/serving-endpoints/") || value.startsWith("serving-endpoints/")) {
            const inner = /serving-endpoints\/([A-Za-z0-9_-]+)(?:\/|$)/.exec(value)?.[1];
            report("path", ref.name, { ...data, expected: inner ? ` such as "${inner}"` : "" }, { fix: inner ? rename(ref, inner) : undefined });
          } else if (value.startsWith(LITELLM_PREFIX)) {
            continue; // databricks/<custom endpoint>: not ours to guess
          } else if (value.startsWith(SYSTEM_AI)) {
            continue;
          } else if (DATED_PROVIDER_ID.test(value) || PROVIDER_ID.test(value)) {
            const mapped = endpointForProviderId(value, ctx.catalog);
            report("providerModelId", ref.name, { ...data, expected: mapped ? ` such as "${mapped}"` : "" });
          } else if (/^<[^<>]+>$/.test(value)) {
            continue; // a template's placeholder (<YOUR-SERVING-ENDPOINT>), there to be replaced
          } else if (!ENDPOINT_NAME_CHARS.test(value)) {
            report("badCharacters", ref.name, data);
          }
        }
      }
    }
  },
});

function sameNumbers(a: string, b: string): boolean {
  return (a.match(/\d+/g) ?? []).join(".") === (b.match(/\d+/g) ?? []).join(".");
}
