// Requirement lists: entries from a Python list, a serving.yaml sequence or a
// requirements file, with `-r` files followed relative to the file that names
// them. No lezer here: a YAML-only run builds serving.yaml lists too.
import path from "node:path";
import type { ServingFile } from "../lint/facts/serving-file.js";
import type { ReadOptions, SourceFile } from "../lint/facts/source.js";
import type { RelatedLocation, Span } from "../lint/types.js";
import { getSeq, type LNode } from "../lint/yaml/located.js";
import type { RequirementList } from "./python-facts.js";
import { HOLE, parseRequirement, parseRequirementsText, type EntrySpan, type Requirement } from "./requirements.js";

/** Reads a file the analysis needs; undefined when it cannot be read (reported at `namedAt`). Cached by the caller. */
export type ReadFile = (absPath: string, namedAt?: Span, options?: ReadOptions) => SourceFile | undefined;

export class RequirementReader {
  private readonly files = new Map<string, Requirement[] | undefined>();

  constructor(private readonly read: ReadFile) {}

  /** A project manifest's text (pyproject.toml); undefined, with no finding, when it is absent or refused. */
  text(absPath: string): string | undefined {
    return this.read(absPath)?.text;
  }

  /** Entries of a requirements file, `-r` expanded; undefined when it (or a file it includes) cannot be read. */
  file(absPath: string, seen: Set<string> = new Set(), namedAt?: Span, options?: ReadOptions): Requirement[] | undefined {
    if (seen.has(absPath)) return []; // an include cycle adds nothing new
    if (this.files.has(absPath) && seen.size === 0) return this.files.get(absPath);
    const source = this.read(absPath, namedAt, options);
    if (!source) return undefined;
    const own = parseRequirementsText(source.text, (s, e) => source.lines.span(source.path, s, e));
    const out = this.expand(own, path.dirname(absPath), new Set([...seen, absPath]));
    if (seen.size === 0) this.files.set(absPath, out);
    return out;
  }

  /**
   * Replaces each `-r file` entry by that file's entries (the include line itself stays, for its span).
   * `options` apply to these entries' files, not to the `-r` lines inside them (pip reads those relative to their file).
   */
  expand(entries: Requirement[], baseDir: string, seen: Set<string> = new Set(), options?: ReadOptions): Requirement[] | undefined {
    const out: Requirement[] = [];
    let unread = false;
    for (const e of entries) {
      out.push(e);
      if (!e.include) continue;
      // `f"-r {path}"` with a path computed at run time names no file we can read: unknown, not unreadable.
      if (e.include.value.includes(HOLE)) {
        unread = true;
        continue;
      }
      // Every unreadable `-r` is reported at its own line, so read on past the first.
      const inner = this.file(path.resolve(baseDir, e.include.value), seen, e.include.span, options);
      if (inner) out.push(...inner);
      else unread = true;
    }
    return unread ? undefined : out;
  }
}

export interface ListEntry {
  text: string;
  span: EntrySpan;
}

export function buildList(
  reader: RequirementReader, entries: ListEntry[] | undefined, baseDir: string,
  meta: Pick<RequirementList, "origin" | "complete" | "at" | "label" | "what">, options?: ReadOptions,
): RequirementList {
  const parsed = (entries ?? []).map((e) => parseRequirement(e.text, e.span));
  const expanded = entries ? reader.expand(parsed, baseDir, new Set(), options) : undefined;
  const list: RequirementList = { ...meta, known: expanded !== undefined, entries: expanded ?? parsed };
  if (expanded) list.includedBy = includes(parsed, expanded);
  return list;
}

/** expand() puts a file's entries right after the line that names it: each belongs to the last own include seen. */
function includes(own: readonly Requirement[], expanded: readonly Requirement[]): Map<Requirement, Requirement> {
  const mine = new Set(own);
  const out = new Map<Requirement, Requirement>();
  let current: Requirement | undefined;
  for (const r of expanded) {
    if (mine.has(r)) current = r.include ? r : undefined;
    else if (current) out.set(r, current);
  }
  return out;
}

/** Where a list pulls in the `-r` file an entry came from: the place a user sees from the log_model call or serving.yaml. */
export function includeSite(list: RequirementList, req: Requirement): RelatedLocation | undefined {
  const via = list.includedBy?.get(req);
  return via?.include ? { message: `pulled in by ${list.what}`, span: via.include.span } : undefined;
}

/** A YAML scalar's entry span: offsets inside the value map into the file when the file shows it verbatim. */
function yamlEntry(source: SourceFile, node: LNode): ListEntry | undefined {
  if (node.kind !== "scalar" || typeof node.value !== "string") return undefined;
  const value = node.value;
  const span = node.span;
  const raw = source.text.slice(span.start, span.end);
  const offset = raw === value ? 0 : raw.slice(1, -1) === value ? 1 : -1;
  const whole: EntrySpan = () => span;
  const at: EntrySpan = offset < 0 ? whole : (f, t) => source.lines.span(source.path, span.start + offset + f, span.start + offset + t);
  return { text: value, span: at };
}

export function servingRequirementList(reader: RequirementReader, serving: ServingFile): RequirementList | undefined {
  const seq = getSeq(serving.model, "pip_requirements");
  if (!seq) return undefined;
  const entries: ListEntry[] = [];
  let literal = true;
  for (const item of seq.items) {
    const e = yamlEntry(serving.source, item);
    if (e) entries.push(e);
    else literal = false;
  }
  const list = buildList(reader, entries, path.dirname(serving.source.absPath), {
    origin: "serving.yaml", complete: true, at: seq.span, label: `${serving.source.path} model.pip_requirements`, what: "model.pip_requirements",
  });
  if (!literal) list.known = false;
  return list;
}

export function spanLabel(what: string, span: Span): string {
  return `${what} at ${span.file}:${span.line}`;
}
