// Checks untrusted JSON or YAML data (an event payload, a GitHub response, a
// serving.yaml read for deploy) into a type at the edge. zod did this, but it is
// 330 KiB that every action run compiled and initialised before linting: these
// few readers cover the shapes the action's lint path reads. A reader returns the
// checked value or throws ShapeError naming the first bad field; objects are loose
// (unknown keys pass through, as payloads carry hundreds we do not read).

export type Shape<T> = (value: unknown, path: readonly (string | number)[]) => T;
export type Infer<S> = S extends Shape<infer T> ? T : never;

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "(root)"}: ${problem}`);
  }
}

/** The checked value, or where and why it is not of the shape. */
export function checkShape<T>(shape: Shape<T>, value: unknown): { ok: true; value: T } | { ok: false; path: string; problem: string } {
  try {
    return { ok: true, value: shape(value, []) };
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    return { ok: false, path: err.path || "(root)", problem: err.problem };
  }
}

function kind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

function fail(path: readonly (string | number)[], expected: string, v: unknown): never {
  throw new ShapeError(path.join("."), `expected ${expected}, found ${kind(v)}`);
}

export const string: Shape<string> = (v, p) => (typeof v === "string" ? v : fail(p, "a string", v));
export const nonEmptyString: Shape<string> = (v, p) => (typeof v === "string" && v !== "" ? v : fail(p, "a non-empty string", v));
export const boolean: Shape<boolean> = (v, p) => (typeof v === "boolean" ? v : fail(p, "a boolean", v));
/** A finite number: YAML's .inf and .nan are not amounts. */
export const number: Shape<number> = (v, p) => (typeof v === "number" && Number.isFinite(v) ? v : fail(p, "a number", v));
export const integer: Shape<number> = (v, p) => (Number.isSafeInteger(v) ? (v as number) : fail(p, "an integer", v));
export const unknown: Shape<unknown> = (v) => v;
/** A YAML scalar that the REST API takes as text (`entity_version: 7`). */
export const scalarText: Shape<string> = (v, p) =>
  typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? String(v) : fail(p, "a string, number or boolean", v);

export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (v, p) => (v === undefined ? undefined : shape(v, p));
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (v, p) => (v === null ? null : shape(v, p));
}

/** The first shape that accepts the value; the error of the last one otherwise. */
export function either<A, B>(a: Shape<A>, b: Shape<B>): Shape<A | B> {
  return (v, p) => {
    try {
      return a(v, p);
    } catch (err) {
      if (!(err instanceof ShapeError)) throw err;
      return b(v, p);
    }
  };
}

export function oneOf<const T extends string>(values: readonly T[]): Shape<T> {
  return (v, p) => (values.includes(v as T) ? (v as T) : fail(p, `one of ${values.map((x) => JSON.stringify(x)).join(", ")}`, v));
}

export function array<T>(item: Shape<T>): Shape<T[]> {
  return (v, p) => (Array.isArray(v) ? v.map((x, i) => item(x, [...p, i])) : fail(p, "an array", v));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function record<T>(value: Shape<T>): Shape<Record<string, T>> {
  return (v, p) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, [...p, k])])) : fail(p, "an object", v));
}

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends Infer<F[K]> ? K : never }[keyof F];
export type ObjectOf<F extends Fields> = { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> } & {
  [key: string]: unknown;
};

/** An object with at least these fields; other keys are kept as they are. */
export function looseObject<F extends Fields>(fields: F): Shape<ObjectOf<F>> {
  return (v, p) => {
    if (!isRecord(v)) return fail(p, "an object", v);
    const out: Record<string, unknown> = { ...v };
    for (const [key, shape] of Object.entries(fields)) {
      const checked = shape(v[key], [...p, key]);
      if (checked !== undefined || key in v) out[key] = checked;
    }
    return out as ObjectOf<F>;
  };
}
