import { describe, expect, it } from "vitest";
import { endpointMarker, hasEndpointMarker, mayOverwrite, readStamp, stampMarker } from "../../src/action/comment/marker.js";

describe("comment markers", () => {
  it("round-trip", () => {
    const body = `${endpointMarker("support-agent")}\n${stampMarker({ sha: "abc", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-01T00:05:00.000Z" })}\nhello`;
    expect(hasEndpointMarker(body, "support-agent")).toBe(true);
    expect(hasEndpointMarker(body, "support")).toBe(false);
    expect(readStamp(body)).toEqual({ sha: "abc", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-01T00:05:00.000Z" });
  });

  it("the same commit always overwrites (a re-run); an older commit never does", () => {
    const newer = { sha: "new", commitTime: "2026-01-02T00:00:00Z", runAt: "2026-01-02T00:01:00Z" };
    const older = { sha: "old", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-03T00:00:00Z" };
    expect(mayOverwrite(newer, older)).toBe(false); // a late re-run of an old commit
    expect(mayOverwrite(older, newer)).toBe(true);
    expect(mayOverwrite(newer, { ...newer, runAt: "2026-01-01T00:00:00Z" })).toBe(true);
    expect(mayOverwrite(undefined, older)).toBe(true);
  });

  it("falls back to run times without commit times", () => {
    expect(mayOverwrite({ sha: "a", commitTime: undefined, runAt: "2026-01-02T00:00:00Z" }, { sha: "b", commitTime: undefined, runAt: "2026-01-01T00:00:00Z" })).toBe(false);
  });
});
