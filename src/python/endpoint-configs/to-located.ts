// Python values → the located tree the endpoint rules read (src/lint/yaml/located.ts),
// so a config built in Python is judged like YAML. A dict becomes a map (string keys;
// a computed key or `**spread` makes it partial), an SDK dataclass call a map of its
// arguments (positional ones by field order), a list a seq, a literal a scalar, and
// anything known only at run time an `unknown` node that says what it was.
import type { Span } from "../../lint/types.js";
import type { LMap, LNode, LSeq, LUnknown, UnknownWhat } from "../../lint/yaml/located.js";
import { ENV_READ_CALLS } from "../evaluate/environment.js";
import { knownItems } from "../evaluate/values.js";
import type { Project } from "../resolve.js";
import type { PyCall, PyConst, PyDict, PyExpr, PyList } from "../types.js";
import { sdkClass, sdkEnumMembers, sdkName, sdkPositional } from "./sdk-data.js";

/** Nesting followed before a value counts as unknown (a config is a few levels deep). */
const MAX_DEPTH = 32;

/** Calls that read a secret scope: their result is the secret's plain text. */
const SECRET_READS = new Set(["dbutils.secrets.get", "dbutils.secrets.getBytes"]);
const NUMBER = /^\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

export function unknownNode(span: Span, what: UnknownWhat): LUnknown {
  return { kind: "unknown", span, what };
}

export class LocatedBuilder {
  constructor(private readonly project: Project) {}

  /** An expression as written: literals where they stand, names followed to their one value, the rest evaluated. */
  node(e: PyExpr, depth = 0): LNode {
    if (depth > MAX_DEPTH) return unknownNode(e.span, "value");
    switch (e.kind) {
      case "dict":
        return this.dict(e, depth);
      case "list":
        return this.list(e, depth);
      case "str":
        return e.contentSpan ? { kind: "scalar", value: e.value, span: e.contentSpan } : { kind: "scalar", value: e.value, span: e.span, computed: true };
      case "const":
        return constant(e);
      case "template":
        return { ...unknownNode(e.span, "template"), parts: e.parts };
      case "attr": {
        const member = this.enumMember(e);
        if (member) return member;
        break;
      }
      case "call": {
        // Before the evaluator, which reads any `x.get(k, d)` as a dict lookup.
        const known = this.knownCall(e, depth);
        if (known) return known;
        break;
      }
      case "subscript":
        // os.environ["X"]
        if (this.project.qualify(e.object)?.path === "os.environ") return this.envRead(e.span, e.index);
        break;
      case "name": {
        // Followed here rather than by the evaluator so an enum member or an environment read keeps its meaning.
        const b = this.project.only(e.name, e.scope);
        if (b?.kind === "value") return this.node(b.value, depth + 1);
        break;
      }
      default:
        break;
    }
    const v = this.project.value(e);
    if (v.kind === "call") return this.call(v, depth);
    // Several possibilities (an if's arms): no one value a config field is certain to hold.
    if (v.kind === "unknown" || v.kind === "alts") return unknownNode(v.span, e.kind === "name" ? "name" : "value");
    return this.node(v, depth + 1);
  }

  private dict(d: PyDict, depth: number): LMap {
    const map: LMap = { kind: "map", entries: [], span: d.span };
    if (d.spread) map.partial = true;
    for (const e of d.entries) {
      const k = this.project.value(e.key);
      if (k.kind !== "str") {
        map.partial = true; // a computed key could be any of them
        continue;
      }
      const key = k.contentSpan ? { value: k.value, span: k.contentSpan } : { value: k.value, span: k.span, computed: true as const };
      map.entries.push({ key, value: this.node(e.value, depth + 1) });
    }
    return map;
  }

  private list(l: PyList, depth: number): LSeq {
    const seq: LSeq = { kind: "seq", items: [], span: l.span };
    if (l.starred) seq.partial = true;
    for (const item of l.items) {
      if (item.kind !== "starred") {
        seq.items.push(this.node(item, depth + 1));
        continue;
      }
      const inner = knownItems(this.project.value(item.value));
      if (inner) seq.items.push(...inner.map((i) => this.node(i, depth + 1)));
      else seq.partial = true;
    }
    return seq;
  }

  private call(c: PyCall, depth: number): LNode {
    return this.knownCall(c, depth) ?? unknownNode(c.span, "call");
  }

  /** A call whose result we can describe: a secret or environment read, an SDK dataclass, `dict(...)`. */
  private knownCall(c: PyCall, depth: number): LNode | undefined {
    const q = this.project.qualify(c.callee);
    if (!q || q.origin === "local") return undefined;
    if (SECRET_READS.has(q.path)) return unknownNode(c.span, "secret-read");
    if (ENV_READ_CALLS.has(q.path)) return this.envRead(c.span, c.args[0]);
    const cls = sdkName(q.path);
    if (q.origin === "import" && cls && sdkClass(cls)) return this.dataclass(c, cls, depth);
    // dict(key=value, ...)
    if (q.origin === "unbound" && q.path === "dict" && c.args.length === 0) return this.argumentsMap(c, [], depth);
    return undefined;
  }

  /** An environment read, with the variable's name when it is a string we can follow. */
  private envRead(span: Span, name: PyExpr | undefined): LUnknown {
    const v = name && this.project.value(name);
    return v?.kind === "str" ? { ...unknownNode(span, "env-read"), variable: v.value } : unknownNode(span, "env-read");
  }

  /** `ServedEntityInput(...)`: a map of its arguments, positional ones named by the dataclass's field order. */
  private dataclass(c: PyCall, cls: string, depth: number): LMap {
    const map = this.argumentsMap(c, sdkPositional(cls), depth);
    map.sdkClass = cls;
    return map;
  }

  /** A call's arguments as a map: positional ones named by `positional`, keywords by themselves; `*args`/`**kwargs` make it partial. */
  argumentsMap(c: PyCall, positional: readonly string[], depth = 0): LMap {
    const map: LMap = { kind: "map", entries: [], span: c.span };
    if (c.starKwargs.length > 0 || c.starArgs) map.partial = true;
    for (const [i, arg] of c.args.entries()) {
      const field = positional[i];
      if (field === undefined) break; // too many: a TypeError, not a config
      map.entries.push({ key: { value: field, span: arg.span }, value: this.node(arg, depth + 1) });
    }
    for (const k of c.keywords) map.entries.push({ key: { value: k.name, span: k.nameSpan }, value: this.node(k.value, depth + 1) });
    return map;
  }

  /** `ServingModelWorkloadType.GPU_SMALL`: the member's value, marked as written through the enum. */
  private enumMember(e: PyExpr & { kind: "attr" }): LNode | undefined {
    const q = this.project.qualify(e);
    const name = q?.origin === "import" ? sdkName(q.path) : undefined;
    const [cls, member] = name?.split(".") ?? [];
    const members = cls && member ? sdkEnumMembers(cls) : undefined;
    if (!members || !cls || !member) return undefined;
    const value = Object.hasOwn(members, member) ? members[member]! : null;
    return { kind: "scalar", value, span: e.span, enumMember: { enum: cls, member } };
  }
}

function constant(c: PyConst): LNode {
  if (c.text === "True" || c.text === "False") return { kind: "scalar", value: c.text === "True", span: c.span };
  if (c.text === "None") return { kind: "scalar", value: null, span: c.span };
  const sign = c.text.startsWith("-") ? -1 : 1;
  const digits = c.text.replace(/^[-+]/, "");
  if (NUMBER.test(digits)) return { kind: "scalar", value: sign * Number(digits.replace(/_/g, "")), span: c.span };
  return unknownNode(c.span, "value"); // hex, complex: no config field takes them
}
