// MLflow `log_model(...)` calls of any flavour, however imported, and `set_model`:
// what each one logs (the model's code, requirement lists, declared resources,
// auth policy, code paths), read through the evaluator so constants and helpers count.
import path from "node:path";
import type { LineIndex } from "../lint/line-index.js";
import type { Span } from "../lint/types.js";
import { argument, calleeName, located, type CallClassifier } from "./calls.js";
import type { DeclaredSet, LogModelFacts, RequirementList } from "./python-facts.js";
import { buildList, spanLabel, type ListEntry, type RequirementReader } from "./requirement-lists.js";
import { APPEND_KEY } from "./bind/dict-stores.js";
import { folderRelative } from "./folder-paths.js";
import { HOLE } from "./requirements.js";
import type { Project } from "./resolve.js";
import { options } from "./evaluate/values.js";
import type { PyCall, PyExpr, PyKeyword, PyModule } from "./types.js";

export class LogModelReader {
  private linesByFile?: Map<string, LineIndex>;

  constructor(private readonly project: Project, private readonly classifier: CallClassifier) {}

  private qualified(call: PyCall) {
    return this.classifier.qualified(call);
  }

  private declaration(call: PyCall) {
    return this.classifier.declaration(call);
  }

  /** `mlflow.<flavour>.log_model(...)`, imported however. */
  logModel(call: PyCall, module: PyModule, reader: RequirementReader): LogModelFacts | undefined {
    if (calleeName(call) !== "log_model") return undefined;
    const q = this.qualified(call);
    if (!q || q.origin !== "import" || !q.path.startsWith("mlflow.") || !q.path.endsWith(".log_model")) return undefined;
    const flavor = q.path.split(".").slice(1, -1).join(".") || "mlflow";
    const spread = this.spreadKeywords(call);
    const facts: LogModelFacts = { call, module, flavor, openKeywords: !spread || spread.open, codePathModules: [] };
    const keywords = [...call.keywords, ...(spread?.keywords ?? [])];
    // `resources=None` is the default: the same as not passing it.
    const kw = (name: string) => keywords.find((k) => k.name === name && !(k.value.kind === "const" && k.value.text === "None"));
    const baseDir = path.dirname(module.absPath);
    const pip = kw("pip_requirements");
    if (pip) facts.pipRequirements = this.requirementList(pip.value, "pip_requirements", baseDir, reader);
    const extra = kw("extra_pip_requirements");
    if (extra) facts.extraPipRequirements = this.requirementList(extra.value, "extra_pip_requirements", baseDir, reader);
    const resources = kw("resources");
    if (resources) facts.resources = this.declaredList(resources.value, "resources", spanLabel("log_model(resources=...)", call.span));
    const auth = kw("auth_policy");
    if (auth) facts.authPolicy = this.authPolicy(auth.value, spanLabel("log_model(auth_policy=...)", call.span));
    // lc_model="chain.py" is langchain's models-from-code path, as python_model="agent.py" is pyfunc's.
    const pm = kw("python_model") ?? kw("lc_model");
    if (pm) this.pythonModel(pm.value, facts);
    const registered = kw("registered_model_name");
    const registeredName = registered ? this.project.value(registered.value) : undefined;
    if (registeredName?.kind === "str") facts.registeredModelName = registeredName.value;
    const codePaths = kw("code_paths") ?? kw("code_path");
    if (codePaths) facts.codePathModules = this.codePathModules(codePaths.value, baseDir, module, call.span.start);
    return facts;
  }

  /**
   * The keywords `**kwargs` passes when each is a dict literal with string keys (`log_model(**log_kwargs)`,
   * the dict built just before); undefined when any is not known. `open`: more keys may be stored into it
   * (`log_kwargs["auth_policy"] = ...` under an `if`): the keywords it holds are those no store touches.
   */
  private spreadKeywords(call: PyCall): { keywords: PyKeyword[]; open: boolean } | undefined {
    const keywords: PyKeyword[] = [];
    let open = false;
    for (const e of call.starKwargs) {
      let d = this.project.value(e);
      let stored: ReadonlySet<string> | undefined;
      if (d.kind !== "dict" && e.kind === "name") {
        const found = this.project.lookupScope(e.name, e.scope);
        const keys = found?.scope.module.keyStores.get(e.name);
        const only = found?.bindings.length === 1 ? found.bindings[0] : undefined;
        if (keys instanceof Set && only?.kind === "value" && only.value.kind === "dict") [d, stored, open] = [only.value, keys, true];
      }
      if (d.kind !== "dict" || d.spread) return undefined;
      for (const entry of d.entries) {
        const key = this.project.value(entry.key);
        if (key.kind !== "str") return undefined;
        if (!stored?.has(key.value)) keywords.push({ name: key.value, nameSpan: key.span, value: entry.value });
      }
    }
    return { keywords, open };
  }

  private requirementList(expr: PyExpr, origin: RequirementList["origin"], baseDir: string, reader: RequirementReader): RequirementList {
    const value = this.project.value(expr);
    const what = `log_model(${origin}=...)`;
    const meta = { origin, complete: origin === "pip_requirements", at: expr.span, label: spanLabel(what, expr.span), what };
    // MLflow reads a requirements file (`"requirements.txt"`, `-r requirements.txt`) relative to the working
    // directory, which we do not know: we look beside the script, and a file not there is unknown, not missing
    // (it is often generated just before logging, and git-ignored).
    const guessedBase = { quietIfMissing: true };
    if (value.kind === "str") return buildList(reader, [{ text: `-r ${value.value}`, span: () => value.span }], baseDir, meta, guessedBase);
    const literal = value.kind === "list" && !value.starred ? value.items : undefined;
    const items = literal ?? this.appendedItems(expr);
    if (!items) return { ...meta, known: false, entries: [] };
    // A list grown by appends holds each of its items on some path, but may not be complete on every one.
    let known = literal !== undefined;
    const entries: ListEntry[] = [];
    for (const item of items) {
      const v = this.project.value(item);
      if (v.kind === "str") {
        const content = v.contentSpan;
        entries.push({ text: v.value, span: content ? (f, t) => spanFrom(content, f, t, this.sourceLines(content)) : () => v.span });
      } else if (v.kind === "template") {
        entries.push({ text: v.parts.map((p) => p ?? HOLE).join(""), span: () => v.span });
      } else known = false;
    }
    const list = buildList(reader, entries, baseDir, meta, guessedBase);
    if (!known) list.known = false;
    return list;
  }

  /** `reqs = [...]` then only `reqs.append(x)` in its scope: the literal's items and those appended before the use. */
  private appendedItems(expr: PyExpr): PyExpr[] | undefined {
    if (expr.kind !== "name") return undefined;
    const found = this.project.lookupScope(expr.name, expr.scope);
    const only = found?.bindings.length === 1 ? found.bindings[0] : undefined;
    const keys = found?.scope.module.keyStores.get(expr.name);
    if (only?.kind !== "value" || only.value.kind !== "list" || only.value.starred || !(keys instanceof Set) || keys.size !== 1 || !keys.has(APPEND_KEY)) return undefined;
    const before = (found!.scope.appends.get(expr.name) ?? []).filter((i) => i.span.file === expr.span.file && i.span.start < expr.span.start);
    return [...only.value.items, ...before];
  }

  private sourceLines(span: Span) {
    if (!this.linesByFile) this.linesByFile = new Map(this.project.modules.map((m) => [m.source.path, m.source.lines]));
    return this.linesByFile.get(span.file);
  }

  /**
   * `resources=[DatabricksServingEndpoint(...), ...]`: complete when every item is a literal declaration.
   * One of several lists (`[...] if cfg else []`) declares what any of them does: a use none declares is
   * undeclared on every path, and each declaration is real on its own.
   */
  declaredList(expr: PyExpr, origin: DeclaredSet["origin"], label: string): DeclaredSet {
    const value = this.project.value(expr);
    const lists = options(value);
    const set: DeclaredSet = { refs: [], complete: lists.every((l) => l.kind === "list" && !l.starred), at: expr.span, label, origin };
    for (const list of lists) {
      if (list.kind !== "list") continue;
      for (const item of list.items) {
        const v = this.project.value(item);
        const ref = v.kind === "call" ? this.declaration(v) : undefined;
        if (ref) set.refs.push(ref);
        if (!ref?.name) set.complete = false;
      }
    }
    return set;
  }

  /** `AuthPolicy(system_auth_policy=SystemAuthPolicy(resources=[...]))`: the system resources. */
  private authPolicy(expr: PyExpr, label: string): DeclaredSet {
    const unknown: DeclaredSet = { refs: [], complete: false, at: expr.span, label, origin: "auth_policy" };
    const policy = this.project.value(expr);
    if (policy.kind !== "call" || policy.starKwargs.length > 0) return unknown;
    const system = argument(policy, ["system_auth_policy"]);
    if (!system) return { ...unknown, complete: true };
    const sys = this.project.value(system);
    if (sys.kind !== "call" || sys.starKwargs.length > 0) return unknown;
    const res = argument(sys, ["resources"], 0);
    if (!res) return { ...unknown, complete: true };
    return { ...this.declaredList(res, "auth_policy", label), at: expr.span };
  }

  private pythonModel(expr: PyExpr, facts: LogModelFacts): void {
    const value = folderRelative(expr, this.project) ?? this.project.value(expr);
    if (value.kind === "str") {
      const p = located(value);
      if (p) facts.pythonModelPath = p;
      const abs = path.resolve(path.dirname(facts.module.absPath), value.value);
      const m = this.project.fileAt(abs, facts.module, facts.call.span.start);
      if (m) facts.modelModule = m;
      return;
    }
    // An instance: the module that defines its class (here, or imported from an analysed file).
    const callee = value.kind === "call" ? value.callee : undefined;
    const cls = callee ? this.project.classOf(callee) : undefined;
    if (cls) {
      facts.modelModule = cls.scope.module;
      facts.modelClass = cls;
      if (value.kind === "call") facts.modelConstruction = value;
    }
    else if (expr.kind === "name") {
      const b = this.project.lookup(expr.name, expr.scope);
      const imp = b?.length === 1 && b[0]!.kind === "import" ? b[0] : undefined;
      if (imp?.kind === "import") {
        const m = this.project.moduleFor(expr.scope.module, imp.module, imp.level);
        if (m) facts.modelModule = m;
      }
    }
  }

  /**
   * The modules code_paths ship. Where several claim one path (the checked-in file and other notebooks'
   * `%%writefile` cells), it is the one the logging notebook wrote itself, else the file (Project.fileAt).
   */
  private codePathModules(expr: PyExpr, baseDir: string, logging: PyModule, at: number): PyModule[] {
    const value = this.project.value(expr);
    const items = value.kind === "list" ? value.items.map((i) => folderRelative(i, this.project) ?? this.project.value(i)) : [folderRelative(expr, this.project) ?? value];
    const paths = new Set<string>();
    for (const item of items) {
      if (item.kind !== "str") continue;
      const abs = path.resolve(baseDir, item.value);
      for (const m of this.project.modules) {
        if (m.absPath === abs || m.absPath.startsWith(`${abs}${path.sep}`)) paths.add(m.absPath);
      }
    }
    return [...paths].flatMap((p) => this.project.fileAt(p, logging, at) ?? []);
  }

  /** `mlflow.models.set_model(...)` however imported. */
  isSetModel(call: PyCall): boolean {
    if (calleeName(call) !== "set_model") return false;
    const q = this.qualified(call);
    return q !== undefined && q.origin !== "local" && (q.path === "mlflow.models.set_model" || q.path === "mlflow.models.model.set_model");
  }
}

function spanFrom(content: Span, f: number, t: number, lines: { span(file: string, s: number, e: number): Span } | undefined): Span {
  if (!lines) return content;
  return lines.span(content.file, content.start + f, content.start + t);
}
