// What the Databricks SDK does with an endpoint config built from its dataclasses,
// judged on the located tree (to-located.ts) against rules/data/sdk-serving.json:
// an unknown keyword is a TypeError when the call runs; a plain dict where a
// dataclass is expected, a plain string where an enum is expected, or a scalar
// where a list is expected fail in `as_dict()` (AttributeError / TypeError) before
// anything is sent. A missing required field is a TypeError too, but only in SDK
// releases that made it required (EndpointCoreConfigInput.name since 0.71.0,
// checked in the SDK's history): a warning.
// Scalar types (an int where a str is declared) are passed through unchecked by the
// SDK, and whether the API coerces them is unconfirmed: not judged here.
import { closest } from "../../lint/did-you-mean.js";
import type { Located, Span } from "../../lint/types.js";
import { isPartial, type LMap, type LNode } from "../../lint/yaml/located.js";
import { sdkClass, sdkEnumMembers, sdkMethod, type SdkField } from "./sdk-data.js";

export type SdkProblemId = "sdkUnknownKeyword" | "sdkMissingField" | "sdkPlainDict" | "sdkNotList" | "sdkPlainString" | "sdkBadMember" | "sdkWrongType";

export interface SdkProblem {
  id: SdkProblemId;
  at: Span | Located<string>;
  data: Record<string, string>;
  warning?: boolean;
}

/** The problems of one ServingEndpointsAPI call's arguments (the map `argumentsMap` built). */
export function sdkCallProblems(root: LMap, method: string): SdkProblem[] {
  const spec = sdkMethod(method);
  if (!spec) return [];
  const out: SdkProblem[] = [];
  checkFields(root, spec.params, `serving_endpoints.${method}(...)`, out, false);
  return out;
}

function checkFields(map: LMap, fields: Record<string, SdkField>, where: string, out: SdkProblem[], versioned: boolean): void {
  for (const e of map.entries) {
    const field = Object.hasOwn(fields, e.key.value) ? fields[e.key.value] : undefined;
    if (!field) {
      const near = closest(e.key.value, Object.keys(fields));
      out.push({ id: "sdkUnknownKeyword", at: e.key, data: { key: e.key.value, where, hint: near.length ? ` (did you mean "${near[0]}"?)` : "" } });
      continue;
    }
    checkValue(e.value, field, `${where.replace(/\(\.\.\.\)$/, "")}(${e.key.value}=...)`, out);
  }
  if (isPartial(map)) return;
  const given = new Set(map.entries.map((e) => e.key.value));
  for (const [name, field] of Object.entries(fields)) {
    if (field.required && !given.has(name)) out.push({ id: "sdkMissingField", at: map.span, data: { key: name, where }, warning: versioned });
  }
}

function checkValue(node: LNode, field: SdkField, where: string, out: SdkProblem[]): void {
  if (node.kind === "unknown" || (node.kind === "scalar" && node.value === null && !node.enumMember)) return; // None is every field's default
  if (field.list) {
    if (node.kind !== "seq") return void out.push({ id: "sdkNotList", at: node.span, data: { where, found: kindOf(node) } });
    for (const item of node.items) checkValue(item, { ...field, list: false }, where, out);
    return;
  }
  if (field.map) {
    if (node.kind !== "map" || node.sdkClass) return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: "a dict", found: kindOf(node) } });
    for (const e of node.entries) checkValue(e.value, { ...field, map: false }, where, out);
    return;
  }
  if (field.class) {
    if (node.kind === "map" && node.sdkClass === undefined) return void out.push({ id: "sdkPlainDict", at: node.span, data: { where, cls: field.class } });
    if (node.kind === "map" && node.sdkClass === field.class) return checkFields(node, sdkClass(field.class) ?? {}, `${field.class}(...)`, out, true);
    if (node.kind !== "map") out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `${field.class}(...)`, found: kindOf(node) } });
    return; // another dataclass: its as_dict() runs; whether the API takes the shape is not the SDK's to say
  }
  if (field.enum) return checkEnum(node, field.enum, where, out);
  if (field.type !== "any" && node.kind !== "scalar") out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${field.type}`, found: kindOf(node) } });
}

function checkEnum(node: LNode, enumName: string, where: string, out: SdkProblem[]): void {
  const members = sdkEnumMembers(enumName) ?? {};
  if (node.kind !== "scalar") return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${enumName} member`, found: kindOf(node) } });
  const named = node.enumMember;
  if (named) {
    // A member of another enum still has a .value; only a member the enum lacks fails (AttributeError).
    if (named.enum === enumName && node.value === null) {
      const same = Object.keys(members).find((m) => m.toLowerCase() === named.member.toLowerCase());
      const hint = same ? ` (did you mean ${enumName}.${same}?)` : `; members: ${Object.keys(members).join(", ")}`;
      out.push({ id: "sdkBadMember", at: node.span, data: { enumName, member: named.member, hint } });
    }
    return;
  }
  if (typeof node.value !== "string") return void out.push({ id: "sdkWrongType", at: node.span, data: { where, expected: `a ${enumName} member`, found: kindOf(node) } });
  const member = Object.entries(members).find(([, v]) => v.toLowerCase() === node.value!.toString().toLowerCase())?.[0];
  // A string that is no member's value gets the members, not a guess (`"GPU"` is none of GPU_SMALL, GPU_MEDIUM, ...).
  const use = member ? `${enumName}.${member}` : `a ${enumName} member (${Object.keys(members).join(", ")})`;
  out.push({ id: "sdkPlainString", at: node.span, data: { where, value: node.value, enumName, use } });
}

function kindOf(node: LNode): string {
  if (node.kind === "map") return node.sdkClass ? `${node.sdkClass}(...)` : "a dict";
  if (node.kind === "seq") return "a list";
  if (node.kind === "unknown") return "a value known at run time";
  const v = node.value;
  return typeof v === "string" ? `the string "${v}"` : v === null ? "None" : `${typeof v === "boolean" ? (v ? "True" : "False") : v}`;
}
