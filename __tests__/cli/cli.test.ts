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

const BAD = GOOD.replace("workload_size: Small", "workload_sise: Small");

describe("serving-ci CLI", () => {
  it("exits 0 and says all checks passed for a clean project", () => {
    const p = tempProject({ "serving.yaml": GOOD });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.stdout).toBe("All checks passed!\n");
    expect(r.status).toBe(0);
  });

  it("exits 1 with file:line:col, message, rule id and a code frame", () => {
    const p = tempProject({ "serving.yaml": BAD });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('serving.yaml:8:7: error: unknown key "workload_sise" in endpoint.served_entities[0] (did you mean "workload_size"?) [schema]');
    expect(r.stdout).toContain("8 |       workload_sise: Small\n  |       ^^^^^^^^^^^^^");
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  it("lints only the paths it is given", () => {
    const p = tempProject({ "a/serving.yaml": GOOD, "b/serving.yaml": BAD });
    expect(runCli(["lint", "a"], p.dir).status).toBe(0);
    expect(runCli(["lint", "b/serving.yaml"], p.dir).status).toBe(1);
    p.remove();
  });

  it("respects .gitignore and the config's ignore list", () => {
    const p = tempProject({
      "serving.yaml": GOOD,
      ".gitignore": "build/\n",
      "build/serving.yaml": BAD,
      "legacy/serving.yaml": BAD,
      ".serving-ci.yaml": "ignore: [legacy/]\n",
    });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.stdout).toBe("All checks passed!\n");
    expect(r.status).toBe(0);
  });

  it("turns a rule off or down through the config", () => {
    const p = tempProject({ "serving.yaml": BAD, ".serving-ci.yaml": "rules:\n  schema: warn\n" });
    const r = runCli(["lint"], p.dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("warning:");
    expect(runCli(["lint", "--max-warnings", "0"], p.dir).status).toBe(1);
    p.remove();
  });

  it("reports a broken config as a usage error with its location (exit 2)", () => {
    const p = tempProject({ "serving.yaml": GOOD, ".serving-ci.yaml": "rules:\n  no-such-rule: off\n" });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('serving-ci: .serving-ci.yaml:2:3: unknown rule "no-such-rule" (see `serving-ci rules`)\n');
  });

  it("rejects unknown options and formats with exit 2 and no stack trace", () => {
    const p = tempProject({ "serving.yaml": GOOD });
    for (const args of [["lint", "--bogus"], ["lint", "-f", "xml"], ["frobnicate"], ["lint", "--today", "tomorrow"]]) {
      const r = runCli(args, p.dir);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^serving-ci: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    p.remove();
  });

  it("lints the other files and exits 2 when a named path does not exist", () => {
    const p = tempProject({ "serving.yaml": BAD });
    const r = runCli(["lint", "serving.yaml", "missing.yaml"], p.dir);
    p.remove();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("workload_sise");
    expect(r.stderr).toContain("missing.yaml: no such file or directory");
  });

  it("writes the report to a file with -o", () => {
    const p = tempProject({ "serving.yaml": BAD });
    const r = runCli(["lint", "-f", "json", "-o", "report.json"], p.dir);
    const report = JSON.parse(p.read("report.json")) as { summary: { errors: number } };
    p.remove();
    expect(r.stdout).toBe("");
    expect(r.status).toBe(1);
    expect(report.summary.errors).toBe(1);
  });

  it("suppresses a finding with a directive and reports an unused one", () => {
    const p = tempProject({
      "serving.yaml": BAD.replace("      workload_sise", "      # serving-ci-disable-next-line schema -- migrating\n      workload_sise").replace(
        "  name: support-agent",
        "  # serving-ci-disable-next-line traffic-config -- nothing here\n  name: support-agent",
      ),
    });
    const r = runCli(["lint"], p.dir);
    p.remove();
    expect(r.stdout).not.toContain("workload_sise");
    expect(r.stdout).toContain('serving.yaml:3:34: warning: unused suppression: no "traffic-config" finding here [unused-suppression]');
    expect(r.status).toBe(0);
  });

  it("lists the rules with their docs", () => {
    const r = runCli(["rules", "--json"], process.cwd());
    const rules = JSON.parse(r.stdout) as { id: string; docsUrl: string }[];
    expect(rules.map((x) => x.id)).toContain("traffic-config");
    expect(rules.every((x) => x.docsUrl.endsWith(`/rules/${x.id}.md`))).toBe(true);
  });
});

describe("the bin", () => {
  it("runs as an executable, as npm links it (shebang and mode)", async () => {
    const { spawnSync } = await import("node:child_process");
    const { CLI } = await import("../helpers/cli.js");
    const r = spawnSync(CLI, ["version"], { encoding: "utf8" });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
