// All analysed Python → PythonFacts. Loaded lazily (it pulls in lezer), only
// when a run has Python or notebook files.
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { SourceFile } from "../lint/facts/source.js";
import { CallClassifier } from "./calls.js";
import { agentClasses } from "./classes.js";
import { buildModels } from "./models.js";
import { pythonUnits } from "./notebook.js";
import { outputChecks } from "./outputs.js";
import { parseUnit } from "./parse.js";
import { emptyPythonFacts, type PythonFacts, type RequirementList } from "./python-facts.js";
import type { RequirementReader } from "./requirement-lists.js";
import { Project } from "./resolve.js";

export function analysePython(
  sources: readonly SourceFile[], servingFiles: readonly ServingFile[], reader: RequirementReader,
  servingLists: ReadonlyMap<ServingFile, RequirementList>,
): PythonFacts {
  const facts = emptyPythonFacts();
  for (const source of sources) {
    for (const unit of pythonUnits(source, facts.problems)) facts.modules.push(parseUnit(unit));
  }
  const project = new Project(facts.modules);
  facts.project = project;
  const classifier = new CallClassifier(project);
  for (const module of facts.modules) {
    facts.uses.set(module, classifier.moduleUses(module));
    for (const call of module.calls) {
      if (classifier.isSetModel(call)) facts.setModel.add(module);
      const log = classifier.logModel(call, module, reader);
      if (log) facts.logCalls.push(log);
    }
  }
  facts.endpointRefs = classifier.endpointRefs;
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
