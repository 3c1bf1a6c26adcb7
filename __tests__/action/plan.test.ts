import { describe, expect, it } from "vitest";
import type { ServingEndpointDetailed } from "../../src/databricks/index.js";
import { planEndpoint } from "../../src/deploy/plan.js";
import { planLines, planMarkdown } from "../../src/deploy/plan-render.js";
import type { EndpointSpec } from "../../src/deploy/serving-spec.js";

const desired: EndpointSpec = {
  name: "support-agent",
  served_entities: [{ name: "support-agent-8", entity_name: "main.agents.support_agent", entity_version: "8", workload_size: "Medium", scale_to_zero_enabled: true }],
  traffic_config: { routes: [{ served_entity_name: "support-agent-8", traffic_percentage: 100 }] },
  tags: [{ key: "team", value: "support" }, { key: "tier", value: "gold" }],
  ai_gateway: { usage_tracking_config: { enabled: true } },
};

const live: ServingEndpointDetailed = {
  name: "support-agent",
  state: { ready: "READY", config_update: "NOT_UPDATING" },
  config: {
    config_version: 3,
    served_entities: [{ name: "support-agent-7", entity_name: "main.agents.support_agent", entity_version: "7", workload_size: "Small", scale_to_zero_enabled: false }],
    traffic_config: { routes: [{ served_entity_name: "support-agent-7", traffic_percentage: 100 }] },
  },
  tags: [{ key: "team", value: "search" }, { key: "old", value: "x" }],
};

describe("planEndpoint", () => {
  it("a missing endpoint will be created", () => {
    const p = planEndpoint(desired, undefined);
    expect(p.exists).toBe(false);
    expect(planLines(p)[0]).toBe("endpoint support-agent will be created");
    expect(planMarkdown(p)).toContain("will be created");
  });

  it("reports re-versioned, resized, scale-to-zero, traffic, tags and gateway changes", () => {
    const p = planEndpoint(desired, live);
    const text = planLines(p).join("\n");
    expect(text).toContain("~ served entity support-agent-7 → support-agent-8: version 7 → 8, size Small → Medium, scale to zero off → on");
    expect(text).toContain("~ traffic routes: support-agent-7 100% → support-agent-8 100%");
    expect(text).toContain("~ tag team: search → support");
    expect(text).toContain("+ tag tier: gold");
    expect(text).toContain("- tag old (x)");
    expect(text).toContain("+ ai gateway usage_tracking_config");
  });

  it("added and removed entities", () => {
    const two: EndpointSpec = {
      name: "e",
      served_entities: [
        { name: "a", entity_name: "m.s.a", entity_version: "1" },
        { name: "b", entity_name: "m.s.b", entity_version: "1" },
      ],
      traffic_config: { routes: [{ served_entity_name: "a", traffic_percentage: 50 }, { served_entity_name: "b", traffic_percentage: 50 }] },
    };
    const liveOne: ServingEndpointDetailed = { name: "e", config: { served_entities: [{ name: "c", entity_name: "m.s.c", entity_version: "2" }] } };
    const kinds = planEndpoint(two, liveOne).changes.map((c) => `${c.kind} ${c.area} ${c.subject}`);
    expect(kinds).toEqual(["add served entity a", "add served entity b", "remove served entity c", "change traffic routes"]);
  });

  it("no change is one line", () => {
    const same: EndpointSpec = { name: "support-agent", served_entities: [{ name: "support-agent-7", entity_name: "main.agents.support_agent", entity_version: "7", workload_size: "Small" }] };
    const p = planEndpoint(same, live);
    expect(planLines(p)).toEqual(["endpoint support-agent: no change"]);
  });

  it("mentions an update already in progress", () => {
    const busy = { ...live, state: { ready: "READY", config_update: "IN_PROGRESS" }, pending_config: { served_entities: [{ entity_name: "main.agents.support_agent", entity_version: "9" }] } } as ServingEndpointDetailed;
    expect(planEndpoint(desired, busy).notes[0]).toContain("in progress");
  });
});
