import { describe, expect, it } from "vitest";
import { endpointMarker, hasEndpointMarker, mayOverwrite, readStamp, stampMarker } from "../../src/action/comment/marker.js";

describe("comment markers", () => {
  it("round-trip", () => {
    const body = `${endpointMarker("support-agent")}\n${stampMarker({ stage: "pr", sha: "abc", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-01T00:05:00.000Z" })}\nhello`;
    expect(hasEndpointMarker(body, "support-agent")).toBe(true);
    expect(hasEndpointMarker(body, "support")).toBe(false);
    expect(readStamp(body)).toEqual({ stage: "pr", sha: "abc", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-01T00:05:00.000Z" });
  });

  it("the same commit always overwrites (a re-run); an older commit never does", () => {
    const newer = { stage: "pr" as const, sha: "new", commitTime: "2026-01-02T00:00:00Z", runAt: "2026-01-02T00:01:00Z" };
    const older = { stage: "pr" as const, sha: "old", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-03T00:00:00Z" };
    expect(mayOverwrite(newer, older)).toBe(false); // a late re-run of an old commit
    expect(mayOverwrite(older, newer)).toBe(true);
    expect(mayOverwrite(newer, { ...newer, runAt: "2026-01-01T00:00:00Z" })).toBe(true);
    expect(mayOverwrite(undefined, older)).toBe(true);
  });

  it("a merge run supersedes PR runs, whatever the commit dates; a late PR run never replaces it", () => {
    const pr = { stage: "pr" as const, sha: "p", commitTime: "2026-01-05T00:00:00Z", runAt: "2026-01-05T00:00:00Z" };
    const merge = { stage: "merge" as const, sha: "m", commitTime: "2026-01-01T00:00:00Z", runAt: "2026-01-06T00:00:00Z" };
    expect(mayOverwrite(pr, merge)).toBe(true);
    expect(mayOverwrite(merge, { ...pr, runAt: "2026-01-07T00:00:00Z" })).toBe(false);
  });

  it("falls back to run times without commit times", () => {
    expect(mayOverwrite({ stage: "pr", sha: "a", commitTime: undefined, runAt: "2026-01-02T00:00:00Z" }, { stage: "pr", sha: "b", commitTime: undefined, runAt: "2026-01-01T00:00:00Z" })).toBe(false);
  });
});
