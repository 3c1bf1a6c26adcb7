// Served entity names as the emulator gives them: an explicit `name` is kept; without one, the documented
// default (a UC name's last part, see endpoint-config.ts); a deployment job names it as agents.deploy does.
import { describe, expect, it } from "vitest";
import { agentsServedEntityName } from "../../src/emulator/endpoints.js";
import { clientFor, withEmulator } from "./harness.js";

describe("served entity names", () => {
  it("keeps an explicit name, and defaults a missing one", async () => {
    await withEmulator({}, async (emu) => {
      const client = clientFor(emu);
      await client.serving.create({
        name: "scorer",
        config: {
          served_entities: [
            { name: "support-agent-7", entity_name: "main.agents.support_agent", entity_version: "7", workload_size: "Small", scale_to_zero_enabled: true },
            { entity_name: "main.agents.support_agent", entity_version: "8", workload_size: "Small", scale_to_zero_enabled: true },
          ],
          traffic_config: { routes: [{ served_entity_name: "support-agent-7", traffic_percentage: 90 }, { served_entity_name: "support_agent-8", traffic_percentage: 10 }] },
        },
      });
      const ep = await client.serving.get("scorer");
      expect((ep.pending_config?.served_entities ?? []).map((e) => e.name)).toEqual(["support-agent-7", "support_agent-8"]);
    });
  });

  it("a deployment job serves the version under agents.deploy's name", () => {
    expect(agentsServedEntityName("main.agents.support_agent", "7")).toBe("main-agents-support_agent_7");
    // Cut so that the version suffix fits in 63 characters.
    const long = agentsServedEntityName(`main.agents.${"a".repeat(70)}`, "12");
    expect(long).toHaveLength(63);
    expect(long.endsWith("_12")).toBe(true);
  });
});
