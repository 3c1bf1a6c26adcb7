// Pairs what describes one model: a serving.yaml `model` section (whose
// `model.code` names the files) and the `log_model` call found in those files;
// a log call outside any serving.yaml is a model of its own. The model's code
// is what runs at serving time: the python_model file or class, code_paths,
// and the listed files that define a model.
import path from "node:path";
import type { EndpointFacts, ServedEntityFacts } from "../lint/facts/endpoint.js";
import type { ServingFile } from "../lint/facts/serving-file.js";
import { getMap, isSeq, str } from "../lint/yaml/located.js";
import { definesModel } from "./classes.js";
import { classCode, modelImports, type ModelEntry } from "./model-code.js";
import type { AgentClass, DeclaredSet, LogModelFacts, ModelUnit, RequirementList, ResourceRef } from "./python-facts.js";
import { Project } from "./resolve.js";
import { YAML_RESOURCE_KEYS } from "./resources.js";
import type { PyModule } from "./types.js";

export function yamlDeclaredSet(serving: ServingFile): DeclaredSet | undefined {
  const res = getMap(serving.model, "resources");
  if (!res) return undefined;
  const set: DeclaredSet = { refs: [], complete: true, at: res.span, label: `${serving.source.path} model.resources`, origin: "serving.yaml", serving };
  for (const e of res.entries) {
    const kind = YAML_RESOURCE_KEYS[e.key.value];
    if (!kind || !isSeq(e.value)) {
      set.complete = false;
      continue;
    }
    for (const item of e.value.items) {
      const name = str(item);
      if (!name) {
        set.complete = false;
        continue;
      }
      const ref: ResourceRef = { kind, name, at: name.span, via: `model.resources.${e.key.value}` };
      set.refs.push(ref);
    }
  }
  return set;
}

export function buildModels(
  modules: readonly PyModule[], servingFiles: readonly ServingFile[], logCalls: readonly LogModelFacts[],
  servingLists: ReadonlyMap<ServingFile, RequirementList>, agents: readonly AgentClass[], setModel: ReadonlySet<PyModule>,
): ModelUnit[] {
  const units: ModelUnit[] = [];
  const paired = new Set<LogModelFacts>();
  // Name resolution for following the model's imports (an index by path; cheap to build here).
  const project = new Project(modules);
  // Indexes, so pairing stays linear in a repository of many models.
  const modulesByPath = new Map<string, PyModule[]>();
  const index = (key: string, m: PyModule) => {
    const list = modulesByPath.get(key);
    if (!list) modulesByPath.set(key, [m]);
    else if (!list.includes(m)) list.push(m);
  };
  // A %%writefile module is found through its notebook, never by the path it writes (another notebook may write it too).
  for (const m of modules) {
    if (m.origin !== "writefile") index(m.absPath, m);
    index(m.source.absPath, m);
  }
  const logsByModule = new Map<PyModule, LogModelFacts[]>();
  for (const l of logCalls) logsByModule.set(l.module, [...(logsByModule.get(l.module) ?? []), l]);
  for (const serving of servingFiles) {
    if (!serving.model) continue;
    const listed = [...new Set(serving.codePaths.filter((c) => !c.escapesRoot).flatMap((c) => modulesByPath.get(c.absPath) ?? []))];
    listed.sort((a, b) => modules.indexOf(a) - modules.indexOf(b));
    const log = listed.flatMap((m) => logsByModule.get(m) ?? []).find((l) => !paired.has(l));
    if (log) paired.add(log);
    const code = new Set(listed.filter((m) => definesModel(m, agents, setModel)));
    const unit = unitFor(log, code, project);
    unit.serving = serving;
    const list = servingLists.get(serving);
    if (list) {
      unit.requirementLists.push(list);
      unit.allRequirementLists.push(list);
    }
    const declared = yamlDeclaredSet(serving);
    if (declared) unit.declared.push(declared);
    units.push(unit);
  }
  for (const log of logCalls) if (!paired.has(log)) units.push(unitFor(log, new Set(), project));
  return units;
}

/**
 * The model's entry points: the files that define it, and what the log call passes. An instance of a class
 * defined in the logging script itself is only that class; code_paths modules are not entries (shipping a
 * file does not run it): they count when an entry imports them.
 */
function entriesOf(log: LogModelFacts | undefined, defining: ReadonlySet<PyModule>): ModelEntry[] {
  const entries: ModelEntry[] = [...defining].map((module) => ({ module }));
  const m = log?.modelModule;
  if (!log || !m) return entries;
  const cls = log.modelClass;
  // Pickled by top-level code (a `with` block is top level too): the globals it captures follow the statement order.
  const pickledAt = log.call.scope === log.module.scope ? log.call.span.start : undefined;
  entries.push(cls && m === log.module ? { module: m, cls, ...(pickledAt === undefined ? {} : { pickledAt }) } : { module: m });
  return entries;
}

function unitFor(log: LogModelFacts | undefined, code: Set<PyModule>, project: Project): ModelUnit {
  const entries = entriesOf(log, code);
  const roots = [...new Set([...entries.map((e) => path.dirname(e.module.absPath)), ...(log ? [path.dirname(log.module.absPath)] : [])])];
  const unit: ModelUnit = { code: [], requirementLists: [], allRequirementLists: [], declared: [], imports: modelImports(entries, project, roots) };
  // A module that is also an entry of its own (it defines the model) runs whole.
  const pickled = entries.find((e) => e.cls && !entries.some((o) => !o.cls && o.module === e.module));
  if (pickled?.cls) unit.classCode = classCode(pickled.cls, pickled.module, project, pickled.pickledAt);
  if (log) {
    unit.log = log;
    if (log.modelModule) code.add(log.modelModule);
    for (const m of log.codePathModules) if (m.absPath.endsWith(".py")) code.add(m);
    if (log.pipRequirements) unit.requirementLists.push(log.pipRequirements);
    for (const l of [log.pipRequirements, log.extraPipRequirements]) if (l) unit.allRequirementLists.push(l);
    if (log.resources) unit.declared.push(log.resources);
    if (log.authPolicy) unit.declared.push(log.authPolicy);
  }
  unit.code = [...code];
  return unit;
}

/** A serving.yaml served entity gives the model its own Databricks credentials (no passthrough needed). */
export function hasOwnCredentials(serving: ServingFile | undefined): boolean {
  return (serving?.endpoint?.servedEntities ?? []).some(signsInItself);
}

/** Whether an endpoint of the project (a bundle's, a deploy script's) serves `model` with its own credentials. */
export function servedWithOwnCredentials(endpoints: readonly EndpointFacts[], model: string): boolean {
  return endpoints.some((ep) => ep.servedEntities.some((e) => e.entityName?.value === model && signsInItself(e)));
}

/** A served entity given a Databricks token or OAuth secret: its clients sign in with that, not by passthrough. */
function signsInItself(e: ServedEntityFacts): boolean {
  const env = getMap(e.node, "environment_vars");
  return env?.entries.some((x) => /^DATABRICKS_(TOKEN|CLIENT_SECRET)$/.test(x.key.value)) ?? false;
}

export function moduleLabel(m: PyModule): string {
  return m.origin === "writefile" ? `${path.basename(m.absPath)} (written by ${m.source.path})` : m.source.path;
}
