// Bundle endpoints as plan reads them: the linter's YAML loader, so a merge key plans as it lints.
import { describe, expect, it } from "vitest";
import { readBundleEndpoints } from "../../src/deploy/bundle-spec.js";
import { LineIndex } from "../../src/lint/line-index.js";
import type { SourceFile } from "../../src/lint/facts/source.js";

function bundle(text: string): SourceFile {
  return { path: "databricks.yml", absPath: "/repo/databricks.yml", kind: "bundle", text, lines: new LineIndex(text) };
}

const MERGED = `bundle:
  name: agents
x-entity: &entity
  entity_name: main.agents.support_agent
  workload_size: Small
  scale_to_zero_enabled: true
resources:
  model_serving_endpoints:
    support:
      name: support-agent
      config:
        served_entities:
          - <<: *entity
            name: support-7
            entity_version: "7"
`;

describe("readBundleEndpoints", () => {
  it("applies merge keys, as the linter and the bundle CLI do", () => {
    const [ep] = readBundleEndpoints([bundle(MERGED)]);
    expect(ep?.planBlocked).toBeUndefined();
    expect(ep?.spec.endpoint.served_entities).toEqual([
      { entity_name: "main.agents.support_agent", workload_size: "Small", scale_to_zero_enabled: true, name: "support-7", entity_version: "7" },
    ]);
  });

  it("reads no endpoint from a file that is not valid YAML (the lint step reports it)", () => {
    expect(readBundleEndpoints([bundle("resources:\n  model_serving_endpoints:\n    a: {name: x\n")])).toEqual([]);
  });
});
