// Small helpers over lezer nodes, shared by the two halves of the walk.
import type { SyntaxNode } from "@lezer/common";

export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function isPunct(node: SyntaxNode): boolean {
  return node.name === "," || node.name === "(" || node.name === ")" || node.name === "[" || node.name === "]" ||
    node.name === "{" || node.name === "}" || node.name === ":" || node.name === "Comment";
}
