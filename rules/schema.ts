import { existsSync } from "node:fs";
import type { ErrorObject } from "ajv";
import schemaJson from "../schema/serving.schema.json" with { type: "json" };
import { defineRule, reportNaming, type Report } from "../src/lint/define-rule.js";
import { closest, didYouMean } from "../src/lint/did-you-mean.js";
import { BUNDLE_ENDPOINT_SCHEMA, BUNDLE_RESOURCE_TYPES } from "../src/lint/facts/bundle.js";
import {
  validateAiGateway, validateBundleEndpoint, validateEndpointCoreConfig, validateServingFile, type Validator,
} from "../src/lint/generated/serving-validators.js";
import { atPath, entry, isPartial, toPlain, type LNode } from "../src/lint/yaml/located.js";
import type { PythonEndpointConfig } from "../src/python/endpoint-configs/endpoint-config.js";
import { sdkEnumHas, sdkFieldAt, sdkMethod } from "../src/python/endpoint-configs/sdk-data.js";
import { sdkCallProblems } from "../src/python/endpoint-configs/sdk-schema.js";

const messages = {
  unknownKey: "unknown key \"{key}\" in {where}{hint}",
  missingKey: "{where} is missing required key \"{key}\"",
  wrongType: "{where} should be {expected}, found {actual}",
  badValue: "{where} is \"{value}\"{hint}",
  wrongVersion: "version must be 1, found {value}",
  badDuration: "{where} \"{value}\" is not a duration like 45m or 1h30m",
  unknownResourceType: "unknown bundle resource type \"{key}\"{hint}; its resources are not deployed",
  pathEscapesRoot: "model.code path \"{path}\" is outside the repository",
  pathMissing: "model.code path \"{path}\" does not exist",
  sdkUnknownKeyword: "{where} has no argument \"{key}\"{hint}; the call raises TypeError",
  sdkMissingField: "{where} is missing required argument \"{key}\" (required in current databricks-sdk releases, which raise a TypeError without it)",
  sdkPlainDict: "{where} takes {cls}(...), found a dict; the SDK calls .as_dict() on it (AttributeError)",
  sdkNotList: "{where} takes a list, found {found}",
  sdkPlainString: "{where} takes {use}, found the plain string \"{value}\"; the SDK reads its .value (AttributeError)",
  sdkBadMember: "{enumName} has no member {member}{hint}",
  sdkWrongType: "{where} takes {expected}, found {found}",
} as const;
type MessageId = keyof typeof messages;

export default defineRule({
  id: "schema",
  defaultSeverity: "error",
  summary: "serving.yaml, bundle endpoint blocks, JSON request bodies and endpoint configs built in Python match their schema: known keys, types, enums, required fields",
  fixable: "never",
  messages,
  check(facts, _ctx, report) {
    for (const s of facts.servingFiles) {
      if (s.root) validate(s.root, [], "serving", report);
      for (const p of s.codePaths) {
        if (p.escapesRoot) report("pathEscapesRoot", p, { path: p.value });
        else if (!existsSync(p.absPath)) report("pathMissing", p, { path: p.value });
      }
    }
    for (const b of facts.bundleFiles) {
      // Only a near miss of a known type is certainly wrong: a name far from all of them may be a
      // type newer than the CLI schema our data was generated from, which today's CLI deploys.
      for (const key of b.unknownResourceTypes) {
        const hint = didYouMean(key.value, BUNDLE_RESOURCE_TYPES);
        if (hint) report("unknownResourceType", key, { key: key.value, hint });
      }
      for (const ep of b.endpoints) {
        const prefix = [...(ep.target === undefined ? [] : ["targets", ep.target]), "resources", "model_serving_endpoints", ep.key ?? ""];
        validate(ep.node, prefix, "bundle", report, { override: ep.target !== undefined });
      }
    }
    // A body is sent as written; whether the API coerces a scalar of another type is unconfirmed, as for Python bodies.
    for (const b of facts.endpointBodies) validate(b.root, [], b.body, report, { accept: acceptedAsSentJson, nearMissKeysOnly: true });
    for (const config of facts.python?.endpointConfigs ?? []) checkPython(config, report);
  },
});

/** A config built in Python: the SDK's own definitions for its dataclasses and methods. */
function checkPython(config: PythonEndpointConfig, reportAt: Report<MessageId>): void {
  const report = reportNaming(config.endpoint.sentBy, reportAt);
  if (config.shape.kind === "sdk-method") {
    // An older SDK the file installs has other required fields and enum types: not judged by today's data.
    if (config.shape.sdk === "older") return;
    for (const p of sdkCallProblems(config.root, config.shape.method)) {
      // A dataclass field required only since SHAPE_SINCE: certain only when a current release is installed
      // (a job notebook without a pip line runs its runtime's own, maybe older, SDK).
      if (p.warning && config.shape.sdk !== "current") continue;
      report(p.id, p.at, p.data, p.warning ? { severity: "warning" } : {});
    }
  } else if (config.shape.kind === "rest") {
    const shape = config.shape;
    const accept = (err: ErrorObject, node: LNode, segments: readonly string[]) =>
      acceptedAsSentJson(err, node) ||
      (err.keyword === "additionalProperties" && sdkFieldAt(shape.body, [...segments, String(err.params.additionalProperty)]) !== undefined) ||
      (err.keyword === "enum" && node.kind === "scalar" && sdkEnumHas(sdkFieldAt(shape.body, segments)?.enum ?? "", String(node.value))) ||
      (segments.length === 0 && err.keyword === "additionalProperties" && (shape.dropped ?? []).includes(String(err.params.additionalProperty))) ||
      (segments.length === 0 && err.keyword === "required" && shape.nameElsewhere === true && err.params.missingProperty === "name");
    validate(config.root, [shape.argument], shape.body, report, { accept, nearMissKeysOnly: true });
  } else {
    // agents.deploy(scale_to_zero=...) becomes the entity's scale_to_zero_enabled, a boolean in the API.
    const flag = entry(config.root, "scale_to_zero")?.value;
    if (flag?.kind === "scalar" && flag.value !== null && typeof flag.value !== "boolean") {
      report("wrongType", flag, { where: "agents.deploy(scale_to_zero=...)", expected: "True or False", actual: kindOf(flag) });
    }
  }
}

/**
 * A Python or JSON-file body is sent as JSON, as written. What only run time knows is not judged, nor a
 * key a spread may supply; and whether the API coerces a scalar of another type (an int where
 * a string is declared) is unconfirmed, so only shapes (a dict or list where a scalar belongs,
 * or the reverse), unknown keys, enums and required keys are judged.
 */
function acceptedAsSentJson(err: ErrorObject, node: LNode): boolean {
  if (node.kind === "unknown") return true;
  if (err.keyword === "required") return isPartial(node);
  if (err.keyword !== "type") return false;
  const expected = String(err.params.type).split(",");
  const scalarExpected = expected.some((t) => ["string", "integer", "number", "boolean"].includes(t));
  return node.kind === "scalar" && scalarExpected;
}

type SchemaNode = { $ref?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; additionalProperties?: SchemaNode | boolean };
type RootSchema = SchemaNode & { definitions: Record<string, SchemaNode> };

const BUNDLE = BUNDLE_ENDPOINT_SCHEMA as unknown as RootSchema;
/** The same schema rooted at one of its definitions (a REST body that is a part of the endpoint). */
const partOf = (definition: string): RootSchema => ({ ...BUNDLE, $ref: `#/definitions/${definition}` });

const TARGETS = {
  serving: { validator: validateServingFile, schema: schemaJson as unknown as RootSchema },
  // Derived from the Databricks CLI's bundle schema (scripts/gen-bundle-schema.mjs).
  bundle: { validator: validateBundleEndpoint, schema: BUNDLE },
  // REST bodies built in Python (mlflow.deployments, requests, api_client.do): the API's JSON is the bundle's.
  create: { validator: validateBundleEndpoint, schema: BUNDLE },
  config: { validator: validateEndpointCoreConfig, schema: partOf("serving.EndpointCoreConfigInput") },
  "ai-gateway": { validator: validateAiGateway, schema: partOf("serving.AiGatewayConfig") },
} as const satisfies Record<string, { validator: Validator; schema: RootSchema }>;

interface ValidateOptions {
  /** A target's block, merged onto the top-level resource by the CLI; its required keys may live there. */
  override?: boolean;
  /** Errors the sender makes right or that are not certain (Python bodies). */
  accept?: (err: ErrorObject, node: LNode, segments: readonly string[]) => boolean;
  /**
   * A body sent to the API as JSON: an unknown key is certainly wrong only as a near miss of a known one or
   * a field of another level. A key far from all of them may be a field newer than the schema (a preview
   * feature), which the API takes; the bundle CLI, by contrast, rejects what its schema does not have.
   */
  nearMissKeysOnly?: boolean;
}

function validate(root: LNode, prefix: string[], kind: keyof typeof TARGETS, report: Report<MessageId>, opts: ValidateOptions = {}): void {
  const { validator, schema } = TARGETS[kind];
  if (validator(toPlain(root))) return;
  const seen = new Set<string>();
  for (const err of validator.errors ?? []) {
    if (err.keyword === "oneOf" || err.keyword === "if") continue;
    const segments = err.instancePath.split("/").slice(1).map(unescapePointer);
    const target = atPath(root, segments);
    if (!target) continue;
    if (kind === "bundle" && acceptedByBundleLoader(err, target.node)) continue;
    if (opts.override && err.keyword === "required") continue;
    if (opts.accept?.(err, target.node, segments)) continue;
    if (opts.nearMissKeysOnly && err.keyword === "additionalProperties" && !unknownKeyHint(schema, segments, String(err.params.additionalProperty))) continue;
    const where = describe([...prefix, ...segments]);
    const dedupeKey = `${err.instancePath}|${err.keyword}|${JSON.stringify(err.params)}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    reportError(err, target, where, report, schema, segments);
  }
}

/**
 * What the Databricks CLI accepts although the schema's types say otherwise.
 * A `${...}` value is unknown until deploy: a check of its content (type, enum,
 * pattern) stays silent, while checks of keys (unknown, required) stay on. And
 * the CLI's loader converts scalars (libs/dyn/convert/normalize.go): any scalar
 * into a string field, integer strings into int fields, numeric strings into
 * number fields, yes/no/on/off strings into booleans.
 */
function acceptedByBundleLoader(err: ErrorObject, node: LNode): boolean {
  if (err.keyword === "additionalProperties" || err.keyword === "required") return false;
  if (node.kind === "unknown") return true; // an alias we did not expand
  if (node.kind !== "scalar") return false;
  const v = node.value;
  if (typeof v === "string" && v.includes("${")) return true;
  if (err.keyword !== "type" || v === null) return false;
  const expected = String(err.params.type).split(",");
  if (expected.includes("string")) return true;
  if (typeof v !== "string") return expected.includes("number") && typeof v === "number";
  if (expected.includes("integer") && /^[+-]?\d+$/.test(v)) return true;
  if (expected.includes("number") && v.trim() !== "" && Number.isFinite(Number(v))) return true;
  return expected.includes("boolean") && YAML_BOOLEANS.has(v);
}

const YAML_BOOLEANS = new Set(["true", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "false", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]);

function reportError(err: ErrorObject, target: NonNullable<ReturnType<typeof atPath>>, where: string, report: Report<MessageId>, schema: RootSchema, segments: readonly string[]): void {
  const { node } = target;
  const anchor = target.key ?? node;
  switch (err.keyword) {
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const keyAt = entry(node, key)?.key;
      report("unknownKey", keyAt ?? anchor, { key, where, hint: unknownKeyHint(schema, segments, key) });
      return;
    }
    case "required":
      report("missingKey", anchor, { key: String(err.params.missingProperty), where });
      return;
    case "type":
      report("wrongType", node, { where, expected: article(String(err.params.type)), actual: kindOf(node) });
      return;
    case "enum": {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      const value = node.kind === "scalar" ? String(node.value) : kindOf(node);
      const sameCase = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
      const hint = sameCase ? ` (did you mean "${sameCase}"?)` : `, expected one of ${allowed.join(", ")}`;
      report("badValue", node, { where, value, hint });
      return;
    }
    case "const":
      report("wrongVersion", node, { value: node.kind === "scalar" ? JSON.stringify(node.value) : kindOf(node) });
      return;
    case "pattern":
      report("badDuration", node, { where, value: node.kind === "scalar" ? String(node.value) : "" });
      return;
    default:
      report("wrongType", node, { where, expected: err.message ?? "valid", actual: kindOf(node) });
  }
}

/** " (did you mean ...)" for a near miss, or where the key belongs instead; "" for neither. */
function unknownKeyHint(schema: RootSchema, segments: readonly string[], key: string): string {
  return didYouMean(key, allowedKeys(schema, segments)) || endpointFieldHint(schema, segments, key);
}

function deref(schema: RootSchema, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  return ref ? schema.definitions[ref.replace("#/definitions/", "")] : node;
}

/** The schema node at an instance path. */
function schemaAt(schema: RootSchema, segments: readonly string[]): SchemaNode | undefined {
  let node = deref(schema, schema);
  for (const seg of segments) {
    if (!node) return undefined;
    const next: SchemaNode | undefined = /^\d+$/.test(seg) && node.items ? node.items : node.properties?.[seg] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
    node = deref(schema, next);
  }
  return node;
}

/** The property names the schema allows at an instance path. */
function allowedKeys(schema: RootSchema, segments: readonly string[]): string[] {
  return Object.keys(schemaAt(schema, segments)?.properties ?? {});
}

const CORE_CONFIG = BUNDLE.definitions["serving.EndpointCoreConfigInput"];
/** What the create body holds beside `config` (the SDK's create arguments): ai_gateway, route_optimized, tags... */
const ENDPOINT_FIELDS = Object.keys(sdkMethod("create")?.params ?? {}).filter((k) => k !== "config" && k !== "name");

/**
 * An endpoint field written inside `config` (`config.route_optimized`, `config.ai_gateway`) is unknown
 * there like any other key; the hint says where it belongs, since no config key is near it.
 */
function endpointFieldHint(schema: RootSchema, segments: readonly string[], key: string): string {
  if (!CORE_CONFIG || schemaAt(schema, segments) !== CORE_CONFIG) return "";
  const field = closest(key, ENDPOINT_FIELDS)[0];
  return field ? ` ("${field}" is a field of the endpoint, not of its config)` : "";
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `endpoint.served_entities[0].workload_size` */
function describe(segments: string[]): string {
  if (segments.length === 0) return "the file";
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}

function kindOf(node: LNode): string {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "seq") return "a list";
  if (node.kind === "unknown") return "an alias";
  const v = node.value;
  return v === null ? "nothing" : typeof v === "string" ? `the string "${v}"` : `${typeof v} ${String(v)}`;
}

function article(types: string): string {
  return types
    .split(",")
    .map((t) => ({ object: "a mapping", array: "a list", string: "a string", integer: "an integer", number: "a number", boolean: "true or false" })[t] ?? t)
    .join(" or ");
}
