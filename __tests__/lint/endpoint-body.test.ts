// serving-endpoints request bodies kept as JSON files (`databricks serving-endpoints create --json @f`):
// which files are taken for one, and that the endpoint rules read them where they are written.
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { endpointBodyKind } from "../../src/lint/facts/endpoint-body.js";
import { applyFixes } from "../../src/lint/fix.js";
import { lint } from "../../src/lint/lint.js";
import { LineIndex } from "../../src/lint/line-index.js";
import { parseYaml } from "../../src/lint/yaml/parse-yaml.js";
import { tempProject } from "../helpers/project.js";

const kindOf = (json: string) => endpointBodyKind(parseYaml("f.json", new LineIndex(json)).root);

const entity = { entity_name: "main.agents.churn", entity_version: "3", workload_size: "Small", scale_to_zero_enabled: true };

describe("endpointBodyKind", () => {
  it("takes a create body and an update-config body", () => {
    expect(kindOf(JSON.stringify({ name: "churn", config: { served_entities: [entity] }, tags: [] }))).toBe("create");
    expect(kindOf(JSON.stringify({ name: "churn", config: { served_models: [] } }))).toBe("create");
    expect(kindOf(JSON.stringify({ served_entities: [entity], traffic_config: { routes: [] } }))).toBe("config");
  });

  it("leaves a saved GET response, a wrapper, a list and other JSON alone", () => {
    // What `serving-endpoints get` prints has keys no request body has (id, state, creator).
    expect(kindOf(JSON.stringify({ name: "churn", id: "e1", state: { ready: "READY" }, config: { served_entities: [entity] } }))).toBeUndefined();
    expect(kindOf(JSON.stringify({ endpoints: [{ name: "churn", config: { served_entities: [entity] } }] }))).toBeUndefined();
    expect(kindOf(JSON.stringify([{ name: "churn", config: { served_entities: [entity] } }]))).toBeUndefined();
    expect(kindOf(JSON.stringify({ name: "churn", config: { served_entities: "none" } }))).toBeUndefined();
    expect(kindOf(JSON.stringify({ name: "churn" }))).toBeUndefined();
    expect(kindOf("{}")).toBeUndefined();
  });
});

async function lintFiles(files: Record<string, string>) {
  const p = tempProject({ ".git/HEAD": "ref: refs/heads/main\n", ...files });
  const result = await lint({ cwd: p.dir, paths: [], rules: RULES, today: "2026-11-27" });
  return { p, result, shown: result.findings.map((f) => `${f.span.file}:${f.span.line}:${f.span.column} ${f.ruleId}/${f.messageId}`) };
}

describe("JSON endpoint bodies in a lint run", () => {
  // Tab-indented, as editors often write JSON: YAML would refuse tabs as indentation.
  const body = [
    "{",
    '\t"name": "churn-agent",',
    '\t"config": {',
    '\t\t"served_entities": [{',
    '\t\t\t"entity_name": "main.agents.churn", "entity_version": "3",',
    '\t\t\t"workload_sise": "Small", "scale_to_zero_enabled": true',
    "\t\t}],",
    '\t\t"traffic_config": {"routes": [{"served_model_name": "churn-3", "traffic_percentage": 90}]}',
    "\t}",
    "}",
    "",
  ].join("\n");

  it("reports what the endpoint rules find at the body's own lines and columns", async () => {
    const { p, shown } = await lintFiles({ "deploy/endpoint_config.json": body });
    expect(shown).toEqual(["deploy/endpoint_config.json:6:4 schema/unknownKey", "deploy/endpoint_config.json:8:32 traffic-config/badSum"]);
    p.remove();
  });

  it("reads no JSON whose name does not say endpoint or serving, nor one that is not JSON", async () => {
    const { p, shown } = await lintFiles({ "data/config.json": body, "endpoint.json": `// a template\n${body}`, "serving.json": "{\"name\": " });
    expect(shown).toEqual([]);
    p.remove();
  });

  it("stays silent on a correct body and on a saved GET response", async () => {
    const good = JSON.stringify({ name: "churn-agent", config: { served_entities: [entity] } }, null, 2);
    const saved = JSON.stringify({ name: "churn-agent", id: "e1", state: { ready: "READY" }, config: { served_entities: [{ ...entity, foo: 1 }] } });
    const { p, shown } = await lintFiles({ "endpoint.json": good, "endpoint-state.json": saved });
    expect(shown).toEqual([]);
    p.remove();
  });

  it("applies a safe fix inside a JSON body and leaves valid JSON", async () => {
    const text = JSON.stringify({ name: "churn-agent", config: { served_entities: [{ ...entity, workload_size: "small" }] } }, null, 2);
    const { p, result, shown } = await lintFiles({ "serving_endpoint.json": text });
    expect(shown).toEqual(["serving_endpoint.json:8:26 served-entities/sizeCase"]);
    expect(applyFixes(result.findings, result.files, { optIns: new Set() })).toBe(1);
    expect(JSON.parse(p.read("serving_endpoint.json"))).toEqual({ name: "churn-agent", config: { served_entities: [entity] } });
    p.remove();
  });
});
