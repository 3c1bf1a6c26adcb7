// The one walk over a lezer Python tree, statement half: statements bind names
// in scopes (imports, assignments, defs, classes, `self.x =` stores, loops and
// `with` targets as unknown), and the expression half (expressions.ts) turns
// expressions into PyExprs and records calls. Nothing here resolves names:
// resolve.ts binds across modules and evaluate/ computes values after every
// module is walked.
import type { SyntaxNode, Tree } from "@lezer/common";
import type { SpanMaker } from "../offset-map.js";
import type { Binding, Branch, PyClass, PyDict, PyExpr, PyFunction, PyModule, Scope } from "../types.js";
import { children, EXPRESSIONS, ExpressionBuilder, isPunct, MAX_DEPTH } from "./expressions.js";

export function newScope(kind: Scope["kind"], module: PyModule, parent?: Scope): Scope {
  const scope: Scope = { kind, bindings: new Map(), appends: new Map(), module };
  if (parent) scope.parent = parent;
  return scope;
}

export function walkModule(module: PyModule, text: string, tree: Tree, mk: SpanMaker): void {
  new Walker(module, text, mk, module.source.text).statements(tree.topNode);
}

class Walker extends ExpressionBuilder {
  /** Inside `try:` or `if TYPE_CHECKING:`: imports there may be optional. */
  private guarded = 0;
  /** The arm of the innermost `if` of this scope being walked. */
  private arm: { branch: Branch; index: number } | undefined;
  /** A dict literal just bound to a name in this block: `name["key"] = value` straight after adds an entry. */
  private openDict: { name: string; dict: PyDict; scope: Scope } | undefined;

  private bind(name: string, binding: Binding, scope: Scope = this.scope): void {
    const list = scope.bindings.get(name);
    if (list) list.push(binding);
    else scope.bindings.set(name, [binding]);
  }

  // ---- statements -------------------------------------------------------

  /** Visits every child of a container node (Script, Body, a recovered error node). */
  statements(node: SyntaxNode): void {
    const block = node.name === "Script" || node.name === "Body";
    for (let c = node.firstChild; c; c = c.nextSibling) {
      // A dict literal takes key stores only from the statements straight after it.
      if (block && c.name !== "Comment" && !(this.openDict && this.keyStoreOf(c, this.openDict.name))) this.openDict = undefined;
      this.visit(c);
    }
  }

  protected visit(node: SyntaxNode): void {
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
    if (groups.length === 1 && groups[0]!.length === 1 && valueNodes.length === 1 && this.keyStore(groups[0]![0]!, valueNodes[0]!)) return;
    const value: PyExpr =
      valueNodes.length === 1
        ? this.expr(valueNodes[0]!)
        : { kind: "list", items: valueNodes.map((n) => this.expr(n)), starred: false, span: this.mk(node.from, node.to) };
    for (const targets of groups) {
      if (targets.length === 1) this.target(targets[0]!, value);
      else for (const t of targets) this.target(t, undefined);
    }
    const only = groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0]! : undefined;
    if (only?.name === "VariableName" && value.kind === "dict" && !value.spread) this.openDict = { name: this.src(only), dict: value, scope: this.scope };
  }

  /** `name["key"] = …` for the open dict: the statement is one of its key stores. */
  private keyStoreOf(stmt: SyntaxNode, name: string): boolean {
    if (stmt.name !== "AssignStatement") return false;
    const target = stmt.firstChild;
    const parts = target?.name === "MemberExpression" ? children(target) : [];
    return parts.length === 4 && parts[0]!.name === "VariableName" && this.src(parts[0]!) === name && parts[1]!.name === "[" && parts[2]!.name === "String";
  }

  /**
   * `cfg["endpoint"] = "..."` straight after `cfg = {...}`: the entry joins the literal (the last one wins,
   * as in Python). A value that reads the dict itself is not followed (it would see the entries after it).
   */
  private keyStore(targetNode: SyntaxNode, valueNode: SyntaxNode): boolean {
    const open = this.openDict;
    if (!open || open.scope !== this.scope || !targetNode.parent || !this.keyStoreOf(targetNode.parent, open.name)) return false;
    if (new RegExp(`\\b${open.name}\\b`).test(this.src(valueNode))) return false;
    const key = this.expr(children(targetNode)[2]!);
    if (key.kind !== "str") return false;
    open.dict.entries.push({ key, value: this.expr(valueNode) });
    return true;
  }

  /** Binds an assignment target; `value` undefined = not a single known value (unpacking). */
  protected target(node: SyntaxNode, value: PyExpr | undefined): void {
    switch (node.name) {
      case "VariableName": {
        const name = this.src(node);
        if (!value) return this.bind(name, { kind: "other", span: this.span(node) });
        this.bind(name, this.arm ? { kind: "value", value, span: this.span(node), arm: this.arm } : { kind: "value", value, span: this.span(node) });
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
        else if (parts[2]) this.module.attrStores.add(this.src(parts[2]));
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
    const savedArm = this.arm;
    this.scope = scope;
    this.arm = undefined; // a body's bindings happen when it runs, not in the arm that defines it
    try {
      f();
    } finally {
      this.scope = saved;
      this.arm = savedArm;
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
    const span = this.span(node);
    const branch: Branch = { start: span.start, end: span.end };
    const saved = this.arm;
    let index = 0;
    for (const c of parts) {
      if (c.name !== "Body") {
        this.visit(c);
        continue;
      }
      this.arm = { branch, index };
      const guard = index === 0 && typeChecking;
      if (guard) this.guarded++;
      this.visit(c);
      if (guard) this.guarded--;
      index++;
    }
    this.arm = saved;
  }
}
