// The expression half of the walk (bind/walk.ts): a lezer expression node
// becomes a PyExpr as written (literals, names, attributes, subscripts, calls
// with their arguments), and every call is recorded on its module once.
// Nothing here resolves a name or computes a value: evaluate/ does that.
import type { SyntaxNode } from "@lezer/common";
import type { PyCall, PyDictEntry, PyExpr, PyKeyword } from "../types.js";
import { APPEND_KEY, noteMutation } from "./dict-stores.js";
import { formatTemplate, LiteralBuilder } from "./literals.js";
import { children, isPunct } from "./util-nodes.js";

/** Past this nesting depth an expression is unknown: deep input must not exhaust the stack. */
export const MAX_DEPTH = 120;

/** Methods that change a container in place: its literal value no longer tells what it holds. */
const MUTATORS = new Set(["append", "extend", "insert", "update", "setdefault", "pop", "popitem", "remove", "clear", "add", "discard"]);

export const EXPRESSIONS = new Set([
  "BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "TupleExpression",
  "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
  "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression",
  "MemberExpression", "VariableName", "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None",
  "Boolean", "ConditionalExpression", "LambdaExpression", "NamedExpression", "YieldExpression",
]);

export abstract class ExpressionBuilder extends LiteralBuilder {
  protected abstract visit(node: SyntaxNode): void;
  /** Binds an assignment target (a walrus inside an expression). */
  protected abstract target(node: SyntaxNode, value: PyExpr | undefined): void;

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
        return this.slice(node, parts) ?? this.unknown(node);
      }
      case "CallExpression":
        return this.call(node);
      case "BinaryExpression": {
        const parts = children(node);
        if (parts.length === 3 && parts[1]!.name === "ArithOp" && this.src(parts[1]!) === "+") {
          const left = this.expr(parts[0]!);
          const right = this.expr(parts[2]!);
          const text = (e: PyExpr) => e.kind === "str" || e.kind === "template";
          // Only the evaluator can tell list + list from number + number: it decides.
          if (!text(left) && !text(right)) return { kind: "add", left, right, span: this.span(node) };
          return this.concat([left, right], node);
        }
        // `Path(__file__).parent / "agent.py"`: kept for the paths a logging script builds.
        if (parts.length === 3 && parts[1]!.name === "ArithOp" && this.src(parts[1]!) === "/") {
          return { kind: "div", left: this.expr(parts[0]!), right: this.expr(parts[2]!), span: this.span(node) };
        }
        // `endpoint or DEFAULT`: a default for a value left empty (`and` keeps no default: unknown).
        if (parts.length === 3 && parts[1]!.name === "or") {
          return { kind: "or", left: this.expr(parts[0]!), right: this.expr(parts[2]!), span: this.span(node) };
        }
        return this.unknown(node);
      }
      case "UnaryExpression": {
        // `-1`: a negative index or slice bound.
        const parts = children(node);
        if (parts.length === 2 && this.src(parts[0]!) === "-" && parts[1]!.name === "Number") {
          return { kind: "const", text: `-${this.src(parts[1]!)}`, span: this.span(node) };
        }
        return this.unknown(node);
      }
      case "ConditionalExpression": {
        // `a if test else b`: each arm is a possibility; the test's calls still count.
        const parts = children(node).filter((c) => c.name !== "if" && c.name !== "else");
        if (parts.length !== 3) return this.unknown(node);
        const [yes, , no] = parts.map((c) => this.expr(c));
        return { kind: "alts", options: [yes!, no!], span: this.span(node) };
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

  /** `@a.b(...)` above a definition: `a.b` as an attribute chain that resolve.ts can qualify. */
  protected decorators(def: SyntaxNode): PyExpr[] {
    if (def.parent?.name !== "DecoratedStatement") return [];
    const out: PyExpr[] = [];
    for (const d of children(def.parent)) {
      if (d.name !== "Decorator") continue;
      let expr: PyExpr | undefined;
      for (const c of children(d)) {
        if (c.name !== "VariableName") continue;
        expr = expr ? { kind: "attr", object: expr, attr: this.src(c), span: this.span(c) } : { kind: "name", name: this.src(c), scope: this.scope, span: this.span(c) };
      }
      out.push(expr ?? { kind: "unknown", span: this.span(d) });
    }
    return out;
  }

  /** `a[lower:upper:step]` with each bound absent or one expression; a tuple of slices is not one. */
  private slice(node: SyntaxNode, parts: SyntaxNode[]): PyExpr | undefined {
    if (parts.length < 4 || parts[1]!.name !== "[" || parts[parts.length - 1]!.name !== "]") return undefined;
    const bounds: (SyntaxNode | undefined)[] = [undefined];
    for (const c of parts.slice(2, -1)) {
      if (c.name === ":") bounds.push(undefined);
      else if (EXPRESSIONS.has(c.name) && bounds[bounds.length - 1] === undefined) bounds[bounds.length - 1] = c;
      else return undefined;
    }
    if (bounds.length < 2 || bounds.length > 3) return undefined;
    const [lower, upper, step] = bounds.map((b) => (b ? this.expr(b) : undefined));
    return { kind: "slice", object: this.expr(parts[0]!), lower, upper, step, span: this.span(node) };
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
    if (callee.kind === "name" && callee.name === "setattr") {
      const attr = call.args[1];
      this.module.attrStores.add(attr?.kind === "str" ? attr.value : "*");
    }
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
    const appends = method === "append" && object.kind === "name" && call.args.length === 1;
    noteMutation(this.module, key, appends ? APPEND_KEY : undefined);
    if (appends) {
      const list = this.scope.appends.get(key) ?? [];
      list.push(call.args[0]!);
      this.scope.appends.set(key, list);
    }
  }

  protected argList(node: SyntaxNode, callee?: PyExpr, callNode?: SyntaxNode): PyCall {
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
