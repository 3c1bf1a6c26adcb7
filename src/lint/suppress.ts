// Suppression comments, applied after every rule has run (ESLint's order), so
// that a directive that suppressed nothing can be reported:
//   # serving-ci-disable-next-line rule-a, rule-b -- reason
//   workload_sise: Small  # serving-ci-disable-line schema -- reason
//   # serving-ci-disable-file rule-a -- reason
// `disable-line` covers its own line (ESLint's form). A `disable-next-line` that
// trails code covers its own line too: nobody ends line 7 with a comment about
// line 8, and ESLint's reading (the next line) silently missed what the author
// meant; on a line of its own it covers the next line. An unused one is still
// reported, so a misread directive is never silent.
// The same comment syntax works in YAML and Python. Directives are found line by
// line: a `#` comment is all we need to recognise, in either language.
import { DOCS_BASE, formatMessage } from "./define-rule.js";
import type { SourceFile } from "./facts/source.js";
import type { Finding, Span } from "./types.js";

export const UNUSED_SUPPRESSION = "unused-suppression";

/** The suppression pass's messages; rules/unused-suppression.ts publishes them as its metadata. */
export const SUPPRESSION_MESSAGES = {
  unused: 'unused suppression: no "{rule}" finding here',
  unknownRule: 'suppression names unknown rule "{rule}"',
  missingRule: "suppression names no rule; write the rule id after the directive",
} as const;

interface Directive {
  kind: "line" | "file";
  rules: { id: string; span: Span; used: boolean }[];
  /** The line it applies to (line and next-line directives). */
  targetLine: number;
  span: Span;
}

const DIRECTIVE = /(^|[\s"'])#\s*serving-ci-disable-(next-line|line|file)\b([^"\n]*)/;

function parseDirectives(file: SourceFile): Directive[] {
  const out: Directive[] = [];
  const { lines } = file;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes("serving-ci-disable")) continue;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const lineStart = lines.lineStart(line);
    const startCol = m.index + m[1]!.length;
    // In an .ipynb the comment sits in a JSON string: its escaped newline is not a rule id.
    const body = m[3]!.split(/\s--\s|\s--$/)[0]!.replace(/\\n\s*$/, "");
    // Code before the comment (a bare opening quote is a notebook's JSON string, not code).
    const trailing = text.slice(0, m.index + m[1]!.length).replace(/^\s*["']?/, "").trim() !== "";
    const bodyOffset = m.index + m[0].length - m[3]!.length;
    const rules: Directive["rules"] = [];
    const re = /[A-Za-z][\w-]*/g;
    for (let r = re.exec(body); r; r = re.exec(body)) {
      const s = lineStart + bodyOffset + r.index;
      rules.push({ id: r[0], span: lines.span(file.path, s, s + r[0].length), used: false });
    }
    out.push({
      kind: m[2] === "file" ? "file" : "line",
      rules,
      targetLine: m[2] === "line" || trailing ? line : line + 1,
      span: lines.span(file.path, lineStart + startCol, lineStart + text.replace(/[",]+\s*$/, "").length),
    });
  }
  return out;
}

export function applySuppressions(findings: Finding[], files: readonly SourceFile[], knownRules: ReadonlySet<string>): Finding[] {
  const byFile = new Map<string, Directive[]>();
  for (const f of files) {
    const d = parseDirectives(f);
    if (d.length) byFile.set(f.path, d);
  }
  if (byFile.size === 0) return findings;
  const kept = findings.filter((finding) => {
    const directives = byFile.get(finding.span.file);
    if (!directives) return true;
    let suppressed = false;
    for (const d of directives) {
      if (d.kind === "line" && d.targetLine !== finding.span.line) continue;
      for (const r of d.rules) {
        if (r.id === finding.ruleId) {
          r.used = true;
          suppressed = true;
        }
      }
    }
    return !suppressed;
  });
  for (const directives of byFile.values()) {
    for (const d of directives) {
      if (d.rules.length === 0) {
        kept.push(unused(d.span, "missingRule"));
      }
      for (const r of d.rules) {
        if (!knownRules.has(r.id)) kept.push(unused(r.span, "unknownRule", r.id));
        else if (!r.used) kept.push(unused(r.span, "unused", r.id));
      }
    }
  }
  return kept;
}

function unused(span: Span, messageId: keyof typeof SUPPRESSION_MESSAGES, rule = ""): Finding {
  const message = formatMessage(SUPPRESSION_MESSAGES[messageId], { rule });
  return { ruleId: UNUSED_SUPPRESSION, messageId, severity: "warning", message, span, docsUrl: `${DOCS_BASE}${UNUSED_SUPPRESSION}.md` };
}
