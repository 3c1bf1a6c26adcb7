// Expressions → abstract values (values.ts), the way Python computes them:
// names through their single binding (or their arms of one `if`), `self.X` and
// class attributes, imported constants, subscripts, slices and `.get` on known
// dicts, `list(...)`/`tuple(...)`, `A + B` and `*spread` of known sequences, calls
// to the repository's own functions with their arguments bound to parameters
// (defaults included, an explicit argument overriding the default), MLflow model
// configs (model-config.ts), settings objects (settings-objects.ts) and
// environment variables of the serving config (environment.ts). Budgets: MAX_HOPS
// steps along one chain, MAX_CALLS nested calls (call-binding.ts), MAX_ITEMS items per container;
// past them a value is unknown.
import type { Binding, PyAdd, PyAlts, PyCall, PyDict, PyExpr, PyFunction, PyList, PyModule, PyOr, PySlice, Scope } from "../types.js";
import type { Project } from "../resolve.js";
import { ModelConfigs, type YamlReader } from "./model-config.js";
import { ENV_READ_CALLS, envValue, osPath, type EnvironmentOf } from "./environment.js";
import { fieldValue } from "./settings-objects.js";
import { bindCall, type Frames } from "./call-binding.js";
import { alts, dictEntry, each, fillTemplate, joinTexts, knownItems, sliceItems, truthiness, unknown, type Value } from "./values.js";
import { sequentialBinding } from "./binding-order.js";

const MAX_HOPS = 48;
const MAX_ITEMS = 500;


const SEQUENCE_BUILTINS = new Set(["list", "tuple", "set", "frozenset", "sorted"]);

export class Evaluator {
  private readonly configs: ModelConfigs;

  constructor(private readonly project: Project, readYaml?: YamlReader, private readonly environmentOf?: EnvironmentOf) {
    this.configs = new ModelConfigs(project, readYaml);
  }

  /** `os.environ[name]` (fallback undefined) or `os.getenv(name, fallback)` read in `module` (evaluate/environment.ts). */
  private env(module: PyModule, nameExpr: PyExpr, fallback: Value | undefined, at: PyExpr, frames: Frames, hops: number): Value {
    const entities = this.environmentOf?.(module);
    const name = entities && this.value(nameExpr, frames, hops + 1);
    return name?.kind === "str" ? envValue(entities!, name.value, fallback, at.span) : unknown(at.span);
  }



  value(expr: PyExpr, frames: Frames = [], hops = 0): Value {
    if (hops > MAX_HOPS) return unknown(expr.span);
    switch (expr.kind) {
      case "name":
        return this.name(expr.name, expr.scope, expr, frames, hops);
      case "attr":
        return this.attr(expr.object, expr.attr, expr, hops);
      case "subscript":
        return this.subscript(expr.object, expr.index, expr, frames, hops);
      case "list":
        return this.list(expr, frames, hops);
      case "dict":
        return this.dict(expr, frames, hops);
      case "call":
        return this.call(expr, frames, hops);
      case "slice":
        return this.slice(expr, frames, hops);
      case "add":
        return this.add(expr, frames, hops);
      case "starred":
      case "div":
        return unknown(expr.span);
      case "alts":
        return this.alts(expr, frames, hops);
      case "or":
        return this.or(expr, frames, hops);
      case "template":
        return expr.holes ? fillTemplate(expr, (hole) => this.value(hole, frames, hops + 1)) : expr;
      default:
        return expr;
    }
  }

  private alts(expr: PyAlts, frames: Frames, hops: number): Value {
    return alts(expr.options.map((o) => this.value(o, frames, hops + 1)), expr.span);
  }

  /** `a or b`: a where it is certainly truthy, b where a is certainly falsy (None, "", 0, []), else either. */
  private or(expr: PyOr, frames: Frames, hops: number): Value {
    const right = () => this.value(expr.right, frames, hops + 1);
    return each(this.value(expr.left, frames, hops + 1), (l) => {
      const truthy = truthiness(l);
      return truthy === true ? l : truthy === false ? right() : alts([l, right()], expr.span);
    });
  }

  private name(name: string, scope: Scope, at: PyExpr, frames: Frames, hops: number): Value {
    const found = this.project.lookupScope(name, scope);
    if (!found || scope.module.mutated.has(name)) return unknown(at.span);
    if (found.bindings.length > 1) {
      const inOrder = sequentialBinding(found.bindings, found.scope === scope && scope.kind === "module" ? at.span.start : undefined);
      if (inOrder) return this.binding(inOrder, scope.module, at, frames, hops);
      return this.arms(found.bindings, at, frames, hops, { at: at.span.start, sameScope: found.scope === scope });
    }
    const frame = frames.find((f) => f.scope === found.scope);
    const arg = frame?.args.get(name);
    if (arg && found.bindings[0]!.kind === "other") return this.value(arg.expr, arg.frames, hops + 1);
    const loop = found.bindings[0]!.kind === "other" ? found.bindings[0]!.iterates : undefined;
    if (loop) return found.scope === scope && at.span.start >= loop.loop.start && at.span.start < loop.loop.end ? this.loopItem(loop.items, at, frames, hops) : unknown(at.span);
    return this.binding(found.bindings[0]!, scope.module, at, frames, hops);
  }

  /**
   * A name bound once in each of several arms of one `if` (and nowhere else), read after that `if`
   * (`read`: where in the same module; undefined for another module, which reads it once the module
   * has run): one of the arms' values. Read inside the `if`, only its own arm would hold.
   */
  private arms(bindings: readonly Binding[], at: PyExpr, frames: Frames, hops: number, read?: { at: number; sameScope: boolean }): Value {
    const first = bindings[0];
    const branch = first?.kind === "value" ? first.arm?.branch : undefined;
    // In the same scope the read runs after the `if` only when it is written after it (before: a NameError);
    // a function body runs when called, so only a read inside the `if` itself is excluded there.
    if (!branch) return unknown(at.span);
    const placed = !read || (read.sameScope ? read.at >= branch.end : read.at < branch.start || read.at >= branch.end);
    if (!placed) return unknown(at.span);
    const seen = new Set<number>();
    const values: Value[] = [];
    for (const b of bindings) {
      if (b.kind !== "value" || b.arm?.branch !== branch || seen.has(b.arm.index)) return unknown(at.span);
      seen.add(b.arm.index);
      values.push(this.value(b.value, frames, hops + 1));
    }
    return alts(values, at.span);
  }

  /** `for n in [a, b]`: inside the loop's body, n is each item on some iteration. */
  private loopItem(items: PyExpr, at: PyExpr, frames: Frames, hops: number): Value {
    const list = knownItems(this.value(items, frames, hops + 1));
    return list ? alts(list.map((i) => this.value(i, frames, hops + 1)), at.span) : unknown(at.span);
  }

  /** `from` is the module holding the binding: relative imports start there. */
  private binding(b: Binding, from: PyModule, at: PyExpr, frames: Frames, hops: number): Value {
    switch (b.kind) {
      case "value":
        return this.value(b.value, frames, hops + 1);
      case "import": {
        if (b.name === undefined) return unknown(at.span);
        const target = this.project.moduleFor(from, b.module, b.level);
        return target ? this.imported(b.name, target, at, hops) : unknown(at.span);
      }
      default:
        return unknown(at.span);
    }
  }

  /** A module-level name of another module: its one binding, or its arms (that module has run by the time it is imported). */
  private imported(name: string, target: PyModule, at: PyExpr, hops: number): Value {
    const bindings = target.mutated.has(name) ? undefined : target.scope.bindings.get(name);
    if (!bindings) return unknown(at.span);
    if (bindings.length > 1) {
      const last = sequentialBinding(bindings, Infinity);
      return last ? this.binding(last, target, at, [], hops + 1) : this.arms(bindings, at, [], hops + 1);
    }
    return this.binding(bindings[0]!, target, at, [], hops + 1);
  }

  private attr(object: PyExpr, attr: string, at: PyExpr, hops: number): Value {
    if (object.kind !== "name") return unknown(at.span);
    const selfCls = this.project.selfClass(object);
    const cls = selfCls ?? this.project.classOf(object);
    if (cls) {
      const store = this.project.attrStore(object.name, attr, cls, selfCls !== undefined);
      return store ? this.value(store, [], hops + 1) : unknown(at.span);
    }
    // `import agent` … `agent.LLM_ENDPOINT`
    const b = this.project.only(object.name, object.scope);
    if (b?.kind === "import" && b.name === undefined) {
      const target = this.project.moduleFor(object.scope.module, b.module, b.level);
      if (target) return this.imported(attr, target, at, hops);
    }
    const instance = this.value(object, [], hops + 1);
    return instance.kind === "call" ? this.field(instance, attr, at, hops) : unknown(at.span);
  }

  /** `settings.field` of a settings object made by `call` (evaluate/settings-objects.ts). */
  private field(call: PyCall, attr: string, at: PyExpr, hops: number): Value {
    const cls = this.project.classOf(call.callee);
    return (cls && fieldValue(this.project, cls, call, attr, at.span, (e) => this.value(e, [], hops + 1))) ?? unknown(at.span);
  }

  private subscript(object: PyExpr, index: PyExpr, at: PyExpr, frames: Frames, hops: number): Value {
    const os = osPath(object, (e) => this.project.qualify(e));
    if (os?.path === "os.environ") return this.env(os.module, index, undefined, at, frames, hops);
    const key = this.value(index, frames, hops + 1);
    return each(this.value(object, frames, hops + 1), (container) => this.item(container, key, at, hops));
  }

  /** `container[key]` of one known container. */
  private item(container: Value, key: Value, at: PyExpr, hops: number): Value {
    if (container.kind === "dict" && key.kind === "str") {
      const entry = dictEntry(container, key.value, (k) => this.value(k, [], hops + 1));
      return entry && entry !== "missing" ? this.value(entry, [], hops + 1) : unknown(at.span);
    }
    const items = knownItems(container);
    if (items && key.kind === "const" && /^-?\d+$/.test(key.text)) {
      const i = Number(key.text);
      const item = items[i < 0 ? items.length + i : i];
      return item ? this.value(item, [], hops + 1) : unknown(at.span);
    }
    return unknown(at.span);
  }

  /** `A[i:j:k]` of a known sequence (values.ts `sliceItems`). */
  private slice(expr: PySlice, frames: Frames, hops: number): Value {
    const items = knownItems(this.value(expr.object, frames, hops + 1));
    const bound = (e: PyExpr | undefined): number | null | undefined => {
      if (!e) return null;
      const v = this.value(e, frames, hops + 1);
      return v.kind === "const" && /^-?\d+$/.test(v.text) ? Number(v.text) : v.kind === "const" && v.text === "None" ? null : undefined;
    };
    const picked = items && sliceItems(items, bound(expr.lower), bound(expr.upper), bound(expr.step));
    return picked ? { kind: "list", items: picked, starred: false, span: expr.span } : unknown(expr.span);
  }

  /** `A + B` of two known sequences or two known texts; anything else (numbers) is unknown. */
  private add(expr: PyAdd, frames: Frames, hops: number): Value {
    const leftValue = this.value(expr.left, frames, hops + 1);
    const left = knownItems(leftValue);
    if (!left) return joinTexts(leftValue, this.value(expr.right, frames, hops + 1), expr.span) ?? unknown(expr.span);
    const right = knownItems(this.value(expr.right, frames, hops + 1));
    if (!right || left.length + right.length > MAX_ITEMS) return unknown(expr.span);
    return { kind: "list", items: [...left, ...right], starred: false, span: expr.span };
  }

  /** Items evaluated where the list stands (a returned list keeps its arguments' values); known spreads inlined. */
  private list(list: PyList, frames: Frames, hops: number): Value {
    const items: PyExpr[] = [];
    let starred = false;
    for (const item of list.items) {
      if (items.length >= MAX_ITEMS) return { ...list, items, starred: true };
      if (item.kind === "starred") {
        const inner = knownItems(this.value(item.value, frames, hops + 1));
        if (inner) items.push(...inner);
        else starred = true;
      } else items.push(this.value(item, frames, hops + 1));
    }
    return { kind: "list", items, starred, span: list.span };
  }

  private dict(dict: PyDict, frames: Frames, hops: number): Value {
    if (dict.entries.length > MAX_ITEMS) return { ...dict, spread: true };
    const entries = dict.entries.map((e) => ({ key: this.value(e.key, frames, hops + 1), value: this.value(e.value, frames, hops + 1) }));
    return { kind: "dict", entries, spread: dict.spread, span: dict.span };
  }

  private call(call: PyCall, frames: Frames, hops: number): Value {
    const callee = call.callee;
    const plain = !call.starArgs && call.starKwargs.length === 0;
    const os = plain && call.keywords.length === 0 && call.args.length >= 1 && call.args.length <= 2 ? osPath(callee, (e) => this.project.qualify(e)) : undefined;
    if (os && ENV_READ_CALLS.has(os.path)) {
      const fallback: Value = call.args[1] ? this.value(call.args[1], frames, hops + 1) : { kind: "const", text: "None", span: call.span };
      return this.env(os.module, call.args[0]!, fallback, call, frames, hops);
    }
    if (callee.kind === "attr" && (callee.attr === "get" || callee.attr === "to_dict") && plain && call.keywords.length === 0) {
      return each(this.value(callee.object, frames, hops + 1), (receiver) => this.method(receiver, callee.attr, call, frames, hops));
    }
    const q = this.project.qualify(callee);
    if (q?.origin === "unbound" && SEQUENCE_BUILTINS.has(q.path) && plain && call.keywords.length === 0 && call.args.length === 1) {
      const items = knownItems(this.value(call.args[0]!, frames, hops + 1));
      // sorted() reorders: the items are right, their order is not ours to claim, and no rule reads order.
      return items ? { kind: "list", items, starred: false, span: call.span } : unknown(call.span);
    }
    const fn = q?.origin === "local" || q?.origin === "import" ? this.project.functionOf(callee) : undefined;
    if (!fn) return call;
    return this.apply(fn, call, frames, hops);
  }

  /**
   * `cfg.get("key")` / `cfg.get("key", default)` on a known dict; `config.get("key")` and `config.to_dict()`
   * on an MLflow ModelConfig (whose get has no default and raises on a missing key).
   */
  private method(receiver: Value, method: string, call: PyCall, frames: Frames, hops: number): Value {
    const config = receiver.kind === "call" && this.configs.isModelConfig(receiver) ? this.configs.value(receiver) : undefined;
    if (method === "to_dict") return config && call.args.length === 0 ? config : unknown(call.span);
    if (call.args.length < 1 || call.args.length > (config ? 1 : 2)) return unknown(call.span);
    const key = this.value(call.args[0]!, frames, hops + 1);
    return each(config ?? receiver, (container) => {
      if (container.kind !== "dict" || key.kind !== "str") return unknown(call.span);
      const entry = dictEntry(container, key.value, (k) => this.value(k, [], hops + 1));
      if (entry === "missing") {
        if (config) return unknown(call.span);
        return call.args[1] ? this.value(call.args[1], frames, hops + 1) : { kind: "const", text: "None", span: call.span };
      }
      return entry ? this.value(entry, [], hops + 1) : unknown(call.span);
    });
  }

  /** A call of a repository function: its one return value, with the arguments bound to the parameters. */
  private apply(fn: PyFunction, call: PyCall, frames: Frames, hops: number): Value {
    const ret = fn.returns[0];
    if (fn.opaque || fn.cls || fn.returns.length !== 1 || !fn.returnsAtTop || !ret) return unknown(call.span);
    const frame = bindCall(fn, call, frames);
    return frame ? this.value(ret, [...frames, frame], hops + 1) : unknown(call.span);
  }
}
