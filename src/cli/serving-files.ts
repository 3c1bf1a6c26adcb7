// The serving.yaml files a plan or deploy acts on: what the linter classified as
// serving-ci files among the paths named (default: the repository), with the lint
// result, so deploy can refuse to ship what lint rejects.
import { RULES } from "../../rules/index.js";
import { UserError } from "../errors.js";
import { lint, type LintResult } from "../lint/lint.js";
import type { SourceFile } from "../lint/facts/source.js";
import { readServingSpec, type ServingSpec } from "../deploy/serving-spec.js";

export interface ServingSet {
  lint: LintResult;
  specs: ServingSpec[];
}

export async function servingFiles(cwd: string, paths: readonly string[], today: string): Promise<ServingSet> {
  const result = await lint({ cwd, paths, rules: RULES, today });
  if (result.missingPaths.length) throw new UserError(`no such file or directory: ${result.missingPaths.join(", ")}`);
  const serving = result.files.filter((f: SourceFile) => f.kind === "serving");
  if (serving.length === 0) {
    throw new UserError(`no serving.yaml found in ${paths.length ? paths.join(", ") : "this repository"} (a file with \`version: 1\` and \`endpoint:\`; bundle endpoints deploy with \`databricks bundle deploy\`)`);
  }
  return { lint: result, specs: serving.map(readServingSpec) };
}
