import type { PythonFacts } from "../../python/python-facts.js";
import type { AppConfigFile } from "./app-config.js";
import type { BundleFile } from "./bundle.js";
import type { EndpointBodyFile } from "./endpoint-body.js";
import type { EndpointFacts } from "./endpoint.js";
import type { EndpointRef } from "./endpoint-ref.js";
import type { ServingFile } from "./serving-file.js";
import type { FileProblem, SourceFile } from "./source.js";

/** Everything extracted from one lint run; each rule reads the parts it needs. */
export interface LintFacts {
  /** Repository root: paths in findings and ignore patterns are relative to the working directory. */
  repoRoot: string;
  files: SourceFile[];
  problems: FileProblem[];
  servingFiles: ServingFile[];
  bundleFiles: BundleFile[];
  /** Serving-endpoints request bodies kept as JSON files. */
  endpointBodies: EndpointBodyFile[];
  /** Databricks apps' app.yaml files (their env values may name endpoints). */
  appConfigs: AppConfigFile[];
  /** Endpoints from serving.yaml files, bundles and JSON bodies, in file order. */
  endpoints: EndpointFacts[];
  /** Every endpoint name found in YAML and code (fm-endpoint-* rules). Filled after loading. */
  endpointRefs?: EndpointRef[];
  /** Facts from Python files, notebooks and serving.yaml model sections (code rules). Filled after loading. */
  python?: PythonFacts;
}
