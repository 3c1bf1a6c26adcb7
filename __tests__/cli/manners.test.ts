// CLI manners a newcomer expects from ESLint and ruff, through the built CLI.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject } from "../helpers/project.js";

const GOOD = yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - name: support-agent-7
        entity_name: main.agents.support_agent
        entity_version: "7"
        workload_size: Small
        scale_to_zero_enabled: true
`;
const TYPO = GOOD.replace("workload_size: Small", "workload_sise: Small");
/** Two certain, safe fixes: the size's case and a misspelt secret reference. */
const FIXABLE = GOOD.replace("workload_size: Small", "workload_size: small").replace(
  "scale_to_zero_enabled: true",
  'scale_to_zero_enabled: true\n      environment_vars:\n        VENDOR_KEY: "{{secret/support/vendor_key}}"',
);

describe("help", () => {
  it("per-command --help and help <command> print the options and exit 0", () => {
    for (const args of [["lint", "--help"], ["lint", "-h"], ["help", "lint"]]) {
      const r = runCli(args, process.cwd());
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toContain("Usage: serving-ci lint");
      expect(r.stdout).toMatch(/--max-warnings N\s+Exit 1 when there are more than N warnings/);
    }
    const rules = runCli(["rules", "--help"], process.cwd());
    expect(rules.status).toBe(0);
    expect(rules.stdout).toContain("Usage: serving-ci rules [id]");
  });
});

describe("unknown options", () => {
  it("suggests the nearest option, points to --help, exit 2", () => {
    const p = tempProject({ "serving.yaml": GOOD });
    const r = runCli(["lint", "--max-warning", "3"], p.dir);
    p.remove();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('serving-ci: unknown option "--max-warning" for lint (did you mean "--max-warnings"?)\nRun "serving-ci lint --help" for its options.\n');
  });

  it("says which option misses its value", () => {
    const r = runCli(["lint", "--format"], process.cwd());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("serving-ci: option --format needs a value (--format NAME)\n");
  });
});

describe("--max-warnings", () => {
  const p = () => tempProject({ "serving.yaml": TYPO, ".serving-ci.yaml": "rules:\n  schema: warn\n" });
  it("-1 means no limit (ESLint's meaning); other negatives are refused", () => {
    const proj = p();
    expect(runCli(["lint", "--max-warnings", "-1"], proj.dir).status).toBe(0);
    expect(runCli(["lint", "--max-warnings=-1"], proj.dir).status).toBe(0);
    expect(runCli(["lint", "--max-warnings", "0"], proj.dir).status).toBe(1);
    const bad = runCli(["lint", "--max-warnings", "-2"], proj.dir);
    proj.remove();
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-warnings takes a whole number, or -1 for no limit, got "-2"');
  });
});

describe("success line and fix counts", () => {
  it("a clean run says so on stdout, as part of the stylish report", () => {
    const p = tempProject({ "serving.yaml": GOOD });
    const r = runCli(["lint"], p.dir);
    const json = runCli(["lint", "-f", "json"], p.dir);
    p.remove();
    expect(r.stdout).toBe("All checks passed!\n");
    expect(r.stderr).toBe("");
    // Machine formats stay pure: the line is the stylish report's, not an extra print.
    expect(JSON.parse(json.stdout)).toMatchObject({ findings: [] });
  });

  it("--fix says how many it fixed and how many remain", () => {
    const p = tempProject({ "serving.yaml": FIXABLE });
    const before = runCli(["lint"], p.dir);
    expect(before.stdout).toContain("(--fix)");
    const r = runCli(["lint", "--fix"], p.dir);
    const after = p.read("serving.yaml");
    const again = runCli(["lint", "--fix"], p.dir);
    p.remove();
    expect(after).toContain("workload_size: Small");
    expect(after).toContain("{{secrets/support/vendor_key}}");
    expect(r.stdout).toBe("All checks passed! (2 fixed, 0 remaining)\n");
    expect(r.status).toBe(0);
    expect(again.stdout).toBe("All checks passed! (0 fixed, 0 remaining)\n");
  });

  it("counts what --fix could not fix as remaining", () => {
    const p = tempProject({ "serving.yaml": FIXABLE.replace("entity_version", "entity_versoin") });
    const r = runCli(["lint", "--fix"], p.dir);
    p.remove();
    expect(r.stdout).toContain("1 problem (1 error, 0 warnings, 2 fixed, 1 remaining)");
    expect(r.status).toBe(1);
  });
});

describe("rules <id>", () => {
  it("renders the rule's page from the shipped docs", () => {
    const r = runCli(["rules", "traffic-config"], process.cwd());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^traffic-config · error · fixable: never\n/);
    expect(r.stdout).toContain("\nIncorrect\n");
    expect(r.stdout).toMatch(/ {4}│ {1,}traffic_percentage/);
    expect(r.stdout).not.toContain("\n---\n"); // front-matter is folded into the header
    expect(r.stdout).not.toContain("\x1b[");
  });

  it("an unknown id gets a did-you-mean and exit 2", () => {
    const r = runCli(["rules", "trafic-config"], process.cwd());
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('serving-ci: unknown rule "trafic-config" (did you mean "traffic-config"?) (see `serving-ci rules`)\n');
  });
});

describe("docs links and colour", () => {
  it("stylish ends with each rule's docs link", () => {
    const p = tempProject({ "serving.yaml": TYPO });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.stdout).toContain("  docs: schema  https://github.com/serving-ci/serving-ci/blob/main/rules/schema.md\n");
  });

  it("FORCE_COLOR turns colour on off a terminal and beats NO_COLOR; --no-color beats both", () => {
    const p = tempProject({ "serving.yaml": TYPO });
    const forced = runCli(["lint"], p.dir, { FORCE_COLOR: "1", NO_COLOR: "1" });
    const off = runCli(["lint"], p.dir, { FORCE_COLOR: "0" });
    const flag = runCli(["lint", "--no-color"], p.dir, { FORCE_COLOR: "1" });
    const toFile = runCli(["lint", "-o", "r.txt"], p.dir, { FORCE_COLOR: "1" });
    const written = p.read("r.txt");
    p.remove();
    expect(forced.stdout).toContain("\x1b[31merror\x1b[0m");
    expect(off.stdout).not.toContain("\x1b[");
    expect(flag.stdout).not.toContain("\x1b[");
    expect(toFile.status).toBe(1);
    expect(written).not.toContain("\x1b[");
    // No OSC 8 off a terminal: the output is piped here.
    expect(forced.stdout).not.toContain("\x1b]8;;");
  });
});

describe("I/O errors", () => {
  it("say what went wrong in words, with the path, exit 2", () => {
    const p = tempProject({ "serving.yaml": GOOD });
    const config = runCli(["lint", "--config", "nope.yaml"], p.dir);
    const out = runCli(["lint", "-o", "no/such/dir/r.json", "-f", "json"], p.dir);
    p.remove();
    expect(config.status).toBe(2);
    expect(config.stderr).toBe("serving-ci: cannot read config nope.yaml: no such file; not read\n");
    expect(out.status).toBe(2);
    expect(out.stderr).toBe("serving-ci: cannot write the report to no/such/dir/r.json: no such file or directory\n");
    for (const r of [config, out]) expect(r.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });
});

describe("junit and gitlab formats", () => {
  it("are available from the CLI", () => {
    const p = tempProject({ "serving.yaml": TYPO });
    const junit = runCli(["lint", "-f", "junit"], p.dir);
    const gitlab = runCli(["lint", "-f", "gitlab"], p.dir);
    p.remove();
    expect(junit.status).toBe(1);
    expect(junit.stdout).toContain('<testcase name="serving-ci.schema" classname="serving.yaml:8:7"');
    expect(JSON.parse(gitlab.stdout)).toEqual([expect.objectContaining({ check_name: "schema", location: { path: "serving.yaml", lines: { begin: 8, end: 8 } } })]);
  });
});
