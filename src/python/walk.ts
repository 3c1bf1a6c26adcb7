// The one walk over a lezer Python tree: statements bind names in scopes,
// expressions become PyExpr values, and every call is recorded once. Nothing
// here resolves names; resolve.ts does that after all modules are walked.
import type { SyntaxNode, Tree } from "@lezer/common";
import type { SpanMaker } from "./offset-map.js";
import { decodeEscapes, parseStringLiteral } from "./string-literal.js";
import type {
  Binding, PyCall, PyClass, PyDictEntry, PyExpr, PyFunction, PyKeyword, PyModule, PyStr, PyTemplate, Scope,
} from "./types.js";

/** Past this nesting depth an expression is unknown: deep input must not exhaust the stack. */
const MAX_DEPTH = 120;

/** Methods that change a container in place: its literal value no longer tells what it holds. */
const MUTATORS = new Set(["append", "extend", "insert", "update", "setdefault", "pop", "popitem", "remove", "clear", "add", "discard"]);

const EXPRESSIONS = new Set([
  "BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "TupleExpression",
  "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
  "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression",
  "MemberExpression", "VariableName", "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None",
  "Boolean", "ConditionalExpression", "LambdaExpression", "NamedExpression", "YieldExpression",
]);

export function newScope(kind: Scope["kind"], module: PyModule, parent?: Scope): Scope {
  const scope: Scope = { kind, bindings: new Map(), appends: new Map(), module };
  if (parent) scope.parent = parent;
  return scope;
}

export function walkModule(module: PyModule, text: string, tree: Tree, mk: SpanMaker): void {
  new Walker(module, text, mk, module.source.text).statements(tree.topNode);
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function isPunct(node: SyntaxNode): boolean {
  return node.name === "," || node.name === "(" || node.name === ")" || node.name === "[" || node.name === "]" ||
    node.name === "{" || node.name === "}" || node.name === ":" || node.name === "Comment";
}

class Walker {
  private scope: Scope;
  private depth = 0;
  /** Inside `try:` or `if TYPE_CHECKING:`: imports there may be optional. */
  private guarded = 0;

  constructor(
    private readonly module: PyModule,
    private readonly text: string,
    private readonly mk: SpanMaker,
    private readonly fileText: string,
  ) {
    this.scope = module.scope;
  }

  private src(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  private span(node: SyntaxNode) {
    return this.mk(node.from, node.to);
  }

  private bind(name: string, binding: Binding, scope: Scope = this.scope): void {
    const list = scope.bindings.get(name);
    if (list) list.push(binding);
    else scope.bindings.set(name, [binding]);
  }

  // ---- statements -------------------------------------------------------

  /** Visits every child of a container node (Script, Body, a recovered error node). */
  statements(node: SyntaxNode): void {
    for (let c = node.firstChild; c; c = c.nextSibling) this.visit(c);
  }

  private visit(node: SyntaxNode): void {
    if (this.depth > MAX_DEPTH) return;
    this.depth++;
    try {
      this.dispatch(node);
    } finally {
      this.depth--;
    }
  }

  private dispatch(node: SyntaxNode): void {
    if (node.type.isError) this.module.syntaxErrors++;
    switch (node.name) {
      case "ImportStatement":
        return this.importStatement(node);
      case "AssignStatement":
        return this.assign(node);
      case "UpdateStatement":
        return this.update(node);
      case "ReturnStatement":
        return this.returnStatement(node);
      case "FunctionDefinition":
        return void this.functionDef(node);
      case "ClassDefinition":
        return this.classDef(node);
      case "ForStatement":
        return this.forStatement(node);
      case "WithStatement":
        return this.withStatement(node);
      case "TryStatement":
        return this.tryStatement(node);
      case "IfStatement":
        return this.ifStatement(node);
      case "ScopeStatement":
      case "DeleteStatement":
        for (const c of children(node)) {
          if (c.name === "VariableName") {
            this.module.mutated.add(this.src(c));
            this.bind(this.src(c), { kind: "other", span: this.span(c) });
          } else if (EXPRESSIONS.has(c.name)) this.expr(c);
        }
        return;
      case "Comment":
        return;
      default:
        if (EXPRESSIONS.has(node.name)) this.expr(node);
        else this.statements(node);
    }
  }

  private importStatement(node: SyntaxNode): void {
    const parts = children(node);
    const guarded = this.guarded > 0;
    if (parts[0]?.name === "from") {
      let i = 1;
      let level = 0;
      for (; i < parts.length && (parts[i]!.name === "." || parts[i]!.name === "Ellipsis"); i++) level += parts[i]!.name === "." ? 1 : 3;
      const dotted: string[] = [];
      for (; i < parts.length && parts[i]!.name !== "import"; i++) if (parts[i]!.name === "VariableName") dotted.push(this.src(parts[i]!));
      const module = dotted.join(".");
      this.module.imports.push({ module, level, span: this.span(node), guarded });
      for (i++; i < parts.length; i++) {
        const p = parts[i]!;
        if (p.name !== "VariableName") continue;
        const name = this.src(p);
        let local = name;
        let at = p;
        if (parts[i + 1]?.name === "as" && parts[i + 2]?.name === "VariableName") {
          at = parts[i + 2]!;
          local = this.src(at);
          i += 2;
        }
        this.bind(local, { kind: "import", module, name, level, span: this.span(at) });
      }
      return;
    }
    // import a.b, c.d as e
    let dotted: SyntaxNode[] = [];
    const flush = (alias?: SyntaxNode) => {
      if (dotted.length === 0) return;
      const module = dotted.map((d) => this.src(d)).join(".");
      this.module.imports.push({ module, level: 0, span: this.span(node), guarded });
      if (alias) this.bind(this.src(alias), { kind: "import", module, level: 0, span: this.span(alias) });
      else this.bind(this.src(dotted[0]!), { kind: "import", module: this.src(dotted[0]!), level: 0, span: this.span(dotted[0]!) });
      dotted = [];
    };
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i]!;
      if (p.name === "VariableName") dotted.push(p);
      else if (p.name === "as" && parts[i + 1]?.name === "VariableName") {
        flush(parts[i + 1]);
        i++;
      } else if (p.name === ",") flush();
    }
    flush();
  }

  private assign(node: SyntaxNode): void {
    const groups: SyntaxNode[][] = [[]];
    for (const c of children(node)) {
      if (c.name === "AssignOp") groups.push([]);
      else if (c.name === "TypeDef") this.visit(c);
      else if (c.name !== "," && c.name !== "*" && c.name !== "Comment") groups[groups.length - 1]!.push(c);
    }
    if (groups.length === 1) return; // `x: int` annotates, binds nothing
    const valueNodes = groups.pop()!;
    const value: PyExpr =
      valueNodes.length === 1
        ? this.expr(valueNodes[0]!)
        : { kind: "list", items: valueNodes.map((n) => this.expr(n)), starred: false, span: this.mk(node.from, node.to) };
    for (const targets of groups) {
      if (targets.length === 1) this.target(targets[0]!, value);
      else for (const t of targets) this.target(t, undefined);
    }
  }

  /** Binds an assignment target; `value` undefined = not a single known value (unpacking). */
  private target(node: SyntaxNode, value: PyExpr | undefined): void {
    switch (node.name) {
      case "VariableName": {
        const name = this.src(node);
        this.bind(name, value ? { kind: "value", value, span: this.span(node) } : { kind: "other", span: this.span(node) });
        return;
      }
      case "TupleExpression":
      case "ArrayExpression":
      case "ParenthesizedExpression":
        for (const c of children(node)) if (!isPunct(c) && c.name !== "*") this.target(c, undefined);
        return;
      case "MemberExpression": {
        const parts = children(node);
        const object = parts[0];
        const dot = parts[1]?.name === ".";
        const fn = this.scope.fn;
        if (dot && object?.name === "VariableName" && fn?.cls && this.src(object) === fn.params[0] && parts[2]) {
          const attr = this.src(parts[2]);
          const list = fn.cls.instanceAttrs.get(attr) ?? [];
          list.push(value ?? { kind: "unknown", span: this.span(node) });
          fn.cls.instanceAttrs.set(attr, list);
          return;
        }
        if (!dot) this.markMutated(object);
        this.expr(node);
        return;
      }
      default:
        this.expr(node);
    }
  }

  /** `x[k] = v`, `x += v`, `x.extend(v)`: x's literal value no longer says what it holds. */
  private markMutated(node: SyntaxNode | undefined): void {
    if (!node) return;
    if (node.name === "VariableName") this.module.mutated.add(this.src(node));
    else if (node.name === "MemberExpression") {
      const parts = children(node);
      if (parts[0]?.name === "VariableName" && parts[1]?.name === "." && parts[2]) {
        this.module.mutated.add(`${this.src(parts[0])}.${this.src(parts[2])}`);
      }
      this.markMutated(parts[0]);
    }
  }

  private update(node: SyntaxNode): void {
    const parts = children(node);
    const target = parts[0];
    if (target?.name === "VariableName") this.bind(this.src(target), { kind: "other", span: this.span(target) });
    this.markMutated(target);
    for (const c of parts.slice(1)) if (EXPRESSIONS.has(c.name)) this.expr(c);
  }

  private returnStatement(node: SyntaxNode): void {
    const values = children(node).filter((c) => EXPRESSIONS.has(c.name)).map((c) => this.expr(c));
    const fn = this.scope.fn;
    if (!fn) return;
    if (node.parent?.parent?.name === "FunctionDefinition") fn.returnsAtTop = true;
    if (values.length === 1) fn.returns.push(values[0]!);
    else if (values.length > 1) fn.returns.push({ kind: "list", items: values, starred: false, span: this.span(node) });
  }

  private functionDef(node: SyntaxNode): PyFunction | undefined {
    const parts = children(node);
    const nameNode = parts.find((c) => c.name === "VariableName");
    if (!nameNode) return void this.statements(node);
    const outer = this.scope;
    const fnScope = newScope("function", this.module, outer);
    const fn: PyFunction = {
      name: this.src(nameNode), nameSpan: this.span(nameNode), params: [], positional: [], defaults: new Map(), variadic: false,
      opaque: node.parent?.name === "DecoratedStatement", returns: [], returnsAtTop: false, scope: fnScope,
    };
    fnScope.fn = fn;
    if (outer.kind === "class" && outer.cls) {
      fn.cls = outer.cls;
      outer.cls.methods.set(fn.name, fn);
    }
    this.bind(fn.name, { kind: "def", fn });
    this.module.functions.push(fn);
    const paramList = parts.find((c) => c.name === "ParamList");
    let isDefault = false;
    let keywordOnly = false;
    let star: string | undefined;
    for (const p of paramList ? children(paramList) : []) {
      if (p.name === "AssignOp") isDefault = true;
      else if (p.name === "*" || p.name === "**") {
        keywordOnly = true;
        star = p.name;
      } else if (p.name === "VariableName" && !isDefault) {
        const name = this.src(p);
        fn.params.push(name);
        if (star) fn.variadic = true;
        else if (!keywordOnly) fn.positional.push(name);
        this.bind(name, { kind: "other", span: this.span(p) }, fnScope);
      } else if (p.name === ",") {
        isDefault = false;
        star = undefined;
      } else if (isDefault && EXPRESSIONS.has(p.name)) {
        const name = fn.params[fn.params.length - 1];
        const value = this.expr(p);
        if (name !== undefined) fn.defaults.set(name, value);
      } else if (p.name === "TypeDef") this.visit(p);
    }
    for (const p of parts) if (p.name === "TypeDef") this.visit(p);
    const body = parts.find((c) => c.name === "Body");
    if (body) this.inScope(fnScope, () => this.statements(body));
    return fn;
  }

  private classDef(node: SyntaxNode): void {
    const parts = children(node);
    const nameNode = parts.find((c) => c.name === "VariableName");
    if (!nameNode) return this.statements(node);
    const classScope = newScope("class", this.module, this.scope);
    const cls: PyClass = {
      name: this.src(nameNode), nameSpan: this.span(nameNode), bases: [], methods: new Map(), instanceAttrs: new Map(), scope: classScope,
    };
    classScope.cls = cls;
    this.bind(cls.name, { kind: "class", cls });
    this.module.classes.push(cls);
    const argList = parts.find((c) => c.name === "ArgList");
    if (argList) {
      const call = this.argList(argList);
      cls.bases = call.args;
    }
    const body = parts.find((c) => c.name === "Body");
    if (body) this.inScope(classScope, () => this.statements(body));
  }

  private inScope(scope: Scope, f: () => void): void {
    const saved = this.scope;
    this.scope = scope;
    try {
      f();
    } finally {
      this.scope = saved;
    }
  }

  private forStatement(node: SyntaxNode): void {
    let inTargets = true;
    for (const c of children(node)) {
      if (c.name === "for") inTargets = true;
      else if (c.name === "in") inTargets = false;
      else if (inTargets && !isPunct(c) && c.name !== "async" && c.name !== "*") this.target(c, undefined);
      else this.visit(c);
    }
  }

  private withStatement(node: SyntaxNode): void {
    const parts = children(node);
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!;
      if (c.name === "as" && parts[i + 1]?.name === "VariableName") {
        this.target(parts[i + 1]!, undefined);
        i++;
      } else this.visit(c);
    }
  }

  private tryStatement(node: SyntaxNode): void {
    const parts = children(node);
    let inTry = false;
    for (let i = 0; i < parts.length; i++) {
      const c = parts[i]!;
      if (c.name === "try") inTry = true;
      else if (c.name === "except" || c.name === "else" || c.name === "finally") inTry = false;
      else if ((c.name === "as" || c.name === ",") && parts[i + 1]?.name === "VariableName") {
        this.target(parts[i + 1]!, undefined);
        i++;
      } else if (c.name === "Body" && inTry) {
        this.guarded++;
        this.visit(c);
        this.guarded--;
      } else this.visit(c);
    }
  }

  private ifStatement(node: SyntaxNode): void {
    const parts = children(node);
    const test = parts[1];
    const typeChecking = test !== undefined && /(^|\.)TYPE_CHECKING$/.test(this.src(test));
    let first = true;
    for (const c of parts) {
      if (c.name === "Body" && first && typeChecking) {
        this.guarded++;
        this.visit(c);
        this.guarded--;
        first = false;
      } else {
        if (c.name === "Body") first = false;
        this.visit(c);
      }
    }
  }

  // ---- expressions ------------------------------------------------------

  expr(node: SyntaxNode): PyExpr {
    if (this.depth > MAX_DEPTH) return { kind: "unknown", span: this.span(node) };
    this.depth++;
    try {
      return this.exprInner(node);
    } finally {
      this.depth--;
    }
  }

  private unknown(node: SyntaxNode): PyExpr {
    // Calls inside an unknown value (a comprehension, a conditional) are still calls.
    this.statements(node);
    return { kind: "unknown", span: this.span(node) };
  }

  private exprInner(node: SyntaxNode): PyExpr {
    if (node.type.isError) this.module.syntaxErrors++;
    switch (node.name) {
      case "String":
        return this.string(node);
      case "FormatString":
        return this.formatString(node);
      case "ContinuedString":
        return this.concat(children(node).map((c) => this.expr(c)), node);
      case "Number":
      case "Boolean":
      case "None":
      case "Ellipsis":
        return { kind: "const", text: this.src(node), span: this.span(node) };
      case "VariableName":
        return { kind: "name", name: this.src(node), scope: this.scope, span: this.span(node) };
      case "ParenthesizedExpression": {
        const inner = children(node).filter((c) => !isPunct(c));
        return inner.length === 1 && EXPRESSIONS.has(inner[0]!.name) ? this.expr(inner[0]!) : this.unknown(node);
      }
      case "TupleExpression":
      case "ArrayExpression":
      case "SetExpression": {
        let starred = false;
        let spreadNext = false;
        const items: PyExpr[] = [];
        for (const c of children(node)) {
          if (isPunct(c)) continue;
          if (c.name === "*") starred = spreadNext = true;
          else if (spreadNext) {
            items.push({ kind: "starred", value: this.expr(c), span: this.span(c) });
            spreadNext = false;
          } else items.push(this.expr(c));
        }
        return { kind: "list", items, starred, span: this.span(node) };
      }
      case "DictionaryExpression":
        return this.dict(node);
      case "MemberExpression": {
        const parts = children(node);
        if (parts[1]?.name === "." && parts[2]?.name === "PropertyName" && parts[0]) {
          return { kind: "attr", object: this.expr(parts[0]), attr: this.src(parts[2]), span: this.span(node) };
        }
        if (parts.length === 4 && parts[1]?.name === "[" && parts[3]?.name === "]" && EXPRESSIONS.has(parts[2]!.name)) {
          return { kind: "subscript", object: this.expr(parts[0]!), index: this.expr(parts[2]!), span: this.span(node) };
        }
        return this.unknown(node);
      }
      case "CallExpression":
        return this.call(node);
      case "BinaryExpression": {
        const parts = children(node);
        if (parts.length === 3 && parts[1]!.name === "ArithOp" && this.src(parts[1]!) === "+") {
          return this.concat([this.expr(parts[0]!), this.expr(parts[2]!)], node);
        }
        return this.unknown(node);
      }
      case "NamedExpression": {
        const target = node.firstChild;
        if (target?.name === "VariableName") this.target(target, undefined);
        return this.unknown(node);
      }
      case "YieldExpression":
        if (this.scope.fn) this.scope.fn.opaque = true;
        return this.unknown(node);
      default:
        return this.unknown(node);
    }
  }

  private string(node: SyntaxNode): PyExpr {
    const text = this.src(node);
    const lit = parseStringLiteral(text);
    if (lit.value === undefined) return { kind: "unknown", span: this.span(node) };
    const str: PyStr = { kind: "str", value: lit.value, span: this.span(node) };
    if (lit.verbatim) {
      const content = this.mk(node.from + lit.contentStart, node.from + lit.contentEnd);
      // In an .ipynb the content sits inside a JSON string: only where the file shows it as-is can it be edited.
      if (this.fileText.slice(content.start, content.end) === lit.value) str.contentSpan = content;
    }
    return str;
  }

  private formatString(node: SyntaxNode): PyExpr {
    const text = this.src(node);
    const lit = parseStringLiteral(text);
    const raw = /^[a-zA-Z]*/.exec(text)![0].toLowerCase().includes("r");
    const parts: (string | null)[] = [];
    let pos = node.from + lit.contentStart;
    const end = node.from + lit.contentEnd;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const piece = this.text.slice(from, to).replace(/\{\{/g, "{").replace(/\}\}/g, "}");
      parts.push(raw ? piece : decodeEscapes(piece));
    };
    for (const c of children(node)) {
      if (c.name !== "FormatReplacement") continue;
      literal(pos, c.from);
      parts.push(null);
      this.statements(c);
      pos = c.to;
    }
    literal(pos, end);
    if (!parts.includes(null)) {
      return { kind: "str", value: parts.join(""), span: this.span(node) };
    }
    return { kind: "template", parts, span: this.span(node) };
  }

  /** `a + b` or implicit concatenation: strings and templates join; anything else is unknown. */
  private concat(items: PyExpr[], node: SyntaxNode): PyExpr {
    const parts: (string | null)[] = [];
    let hole = false;
    for (const item of items) {
      if (item.kind === "str") parts.push(item.value);
      else if (item.kind === "template") {
        parts.push(...item.parts);
        hole = true;
      } else if (items.some((i) => i.kind === "str" || i.kind === "template")) {
        // "mlflow==" + mlflow.__version__: a string with a runtime hole.
        parts.push(null);
        hole = true;
      } else return { kind: "unknown", span: this.span(node) };
    }
    if (!hole) return { kind: "str", value: parts.join(""), span: this.span(node) };
    return { kind: "template", parts, span: this.span(node) };
  }

  private dict(node: SyntaxNode): PyExpr {
    const entries: PyDictEntry[] = [];
    let spread = false;
    let key: PyExpr | undefined;
    let spreadNext = false;
    for (const c of children(node)) {
      if (c.name === "**") spreadNext = true;
      else if (isPunct(c)) continue;
      else if (spreadNext) {
        this.expr(c);
        spread = true;
        spreadNext = false;
      } else if (!key) key = this.expr(c);
      else {
        entries.push({ key, value: this.expr(c) });
        key = undefined;
      }
    }
    return { kind: "dict", entries, spread, span: this.span(node) };
  }

  private call(node: SyntaxNode): PyExpr {
    const parts = children(node);
    const calleeNode = parts[0];
    const argList = parts.find((c) => c.name === "ArgList");
    if (!calleeNode || !argList) return this.unknown(node);
    const callee = this.expr(calleeNode);
    const call = this.argList(argList, callee, node);
    this.module.calls.push(call);
    if (callee.kind === "attr") {
      this.noteMethodCall(callee.object, callee.attr, call);
      if (callee.attr === "format" && callee.object.kind === "str") return formatTemplate(callee.object.value, call.span);
    }
    return call;
  }

  /** `x.append(item)` is recorded (a local list built up in place); other mutators make `x` unknown. */
  private noteMethodCall(object: PyExpr, method: string, call: PyCall): void {
    if (!MUTATORS.has(method)) return;
    const key = object.kind === "name" ? object.name : object.kind === "attr" && object.object.kind === "name" ? `${object.object.name}.${object.attr}` : undefined;
    if (key === undefined) return;
    this.module.mutated.add(key);
    if (method === "append" && object.kind === "name" && call.args.length === 1) {
      const list = this.scope.appends.get(key) ?? [];
      list.push(call.args[0]!);
      this.scope.appends.set(key, list);
    }
  }

  private argList(node: SyntaxNode, callee?: PyExpr, callNode?: SyntaxNode): PyCall {
    const call: PyCall = {
      kind: "call", callee: callee ?? { kind: "unknown", span: this.span(node) }, args: [], keywords: [], starArgs: false, starKwargs: [],
      span: this.span(callNode ?? node), scope: this.scope,
    };
    let group: SyntaxNode[] = [];
    const flush = () => {
      const g = group;
      group = [];
      if (g.length === 0) return;
      const [a, b, c] = g;
      if (g.length === 3 && a!.name === "VariableName" && b!.name === "AssignOp") {
        const kw: PyKeyword = { name: this.src(a!), nameSpan: this.span(a!), value: this.expr(c!) };
        call.keywords.push(kw);
      } else if (g.length === 2 && a!.name === "*") {
        call.starArgs = true;
        this.expr(b!);
      } else if (g.length === 2 && a!.name === "**") {
        call.starKwargs.push(this.expr(b!));
      } else if (g.length === 1 && EXPRESSIONS.has(a!.name)) {
        call.args.push(this.expr(a!));
      } else {
        // A generator argument or a recovered fragment: its calls still count, its value does not.
        for (const n of g) this.visit(n);
        call.args.push({ kind: "unknown", span: this.mk(a!.from, g[g.length - 1]!.to) });
      }
    };
    for (const c of children(node)) {
      if (c.name === ",") flush();
      else if (c.name !== "(" && c.name !== ")" && c.name !== "Comment") group.push(c);
    }
    flush();
    return call;
  }
}

/** `"mlflow=={}".format(v)`: literal text with holes where the fields are. */
function formatTemplate(format: string, span: PyTemplate["span"]): PyTemplate {
  const parts: (string | null)[] = [];
  let literal = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if ((ch === "{" || ch === "}") && format[i + 1] === ch) {
      literal += ch;
      i++;
    } else if (ch === "{") {
      const close = format.indexOf("}", i);
      parts.push(literal, null);
      literal = "";
      i = close === -1 ? format.length : close;
    } else literal += ch;
  }
  parts.push(literal);
  return { kind: "template", parts: parts.filter((p) => p !== ""), span };
}
