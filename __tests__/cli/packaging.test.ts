// What a user gets from npm and from an editor: the tarball, the license, one
// canonical URL, the config schema's rule ids and the SchemaStore entry.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { DOCS_BASE, REPOSITORY_URL, SCHEMA_BASE } from "../../src/urls.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const read = (f: string) => readFileSync(path.join(REPO, f), "utf8");
const json = (f: string) => JSON.parse(read(f)) as Record<string, unknown>;

describe("package", () => {
  const pkg = json("package.json") as { license: string; repository: { url: string }; homepage: string; bugs: { url: string }; files: string[] };

  it("has the Apache-2.0 license text it declares, and its repository, homepage and bugs", () => {
    expect(pkg.license).toBe("Apache-2.0");
    expect(read("LICENSE")).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it("the npm tarball carries the CLI, schemas, rule pages and license, not the action bundle", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO, encoding: "utf8" });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).not.toContain("dist/index.js");
    expect(files).not.toContain("action.yml");
    expect(files.filter((f) => f.startsWith("dist/") && !f.startsWith("dist/cli/"))).toEqual([]);
    for (const f of ["LICENSE", "README.md", "schema/serving.schema.json", "schema/serving-ci-config.schema.json", "dist/cli/index.js"]) expect(files).toContain(f);
    for (const r of RULES) expect(files).toContain(`rules/${r.id}.md`);
  });
});

describe("one canonical URL", () => {
  // Every file a user reads a serving-ci URL in. Any http(s) URL naming serving-ci must start with the base.
  const tracked = execFileSync("git", ["ls-files", "README.md", "action.yml", "package.json", "rules", "schema", "src", "examples", "scripts"], { cwd: REPO, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && /\.(md|json|ya?ml|ts|mjs)$/.test(f) && existsSync(path.join(REPO, f)) && statSync(path.join(REPO, f)).isFile());

  it("docs, schemas and links all live under the repository URL", () => {
    expect(DOCS_BASE.startsWith(REPOSITORY_URL)).toBe(true);
    expect(SCHEMA_BASE.startsWith(REPOSITORY_URL)).toBe(true);
    const strays: string[] = [];
    for (const f of tracked) {
      for (const m of read(f).matchAll(/https?:\/\/[^\s"'`)<>\]]*serving-ci[^\s"'`)<>\]]*/g)) {
        if (!m[0].startsWith(REPOSITORY_URL)) strays.push(`${f}: ${m[0]}`);
      }
    }
    expect(strays).toEqual([]);
    expect(tracked.length).toBeGreaterThan(50);
  });

  it("each schema's $id is its canonical URL, and the README's modelines use them", () => {
    for (const name of readdirSync(path.join(REPO, "schema")).filter((f) => f.endsWith(".schema.json"))) {
      expect(json(`schema/${name}`).$id).toBe(`${SCHEMA_BASE}${name}`);
    }
    const modelines = [...read("README.md").matchAll(/\$schema=(\S+)/g)].map((m) => m[1]);
    expect(modelines.length).toBeGreaterThanOrEqual(2);
    for (const m of modelines) expect(m!.startsWith(SCHEMA_BASE)).toBe(true);
  });

  it("every rule's docs link points at its page in the repository", () => {
    for (const r of RULES) {
      expect(r.docsUrl).toBe(`${DOCS_BASE}${r.id}.md`);
      expect(existsSync(path.join(REPO, "rules", `${r.id}.md`))).toBe(true);
    }
  });
});

describe("config schema", () => {
  it("lists every rule id with the severities, and only those (npm run gen:config-schema)", () => {
    const schema = json("schema/serving-ci-config.schema.json") as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
    const listed = schema.properties.rules.properties;
    expect(Object.keys(listed)).toEqual(RULES.map((r) => r.id));
    for (const v of Object.values(listed)) expect(v.enum).toEqual(["off", "warn", "error"]);
  });
});

describe("SchemaStore catalog entry", () => {
  const catalog = json("schema/schemastore-catalog.json") as { schemas: { name: string; description: string; fileMatch: string[]; url: string }[] };

  it("offers each schema by its canonical URL, for the file names serving-ci reads", () => {
    expect(catalog.schemas.map((s) => s.url).sort()).toEqual([`${SCHEMA_BASE}serving-ci-config.schema.json`, `${SCHEMA_BASE}serving.schema.json`]);
    for (const s of catalog.schemas) {
      expect(s.name).toMatch(/\S/);
      expect(s.description).toMatch(/\S/);
      expect(existsSync(path.join(REPO, "schema", s.url.slice(SCHEMA_BASE.length)))).toBe(true);
    }
    expect(catalog.schemas.flatMap((s) => s.fileMatch).sort()).toEqual([".serving-ci.yaml", "serving.yaml"]);
  });

  // Stays off serving.yml: real bundles name a resources fragment serving.yml, which is not a serving.yaml.
  it("does not claim serving.yml", () => {
    expect(catalog.schemas.flatMap((s) => s.fileMatch)).not.toContain("serving.yml");
  });
});
