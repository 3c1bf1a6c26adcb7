import rule from "../../rules/fm-endpoint-retired.js";
import { py, ruleCases, yaml } from "../helpers/rule-cases.js";

const resources = (...names: string[]) => ({
  "serving.yaml": yaml`
    version: 1
    endpoint:
      name: agent
      served_entities:
        - {name: agent, entity_name: main.agents.agent, entity_version: "1"}
    model:
      resources:
        serving_endpoints:
  `.concat(names.map((n) => `      - ${n}\n`).join("")),
});
const entity = (entityName: string, pt: boolean) => ({
  "serving.yaml": yaml`
    version: 1
    endpoint:
      name: llm
      served_entities:
        - name: llm
          entity_name: ${entityName}
          entity_version: "1"
  `.concat(pt ? "      min_provisioned_throughput: 0\n      max_provisioned_throughput: 100\n" : ""),
});

ruleCases(rule, {
  valid: [
    { name: "current names", files: resources("databricks-claude-sonnet-4-5", "databricks-gpt-5-2", "databricks-llama-4-maverick") },
    { name: "embeddings have no retirement process", files: resources("databricks-gte-large-en", "databricks-bge-large-en") },
    { name: "unknown names are fm-endpoint-name's business", files: resources("databricks-claude-sonet-4-5", "support-agent") },
    { name: "a retirement more than 90 days away", today: "2026-04-16", files: resources("databricks-gpt-5-1-codex-max") },
    { name: "a classic UC model the catalog cannot map", files: entity("system.ai.llama_v3_3_70b_instruct", true) },
    { name: "a PT entity of a model whose PT day is unknown", files: entity("system.ai.meta_llama_v3_1_70b_instruct", true) },
    { name: "a custom name that shadows a catalog name", files: { ...resources("databricks-claude-3-7-sonnet"), ".serving-ci.yaml": "endpoints: [databricks-claude-3-7-sonnet]\n" } },
  ],
  invalid: [
    // DSPy's LiteLLM ids and llama-index's Databricks LLM name serving endpoints too (sweep: auschoi96, Data-drone).
    {
      name: "retired endpoints named by DSPy and llama-index clients",
      files: {
        "program.py": py`
          import dspy
          from databricks_dspy import DatabricksLM
          from llama_index.llms.databricks import Databricks
          lm = dspy.LM("databricks/databricks-claude-3-7-sonnet", cache=False)
          other = DatabricksLM(model="databricks/databricks-claude-3-7-sonnet")
          llm = Databricks(model="databricks-meta-llama-3-1-70b-instruct")
          fine = dspy.LM("openai/databricks-claude-3-7-sonnet")
        `,
      },
      errors: [
        { line: 4, column: 15, messageId: "retiredOn", message: "\"databricks/databricks-claude-3-7-sonnet\" was retired on 2026-04-12" },
        { line: 5, messageId: "retiredOn" },
        { line: 6, messageId: "retiredOn", message: "use \"databricks-meta-llama-3-3-70b-instruct\" instead" },
      ],
    },
    {
      name: "retired on the retirement day itself, with the successor and an opt-in fix",
      today: "2026-02-15",
      files: resources("databricks-meta-llama-3-1-405b-instruct"),
      errors: [{ line: 9, column: 9, messageId: "retiredOn", message: "\"databricks-meta-llama-3-1-405b-instruct\" was retired on 2026-02-15; use \"databricks-meta-llama-3-3-70b-instruct\" instead" }],
      output: resources("databricks-meta-llama-3-1-405b-instruct"),
    },
    {
      name: "--fix-retired replaces the name by the successor",
      files: resources("\"databricks-meta-llama-3-1-405b-instruct\""),
      optIns: ["fix-retired"],
      errors: [{ line: 9, messageId: "retiredOn", message: "retired on 2026-02-15" }],
      output: resources("\"databricks-meta-llama-3-3-70b-instruct\""),
    },
    {
      name: "a redirect window is mentioned while it lasts and after it ends",
      today: "2026-05-01",
      files: resources("databricks-gemini-3-pro"),
      errors: [{ line: 9, messageId: "retiredOn", message: "calls are redirected to databricks-gemini-3-1-pro until 2026-06-07, then fail" }],
    },
    {
      name: "after the redirect ended",
      files: resources("databricks-gemini-3-pro"),
      errors: [{ line: 9, messageId: "retiredOn", message: "its redirect ended on 2026-06-07" }],
    },
    {
      name: "retired without a published day",
      files: resources("databricks-mixtral-8x7b-instruct", "databricks-mpt-7b-instruct"),
      errors: [
        { line: 9, messageId: "retired", message: "\"databricks-mixtral-8x7b-instruct\" is retired; use \"databricks-meta-llama-3-3-70b-instruct\" instead" },
        { line: 10, messageId: "retired", message: "\"databricks-mpt-7b-instruct\" is retired" },
      ],
    },
    {
      name: "retiring within 90 days warns with the date",
      today: "2026-05-01",
      files: resources("databricks-gpt-5-1-codex-mini"),
      errors: [{ line: 9, messageId: "retiring", severity: "warning", message: "retires on 2026-07-16, in 76 days" }],
    },
    {
      name: "the day before the retirement day warns, not errors",
      today: "2026-07-15",
      files: resources("databricks-gpt-5-1-codex-max"),
      errors: [{ line: 9, messageId: "retiring", severity: "warning", message: "retires on 2026-07-16, in 1 day" }],
    },
    {
      name: "provisioned throughput outlives pay-per-token: 405B PT only warns on 2026-03-01",
      today: "2026-03-01",
      files: entity("system.ai.meta_llama_v3_1_405b_instruct", true),
      errors: [{ line: 6, messageId: "retiring", severity: "warning", message: "retires on 2026-05-15 for provisioned throughput, in 75 days" }],
    },
    {
      name: "deprecated (legacy) warns",
      files: resources("databricks-glm-5-2"),
      errors: [{ line: 9, messageId: "deprecated", severity: "warning", message: "use \"databricks-glm-5-3\" instead" }],
    },
    {
      name: "a provisioned system.ai entity uses the provisioned-throughput day, without a fix",
      today: "2026-05-15",
      files: entity("system.ai.meta_llama_v3_1_405b_instruct", true),
      errors: [{ line: 6, messageId: "retiredOn", message: "retired on 2026-05-15 for provisioned throughput" }],
      output: null,
    },
    {
      name: "the gateway form of a retired pay-per-token name",
      files: entity("system.ai.meta-llama-3-1-405b-instruct", false),
      errors: [{ line: 6, messageId: "retiredOn", message: "use \"system.ai.meta-llama-3-3-70b-instruct\" instead" }],
      output: null,
    },
  ],
});
