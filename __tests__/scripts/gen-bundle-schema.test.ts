// The bundle data is derived, not written: the derivation on an excerpt in the
// CLI schema's own shape (our fixture, not the real file), the committed data
// agreeing with it where they overlap, and the --check mode.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import committed from "../../rules/data/bundle-schema.json" with { type: "json" };
import { deriveBundleSchema, render } from "../../scripts/gen-bundle-schema.mjs";

const FIXTURE = new URL("../fixtures/bundle-schema/jsonschema-excerpt.json", import.meta.url);
const excerpt: unknown = JSON.parse(readFileSync(FIXTURE, "utf8"));
const derived = deriveBundleSchema(excerpt);
const defs = derived.modelServingEndpoint.definitions;

describe("gen-bundle-schema", () => {
  it("lists the resource types, sorted", () => {
    expect(derived.resourceTypes).toEqual(["apps", "genie_spaces", "model_serving_endpoints"]);
  });

  it("drops the ${...} alternatives and descriptions, inlines primitives, slices and enums", () => {
    expect(derived.modelServingEndpoint.$ref).toBe("#/definitions/resources.ModelServingEndpoint");
    expect(defs["resources.ModelServingEndpoint"]).toEqual({
      type: "object",
      required: ["name"],
      properties: {
        config: { $ref: "#/definitions/serving.TrafficConfig" },
        name: { type: "string" },
        route_optimized: { type: "boolean" },
        tags: { type: "array", items: { $ref: "#/definitions/serving.EndpointTag" } },
        workload_type: { type: "string", enum: ["CPU", "GPU_SMALL"] },
      },
      additionalProperties: false,
    });
    expect(Object.keys(defs).sort()).toEqual(["resources.ModelServingEndpoint", "serving.EndpointTag", "serving.Route", "serving.TrafficConfig"]);
    expect(JSON.stringify(derived)).not.toMatch(/pattern|description|deprecated|\$defs/);
  });

  it("agrees with the committed data wherever the excerpt is complete", () => {
    const ours = committed.modelServingEndpoint.definitions as Record<string, unknown>;
    for (const name of ["serving.EndpointTag", "serving.Route", "serving.TrafficConfig"]) expect(ours[name]).toEqual(defs[name]);
    for (const t of derived.resourceTypes) expect(committed.resourceTypes).toContain(t);
    // The committed file is the script's own rendering (stable order, trailing newline).
    const text = readFileSync(new URL("../../rules/data/bundle-schema.json", import.meta.url), "utf8");
    expect(render(committed as never)).toBe(text);
  });

  it("--check fails on stale data and names the refresh command; bad input exits 2", () => {
    const script = new URL("../../scripts/gen-bundle-schema.mjs", import.meta.url).pathname;
    const stale = spawnSync(process.execPath, [script, FIXTURE.pathname, "--check"], { encoding: "utf8" });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/bundle-schema\.json is stale: run node scripts\/gen-bundle-schema\.mjs/);
    const missing = spawnSync(process.execPath, [script, "/nonexistent.json", "--check"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});
