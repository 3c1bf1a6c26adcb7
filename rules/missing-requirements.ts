import path from "node:path";
import { defineRule } from "../src/lint/define-rule.js";
import { distributionOf, installedByExtras, installedWith, isStdlib } from "../src/python/packages.js";
import type { ModelUnit } from "../src/python/python-facts.js";
import type { Project } from "../src/python/resolve.js";
import type { PyModule } from "../src/python/types.js";

export default defineRule({
  id: "missing-requirements",
  defaultSeverity: "error",
  summary: "Every third-party package the model code imports is installed by its complete pip_requirements",
  fixable: "never",
  messages: {
    missing: "\"{module}\" is imported but no requirement installs {dist}; add {dist}==<version> to {list}",
  },
  check(facts, _ctx, report) {
    const python = facts.python;
    const project = python?.project;
    if (!python || !project) return;
    for (const unit of python.models) {
      const provided = environment(unit);
      if (!provided) continue;
      const list = unit.requirementLists[0]!;
      // What the model runs when it loads, followed from its entry: not every file code_paths ships.
      const reported = new Map<PyModule, Set<string>>();
      for (const { imp, module } of unit.imports) {
        if (imp.guarded || imp.level > 0 || !imp.module || isStdlib(imp.module) || isLocal(project, module, imp.module)) continue;
        const dist = distributionOf(imp.module);
        const seen = reported.get(module) ?? new Set<string>();
        reported.set(module, seen);
        if (!dist || provided.has(dist) || seen.has(dist)) continue;
        seen.add(dist);
        report("missing", imp.span, { module: imp.module, dist, list: list.label });
      }
    }
  },
});

/**
 * What the model's environment installs, when its requirement list is complete and fully readable:
 * the listed distributions, what their extras install, their dependencies, and mlflow (which MLflow adds when the list omits it).
 */
function environment(unit: ModelUnit): Set<string> | undefined {
  const list = unit.requirementLists[0];
  if (!list?.complete || !list.known) return undefined;
  const names: string[] = ["mlflow"];
  for (const r of list.entries) {
    if (r.include || r.option) continue;
    if (!r.key) return undefined; // a URL or computed name could install anything
    const extras = installedByExtras(r.key, r.extras);
    if (!extras) return undefined; // an extra we do not know could install anything
    names.push(r.key, ...extras);
  }
  return installedWith(names);
}

/** A module of the project itself (an analysed file, or a package directory beside it). */
function isLocal(project: Project, from: Parameters<Project["moduleFor"]>[0], module: string): boolean {
  const top = module.split(".")[0]!;
  return project.moduleFor(from, module, 0) !== undefined || project.moduleFor(from, top, 0) !== undefined || directoryNames(project).has(top);
}

const dirNamesOf = new WeakMap<Project, Set<string>>();

/** Every directory name on the paths of the analysed modules, computed once per project. */
function directoryNames(project: Project): Set<string> {
  let names = dirNamesOf.get(project);
  if (!names) {
    names = new Set();
    for (const m of project.modules) for (const seg of path.dirname(m.absPath).split(path.sep)) names.add(seg);
    dirNamesOf.set(project, names);
  }
  return names;
}
