// `cfg = {...}` then `cfg["endpoint"] = "..."` straight after: the stores are part of
// the literal (the last one wins, as in Python). Only statements of the same block
// that follow the literal with nothing else between count; a store whose value
// reads the dict itself is not followed (it would see the entries stored after it).
// Any other store marks the name mutated (noteMutation), keeping which literal keys
// were stored into it, so a dict's other entries are still known.
import type { SyntaxNode } from "@lezer/common";
import type { PyDict, PyModule, Scope } from "../types.js";
import { children } from "./util-nodes.js";

export class DictStores {
  private current: { name: string; dict: PyDict; scope: Scope } | undefined;

  constructor(private readonly src: (node: SyntaxNode) => string) {}

  /** A dict literal just bound to a name. */
  open(name: string, dict: PyDict, scope: Scope): void {
    this.current = { name, dict, scope };
  }

  /** Before each statement of a block: anything but a store into the open dict (or a comment) closes it. */
  before(stmt: SyntaxNode): void {
    if (stmt.name !== "Comment" && !(this.current && this.storeInto(stmt, this.current.name))) this.current = undefined;
  }

  /** The open dict and the key node when `target = value` stores into it. */
  take(target: SyntaxNode, value: SyntaxNode, scope: Scope): { dict: PyDict; key: SyntaxNode } | undefined {
    const open = this.current;
    if (!open || open.scope !== scope || !target.parent || !this.storeInto(target.parent, open.name)) return undefined;
    if (new RegExp(`\\b${open.name}\\b`).test(this.src(value))) return undefined;
    return { dict: open.dict, key: children(target)[2]! };
  }

  /** `name["key"] = …` */
  private storeInto(stmt: SyntaxNode, name: string): boolean {
    if (stmt.name !== "AssignStatement") return false;
    const target = stmt.firstChild;
    const parts = target?.name === "MemberExpression" ? children(target) : [];
    return parts.length === 4 && parts[0]!.name === "VariableName" && this.src(parts[0]!) === name && parts[1]!.name === "[" && parts[2]!.name === "String";
  }
}

/** The key store an `name.append(item)` counts as: a list grown only by appends still holds its literal items. */
export const APPEND_KEY = "[].append";

/** `name` is mutated: by a store under the literal `key` (`name["k"] = v`, APPEND_KEY), or otherwise (no key). */
export function noteMutation(module: PyModule, name: string, key?: string): void {
  module.mutated.add(name);
  const keys = module.keyStores.get(name);
  if (key === undefined) module.keyStores.set(name, "any");
  else if (keys === undefined) module.keyStores.set(name, new Set([key]));
  else if (keys !== "any") keys.add(key);
}

/** A subscript key written as a plain quoted literal (`"auth_policy"`), its text; undefined for anything else. */
export function literalKey(text: string): string | undefined {
  return /^(["'])([\w.-]*)\1$/.exec(text)?.[2];
}
