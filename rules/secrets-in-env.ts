import { defineRule, reportNaming, type Report } from "../src/lint/define-rule.js";
import { replaceInValue } from "../src/lint/scalar-edit.js";
import type { Located } from "../src/lint/types.js";
import { getMap, isMap, str, type LMap, type LNode, type LUnknown } from "../src/lint/yaml/located.js";

// Never put a value into a message or a fix: findings name the key and the kind
// of secret only, and ask the formatters to mask the value in code frames.

const messages = {
  literalEnv: "environment variable \"{key}\" holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
  literalField: "{field} holds a literal {kind}; store it in a secret scope and write {{secrets/<scope>/<key>}}",
  plaintextField: "{field} sends a plaintext secret; store it in a secret scope and use {twin}: \"{{secrets/<scope>/<key>}}\" instead",
  malformedRef: "{where} is a malformed secret reference; write it as {expected}",
  singleBraces: "{where} is a secret reference with single braces, which Databricks sends as it is; write {{secrets/<scope>/<key>}} (in an f-string, where {{ is one brace: {{{{secrets/...}}}})",
  runtimeSecret: "{where} is set from {source}, which puts the secret's plain text in the endpoint config; store it in a secret scope and write {{secrets/<scope>/<key>}}",
} as const;
type M = keyof typeof messages;

/** Value shapes of well-known credentials, most specific first. */
const VALUE_SHAPES: [RegExp, string][] = [
  [/-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/, "PEM private key"],
  [/\bdapi[0-9a-f]{32}(?:-\d+)?\b/, "Databricks token"],
  [/\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}/, "Anthropic API key"],
  [/\bsk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}/, "OpenAI API key"],
  [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}/, "GitHub token"],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, "AWS access key id"],
  [/\bxox[abposr]-[0-9]+-[A-Za-z0-9-]{8,}/, "Slack token"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "JSON Web Token"],
];

/** Name words that make a variable a credential when they end its name. */
const SECRET_WORDS = new Set(["TOKEN", "KEY", "APIKEY", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "CREDENTIALS", "PRIVATE", "PAT"]);
/** `<word>_KEY` names that are identifiers, not credentials (cache keys, S3 object keys). */
const NON_SECRET_KEY_OWNERS = new Set(["CACHE", "PARTITION", "SORT", "PRIMARY", "FOREIGN", "OBJECT", "S3", "BUCKET", "ROUTING", "IDEMPOTENCY", "DEDUP", "DEDUPE", "HASH", "SHARD", "LOOKUP", "PUBLIC", "GROUP", "INDEX", "ROW", "JOIN", "COLUMN", "FEATURE", "ENTITY", "TABLE", "TOPIC", "MESSAGE", "EVENT", "LABEL", "METADATA", "TRACE", "REQUEST", "USER", "DOCUMENT", "DOC", "ID", "PRIMARY", "UNIQUE", "SEARCH", "VECTOR", "EMBEDDING"]);

/** Fields of external-model configs that take a secret reference (each has a *_plaintext twin). */
const SECRET_FIELD = /(?:^|_)api_key$|secret|^private_key$|^databricks_api_token$|^aws_access_key_id$/;

const PART = String.raw`(?:\$\{[^{}]*\}|[^/{}\s])+`;
const SECRET_REF = new RegExp(String.raw`^\{\{secrets/${PART}/${PART}\}\}$`);
/** Something written as a reference: `{{secret/…}}`, `{{ secrets/a }}`, `${{secrets/a/b}}`, `{secrets/a/b}`. */
const REF_ATTEMPT = /^\$?\{\{?\s*secrets?\s*[/.:]/i;
/** `{secrets/a/b}`: what `f"{{secrets/{scope}/b}}"` sends, its `{{` being one brace. */
const SINGLE_BRACE_START = /^\{\s*secrets?\s*\//i;

export default defineRule({
  id: "secrets-in-env",
  defaultSeverity: "error",
  summary: "Environment variables and external-model keys hold {{secrets/scope/key}} references, never literal secrets",
  fixable: "sometimes",
  messages,
  check(facts, _ctx, reportAt) {
    for (const ep of facts.endpoints) {
      const report = reportNaming(ep.sentBy, reportAt);
      for (const e of ep.servedEntities) {
        const env = getMap(e.node, "environment_vars");
        for (const { key, value } of env?.entries ?? []) checkEnv(key, value, report);
        if (e.externalModel) checkExternal(e.externalModel, report);
      }
    }
  },
});

function checkEnv(key: Located<string>, node: LNode, report: Report<M>): void {
  if (singleBraceTemplate(node)) return report("singleBraces", node, { where: `environment variable "${key.value}"` });
  if (node.kind === "unknown") {
    // A secret-scope read is a secret whatever the variable is called.
    if (nameLooksSecret(key.value) || node.what === "secret-read") runtime(node, `environment variable "${key.value}"`, report);
    return;
  }
  const v = str(node);
  if (!v || v.value.includes("${") && !v.value.includes("{{")) return; // a bundle variable: unknown until deploy
  if (isReference(v.value)) return;
  if (REF_ATTEMPT.test(v.value)) return malformed(v, `environment variable "${key.value}"`, report);
  const kind = valueKind(v.value) ?? (nameLooksSecret(key.value) && mayBeSecret(v.value) ? "secret" : undefined);
  if (kind) report("literalEnv", v, { key: key.value, kind }, { redact: [v.span] });
}

function checkExternal(ext: LMap, report: Report<M>): void {
  for (const cfg of ext.entries) {
    if (!cfg.key.value.endsWith("_config") || !isMap(cfg.value)) continue;
    const fields: [string, LNode][] = cfg.value.entries.map((x) => [`${cfg.key.value}.${x.key.value}`, x.value]);
    for (const sub of ["api_key_auth", "bearer_token_auth"]) {
      const m = getMap(cfg.value, sub);
      for (const x of m?.entries ?? []) fields.push([`${cfg.key.value}.${sub}.${x.key.value}`, x.value]);
    }
    for (const [field, node] of fields) {
      const leaf = field.slice(field.lastIndexOf(".") + 1);
      if (singleBraceTemplate(node)) {
        report("singleBraces", node, { where: `external_model.${field}` });
        continue;
      }
      const isSecretField = SECRET_FIELD.test(leaf) || field.endsWith("api_key_auth.value") || field.endsWith("bearer_token_auth.token");
      const plaintext = (at: LNode | Located<string>) => report("plaintextField", at, { field: `external_model.${field}`, twin: leaf.slice(0, -"_plaintext".length) }, { redact: [at.span] });
      // A `*_plaintext` field holds the secret in plain text whatever computes it.
      if (node.kind === "unknown" && leaf.endsWith("_plaintext")) {
        plaintext(node);
        continue;
      }
      if (node.kind === "unknown") {
        if (isSecretField) runtime(node, `external_model.${field}`, report);
        continue;
      }
      const v = str(node);
      if (!v || v.value.includes("${") && !v.value.includes("{{")) continue;
      if (leaf.endsWith("_plaintext")) {
        plaintext(v);
        continue;
      }
      if (isReference(v.value)) continue;
      if (REF_ATTEMPT.test(v.value)) {
        malformed(v, `external_model.${field}`, report);
        continue;
      }
      const kind = valueKind(v.value) ?? (isSecretField ? "secret" : undefined);
      if (kind) report("literalField", v, { field: `external_model.${field}`, kind }, { redact: [v.span] });
    }
  }
}

/**
 * A Python value computed at run time where a secret belongs: certain to be plain text when it is
 * a secret-scope read, a read of an environment variable that clients take as the credential itself,
 * or a string whose written parts are no reference (`f"Bearer {token}"`). A name whose value we do not
 * know, or a variable of the project's own (`LLM_TOKEN_SECRET`), may hold a reference: silent.
 */
function runtime(node: LUnknown, where: string, report: Report<M>): void {
  const source = RUNTIME_SOURCES[node.what ?? "value"];
  if (!source) return;
  if (node.what === "template" && templateMayBeReference(node.parts ?? [])) return;
  if (node.what === "env-read" && !CREDENTIAL_VARIABLES.has(node.variable ?? "")) return;
  report("runtimeSecret", node, { where, source }, { redact: [node.span] });
}

const RUNTIME_SOURCES: Partial<Record<NonNullable<LUnknown["what"]>, string>> = {
  "secret-read": "a secret-scope read (dbutils.secrets.get)",
  "env-read": "an environment variable read",
  template: "a string built at run time",
};

/**
 * Environment variables that Databricks unified auth and the model providers' SDKs read as the
 * credential itself, so a reference there would break the client that reads it: plain text for certain.
 */
const CREDENTIAL_VARIABLES = new Set([
  "DATABRICKS_TOKEN", "DATABRICKS_CLIENT_SECRET", "DATABRICKS_PASSWORD",
  "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY", "COHERE_API_KEY", "MISTRAL_API_KEY",
  "GOOGLE_API_KEY", "GEMINI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN",
  "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "GITHUB_TOKEN",
]);

/** `f"{{{{secrets/{scope}/{key}}}}}"` is a reference whatever fills the holes. */
function templateMayBeReference(parts: readonly (string | null)[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const start = first === null || first === undefined || /^\{\{\s*secrets?/.test(first) || "{{secrets/".startsWith(first);
  const end = last === null || last === undefined || last.endsWith("}}");
  return start && end;
}

export function isReference(value: string): boolean {
  return SECRET_REF.test(value);
}

/** An f-string or string built at run time whose written parts are `{secrets/` … `}` with single braces. */
function singleBraceTemplate(node: LNode): boolean {
  if (node.kind !== "unknown" || node.what !== "template" || !node.parts) return false;
  const first = node.parts[0];
  const last = node.parts[node.parts.length - 1];
  return typeof first === "string" && SINGLE_BRACE_START.test(first) && typeof last === "string" && last.endsWith("}") && !last.endsWith("}}");
}

function malformed(v: Located<string>, where: string, report: Report<M>): void {
  // A computed value (an f-string whose holes were filled) is fixed by hand: its text is not the value's.
  if (SINGLE_BRACE_START.test(v.value) && v.computed) return report("singleBraces", v, { where });
  // Rebuild {{secrets/<scope>/<key>}} from the parts when they are plain names.
  const sep = /^\$?\{\{?\s*secrets?\s*([/.:])/i.exec(v.value)?.[1];
  const body = v.value.replace(/^\$?\{\{?\s*secrets?\s*[/.:]\s*/i, "").replace(/\s*\}\}?$/, "");
  // Split on the separator the reference starts with, so a ${var.x} part keeps its dot.
  const parts = body.split(sep === "/" ? "/" : /[.:]/).map((p) => p.trim());
  const plain = parts.length === 2 && parts.every((p) => /^[\w.${}-]{1,64}$/.test(p) && !valueKind(p));
  const expected = plain ? `{{secrets/${parts[0]}/${parts[1]}}}` : "{{secrets/<scope>/<key>}}";
  const edit = plain ? replaceInValue(v, expected) : undefined;
  report("malformedRef", v, { where, expected: plain ? `"${expected}"` : expected }, edit ? { fix: { title: `Write ${expected}`, safe: true, edits: [edit] } } : {});
}

function valueKind(value: string): string | undefined {
  return VALUE_SHAPES.find(([re]) => re.test(value))?.[1];
}

/** `OPENAI_API_KEY`, `dbToken`, `DB_PASSWORD`: a credential word ends the name. */
function nameLooksSecret(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[_\-.\s]+/).filter(Boolean);
  const last = words[words.length - 1];
  if (!last || !SECRET_WORDS.has(last)) return false;
  return !(last === "KEY" && words.length > 1 && NON_SECRET_KEY_OWNERS.has(words[words.length - 2]!));
}

/** Values no one keeps as a secret: numbers, booleans, URLs, paths, prose, very short words. */
function mayBeSecret(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return false;
  if (/^[-+]?\d+(\.\d+)?$/.test(v) || /^(true|false|yes|no|none|null)$/i.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v)) return false; // URL without credentials
  if (/^(\/|\.\.?\/|~\/)/.test(v) || /\s/.test(v)) return false;
  return true;
}
