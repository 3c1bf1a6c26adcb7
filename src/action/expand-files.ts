// The `files` input: paths or globs, relative to the working directory. Plain
// paths go to the linter as they are (a missing one is reported there); globs
// are matched against the tree, skipping what is never source.

import { readdirSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";

const GLOB_CHARS = /[*?[\]{}!]/;
const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".databricks", "dist"]);

export function expandFiles(cwd: string, entries: readonly string[]): { paths: string[]; unmatched: string[] } {
  const plain = entries.filter((e) => !GLOB_CHARS.test(e));
  const globs = entries.filter((e) => GLOB_CHARS.test(e));
  if (globs.length === 0) return { paths: [...plain], unmatched: [] };
  const files = walk(cwd);
  const paths = [...plain];
  const unmatched: string[] = [];
  for (const g of globs) {
    const match = picomatch(g.replace(/^\.\//, ""), { dot: false });
    const hits = files.filter((f) => match(f));
    if (hits.length === 0) unmatched.push(g);
    paths.push(...hits);
  }
  return { paths: [...new Set(paths)], unmatched };
}

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) visit(path.join(dir, d.name));
      } else if (d.isFile()) out.push(path.relative(root, path.join(dir, d.name)).split(path.sep).join("/"));
    }
  };
  visit(root);
  return out.sort();
}
