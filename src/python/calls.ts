// Calls → what they mean: a client that reaches a resource (§7), a resource
// declaration (§5) and the endpoint references they carry. Arguments are
// resolved through the evaluator; a value computed at run time stays unknown and
// nothing is guessed from it. log_model and set_model: log-model.ts.
import type { EndpointRef } from "../lint/facts/endpoint-ref.js";
import { FM_PREFIX, LITELLM_PREFIX } from "../lint/fm-names.js";
import { spanWithin } from "../lint/line-index.js";
import { isPlaceholder } from "../lint/placeholder.js";
import type { Located, Span } from "../lint/types.js";
import type { ModuleUses, ResourceRef } from "./python-facts.js";
import { isUrlName } from "./bind/endpoint-urls.js";
import { options, type Value } from "./evaluate/values.js";
import { lastSegment, type Project, type Qualified } from "./resolve.js";
import {
  AGENT_SDK_MODELS, CLIENT_METHODS, CLIENTS, fromDatabricksPackage, OPENAI_COMPATIBLE, RESOURCE_CLASSES, type ReceiverKind, type ResourceArg, type ResourceKind,
} from "./resources.js";
import { usesOpaqueImport } from "./opaque-imports.js";
import { openAiCompatibleModel, ownCredentials, receiverKind } from "./receiver-kind.js";
import type { PyCall, PyExpr, PyModule } from "./types.js";

const URL_CONTEXT = "the /serving-endpoints/ URL";

/** One argument naming a resource; `unverified`: judged against the catalog only; `hidden`: kinds it reaches unnamed. */
type ModelArg = { arg: ResourceArg; label: string; unverified?: true; ownCredentials?: true; hidden?: readonly ResourceKind[] };

const METHOD_NAMES = new Set(CLIENT_METHODS.map((m) => m.segments[m.segments.length - 1]!));

/**
 * The last name of a callee (`log_model` of `mlflow.pyfunc.log_model`), or the name an alias imports
 * (`Chat` of `from databricks_langchain import ChatDatabricks as Chat`): a cheap filter before resolving anything.
 */
export function calleeName(call: PyCall): string | undefined {
  const c = call.callee;
  return c.kind === "attr" ? c.attr : c.kind === "name" ? (call.scope.module.importAliases.get(c.name) ?? c.name) : undefined;
}

/** Callee names any classification here can match. */
const INTERESTING = new Set([
  ...Object.keys(RESOURCE_CLASSES), ...Object.keys(CLIENTS), ...Object.keys(AGENT_SDK_MODELS), ...Object.keys(OPENAI_COMPATIBLE), ...METHOD_NAMES,
  "log_model", "set_model",
]);


export function argument(call: PyCall, keywords: readonly string[], position?: number): PyExpr | undefined {
  for (const k of call.keywords) if (keywords.includes(k.name)) return k.value;
  return position !== undefined ? call.args[position] : undefined;
}

/** A string value's located text: the literal's content when editable in place, else the whole expression. */
export function located(expr: PyExpr): Located<string> | undefined {
  if (expr.kind !== "str") return undefined;
  return expr.contentSpan ? { value: expr.value, span: expr.contentSpan } : { value: expr.value, span: expr.span, computed: true };
}

/** One client argument being read: what `use` records a name under. */
interface ArgUse {
  arg: ResourceArg;
  via: string;
  call: PyCall;
  expr: PyExpr;
  out: ModuleUses;
}

export class CallClassifier {
  readonly endpointRefs: EndpointRef[] = [];
  private readonly refSpans = new Set<string>();

  constructor(private readonly project: Project) {}

  private readonly qualifiedCache = new Map<PyCall, Qualified | undefined>();

  /** The callee's dotted path; every classification asks, so it is computed once per call. */
  qualified(call: PyCall): Qualified | undefined {
    if (this.qualifiedCache.has(call)) return this.qualifiedCache.get(call);
    const q = this.project.qualify(call.callee);
    this.qualifiedCache.set(call, q);
    return q;
  }

  /** The §5 resource class a call constructs, if any. */
  resourceClass(call: PyCall): { kind: ResourceKind; cls: string } | undefined {
    const q = this.qualified(call);
    if (!q || q.origin === "local") return undefined;
    const cls = lastSegment(q.path);
    const spec = RESOURCE_CLASSES[cls];
    if (!spec || (q.origin === "import" && !q.path.startsWith("mlflow."))) return undefined;
    return { kind: spec.kind, cls };
  }

  /** The argument naming what a declaration declares. */
  private declarationArg(call: PyCall): { rc: { kind: ResourceKind; cls: string }; arg: PyExpr } | undefined {
    const rc = this.resourceClass(call);
    const arg = rc && argument(call, [RESOURCE_CLASSES[rc.cls]!.arg, "name"], 0);
    return rc && arg ? { rc, arg } : undefined;
  }

  /** The resource a declaration names (`DatabricksServingEndpoint(endpoint_name=...)`). */
  declaration(call: PyCall): ResourceRef | undefined {
    const found = this.declarationArg(call);
    if (!found) return undefined;
    const { rc, arg } = found;
    const ref: ResourceRef = { kind: rc.kind, at: arg.span, via: `${rc.cls}(...)` };
    const name = located(this.project.value(arg));
    if (name) ref.name = name;
    return ref;
  }

  /** Resource uses of one module: §7 clients and client methods. */
  moduleUses(module: PyModule): ModuleUses {
    const out: ModuleUses = {
      uses: [], unknownKinds: new Set(), hiddenKinds: new Set(),
      opaque: usesOpaqueImport(module),
    };
    for (const call of module.calls) {
      if (!INTERESTING.has(calleeName(call) ?? "")) continue;
      const decl = this.declaration(call);
      if (decl) {
        const context = `${decl.via.slice(0, -5)}(...)`;
        if (decl.kind === "serving_endpoint" && decl.name) this.endpointRef(decl.name, context, call.span);
        else if (decl.kind === "serving_endpoint") {
          const arg = this.declarationArg(call)!.arg;
          const value = this.project.value(arg);
          this.optionRefs(value, context, call);
          // A helper's parameter: each literal its callers pass is declared (as for a client's argument).
          if (value.kind === "unknown") for (const s of this.project.atCallSites(arg, call.scope)) this.optionRefs(s.value, context, call);
        }
        continue;
      }
      const client = this.client(call);
      if (client) {
        for (const arg of client.spec.args) this.useArg(call, arg, client.name, out);
        for (const k of client.spec.impliesHidden ?? []) out.hiddenKinds.add(k);
        continue;
      }
      // One argument naming a model: a certain use, or (`unverified`) an id judged against the catalog only.
      const model: ModelArg | undefined = openAiCompatibleModel(call, this.qualified(call), this.project) ?? this.agentSdkModel(call) ?? this.clientMethod(call);
      if (model?.unverified) this.unverifiedModelRef(call, model.arg, model.label, out);
      else if (model?.ownCredentials) {
        // Its names are still judged (endpoint references); its uses need no declaration.
        this.useArg(call, model.arg, model.label, { uses: [], unknownKinds: new Set(), hiddenKinds: new Set(), opaque: false });
        out.unknownKinds.add(model.arg.kind);
      } else if (model) this.useArg(call, model.arg, model.label, out);
      for (const k of model?.hidden ?? []) out.hiddenKinds.add(k);
    }
    return out;
  }

  private client(call: PyCall): { name: string; spec: (typeof CLIENTS)[string] } | undefined {
    const q = this.qualified(call);
    if (!q || q.origin === "local") return undefined;
    const name = lastSegment(q.path);
    const spec = Object.hasOwn(CLIENTS, name) ? CLIENTS[name] : undefined;
    if (!spec) return undefined;
    if (q.origin === "unbound" ? spec.packages !== undefined : !fromDatabricksPackage(q.path, spec.packages)) return undefined;
    return { name, spec };
  }

  /** `agents.Agent(model=...)` and the SDK's model classes (resources.ts AGENT_SDK_MODELS). */
  private agentSdkModel(call: PyCall): { arg: ResourceArg; label: string; unverified: true } | undefined {
    const q = this.qualified(call);
    if (!q || q.origin !== "import" || !q.path.startsWith("agents.")) return undefined;
    const name = lastSegment(q.path);
    const arg = Object.hasOwn(AGENT_SDK_MODELS, name) ? AGENT_SDK_MODELS[name] : undefined;
    return arg && { arg, label: `${name}(model=...)`, unverified: true };
  }

  private clientMethod(call: PyCall): ModelArg | undefined {
    if (call.callee.kind !== "attr" || !METHOD_NAMES.has(call.callee.attr)) return undefined;
    for (const m of CLIENT_METHODS) {
      const segments = m.segments;
      let expr: PyExpr = call.callee;
      let ok = true;
      for (let i = segments.length - 1; i >= 0; i--) {
        if (expr.kind !== "attr" || expr.attr !== segments[i]) {
          ok = false;
          break;
        }
        expr = expr.object;
      }
      if (!ok) continue;
      const kind = this.receiverKind(expr);
      if (kind === "workspace" && m.receiver === kind && ownCredentials(expr, this.project)) {
        return { arg: m.arg, label: `${m.method}(...)`, ownCredentials: true, hidden: m.impliesHidden };
      }
      if (kind === m.receiver) return { arg: m.arg, label: `${m.method}(...)`, hidden: m.impliesHidden };
      if (kind === "openai-unverified" && m.receiver === "openai") return { arg: m.arg, label: `${m.method}(...)`, unverified: true };
    }
    return undefined;
  }

  /** What a receiver expression holds (receiver-kind.ts). */
  receiverKind(expr: PyExpr): ReceiverKind | undefined {
    return receiverKind(expr, this.project, (call) => this.qualified(call));
  }

  private useArg(call: PyCall, arg: ResourceArg, clientName: string, out: ModuleUses): void {
    const expr = argument(call, arg.keywords, arg.position);
    if (!expr) return;
    const keyword = call.keywords.find((k) => arg.keywords.includes(k.name))?.name ?? arg.keywords[0]!;
    const via = clientName.endsWith("(...)") ? clientName : `${clientName}(${keyword}=...)`;
    const use: ArgUse = { arg, via, call, expr, out };
    const items = this.argItems(this.project.value(expr), arg);
    if (!items) {
      out.unknownKinds.add(arg.kind);
      // A list from a helper's or constructor's parameter: each caller's literal list.
      for (const s of this.project.atCallSites(expr, call.scope)) for (const item of this.argItems(s.value, arg) ?? []) this.use(item, use, s.site);
      return;
    }
    for (const item of items) {
      if (this.use(item, use)) continue;
      out.unknownKinds.add(arg.kind);
      // A wildcard or an empty placeholder names nothing; one of several values (branches, a model config)
      // is no certain use, but each literal option reaches the call on its path.
      if (located(item)) continue;
      if (item.kind === "alts") {
        if (arg.kind === "serving_endpoint") this.optionRefs(item, via, call, !arg.litellm);
        continue;
      }
      // A helper's or constructor's parameter: each literal its callers pass is a certain reference and use.
      if (arg.list) continue;
      for (const s of this.project.atCallSites(expr, call.scope)) {
        if (arg.kind === "serving_endpoint") this.optionRefs(s.value, via, call, !arg.litellm);
        this.use(s.value, use, s.site);
      }
    }
  }

  /** The names an argument's value gives: its items for a list argument (undefined when not a known list). */
  private argItems(value: Value, arg: ResourceArg): Value[] | undefined {
    if (!arg.list) return [value];
    return value.kind === "list" && !value.starred ? value.items.map((i) => this.project.value(i)) : undefined;
  }

  /**
   * Records the use of one literal name; false when the value names nothing certain (computed, a `cat.sch.*`
   * wildcard, which names every function of a schema, or a placeholder left to fill in, `space_id=""` or
   * `"<YOUR-GENIE-SPACE-ID>"`).
   * `site`: the call whose arguments gave the value.
   */
  private use(item: Value, u: ArgUse, site?: PyCall): boolean {
    const name = located(item);
    // A LiteLLM id is written with its namespace: the catalog rules read it so, and only `databricks/` is ours.
    if (u.arg.litellm && name && !name.value.startsWith(LITELLM_PREFIX)) return true;
    if (!name || name.value.includes("*") || isPlaceholder(name.value)) return false;
    const endpoint = u.arg.litellm ? { value: name.value.slice(LITELLM_PREFIX.length), span: name.span } : name;
    const ref: ResourceRef = { kind: u.arg.kind, name: endpoint, at: u.arg.list && !site ? item.span : u.expr.span, via: u.via, call: u.call };
    if (site) {
      ref.site = { call: site, at: spanWithin(name.span, site.span) ? name.span : site.span };
      // The endpoint reference of a caller's value is the caller's option (optionRefs).
    } else if (u.arg.kind === "serving_endpoint") this.endpointRef(name, u.via, u.call.span, !u.arg.litellm);
    u.out.uses.push(ref);
    return true;
  }

  /**
   * Endpoint names inside URLs (`.../serving-endpoints/<name>/invocations`): each literal segment is a
   * reference at the name; a `{X}` hole segment is one at X's literal when the evaluator knows X as one
   * name (an `alts` or unknown X stays silent: which endpoint the URL reaches is not certain).
   */
  urlRefs(module: PyModule): void {
    for (const name of module.endpointUrls) this.endpointRef(name, URL_CONTEXT, name.span);
    for (const hole of module.endpointUrlHoles) {
      const value = this.project.value(hole.name);
      if (value.kind === "str" && isUrlName(value.value, hole.api)) this.endpointRef(located(value), URL_CONTEXT, hole.url);
    }
  }

  /** An endpoint reference for each literal possibility of a value. */
  private optionRefs(v: Value, context: string, call: PyCall, bare = true): void {
    for (const o of options(v)) this.endpointRef(located(o), context, call.span, bare);
  }

  /** `usedAt`: the call or URL that uses the name; a related location when the name is written elsewhere. */
  /**
   * A model id sent through an OpenAI client that may not be Databricks': a literal `databricks-...` id names a
   * Databricks endpoint by itself, and is judged only against the catalog as written (fm-endpoint-retired); it is
   * no certain resource use, and anything else (`gpt-4o`) is not ours to judge. Which endpoints the model
   * reaches is unknown then, so no declared one is called unused.
   */
  private unverifiedModelRef(call: PyCall, arg: ResourceArg, via: string, out: ModuleUses): void {
    out.unknownKinds.add(arg.kind);
    const expr = argument(call, arg.keywords, arg.position);
    const name = expr && located(this.project.value(expr));
    if (name?.value.startsWith(FM_PREFIX)) this.endpointRef(name, via, call.span, true, true);
  }

  private endpointRef(name: Located<string> | undefined, context: string, usedAt: Span, expectsBareName = true, catalogOnly = false): void {
    if (!name) return;
    // One literal reached from several places (a shared constant) is one reference, named by the first call.
    const key = `${name.span.file}:${name.span.start}`;
    if (this.refSpans.has(key)) return;
    this.refSpans.add(key);
    const ref: EndpointRef = { name, context, form: "endpoint", expectsBareName };
    if (catalogOnly) ref.catalogOnly = true;
    if (!spanWithin(name.span, usedAt)) ref.usedBy = { message: `used by ${context}`, span: usedAt };
    this.endpointRefs.push(ref);
  }
}
