// A pull request is untrusted: whatever it symlinks or names (-r, model.code,
// bundle include), the linter reads nothing outside the repository or in .git,
// never hangs on a device or FIFO, and the finding names the path, never the
// content. Each case runs the built CLI on a throwaway repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { yaml } from "../helpers/dedent.js";
import { tempProject, type TempProject } from "../helpers/project.js";

const SECRET = "extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu";

let projects: TempProject[] = [];
afterEach(() => {
  for (const p of projects) p.remove();
  projects = [];
});
function project(files: Record<string, string>): TempProject {
  const p = tempProject(files);
  projects.push(p);
  return p;
}
/** A folder outside the repository holding a secret, as /etc/passwd or another checkout would. */
function outsideSecret(): string {
  const o = project({ "secret.txt": `${SECRET}\n`, "secret.yaml": `version: 1\nendpoint: {name: "${SECRET}"}\n`, "secret.py": `X = "${SECRET}"\n` });
  return o.dir;
}

const serving = (requirements: string[]) => yaml`
  version: 1
  endpoint:
    name: support-agent
    served_entities:
      - name: support-agent-7
        entity_name: main.agents.support_agent
        entity_version: "7"
        workload_size: Small
        scale_to_zero_enabled: true
  model:
    pip_requirements:
${requirements.map((r) => `      - "${r}"`).join("\n")}
`;

function lint(p: TempProject, args: string[] = []) {
  const r = runCli(["lint", ...args], p.dir);
  expect(r.stdout + r.stderr).not.toContain("c2VjcmV0LXRva2Vu");
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r;
}

describe("confined reads", () => {
  it("a symlinked serving.yaml, .py and bundle include leading outside are refused by name", () => {
    const out = outsideSecret();
    const p = project({
      "databricks.yml": yaml`
        bundle: {name: b}
        include: [resources/*.yml]
      `,
      "resources/.keep": "",
    });
    symlinkSync(path.join(out, "secret.yaml"), path.join(p.dir, "serving.yaml"));
    symlinkSync(path.join(out, "secret.py"), path.join(p.dir, "agent.py"));
    symlinkSync(path.join(out, "secret.yaml"), path.join(p.dir, "resources/serving.yml"));
    const r = lint(p);
    expect(r.stdout).toMatch(/^serving\.yaml:1:1: error: resolves outside the repository root; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^agent\.py:1:1: error: resolves outside the repository root; not read \[parse\]$/m);
    // Walked, the fragment is reported at itself; pulled in by the root alone, at the include line.
    expect(r.stdout).toMatch(/^resources\/serving\.yml:1:1: error: resolves outside the repository root; not read \[parse\]$/m);
    expect(r.status).toBe(1);
    const named = lint(p, ["databricks.yml"]);
    expect(named.stdout).toMatch(/^databricks\.yml:2:11: error: resources\/serving\.yml: resolves outside the repository root; not read \[parse\]$/m);
  });

  it("-r entries outside the repository, into .git, or missing are findings at the line that names them", () => {
    const out = outsideSecret();
    const p = project({ ".git/config": `[http]\n\t${SECRET}\n`, "serving.yaml": serving(["mlflow==3.6.0", "-r /etc/passwd", `-r ../${path.basename(out)}/secret.txt`, "-r .git/config", "-r requirements-missing.txt"]) });
    const r = lint(p);
    expect(r.stdout).toMatch(/^serving\.yaml:13:13: error: \/etc\/passwd: outside the repository root; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^serving\.yaml:14:13: error: \.\.\/.*secret\.txt: outside the repository root; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^serving\.yaml:15:13: error: \.git\/config: is inside \.git, which is not linted content; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^serving\.yaml:16:13: error: requirements-missing\.txt: no such file; not read \[parse\]$/m);
    expect(r.stdout).not.toContain("root:x:0:0");
  });

  it("a symlink to /dev/zero or /dev/urandom, a FIFO and a loop neither hang nor crash", () => {
    const p = project({ "good/serving.yaml": serving(["mlflow==3.6.0"]) });
    symlinkSync("/dev/zero", path.join(p.dir, "serving.yaml"));
    symlinkSync("/dev/urandom", path.join(p.dir, "agent.py"));
    execFileSync("mkfifo", [path.join(p.dir, "fifo.py")]);
    symlinkSync("loop-b.py", path.join(p.dir, "loop-a.py"));
    symlinkSync("loop-a.py", path.join(p.dir, "loop-b.py"));
    const started = Date.now();
    const r = lint(p, [".", "fifo.py"]); // a walk skips FIFOs; named, one is refused
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.stdout).toMatch(/^serving\.yaml:1:1: error: resolves outside the repository root; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^agent\.py:1:1: error: resolves outside the repository root; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^fifo\.py:1:1: error: is a FIFO, not a regular file; not read \[parse\]$/m);
    expect(r.stdout).toMatch(/^loop-a\.py:1:1: error: symlink loop; not read \[parse\]$/m);
    expect(r.status).toBe(1);
  });

  it("a model.code entry through a symlink out of the repository is refused at the entry", () => {
    const out = outsideSecret();
    const p = project({ "serving.yaml": serving(["mlflow==3.6.0"]).replace("  pip_requirements:", "  code: [lib/agent.py]\n  pip_requirements:") });
    mkdirSync(path.join(p.dir, "lib"));
    symlinkSync(path.join(out, "secret.py"), path.join(p.dir, "lib/agent.py"));
    const r = lint(p, ["serving.yaml"]);
    expect(r.stdout).toMatch(/^serving\.yaml:11:10: error: lib\/agent\.py: resolves outside the repository root; not read \[parse\]$/m);
  });

  it("a symlinked .serving-ci.yaml leading outside is a clear error, not its content", () => {
    const out = outsideSecret();
    const p = project({ "serving.yaml": serving(["mlflow==3.6.0"]) });
    symlinkSync(path.join(out, "secret.yaml"), path.join(p.dir, ".serving-ci.yaml"));
    const r = lint(p);
    expect(r.stderr).toContain("cannot read config .serving-ci.yaml: resolves outside the repository root; not read");
    expect(r.status).toBe(2);
  });

  it("a .gitignore that is a FIFO is skipped, the rest still linted", () => {
    const p = project({ "serving.yaml": serving(["mlflow"]) });
    execFileSync("mkfifo", [path.join(p.dir, ".gitignore")]);
    writeFileSync(path.join(p.dir, "x.txt"), "");
    const r = lint(p);
    expect(r.stdout).toContain("serving.yaml:12:10: error: requirement \"mlflow\" is not pinned");
  });
});
