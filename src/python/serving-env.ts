// Which served entities' `environment_vars` a module of model code runs under:
// those of every serving.yaml whose `model.code` runs it (lists it, or lists a
// module that imports it, transitively). A module no serving.yaml runs has no
// known environment, and neither has any module when another endpoint may serve
// the code with another environment: the run holds a bundle, a serving.yaml with
// an endpoint but no `model.code`, or Python that creates or updates endpoints or
// deploys agents (src/python/endpoint-configs follows those; here we only step
// aside). Computed once, on the first question.
import type { ServingFile } from "../lint/facts/serving-file.js";
import { getMap, type LMap } from "../lint/yaml/located.js";
import type { Project } from "./resolve.js";
import type { PyModule } from "./types.js";

/** Per served entity, its `environment_vars` map (undefined: it sets none). */
export type EntityEnvironments = readonly (LMap | undefined)[];

export class ServingEnvironments {
  private byModule: Map<PyModule, EntityEnvironments> | undefined;

  constructor(private readonly servingFiles: readonly ServingFile[], private readonly certain: boolean) {}

  /** The environments of every entity serving this module; undefined when that is not certain. */
  of(module: PyModule, project: Project): EntityEnvironments | undefined {
    if (!this.certain) return undefined;
    this.byModule ??= deploysFromCode(project) ? new Map() : this.build(project);
    return this.byModule.get(module);
  }

  private build(project: Project): Map<PyModule, EntityEnvironments> {
    const out = new Map<PyModule, (LMap | undefined)[]>();
    for (const s of this.servingFiles) {
      const entities = s.endpoint?.servedEntities ?? [];
      if (entities.length === 0) continue;
      const envs = entities.map((e) => getMap(e.node, "environment_vars"));
      const listed = s.codePaths.filter((c) => !c.escapesRoot).map((c) => project.fileAt(c.absPath)).filter((m): m is PyModule => m !== undefined);
      for (const m of reachable(listed, project)) out.set(m, [...(out.get(m) ?? []), ...envs]);
    }
    return out;
  }
}

/** Calls that create, update or deploy an endpoint (SDK, mlflow.deployments, databricks.agents). */
const DEPLOY_METHODS = new Set(["deploy", "create", "create_and_wait", "create_endpoint", "update_config", "update_config_and_wait", "update_endpoint"]);

function deploysFromCode(project: Project): boolean {
  return project.modules.some((m) => m.calls.some((c) => {
    if (c.callee.kind !== "attr" || !DEPLOY_METHODS.has(c.callee.attr)) return false;
    const q = project.qualify(c.callee);
    // A receiver we cannot name (a client held in a variable) may be a Databricks one; a bare
    // `.create(...)` is too common (OpenAI completions) to count unless the path says Databricks.
    if (q === undefined) return c.callee.attr !== "create";
    return q.path.startsWith("databricks") || q.path.startsWith("mlflow");
  }));
}

/** The modules a set of entry modules runs: themselves and what they import (`from pkg import mod` too), transitively. */
function reachable(entries: readonly PyModule[], project: Project): Set<PyModule> {
  const seen = new Set<PyModule>(entries);
  const todo = [...entries];
  const visit = (target: PyModule | undefined) => {
    if (target && !seen.has(target)) {
      seen.add(target);
      todo.push(target);
    }
  };
  while (todo.length > 0) {
    const m = todo.pop()!;
    for (const imp of m.imports) visit(project.moduleFor(m, imp.module, imp.level));
    for (const scope of [m.scope, ...m.functions.map((f) => f.scope), ...m.classes.map((c) => c.scope)]) {
      for (const bindings of scope.bindings.values()) {
        for (const b of bindings) {
          if (b.kind === "import" && b.name !== undefined) visit(project.moduleFor(m, b.module ? `${b.module}.${b.name}` : b.name, b.level));
        }
      }
    }
  }
  return seen;
}
