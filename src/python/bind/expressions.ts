// The expression half of the walk (bind/walk.ts): a lezer expression node
// becomes a PyExpr as written (literals, names, attributes, subscripts, calls
// with their arguments), and every call is recorded on its module once.
// Nothing here resolves a name or computes a value: evaluate/ does that.
import type { SyntaxNode } from "@lezer/common";
import type { SpanMaker } from "../offset-map.js";
import { decodeEscapes, parseStringLiteral } from "../string-literal.js";
import { urlNames } from "./endpoint-urls.js";
import type { PyCall, PyDictEntry, PyExpr, PyKeyword, PyModule, PyStr, PyTemplate, Scope } from "../types.js";

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

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function isPunct(node: SyntaxNode): boolean {
  return node.name === "," || node.name === "(" || node.name === ")" || node.name === "[" || node.name === "]" ||
    node.name === "{" || node.name === "}" || node.name === ":" || node.name === "Comment";
}

export abstract class ExpressionBuilder {
  protected scope: Scope;
  protected depth = 0;

  constructor(
    protected readonly module: PyModule,
    protected readonly text: string,
    protected readonly mk: SpanMaker,
    protected readonly fileText: string,
  ) {
    this.scope = module.scope;
  }

  /** Visits every child of a container node (the statement half). */
  abstract statements(node: SyntaxNode): void;
  protected abstract visit(node: SyntaxNode): void;
  /** Binds an assignment target (a walrus inside an expression). */
  protected abstract target(node: SyntaxNode, value: PyExpr | undefined): void;

  protected src(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  protected span(node: SyntaxNode) {
    return this.mk(node.from, node.to);
  }

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

  private string(node: SyntaxNode): PyExpr {
    const text = this.src(node);
    const lit = parseStringLiteral(text);
    if (lit.value === undefined) return { kind: "unknown", span: this.span(node) };
    const str: PyStr = { kind: "str", value: lit.value, span: this.span(node) };
    if (lit.verbatim) {
      const content = this.mk(node.from + lit.contentStart, node.from + lit.contentEnd);
      // In an .ipynb the content sits inside a JSON string: only where the file shows it as-is can it be edited.
      if (this.fileText.slice(content.start, content.end) === lit.value) str.contentSpan = content;
      this.noteUrls(node, [lit.value], [node.from + lit.contentStart]);
    }
    return str;
  }

  /**
   * Endpoint names inside URL literals, at the name's own characters. `starts`: where each literal
   * part begins in the module text, when it reads there as-is. A bare string statement (a docstring) runs nothing.
   */
  private noteUrls(node: SyntaxNode, parts: readonly (string | null)[], starts: readonly (number | undefined)[]): void {
    if (node.parent?.name === "ExpressionStatement" || !parts.some((p) => p?.includes("/serving-endpoints/"))) return;
    for (const n of urlNames(parts)) {
      const from = starts[n.part];
      if (from === undefined) continue;
      const span = this.mk(from + n.offset, from + n.offset + n.value.length);
      if (this.fileText.slice(span.start, span.end) === n.value) this.module.endpointUrls.push({ value: n.value, span });
    }
  }

  private formatString(node: SyntaxNode): PyExpr {
    const text = this.src(node);
    const lit = parseStringLiteral(text);
    const raw = /^[a-zA-Z]*/.exec(text)![0].toLowerCase().includes("r");
    const parts: (string | null)[] = [];
    const starts: (number | undefined)[] = [];
    let pos = node.from + lit.contentStart;
    const end = node.from + lit.contentEnd;
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const written = this.text.slice(from, to);
      const piece = written.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
      const text = raw ? piece : decodeEscapes(piece);
      parts.push(text);
      starts.push(text === written ? from : undefined);
    };
    for (const c of children(node)) {
      if (c.name !== "FormatReplacement") continue;
      literal(pos, c.from);
      parts.push(null);
      starts.push(undefined);
      this.statements(c);
      pos = c.to;
    }
    literal(pos, end);
    this.noteUrls(node, parts, starts);
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
    this.module.mutated.add(key);
    if (method === "append" && object.kind === "name" && call.args.length === 1) {
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
