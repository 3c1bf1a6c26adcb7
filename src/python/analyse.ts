// All analysed Python → PythonFacts. Loaded lazily (it pulls in lezer), only
// when a run has Python or notebook files.
import path from "node:path";
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { YamlReader } from "./evaluate/model-config.js";
import type { SourceFile } from "../lint/facts/source.js";
import { CallClassifier } from "./calls.js";
import { LogModelReader } from "./log-model.js";
import { agentClasses } from "./classes.js";
import { pythonEndpointConfigs } from "./endpoint-configs/python-endpoints.js";
import { buildModels } from "./models.js";
import { outputChecks } from "./outputs.js";
import { parseSources } from "./parse-modules.js";
import type { ParsePool } from "./parse-pool.js";
import { emptyPythonFacts, type PythonFacts, type RequirementList } from "./python-facts.js";
import type { RequirementReader } from "./requirement-lists.js";
import { Project } from "./resolve.js";
import type { PyModule } from "./types.js";
import { ServingEnvironments } from "./serving-env.js";

export async function analysePython(
  sources: readonly SourceFile[], servingFiles: readonly ServingFile[], reader: RequirementReader,
  servingLists: ReadonlyMap<ServingFile, RequirementList>, pool?: ParsePool, readYaml?: YamlReader, hasBundles = false,
): Promise<PythonFacts> {
  const facts = emptyPythonFacts();
  facts.modules.push(...(pool ? await pool.parse(sources, facts.problems) : await parseSources(sources, facts.problems)));
  // Bundle endpoints may serve the same code with another environment: then os.environ stays unknown.
  const paired = servingFiles.every((s) => !s.endpoint || s.codePaths.length > 0);
  const environments = new ServingEnvironments(servingFiles, !hasBundles && paired);
  const project: Project = new Project(facts.modules, { ...(readYaml ? { readYaml } : {}), environmentOf: (m) => environments.of(m, project) });
  facts.project = project;
  const classifier = new CallClassifier(project);
  const logs = new LogModelReader(project, classifier);
  for (const module of facts.modules) {
    facts.uses.set(module, classifier.moduleUses(module));
    classifier.urlRefs(module);
    for (const call of module.calls) {
      if (logs.isSetModel(call)) facts.setModel.add(module);
      const log = logs.logModel(call, module, reader);
      if (log) facts.logCalls.push(log);
    }
  }
  facts.endpointRefs = classifier.endpointRefs;
  // A notebook's `%pip install -r f` reads f from the notebook's folder (its working directory on Databricks);
  // elsewhere the base is a guess, so a file not there is unknown.
  const includedBy = (m: PyModule) => (p: string) => reader.file(path.resolve(path.dirname(m.source.absPath), p), new Set(), undefined, { quietIfMissing: true });
  facts.endpointConfigs = pythonEndpointConfigs(project, (e) => classifier.receiverKind(e), includedBy, (p) => reader.text(p));
  for (const log of facts.logCalls) {
    for (const list of [log.pipRequirements, log.extraPipRequirements]) if (list) facts.requirementLists.push(list);
  }
  facts.agents = agentClasses(project);
  const outputs = outputChecks(project, facts.agents);
  facts.rawOutputDicts = outputs.raw;
  facts.helperArgsProblems = outputs.helperProblems;
  facts.models = buildModels(facts.modules, servingFiles, facts.logCalls, servingLists, facts.agents, facts.setModel);
  return facts;
}
