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
}

export function agentClasses(project: Project): AgentClass[] {
  const memo = new Map<PyClass, Classified>();
  const classify = (cls: PyClass, depth: number): Classified => {
    const hit = memo.get(cls);
    if (hit) return hit;
    const result: Classified = { hasPredict: cls.methods.has("predict"), basesKnown: true };
    memo.set(cls, result); // cycles end here
    if (depth > 16) return { ...result, basesKnown: false };
    for (const base of cls.bases) {
      const q = project.qualify(base);
      const iface = q && q.origin !== "local" ? INTERFACES[lastSegment(q.path)] : undefined;
      if (iface && (q!.origin === "unbound" || q!.path.startsWith("mlflow."))) {
        result.kind ??= iface;
        continue;
      }
      const local = project.classOf(base);
      if (local) {
        const inner = classify(local, depth + 1);
        result.kind ??= inner.kind;
        result.hasPredict ||= inner.hasPredict;
        result.basesKnown &&= inner.basesKnown;
      } else if (!(base.kind === "name" && base.name === "object")) result.basesKnown = false;
    }
    return result;
  };
  const out: AgentClass[] = [];
  for (const module of project.modules) {
    for (const cls of module.classes) {
      const c = classify(cls, 0);
      if (c.kind) out.push({ cls, module, kind: c.kind, hasPredict: c.hasPredict, basesKnown: c.basesKnown });
    }
  }
  return out;
}

/** Modules that define a model: an interface subclass, or a set_model call (models from code). */
export function definesModel(module: PyModule, agents: readonly AgentClass[], setModel: ReadonlySet<PyModule>): boolean {
  return setModel.has(module) || agents.some((a) => a.module === module);
}
