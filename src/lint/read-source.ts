// Reads one file as UTF-8 text. Anything that is not lintable text (too big,
// binary, not UTF-8, unreadable) becomes a positioned problem, never an exception.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { FileProblem, SourceFile, SourceKind } from "./facts/source.js";
import { LineIndex } from "./line-index.js";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function displayPath(absPath: string, cwd: string): string {
  const rel = path.relative(cwd, absPath);
  return (rel && !rel.startsWith("..") ? rel : absPath).split(path.sep).join("/");
}

export function readSource(absPath: string, kind: SourceKind, cwd: string): { source: SourceFile } | { problem: FileProblem } {
  const file = displayPath(absPath, cwd);
  const at = { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  const problem = (messageId: string, message: string) => ({ problem: { messageId, message, span: at } });
  let buf: Buffer;
  try {
    const size = statSync(absPath).size;
    if (size > MAX_FILE_BYTES) {
      return problem("tooLarge", `file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit; not linted`);
    }
    buf = readFileSync(absPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    return problem("unreadable", `cannot read file (${code})`);
  }
  const text = decodeText(buf);
  if (text === "binary") return problem("binary", "file is binary, not text; not linted");
  if (text === "notUtf8") return problem("notUtf8", "file is not valid UTF-8; not linted");
  return { source: { path: file, absPath, kind, text: text.text, lines: new LineIndex(text.text) } };
}

/** A file's bytes as text (a BOM dropped), or why they are not lintable text. */
export function decodeText(buf: Uint8Array): { text: string } | "binary" | "notUtf8" {
  if (buf.subarray(0, 8192).includes(0)) return "binary";
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    return "notUtf8";
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
