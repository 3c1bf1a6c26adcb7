// Finds the files to lint: every file whose name makes it worth reading (YAML,
// Python, notebooks, requirements files), honouring .gitignore (root and
// nested) and the config's ignore patterns. What each file is, is decided by
// its content later (classify.ts).
import { lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { candidateOf, type Candidate } from "./classify.js";
import { readConfinedText } from "./read-source.js";

export interface Discovered {
  absPath: string;
  /** What the name says is worth reading; undefined for a named file with no such name. */
  candidate: Candidate | undefined;
  /** Named on the command line (not found by walking). */
  explicit: boolean;
}

const SKIP_DIRS = new Set([".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".databricks"]);

/** What a Discovery has learnt from its walk, so a worker thread's copy ignores exactly the same files. */
export interface DiscoverySnapshot {
  /** The config's patterns, then each .gitignore's (rebased), in the order they were added: later ones win. */
  patterns: string[];
  /** Folders whose .gitignore was already read. */
  gitignoresRead: string[];
}

export class Discovery {
  private readonly ig: Ignore;
  private readonly patterns: string[];

  constructor(private readonly repoRoot: string, ignorePatterns: readonly string[], gitignoresRead: readonly string[] = []) {
    this.patterns = [...ignorePatterns];
    this.ig = ignore().add(this.patterns);
    for (const dir of gitignoresRead) this.gitignoresRead.add(dir);
  }

  static fromSnapshot(repoRoot: string, s: DiscoverySnapshot): Discovery {
    return new Discovery(repoRoot, s.patterns, s.gitignoresRead);
  }

  snapshot(): DiscoverySnapshot {
    return { patterns: [...this.patterns], gitignoresRead: [...this.gitignoresRead] };
  }

  isIgnored(absPath: string, isDir = false): boolean {
    const rel = path.relative(this.repoRoot, absPath).split(path.sep).join("/");
    if (!rel || rel.startsWith("..")) return false;
    return this.ig.ignores(isDir ? `${rel}/` : rel);
  }

  /** Every path argument → files. A path that does not exist goes to `missing` (the caller lints the rest first). */
  discover(paths: readonly string[], cwd: string, missing: string[]): Discovered[] {
    const out: Discovered[] = [];
    const seen = new Set<string>();
    const push = (d: Discovered) => {
      if (!seen.has(d.absPath)) {
        seen.add(d.absPath);
        out.push(d);
      }
    };
    for (const p of paths) {
      const abs = path.resolve(cwd, p);
      let isDir: boolean;
      try {
        isDir = statSync(abs).isDirectory();
      } catch (e) {
        // A symlink loop or a dangling link exists as a name: the reader reports it at the file.
        if (!existsAsLink(abs) || (e as NodeJS.ErrnoException).code === "ENOTDIR") {
          missing.push(p);
          continue;
        }
        isDir = false;
      }
      if (isDir) this.walk(abs, (file, candidate) => push({ absPath: file, candidate, explicit: false }));
      else push({ absPath: abs, candidate: candidateOf(path.basename(abs)), explicit: true });
    }
    return out;
  }

  /** Depth-first, sorted, so output order is stable across machines. */
  walk(dir: string, visit: (file: string, candidate: Candidate) => void, want: (name: string) => Candidate | undefined = candidateOf): void {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing we can lint in it
    }
    // Only a folder that lists a .gitignore is read for one (most have none; a read costs a realpath).
    if (entries.some((e) => e.name === ".gitignore")) this.readGitignore(dir);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || this.isIgnored(abs, true)) continue;
        this.walk(abs, visit, want);
      } else if (e.isFile() || e.isSymbolicLink()) {
        // Symlinks are visited as files (never followed as folders): the reader checks where they lead.
        const candidate = want(e.name);
        if (candidate && !this.isIgnored(abs)) visit(abs, candidate);
      }
    }
  }

  private readonly gitignoresRead = new Set<string>();

  /** Nested .gitignore patterns are rewritten relative to the repository root. */
  private readGitignore(dir: string): void {
    if (this.gitignoresRead.has(dir)) return;
    this.gitignoresRead.add(dir);
    const rel = path.relative(this.repoRoot, dir).split(path.sep).join("/");
    if (rel.startsWith("..")) return;
    const read = readConfinedText(path.join(dir, ".gitignore"), this.repoRoot);
    if ("refused" in read) return; // none, or not one we may read: nothing is ignored by it
    const patterns = read.text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
    const rebased = rel ? patterns.map((p) => rebase(p, rel)) : patterns;
    this.patterns.push(...rebased);
    this.ig.add(rebased);
  }
}

function existsAsLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

function rebase(pattern: string, dir: string): string {
  const negated = pattern.startsWith("!");
  let p = negated ? pattern.slice(1) : pattern;
  const anchored = p.replace(/\/$/, "").includes("/");
  p = p.replace(/^\//, "");
  const out = anchored ? `${dir}/${p}` : `${dir}/**/${p}`;
  return negated ? `!${out}` : out;
}
