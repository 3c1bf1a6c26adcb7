import { describe, expect, it } from "vitest";
import rule from "../../rules/fm-endpoint-name.js";
import { loadCatalog } from "../../src/lint/catalog.js";
import type { EndpointRef } from "../../src/lint/facts/endpoint-ref.js";
import type { LintFacts } from "../../src/lint/facts/lint-facts.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const resources = (...names: string[]) => yaml`
  version: 1
  endpoint:
    name: agent
    served_entities:
      - {name: agent, entity_name: main.agents.agent, entity_version: "1"}
  model:
    resources:
      serving_endpoints:
`.concat(names.map((n) => `      - ${n}\n`).join(""));
const withResources = (...names: string[]) => resources(...names).replace(/\n$/, "\n");
const fixed = (...names: string[]) => ({ "serving.yaml": withResources(...names) });
const entity = (entityName: string, pt = true) => yaml`
  version: 1
  endpoint:
    name: llm
    served_entities:
      - name: llm
        entity_name: ${entityName}
        entity_version: "1"
`.concat(pt ? "      min_provisioned_throughput: 0\n      max_provisioned_throughput: 100\n" : "");

ruleCases(rule, {
  valid: [
    { name: "exact catalog names, retired ones included", files: { "serving.yaml": resources("databricks-claude-sonnet-4-5", "databricks-gte-large-en", "databricks-meta-llama-3-1-405b-instruct") } },
    { name: "custom endpoints, Bedrock proxies and whisper are silent", files: { "serving.yaml": resources("support-agent", "us-anthropic-claude-sonnet-4-5", "claude-3-5-sonnet-20240620-v1-0", "sandbox_whisper_large_v3", "meta-llama-3-3-70b-instruct") } },
    {
      name: "a config custom name settles an unknown databricks- name",
      files: { "serving.yaml": resources("databricks-claude-opus-6"), ".serving-ci.yaml": "endpoints: [databricks-claude-opus-6]\n" },
    },
    { name: "classic system.ai UC model names are not guessed", files: { "serving.yaml": entity("system.ai.llama_v3_3_70b_instruct") } },
    { name: "the gateway form of a catalog name", files: { "serving.yaml": entity("system.ai.claude-sonnet-4-5", false) } },
    { name: "a gateway id that is not the stripped endpoint name", files: { "serving.yaml": entity("system.ai.gemma-3-12b-it", false) } },
    {
      name: "a bundle variable is not judged",
      files: {
        "databricks.yml": yaml`
          bundle: {name: b}
          resources:
            model_serving_endpoints:
              proxy:
                name: proxy
                config:
                  served_entities:
                    - name: proxy
                      external_model:
                        name: "databricks-\${var.model}"
                        provider: databricks-model-serving
                        task: llm/v1/chat
                        databricks_model_serving_config: {databricks_api_token: "{{secrets/s/t}}", databricks_workspace_url: "https://example.cloud.databricks.com"}
        `,
      },
    },
    // DSPy calls models through LiteLLM: the databricks/ namespace belongs there, and another provider's id names no endpoint.
    {
      name: "LiteLLM model ids in DSPy",
      files: {
        "program.py": py`
          import dspy
          import databricks_dspy
          dspy.configure(lm=dspy.LM("databricks/databricks-claude-sonnet-4-5"))
          judge = dspy.LM("openai/gpt-4o-mini")
          lm = databricks_dspy.DatabricksLM(model="databricks/databricks-gpt-5-2")
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a near miss gets the nearest name and a safe fix",
      files: { "serving.yaml": resources("databricks-claude-sonet-4-5") },
      errors: [{ line: 9, column: 9, messageId: "unknownNear", message: "did you mean \"databricks-claude-sonnet-4-5\"?" }],
      output: fixed("databricks-claude-sonnet-4-5"),
    },
    {
      name: "normalisations: dots, case, meta- on Llama 4, missing meta- and -instruct",
      files: { "serving.yaml": resources("databricks-claude-haiku-4.5", "DATABRICKS-GTE-LARGE-EN", "databricks-meta-llama-4-maverick", "databricks-llama-3-3-70b") },
      errors: [
        { line: 9, messageId: "unknownNear", message: "\"databricks-claude-haiku-4-5\"" },
        { line: 10, messageId: "unknownNear", message: "\"databricks-gte-large-en\"" },
        { line: 11, messageId: "unknownNear", message: "\"databricks-llama-4-maverick\"" },
        { line: 12, messageId: "unknownNear", message: "\"databricks-meta-llama-3-3-70b-instruct\"" },
      ],
      output: fixed("databricks-claude-haiku-4-5", "databricks-gte-large-en", "databricks-llama-4-maverick", "databricks-meta-llama-3-3-70b-instruct"),
    },
    {
      // The nearest name is retired: renaming to it would trade one broken name for another.
      name: "a near miss of a retired endpoint is never fixed to it; its successor only with --fix-retired",
      files: { "serving.yaml": resources("databricks-llama-3-70b") },
      errors: [{ line: 9, messageId: "unknownNear", message: "\"databricks-meta-llama-3-70b-instruct\"" }],
      output: fixed("databricks-llama-3-70b"),
    },
    {
      name: "the successor of a retired near name, opted in",
      files: { "serving.yaml": resources("databricks-llama-3-70b") },
      errors: [{ line: 9, messageId: "unknownNear" }],
      optIns: ["fix-retired"],
      output: fixed("databricks-meta-llama-3-3-70b-instruct"),
    },
    {
      name: "a unique near name that changes the version is suggested, not applied",
      files: { "serving.yaml": resources("databricks-gpt-4o-mini") },
      errors: [{ line: 9, messageId: "unknownNear", message: "\"databricks-gpt-5-mini\"" }],
      output: null,
    },
    {
      name: "several equally near names: no fix",
      files: { "serving.yaml": resources("databricks-gemini-3-6-flash") },
      errors: [{ line: 9, messageId: "unknownNear", message: "\"databricks-gemini-3-5-flash\" or \"databricks-gemini-3-7-flash\" or \"databricks-gemini-3-8-flash\"" }],
      output: null,
    },
    {
      // Sweep I: a provider's dated model id with the prefix is five edits from the nearest name; naming that
      // one as "did you mean" would name another model, and the catalog may simply not know this one yet.
      name: "a name more than two edits from every catalog name is far, not a slip",
      files: { "serving.yaml": resources("databricks-gemini-2-0-flash-001") },
      errors: [{ line: 9, messageId: "unknownFar", severity: "warning" }],
      output: null,
    },
    {
      name: "two edits are still a slip",
      files: { "serving.yaml": resources("databricks-claud-sonet-4-5") },
      errors: [{ line: 9, messageId: "unknownNear", severity: "error", message: "\"databricks-claude-sonnet-4-5\"" }],
    },
    {
      name: "a name far from every catalog name warns",
      files: { "serving.yaml": resources("databricks-acme-rag-bot") },
      errors: [{ line: 9, messageId: "unknownFar", severity: "warning", message: "catalog of 2026-11-27" }],
      output: null,
    },
    {
      name: "URLs, paths and provider model ids where a bare name is expected",
      files: { "serving.yaml": resources(
        "https://dbc-1234.cloud.databricks.com/serving-endpoints/support-agent/invocations",
        "/serving-endpoints/databricks-gte-large-en/invocations",
        "claude-sonnet-4-5-20250929",
        "gpt-5.2",
        "meta-llama/Llama-3.3-70B-Instruct",
        "databricks/databricks-gpt-5-2",
        "\"my endpoint\"",
      ) },
      errors: [
        { line: 9, messageId: "url", message: "such as \"support-agent\"" },
        { line: 10, messageId: "path", message: "such as \"databricks-gte-large-en\"" },
        { line: 11, messageId: "providerModelId", message: "such as \"databricks-claude-sonnet-4-5\"" },
        { line: 12, messageId: "providerModelId", message: "such as \"databricks-gpt-5-2\"" },
        { line: 13, messageId: "providerModelId", message: "such as \"databricks-meta-llama-3-3-70b-instruct\"" },
        { line: 14, messageId: "litellmPrefix", message: "\"databricks-gpt-5-2\"" },
        { line: 15, messageId: "badCharacters" },
      ],
      output: fixed("support-agent", "databricks-gte-large-en", "claude-sonnet-4-5-20250929", "gpt-5.2", "meta-llama/Llama-3.3-70B-Instruct", "databricks-gpt-5-2", "\"my endpoint\""),
    },
    {
      name: "system.ai with the prefix doubled",
      files: { "serving.yaml": entity("system.ai.databricks-claude-opus-4-6", false) },
      errors: [{ line: 6, messageId: "doubledPrefix", message: "\"system.ai.claude-opus-4-6\"" }],
      output: { "serving.yaml": entity("system.ai.claude-opus-4-6", false) },
    },
    {
      name: "a near miss in the gateway form warns",
      files: { "serving.yaml": entity("system.ai.claude-sonet-4-5", false) },
      errors: [{ line: 6, messageId: "unknownGateway", severity: "warning", message: "\"system.ai.claude-sonnet-4-5\"" }],
    },
    {
      name: "an external model proxying a misspelt foundation model",
      files: {
        "serving.yaml": yaml`
          version: 1
          endpoint:
            name: proxy
            served_entities:
              - name: proxy
                external_model:
                  name: databricks-gpt-5-mni
                  provider: databricks-model-serving
                  task: llm/v1/chat
                  databricks_model_serving_config: {databricks_api_token: "{{secrets/s/t}}", databricks_workspace_url: "https://example.cloud.databricks.com"}
        `,
      },
      errors: [{ line: 7, messageId: "unknownNear", message: "\"databricks-gpt-5-mini\"" }],
    },
  ],
});

describe("fm-endpoint-name on code refs (no bare name required)", () => {
  const run = (value: string, expectsBareName = false) => {
    const span = { file: "agent.py", line: 3, column: 10, endLine: 3, endColumn: 10 + value.length + 2, start: 40, end: 42 + value.length };
    const ref: EndpointRef = { name: { value, span }, context: "ChatDatabricks(endpoint=...)", form: "endpoint", expectsBareName };
    const facts = { repoRoot: "/", files: [], problems: [], servingFiles: [], bundleFiles: [], endpointBodies: [], appConfigs: [], endpoints: [], endpointRefs: [ref] } as LintFacts;
    const out: { id: string; fix?: string }[] = [];
    rule.check(facts, { today: "2026-11-27", catalog: loadCatalog(), customEndpoints: new Set() }, (id, _at, _d, o) => out.push({ id, fix: o?.fix?.edits[0]?.text }));
    return out;
  };
  it("a LiteLLM model string is fine where the namespace belongs", () => expect(run("databricks/databricks-gpt-5-2")).toEqual([]));
  it("a LiteLLM model string with a typo is fixed after the namespace", () => {
    expect(run("databricks/databricks-gpt-5-mni")).toEqual([{ id: "unknownNear", fix: "databricks-gpt-5-mini" }]);
  });
  it("provider ids are not judged where the call may take them", () => expect(run("gpt-5.2")).toEqual([]));
  it("a URL is judged only where a bare name is expected", () => {
    expect(run("https://x.cloud.databricks.com/serving-endpoints/a/invocations")).toEqual([]);
    expect(run("https://x.cloud.databricks.com/serving-endpoints/a/invocations", true).map((f) => f.id)).toEqual(["url"]);
  });
});
