// The literal half of the walk: string literals, f-strings, `"a" + b` and
// `"{}".format(...)` become a PyStr (known text) or a PyTemplate (text with
// run-time holes), and endpoint names written inside URL literals are noted on
// the module at their own characters (endpoint-urls.ts). The base of
// ExpressionBuilder (expressions.ts), which the statement walk (walk.ts) extends.
import type { SyntaxNode } from "@lezer/common";
import type { SpanMaker } from "../offset-map.js";
import { decodeEscapes, parseStringLiteral } from "../string-literal.js";
import type { PyExpr, PyModule, PyStr, PyTemplate, Scope } from "../types.js";
import { urlHoles, urlNames } from "./endpoint-urls.js";
import { children } from "./util-nodes.js";

export abstract class LiteralBuilder {
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
  /** An expression node as written (the expression half): an f-string hole's content. */
  abstract expr(node: SyntaxNode): PyExpr;

  protected src(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  protected span(node: SyntaxNode) {
    return this.mk(node.from, node.to);
  }

  protected string(node: SyntaxNode): PyExpr {
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

  /** The expression of a `{X}` hole with no conversion, format spec or `=`: its text is str(X) itself. */
  private plainHole(replacement: SyntaxNode): SyntaxNode | undefined {
    const inner = children(replacement);
    const mid = inner[1];
    return inner.length === 3 && inner[0]!.name === "{" && inner[2]!.name === "}" && mid && !mid.type.isError ? mid : undefined;
  }

  /** Holes that are a whole URL name segment, kept with their expression for the evaluator (calls.ts). */
  private noteUrlHoles(node: SyntaxNode, parts: readonly (string | null)[], holes: ReadonlyMap<number, PyExpr>): void {
    if (node.parent?.name === "ExpressionStatement" || holes.size === 0) return;
    for (const h of urlHoles(parts)) {
      const name = holes.get(h.part);
      if (name) this.module.endpointUrlHoles.push({ name, url: this.span(node), api: h.api });
    }
  }

  protected formatString(node: SyntaxNode): PyExpr {
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
    const holes = new Map<number, PyExpr>();
    const fills: (PyExpr | undefined)[] = [];
    for (const c of children(node)) {
      if (c.name !== "FormatReplacement") continue;
      literal(pos, c.from);
      const hole = this.plainHole(c);
      const expr = hole && this.expr(hole);
      if (expr) holes.set(parts.length, expr);
      else this.statements(c);
      fills.push(expr);
      parts.push(null);
      starts.push(undefined);
      pos = c.to;
    }
    literal(pos, end);
    this.noteUrls(node, parts, starts);
    this.noteUrlHoles(node, parts, holes);
    if (!parts.includes(null)) {
      return { kind: "str", value: parts.join(""), span: this.span(node) };
    }
    return { kind: "template", parts, holes: fills, span: this.span(node) };
  }

  /** `a + b` or implicit concatenation: strings and templates join; anything else is unknown. */
  protected concat(items: PyExpr[], node: SyntaxNode): PyExpr {
    const parts: (string | null)[] = [];
    const fills: (PyExpr | undefined)[] = [];
    for (const item of items) {
      if (item.kind === "str") parts.push(item.value);
      else if (item.kind === "template") {
        parts.push(...item.parts);
        fills.push(...(item.holes ?? item.parts.filter((p) => p === null).map(() => undefined)));
      } else if (items.some((i) => i.kind === "str" || i.kind === "template")) {
        // "mlflow==" + mlflow.__version__: a string with a runtime hole (the operand, if the evaluator knows it).
        parts.push(null);
        fills.push(item);
      } else return { kind: "unknown", span: this.span(node) };
    }
    if (fills.length === 0) return { kind: "str", value: parts.join(""), span: this.span(node) };
    return { kind: "template", parts, holes: fills, span: this.span(node) };
  }
}


/** `"mlflow=={}".format(v)`: literal text with holes where the fields are. */
export function formatTemplate(format: string, span: PyTemplate["span"]): PyTemplate {
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
