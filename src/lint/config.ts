// .serving-ci.yaml at the repository root: rule severities, the repository's own
// endpoint names, ignored paths. Validated with the precompiled JSON Schema
// (schema/serving-ci-config.schema.json, also usable by editors). A broken
// config is a UserError (exit 2) naming the file, line and column.
import path from "node:path";
import { UserError } from "../errors.js";
import { didYouMean } from "./did-you-mean.js";
import { displayPath, readConfinedText } from "./read-source.js";
import { validateConfig } from "./generated/serving-validators.js";
import { LineIndex } from "./line-index.js";
import { atPath, toPlain } from "./yaml/located.js";
import { parseYaml } from "./yaml/parse-yaml.js";

export const CONFIG_FILE = ".serving-ci.yaml";

export type SeverityOption = "off" | "warn" | "error";

export interface LintConfig {
  /** Where it was read from, or undefined when the repository has none. */
  file?: string;
  rules: Record<string, SeverityOption>;
  endpoints: string[];
  ignore: string[];
}

export const EMPTY_CONFIG: LintConfig = { rules: {}, endpoints: [], ignore: [] };

interface ConfigShape {
  rules?: Record<string, SeverityOption>;
  endpoints?: string[];
  ignore?: string[];
}

export function loadConfig(repoRoot: string, knownRules: ReadonlySet<string>, cwd: string, explicitPath?: string): LintConfig {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : path.join(repoRoot, CONFIG_FILE);
  const display = displayPath(file, explicitPath ? cwd : repoRoot);
  // The repository's config stays in the repository; one named with --config is the user's own choice.
  const read = readConfinedText(file, explicitPath ? path.dirname(file) : repoRoot);
  if ("refused" in read) {
    if (!explicitPath && read.refused === "missing") return EMPTY_CONFIG;
    throw new UserError(`cannot read config ${display}: ${read.why}`);
  }
  const text = read.text;
  const lines = new LineIndex(text);
  const parsed = parseYaml(display, lines);
  const first = parsed.problems[0];
  if (first) throw new UserError(`${display}:${first.span.line}:${first.span.column}: ${first.message}`);
  const root = parsed.root;
  const plain = (root ? toPlain(root) : null) ?? {};
  const where = (segments: string[]): string => {
    const at = root ? atPath(root, segments) : undefined;
    const span = at?.key?.span ?? at?.node.span ?? root?.span;
    return span ? `${display}:${span.line}:${span.column}` : display;
  };
  if (!validateConfig(plain)) {
    const err = validateConfig.errors![0]!;
    const segments = err.instancePath.split("/").slice(1);
    if (err.keyword === "additionalProperties") {
      const key = String(err.params.additionalProperty);
      throw new UserError(`${where([...segments, key])}: unknown key "${key}"${didYouMean(key, ["rules", "endpoints", "ignore"])} (expected rules, endpoints, ignore)`);
    }
    const what = err.keyword === "enum" ? "must be off, warn or error" : err.message ?? "is invalid";
    throw new UserError(`${where(segments)}: ${segments.join(".") || "the config"} ${what}`);
  }
  const cfg = plain as ConfigShape;
  for (const id of Object.keys(cfg.rules ?? {})) {
    if (!knownRules.has(id)) throw new UserError(`${where(["rules", id])}: unknown rule "${id}"${didYouMean(id, knownRules)} (see \`serving-ci rules\`)`);
  }
  return { file: display, rules: cfg.rules ?? {}, endpoints: cfg.endpoints ?? [], ignore: cfg.ignore ?? [] };
}
