// The environment a runner gives the action for a lint-only run on examples/
// (INPUT_* variables, an event file, output and summary files), in `tmp`.
import { writeFileSync } from "node:fs";
import path from "node:path";

export function actionLintEnv(tmp, workspace) {
  const event = path.join(tmp, "event.json");
  writeFileSync(event, JSON.stringify({ repository: { full_name: "acme/agents", default_branch: "main" } }));
  const env = {
    PATH: process.env.PATH,
    HOME: tmp,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/agents",
    GITHUB_SHA: "0".repeat(40),
    GITHUB_REF: "refs/heads/main",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(tmp, "output"),
    GITHUB_STEP_SUMMARY: path.join(tmp, "summary.md"),
    INPUT_COMMAND: "lint",
    INPUT_FILES: "examples",
    "INPUT_FAIL-ON": "never",
    INPUT_COMMENT: "off",
    INPUT_TODAY: "2026-11-20",
  };
  writeFileSync(env.GITHUB_OUTPUT, "");
  writeFileSync(env.GITHUB_STEP_SUMMARY, "");
  return env;
}
