// The action's side effects behind one interface: main.ts binds it to
// @actions/core, tests to a recorder. Everything written through it is masked.

import type { OutputName } from "./constants.js";

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ActionIO {
  info(line: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  setOutput(name: OutputName, value: string): void;
  /** Registers a value the runner must mask in its log. */
  setSecret(secret: string): void;
  /** Appends Markdown to the job summary (replacing the live tail, if one was written). */
  appendSummary(markdown: string): Promise<void>;
  /** Writes the live part at the summary's end (a deploy's current state), replacing the previous one. */
  setSummaryTail(markdown: string): Promise<void>;
}

/** Wraps an ActionIO so no secret reaches the log, annotations, outputs or summary. */
export function maskedIO(io: ActionIO, mask: (text: string) => string): ActionIO {
  const props = (p: AnnotationProps | undefined): AnnotationProps | undefined => (p?.title === undefined ? p : { ...p, title: mask(p.title) });
  return {
    info: (line) => io.info(mask(line)),
    notice: (m, p) => io.notice(mask(m), props(p)),
    warning: (m, p) => io.warning(mask(m), props(p)),
    error: (m, p) => io.error(mask(m), props(p)),
    setOutput: (name, value) => io.setOutput(name, mask(value)),
    setSecret: (s) => io.setSecret(s),
    appendSummary: (md) => io.appendSummary(mask(md)),
    setSummaryTail: (md) => io.setSummaryTail(mask(md)),
  };
}

/** Masks known secrets (longest first, so a secret containing another goes whole). */
export class SecretMask {
  private readonly secrets = new Set<string>();
  private extra: ((text: string) => string)[] = [];

  add(secret: string | undefined): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  /** Another masker to chain (the Databricks client's, which learns tokens as it gets them). */
  chain(fn: (text: string) => string): void {
    this.extra.push(fn);
  }

  readonly mask = (text: string): string => {
    let out = text;
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    for (const fn of this.extra) out = fn(out);
    return out;
  };
}
