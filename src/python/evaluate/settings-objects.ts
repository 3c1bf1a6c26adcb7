// Settings objects: `settings = Settings()` … `settings.llm_endpoint` (and `self.llm_endpoint`
// in its methods, at each construction: call-sites.ts), where Settings is a `@dataclass`, a
// pydantic `BaseModel` or a pydantic-settings `BaseSettings` defined in an analysed module. What is certain:
//   - a keyword the constructor call passes is the field's value (for BaseSettings
//     too: init arguments outrank the environment);
//   - otherwise the field's default written in the class body; for BaseSettings only
//     a possibility (the environment or a .env file may set the field), so an alts.
// Not followed (unknown): positional arguments (the field order is not tracked),
// `*args`/`**kwargs`, a class with its own `__init__`/`__post_init__` or any
// decorated method (a pydantic validator may rewrite the value), a base other than
// the one settings class, `field(...)`/`Field(...)` defaults, and any attribute some
// module assigns on an object (attrStored) or on `self`.
import type { Project } from "../resolve.js";
import type { PyCall, PyClass, PyExpr } from "../types.js";
import type { Span } from "../../lint/types.js";
import { alts, type Value } from "./values.js";

export type SettingsKind = "dataclass" | "pydantic" | "pydantic-settings";

const DATACLASS = new Set(["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]);
const BASES: Record<string, SettingsKind> = {
  "pydantic.BaseModel": "pydantic",
  "pydantic.main.BaseModel": "pydantic",
  "pydantic_settings.BaseSettings": "pydantic-settings",
  // pydantic v1 kept BaseSettings in pydantic itself.
  "pydantic.BaseSettings": "pydantic-settings",
};

type Qualify = (expr: PyExpr) => { path: string; origin: string } | undefined;

/** What kind of settings class `cls` is, when its behaviour on construction is plain enough to follow. */
export function settingsKind(cls: PyClass, qualify: Qualify): SettingsKind | undefined {
  const imported = (e: PyExpr) => {
    const q = qualify(e);
    return q?.origin === "import" ? q.path : undefined;
  };
  const fromDecorator = cls.decorators.length === 1 && DATACLASS.has(imported(cls.decorators[0]!) ?? "") ? "dataclass" : undefined;
  const base = cls.bases.length === 1 ? BASES[imported(cls.bases[0]!) ?? ""] : undefined;
  if (cls.decorators.length > (fromDecorator ? 1 : 0)) return undefined; // another decorator may replace the class
  const kind = fromDecorator ?? base;
  if (!kind || (fromDecorator && cls.bases.length > 0)) return undefined;
  for (const [name, fn] of cls.methods) if (fn.opaque || name === "__init__" || name === "__post_init__") return undefined;
  return kind;
}

/** The field's value on an instance made by `call`: the keyword passed, else the class default; undefined when not certain. */
export function fieldSource(cls: PyClass, kind: SettingsKind, call: PyCall, attr: string): { expr: PyExpr; possibleOnly: boolean } | undefined {
  if (call.args.length > 0 || call.starArgs || call.starKwargs.length > 0 || cls.instanceAttrs.has(attr)) return undefined;
  const passed = call.keywords.find((k) => k.name === attr);
  if (passed) return { expr: passed.value, possibleOnly: false };
  const own = cls.scope.bindings.get(attr);
  if (own?.length !== 1 || own[0]!.kind !== "value") return undefined;
  return { expr: own[0]!.value, possibleOnly: kind === "pydantic-settings" };
}

/**
 * The field `attr` of the instance `call` makes, evaluated (an alts when only a possibility, at `span`); undefined
 * when not certain: `settings.field` of `settings = Settings(...)`, and `self.field` at each construction (call-sites.ts).
 */
export function fieldValue(project: Project, cls: PyClass, call: PyCall, attr: string, span: Span, evaluate: (e: PyExpr) => Value): Value | undefined {
  const kind = settingsKind(cls, (e) => project.qualify(e));
  const source = kind && !project.attrStored(attr) ? fieldSource(cls, kind, call, attr) : undefined;
  if (!source) return undefined;
  const v = evaluate(source.expr);
  return source.possibleOnly ? alts([v], span) : v;
}
