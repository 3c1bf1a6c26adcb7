// A YAML tree reduced to what rules need: values with their spans. Rules never
// see the `yaml` package's nodes, so the parser can change without touching them.
import type { Located, Span } from "../types.js";

export type Scalar = string | number | boolean | null;

export interface LScalar {
  kind: "scalar";
  value: Scalar;
  span: Span;
  /**
   * Python only: written as a member of an SDK enum (`ServingModelWorkloadType.GPU_SMALL`), not a plain
   * string; `value` is the member's value, null when the enum has no such member (an AttributeError).
   */
  enumMember?: { enum: string; member: string };
  /** Python only: `span` is code computing the value, not its text (Located.computed). */
  computed?: true;
}
export interface LSeq {
  kind: "seq";
  items: LNode[];
  span: Span;
  /** Python only: a `*spread` adds items we do not know. */
  partial?: boolean;
}
export interface LEntry {
  key: Located<string>;
  value: LNode;
}
export interface LMap {
  kind: "map";
  entries: LEntry[];
  span: Span;
  /**
   * Python only: a `**spread`, a computed key or `**kwargs` may add keys we do not know, so a
   * check that needs every key (a required key, a default name) must stay silent.
   */
  partial?: boolean;
  /** Python only: built by this databricks.sdk.service.serving dataclass (`ServedEntityInput(...)`). */
  sdkClass?: string;
}
/**
 * YAML: an alias that was not expanded (too many expansions) or an unsupported node.
 * Python: a value only known at run time; `what` says what it was where a rule's message needs it.
 */
export interface LUnknown {
  kind: "unknown";
  span: Span;
  what?: UnknownWhat;
  /** A template's literal parts, `null` for each run-time hole (`f"{{{{secrets/{scope}/key}}}}"`). */
  parts?: (string | null)[];
  /** An environment read's variable, when its name is known (`os.environ["DATABRICKS_TOKEN"]`). */
  variable?: string;
}
/** A secret-scope read (`dbutils.secrets.get`), an environment read, an f-string or string built at run time, a name or call whose value is unknown. */
export type UnknownWhat = "secret-read" | "env-read" | "template" | "name" | "call" | "value";
export type LNode = LScalar | LSeq | LMap | LUnknown;

export function isMap(n: LNode | undefined): n is LMap {
  return n?.kind === "map";
}
export function isSeq(n: LNode | undefined): n is LSeq {
  return n?.kind === "seq";
}

/** Keys or items may be missing from what we see (Python spreads, computed keys): completeness checks stay silent. */
export function isPartial(n: LNode | undefined): boolean {
  return (n?.kind === "map" || n?.kind === "seq") && n.partial === true;
}

/** Key → first entry, built on the first lookup of a large map, so lookups stay O(1) on 100k-key maps. */
const keyIndex = new WeakMap<LMap, Map<string, LEntry>>();

export function entry(map: LNode | undefined, key: string): LEntry | undefined {
  if (!isMap(map)) return undefined;
  if (map.entries.length < 16) return map.entries.find((e) => e.key.value === key);
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const e of map.entries) if (!index.has(e.key.value)) index.set(e.key.value, e);
    keyIndex.set(map, index);
  }
  return index.get(key);
}

export function get(map: LNode | undefined, key: string): LNode | undefined {
  return entry(map, key)?.value;
}

export function getMap(map: LNode | undefined, key: string): LMap | undefined {
  const v = get(map, key);
  return isMap(v) ? v : undefined;
}

export function getSeq(map: LNode | undefined, key: string): LSeq | undefined {
  const v = get(map, key);
  return isSeq(v) ? v : undefined;
}

/** Items of a sequence that are maps; anything else is the schema rule's business. */
export function mapItems(seq: LSeq | undefined): LMap[] {
  return seq ? seq.items.filter(isMap) : [];
}

/** A scalar rendered as a string (numbers too: `entity_version: 7`). */
export function str(n: LNode | undefined): Located<string> | undefined {
  if (n?.kind !== "scalar" || n.value === null || typeof n.value === "boolean") return undefined;
  return n.computed ? { value: String(n.value), span: n.span, computed: true } : { value: String(n.value), span: n.span };
}

export function num(n: LNode | undefined): Located<number> | undefined {
  return n?.kind === "scalar" && typeof n.value === "number" ? { value: n.value, span: n.span } : undefined;
}

export function bool(n: LNode | undefined): boolean | undefined {
  return n?.kind === "scalar" && typeof n.value === "boolean" ? n.value : undefined;
}

/**
 * Databricks Asset Bundle interpolation (`${var.x}`, `${bundle.target}`). A value
 * that contains one is not known until deploy time, so rules must not judge it.
 */
export function hasVariable(n: LNode | undefined): boolean {
  if (!n) return false;
  switch (n.kind) {
    case "scalar":
      return typeof n.value === "string" && n.value.includes("${");
    case "seq":
      return n.items.some(hasVariable);
    case "map":
      return n.entries.some((e) => hasVariable(e.value));
    case "unknown":
      return true;
  }
}

const VARIABLE_REF = /\$\{[^{}]*\}/g;

/** A string with a bundle `${...}` reference in it. */
export function containsVariable(value: string): boolean {
  return value.includes("${");
}

/**
 * The string with each `${...}` reference replaced by `mark`: what is literal
 * stays, so a check can judge the literal parts (a space in a name, a fourth dot)
 * and stay silent on the rest.
 */
export function maskVariables(value: string, mark = ""): string {
  return value.replace(VARIABLE_REF, mark);
}

/** The plain JSON value (for JSON Schema validation). */
/**
 * The tree as plain data (merge keys already applied by the loader; a repeated key: the last wins, as in
 * YAML loaders). `onUnknown` says what a node the loader could not read becomes (default null).
 */
export function toPlain(n: LNode, onUnknown: (n: LUnknown) => unknown = () => null): unknown {
  switch (n.kind) {
    case "scalar":
      return n.value;
    case "seq":
      return n.items.map((i) => toPlain(i, onUnknown));
    case "map":
      // fromEntries: a `__proto__` key is an own key, as JSON.parse makes it, not the object's prototype.
      return Object.fromEntries(n.entries.map((e) => [e.key.value, toPlain(e.value, onUnknown)]));
    case "unknown":
      return onUnknown(n);
  }
}

/** Follows a JSON pointer's segments (`served_entities`, `0`, ...) through the tree. */
export function atPath(root: LNode, segments: readonly string[]): { node: LNode; key?: Located<string> } | undefined {
  let node: LNode = root;
  let key: Located<string> | undefined;
  for (const seg of segments) {
    if (node.kind === "map") {
      const e = entry(node, seg);
      if (!e) return undefined;
      node = e.value;
      key = e.key;
    } else if (node.kind === "seq") {
      const item = node.items[Number(seg)];
      if (!item) return undefined;
      node = item;
      key = undefined;
    } else return undefined;
  }
  return key ? { node, key } : { node };
}
