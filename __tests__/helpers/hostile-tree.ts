// Builds a repository whose files may be symlinks to what a hostile pull request
// would point them at: a secret outside the repository, .git/config, devices, a
// FIFO, a loop, a dangling link, a folder. The fuzz suites lint random layouts of it.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { tempProject, type TempProject } from "./project.js";

export const SECRET = "c2VjcmV0LXRva2VuLWZ1eno";

export type Target = "content" | "outside" | "git-config" | "dev-zero" | "dev-urandom" | "fifo" | "loop" | "dangling" | "folder" | "inside";
export const TARGETS: readonly Target[] = ["content", "outside", "git-config", "dev-zero", "dev-urandom", "fifo", "loop", "dangling", "folder", "inside"];

/** Holds the things links point at; one per suite (mkfifo once, not per run). */
export class HostileTree {
  readonly outside: TempProject;
  readonly repo: TempProject;
  private readonly made: string[] = [];

  constructor() {
    this.outside = tempProject({ "secret.txt": `${SECRET}\n`, "secret.yaml": `version: 1\nendpoint: {name: "${SECRET}"}\n`, "secret.py": `X = "${SECRET}"\n` });
    this.repo = tempProject({ ".git/config": `[http]\n\textraheader = ${SECRET}\n`, "lib/inside.txt": "mlflow==3.6.0\n" });
    execFileSync("mkfifo", [path.join(this.repo.dir, "lib/fifo")]);
    mkdirSync(path.join(this.repo.dir, "lib/folder"));
    symlinkSync("loop-b", path.join(this.repo.dir, "lib/loop-a"));
    symlinkSync("loop-a", path.join(this.repo.dir, "lib/loop-b"));
  }

  /** Where a link of this target points (absolute), or undefined for plain content. */
  private pointee(t: Target, ext: string): string | undefined {
    const lib = (n: string) => path.join(this.repo.dir, "lib", n);
    switch (t) {
      case "content": return undefined;
      case "outside": return path.join(this.outside.dir, ext === ".py" ? "secret.py" : ext === ".txt" ? "secret.txt" : "secret.yaml");
      case "git-config": return path.join(this.repo.dir, ".git/config");
      case "dev-zero": return "/dev/zero";
      case "dev-urandom": return "/dev/urandom";
      case "fifo": return lib("fifo");
      case "loop": return lib("loop-a");
      case "dangling": return lib("nowhere");
      case "folder": return lib("folder");
      case "inside": return lib("inside.txt");
    }
  }

  /** Writes `rel` as content, or as a symlink to the target. */
  place(rel: string, t: Target, content: string): void {
    const abs = path.join(this.repo.dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    rmSync(abs, { force: true });
    const to = this.pointee(t, path.extname(rel));
    if (to) symlinkSync(to, abs);
    else writeFileSync(abs, content);
    this.made.push(abs);
  }

  /** Removes what `place` made, so the next run starts clean. */
  reset(): void {
    for (const f of this.made.splice(0)) rmSync(f, { force: true });
  }

  remove(): void {
    this.outside.remove();
    this.repo.remove();
  }
}

export const target = fc.constantFrom(...TARGETS);
