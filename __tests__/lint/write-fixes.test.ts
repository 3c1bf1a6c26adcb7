// --fix writes like an editor: through symlinks (inside the root), keeping mode,
// BOM and line endings, refusing read-only files, skipping a file that changed
// since it was linted, and never throwing in a read-only folder.
import { chmodSync, lstatSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SourceFile } from "../../src/lint/facts/source.js";
import { applyFixes } from "../../src/lint/fix.js";
import { readSource } from "../../src/lint/read-source.js";
import type { Finding } from "../../src/lint/types.js";
import { runCli } from "../helpers/cli.js";
import { tempProject, type TempProject } from "../helpers/project.js";

let projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects) {
    chmodSync(p.dir, 0o755);
    p.remove();
  }
  projects = [];
});
function project(files: Record<string, string | Buffer>): TempProject {
  const p = tempProject(files);
  projects.push(p);
  return p;
}

/** Reads `file` through the real reader, as a lint run does. */
function linted(p: TempProject, file: string): SourceFile {
  const r = readSource(path.join(p.dir, file), "serving", { root: p.dir, display: file });
  if ("problem" in r) throw new Error(r.problem.message);
  return r.source;
}

/** Fixes `from` → `to` (the first occurrence), plus an optional inserted line after it. */
function fix(source: SourceFile, from: string, to: string, p: TempProject) {
  const start = source.text.indexOf(from);
  const finding: Finding = {
    ruleId: "r", messageId: "m", severity: "error", message: "m", docsUrl: "",
    span: source.lines.span(source.path, start, start + from.length),
    fix: { title: "t", safe: true, edits: [{ start, end: start + from.length, text: to }] },
  };
  const notWritten: string[] = [];
  const applied = applyFixes([finding], [source], { optIns: new Set(), root: p.dir, notWritten });
  return { applied, notWritten };
}

const TEXT = "version: 1\nendpoint:\n  name: a\n  size: small\n";

describe("writing fixes", () => {
  it("keeps the file mode (0600 stays 0600)", () => {
    const p = project({ "serving.yaml": TEXT });
    chmodSync(path.join(p.dir, "serving.yaml"), 0o600);
    expect(fix(linted(p, "serving.yaml"), "small", "Small", p).applied).toBe(1);
    expect(statSync(path.join(p.dir, "serving.yaml")).mode & 0o777).toBe(0o600);
    expect(p.read("serving.yaml")).toBe(TEXT.replace("small", "Small"));
  });

  it("writes through a symlink to the real file; the symlink stays a symlink", () => {
    const p = project({ "real/serving.yaml": TEXT });
    symlinkSync("real/serving.yaml", path.join(p.dir, "serving.yaml"));
    expect(fix(linted(p, "serving.yaml"), "small", "Small", p).applied).toBe(1);
    expect(lstatSync(path.join(p.dir, "serving.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(p.dir, "serving.yaml"))).toBe("real/serving.yaml");
    expect(p.read("real/serving.yaml")).toBe(TEXT.replace("small", "Small"));
  });

  it("never writes across the repository root, even when a symlink is swapped after linting", () => {
    const outside = project({ "serving.yaml": TEXT });
    const p = project({ "serving.yaml": TEXT });
    const source = linted(p, "serving.yaml");
    const link = path.join(p.dir, "serving.yaml");
    rmSync(link); // replaced by a link to another repository's file
    symlinkSync(path.join(outside.dir, "serving.yaml"), link);
    const r = fix(source, "small", "Small", p);
    expect(r).toEqual({ applied: 0, notWritten: ["serving.yaml: resolves outside the repository root; not fixed"] });
    expect(outside.read("serving.yaml")).toBe(TEXT);
  });

  it("keeps a BOM and CRLF line endings, also on lines a fix adds", () => {
    const crlf = TEXT.replace(/\n/g, "\r\n");
    const p = project({ "serving.yaml": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    expect(fix(linted(p, "serving.yaml"), "size: small", "size: Small\n  tags: []", p).applied).toBe(1);
    const bytes = readFileSync(path.join(p.dir, "serving.yaml"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString()).toBe(crlf.replace("size: small", "size: Small\r\n  tags: []"));
  });

  it("leaves the line endings of a mixed file as they are", () => {
    const mixed = "version: 1\r\nendpoint:\n  size: small\n";
    const p = project({ "serving.yaml": mixed });
    fix(linted(p, "serving.yaml"), "size: small", "size: Small\n  tags: []", p);
    expect(p.read("serving.yaml")).toBe("version: 1\r\nendpoint:\n  size: Small\n  tags: []\n");
  });

  it("refuses a read-only file with a clear message and leaves it alone", () => {
    const p = project({ "serving.yaml": TEXT });
    chmodSync(path.join(p.dir, "serving.yaml"), 0o444);
    expect(fix(linted(p, "serving.yaml"), "small", "Small", p)).toEqual({ applied: 0, notWritten: ["serving.yaml: the file is read-only; not fixed"] });
    expect(p.read("serving.yaml")).toBe(TEXT);
  });

  it("skips a file edited since it was linted, keeping the edit", () => {
    const p = project({ "serving.yaml": TEXT });
    const source = linted(p, "serving.yaml");
    writeFileSync(path.join(p.dir, "serving.yaml"), `${TEXT}# edited meanwhile\n`);
    expect(fix(source, "small", "Small", p)).toEqual({ applied: 0, notWritten: ["serving.yaml: changed since it was linted (run serving-ci again); not fixed"] });
    expect(p.read("serving.yaml")).toBe(`${TEXT}# edited meanwhile\n`);
  });

  it("writes in place in a folder where no new file can be made", () => {
    const p = project({ "serving.yaml": TEXT });
    chmodSync(p.dir, 0o555);
    const r = fix(linted(p, "serving.yaml"), "small", "Small", p);
    chmodSync(p.dir, 0o755);
    expect(r).toEqual({ applied: 1, notWritten: [] });
    expect(p.read("serving.yaml")).toBe(TEXT.replace("small", "Small"));
  });

  it("the CLI says which file it did not fix, with no stack trace", () => {
    const yamlText = 'version: 1\nendpoint:\n  name: a\n  served_entities:\n    - name: a-1\n      entity_name: main.a.b\n      entity_version: "1"\n      workload_size: small\n      scale_to_zero_enabled: true\n';
    const p = project({ "serving.yaml": yamlText });
    chmodSync(path.join(p.dir, "serving.yaml"), 0o444);
    const r = runCli(["lint", "--fix"], p.dir);
    expect(r.stderr).toBe("serving-ci: --fix: serving.yaml: the file is read-only; not fixed\n");
    expect(r.stdout).toContain('workload_size "small" is spelled "Small"');
    expect(r.status).toBe(1);
    expect(p.read("serving.yaml")).toBe(yamlText);
  });
});
