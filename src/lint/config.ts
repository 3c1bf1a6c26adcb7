// .serving-ci.yaml at the repository root: rule severities, the repository's own
// endpoint names, ignored paths. A broken config is a UserError (exit 2) naming
// the file, line and column.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { UserError } from "../errors.js";
import { LineIndex } from "./line-index.js";
import { parseYaml } from "./yaml/parse-yaml.js";
import { atPath, toPlain } from "./yaml/located.js";

export const CONFIG_FILE = ".serving-ci.yaml";

const SeverityOption = z.enum(["off", "warn", "error"]);
const ConfigSchema = z.strictObject({
  rules: z.record(z.string(), SeverityOption).optional(),
  endpoints: z.array(z.string().min(1)).optional(),
  ignore: z.array(z.string().min(1)).optional(),
});

export type SeverityOption = z.infer<typeof SeverityOption>;

export interface LintConfig {
  /** Where it was read from, or undefined when the repository has none. */
  file?: string;
  rules: Record<string, SeverityOption>;
  endpoints: string[];
  ignore: string[];
}

export const EMPTY_CONFIG: LintConfig = { rules: {}, endpoints: [], ignore: [] };

export function loadConfig(repoRoot: string, knownRules: ReadonlySet<string>, explicitPath?: string): LintConfig {
  const file = explicitPath ?? path.join(repoRoot, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (!explicitPath && (e as NodeJS.ErrnoException).code === "ENOENT") return EMPTY_CONFIG;
    throw new UserError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const display = path.relative(process.cwd(), file) || file;
  const lines = new LineIndex(text);
  const parsed = parseYaml(display, lines);
  const first = parsed.problems[0];
  if (first) throw new UserError(`${display}:${first.span.line}:${first.span.column}: ${first.message}`);
  const root = parsed.root;
  const plain = root ? toPlain(root) : {};
  const result = ConfigSchema.safeParse(plain ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const segments = issue.path.map(String);
    const at = root ? atPath(root, issue.code === "unrecognized_keys" ? [...segments, issue.keys[0]!] : segments) : undefined;
    const span = at?.key?.span ?? at?.node.span ?? root?.span;
    const where = span ? `${display}:${span.line}:${span.column}` : display;
    const what = issue.code === "unrecognized_keys" ? `unknown key "${issue.keys[0]}" (expected rules, endpoints, ignore)` : issue.message;
    throw new UserError(`${where}: ${what}`);
  }
  const cfg = result.data;
  for (const id of Object.keys(cfg.rules ?? {})) {
    if (!knownRules.has(id)) {
      const at = root ? atPath(root, ["rules", id]) : undefined;
      const where = at?.key ? `${display}:${at.key.span.line}:${at.key.span.column}` : display;
      throw new UserError(`${where}: unknown rule "${id}" (see \`serving-ci rules\`)`);
    }
  }
  return { file: display, rules: cfg.rules ?? {}, endpoints: cfg.endpoints ?? [], ignore: cfg.ignore ?? [] };
}
