// YAML text → located tree. Never throws: syntax errors, duplicate keys and
// alias bombs become problems with positions, and whatever parsed is returned.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import type { LineIndex } from "../line-index.js";
import type { Span } from "../types.js";
import type { LEntry, LNode } from "./located.js";

export interface ParseProblem {
  messageId: "syntax" | "duplicateKey" | "aliasLimit" | "multipleDocuments";
  message: string;
  span: Span;
}

export interface ParsedYaml {
  root: LNode | undefined;
  problems: ParseProblem[];
}

/** Past this many nodes (counting each alias expansion) the rest is left unknown. */
const NODE_BUDGET = 200_000;

export function parseYaml(file: string, lines: LineIndex): ParsedYaml {
  const doc = parseDocument(lines.text, { uniqueKeys: true, merge: true, prettyErrors: false, strict: false });
  const problems: ParseProblem[] = [];
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const messageId = err.code === "DUPLICATE_KEY" ? "duplicateKey" : err.code === "MULTIPLE_DOCS" ? "multipleDocuments" : "syntax";
    problems.push({ messageId, message: firstLine(err.message), span: lines.span(file, start, end) });
  }
  const converter = new Converter(file, lines, doc, problems);
  try {
    const root = doc.contents ? converter.convert(doc.contents as Node) : undefined;
    return { root, problems };
  } catch (e) {
    // The yaml package can throw on inputs it already reported; keep its errors, lose only the tree.
    if (problems.length === 0) problems.push({ messageId: "syntax", message: firstLine((e as Error).message), span: lines.span(file, 0, 0) });
    return { root: undefined, problems };
  }
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

class Converter {
  private budget = NODE_BUDGET;
  private readonly memo = new Map<Node, LNode>();
  private reportedBomb = false;

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly doc: Document,
    private readonly problems: ParseProblem[],
  ) {}

  private span(node: { range?: [number, number, number] | null }): Span {
    const [start, end] = node.range ?? [0, 0, 0];
    return this.lines.span(this.file, start, end);
  }

  convert(node: Node): LNode {
    if (--this.budget < 0) return this.bomb(node);
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return { kind: "unknown", span: this.span(node) };
      return this.expand(target, node);
    }
    if (isScalar(node)) {
      const v = node.value;
      const value = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
      return { kind: "scalar", value, span: this.span(node) };
    }
    if (isSeq(node)) {
      return { kind: "seq", items: node.items.map((i) => this.convert(i as Node)), span: this.span(node) };
    }
    if (isMap(node)) {
      const entries: LEntry[] = [];
      const merged: LEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (isScalar(keyNode) && keyNode.value === "<<" && pair.value) {
          merged.push(...this.mergeSources(pair.value as Node));
          continue;
        }
        const keySpan = keyNode ? this.span(keyNode) : this.span(node);
        // A complex key (`? [a, b]`) is named by its source text: stringifying the node can throw.
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode?.range ? this.lines.text.slice(keyNode.range[0], keyNode.range[1]) : "";
        const value: LNode = pair.value ? this.convert(pair.value as Node) : { kind: "scalar", value: null, span: keySpan };
        entries.push({ key: { value: key, span: keySpan }, value });
      }
      // Explicit keys win over merged ones, as YAML merge keys specify.
      for (const m of merged) if (!entries.some((e) => e.key.value === m.key.value)) entries.push(m);
      return { kind: "map", entries, span: this.span(node) };
    }
    return { kind: "unknown", span: this.span(node) };
  }

  /** An alias costs as much as the subtree it stands for; the converted tree is shared. */
  private expand(target: Node, alias: Node): LNode {
    const cached = this.memo.get(target);
    if (cached) {
      this.budget -= countNodes(cached);
      return this.budget < 0 ? this.bomb(alias) : cached;
    }
    const converted = this.convert(target);
    this.memo.set(target, converted);
    return converted;
  }

  private mergeSources(value: Node): LEntry[] {
    const sources = isSeq(value) ? (value.items as Node[]) : [value];
    const out: LEntry[] = [];
    for (const s of sources) {
      const converted = this.convert(s);
      if (converted.kind === "map") out.push(...converted.entries.filter((e) => !out.some((o) => o.key.value === e.key.value)));
    }
    return out;
  }

  private bomb(node: Node): LNode {
    const span = this.span(node);
    if (!this.reportedBomb) {
      this.reportedBomb = true;
      this.problems.push({
        messageId: "aliasLimit",
        message: `aliases expand to more than ${NODE_BUDGET} nodes; the rest of the file is not checked`,
        span,
      });
    }
    return { kind: "unknown", span };
  }
}

const sizes = new WeakMap<LNode, number>();
function countNodes(n: LNode): number {
  const known = sizes.get(n);
  if (known !== undefined) return known;
  let size = 1;
  if (n.kind === "seq") for (const i of n.items) size += countNodes(i);
  if (n.kind === "map") for (const e of n.entries) size += countNodes(e.value);
  sizes.set(n, size);
  return size;
}
