// What marks a source module in the built bundle. scripts/build.mjs compacts dist/
// (comments go, and with them ncc's module headers) but keeps names, so a function
// a module declares marks it; esbuild may append a digit to a name that clashes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const declares = (name: string): RegExp => new RegExp(`function ${name}\\d*\\(`);

export const MARKER = {
  /** src/lint/lint.ts */
  lintPipeline: declares("lintStreamed"),
  /** yaml */
  yamlParser: declares("parseDocument"),
  /** src/python/parse/fast/fast-parse.ts */
  fastParser: declares("fastParseOrBail"),
  /** @lezer/python */
  lezerPython: declares("countIndent"),
  /** zod's error class name */
  zod: /"\$ZodError"/,
  /** src/databricks/client.ts */
  databricksClient: declares("createDatabricksClient"),
  /** src/deploy/deploy.ts */
  deployFlow: declares("absorbEndpoint"),
  /** the SARIF formatter's schema URL */
  sarifFormatter: /sarif-2\.1\.0\.json/,
} as const;

/** Every marker is somewhere in the bundle under `dir` (not its subfolders), so a check that one was not loaded can fail. */
export function expectMarkersInBundle(dir: string, names: readonly (keyof typeof MARKER)[]): void {
  const text = readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
  for (const name of names) expect(text, `${name} marker in ${dir}`).toMatch(MARKER[name]);
}
