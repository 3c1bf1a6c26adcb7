// The one file reader. Every file the linter reads (walked, named, included,
// pulled in by model.code or `-r`, the config, .gitignore) comes through here:
// the real path must stay inside the repository root and outside .git, the file
// must be a regular file, and at most MAX_FILE_BYTES are read, counted as read
// (a file can grow after stat, and devices report size 0). A refusal names the
// path as written, never what the file holds.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import path from "node:path";
import type { FileProblem, SourceFile, SourceKind } from "./facts/source.js";
import { LineIndex } from "./line-index.js";
import type { Span } from "./types.js";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export type RefusalId = "missing" | "symlinkLoop" | "outsideRoot" | "gitDir" | "notRegular" | "tooLarge" | "unreadable";

export interface Refusal {
  refused: RefusalId;
  /** Says why ("symlink loop; not read"), never what the file holds. */
  why: string;
}

export interface ReadBytes {
  bytes: Buffer;
  /** Symlinks resolved; inside the root. */
  realPath: string;
  stats: Stats;
}

/** Paths are shown with forward slashes, relative to the root they belong to. */
export function displayPath(absPath: string, root: string): string {
  const rel = path.relative(root, absPath);
  return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : absPath).split(path.sep).join("/");
}

/** True when `p` is `root` or below it (both absolute, both real or both lexical). */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch {
      real = path.resolve(root);
    }
    realRoots.set(root, real);
  }
  return real;
}

function refusal(refused: RefusalId, why: string): Refusal {
  return { refused, why: `${why}; not read` };
}

const ERRNO_REFUSAL: Record<string, [RefusalId, string]> = {
  ENOENT: ["missing", "no such file"],
  ENOTDIR: ["missing", "no such file (a parent is not a directory)"],
  ELOOP: ["symlinkLoop", "symlink loop"],
  EACCES: ["unreadable", "permission denied"],
  EPERM: ["unreadable", "permission denied"],
  EISDIR: ["notRegular", "is a directory, not a file"],
};

function fromErrno(e: unknown): Refusal {
  const code = (e as NodeJS.ErrnoException).code ?? "error";
  const [id, why] = ERRNO_REFUSAL[code] ?? ["unreadable", `cannot read file (${code})`];
  return refusal(id, why);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** Reads a file confined to `root`. Never throws for anything the file system does. */
export function readConfined(absPath: string, root: string, maxBytes = MAX_FILE_BYTES): ReadBytes | Refusal {
  let realPath: string;
  try {
    // libc's realpath: the JS one calls lstat for each path component from JS, a tenth of a large run's I/O time.
    realPath = realpathSync.native(absPath);
  } catch (e) {
    return fromErrno(e);
  }
  const base = realRoot(root);
  if (!isInside(realPath, base)) return refusal("outsideRoot", "resolves outside the repository root");
  if (path.relative(base, realPath).split(path.sep).includes(".git")) {
    return refusal("gitDir", "is inside .git, which is not linted content");
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: the path
    // checked above cannot have become a symlink since.
    fd = openSync(realPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    return fromErrno(e);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusal("notRegular", `is ${kindOf(stats)}, not a regular file`);
    const mb = (n: number) => (n / 1048576).toFixed(1);
    if (stats.size > maxBytes) return refusal("tooLarge", `file is ${mb(stats.size)} MB, over the ${mb(maxBytes).replace(/\.0$/, "")} MB limit`);
    const chunks: Buffer[] = [];
    let total = 0;
    // Sized by fstat, one byte over, so one read sees the end: a fixed 1 MB buffer per file was
    // most of a large run's allocation. A regular file's read is short only at its end; a
    // /proc file (size 0) reads short anywhere, so there only an empty read ends it.
    let want = Math.min(stats.size + 1, maxBytes + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(want);
      const n = readSync(fd, chunk, 0, want, null);
      if (n > 0) chunks.push(n === want ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) {
        return refusal("tooLarge", `file grew past the ${mb(maxBytes).replace(/\.0$/, "")} MB limit while being read`);
      }
      if (n === 0 || (n < want && stats.size > 0 && total >= stats.size)) break;
      want = Math.min(1 << 16, maxBytes + 1 - total);
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), realPath, stats };
  } catch (e) {
    return fromErrno(e);
  } finally {
    closeSync(fd);
  }
}

/** Reads a small text file (config, .gitignore) through the reader: its text, or why not. */
export function readConfinedText(absPath: string, root: string): { text: string } | Refusal {
  const r = readConfined(absPath, root);
  if ("refused" in r) return r;
  const text = decodeText(r.bytes);
  if (text === "binary") return refusal("unreadable", "file is binary, not text");
  if (text === "notUtf8") return refusal("unreadable", "file is not valid UTF-8");
  return { text: text.text };
}

export interface ReadPlace {
  /** The repository root the file must stay inside. */
  root: string;
  /** The path findings show for this file. */
  display: string;
  /** Where the file is named (an include, `model.code`, `-r`): problems are reported there. */
  namedAt?: Span;
}

export function readSource(absPath: string, kind: SourceKind, place: ReadPlace): { source: SourceFile } | { problem: FileProblem } {
  const at = place.namedAt ?? { file: place.display, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  // At the line that names the file, the message names it too; at the file itself its path is already shown.
  const problem = (messageId: string, why: string) => ({
    problem: { messageId, message: place.namedAt ? `${place.display}: ${why}` : why, span: at },
  });
  const r = readConfined(absPath, place.root);
  if ("refused" in r) return problem(r.refused, r.why);
  const text = decodeText(r.bytes);
  if (text === "binary") return problem("binary", "file is binary, not text; not linted");
  if (text === "notUtf8") return problem("notUtf8", "file is not valid UTF-8; not linted");
  const source: SourceFile = { path: place.display, absPath, kind, text: text.text, lines: new LineIndex(text.text), realPath: r.realPath };
  if (text.bom) source.bom = true;
  return { source };
}

/** A file's bytes as text (a BOM dropped, and noted), or why they are not lintable text. */
export function decodeText(buf: Uint8Array): { text: string; bom: boolean } | "binary" | "notUtf8" {
  if (buf.subarray(0, 8192).includes(0)) return "binary";
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    return "notUtf8";
  }
  // TextDecoder drops a leading BOM itself; the bytes say whether there was one.
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bom };
}
