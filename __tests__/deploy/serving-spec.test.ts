// serving.yaml as plan and deploy read it: the linter's YAML loader, so merge keys and anchors deploy as they
// lint, and a file that cannot be read fails with its position.
import { describe, expect, it } from "vitest";
import { readServingSpec } from "../../src/deploy/serving-spec.js";
import { applyDirect } from "../../src/deploy/deploy-direct.js";
import { UserError } from "../../src/errors.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { clientFor, withEmulator } from "../emulator/harness.js";

function source(text: string): SourceFile {
  return { path: "agents/serving.yaml", absPath: "/repo/agents/serving.yaml", kind: "serving", text, lines: new LineIndex(text) };
}

const MERGED = `version: 1
x-defaults: &defaults
  workload_size: Small
  scale_to_zero_enabled: true
  entity_name: main.ml.churn
endpoint:
  name: churn-scorer
  served_entities:
    - <<: *defaults
      name: churn-7
      entity_version: "7"
    - <<: *defaults
      name: churn-8
      entity_version: "8"
      workload_size: Medium
  traffic_config:
    routes:
      - {served_entity_name: churn-7, traffic_percentage: 50}
      - {served_entity_name: churn-8, traffic_percentage: 50}
deploy: {mode: direct}
`;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error("expected a UserError");
}

describe("readServingSpec", () => {
  it("applies merge keys: explicit keys win over the merged ones", () => {
    const spec = readServingSpec(source(MERGED));
    expect(spec.endpoint.served_entities).toEqual([
      { workload_size: "Small", scale_to_zero_enabled: true, entity_name: "main.ml.churn", name: "churn-7", entity_version: "7" },
      { workload_size: "Medium", scale_to_zero_enabled: true, entity_name: "main.ml.churn", name: "churn-8", entity_version: "8" },
    ].map((e) => expect.objectContaining(e)));
    expect(spec.deploy).toEqual({ mode: "direct", timeoutMs: undefined });
  });

  it("deploys the merged config (mode: direct against the emulator)", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      await applyDirect(client, readServingSpec(source(MERGED)), () => {}, () => "");
      const live = await client.serving.get("churn-scorer");
      const entities = (live.pending_config ?? live.config)?.served_entities ?? [];
      expect(entities.map((e) => [e.name, e.entity_name, e.entity_version, e.workload_size, e.scale_to_zero_enabled])).toEqual([
        ["churn-7", "main.ml.churn", "7", "Small", true],
        ["churn-8", "main.ml.churn", "8", "Medium", true],
      ]);
    });
  });

  it("refuses YAML the linter reports, at its position", () => {
    expect(errorOf(() => readServingSpec(source("version: 1\nendpoint:\n  name: a\n  name: b\n")))).toMatch(/^agents\/serving\.yaml:4:3: not valid YAML \(Map keys must be unique\)/);
    expect(errorOf(() => readServingSpec(source("version: 1\nendpoint: [\n")))).toMatch(/^agents\/serving\.yaml:\d+:\d+: not valid YAML/);
  });

  it("names the position of a field that cannot be deployed", () => {
    const text = "version: 1\nendpoint:\n  name: x\n  served_entities:\n    - entity_name: 7\n";
    expect(errorOf(() => readServingSpec(source(text)))).toMatch(/^agents\/serving\.yaml:5:20: cannot plan or deploy: endpoint\.served_entities\.0\.entity_name: /);
    // A missing field is placed at the map it is missing from.
    expect(errorOf(() => readServingSpec(source("version: 1\nendpoint:\n  served_entities: []\n")))).toMatch(/^agents\/serving\.yaml:3:3: cannot plan or deploy: endpoint\.name: /);
  });

  it("refuses an alias with no anchor before it", () => {
    expect(errorOf(() => readServingSpec(source("version: 1\nendpoint:\n  name: *nope\n")))).toMatch(/^agents\/serving\.yaml:3:/);
  });
});
