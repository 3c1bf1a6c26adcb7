// The write step of --fix, done as an editor does it: through a symlink to the
// real file (never across the repository root), keeping mode, owner, BOM and
// line endings; a read-only file is refused, and a file that changed since it
// was linted is skipped rather than overwritten. Every outcome is a sentence
// for the user, never an exception.
import { accessSync, chmodSync, closeSync, constants, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "./facts/source.js";
import { readConfined } from "./read-source.js";

export type WriteResult = { written: true } | { written: false; reason: string };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The bytes the file held when it was linted. */
function bytesAsRead(source: SourceFile): Buffer {
  const text = Buffer.from(source.text, "utf8");
  return source.bom ? Buffer.concat([BOM, text]) : text;
}

/** A file whose every line ends in CRLF keeps CRLF on the lines a fix adds. */
function keepLineEndings(original: string, fixed: string): string {
  const lf = (original.match(/\n/g) ?? []).length;
  const crlf = (original.match(/\r\n/g) ?? []).length;
  return lf > 0 && lf === crlf ? fixed.replace(/\r?\n/g, "\r\n") : fixed;
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? "error";
}

function writeWhole(file: string, data: Buffer, flags: number, mode?: number): void {
  const fd = openSync(file, flags, mode);
  try {
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
  } finally {
    closeSync(fd);
  }
}

/** Writes `fixed` (text as linted, edits applied) to `source`'s file inside `root`. */
export function writeFixedText(source: SourceFile, fixed: string, root: string): WriteResult {
  const no = (why: string): WriteResult => ({ written: false, reason: `${source.path}: ${why}; not fixed` });
  const now = readConfined(source.absPath, root);
  if ("refused" in now) return no(now.why.replace(/; not read$/, ""));
  if ((source.realPath && now.realPath !== source.realPath) || !now.bytes.equals(bytesAsRead(source))) {
    return no("changed since it was linted (run serving-ci again)");
  }
  const mode = now.stats.mode & 0o7777;
  if ((mode & 0o222) === 0) return no("the file is read-only");
  try {
    accessSync(now.realPath, constants.W_OK);
  } catch (e) {
    return no(`cannot write it (${code(e)})`);
  }
  const text = keepLineEndings(source.text, fixed);
  const data = source.bom ? Buffer.concat([BOM, Buffer.from(text, "utf8")]) : Buffer.from(text, "utf8");
  // Replacing the file by a renamed copy is atomic, but only keeps what we can
  // set: our own uid and gid, and a single name (a hard link would split off).
  const ours = process.getuid?.() === now.stats.uid && process.getgid?.() === now.stats.gid;
  if (ours && now.stats.nlink === 1) {
    const tmp = path.join(path.dirname(now.realPath), `.${path.basename(now.realPath)}.serving-ci-${process.pid}.tmp`);
    try {
      writeWhole(tmp, data, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
      chmodSync(tmp, mode); // the umask may have narrowed it
      renameSync(tmp, now.realPath);
      return { written: true };
    } catch {
      rmSync(tmp, { force: true });
      // A folder we cannot create files in: write the file in place instead.
    }
  }
  try {
    writeWhole(now.realPath, data, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
    return { written: true };
  } catch (e) {
    return no(`cannot write it (${code(e)})`);
  }
}
