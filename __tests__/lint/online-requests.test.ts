// `lint --online` on a 100-endpoint monorepo: each distinct name is asked once,
// never more than 8 requests at a time, and the run stays fast.

import { describe, it, expect } from "vitest";
import { z } from "zod";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { startEmulator } from "../../src/emulator/index.js";
import { createDatabricksClient } from "../../src/databricks/index.js";
import { WorkspaceReader } from "../../src/databricks/workspace-read.js";
import { ONLINE_CONCURRENCY } from "../../src/lint/online/answers.js";
import { tempProject } from "../helpers/project.js";

const N = 100;

function monorepo(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < N; i++) {
    files[`agents/a${i}/serving.yaml`] = [
      "version: 1",
      "endpoint:",
      `  name: agent-${i}`,
      "  served_entities:",
      `    - entity_name: main.agents.agent_${i}`,
      '      entity_version: "1"',
      "      workload_size: Small",
      "      scale_to_zero_enabled: true",
      "      environment_vars:",
      '        VENDOR_KEY: "{{secrets/shared/vendor_key}}"',
      `        OTHER_KEY: "{{secrets/shared/key_${i % 3}}}"`,
      "model:",
      "  resources:",
      "    serving_endpoints: [team-reranker]",
      "    vector_search_indexes: [main.support.docs_index]",
      "deploy:",
      `  job: deploy-agent-${i}`,
      "",
    ].join("\n");
  }
  return files;
}

describe("lint --online request budget", () => {
  it("asks each distinct name once, at most 8 at a time, and finds nothing missing in a complete workspace", async () => {
    const emu = await startEmulator({
      scenario: {
        jobs: Array.from({ length: N }, (_, i) => ({ name: `deploy-agent-${i}` })),
        workspace: {
          modelVersions: Array.from({ length: N }, (_, i) => ({ model: `main.agents.agent_${i}`, version: 1 })),
          vectorSearchIndexes: [{ name: "main.support.docs_index" }],
          secretScopes: [{ name: "shared", keys: ["vendor_key", "key_0", "key_1", "key_2"] }],
        },
      },
    });
    let inFlight = 0;
    let maxInFlight = 0;
    const counting: typeof fetch = async (input, init) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const client = createDatabricksClient({ host: emu.url, auth: { type: "pat", token: emu.token }, fetch: counting });
    await client.http.request({ method: "POST", path: "/api/2.0/serving-endpoints", json: { name: "team-reranker" }, schema: z.unknown(), idempotent: false });
    emu.log.clear();
    maxInFlight = 0;
    const project = tempProject(monorepo());
    try {
      const started = Date.now();
      const result = await lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27", online: new WorkspaceReader(client.http) });
      const elapsed = Date.now() - started;
      expect(result.findings.filter((f) => f.ruleId.startsWith("online-")).map((f) => f.message)).toEqual([]);
      const paths = emu.log.entries.map((e) => `${e.path}${e.query.scope ? `?scope=${e.query.scope}` : ""}${e.query.name ? `?name=${e.query.name}` : ""}`);
      // 1 endpoint list + 100 model versions + 1 index + 1 secret scope + 100 job lookups.
      expect(paths.length).toBe(1 + N + 1 + 1 + N);
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths.filter((p) => p === "/api/2.0/serving-endpoints")).toHaveLength(1);
      expect(paths.filter((p) => p.startsWith("/api/2.0/secrets/list"))).toEqual(["/api/2.0/secrets/list?scope=shared"]);
      expect(maxInFlight).toBeLessThanOrEqual(ONLINE_CONCURRENCY);
      expect(maxInFlight).toBeGreaterThan(1);
      expect(elapsed).toBeLessThan(20_000);
    } finally {
      project.remove();
      await emu.close();
    }
  });
});
