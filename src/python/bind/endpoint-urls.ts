// Endpoint names written inside URLs: `f"{host}/serving-endpoints/<name>/invocations"`
// and the REST path `/api/2.0/serving-endpoints/<name>[/...]`. Only a segment that is
// literal from end to end counts (`agent-{env}` is not a name), made of the characters
// an endpoint name has: placeholders such as `<name>` or `{}` name nothing.

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
      const ok = api ? (rest === "" || rest[0] === "/" || rest[0] === "?") && !ROUTES.has(m[0]) : /^\/invocations(?:$|[/?])/.test(rest);
      if (ok) out.push({ value: m[0], part: i, offset });
    }
  });
  return out;
}
