import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import rule from "../../rules/secrets-in-env.js";
import { lint } from "../../src/lint/lint.js";
import { FORMAT_NAMES, loadFormatter } from "../../src/report/formatters.js";
import { tempProject } from "../helpers/project.js";
import { ruleCases, yaml } from "../helpers/rule-cases.js";

// Fake credentials of the real shapes, assembled so no scanner mistakes this file for a leak.
const FAKE = {
  dapi: "dapi" + "0123456789abcdef".repeat(2),
  openai: "sk-" + "proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
  anthropic: "sk-" + "ant-api03-" + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe",
  github: "ghp" + "_" + "aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2",
  aws: "AKIA" + "IOSFODNN7EXAMPLE",
  slack: "xox" + "b-123456789012-abcdefghijklmnop",
  jwt: "eyJ" + "hbGciOiJIUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  password: "Hunter2-but-longer",
};

const entity = (env: string) => yaml`
  version: 1
  endpoint:
    name: agent
    served_entities:
      - name: agent
        entity_name: main.agents.agent
        entity_version: "1"
        environment_vars:
  ${env.replace(/^/gm, "        ")}
`;
const external = (config: string) => yaml`
  version: 1
  endpoint:
    name: chat
    served_entities:
      - name: chat
        external_model:
          name: gpt-5
          provider: openai
          task: llm/v1/chat
  ${config.replace(/^/gm, "        ")}
`;

ruleCases(rule, {
  valid: [
    {
      name: "references, including ones built from bundle variables",
      files: {
        "serving.yaml": entity(`OPENAI_API_KEY: "{{secrets/llm/openai}}"\nDATABRICKS_TOKEN: "{{secrets/\${var.scope}/token}}"\nDB_PASSWORD: "{{secrets/db/\${bundle.target}_password}}"`),
      },
    },
    {
      name: "credential-ish words that are not credentials",
      files: {
        "serving.yaml": entity(
          [
            `MAX_TOKENS: "512"`, `TOKENIZER: gpt2`, `KEYWORDS: "refund, order"`, `API_KEY_HEADER: Authorization`,
            `TOKEN_URL: https://login.example.com/oauth/token`, `PRIVATE_KEY_PATH: /dbfs/keys/service.pem`, `CACHE_KEY: user-profile-v2`,
            `S3_KEY: exports/2026/11/run.parquet`, `SECRET_SCOPE: llm`, `ENABLE_TOKEN_COUNTING: "true"`, `MAX_OUTPUT_TOKENS: 4096`,
            `PASSWORD_MIN_LENGTH: "12"`, `AUTH_TOKEN: ""`, `MODEL_NAME: sk-learn-classifier-v2-production`,
          ].join("\n"),
        ),
      },
    },
    {
      name: "a plaintext field filled from a bundle variable",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              chat:
                name: chat
                config:
                  served_entities:
                    - name: chat
                      external_model:
                        name: gpt-5
                        provider: openai
                        task: llm/v1/chat
                        openai_config: {openai_api_key_plaintext: "\${var.openai_key}"}
        `,
      },
    },
    {
      name: "external-model fields that are not secrets",
      files: {
        "serving.yaml": external(`openai_config:\n  openai_api_key: "{{secrets/llm/openai}}"\n  openai_api_base: https://example.openai.azure.com/\n  openai_api_type: azure\n  openai_deployment_name: gpt5-prod\n  microsoft_entra_client_id: 6731de76-14a6-49ae-97bc-6eba6914391e`),
      },
    },
  ],
  invalid: [
    {
      name: "secret-shaped values are found whatever the variable is called",
      files: {
        "serving.yaml": entity(Object.entries(FAKE).filter(([k]) => k !== "password").map(([k, v]) => `SETTING_${k.toUpperCase()}: "${v}"`).join("\n")),
      },
      errors: [
        { line: 9, messageId: "literalEnv", message: "literal Databricks token" },
        { line: 10, messageId: "literalEnv", message: "literal OpenAI API key" },
        { line: 11, messageId: "literalEnv", message: "literal Anthropic API key" },
        { line: 12, messageId: "literalEnv", message: "literal GitHub token" },
        { line: 13, messageId: "literalEnv", message: "literal AWS access key id" },
        { line: 14, messageId: "literalEnv", message: "literal Slack token" },
        { line: 15, messageId: "literalEnv", message: "literal JSON Web Token" },
      ],
      output: null,
    },
    {
      name: "credential names with a literal value",
      files: { "serving.yaml": entity(`DB_PASSWORD: ${FAKE.password}\nvendorApiKey: Zm9vYmFyYmF6cXV4\nSERVICE_TOKEN: 8f14e45fceea167a5a36dedd4bea2543`) },
      errors: [
        { line: 9, column: 22, messageId: "literalEnv", message: "\"DB_PASSWORD\" holds a literal secret" },
        { line: 10, messageId: "literalEnv", message: "\"vendorApiKey\"" },
        { line: 11, messageId: "literalEnv" },
      ],
    },
    {
      name: "a PEM private key in a block scalar",
      files: { "serving.yaml": entity(`GCP_SA: |\n  -----BEGIN PRIVATE KEY-----\n  MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n  -----END PRIVATE KEY-----`) },
      errors: [{ line: 9, messageId: "literalEnv", message: "literal PEM private key" }],
    },
    {
      name: "malformed references get the right form",
      files: { "serving.yaml": entity(`A_KEY: "{{secret/llm/a}}"\nB: "{{ secrets/llm/b }}"\nC_TOKEN: "\${{secrets/llm/c}}"\nD: "{{secrets/llm}}"\nE: "{{secrets.\${var.scope}.e}}"\nF: "{{secrets/\${var.scope}}}"\nG_ID: "{secrets/llm/g}"`) },
      errors: [
        { line: 9, messageId: "malformedRef", message: "write it as \"{{secrets/llm/a}}\"" },
        { line: 10, messageId: "malformedRef", message: "\"{{secrets/llm/b}}\"" },
        { line: 11, messageId: "malformedRef", message: "\"{{secrets/llm/c}}\"" },
        { line: 12, messageId: "malformedRef", message: "write it as {{secrets/<scope>/<key>}}" },
        { line: 13, messageId: "malformedRef", message: "write it as {{secrets/<scope>/<key>}}" },
        { line: 14, messageId: "malformedRef", message: "write it as {{secrets/<scope>/<key>}}" },
        { line: 15, messageId: "malformedRef", message: "write it as \"{{secrets/llm/g}}\"" },
      ],
      output: { "serving.yaml": entity(`A_KEY: "{{secrets/llm/a}}"\nB: "{{secrets/llm/b}}"\nC_TOKEN: "{{secrets/llm/c}}"\nD: "{{secrets/llm}}"\nE: "{{secrets.\${var.scope}.e}}"\nF: "{{secrets/\${var.scope}}}"\nG_ID: "{{secrets/llm/g}}"`) },
    },
    {
      name: "external-model key fields must hold references",
      files: { "serving.yaml": external(`openai_config:\n  openai_api_key: not-a-reference-9f8e7d\n  microsoft_entra_client_secret: "{{secret/llm/entra}}"`) },
      errors: [
        { line: 11, messageId: "literalField", message: "external_model.openai_config.openai_api_key holds a literal secret" },
        { line: 12, messageId: "malformedRef" },
      ],
    },
    {
      name: "every plaintext field is a finding, even a short one",
      files: {
        "serving.yaml": external(`custom_provider_config:\n  custom_provider_url: https://llm.example.com/v1\n  api_key_auth: {key: X-Api-Key, value_plaintext: abc}\n  bearer_token_auth: {token: "{{secrets/llm/bearer}}"}`),
      },
      errors: [{ line: 12, messageId: "plaintextField", message: "use value: \"{{secrets/<scope>/<key>}}\"" }],
    },
    {
      name: "api_key_auth.value and bearer_token_auth.token take references",
      files: {
        "serving.yaml": external(`custom_provider_config:\n  custom_provider_url: https://llm.example.com/v1\n  api_key_auth: {key: X-Api-Key, value: literal-value-123}\n  bearer_token_auth: {token: another-literal-456}`),
      },
      errors: [
        { line: 12, messageId: "literalField", message: "api_key_auth.value" },
        { line: 13, messageId: "literalField", message: "bearer_token_auth.token" },
      ],
    },
  ],
});

describe("secrets-in-env never prints a secret", () => {
  it("no finding, fix or output format contains the literal", async () => {
    const env = [...Object.entries(FAKE).map(([k, v]) => `${k.toUpperCase()}_TOKEN: "${v}"`), `PEM: "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBg"`].join("\n");
    const project = tempProject({
      "serving.yaml": entity(env),
      "ext/serving.yaml": external(`openai_config: {openai_api_key_plaintext: "${FAKE.openai}"}`),
    });
    try {
      const result = await lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27" });
      const mine = result.findings.filter((f) => f.ruleId === rule.id);
      expect(mine.length).toBe(Object.keys(FAKE).length + 2);
      const outputs = [JSON.stringify(result.findings)];
      for (const format of await Promise.all(FORMAT_NAMES.map(loadFormatter))) {
        outputs.push(format({ findings: result.findings, files: result.files, rules: RULES, version: "0.0.0", color: false }));
      }
      for (const out of outputs) {
        for (const secret of [...Object.values(FAKE), "MIIEvQIBADANBg"]) expect(out).not.toContain(secret);
      }
    } finally {
      project.remove();
    }
  });
});
