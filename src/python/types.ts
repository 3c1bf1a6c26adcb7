// Python reduced to what the code rules read. One walk over each lezer tree
// produces these; nothing downstream sees lezer nodes, so the parser can change
// without touching the rules. Every value keeps the span it came from.
import type { SourceFile } from "../lint/facts/source.js";
import type { Located, Span } from "../lint/types.js";

/** A string literal. `contentSpan` covers the text between the quotes when it reads exactly `value` (fixable in place). */
export interface PyStr {
  kind: "str";
  value: string;
  span: Span;
  contentSpan?: Span;
}

/**
 * A string partly computed at run time: an f-string, `"a" + x`, `"{}".format(x)`.
 * `parts` alternate literal text and `null` holes. `"mlflow==" + v` is a pin whatever `v` is.
 */
export interface PyTemplate {
  kind: "template";
  parts: (string | null)[];
  /**
   * Per hole, in order: the expression whose text fills it exactly (an f-string's plain `{X}`, a `+`
   * operand), for the evaluator to fill when it knows X as a string. Absent once evaluated.
   */
  holes?: (PyExpr | undefined)[];
  span: Span;
}

export interface PyList {
  kind: "list";
  items: PyExpr[];
  /** A `*spread` item: the list's full content is unknown. */
  starred: boolean;
  span: Span;
}

export interface PyDictEntry {
  key: PyExpr;
  value: PyExpr;
}

export interface PyDict {
  kind: "dict";
  entries: PyDictEntry[];
  /** A `**spread` entry. */
  spread: boolean;
  span: Span;
}

export interface PyName {
  kind: "name";
  name: string;
  scope: Scope;
  span: Span;
}

export interface PyAttr {
  kind: "attr";
  object: PyExpr;
  attr: string;
  span: Span;
}

export interface PyKeyword {
  name: string;
  nameSpan: Span;
  value: PyExpr;
}

export interface PyCall {
  kind: "call";
  callee: PyExpr;
  args: PyExpr[];
  keywords: PyKeyword[];
  /** `*args` present: positional arguments are not all known. */
  starArgs: boolean;
  /** `**kwargs` expressions: keyword arguments are not all known. */
  starKwargs: PyExpr[];
  span: Span;
  scope: Scope;
}

/** `object[index]` with one index expression (a slice is a PySlice). */
export interface PySubscript {
  kind: "subscript";
  object: PyExpr;
  index: PyExpr;
  span: Span;
}

/** `object[lower:upper:step]`; an absent bound is undefined. */
export interface PySlice {
  kind: "slice";
  object: PyExpr;
  lower?: PyExpr;
  upper?: PyExpr;
  step?: PyExpr;
  span: Span;
}

/** `left + right` where neither side is a string literal: list or tuple concatenation when both are known sequences. */
export interface PyAdd {
  kind: "add";
  left: PyExpr;
  right: PyExpr;
  span: Span;
}

/** `left or right`: left when it is truthy, else right (the evaluator decides which it can). */
export interface PyOr {
  kind: "or";
  left: PyExpr;
  right: PyExpr;
  span: Span;
}

/** `left / right`: only pathlib's join is read from it (folder-paths.ts); its value is unknown. */
export interface PyDiv {
  kind: "div";
  left: PyExpr;
  right: PyExpr;
  span: Span;
}

/** `*items` inside a list, tuple or set display. */
export interface PyStarred {
  kind: "starred";
  value: PyExpr;
  span: Span;
}

/** A literal number, boolean or None. */
export interface PyConst {
  kind: "const";
  text: string;
  span: Span;
}

/**
 * One of several values, each on some path: `a if c else b`, or a name bound in each arm of one `if`
 * (evaluate/ builds these too, for a model config that the logged config may replace). A rule may report
 * an option that really reaches a call; a check that needs the value on every path stays silent.
 */
export interface PyAlts {
  kind: "alts";
  options: PyExpr[];
  span: Span;
}

/** Anything whose value only exists at run time (or that no rule reads). */
export interface PyUnknown {
  kind: "unknown";
  span: Span;
}

export type PyExpr = PyStr | PyTemplate | PyList | PyDict | PyName | PyAttr | PyCall | PyConst | PyUnknown | PySubscript | PySlice | PyAdd | PyOr | PyDiv | PyStarred | PyAlts;

/** One `if` statement (file offsets of the whole statement): the arms of a name bound once in each. */
export interface Branch {
  start: number;
  end: number;
}

/** Where a binding is made directly in arm `index` (if / elif / else body) of one `if`. */
export interface Arm {
  branch: Branch;
  index: number;
}

export interface InstanceStore {
  value: PyExpr;
  arm?: Arm;
}

export type Binding =
  /** `arm`: bound directly in arm `index` (if / elif / else body) of that `if`. */
  /** `topLevelEnd`: made by an assignment statement of the module's own top level, which ends there. */
  | { kind: "value"; value: PyExpr; span: Span; arm?: Arm; topLevelEnd?: number }
  /** `import a.b as c` → module "a.b"; `from a import b` → module "a", name "b"; `level` counts leading dots. */
  | { kind: "import"; module: string; name?: string; level: number; span: Span }
  | { kind: "def"; fn: PyFunction }
  | { kind: "class"; cls: PyClass }
  /**
   * Parameters, loop targets, `with ... as`, tuple unpacking, `global`: unknown values.
   * `enters`: for `with X as n`, the X whose `__enter__()` n holds (a client that returns itself is known by its users).
   * `iterates`: for `for n in X`, X, and the loop's body, inside which n is one of X's items.
   * `annotation`: a parameter's type hint (`w: WorkspaceClient`).
   */
  | { kind: "other"; span: Span; enters?: PyExpr; iterates?: { items: PyExpr; loop: Branch }; annotation?: PyExpr };

export interface Scope {
  kind: "module" | "class" | "function";
  parent?: Scope;
  bindings: Map<string, Binding[]>;
  /** `name.append(x)` items by name (a local list built up in place). */
  appends: Map<string, PyExpr[]>;
  cls?: PyClass;
  fn?: PyFunction;
  module: PyModule;
}

export interface PyFunction {
  name: string;
  nameSpan: Span;
  params: string[];
  /** Parameters a positional argument can fill, in order (before `*` / `*args`). */
  positional: string[];
  /** Default values by parameter. */
  defaults: Map<string, PyExpr>;
  /** `*args` or `**kwargs`: some arguments land where we do not follow them. */
  variadic: boolean;
  /** Under a decorator, or containing `yield`: calling it does not simply return `returns`. */
  opaque: boolean;
  returns: PyExpr[];
  /** A `return` is a statement of the body itself (not under an `if` or a loop): the call always ends there or raises. */
  returnsAtTop: boolean;
  scope: Scope;
  /** The class whose body defines it directly (a method). */
  cls?: PyClass;
  /** Its return type hint, when a dotted name (`-> WorkspaceClient`). */
  returnAnnotation?: PyExpr;
}

export interface PyClass {
  name: string;
  nameSpan: Span;
  bases: PyExpr[];
  /** Decorators as dotted names (`dataclass`, `dataclasses.dataclass`), their arguments left out. */
  decorators: PyExpr[];
  methods: Map<string, PyFunction>;
  /** `self.x = value` in any method, by attribute; `arm` when made directly in an arm of an `if` of that method. */
  instanceAttrs: Map<string, InstanceStore[]>;
  /** Class-level names assigned with an annotation (`endpoint: str = "x"`): a dataclass's or pydantic model's fields. */
  annotated: Set<string>;
  scope: Scope;
}

export interface PyImport {
  /** Absolute or relative (`level` > 0) module path, as written. */
  module: string;
  level: number;
  span: Span;
  /** Inside `try:` or an arm of an `if` (`TYPE_CHECKING`, a setting): may be optional at run time. */
  guarded: boolean;
}

/** How a module came to be analysed. */
export type ModuleOrigin = "file" | "notebook" | "writefile";

/** `f"{host}/serving-endpoints/{X}/invocations"`: the hole's expression X and the f-string it sits in. */
export interface PyUrlHole {
  name: PyExpr;
  url: Span;
  /** The REST path (`/api/2.0/serving-endpoints/{X}`), where `pt` is a route, not a name. */
  api: boolean;
}

export interface PyModule {
  /** The file findings point into (a notebook for its cells and %%writefile modules). */
  source: SourceFile;
  /** The module's own path: the file, or where a %%writefile cell writes it. */
  absPath: string;
  origin: ModuleOrigin;
  /** A %%writefile module: where its cell starts in the notebook (a later cell writing the path replaces it). */
  writtenAt?: number;
  /** A %%writefile module: where its cell's text ends in the notebook. */
  writtenEnd?: number;
  /** A notebook's `%run` targets as absolute paths (no extension added): names they bind are its globals. */
  runs?: string[];
  scope: Scope;
  imports: PyImport[];
  /** `from m import Name as alias`, in any scope: alias → Name, so a cheap callee filter sees the class an alias calls. */
  importAliases: Map<string, string>;
  calls: PyCall[];
  classes: PyClass[];
  functions: PyFunction[];
  /** Names rebound or mutated in a way we do not follow (`+=`, `x[k] =`, `global`, `del`, `.extend`). */
  mutated: Set<string>;
  /**
   * Of the mutated names, the literal keys stored into each (`kwargs["auth_policy"] = ...`, under an `if` too),
   * or "any" once it is mutated otherwise: a dict's other entries still hold their literal values.
   */
  keyStores: Map<string, Set<string> | "any">;
  /** Attributes assigned on something other than a method's `self` (`agent.endpoint = …`, `Cls.X = …`, `setattr`); `*` for a computed setattr name. */
  attrStores: Set<string>;
  /** Endpoint names written inside `/serving-endpoints/` URL literals (bind/endpoint-urls.ts), at the name itself. */
  endpointUrls: Located<string>[];
  /** f-string holes that are a whole `/serving-endpoints/{X}` name segment: what they read, for the evaluator. */
  endpointUrlHoles: PyUrlHole[];
  /** Parse-error nodes: the module is partly unknown but still analysed. */
  syntaxErrors: number;
}
