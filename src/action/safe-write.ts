// Writing a file the workflow named (sarif-file) or the runner gave us (the
// job summary) without letting a broken environment hang or fail the step:
// a missing folder, a directory, a full disk, a FIFO or a device is a reason
// to report as a warning, never a throw. Opening with O_NONBLOCK makes a FIFO
// without a reader fail at once (ENXIO) instead of blocking forever.

import { closeSync, constants, fstatSync, mkdirSync, openSync, realpathSync, writeSync } from "node:fs";
import path from "node:path";

/** Pseudo-filesystems: writing there reaches the kernel or a device, not a report file. */
const REFUSED_ROOTS = ["/proc", "/sys", "/dev"];

export type WriteResult = { ok: true } | { ok: false; reason: string };

export function writeReportFile(target: string, text: string, mode: "replace" | "append" = "replace"): WriteResult {
  try {
    const dir = path.dirname(target);
    mkdirSync(dir, { recursive: true });
    const real = realpathSync(dir);
    const root = REFUSED_ROOTS.find((r) => real === r || real.startsWith(`${r}/`));
    if (root) return { ok: false, reason: `${root} is not a place for a report file` };
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | (mode === "append" ? constants.O_APPEND : constants.O_TRUNC);
    const fd = openSync(target, flags, 0o644);
    try {
      if (!fstatSync(fd).isFile()) return { ok: false, reason: "not a regular file" };
      const bytes = Buffer.from(text, "utf8");
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    } finally {
      closeSync(fd);
    }
    return { ok: true };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, reason: e.code ? `${e.code}${ERRNO_TEXT[e.code] ? ` (${ERRNO_TEXT[e.code]})` : ""}` : String(err) };
  }
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
  ENOSPC: "no space left on the device",
  EACCES: "permission denied",
  EROFS: "read-only file system",
  ENXIO: "a FIFO or device with no reader",
};
