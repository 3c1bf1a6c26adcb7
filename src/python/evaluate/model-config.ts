// MLflow model config as the evaluator sees it. `ModelConfig(development_config=D)`
// reads D (a dict, or a YAML path) when the model runs without a logged config;
// a model logged from code with `log_model(python_model="agent.py", model_config=M)`
// runs with M instead (MLflow sets `__mlflow_model_config__`, which wins over D), and
// `ModelConfig()` with no argument reads M only. So a config's value is the set of
// the sources that some run really reads: D and every M logged for this module.
// It is always an alts, even with one source: a log call we do not see may replace
// it, so no key is certain on every path, while a literal in any source really
// reaches its use in that run (a retired endpoint there is a defect).
//
// Relative paths: MLflow opens them from the working directory; we take the
// directory of the file that names them (a notebook's own directory on Databricks),
// as requirement files do. A file that is missing, outside the repository or not
// a YAML mapping is unknown, and so is a key the config does not have.
import path from "node:path";
import type { LNode } from "../../lint/yaml/located.js";
import type { Span } from "../../lint/types.js";
import type { PyCall, PyExpr, PyModule } from "../types.js";
import { alts, unknown, type Value } from "./values.js";

/** Reads a YAML file of the repository (never outside it); undefined when it cannot be read or parsed. */
export type YamlReader = (absPath: string) => LNode | undefined;

/** Where ModelConfig is defined, as code imports it. */
const MODEL_CONFIG = new Set(["mlflow.models.ModelConfig", "mlflow.models.model_config.ModelConfig"]);

/** What the evaluator lends this module: dotted callee paths, values, and the analysed files. */
export interface ConfigHost {
  modules: readonly PyModule[];
  qualify(expr: PyExpr): { path: string; origin: string } | undefined;
  fileAt(absPath: string, from?: PyModule): PyModule | undefined;
  value(expr: PyExpr): Value;
}

/** A `model_config=` argument of a log call whose model is a module's code. */
interface LoggedConfig {
  expr: PyExpr | undefined;
  /** The module holding the log call (a relative YAML path starts there). */
  module: PyModule;
}

const MAX_DEPTH = 32;
const MAX_ENTRIES = 500;

export class ModelConfigs {
  private logged: Map<PyModule, LoggedConfig[]> | undefined;
  private readonly files = new Map<string, Value>();

  constructor(private readonly host: ConfigHost, private readonly readYaml: YamlReader | undefined) {}

  isModelConfig(call: PyCall): boolean {
    const q = this.host.qualify(call.callee);
    return q !== undefined && q.origin === "import" && MODEL_CONFIG.has(q.path);
  }

  /** The config a `ModelConfig(...)` call reads, as the alts of its sources; unknown when it has none we can read. */
  value(call: PyCall): Value {
    if (call.args.length > 0 || call.starArgs || call.starKwargs.length > 0) return unknown(call.span);
    const sources: Value[] = [];
    const dev = call.keywords.find((k) => k.name === "development_config");
    if (call.keywords.some((k) => k.name !== "development_config")) return unknown(call.span);
    if (dev && !(dev.value.kind === "const" && dev.value.text === "None")) sources.push(this.source(dev.value, call.scope.module));
    for (const l of this.loggedFor(call.scope.module)) sources.push(l.expr ? this.source(l.expr, l.module) : unknown(call.span));
    return sources.length > 0 ? alts(sources, call.span) : unknown(call.span);
  }

  /** A dict, or a YAML path read relative to the naming file. */
  private source(expr: PyExpr, from: PyModule): Value {
    const v = this.host.value(expr);
    if (v.kind === "dict") return v;
    if (v.kind !== "str" || !this.readYaml) return unknown(expr.span);
    const abs = path.resolve(path.dirname(from.absPath), v.value);
    let hit = this.files.get(abs);
    if (!hit) {
      const root = this.readYaml(abs);
      hit = root?.kind === "map" ? yamlValue(root, 0) : unknown(expr.span);
      this.files.set(abs, hit);
    }
    return hit;
  }

  /** The `model_config=` of every log call whose `python_model`/`lc_model` path is this module (undefined expr: hidden in `**kwargs`). */
  private loggedFor(module: PyModule): LoggedConfig[] {
    if (!this.logged) {
      this.logged = new Map();
      for (const m of this.host.modules) {
        for (const call of m.calls) {
          const target = this.loggedModule(call, m);
          if (!target) continue;
          const config = call.keywords.find((k) => k.name === "model_config");
          if (!config && call.starKwargs.length === 0) continue;
          if (config && config.value.kind === "const" && config.value.text === "None") continue;
          const list = this.logged.get(target) ?? [];
          list.push({ expr: config?.value, module: m });
          this.logged.set(target, list);
        }
      }
    }
    return this.logged.get(module) ?? [];
  }

  /** The module a models-from-code log call logs: `mlflow.<flavour>.log_model(python_model="agent.py")`. */
  private loggedModule(call: PyCall, from: PyModule): PyModule | undefined {
    const c = call.callee;
    if ((c.kind === "attr" ? c.attr : undefined) !== "log_model") return undefined;
    const q = this.host.qualify(c);
    if (!q || q.origin !== "import" || !q.path.startsWith("mlflow.")) return undefined;
    const model = call.keywords.find((k) => k.name === "python_model" || k.name === "lc_model");
    const v = model ? this.host.value(model.value) : undefined;
    return v?.kind === "str" ? this.host.fileAt(path.resolve(path.dirname(from.absPath), v.value), from) : undefined;
  }
}

/** A YAML node as a value: mappings and sequences of scalars, each with the span of its own text. */
export function yamlValue(node: LNode, depth: number): Value {
  if (depth > MAX_DEPTH) return unknown(node.span);
  switch (node.kind) {
    case "map":
      if (node.entries.length > MAX_ENTRIES) return unknown(node.span);
      return {
        kind: "dict", spread: false, span: node.span,
        entries: node.entries.map((e) => ({ key: { kind: "str", value: e.key.value, span: e.key.span }, value: yamlValue(e.value, depth + 1) })),
      };
    case "seq":
      if (node.items.length > MAX_ENTRIES) return unknown(node.span);
      return { kind: "list", starred: false, span: node.span, items: node.items.map((i) => yamlValue(i, depth + 1)) };
    case "scalar":
      return scalar(node.value, node.span);
    default:
      return unknown(node.span);
  }
}

function scalar(value: string | number | boolean | null, span: Span): Value {
  if (typeof value === "string") return { kind: "str", value, span };
  if (value === null) return { kind: "const", text: "None", span };
  if (typeof value === "boolean") return { kind: "const", text: value ? "True" : "False", span };
  return { kind: "const", text: String(value), span };
}
