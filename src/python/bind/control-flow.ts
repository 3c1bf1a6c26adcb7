// Compound statements of the walk: `for` and `with` targets and `except ... as`
// names bind unknown values; imports under `try:` or in an arm of an `if` are
// guarded (may be optional); each body of an `if` / `elif` / `else` is an arm,
// so a name bound once in each arm is one of their values (evaluate/evaluate.ts).
import type { SyntaxNode } from "@lezer/common";
import type { Span } from "../../lint/types.js";
import type { Arm, Branch } from "../types.js";
import { children, isPunct } from "./util-nodes.js";

/** What the statement walk lends these statements. */
export interface FlowSite {
  visit(node: SyntaxNode): void;
  /** Binds an assignment target to an unknown value. */
  unknownTarget(node: SyntaxNode): void;
  /** `with context as target`: builds the context expression and binds the target to what it enters. */
  enterTarget(target: SyntaxNode, context: SyntaxNode): void;
  /** `for target in iterable`: builds the iterable expression and binds the target to its items within `body`. */
  loopTarget(target: SyntaxNode, iterable: SyntaxNode, body: SyntaxNode): void;
  /** Runs `f` with imports guarded. */
  guarded(f: () => void): void;
  /** Runs `f` with bindings made in this arm of an `if`. */
  inArm(arm: Arm, f: () => void): void;
  src(node: SyntaxNode): string;
  span(node: SyntaxNode): Span;
}

export function forStatement(node: SyntaxNode, site: FlowSite): void {
  const parts = children(node);
  const at = parts.findIndex((c) => c.name === "in");
  // `for name in X:` (one name, one iterable): the name is one of X's items inside the loop.
  if (at === 2 && parts[1]?.name === "VariableName" && parts[3] && parts[4]?.name === "Body") {
    site.loopTarget(parts[1], parts[3], parts[4]);
    site.visit(parts[4]);
    for (const c of parts.slice(5)) site.visit(c);
    return;
  }
  let inTargets = true;
  for (const c of parts) {
    if (c.name === "for") inTargets = true;
    else if (c.name === "in") inTargets = false;
    else if (inTargets && !isPunct(c) && c.name !== "async" && c.name !== "*") site.unknownTarget(c);
    else site.visit(c);
  }
}

export function withStatement(node: SyntaxNode, site: FlowSite): void {
  const parts = children(node);
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    if (parts[i + 1]?.name === "as" && parts[i + 2]?.name === "VariableName" && !isPunct(c) && c.name !== "with") {
      site.enterTarget(parts[i + 2]!, c);
      i += 2;
    } else if (c.name === "as" && parts[i + 1] && !isPunct(parts[i + 1]!)) {
      // `as x`, or a tuple or list of targets (`as (reader, writer, _)`): bound to what entering gives.
      site.unknownTarget(parts[i + 1]!);
      i++;
    } else site.visit(c);
  }
}

export function tryStatement(node: SyntaxNode, site: FlowSite): void {
  const parts = children(node);
  let inTry = false;
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    if (c.name === "try") inTry = true;
    else if (c.name === "except" || c.name === "else" || c.name === "finally") inTry = false;
    else if ((c.name === "as" || c.name === ",") && parts[i + 1]?.name === "VariableName") {
      site.unknownTarget(parts[i + 1]!);
      i++;
    } else if (c.name === "Body" && inTry) site.guarded(() => site.visit(c));
    else site.visit(c);
  }
}

/** Imports in any arm are guarded: each arm runs only when its test (`TYPE_CHECKING`, a setting, a provider name) says so. */
export function ifStatement(node: SyntaxNode, site: FlowSite): void {
  const parts = children(node);
  const span = site.span(node);
  const branch: Branch = { start: span.start, end: span.end };
  let index = 0;
  for (const c of parts) {
    if (c.name !== "Body") {
      site.visit(c);
      continue;
    }
    const arm = { branch, index };
    site.guarded(() => site.inArm(arm, () => site.visit(c)));
    index++;
  }
}
