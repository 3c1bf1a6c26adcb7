// The edge checks that replaced zod on the action's lint path (shape.ts), and the
// three readers built on them: the event payload, serving.yaml for deploy, GitHub responses.
import { describe, expect, it } from "vitest";
import { readGitHubContext } from "../src/action/github-context.js";
import { createGitHubApi } from "../src/action/github-api.js";
import { readServingSpec } from "../src/deploy/serving-spec.js";
import { array, checkShape, either, integer, looseObject, nonEmptyString, nullable, number, oneOf, optional, record, scalarText, string } from "../src/shape.js";
import { LineIndex } from "../src/lint/line-index.js";

describe("shape readers", () => {
  const Item = looseObject({ id: integer, name: optional(string), tags: optional(array(string)), owner: optional(nullable(looseObject({ login: string }))) });

  it("accepts the shape, keeps unknown keys and leaves absent optional keys absent", () => {
    const r = checkShape(Item, { id: 3, extra: { deep: true }, owner: null });
    expect(r).toEqual({ ok: true, value: { id: 3, extra: { deep: true }, owner: null } });
    expect(r.ok && "name" in r.value).toBe(false);
  });

  it("names the first bad field by its path", () => {
    expect(checkShape(Item, { id: 3, tags: ["a", 4] })).toEqual({ ok: false, path: "tags.1", problem: "expected a string, found a number" });
    expect(checkShape(Item, { id: 1.5 })).toEqual({ ok: false, path: "id", problem: "expected an integer, found a number" });
    expect(checkShape(Item, { id: 1, owner: { login: null } })).toEqual({ ok: false, path: "owner.login", problem: "expected a string, found null" });
    expect(checkShape(Item, [1])).toEqual({ ok: false, path: "(root)", problem: "expected an object, found an array" });
  });

  it("optional takes undefined, not null; nullable takes null", () => {
    expect(checkShape(looseObject({ a: optional(string) }), { a: null }).ok).toBe(false);
    expect(checkShape(nullable(string), null)).toEqual({ ok: true, value: null });
  });

  it("numbers are finite (YAML's .inf is no amount); scalars become text", () => {
    expect(checkShape(number, Infinity)).toEqual({ ok: false, path: "(root)", problem: "expected a number, found Infinity" });
    expect(checkShape(record(scalarText), { v: 7, b: true, s: "x" })).toEqual({ ok: true, value: { v: "7", b: "true", s: "x" } });
    expect(checkShape(scalarText, {}).ok).toBe(false);
  });

  it("either, oneOf and nonEmptyString", () => {
    const Job = either(nonEmptyString, integer);
    expect(checkShape(Job, "deploy")).toEqual({ ok: true, value: "deploy" });
    expect(checkShape(Job, 42)).toEqual({ ok: true, value: 42 });
    expect(checkShape(Job, "").ok).toBe(false);
    expect(checkShape(oneOf(["job", "direct"]), "jobs")).toEqual({ ok: false, path: "(root)", problem: 'expected one of "job", "direct", found a string' });
  });
});

describe("readers built on them", () => {
  it("the event payload: a pull request from a fork, and a payload of the wrong shape", () => {
    const env = { GITHUB_EVENT_PATH: "/event.json", GITHUB_REPOSITORY: "acme/agents" };
    const pr = { pull_request: { number: 7, head: { sha: "abc", repo: { full_name: "eve/agents", fork: true } }, base: { repo: { full_name: "acme/agents" } } } };
    const ctx = readGitHubContext(env, () => JSON.stringify(pr));
    expect(ctx.pullRequest).toEqual({ number: 7, headSha: "abc", fromFork: true });
    expect(ctx.sha).toBe("abc");
    expect(() => readGitHubContext(env, () => JSON.stringify({ pull_request: { number: "7", head: { sha: "abc" } } }))).toThrow(
      "the GitHub event payload /event.json has an unexpected shape at pull_request.number: expected a number, found a string",
    );
  });

  const source = (text: string) => ({ path: "agent/serving.yaml", absPath: "/r/agent/serving.yaml", kind: "serving" as const, text, lines: new LineIndex(text) });

  it("serving.yaml for deploy: versions as text, the job's parameters, and a field that cannot be deployed", () => {
    const spec = readServingSpec(source("version: 1\nendpoint:\n  name: a\n  served_entities: [{entity_name: m.s.x, entity_version: 7}]\ndeploy: {job: 12, timeout: 10m}\n"));
    expect(spec.endpoint.served_entities?.[0]?.entity_version).toBe("7");
    expect(spec.deploy).toEqual({ mode: "job", job: 12, parameters: { model_name: "m.s.x", version: "7", endpoint_name: "a" }, timeoutMs: 600_000 });
    expect(() => readServingSpec(source("endpoint:\n  name: a\n  traffic_config: {routes: [{traffic_percentage: '50'}]}\n"))).toThrow(
      "agent/serving.yaml:3:50: cannot plan or deploy: endpoint.traffic_config.routes.0.traffic_percentage: expected a number, found a string; fix the lint findings first",
    );
    expect(() => readServingSpec(source("endpoint:\n  name: ''\n"))).toThrow(/endpoint\.name: expected a non-empty string/);
  });

  it("a GitHub response of the wrong shape is an API error naming the field", async () => {
    const api = createGitHubApi({ apiUrl: "http://gh", owner: "acme", repo: "agents", token: "t", fetch: async () => new Response(JSON.stringify([{ id: "1" }])) });
    await expect(api.listIssueComments(1)).rejects.toThrow("unexpected response shape at 0.id: expected a number, found a string");
  });
});
