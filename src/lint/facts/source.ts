import type { LineIndex } from "../line-index.js";
import type { Span } from "../types.js";

export type SourceKind = "serving" | "bundle" | "bundle-include" | "python" | "notebook" | "requirements";

/** One file read for linting. `path` is what findings show (relative to the working directory). */
export interface SourceFile {
  path: string;
  absPath: string;
  kind: SourceKind;
  text: string;
  lines: LineIndex;
}

/** A file that could not be read or parsed, reported by the `parse` rule. */
export interface FileProblem {
  messageId: string;
  message: string;
  span: Span;
}
