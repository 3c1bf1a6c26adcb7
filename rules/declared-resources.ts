import { defineRule, type Report, type ReportOptions } from "../src/lint/define-rule.js";
import { inClassCode } from "../src/python/model-code.js";
import type { EndpointFacts } from "../src/lint/facts/endpoint.js";
import { hasOwnCredentials, servedWithOwnCredentials } from "../src/python/models.js";
import type { DeclaredSet, ModelUnit, ModuleUses, ResourceRef } from "../src/python/python-facts.js";
import { where } from "../src/python/python-facts.js";
import type { PyCall } from "../src/python/types.js";
import { AUTO_DETECTING_FLAVORS, yamlKeyOf, type ResourceKind } from "../src/python/resources.js";
import { appendResourceEdit } from "../src/python/yaml-append.js";

const LABELS: Record<ResourceKind, string> = {
  serving_endpoint: "serving endpoint", vector_search_index: "vector search index", sql_warehouse: "SQL warehouse",
  function: "Unity Catalog function", genie_space: "Genie space", table: "table", uc_connection: "UC connection", app: "app",
  lakebase: "Lakebase instance",
};

/** Kinds whose every use we can see in code; others (tables, warehouses...) are reached through functions and Genie. */
const UNUSED_CHECKED = new Set<ResourceKind>(["serving_endpoint", "vector_search_index", "function", "genie_space"]);

const messages = {
  undeclared: "{via} uses {what} \"{name}\", which {where} does not declare",
  unused: "{what} \"{name}\" is declared but the model code never uses it",
  resourcesAndAuthPolicy: "log_model receives both resources and auth_policy; MLflow rejects the call (declare system resources in auth_policy only)",
  driftMissing: "{what} \"{name}\" is declared here but not in {there}",
  driftMissingThere: "{there} declares {what} \"{name}\", which this list does not",
};
type R = Report<keyof typeof messages>;

export default defineRule({
  id: "declared-resources",
  defaultSeverity: "error",
  summary: "Every Databricks resource the model code uses is declared for auth passthrough; declared but unused ones warn",
  fixable: "sometimes",
  messages,
  check(facts, _ctx, report) {
    const python = facts.python;
    if (!python) return;
    for (const unit of python.models) {
      const log = unit.log;
      if (log?.resources && log.authPolicy) report("resourcesAndAuthPolicy", log.authPolicy.at);
      drift(unit, report);
      const uses = unit.code.map((m) => python.uses.get(m)).filter((u): u is ModuleUses => u !== undefined);
      if (uses.length === 0) continue;
      const declared = declaredSet(unit, facts.endpoints);
      if (!declared) continue;
      undeclared(uses, declared, unit, report);
      const clean = unit.code.every((m) => m.syntaxErrors === 0);
      if (clean && declared.refs.length) unused(uses, declared.refs, report);
    }
  },
});

const keyOf = (r: ResourceRef) => `${r.kind}:${r.name?.value}`;

/** The union of everything declared for the model, when every part is literal; none declared counts as empty. */
function declaredSet(unit: ModelUnit, endpoints: readonly EndpointFacts[]): { refs: ResourceRef[]; label: string; yamlOnly?: DeclaredSet } | undefined {
  if (unit.declared.length === 0) {
    const log = unit.log;
    if (!log || log.openKeywords || hasOwnCredentials(unit.serving)) return undefined;
    // An endpoint elsewhere in the repository (a bundle's) serves the registered model with its own token.
    if (log.registeredModelName && servedWithOwnCredentials(endpoints, log.registeredModelName)) return undefined;
    // MLflow declares what it detects in the model for these flavors: none written is not none declared.
    if (AUTO_DETECTING_FLAVORS.has(log.flavor)) return undefined;
    return { refs: [], label: `log_model at ${where(log.call.span)} (no resources=...)` };
  }
  // A call with both resources and auth_policy fails to log (reported above): there is no declared set to judge.
  if (unit.declared.some((d) => !d.complete) || (unit.log?.resources && unit.log.authPolicy)) return undefined;
  const out: { refs: ResourceRef[]; label: string; yamlOnly?: DeclaredSet } = {
    refs: unit.declared.flatMap((d) => d.refs), label: unit.declared.map((d) => d.label).join(" and "),
  };
  const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
  if (yaml && unit.declared.length === 1) out.yamlOnly = yaml;
  return out;
}

function undeclared(uses: ModuleUses[], declared: NonNullable<ReturnType<typeof declaredSet>>, unit: ModelUnit, report: R): void {
  const have = new Set(declared.refs.map(keyOf));
  const code = unit.classCode;
  for (const use of uses.flatMap((u) => u.uses)) {
    if (!use.name || have.has(keyOf(use))) continue;
    // A pickled instance carries its class, not the cells around it (which may query the deployed endpoint).
    if (code && use.call && !inClassCode(code, use.call)) continue;
    if (use.site && !siteRunsWithModel(use.site.call, unit)) continue;
    const data = { via: use.via, what: LABELS[use.kind], name: use.name.value, where: declared.label };
    const yaml = declared.yamlOnly?.serving;
    const edit = yaml ? appendResourceEdit(yaml, yamlKeyOf(use.kind), use.name.value) : undefined;
    const options: ReportOptions = {};
    if (edit) options.fix = { title: `Declare "${use.name.value}" in ${yaml!.source.path} model.resources`, safe: true, edits: [edit] };
    // A name a construction passes sits at that construction, the client it reaches beside it.
    if (use.site) options.related = [{ message: `used by ${use.via}`, span: use.at }];
    report("undeclared", use.site?.at ?? use.at, data, options);
  }
}

/**
 * Whether the call that gave a use its name (`Agent("x")`) is the model's: in its code (for a pickled instance,
 * the part the class reaches, or the construction logged). A driver script's or a test's construction is not.
 */
function siteRunsWithModel(site: PyCall, unit: ModelUnit): boolean {
  if (!unit.code.includes(site.scope.module)) return false;
  const code = unit.classCode;
  return !code || inClassCode(code, site) || site === unit.log?.modelConstruction;
}

function unused(uses: ModuleUses[], refs: ResourceRef[], report: R): void {
  if (uses.some((u) => u.opaque)) return;
  const used = new Set(uses.flatMap((u) => u.uses).map(keyOf));
  const unknown = new Set(uses.flatMap((u) => [...u.unknownKinds, ...u.hiddenKinds]));
  for (const ref of refs) {
    if (!ref.name || !UNUSED_CHECKED.has(ref.kind) || unknown.has(ref.kind) || used.has(keyOf(ref))) continue;
    report("unused", ref.at, { what: LABELS[ref.kind], name: ref.name.value }, { severity: "warning" });
  }
}

/** serving.yaml model.resources and a literal log_model declaration must list the same resources. */
function drift(unit: ModelUnit, report: R): void {
  const yaml = unit.declared.find((d) => d.origin === "serving.yaml");
  const code = unit.declared.find((d) => d.origin !== "serving.yaml");
  if (!yaml || !code || !yaml.complete || !code.complete) return;
  for (const [here, there] of [[yaml, code], [code, yaml]] as const) {
    const theirs = new Set(there.refs.map(keyOf));
    for (const r of here.refs) {
      if (!r.name || theirs.has(keyOf(r))) continue;
      const data = { what: LABELS[r.kind], name: r.name.value, there: there.label };
      report("driftMissing", r.at, data);
      report("driftMissingThere", there.at, { ...data, there: here.label });
    }
  }
}
