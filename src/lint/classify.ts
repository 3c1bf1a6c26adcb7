// What a file is, decided by its content: the one classifier that walked files,
// paths named on the command line and the action's `files` all go through.
// A name only says whether a file is worth reading; what was read decides.
import path from "node:path";
import { isBundleResourceType } from "./facts/bundle.js";
import { ENDPOINT_BODY_NAME } from "./facts/endpoint-body.js";
import { get, isMap, type LMap, type LNode } from "./yaml/located.js";

export type FileKind =
  | "serving" // serving-ci's serving.yaml
  | "bundle" // a Databricks Asset Bundle root (databricks.yml)
  | "bundle-fragment" // a bundle file with resources/targets, included by a root or not
  | "endpoint-json" // a serving-endpoints request body kept as a JSON file
  | "model-config" // an MLflow model-config YAML (ModelConfig(development_config=...))
  | "app-config" // a Databricks app's app.yaml (command, env)
  | "requirements"
  | "python"
  | "notebook-export" // a .py exported from a Databricks notebook
  | "ipynb"
  | "other"; // skipped quietly

/** Which files are worth reading at all; undefined = other, not read. */
export type Candidate = "yaml" | "json" | "python" | "ipynb" | "requirements";

export function candidateOf(name: string): Candidate | undefined {
  if (/\.ya?ml$/i.test(name)) return "yaml";
  if (ENDPOINT_BODY_NAME.test(name)) return "json";
  if (name.endsWith(".py")) return "python";
  if (name.endsWith(".ipynb")) return "ipynb";
  if (/^requirements.*\.txt$/i.test(name)) return "requirements";
  return undefined;
}

/** Our own name, or a bundle root's: problems in such a file are reported even when its content is unreadable. */
export function namedAsOurs(name: string): boolean {
  return /^(serving|databricks)\.ya?ml$/.test(name);
}

// Top-level keys of a bundle file: the `properties` of the Databricks CLI's bundle
// schema (databricks/cli bundle/schema/jsonschema.json). Used only to tell a bundle
// file from other YAML with a `resources:` key; the schema rule checks the rest.
const BUNDLE_KEYS = new Set([
  "artifacts", "bundle", "environments", "experimental", "include", "permissions", "presets", "python",
  "resources", "run_as", "scripts", "sync", "targets", "variables", "workspace",
]);

/** A map of maps of maps: `resources.<type>.<name>: {...}`, as bundles declare resources. */
function resourcesShape(node: LNode | undefined): boolean {
  if (!isMap(node)) return false;
  return node.entries.every((t) => isMap(t.value) && t.value.entries.every((r) => isMap(r.value)));
}

/** `targets.<name>: {...}` (an empty target is allowed). */
function targetsShape(node: LNode | undefined): boolean {
  if (!isMap(node)) return false;
  return node.entries.every((t) => isMap(t.value) || (t.value.kind === "scalar" && t.value.value === null));
}

function bundleShape(root: LMap): boolean {
  const resources = get(root, "resources");
  const targets = get(root, "targets");
  if (resources === undefined && targets === undefined) return false;
  const shaped = (resources === undefined || resourcesShape(resources)) && (targets === undefined || targetsShape(targets));
  if (root.entries.every((e) => BUNDLE_KEYS.has(e.key.value))) return shaped;
  // The bundle schema takes any other top-level key (additionalProperties, "to allow YAML anchors"): a
  // `common: &defaults` block beside `resources:`. Then only resources named by their bundle types say bundle.
  return shaped && isMap(resources) && resources.entries.length > 0 && resources.entries.every((t) => isBundleResourceType(t.key.value));
}

/**
 * A parsed YAML file's kind. A bundle file is recognised first, whatever its name
 * (real bundles call their resource files `serving.yml`), then serving-ci's file.
 * An MLflow model config may also have a top-level `resources:` key, but not the
 * bundle's map of resource-type maps alongside bundle keys only.
 */
export function classifyYaml(root: LNode | undefined, name: string, parsedCleanly = true): "serving" | "bundle" | "bundle-fragment" | "other" {
  if (isMap(root)) {
    if (isMap(get(root, "bundle"))) return "bundle";
    if (bundleShape(root)) return /^databricks\.ya?ml$/.test(name) ? "bundle" : "bundle-fragment";
    const ours = get(root, "endpoint") !== undefined || get(root, "model") !== undefined;
    const versioned = get(root, "version") !== undefined;
    if (ours && versioned) return "serving";
    // Named serving.yaml with half our shape: ours, so the schema rule can say what is missing.
    if ((ours || versioned) && /^serving\.ya?ml$/.test(name)) return "serving";
  }
  // Broken or empty content in a file with our name is still ours to report.
  const broken = !parsedCleanly || !isMap(root);
  if (/^serving\.ya?ml$/.test(name) && broken) return "serving";
  if (/^databricks\.ya?ml$/.test(name) && broken) return "bundle";
  return "other";
}

// `ModelConfig(development_config="x.yaml")`, `log_model(..., model_config="x.yaml")`: a YAML path
// written as one literal. Read before any Python is parsed (the loader classifies first), so only the
// literal form counts; the evaluator follows the rest (src/python/evaluate/model-config.ts).
const MODEL_CONFIG_PATH = /\b(?:development_config|model_config)\s*=\s*(?:r?)(["'])([^"'\n]+\.ya?ml)\1/g;

/** The YAML files Python code names as MLflow model configs, as absolute paths (relative to the naming file). */
export function modelConfigPaths(python: readonly { absPath: string; text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const f of python) {
    if (!f.text.includes("_config")) continue;
    for (const m of f.text.matchAll(MODEL_CONFIG_PATH)) out.add(path.resolve(path.dirname(f.absPath), m[2]!));
  }
  return out;
}

/** Python source or a Databricks notebook export (its first line says so). */
export function classifyPython(text: string): "python" | "notebook-export" {
  return /^# Databricks notebook source[ \t]*\r?$/m.test(text.slice(0, 200).split("\n")[0] ?? "") ? "notebook-export" : "python";
}
