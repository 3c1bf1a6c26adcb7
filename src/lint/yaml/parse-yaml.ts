// YAML text → located tree. Never throws: syntax errors, duplicate keys and
// alias bombs become problems with positions, and whatever parsed is returned.
//
// Linear in the size of the text: the `yaml` package's own duplicate-key check
// (uniqueKeys) scans every earlier key of a map for each key, and Alias.resolve()
// walks the whole document for each alias. Both are done here instead, in one
// document-order walk: a Set of keys per map, and a table of the anchors seen so far.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
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
  // merge: YAML 1.1 merge keys (`<<: *defaults`), which bundles and CI configs use.
  const doc = parseDocument(lines.text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false });
  const problems: ParseProblem[] = [];
  for (const err of doc.errors) {
    const [start, end] = err.pos;
    const messageId = err.code === "MULTIPLE_DOCS" ? "multipleDocuments" : "syntax";
    problems.push({ messageId, message: firstLine(err.message), span: lines.span(file, start, end) });
  }
  const converter = new Converter(file, lines, problems);
  try {
    const root = doc.contents ? converter.convert(doc.contents as Node) : undefined;
    problems.sort((a, b) => a.span.start - b.span.start);
    return { root, problems };
  } catch (e) {
    // Keep the parser's errors, lose only the tree (a stack overflow on absurd nesting, say).
    if (problems.length === 0) problems.push({ messageId: "syntax", message: firstLine((e as Error).message), span: lines.span(file, 0, 0) });
    return { root: undefined, problems };
  }
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

/** `<<` as a merge key: the yaml package resolves a plain `<<` to this symbol when `merge` is on. */
function isMergeKey(key: Node | null): boolean {
  return isScalar(key) && typeof key.value === "symbol" && key.value.description === "<<";
}

class Converter {
  private budget = NODE_BUDGET;
  /** Anchors defined so far, in document order: an alias names the latest one before it. */
  private readonly anchors = new Map<string, Node>();
  /** Converted anchored nodes: an alias shares the tree instead of converting it again. */
  private readonly converted = new Map<Node, LNode>();
  private reportedBomb = false;

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly problems: ParseProblem[],
  ) {}

  private span(node: { range?: [number, number, number] | null }): Span {
    const [start, end] = node.range ?? [0, 0, 0];
    return this.lines.span(this.file, start, end);
  }

  convert(node: Node): LNode {
    if (--this.budget < 0) return this.bomb(node);
    if (isAlias(node)) return this.alias(node.source, node);
    const anchor = node.anchor;
    if (anchor) this.anchors.set(anchor, node);
    const result = this.convertNode(node);
    if (anchor) this.converted.set(node, result);
    return result;
  }

  private convertNode(node: Node): LNode {
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
      const keys = new Set<string>();
      const merged: LEntry[][] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (isMergeKey(keyNode)) {
          if (pair.value) merged.push(this.mergeSources(pair.value as Node));
          continue;
        }
        const keySpan = keyNode ? this.span(keyNode) : this.span(node);
        // A complex key (`? [a, b]`) is named by its source text: stringifying the node can throw.
        const key = isScalar(keyNode) ? String(keyNode.value) : keyNode?.range ? this.lines.text.slice(keyNode.range[0], keyNode.range[1]) : "";
        if (keys.has(key)) this.problems.push({ messageId: "duplicateKey", message: "Map keys must be unique", span: keySpan });
        keys.add(key);
        const value: LNode = pair.value ? this.convert(pair.value as Node) : { kind: "scalar", value: null, span: keySpan };
        entries.push({ key: { value: key, span: keySpan }, value });
      }
      // Explicit keys win over merged ones, and an earlier merge source over a later one (YAML 1.1 merge).
      for (const source of merged) {
        for (const m of source) {
          if (keys.has(m.key.value)) continue;
          keys.add(m.key.value);
          entries.push(m);
        }
      }
      return { kind: "map", entries, span: this.span(node) };
    }
    return { kind: "unknown", span: this.span(node) };
  }

  /** An alias costs as much as the subtree it stands for; the converted tree is shared. */
  private alias(name: string, alias: Node): LNode {
    const target = this.anchors.get(name);
    const tree = target && this.converted.get(target);
    // No anchor before it, or an alias inside its own anchor's node (a cycle): unknown.
    if (!tree) return { kind: "unknown", span: this.span(alias) };
    this.budget -= countNodes(tree) - 1;
    return this.budget < 0 ? this.bomb(alias) : tree;
  }

  /** Entries of `<<: *a` or `<<: [*a, *b]`, earlier sources first; anything but a map adds nothing. */
  private mergeSources(value: Node): LEntry[] {
    const sources = isSeq(value) ? (value.items as Node[]) : [value];
    const out: LEntry[] = [];
    const seen = new Set<string>();
    for (const s of sources) {
      const converted = this.convert(s);
      if (converted.kind !== "map") continue;
      for (const e of converted.entries) {
        if (seen.has(e.key.value)) continue;
        seen.add(e.key.value);
        out.push(e);
      }
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
