// The one walk over a lezer Python tree, statement half: statements bind names in scopes (assignments,
// defs, classes, `self.x =` stores), with imports (imports.ts), parameter lists (params.ts), compound
// statements (control-flow.ts) and key stores into dicts (dict-stores.ts) apart; the expression half
// (expressions.ts, on literals.ts) turns expressions into PyExprs and records calls. Nothing here
// resolves names: resolve.ts binds across modules and evaluate/ computes values after every module is walked.
import type { SyntaxNode, Tree } from "@lezer/common";
import type { SpanMaker } from "../offset-map.js";
import type { Arm, Binding, PyClass, PyExpr, PyFunction, PyModule, Scope } from "../types.js";
import { EXPRESSIONS, ExpressionBuilder, MAX_DEPTH } from "./expressions.js";
import { forStatement, ifStatement, tryStatement, withStatement, type FlowSite } from "./control-flow.js";
import { DictStores, literalKey, noteMutation } from "./dict-stores.js";
import { dottedAnnotation, readParams, type ParamSite } from "./params.js";
import { bindImports } from "./imports.js";
import { children, isPunct } from "./util-nodes.js";

export function newScope(kind: Scope["kind"], module: PyModule, parent?: Scope): Scope {
  const scope: Scope = { kind, bindings: new Map(), appends: new Map(), module };
  if (parent) scope.parent = parent;
  return scope;
}

export function walkModule(module: PyModule, text: string, tree: Tree, mk: SpanMaker): void {
  new Walker(module, text, mk, module.source.text).statements(tree.topNode);
}

class Walker extends ExpressionBuilder {
  /** Inside `try:` or an arm of an `if`: imports there may be optional. */
  private guarded = 0;
  /** The arm of the innermost `if` of this scope being walked. */
  private arm: Arm | undefined;
  private readonly dictStores = new DictStores((n) => this.src(n));
  private readonly flow: FlowSite = {
    visit: (n) => this.visit(n),
    unknownTarget: (n) => this.target(n, undefined),
    enterTarget: (n, context) => {
      const enters = EXPRESSIONS.has(context.name) ? this.expr(context) : (this.visit(context), undefined);
      this.bind(this.src(n), enters ? { kind: "other", span: this.span(n), enters } : { kind: "other", span: this.span(n) });
    },
    loopTarget: (n, iterable, body) => {
      const items = this.expr(iterable);
      const { start, end } = this.mk(body.from, body.to);
      this.bind(this.src(n), { kind: "other", span: this.span(n), iterates: { items, loop: { start, end } } });
    },
    guarded: (f) => {
      this.guarded++;
      try {
        f();
      } finally {
        this.guarded--;
      }
    },
    inArm: (arm, f) => {
      const saved = this.arm;
      this.arm = arm;
      try {
        f();
      } finally {
        this.arm = saved;
      }
    },
    src: (n) => this.src(n),
    span: (n) => this.span(n),
  };

  private readonly paramSite: ParamSite = {
    src: (n) => this.src(n), span: (n) => this.span(n), expr: (n) => this.expr(n), visit: (n) => this.visit(n),
    bind: (name, b, scope) => this.bind(name, b, scope),
  };

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
      if (block) this.dictStores.before(c);
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
        return bindImports(node, { module: this.module, guarded: this.guarded > 0, src: (n) => this.src(n), span: (n) => this.span(n), bind: (name, b) => this.bind(name, b) });
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
        return forStatement(node, this.flow);
      case "WithStatement":
        return withStatement(node, this.flow);
      case "TryStatement":
        return tryStatement(node, this.flow);
      case "IfStatement":
        return ifStatement(node, this.flow);
      case "ScopeStatement":
      case "DeleteStatement":
        for (const c of children(node)) {
          if (c.name === "VariableName") {
            noteMutation(this.module, this.src(c));
            this.bind(this.src(c), { kind: "other", span: this.span(c) });
          } else if (c.name === "MemberExpression") this.markMutated(c); // `del cfg["endpoint"]`
          else if (EXPRESSIONS.has(c.name)) this.expr(c);
        }
        return;
      case "Comment":
        return;
      default:
        if (EXPRESSIONS.has(node.name)) this.expr(node);
        else this.statements(node);
    }
  }

  private assign(node: SyntaxNode): void {
    const groups: SyntaxNode[][] = [[]];
    for (const c of children(node)) {
      if (c.name === "AssignOp") groups.push([]);
      else if (c.name === "TypeDef") this.visit(c);
      else if (c.name !== "," && c.name !== "*" && c.name !== "Comment") groups[groups.length - 1]!.push(c);
    }
    if (groups.length === 1) return; // `x: int` annotates, binds nothing
    const typed = children(node).some((c) => c.name === "TypeDef") && groups[0]!.length === 1 && groups[0]![0]!.name === "VariableName";
    if (typed && this.scope.cls) this.scope.cls.annotated.add(this.src(groups[0]![0]!));
    const valueNodes = groups.pop()!;
    if (groups.length === 1 && groups[0]!.length === 1 && valueNodes.length === 1) {
      const store = this.dictStores.take(groups[0]![0]!, valueNodes[0]!, this.scope);
      const key = store && this.expr(store.key);
      if (store && key?.kind === "str") return void store.dict.entries.push({ key, value: this.expr(valueNodes[0]!) });
    }
    const value: PyExpr =
      valueNodes.length === 1
        ? this.expr(valueNodes[0]!)
        : { kind: "list", items: valueNodes.map((n) => this.expr(n)), starred: false, span: this.mk(node.from, node.to) };
    for (const targets of groups) {
      if (targets.length === 1) this.target(targets[0]!, value);
      else for (const t of targets) this.target(t, undefined);
    }
    const only = groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0]! : undefined;
    if (only?.name === "VariableName" && value.kind === "dict" && !value.spread) this.dictStores.open(this.src(only), value, this.scope);
  }

  /** Binds an assignment target; `value` undefined = not a single known value (unpacking). */
  protected target(node: SyntaxNode, value: PyExpr | undefined): void {
    switch (node.name) {
      case "VariableName": {
        const name = this.src(node);
        if (!value) return this.bind(name, { kind: "other", span: this.span(node) });
        const statement = node.parent;
        const topLevel = statement?.name === "AssignStatement" && statement.parent?.name === "Script" && this.scope.kind === "module";
        this.bind(name, this.arm ? { kind: "value", value, span: this.span(node), arm: this.arm }
          : topLevel ? { kind: "value", value, span: this.span(node), topLevelEnd: this.mk(statement.from, statement.to).end }
          : { kind: "value", value, span: this.span(node) });
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
          list.push({ value: value ?? { kind: "unknown", span: this.span(node) }, arm: this.arm });
          fn.cls.instanceAttrs.set(attr, list);
          return;
        }
        const key = !dot && object?.name === "VariableName" && parts[2]?.name === "String" ? literalKey(this.src(parts[2])) : undefined;
        if (key !== undefined) noteMutation(this.module, this.src(object!), key);
        else if (!dot) this.markMutated(object);
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
    if (node.name === "VariableName") noteMutation(this.module, this.src(node));
    else if (node.name === "MemberExpression") {
      const parts = children(node);
      if (parts[0]?.name === "VariableName" && parts[1]?.name === "." && parts[2]) {
        noteMutation(this.module, `${this.src(parts[0])}.${this.src(parts[2])}`);
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
    if (paramList) readParams(paramList, fn, this.paramSite);
    for (const p of parts) if (p.name === "TypeDef") this.visit(p);
    const typeDef = parts.find((c) => c.name === "TypeDef");
    const returns = typeDef && dottedAnnotation(typeDef, this.paramSite);
    if (returns) fn.returnAnnotation = returns;
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
      name: this.src(nameNode), nameSpan: this.span(nameNode), bases: [], decorators: this.decorators(node), methods: new Map(), instanceAttrs: new Map(),
      annotated: new Set(), scope: classScope,
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
}
