// Shared lint types. Every fact a rule reports on carries its location, so a
// rule never searches the text again (actionlint's lesson).

export type Severity = "error" | "warning" | "info";

/**
 * A place in a file: 1-based line/column, 0-based UTF-16 offsets, end exclusive.
 * Spans made by LineIndex.span keep only offsets and work out line/column in getters:
 * copy one with `plainSpan` (line-index.ts), never `{ ...span }` (a spread copies no getter).
 */
export interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
}

export interface Located<T> {
  value: T;
  span: Span;
  /**
   * The span holds code that computes the value (an f-string whose holes were filled, a literal with
   * escapes), not the value's own text: no fix may rewrite it, whatever the lengths say.
   */
  computed?: true;
}

/** A text edit; `file` defaults to the finding's file. */
export interface Edit {
  file?: string;
  start: number;
  end: number;
  text: string;
  /** The edit adds one value to a list: appends to the same list merge into one edit, each value once. */
  append?: ListAppend;
}

/** `text` is `before + value + after`; merged, the values are joined by `separator`. */
export interface ListAppend {
  /** Names the list (file and key path): appends with the same `list` and offset merge. */
  list: string;
  value: string;
  before: string;
  separator: string;
  after: string;
}

export interface Fix {
  /** Imperative: what applying it does ("Rename to databricks-gte-large-en"). */
  title: string;
  /** Safe fixes are applied by --fix; unsafe ones need an explicit opt-in flag. */
  safe: boolean;
  /** The opt-in flag an unsafe fix needs, e.g. "fix-retired". */
  optIn?: string;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  span: Span;
  docsUrl: string;
  fix?: Fix;
  /** Parts of the source that must never be printed (a secret's value): formatters mask them in code frames. */
  redact?: { start: number; end: number }[];
  /** Other places that explain the finding: the call that uses a literal, the entry that pulls in a file. */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  /** Lowercase, no final period: "used by ChatDatabricks(endpoint=...)". */
  message: string;
  span: Span;
}
