// Inside a ResponsesAgent: output items and stream-event items must come from
// the helpers, not dict literals. We follow an item to a dict literal directly,
// through a local variable (and `.append`), or through a function or method of
// the same file that returns one. Dicts anywhere else (messages sent to the
// LLM, tool schemas, custom_outputs) are not output items and are never looked at.
// Where that syntax does not reach, the evaluator does: a list or dict that some
// path certainly brings to `output=` / `item=` (a helper in another module, a
// subscript, a dataclass field, a branch) counts, when it is a Python dict literal.
import { argument, calleeName } from "./calls.js";
import { knownItems, options } from "./evaluate/values.js";
import type { AgentClass, HelperArgsProblem, RawOutputDict } from "./python-facts.js";
import { lastSegment, type Project } from "./resolve.js";
import type { PyCall, PyClass, PyDict, PyExpr, Scope } from "./types.js";

/** Helper → required parameters, in order (reference §6). */
export const HELPERS: Record<string, string[]> = {
  create_text_output_item: ["text", "id"],
  create_text_delta: ["delta", "item_id"],
  create_function_call_item: ["id", "call_id", "name", "arguments"],
  create_function_call_output_item: ["call_id", "output"],
  create_reasoning_item: ["id", "reasoning_text"],
  create_annotation_added: ["item_id", "annotation"],
};

const RESPONSE_CLASSES = new Set(["ResponsesAgentResponse", "ResponsesResponse"]);
const EVENT_CLASSES = new Set(["ResponsesAgentStreamEvent", "ResponsesStreamEvent"]);
const MAX_DEPTH = 8;

export function helperCall(name: string): string {
  return `self.${name}(${HELPERS[name]!.map((p) => `${p}=...`).join(", ")})`;
}

/** The keys of the item each helper builds (reference §6): a dict literal holding them all is that item. */
const ITEM_KEYS: Record<string, readonly string[]> = {
  create_text_output_item: ["type", "id", "role", "content"],
  create_text_delta: ["type", "item_id", "delta"],
  create_function_call_item: ["type", "id", "call_id", "name", "arguments"],
  create_function_call_output_item: ["type", "call_id", "output"],
  create_reasoning_item: ["type", "id", "summary"],
};

/** What the helper's item has that this dict literal lacks ([] when its keys are not all written out: `**base`). */
function missingKeys(dict: PyDict, helper: string): string[] {
  const keysOf = (d: PyDict) => {
    const keys = d.entries.flatMap((e) => (e.key.kind === "str" ? [e.key.value] : []));
    return d.spread || keys.length !== d.entries.length ? undefined : new Set(keys);
  };
  const keys = keysOf(dict);
  if (!keys) return [];
  const missing = ITEM_KEYS[helper]!.filter((k) => !keys.has(k));
  // A message's text parts are `{"type": "output_text", "text": ...}`.
  const content = helper === "create_text_output_item" ? entry(dict, "content") : undefined;
  for (const part of content?.kind === "list" ? content.items : []) {
    const partKeys = part.kind === "dict" ? keysOf(part) : undefined;
    for (const k of ["type", "text"]) if (partKeys && !partKeys.has(k) && !missing.includes(`content[].${k}`)) missing.push(`content[].${k}`);
  }
  return missing;
}

/** The helper that builds an item of this `type`; undefined for types no helper builds. */
function helperFor(dict: PyDict, project: Project): string | undefined {
  const typeEntry = dict.entries.find((e) => e.key.kind === "str" && e.key.value === "type");
  const t = typeEntry ? project.value(typeEntry.value) : undefined;
  const type = t?.kind === "str" ? t.value : undefined;
  if (typeEntry && type === undefined) return undefined;
  switch (type) {
    case undefined:
    case "message":
      return "create_text_output_item";
    case "function_call":
      return "create_function_call_item";
    case "function_call_output":
      return "create_function_call_output_item";
    case "reasoning":
      return "create_reasoning_item";
    case "response.output_text.delta":
      return "create_text_delta";
    default:
      return undefined;
  }
}

export function outputChecks(project: Project, agents: readonly AgentClass[]): { raw: RawOutputDict[]; helperProblems: HelperArgsProblem[] } {
  const responses = new Set(agents.filter((a) => a.kind === "responses-agent").map((a) => a.cls));
  const raw = new Map<string, RawOutputDict>();
  const helperProblems: HelperArgsProblem[] = [];
  const own = helperOverrideDicts(project);
  const flag = (dict: PyDict) => {
    const helper = helperFor(dict, project);
    const key = dictKey(dict);
    if (helper && !raw.has(key) && !own.has(key)) raw.set(key, { dict, helper: helperCall(helper), missing: missingKeys(dict, helper) });
  };

  const interesting = new Set([...Object.keys(HELPERS), ...RESPONSE_CLASSES, ...EVENT_CLASSES]);
  for (const module of project.modules) {
    for (const call of module.calls) {
      if (!interesting.has(calleeName(call) ?? "")) continue;
      const helper = helperName(call, project, responses);
      if (helper) {
        const missing = missingArgs(call, HELPERS[helper]!);
        if (missing.length) helperProblems.push({ call, helper, missing });
        continue;
      }
      if (!enclosingClass(call.scope, responses)) continue;
      const q = project.qualify(call.callee);
      const name = q && q.origin !== "local" ? lastSegment(q.path) : undefined;
      if (name && RESPONSE_CLASSES.has(name)) {
        const output = argument(call, ["output"]);
        for (const item of output ? itemsOf(output, project) : []) for (const d of dictsOf(item, project, 0)) flag(d);
      } else if (name && EVENT_CLASSES.has(name)) {
        const item = argument(call, ["item"]);
        const type = argument(call, ["type"]);
        if (item && type && carriesOutputItem(type, project)) for (const d of dictsOf(item, project, 0)) flag(d);
        for (const spread of call.starKwargs) {
          for (const d of dictsOf(spread, project, 0)) {
            const inner = entry(d, "item");
            const innerType = entry(d, "type") ?? type;
            if (inner) {
              if (innerType && carriesOutputItem(innerType, project)) for (const i of dictsOf(inner, project, 0)) flag(i);
            } else flag(d);
          }
        }
      }
    }
  }
  return { raw: [...raw.values()], helperProblems };
}

function dictKey(dict: PyDict): string {
  return `${dict.span.file}:${dict.span.start}`;
}

/**
 * Dicts returned by a class's own `create_text_output_item` (or other helper name): that method overrides the
 * helper, so what it returns is built with the helper, and "use the helper" would ask it to call itself.
 */
function helperOverrideDicts(project: Project): Set<string> {
  const keys = new Set<string>();
  for (const module of project.modules) {
    for (const cls of module.classes) {
      for (const [name, method] of cls.methods) {
        if (!Object.hasOwn(HELPERS, name)) continue;
        for (const r of method.returns) for (const d of dictsOf(r, project, 0)) keys.add(dictKey(d));
      }
    }
  }
  return keys;
}

/**
 * Only output-item events carry an output item in `item`; a custom event (`type="response.debug"`) may put any
 * payload there. A type computed at run time is not judged.
 */
const ITEM_EVENTS = new Set(["response.output_item.done", "response.output_item.added"]);

function carriesOutputItem(type: PyExpr, project: Project): boolean {
  const t = project.value(type);
  return t.kind === "str" && ITEM_EVENTS.has(t.value);
}

function entry(dict: PyDict, key: string): PyExpr | undefined {
  return dict.entries.find((e) => e.key.kind === "str" && e.key.value === key)?.value;
}

/** The ResponsesAgent class whose method (or a function nested in one) contains this scope. */
function enclosingClass(scope: Scope, responses: ReadonlySet<PyClass>): PyClass | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    if (s.fn?.cls) return responses.has(s.fn.cls) ? s.fn.cls : undefined;
  }
  return undefined;
}

function helperName(call: PyCall, project: Project, responses: ReadonlySet<PyClass>): string | undefined {
  const callee = call.callee;
  const name = callee.kind === "attr" ? callee.attr : callee.kind === "name" ? callee.name : undefined;
  if (!name || !Object.hasOwn(HELPERS, name)) return undefined;
  if (callee.kind === "attr") {
    const cls = project.selfClass(callee.object) ?? project.classOf(callee.object);
    if (cls && responses.has(cls)) return name;
  }
  const q = project.qualify(callee);
  return q && q.origin === "import" && q.path.startsWith("mlflow.") ? name : undefined;
}

function missingArgs(call: PyCall, params: readonly string[]): string[] {
  if (call.starArgs || call.starKwargs.length > 0) return [];
  const given = new Set(call.keywords.map((k) => k.name));
  return params.filter((p, i) => i >= call.args.length && !given.has(p));
}

/** The single value a local name was given (mutation is fine here: the dict is still a dict). */
function localValue(expr: PyExpr, project: Project): { value: PyExpr; scope: Scope } | undefined {
  if (expr.kind !== "name") return undefined;
  const found = project.lookupScope(expr.name, expr.scope);
  const b = found?.bindings.length === 1 ? found.bindings[0] : undefined;
  return b?.kind === "value" && found ? { value: b.value, scope: found.scope } : undefined;
}

function itemsOf(expr: PyExpr, project: Project): PyExpr[] {
  if (expr.kind === "list") return expr.items;
  const local = localValue(expr, project);
  if (local?.value.kind === "list" && expr.kind === "name") return [...local.value.items, ...(local.scope.appends.get(expr.name) ?? [])];
  return options(project.value(expr)).flatMap((v) => knownItems(v) ?? []);
}

/** Dicts the evaluator says reach here, on some path, that are literals written in an analysed Python module. */
function evaluatedDicts(expr: PyExpr, project: Project): PyDict[] {
  const python = new Set(project.modules.map((m) => m.source.path));
  return options(project.value(expr)).filter((v): v is PyDict => v.kind === "dict" && python.has(v.span.file));
}

function dictsOf(expr: PyExpr, project: Project, depth: number): PyDict[] {
  if (depth > MAX_DEPTH) return [];
  if (expr.kind === "dict") return [expr];
  if (expr.kind === "name") {
    const local = localValue(expr, project);
    if (local) return dictsOf(local.value, project, depth + 1);
    return depth === 0 ? evaluatedDicts(expr, project) : [];
  }
  const fn = expr.kind === "call" ? calledFunction(expr, project) : undefined;
  const found = fn ? fn.returns.flatMap((r) => dictsOf(r, project, depth + 1)) : [];
  return found.length > 0 || depth > 0 ? found : evaluatedDicts(expr, project);
}

/** A function or method of an analysed module that this call certainly runs. */
function calledFunction(call: PyCall, project: Project) {
  const callee = call.callee;
  if (callee.kind === "name") {
    const b = project.lookup(callee.name, callee.scope);
    const only = b?.length === 1 ? b[0] : undefined;
    return only?.kind === "def" ? only.fn : undefined;
  }
  if (callee.kind === "attr") return project.selfClass(callee.object)?.methods.get(callee.attr);
  return undefined;
}
