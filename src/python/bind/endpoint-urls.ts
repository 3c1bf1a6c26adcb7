// Endpoint names written inside URLs: `f"{host}/serving-endpoints/<name>/invocations"`
// and the REST path `/api/2.0/serving-endpoints/<name>[/...]`. Only a segment that is
// literal from end to end counts (`agent-{env}` is not a name), made of the characters
// an endpoint name has: placeholders such as `<name>` or `{}` name nothing. A segment
// that is exactly one f-string hole (`/serving-endpoints/{NAME}/invocations`) is noted
// by its part index: the evaluator later decides whether NAME is one known name.

/** A literal endpoint name inside a string: its text and its offset in the string's literal part. */
export interface UrlName {
  value: string;
  /** Index of the literal part holding it, and the name's offset inside that part. */
  part: number;
  offset: number;
}

const MARK = "/serving-endpoints/";
const NAME = /^[A-Za-z0-9_-]+/;
/** `/api/2.0/serving-endpoints/pt` creates provisioned-throughput endpoints: a route, not a name. */
const ROUTES = new Set(["pt"]);

/** What may follow the name segment: `/invocations` for a bare invocation URL, anything path-like after the REST prefix. */
function endsSegment(rest: string, api: boolean): boolean {
  return api ? rest === "" || rest[0] === "/" || rest[0] === "?" : /^\/invocations(?:$|[/?])/.test(rest);
}

/** Whether a known string can be the name segment: endpoint-name characters only, and not a REST route. */
export function isUrlName(value: string, api: boolean): boolean {
  const m = NAME.exec(value);
  return m !== null && m[0] === value && !(api && ROUTES.has(value));
}

/** A hole that is the whole name segment: its index in the parts, and whether the URL is the REST path. */
export interface UrlHole {
  part: number;
  api: boolean;
}

/**
 * Holes that fill a name segment on their own: the literal part before ends in `/serving-endpoints/`
 * and the one after (or the string's end, for a REST path) closes the segment. `{a}{b}` or `x-{a}` is no name.
 */
export function urlHoles(parts: readonly (string | null)[]): UrlHole[] {
  const out: UrlHole[] = [];
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    if (part !== null || typeof before !== "string" || !before.endsWith(MARK)) return;
    const api = before.slice(0, -MARK.length).endsWith("/api/2.0");
    const after = i + 1 < parts.length ? parts[i + 1] : "";
    if (typeof after === "string" && endsSegment(after, api)) out.push({ part: i, api });
  });
  return out;
}

/** Names in a string's literal parts (`null`: a run-time hole), in order. */
export function urlNames(parts: readonly (string | null)[]): UrlName[] {
  const out: UrlName[] = [];
  parts.forEach((part, i) => {
    if (part === null) return;
    for (let at = part.indexOf(MARK); at !== -1; at = part.indexOf(MARK, at + 1)) {
      const offset = at + MARK.length;
      const m = NAME.exec(part.slice(offset));
      if (!m) continue;
      const after = offset + m[0].length;
      const rest = part.slice(after);
      // The name runs into a hole: only part of it is literal.
      if (rest === "" && i < parts.length - 1) continue;
      const api = part.slice(0, at).endsWith("/api/2.0");
      // A bare `/serving-endpoints/<x>/...` is the invocation URL only with `/invocations`
      // (the OpenAI-compatible base URL is followed by `/chat/completions`, not a name).
      if (endsSegment(rest, api) && !(api && ROUTES.has(m[0]))) out.push({ value: m[0], part: i, offset });
    }
  });
  return out;
}
