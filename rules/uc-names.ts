import { defineRule, reportNaming, type Report } from "../src/lint/define-rule.js";
import { isPlaceholder } from "../src/lint/placeholder.js";
import type { Located } from "../src/lint/types.js";
import { containsVariable, get, getMap, getSeq, maskVariables, str } from "../src/lint/yaml/located.js";

const messages = {
  wrongParts: "{where} \"{name}\" has {count} {parts}; Unity Catalog names are catalog.schema.name",
  emptyPart: "{where} \"{name}\" has an empty part; Unity Catalog names are catalog.schema.name",
  spaceInPart: "{where} \"{name}\" has a space in \"{part}\"; remove it or quote the part with backticks",
} as const;
type M = keyof typeof messages;

const RESOURCE_LISTS = ["vector_search_indexes", "functions", "tables"] as const;

export default defineRule({
  id: "uc-names",
  defaultSeverity: "error",
  summary: "Unity Catalog names have three parts where Databricks needs them: catalog.schema.name",
  fixable: "never",
  messages,
  check(facts, _ctx, report) {
    for (const ep of facts.endpoints) {
      const reportEp = reportNaming(ep.sentBy, report);
      for (const e of ep.servedEntities) {
        const field = e.legacy ? "model_name" : "entity_name";
        // A name without dots is a workspace-registry model: fine.
        if (e.entityName && !e.externalModel && maskVariables(e.entityName.value).includes(".")) {
          checkName(e.entityName, field, reportEp);
        }
      }
    }
    for (const s of facts.servingFiles) {
      const resources = getMap(s.model, "resources");
      for (const list of RESOURCE_LISTS) {
        for (const item of getSeq(resources, list)?.items ?? []) {
          const name = str(item);
          if (!name || name.value.includes("*")) continue; // wildcards: not ours to judge
          checkName(name, `model.resources.${list}`, report);
        }
      }
      const modelName = get(getMap(s.deploy, "parameters"), "model_name");
      const name = str(modelName);
      if (name && maskVariables(name.value).includes(".")) checkName(name, "deploy.parameters.model_name", report);
    }
  },
});

/** Splits on dots outside backticks; a backticked part keeps its backticks. */
export function ucParts(name: string): string[] | undefined {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of name) {
    if (ch === "`") quoted = !quoted;
    if (ch === "." && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (quoted) return undefined; // unbalanced backticks: leave it to Databricks
  parts.push(cur);
  return parts;
}

/** Stands for a `${...}` reference while the literal parts are judged. */
const VAR = "\u0000";

/**
 * A `${...}` reference may hold dots (`${var.catalog}` = "main.agents"): with one,
 * only what the literal parts make certain is reported: more than three parts
 * (a value adds dots, never removes them), an empty part between literal dots,
 * a space in a literal part.
 */
function checkName(name: Located<string>, where: string, report: Report<M>): void {
  if (isPlaceholder(name.value)) return;
  const variable = containsVariable(name.value);
  const parts = ucParts(maskVariables(name.value, VAR));
  if (!parts) return;
  const data = { where, name: name.value };
  if (variable ? parts.length > 3 : parts.length !== 3) {
    report("wrongParts", name, { ...data, count: parts.length, parts: parts.length === 1 ? "part" : "parts" });
    return;
  }
  const empty = parts.find((p) => p === "" || p === "``");
  if (empty !== undefined) return report("emptyPart", name, data);
  const spaced = parts.find((p) => !p.startsWith("`") && /\s/.test(p));
  if (spaced !== undefined) report("spaceInPart", name, { ...data, part: spaced.split(VAR).join("${...}") });
}
