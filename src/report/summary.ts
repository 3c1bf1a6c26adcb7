import type { Finding } from "../lint/types.js";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return c;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
