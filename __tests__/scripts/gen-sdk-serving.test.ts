// The SDK serving data is derived from the SDK's module: the derivation on an
// excerpt of our own in its shape, the committed data agreeing where they
// overlap, and the --check mode.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import committed from "../../rules/data/sdk-serving.json" with { type: "json" };
import { deriveSdkServing, METHODS, render, ROOTS } from "../../scripts/gen-sdk-serving.mjs";

const FIXTURE = new URL("../fixtures/sdk-serving/serving-excerpt.py", import.meta.url);
const excerpt = readFileSync(FIXTURE, "utf8");

describe("gen-sdk-serving", () => {
  it("reads dataclass fields (type, list, map, class, enum, required), skipping docstrings and methods", () => {
    const data = deriveSdkServing(excerpt, ["Route"]);
    expect(data.classes.Route).toEqual({
      env: { map: true, type: "string", required: false },
      kind: { type: "string", enum: "RouteKind", required: false },
      tags: { list: true, type: "object", class: "EndpointTag", required: false },
      traffic_percentage: { type: "integer", required: true },
    });
    // Referenced classes and enums come along.
    expect(data.classes.EndpointTag).toEqual({ key: { type: "string", required: true }, value: { type: "string", required: false } });
    expect(data.enums).toEqual({ RouteKind: ["canary", "stable"] });
  });

  it("reads method signatures (positional, keyword-only, required, unannotated) and brings their classes along", () => {
    const data = deriveSdkServing(excerpt, [], ["update_route", "delete"]);
    expect(data.methods?.update_route).toEqual({
      params: {
        name: { type: "string", required: true },
        route: { type: "object", class: "Route", required: false },
        tags: { list: true, type: "object", class: "EndpointTag", required: false },
        timeout: { type: "any", required: false },
      },
      positional: ["name"],
    });
    expect(data.methods?.delete).toEqual({ params: { name: { type: "string", required: true } }, positional: ["name"] });
    // Fields keep their declaration order for positional arguments; enums keep member names.
    expect(data.positional?.Route).toEqual(["traffic_percentage", "kind", "tags", "env"]);
    expect(data.enumMembers?.RouteKind).toEqual({ CANARY: "canary", STABLE: "stable" });
    expect(() => deriveSdkServing(excerpt, [], ["create"])).toThrow(/no method ServingEndpointsAPI.create/);
  });

  it("agrees with the committed data where the excerpt spells a class as the SDK does", () => {
    expect(committed.classes.EndpointTag).toEqual(deriveSdkServing(excerpt, ["EndpointTag"]).classes.EndpointTag);
    expect(Object.keys(committed.classes)).toEqual(expect.arrayContaining(ROOTS));
    expect(Object.keys(committed.methods)).toEqual(METHODS);
    expect(render(committed as never)).toBe(readFileSync(new URL("../../rules/data/sdk-serving.json", import.meta.url), "utf8"));
  });

  it("a module without the classes exits 2 with a message, not a stack", () => {
    const script = new URL("../../scripts/gen-sdk-serving.mjs", import.meta.url).pathname;
    const bad = spawnSync(process.execPath, [script, FIXTURE.pathname, "--check"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/has no (method ServingEndpointsAPI.create|dataclass EndpointCoreConfigInput)/);
    expect(bad.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});
