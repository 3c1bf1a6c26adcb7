// What the code rules read: facts derived once from all analysed modules and
// serving.yaml model sections. `LintFacts.python` holds one of these.
import type { EndpointRef } from "../lint/facts/endpoint-ref.js";
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { FileProblem, SourceFile } from "../lint/facts/source.js";
import type { Located, Span } from "../lint/types.js";
import type { PythonEndpointConfig } from "./endpoint-configs/endpoint-config.js";
import type { ClassCode } from "./model-code.js";
import type { Requirement } from "./requirements.js";
import type { Project } from "./resolve.js";
import type { ResourceKind } from "./resources.js";
import type { PyCall, PyClass, PyDict, PyImport, PyModule } from "./types.js";

/** A resource named in code: used by a client, or declared by a resource class / YAML entry. */
export interface ResourceRef {
  kind: ResourceKind;
  /** Known before run time; absent when computed. */
  name?: Located<string>;
  /** The argument (or YAML item) that names it. */
  at: Span;
  /** For messages: `ChatDatabricks(model=...)`, `model.resources.functions`. */
  via: string;
  /** A use's call: where it runs decides whose code it is (ModelUnit.classCode). */
  call?: PyCall;
  /**
   * The name is a parameter's value at one call of the function or class holding the use (`Agent("x")` for
   * `ChatDatabricks(endpoint=endpoint)` in `Agent.__init__`): that call, and the name's place there (its literal,
   * or the call itself when the name comes from a default or a constant). The use is the model's when the call is.
   */
  site?: { call: PyCall; at: Span };
}

/** Resources declared for one model (`resources=[...]`, auth_policy's system resources, serving.yaml). */
export interface DeclaredSet {
  refs: ResourceRef[];
  /** Every entry is a literal declaration with a literal name. */
  complete: boolean;
  at: Span;
  /** For messages: where to declare, `log_model(resources=...) at log_model.py:12`. */
  label: string;
  origin: "resources" | "auth_policy" | "serving.yaml";
  /** serving.yaml the set came from (fixes append there). */
  serving?: ServingFile;
}

export interface RequirementList {
  origin: "pip_requirements" | "extra_pip_requirements" | "serving.yaml" | "requirements file";
  /** The whole environment (pip_requirements, serving.yaml) rather than additions to an inferred one. */
  complete: boolean;
  /** Every entry is readable text (literal, or a template with holes), every `-r` file was read. */
  known: boolean;
  /** Entries in order, `-r` files expanded in place. */
  entries: Requirement[];
  /** Entries that came from a `-r` file → the entry of this list that pulls that file in. */
  includedBy?: ReadonlyMap<Requirement, Requirement>;
  at: Span;
  /** For messages: what the list is and where (`log_model(pip_requirements=...) at f.py:3`). */
  label: string;
  /** What the list is without where, for a related location, which shows the place itself. */
  what: string;
}

export interface LogModelFacts {
  call: PyCall;
  module: PyModule;
  /** `pyfunc`, `sklearn`, `langchain`... */
  flavor: string;
  /** `**kwargs` passed: any keyword may be hidden in it. */
  openKeywords: boolean;
  pipRequirements?: RequirementList;
  extraPipRequirements?: RequirementList;
  resources?: DeclaredSet;
  authPolicy?: DeclaredSet;
  /** Models from code: the file `python_model="agent.py"` names. */
  pythonModelPath?: Located<string>;
  /** The analysed module holding the model (that file, or the class of the instance passed). */
  modelModule?: PyModule;
  /** The class of the instance passed as python_model, when it is an analysed class. */
  modelClass?: PyClass;
  /** That instance's construction (`python_model=Agent("x")`, or through a name bound once to it). */
  modelConstruction?: PyCall;
  codePathModules: PyModule[];
  /** `registered_model_name="catalog.schema.model"`, when literal. */
  registeredModelName?: string;
}

export type AgentKind = "responses-agent" | "chat-agent" | "chat-model" | "python-model";

export interface AgentClass {
  cls: PyClass;
  module: PyModule;
  kind: AgentKind;
  /** `predict` defined here or on an analysed base. */
  hasPredict: boolean;
  /** Every base is either an MLflow interface or an analysed class. */
  basesKnown: boolean;
  /** Never instantiated in the analysed code, and marked abstract (an `abc.ABC` base) or subclassed by an analysed class. */
  abstract: boolean;
}

/** An output item or stream event item built as a dict literal inside a ResponsesAgent. */
export interface RawOutputDict {
  dict: PyDict;
  /** The helper to use instead, written as a call: `self.create_text_output_item(text=..., id=...)`. */
  helper: string;
  /** Keys of the helper's item the dict lacks (`id`, `content[].type`); [] when complete or not all written out. */
  missing: string[];
}

export interface HelperArgsProblem {
  call: PyCall;
  helper: string;
  missing: string[];
}

/** Resource names a module's code reaches. */
export interface ModuleUses {
  uses: ResourceRef[];
  /** Kinds reached with a name computed at run time. */
  unknownKinds: Set<ResourceKind>;
  /** Kinds reached without the code naming them (an index's embedding endpoint, a UC function's tables). */
  hiddenKinds: Set<ResourceKind>;
  /** Talks to the workspace in ways we do not follow (REST calls, SQL connections). */
  opaque: boolean;
}

/** One logged/served model: its log call and/or serving.yaml, its code, environment and declarations. */
export interface ModelUnit {
  log?: LogModelFacts;
  serving?: ServingFile;
  code: PyModule[];
  /** pip_requirements of the log call, then serving.yaml's. */
  requirementLists: RequirementList[];
  /** All requirement lists of the unit (extra_pip_requirements too). */
  allRequirementLists: RequirementList[];
  declared: DeclaredSet[];
  /** Import statements the model runs when it loads, followed from its entry (src/python/model-code.ts). */
  imports: ModelImport[];
  /** The model is an instance of a class its logging script defines: only this part of that script is its code. */
  classCode?: ClassCode;
}

/** An import statement of model code, and the module that holds it. */
export interface ModelImport {
  imp: PyImport;
  module: PyModule;
}

export interface PythonFacts {
  modules: PyModule[];
  project?: Project;
  endpointRefs: EndpointRef[];
  uses: Map<PyModule, ModuleUses>;
  logCalls: LogModelFacts[];
  requirementLists: RequirementList[];
  agents: AgentClass[];
  /** Modules that call mlflow.models.set_model. */
  setModel: Set<PyModule>;
  rawOutputDicts: RawOutputDict[];
  helperArgsProblems: HelperArgsProblem[];
  models: ModelUnit[];
  /** Endpoint configs the code sends (SDK, mlflow.deployments, REST, agents.deploy); their endpoints join LintFacts.endpoints. */
  endpointConfigs: PythonEndpointConfig[];
  /** Files read on the way (requirements files): findings may point into them. */
  extraFiles: SourceFile[];
  problems: FileProblem[];
}

export function emptyPythonFacts(): PythonFacts {
  return {
    modules: [], endpointRefs: [], uses: new Map(), logCalls: [], requirementLists: [], agents: [], setModel: new Set(),
    rawOutputDicts: [], helperArgsProblems: [], models: [], endpointConfigs: [], extraFiles: [], problems: [],
  };
}

export function where(span: Span): string {
  return `${span.file}:${span.line}`;
}
