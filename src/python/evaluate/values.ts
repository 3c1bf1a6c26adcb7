// The abstract domain of the evaluator: what one Python expression is known to
// hold. A value is one of
//   str / template   a known string, or a string with run-time holes;
//   const            a known number, bool or None (its text);
//   list / dict      a known sequence (list, tuple, set) or mapping, whose items
//                    are values again, each with the span of its own literal;
//   call             an object some call made (a client, a declaration): rules
//                    read its callee and arguments;
//   alts             one of several values, each on some path (branches, a model
//                    config the logged one may replace): an option that is a literal
//                    really reaches the use; no option is certain on every path;
//   unknown          anything else: run-time input, a loop, a container
//                    mutated in place, a budget spent. A rule needing it is silent.
// A list or dict with `starred`/`spread` set is only partly known.
import type { PyAlts, PyCall, PyConst, PyDict, PyExpr, PyList, PyStr, PyTemplate, PyUnknown } from "../types.js";
import type { Span } from "../../lint/types.js";

export type Value = PyStr | PyTemplate | PyConst | PyList | PyDict | PyCall | PyAlts | PyUnknown;

/** Past this many options a value is unknown. */
export const MAX_OPTIONS = 16;

/** The possibilities of an evaluated value: an alts' options (evaluated when it was built), else the value itself. */
export function options(v: Value): Value[] {
  return v.kind === "alts" ? (v.options as Value[]) : [v];
}

/** Evaluated options as one value, nested alts flattened; an alts stays one even with a single option. */
export function alts(values: readonly Value[], span: Span): Value {
  const flat = values.flatMap(options);
  return flat.length > MAX_OPTIONS ? unknown(span) : { kind: "alts", options: flat, span };
}

/** `f` applied to each possibility of `v`: an alts gives an alts. */
export function each(v: Value, f: (v: Value) => Value): Value {
  return v.kind === "alts" ? alts(options(v).map(f), v.span) : f(v);
}

export function unknown(span: Span): PyUnknown {
  return { kind: "unknown", span };
}

/** Python's truth of a known value: false for None, False, zero, "" and an empty literal; undefined when not known. */
export function truthiness(v: Value): boolean | undefined {
  switch (v.kind) {
    case "str":
      return v.value !== "";
    case "const":
      return v.text === "None" || v.text === "False" ? false : v.text === "True" ? true : /^-?[\d_.]+$/.test(v.text) ? !/^-?[0_.]+$/.test(v.text) : undefined;
    case "list":
      return v.items.length > 0 ? true : v.starred ? undefined : false;
    case "dict":
      return v.entries.length > 0 ? true : v.spread ? undefined : false;
    default:
      return undefined;
  }
}

/** A known list, every item a value. */
export function knownItems(v: Value): PyExpr[] | undefined {
  return v.kind === "list" && !v.starred ? v.items : undefined;
}

/**
 * `items[lower:upper:step]` with Python's bounds (negative from the end, clamped; null = absent);
 * undefined when a bound is not a known number or the step is not positive.
 */
export function sliceItems(items: readonly PyExpr[], lower: number | null | undefined, upper: number | null | undefined, step: number | null | undefined): PyExpr[] | undefined {
  if (lower === undefined || upper === undefined || step === undefined || (step !== null && step <= 0)) return undefined;
  const at = (b: number | null, fallback: number) => (b === null ? fallback : Math.min(Math.max(b < 0 ? items.length + b : b, 0), items.length));
  const picked: PyExpr[] = [];
  for (let i = at(lower, 0); i < at(upper, items.length); i += step ?? 1) picked.push(items[i]!);
  return picked;
}

/** The entry of a known dict under a string key; undefined when the dict cannot say. */
export function dictEntry(v: PyDict, key: string, keyValue: (e: PyExpr) => Value): PyExpr | undefined | "missing" {
  if (v.spread) return undefined;
  let hit: PyExpr | undefined;
  for (const e of v.entries) {
    const k = keyValue(e.key);
    if (k.kind !== "str") return undefined; // a computed key could be this one
    if (k.value === key) hit = e.value; // the last one wins, as in Python
  }
  return hit ?? "missing";
}

/** Text parts as a value: adjacent literals joined; a str when no hole is left. */
function textValue(parts: readonly (string | null)[], span: Span): PyStr | PyTemplate {
  const joined: (string | null)[] = [];
  for (const p of parts) {
    const last = joined.length - 1;
    if (p !== null && typeof joined[last] === "string") joined[last] += p;
    else joined.push(p);
  }
  return joined.includes(null) ? { kind: "template", parts: joined, span } : { kind: "str", value: joined.join(""), span };
}

/**
 * A template with each hole the evaluator knows as one string filled in (str(x) of a str is x itself):
 * a str when none is left. Numbers and other values stay holes (their text is Python's repr rules).
 */
export function fillTemplate(t: PyTemplate, holeValue: (e: PyExpr) => Value): PyStr | PyTemplate {
  let hole = 0;
  const parts = t.parts.flatMap((part) => {
    if (part !== null) return [part];
    const expr = t.holes?.[hole++];
    const v = expr && holeValue(expr);
    return v?.kind === "str" ? [v.value] : v?.kind === "template" ? v.parts : [null];
  });
  return textValue(parts, t.span);
}

/** `a + b` of two known texts (strings or templates); undefined when either is anything else. */
export function joinTexts(left: Value, right: Value, span: Span): PyStr | PyTemplate | undefined {
  const text = (v: Value) => (v.kind === "str" ? [v.value] : v.kind === "template" ? v.parts : undefined);
  const l = text(left);
  const r = text(right);
  return l && r ? textValue([...l, ...r], span) : undefined;
}
