// Finds the files to lint: serving.yaml, bundle roots, Python and notebooks,
// honouring .gitignore (root and nested) and the config's ignore patterns.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { UserError } from "../errors.js";

export type DiscoveredKind = "serving" | "bundle" | "python" | "notebook" | "yaml";

export interface Discovered {
  absPath: string;
  kind: DiscoveredKind;
  /** Named on the command line (not found by walking). */
  explicit: boolean;
}

const SKIP_DIRS = new Set([".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".databricks"]);

export function classify(name: string): DiscoveredKind | undefined {
  if (name === "serving.yaml" || name === "serving.yml") return "serving";
  if (name === "databricks.yml" || name === "databricks.yaml") return "bundle";
  if (name.endsWith(".py")) return "python";
  if (name.endsWith(".ipynb")) return "notebook";
  return undefined;
}

export class Discovery {
  private readonly ig: Ignore;

  constructor(private readonly repoRoot: string, ignorePatterns: readonly string[]) {
    this.ig = ignore().add([...ignorePatterns]);
  }

  isIgnored(absPath: string, isDir = false): boolean {
    const rel = path.relative(this.repoRoot, absPath).split(path.sep).join("/");
    if (!rel || rel.startsWith("..")) return false;
    return this.ig.ignores(isDir ? `${rel}/` : rel);
  }

  /** Every path argument → files. A missing path is a UserError (the caller lints the rest first). */
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
      let st;
      try {
        st = statSync(abs);
      } catch {
        missing.push(p);
        continue;
      }
      if (st.isDirectory()) this.walk(abs, (file, kind) => push({ absPath: file, kind, explicit: false }));
      else {
        const name = path.basename(abs);
        const kind = classify(name) ?? (/\.ya?ml$/.test(name) ? "yaml" : undefined);
        if (!kind) throw new UserError(`${p}: not a serving.yaml, bundle, YAML, Python or notebook file`);
        push({ absPath: abs, kind, explicit: true });
      }
    }
    return out;
  }

  /** Depth-first, sorted, so output order is stable across machines. */
  walk(dir: string, visit: (file: string, kind: DiscoveredKind) => void, want: (name: string) => DiscoveredKind | undefined = classify): void {
    this.readGitignore(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing we can lint in it
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || this.isIgnored(abs, true)) continue;
        this.walk(abs, visit, want);
      } else if (e.isFile() || e.isSymbolicLink()) {
        const kind = want(e.name);
        if (kind && !this.isIgnored(abs)) visit(abs, kind);
      }
    }
  }

  private readonly gitignoresRead = new Set<string>();

  /** Nested .gitignore patterns are rewritten relative to the repository root. */
  private readGitignore(dir: string): void {
    if (this.gitignoresRead.has(dir)) return;
    this.gitignoresRead.add(dir);
    let text: string;
    try {
      text = readFileSync(path.join(dir, ".gitignore"), "utf8");
    } catch {
      return;
    }
    const rel = path.relative(this.repoRoot, dir).split(path.sep).join("/");
    if (rel.startsWith("..")) return;
    const patterns = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith("#"));
    this.ig.add(rel ? patterns.map((p) => rebase(p, rel)) : patterns);
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

/** The repository root: the nearest ancestor with .git, else the directory itself. */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    try {
      statSync(path.join(dir, ".git"));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return path.resolve(start);
      dir = parent;
    }
  }
}
