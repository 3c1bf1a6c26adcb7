// A Databricks app's runtime configuration: app.yaml (or app.yml) at the app's
// root, or the same block as a bundle app's `config`. Its `env` list passes
// variables to the app, each a literal `value` or a `valueFrom` resource key.
// A literal value is read as an endpoint name only where it is exactly a catalog
// name (fm-endpoint-retired): what else a variable holds is the app's business.
import { get, getSeq, isMap, isSeq, mapItems, str, type LNode } from "../yaml/located.js";
import type { EndpointRef } from "./endpoint-ref.js";
import type { SourceFile } from "./source.js";

/** The file names Databricks Apps reads its configuration from. */
export const APP_CONFIG_NAME = /^app\.ya?ml$/;

export interface AppConfigFile {
  source: SourceFile;
  endpointRefs: EndpointRef[];
}

/**
 * An app configuration by its shape: a map with an `env` list of `name:` items
 * or a `command` list, and no key an app configuration does not have.
 */
export function isAppConfig(root: LNode | undefined): boolean {
  if (!isMap(root) || root.entries.length === 0) return false;
  if (!root.entries.every((e) => e.key.value === "command" || e.key.value === "env")) return false;
  const env = get(root, "env");
  const command = get(root, "command");
  if (env !== undefined && !(isSeq(env) && env.items.every((i) => isMap(i) && str(get(i, "name")) !== undefined))) return false;
  return command === undefined || isSeq(command) || (command.kind === "scalar" && typeof command.value === "string");
}

export function appConfigFile(source: SourceFile, root: LNode): AppConfigFile {
  return { source, endpointRefs: appEnvRefs(root) };
}

/** `env[].value` strings, each a candidate endpoint name that only an exact catalog match makes one. */
export function appEnvRefs(config: LNode | undefined): EndpointRef[] {
  const refs: EndpointRef[] = [];
  for (const item of mapItems(getSeq(config, "env"))) {
    const name = str(get(item, "name"));
    const value = str(get(item, "value"));
    if (!name || !value) continue;
    refs.push({ name: value, context: `app env ${name.value}`, form: "endpoint", expectsBareName: false, catalogOnly: true });
  }
  return refs;
}
