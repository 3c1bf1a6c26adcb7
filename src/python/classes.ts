// Classes → MLflow model interfaces: ResponsesAgent, ChatAgent, ChatModel,
// PythonModel, directly or through analysed base classes in any module.
import type { AgentClass, AgentKind } from "./python-facts.js";
import { lastSegment, type Project } from "./resolve.js";
import type { PyClass, PyModule } from "./types.js";

const INTERFACES: Record<string, AgentKind> = {
  ResponsesAgent: "responses-agent",
  ChatAgent: "chat-agent",
  ChatModel: "chat-model",
  PythonModel: "python-model",
};

interface Classified {
  kind?: AgentKind;
  hasPredict: boolean;
  basesKnown: boolean;
  /** `abc.ABC` among the bases, here or on an analysed base. */
  abc: boolean;
}

export function agentClasses(project: Project): AgentClass[] {
  const memo = new Map<PyClass, Classified>();
  const subclassed = new Set<PyClass>();
  const classify = (cls: PyClass, depth: number): Classified => {
    const hit = memo.get(cls);
    if (hit) return hit;
    const result: Classified = { hasPredict: cls.methods.has("predict"), basesKnown: true, abc: false };
    memo.set(cls, result); // cycles end here
    if (depth > 16) return { ...result, basesKnown: false };
    for (const base of cls.bases) {
      const q = project.qualify(base);
      if (q?.origin === "import" && q.path === "abc.ABC") {
        result.abc = true;
        continue;
      }
      const iface = q && q.origin !== "local" ? INTERFACES[lastSegment(q.path)] : undefined;
      if (iface && (q!.origin === "unbound" || q!.path.startsWith("mlflow."))) {
        result.kind ??= iface;
        continue;
      }
      const local = project.classOf(base);
      if (local) {
        subclassed.add(local);
        const inner = classify(local, depth + 1);
        result.kind ??= inner.kind;
        result.hasPredict ||= inner.hasPredict;
        result.basesKnown &&= inner.basesKnown;
        result.abc ||= inner.abc;
      } else if (!(base.kind === "name" && base.name === "object")) result.basesKnown = false;
    }
    return result;
  };
  const found: { cls: PyClass; module: PyModule; c: Classified }[] = [];
  for (const module of project.modules) {
    for (const cls of module.classes) {
      const c = classify(cls, 0);
      if (c.kind) found.push({ cls, module, c });
    }
  }
  const instantiated = instantiatedClasses(project);
  // Abstract is decided from the code: a class nobody instantiates that says it is abstract (an ABC base) or
  // that analysed subclasses complete. `@abstractmethod` alone is not seen (decorators are not analysed);
  // such a base is still abstract here when it is subclassed.
  return found.map(({ cls, module, c }) => ({
    cls, module, kind: c.kind!, hasPredict: c.hasPredict, basesKnown: c.basesKnown,
    abstract: !instantiated.has(cls) && (c.abc || subclassed.has(cls)),
  }));
}

/** Classes of the analysed code that some call constructs (`Agent()`, `agent.Agent()` through an import). */
function instantiatedClasses(project: Project): Set<PyClass> {
  const out = new Set<PyClass>();
  for (const module of project.modules) {
    for (const call of module.calls) {
      const cls = project.classOf(call.callee);
      if (cls) out.add(cls);
    }
  }
  return out;
}

/** Modules that define a model: an interface subclass, or a set_model call (models from code). */
export function definesModel(module: PyModule, agents: readonly AgentClass[], setModel: ReadonlySet<PyModule>): boolean {
  return setModel.has(module) || agents.some((a) => a.module === module);
}
