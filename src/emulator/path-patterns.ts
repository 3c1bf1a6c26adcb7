// Which request paths meet faults. A scenario arrives over HTTP, so the patterns
// are matched segment by segment with no regular expressions: no pattern can make
// matching slower than linear in the path (a regex like ^/api/(a+)+$ froze it).
//   /api/2.0/serving-endpoints        that exact path
//   /serving-endpoints/*/invocations  `*` is any one segment
//   /api/**                           `**` (last segment only) is anything below, or nothing

export type PathPattern = readonly string[];

export function parsePathPattern(text: string): PathPattern | string {
  if (!text.startsWith("/")) return `path pattern "${text}" must start with "/"`;
  const segments = text.split("/").slice(1);
  for (const [i, s] of segments.entries()) {
    if (s === "**" && i !== segments.length - 1) return `path pattern "${text}": "**" may only be the last segment`;
    if (s !== "*" && s !== "**" && s.includes("*")) return `path pattern "${text}": "*" must be a whole segment`;
  }
  return segments;
}

export function matchesPath(pattern: PathPattern, path: string): boolean {
  const segments = path.split("/").slice(1);
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p === "**") return true;
    const s = segments[i];
    if (s === undefined || (p !== "*" && p !== s)) return false;
  }
  return segments.length === pattern.length;
}
