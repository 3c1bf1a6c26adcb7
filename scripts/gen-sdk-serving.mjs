#!/usr/bin/env node
// Derives the serving endpoint config classes of the Databricks Python SDK
// (databricks-sdk-py databricks/sdk/service/serving.py) into our own data: for
// each dataclass, its fields with type, list/map, referenced class or enum, and
// whether the field is required (no default), and the fields' declaration order
// (positional arguments); for each enum, its values and member names; and the
// signatures of the ServingEndpointsAPI methods that send a config (parameters,
// positional ones, required ones). Code that builds an endpoint config in Python
// (EndpointCoreConfigInput(...), w.serving_endpoints.create(...)) is checked against it.
//
//   node scripts/gen-sdk-serving.mjs path/to/serving.py          # rewrite rules/data/sdk-serving.json
//   node scripts/gen-sdk-serving.mjs path/to/serving.py --check  # exit 1 when the committed data is stale
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./write-generated.mjs";

/** The classes a Python endpoint config is built from; the classes they reference come along. */
export const ROOTS = [
  "EndpointCoreConfigInput", "ServedEntityInput", "ServedModelInput", "TrafficConfig", "Route", "AiGatewayConfig",
  "ExternalModel", "EndpointTag", "AutoCaptureConfigInput",
];
/** The ServingEndpointsAPI methods that send an endpoint config, AI gateway or tags. */
export const METHODS = ["create", "create_and_wait", "put_ai_gateway", "update_config", "update_config_and_wait"];
const SCALARS = { str: "string", int: "integer", bool: "boolean", float: "number", Any: "any" };

export const DATA_PATH = fileURLToPath(new URL("../rules/data/sdk-serving.json", import.meta.url));

/** `@dataclass class X:` bodies and `class X(Enum):` members, read line by line (the SDK is generated code). */
function scan(source) {
  const dataclasses = new Map();
  const enums = new Map();
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const cls = /^class (\w+)(\(Enum\))?:/.exec(lines[i]);
    if (!cls) continue;
    const isEnum = Boolean(cls[2]);
    if (!isEnum && lines[i - 1]?.trim() !== "@dataclass") continue;
    const members = [];
    let inDoc = false;
    for (let j = i + 1; j < lines.length && !/^\S/.test(lines[j]); j++) {
      const line = lines[j];
      const quotes = (line.match(/"""/g) ?? []).length;
      if (inDoc) {
        if (quotes % 2 === 1) inDoc = false;
        continue;
      }
      if (quotes % 2 === 1) {
        inDoc = true;
        continue;
      }
      if (/^    (def |@)/.test(line)) break;
      const m = isEnum ? /^    (\w+) = "([^"]*)"/.exec(line) : /^    (\w+): ([^=]+?)(?: = (.+))?$/.exec(line);
      if (m) members.push(m);
    }
    if (isEnum) enums.set(cls[1], Object.fromEntries(members.map((m) => [m[1], m[2]])));
    else dataclasses.set(cls[1], members.map((m) => ({ name: m[1], type: m[2].trim(), required: m[3] === undefined })));
  }
  return { dataclasses, enums, methods: scanMethods(lines) };
}

/** `def name(self, a: T, *, b: Optional[U] = None, timeout=...) -> R:` of class ServingEndpointsAPI, joined over lines. */
function scanMethods(lines) {
  const methods = new Map();
  const start = lines.findIndex((l) => /^class ServingEndpointsAPI\b/.test(l));
  if (start < 0) return methods;
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]); i++) {
    const head = /^    def (\w+)\(/.exec(lines[i]);
    if (!head) continue;
    let text = lines[i].slice(head[0].length);
    for (let j = i + 1; !/\)\s*(->.*)?:\s*$/.test(text) && j < lines.length; j++) text += ` ${lines[j].trim()}`;
    const inner = text.replace(/\)\s*(->.*)?:\s*$/, "");
    const params = [];
    let keywordOnly = false;
    for (const raw of splitTopLevel(inner)) {
      const p = raw.trim();
      if (p === "" || p === "self") continue;
      if (p === "*") {
        keywordOnly = true;
        continue;
      }
      const m = /^(\w+)(?:\s*:\s*([^=]+?))?(?:\s*=\s*(.+))?$/.exec(p);
      if (!m) throw new Error(`cannot read parameter "${p}" of ServingEndpointsAPI.${head[1]}`);
      params.push({ name: m[1], type: m[2]?.trim(), required: m[3] === undefined, positional: !keywordOnly });
    }
    methods.set(head[1], params);
  }
  return methods;
}

/** Splits at commas outside brackets. */
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** `Optional[List[EndpointTag]]` → { list: true, class: "EndpointTag" }. */
function fieldType(type, known) {
  let t = type;
  const out = {};
  const unwrap = (name) => {
    const m = new RegExp(`^${name}\\[(.*)\\]$`).exec(t);
    if (m) t = m[1].trim();
    return Boolean(m);
  };
  unwrap("Optional");
  if (unwrap("List")) out.list = true;
  const dict = /^Dict\[str, (.*)\]$/.exec(t);
  if (dict) {
    out.map = true;
    t = dict[1].trim();
  }
  if (t in SCALARS) out.type = SCALARS[t];
  else if (known.enums.has(t)) Object.assign(out, { type: "string", enum: t });
  else if (known.dataclasses.has(t)) Object.assign(out, { type: "object", class: t });
  else throw new Error(`unknown type ${type}`);
  return out;
}

export function deriveSdkServing(source, roots = ROOTS, methodNames = []) {
  const known = scan(source);
  const classes = {};
  const positional = {};
  const enums = {};
  const enumMembers = {};
  const methods = {};
  const queue = [...roots];
  for (const name of methodNames) {
    const params = known.methods.get(name);
    if (!params) throw new Error(`serving.py has no method ServingEndpointsAPI.${name}`);
    const out = {};
    for (const p of params) {
      // An unannotated parameter (timeout=timedelta(...)) takes anything.
      const t = p.type === undefined ? { type: "any" } : fieldType(p.type, known);
      out[p.name] = { ...t, required: p.required };
      if (t.class) queue.push(t.class);
      if (t.enum) addEnum(t.enum);
    }
    methods[name] = { params: sortKeys(out), positional: params.filter((p) => p.positional).map((p) => p.name) };
  }
  function addEnum(name) {
    const members = known.enums.get(name);
    enums[name] = Object.values(members).sort();
    enumMembers[name] = sortKeys(members);
  }
  while (queue.length) {
    const name = queue.shift();
    if (name in classes) continue;
    const fields = known.dataclasses.get(name);
    if (!fields) throw new Error(`serving.py has no dataclass ${name}`);
    const out = {};
    for (const f of [...fields].sort((a, b) => a.name.localeCompare(b.name))) {
      const t = fieldType(f.type, known);
      out[f.name] = { ...t, required: f.required };
      if (t.class) queue.push(t.class);
      if (t.enum) addEnum(t.enum);
    }
    classes[name] = out;
    // A dataclass's __init__ takes its fields positionally in declaration order.
    positional[name] = fields.map((f) => f.name);
  }
  const data = {
    $comment: "Generated by scripts/gen-sdk-serving.mjs from databricks-sdk-py databricks/sdk/service/serving.py; do not edit.",
    classes: sortKeys(classes),
    enums: sortKeys(enums),
  };
  if (methodNames.length === 0) return data;
  return { ...data, positional: sortKeys(positional), enumMembers: sortKeys(enumMembers), methods: sortKeys(methods) };
}

function sortKeys(o) {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

export function render(data) {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function main(argv) {
  const [file, ...flags] = argv;
  if (!file) {
    console.error("usage: gen-sdk-serving.mjs path/to/serving.py [--check]");
    return 2;
  }
  let text;
  try {
    text = render(deriveSdkServing(readFileSync(file, "utf8"), ROOTS, METHODS));
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    return 2;
  }
  return writeOrCheck(DATA_PATH, text, flags, `node scripts/gen-sdk-serving.mjs ${file}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
