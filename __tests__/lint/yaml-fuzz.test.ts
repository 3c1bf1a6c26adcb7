// Property: whatever YAML-ish text arrives, lint() returns findings and never
// throws or hangs. Random text, mutations of a real serving.yaml, and
// structurally random documents.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { RULES } from "../../rules/index.js";
import { lint } from "../../src/lint/lint.js";
import { HostileTree, SECRET, target } from "../helpers/hostile-tree.js";
import { tempProject } from "../helpers/project.js";

const SEED = `version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: support-agent-7
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: Small
      scale_to_zero_enabled: true
      environment_vars: {VENDOR_KEY: "{{secrets/support/vendor_key}}"}
  traffic_config:
    routes: [{served_entity_name: support-agent-7, traffic_percentage: 100}]
model:
  pip_requirements: [mlflow==3.6.0]
  resources: {serving_endpoints: [databricks-meta-llama-3-3-70b-instruct]}
`;

const project = tempProject({});
afterAll(() => project.remove());

async function lintText(text: string): Promise<void> {
  writeFileSync(path.join(project.dir, "serving.yaml"), text);
  const r = await lint({ cwd: project.dir, paths: [], rules: RULES, today: "2026-11-27" });
  expect(Array.isArray(r.findings)).toBe(true);
}

const mutation = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", "\n", ":", "-", "[", "]", "{", "}", "*a", "&a", "!!binary", "\t", "'", '"', "#", "? ", "|", ">", "${var.x}", "<<: *a"));

describe("the linter never throws on YAML", () => {
  it("random strings", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), lintText), { numRuns: 150 });
  });

  it("mutations of a valid serving.yaml", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 8 }), async (muts) => {
        let text = SEED;
        for (const [a, b, ins] of muts) {
          const start = a % (text.length + 1);
          const end = Math.min(text.length, start + (b % 12));
          text = text.slice(0, start) + ins + text.slice(end);
        }
        await lintText(text);
      }),
      { numRuns: 200 },
    );
  });

  it("random documents shaped like serving.yaml", async () => {
    const leaf = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(fc.constantFrom("name", "served_entities", "traffic_config", "routes", "entity_name", "traffic_percentage", "environment_vars", "x"), tie("node"), { maxKeys: 4 })),
    })).node;
    await fc.assert(
      fc.asyncProperty(value, value, async (endpoint, model) => {
        await lintText(stringify({ version: 1, endpoint, model }));
      }),
      { numRuns: 150 },
    );
  });
});

describe("regressions found by fuzzing", () => {
  it("a complex key next to a merge key", async () => {
    await lintText("endpoint:\n  traffic_config:\n? es: [{a: 1, traffic_percentage: <<: *a-el:\n  pip: [x]\n");
    await lintText("? [a, b]\n: 1\n<<: *missing\n");
  });
});

describe("the linter reads nothing it must not, whatever the links", () => {
  const tree = new HostileTree();
  afterAll(() => tree.remove());
  const names = ["serving.yaml", "resources/serving.yml", "databricks.yml", "requirements.txt", "reqs/extra.txt", "config.yaml"];
  const include = fc.constantFrom("-r requirements.txt", "-r reqs/extra.txt", "-r /etc/passwd", "-r ../../x.txt", "-r .git/config", "-r lib/fifo", "-r lib/loop-a", "mlflow==3.6.0");

  it("random layouts of symlinks, devices, FIFOs and -r paths: no hang, no secret, no throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(target, { minLength: names.length, maxLength: names.length }), fc.array(include, { maxLength: 4 }), fc.boolean(), async (targets, reqs, named) => {
        tree.reset();
        const servingText = `${SEED}  code: [agent.py]\n`.replace("pip_requirements: [mlflow==3.6.0]", `pip_requirements: ${JSON.stringify(["mlflow==3.6.0", ...reqs])}`);
        const bundle = "bundle: {name: b}\ninclude: [resources/*.yml]\n";
        const contents = [servingText, "resources:\n  model_serving_endpoints:\n    a: {name: a}\n", bundle, "-r reqs/extra.txt\nx\n", "y>=1\n", "resources: [a]\n"];
        names.forEach((n, i) => tree.place(n, targets[i]!, contents[i]!));
        const r = await lint({ cwd: tree.repo.dir, paths: named ? names : [], rules: RULES, today: "2026-11-27" });
        const shown = JSON.stringify(r.findings) + r.files.map((f) => f.text).join("");
        expect(shown).not.toContain(SECRET);
        expect(r.files.every((f) => !f.realPath || f.realPath.startsWith(tree.repo.dir) || f.realPath.startsWith(realRepo(tree)))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

function realRepo(tree: HostileTree): string {
  return realpathSync(tree.repo.dir);
}
