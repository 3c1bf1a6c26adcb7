// Black-box: nothing a pull request writes can become a workflow command. A
// hostile repository puts `::` lines (with CR, CRLF, %0A encodings and the old
// `##[` syntax) in a message (an unknown key, an enum value), a file path (a
// directory name) and rule data (a route name); the test reads stdout as the
// runner does and checks that every command in it is one the action meant.

import { describe, expect, it } from "vitest";
import { escapeLogText } from "../../src/report/github.js";
import { assertBundleFresh, runAction } from "../helpers/action-bundle.js";
import { prEvent, project } from "./fixtures.js";

/** Lines as the runner splits a step's output, each trimmed as it does before looking for `::`. */
function runnerLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).map((l) => l.trim());
}

const PAYLOADS = [
  "::set-output name=pwned::INJ1",
  "::add-mask::INJ2",
  "::stop-commands::INJ3",
  "  ::warning file=x.py::INJ4",
  "##[set-output name=pwned;]INJ5",
  "::error::INJ6%0A::warning::INJ7",
];
const HOSTILE = `ok\r${PAYLOADS[0]}\n${PAYLOADS[1]}\r\n${PAYLOADS[2]}\n${PAYLOADS[3]}\n${PAYLOADS[4]}\n${PAYLOADS[5]}`;

describe("escapeLogText", () => {
  it("leaves ordinary lines alone and neutralises every command-like line", () => {
    expect(escapeLogText("serving.yaml:3:5: error: unknown key [schema]")).toBe("serving.yaml:3:5: error: unknown key [schema]");
    for (const line of runnerLines(escapeLogText(HOSTILE))) {
      expect(line.startsWith("::")).toBe(false);
      expect(line).not.toContain("##[");
    }
    // The reader still sees the text (a zero-width space is the only change).
    expect(escapeLogText(HOSTILE).replace(/\u200b/g, "")).toBe(HOSTILE.replace(/\r\n|\r/g, "\n"));
  });
});

describe("workflow-command injection through the action", () => {
  it("no finding field (message, path, rule data) starts a command in the log", async () => {
    assertBundleFresh();
    const q = JSON.stringify(HOSTILE); // a YAML double-quoted string holds the CRs and newlines
    const serving = `version: 1
endpoint:
  name: support-agent
  served_entities:
    - name: a
      entity_name: main.agents.support_agent
      entity_version: "7"
      workload_size: ${q}
  traffic_config:
    routes: [{served_entity_name: ${q}, traffic_percentage: 100}]
  ${q}: 1
`;
    const dir = `::warning file=a.py::INJ8\n::set-output name=pwned::INJ9`;
    const p = project({ "serving.yaml": serving, [`${dir}/serving.yaml`]: serving });
    try {
      const run = await runAction({
        workspace: p.dir,
        eventName: "pull_request",
        event: prEvent(),
        inputs: { command: "lint", comment: "off", today: "2026-11-20", "fail-on": "never" },
      });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // The payloads did reach the log (the test exercises every field), as text.
      for (const marker of ["INJ1", "INJ3", "INJ5", "INJ8", "INJ9"]) expect(run.stdout).toContain(marker);
      const commands = runnerLines(run.stdout).filter((l) => l.startsWith("::"));
      for (const c of commands) {
        // Annotations are ours: their text is escaped data, so a payload inside one is one line of message.
        expect(c, c).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      }
      expect(runnerLines(run.stdout).filter((l) => l.includes("##["))).toEqual([]);
      expect(Object.keys(run.outputs).sort()).toEqual(["errors", "outcome", "warnings"]);
    } finally {
      p.remove();
    }
  });
});
