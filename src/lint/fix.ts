// Computes what --fix writes: the fixes to apply (safe ones, plus unsafe ones
// whose opt-in was given), merged so that they cannot break a file:
// - appends to one list become one edit, each value once (`[]` + a + b → `[a, b]`);
// - an edit that overlaps one already taken waits for the next pass;
// - a YAML file is parsed again after each fix, and a fix whose result has a
//   new syntax error or duplicate key is dropped;
// - a notebook's edits are written into its JSON strings (notebook-edits.ts).
// Writing the result is write-fixes.ts's job.
import { dirname } from "node:path";
import type { SourceFile } from "./facts/source.js";
import { LineIndex } from "./line-index.js";
import { notebookEdit, parsesAsJson } from "./notebook-edits.js";
import type { Edit, Finding, Fix, ListAppend } from "./types.js";
import { writeFixedText } from "./write-fixes.js";
import { parseYaml } from "./yaml/parse-yaml.js";

export interface FixOptions {
  optIns: ReadonlySet<string>;
  /** The repository root: no fix is written outside it (default: each file's folder). */
  root?: string;
  /** Files not written and why ("changed since it was linted"), for the user. */
  notWritten?: string[];
}

export interface FixedFile {
  source: SourceFile;
  text: string;
  /** Findings whose fix is in this text. */
  fixes: number;
}

export interface FixPlan {
  /** New contents of every file a fix changes. */
  files: FixedFile[];
  /** Findings whose fix is in `files` ("3 fixed"). */
  fixed: number;
  /** Applicable fixes left out: overlapping an earlier one (a later pass may take it) or breaking the file. */
  skipped: number;
}

const YAML_KINDS = new Set(["serving", "bundle", "bundle-include", "model-config", "app-config"]);

/** A list append merged from several fixes. */
interface AppendGroup {
  start: number;
  layout: ListAppend;
  values: string[];
}

class FileEdits {
  readonly edits: Edit[] = [];
  readonly appends = new Map<string, AppendGroup>();

  constructor(readonly source: SourceFile) {}

  clone(): FileEdits {
    const c = new FileEdits(this.source);
    c.edits.push(...this.edits);
    for (const [k, g] of this.appends) c.appends.set(k, { ...g, values: [...g.values] });
    return c;
  }

  /** Adds an edit; false when it conflicts with one already taken. */
  add(edit: Edit): boolean {
    // A notebook's edits land in its JSON strings.
    const e = this.source.kind === "notebook" ? notebookEdit(this.source, edit) : edit;
    if (!e) return false;
    if (e.append) {
      const key = `${e.append.list}@${e.start}`;
      const group = this.appends.get(key);
      if (group) {
        if (!group.values.includes(e.append.value)) group.values.push(e.append.value);
        return true;
      }
      if (this.overlaps(e.start, e.end)) return false;
      this.appends.set(key, { start: e.start, layout: e.append, values: [e.append.value] });
      return true;
    }
    if (this.edits.some((x) => x.start === e.start && x.end === e.end && x.text === e.text)) return true; // the same edit twice
    if (this.overlaps(e.start, e.end)) return false;
    this.edits.push(e);
    return true;
  }

  private overlaps(start: number, end: number): boolean {
    const taken = [...this.edits, ...[...this.appends.values()].map((g) => ({ start: g.start, end: g.start }))];
    // Ranges that share text (an insertion strictly inside a replaced range included), or
    // two insertions at one point, whose order nothing defines.
    return taken.some((x) => (start < x.end && x.start < end) || (start === end && x.start === x.end && start === x.start));
  }

  render(): string {
    const text = this.source.text;
    const edits = [
      ...this.edits,
      ...[...this.appends.values()].map((g) => ({ start: g.start, end: g.start, text: g.layout.before + g.values.join(g.layout.separator) + g.layout.after })),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = "";
    let cursor = 0;
    for (const e of edits) {
      out += text.slice(cursor, e.start) + e.text;
      cursor = e.end;
    }
    return out + text.slice(cursor);
  }
}

function applicable(fix: Fix | undefined, options: FixOptions): fix is Fix {
  return fix !== undefined && fix.edits.length > 0 && (fix.safe || (fix.optIn !== undefined && options.optIns.has(fix.optIn)));
}

/** Syntax errors and duplicate keys: what a fix must never add. */
function yamlDamage(file: string, text: string): number {
  return parseYaml(file, new LineIndex(text)).problems.filter((p) => p.messageId !== "aliasLimit").length;
}

export function planFixes(findings: readonly Finding[], files: readonly SourceFile[], options: FixOptions): FixPlan {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const taken = new Map<string, FileEdits>();
  const baseline = new Map<string, number>();
  const perFile = new Map<string, number>();
  let fixed = 0;
  let skipped = 0;
  for (const finding of findings) {
    const fix = finding.fix;
    if (!applicable(fix, options)) continue;
    // A fix is taken whole or not at all, whatever files it touches.
    const trial = new Map<string, FileEdits>();
    let ok = true;
    for (const e of fix.edits) {
      const source = byPath.get(e.file ?? finding.span.file);
      if (!source) {
        ok = false;
        break;
      }
      const edits = trial.get(source.path) ?? taken.get(source.path)?.clone() ?? new FileEdits(source);
      trial.set(source.path, edits);
      if (!edits.add(e)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      for (const [p, edits] of trial) {
        // notebookEdit keeps a notebook JSON; this is the last word.
        if (edits.source.kind === "notebook" && !parsesAsJson(edits.render())) ok = false;
        if (!YAML_KINDS.has(edits.source.kind)) continue;
        if (!baseline.has(p)) baseline.set(p, yamlDamage(p, edits.source.text));
        if (yamlDamage(p, edits.render()) > baseline.get(p)!) ok = false;
      }
    }
    if (!ok) {
      skipped++;
      continue;
    }
    for (const [p, edits] of trial) taken.set(p, edits);
    // Counted once, in the finding's own file (or the first file it edits).
    const home = trial.has(finding.span.file) ? finding.span.file : trial.keys().next().value!;
    perFile.set(home, (perFile.get(home) ?? 0) + 1);
    fixed++;
  }
  const out: FixedFile[] = [];
  for (const [p, edits] of taken) {
    const text = edits.render();
    if (text !== edits.source.text) out.push({ source: edits.source, text, fixes: perFile.get(p) ?? 0 });
  }
  return { files: out, fixed, skipped };
}

/**
 * Plans and writes the fixes; returns how many findings the written files fix
 * (0: nothing left to do). A file that cannot be written is named in `notWritten`.
 */
export function applyFixes(findings: readonly Finding[], files: readonly SourceFile[], options: FixOptions): number {
  const plan = planFixes(findings, files, options);
  let applied = 0;
  for (const { source, text, fixes } of plan.files) {
    const written = writeFixedText(source, text, options.root ?? dirname(source.absPath));
    if (written.written) applied += fixes;
    else options.notWritten?.push(written.reason);
  }
  return applied;
}
