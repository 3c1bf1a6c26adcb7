import type { LineIndex } from "../line-index.js";
import type { Span } from "../types.js";

export type SourceKind = "serving" | "bundle" | "bundle-include" | "endpoint-json" | "python" | "notebook" | "requirements" | "model-config" | "app-config";

/** One file read for linting. `path` is what findings show (relative to the repository root). */
export interface SourceFile {
  path: string;
  absPath: string;
  kind: SourceKind;
  text: string;
  lines: LineIndex;
  /** The file's real path (symlinks resolved) when it was read from disk: fixes write there. */
  realPath?: string;
  /** The file began with a UTF-8 byte-order mark (dropped from `text`, kept by --fix). */
  bom?: boolean;
}

/** How a caller that pulls a file in takes a failed read. */
export interface ReadOptions {
  /** A missing file is unknown, not a finding: its path was resolved against a guessed base (the working directory is not known). */
  quietIfMissing?: boolean;
}

/** A file that could not be read or parsed, reported by the `parse` rule. */
export interface FileProblem {
  messageId: string;
  message: string;
  span: Span;
}
