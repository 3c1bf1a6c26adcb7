// The endpoints one action run reports on: each linted serving.yaml, then each
// bundle endpoint that no serving.yaml names, with the findings in its files.
// Each gets its own PR comment and summary section (run-action.ts).
import type { DeployReport } from "../deploy/deploy.js";
import type { Plan } from "../deploy/plan.js";
import { readBundleEndpoints } from "../deploy/bundle-spec.js";
import { belongsTo, readServingSpec, type ServingSpec } from "../deploy/serving-spec.js";
import type { Finding } from "../lint/types.js";
import type { LintStepResult } from "./lint-step.js";

export interface EndpointRun {
  spec: ServingSpec;
  findings: Finding[];
  plan?: Plan;
  planSkipped?: string;
  deploy?: DeployReport;
  setupError?: string;
  /** Its final comment and summary section are written. */
  reported?: boolean;
  /** A bundle's endpoint (planned and commented, deployed by the bundle CLI). */
  bundle?: boolean;
  /** Why the files alone cannot say what a plan would change (bundle variables, target overrides). */
  planBlocked?: string | undefined;
}

/** Each linted serving.yaml with the findings in its files. Lint-only runs skip files that cannot be read as specs. */
export function endpointRuns(lint: LintStepResult, mode: "strict" | "lenient"): EndpointRun[] {
  const runs: EndpointRun[] = [];
  for (const file of lint.servingFiles) {
    let spec: ServingSpec;
    try {
      spec = readServingSpec(file);
    } catch (err) {
      if (mode === "lenient") continue;
      throw err;
    }
    runs.push({ spec, findings: lint.findings.filter((f) => belongsTo(file.path, f.span.file)) });
  }
  for (const b of readBundleEndpoints(lint.files)) {
    if (runs.some((r) => r.spec.endpoint.name === b.spec.endpoint.name)) continue; // one comment per endpoint: serving.yaml's
    runs.push({ spec: b.spec, findings: lint.findings.filter((f) => belongsTo(b.spec.file, f.span.file)), bundle: true, planBlocked: b.planBlocked });
  }
  return runs;
}
