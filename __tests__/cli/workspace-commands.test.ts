// plan, deploy, status and wait as a user runs them: the built CLI against the
// emulator, with env-var auth and with a ~/.databrickscfg profile. The emulator's
// request log is the evidence of what reached the workspace.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator/index.js";
import { CLI, REPO } from "../helpers/cli.js";

const SPEED = 200;
let emu: Emulator;
let project: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string | undefined>, onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: project,
      env: { PATH: process.env.PATH, HOME: project, NO_COLOR: "1", SERVING_CI_EMULATOR_TIME_SCALE: String(SPEED), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr, child);
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const envAuth = (): Record<string, string> => ({ DATABRICKS_HOST: emu.url, DATABRICKS_TOKEN: emu.token });

async function createJob(name: string): Promise<void> {
  const res = await fetch(`${emu.url}/api/2.2/jobs/create`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.token}` },
    body: JSON.stringify({
      name,
      tasks: [{ task_key: "deploy", spark_python_task: { python_file: "/Workspace/deploy.py" } }],
      // A job takes only the parameters it defines: run-now's job_parameters override these defaults.
      parameters: [
        { name: "model_name", default: "main.agents.support_agent" },
        { name: "version", default: "1" },
        { name: "endpoint_name", default: "support-agent" },
      ],
    }),
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  emu = await startEmulator({ speed: SPEED, scenario: { defaults: { pendingMs: 5_000, jobRunMs: 300_000, buildMs: 60_000, startMs: 20_000, cancelDelayMs: 2_000 } } });
  project = mkdtempSync(path.join(tmpdir(), "serving-ci-workspace-"));
  mkdirSync(path.join(project, ".git"));
  cpSync(path.join(REPO, "examples/agent"), project, { recursive: true });
  await createJob("deploy-support-agent");
});

afterAll(async () => {
  await emu.close();
  rmSync(project, { recursive: true, force: true });
});

describe("serving-ci plan / deploy / status / wait", () => {
  it("status of an endpoint that does not exist: the API's answer, exit 2, no stack", async () => {
    const r = await cli(["status", "support-agent"], envAuth());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("RESOURCE_DOES_NOT_EXIST");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("plan before the first deploy says the endpoint will be created, and calls nothing that writes", async () => {
    const before = emu.log.entries.length;
    const r = await cli(["plan"], envAuth());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("serving.yaml: endpoint support-agent will be created");
    expect(r.stdout).toContain("+ served entity support-agent-7: main.agents.support_agent v7");
    expect(emu.log.entries.slice(before).every((e) => e.method === "GET")).toBe(true);
  });

  it("deploy runs the job once, waits for READY, smoke-queries, exit 0; JSON on stdout, progress on stderr", async () => {
    const r = await cli(["deploy", "serving.yaml", "--format", "json"], envAuth());
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const [report] = JSON.parse(r.stdout) as { outcome: string; endpoint: string; runId: number; smoke: { ok: boolean } }[];
    expect(report).toMatchObject({ outcome: "success", endpoint: "support-agent", smoke: { ok: true } });
    expect(r.stderr).toMatch(/job run \d+: http/);
    expect(r.stderr).toContain("smoke query: ok");
    expect(emu.log.calls("jobs/run-now", "POST")).toHaveLength(1);
  });

  it("status and wait with a ~/.databrickscfg profile (--profile), no DATABRICKS_* variables", async () => {
    writeFileSync(path.join(project, ".databrickscfg"), `[DEFAULT]\nhost = https://wrong.example.com\n\n[emu]\nhost = ${emu.url}\ntoken = ${emu.token}\n`);
    const status = await cli(["status", "support-agent", "--profile", "emu"], {});
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/^support-agent: READY, NOT_UPDATING, config version \d+/);
    expect(status.stdout).toContain("main.agents.support_agent v7  DEPLOYMENT_READY");
    const wait = await cli(["wait", "support-agent", "--profile", "emu", "--expect", "main.agents.support_agent=7", "-f", "json"], {});
    expect(wait.status, wait.stderr).toBe(0);
    expect(JSON.parse(wait.stdout)).toMatchObject({ outcome: "success", endpoint: { name: "support-agent", ready: "READY" } });
    // Settled on other versions, with no update under way: the versions asked for are not served, exit 1.
    const stale = await cli(["wait", "support-agent", "--profile", "emu", "--expect", "main.agents.support_agent=8", "--timeout", "5m"], {});
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^support-agent: failed: /);
  });

  it("a profile that does not exist is named in the error; the secret never is", async () => {
    const r = await cli(["status", "support-agent", "--profile", "nope"], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[nope]");
    expect(r.stderr).not.toContain(emu.token);
  });

  it("deploy refuses what lint rejects, before any call to the workspace", async () => {
    const broken = path.join(project, "broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "serving.yaml"), "version: 1\nendpoint:\n  name: b\n  servd_entities: []\ndeploy: {job: deploy-support-agent}\n");
    const before = emu.log.calls("jobs/run-now", "POST").length;
    const r = await cli(["deploy", "broken"], envAuth());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("not deploying: lint found 1 error");
    expect(emu.log.calls("jobs/run-now", "POST")).toHaveLength(before);
    rmSync(broken, { recursive: true });
  });

  it("Ctrl-C while the job runs cancels that run, confirmed: outcome cancelled, exit 1", async () => {
    let sent = false;
    const r = await cli(["deploy", "--format", "json"], envAuth(), (text, child) => {
      if (!sent && /job run \d+: http/.test(text)) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    expect(sent).toBe(true);
    expect(r.status, r.stderr).toBe(1);
    const [report] = JSON.parse(r.stdout) as { outcome: string; runId: number }[];
    expect(report!.outcome).toBe("cancelled");
    const cancels = emu.log.calls("jobs/runs/cancel", "POST").filter((c) => (c.body as { run_id: number }).run_id === report!.runId);
    expect(cancels).toHaveLength(1);
  });

  it("usage mistakes: status needs one endpoint, --timeout a duration, --help is exit 0", async () => {
    expect((await cli(["status"], envAuth())).status).toBe(2);
    expect((await cli(["wait", "x", "--timeout", "soon"], envAuth())).stderr).toContain("--timeout takes a duration");
    const help = await cli(["deploy", "--help"], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Exit codes: 0 success, 1 failed or cancelled");
  });
});
