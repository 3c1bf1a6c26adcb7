// The tail every data generator shares: write the derived file, or with --check
// compare it with the committed one and say how to refresh it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** 0 written or current, 1 stale (with --check). */
export function writeOrCheck(dataPath, text, flags, refreshCommand) {
  if (!flags.includes("--check")) {
    writeFileSync(dataPath, text);
    return 0;
  }
  let committed = "";
  try {
    committed = readFileSync(dataPath, "utf8");
  } catch {}
  if (committed === text) return 0;
  console.error(`${path.relative(process.cwd(), dataPath)} is stale: run ${refreshCommand}`);
  return 1;
}
