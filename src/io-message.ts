// Plain words for the file-system errors a user can cause: never raw errno text
// (`ENOENT`), never a stack trace.

const WORDS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links",
};

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string";
}

/** `cannot write the report to out/r.json: no such file or directory` */
export function ioMessage(what: string, file: string, e: unknown): string {
  const code = isErrno(e) ? e.code : undefined;
  const reason = code ? (WORDS[code] ?? `system error ${code}`) : "unknown error";
  return `${what} ${file}: ${reason}`;
}
