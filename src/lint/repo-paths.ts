// Which repository a path belongs to, and how reports show it: relative to the
// repository root wherever the linter runs (`cd agents && serving-ci lint` shows
// `agents/serving.yaml`, as code scanning and annotations need).
import { statSync } from "node:fs";
import path from "node:path";
import { displayPath, isInside } from "./read-source.js";

/** True when `p` exists and is a directory (a missing path is not). */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The repository root of a file or folder: the nearest ancestor holding `.git`
 * (a folder, or a file in a worktree). Outside any repository: the folder itself
 * (a file's own folder), so `serving-ci lint /tmp/x/serving.yaml` lints /tmp/x.
 */
export function findRepoRoot(start: string): string {
  const abs = path.resolve(start);
  const first = isDirectory(abs) ? abs : path.dirname(abs);
  for (let dir = first; ; dir = path.dirname(dir)) {
    try {
      statSync(path.join(dir, ".git"));
      return dir;
    } catch {
      if (path.dirname(dir) === dir) return first;
    }
  }
}

export class RepoPaths {
  private readonly roots = new Map<string, string>();

  /** `root`: the run's repository (its config and .gitignore apply). */
  constructor(readonly root: string) {}

  /** The run's root for paths inside it; another repository's root (or folder) for a path named outside it. */
  rootOf(absPath: string): string {
    if (isInside(absPath, this.root)) return this.root;
    const dir = path.dirname(absPath);
    let root = this.roots.get(dir);
    if (root === undefined) this.roots.set(dir, (root = findRepoRoot(dir)));
    return root;
  }

  /** The path reports show: relative to the root the file belongs to. */
  display(absPath: string): string {
    return displayPath(absPath, this.rootOf(absPath));
  }
}
