import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A throwaway repository on disk (with a .git marker so it is its own root). */
export interface TempProject {
  dir: string;
  read(file: string): string;
  remove(): void;
}

export function tempProject(files: Record<string, string | Buffer>): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), "serving-ci-"));
  mkdirSync(path.join(dir, ".git"));
  for (const [name, content] of Object.entries(files)) {
    const abs = path.join(dir, name);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return {
    dir,
    read: (file) => readFileSync(path.join(dir, file), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
