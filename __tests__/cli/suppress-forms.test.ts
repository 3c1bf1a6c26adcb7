// The suppression forms newcomers write (ESLint's disable-line, a trailing
// comment), in YAML, Python and notebooks, and code frames for notebooks,
// through the built CLI.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject } from "../helpers/project.js";

const TYPO = yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - name: support-agent-7
        entity_name: main.agents.support_agent
        entity_version: "7"
        workload_sise: Small
        scale_to_zero_enabled: true
`;
const AGENT = 'from databricks_langchain import ChatDatabricks\n\nllm = ChatDatabricks(endpoint="databricks-claude-sonet-4-5")\n';

function lint(files: Record<string, string>) {
  const p = tempProject(files);
  const r = runCli(["lint"], p.dir);
  p.remove();
  return r;
}

describe("suppression forms", () => {
  it("YAML: a trailing disable-line covers its own line", () => {
    const r = lint({ "serving.yaml": TYPO.replace("workload_sise: Small", "workload_sise: Small  # serving-ci-disable-line schema -- migrating") });
    expect(r.stdout).toBe("All checks passed!\n");
    expect(r.status).toBe(0);
  });

  it("YAML: a disable-next-line trailing code covers its own line, not the next", () => {
    const r = lint({ "serving.yaml": TYPO.replace("workload_sise: Small", "workload_sise: Small # serving-ci-disable-next-line schema") });
    expect(r.stdout).toBe("All checks passed!\n");
  });

  it("YAML: on a line of its own, disable-next-line still covers the next line", () => {
    const r = lint({ "serving.yaml": TYPO.replace("      workload_sise", "      # serving-ci-disable-next-line schema\n      workload_sise") });
    expect(r.stdout).toBe("All checks passed!\n");
  });

  it("Python: disable-line on the call's line", () => {
    const before = lint({ "agent.py": AGENT });
    expect(before.stdout).toContain("[fm-endpoint-name]");
    const r = lint({ "agent.py": AGENT.replace('4-5")', '4-5")  # serving-ci-disable-line fm-endpoint-name -- private endpoint') });
    expect(r.stdout).toBe("All checks passed!\n");
  });

  it("an unused disable-line is still reported, at the rule id", () => {
    const r = lint({ "serving.yaml": TYPO.replace("workload_sise: Small", "workload_size: Small  # serving-ci-disable-line schema") });
    expect(r.stdout).toMatch(/serving\.yaml:8:\d+: warning: unused suppression: no "schema" finding here \[unused-suppression\]/);
    expect(r.status).toBe(0);
  });

  // Stays silent about line 8: a disable-line on line 7 says nothing about the next line.
  it("disable-line on the line before does not reach the next line", () => {
    const r = lint({ "serving.yaml": TYPO.replace("      workload_sise", "      # serving-ci-disable-line schema\n      workload_sise") });
    expect(r.stdout).toContain('unknown key "workload_sise"');
    expect(r.stdout).toContain("[unused-suppression]");
  });
});

describe("notebooks", () => {
  const notebook = (lines: string[]) =>
    JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, outputs: [], source: lines }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
  const cell = AGENT.split(/(?<=\n)/);

  it("a finding in a cell gets a code frame of the cell's Python line", () => {
    const r = lint({ "agent.ipynb": notebook(cell) });
    expect(r.stdout).toMatch(/agent\.ipynb:\d+:\d+: error: .*\[fm-endpoint-name\]/);
    expect(r.stdout).toMatch(/\d+ \| llm = ChatDatabricks\(endpoint="databricks-claude-sonet-4-5"\)\n\s+\|\s+\^{10,}/);
    expect(r.stdout).not.toContain('\\"');
  });

  it("a disable-line inside a cell works", () => {
    const lines = [...cell];
    lines[2] = lines[2]!.replace("\n", "  # serving-ci-disable-line fm-endpoint-name\n");
    const r = lint({ "agent.ipynb": notebook(lines) });
    expect(r.stdout).toBe("All checks passed!\n");
  });
});
