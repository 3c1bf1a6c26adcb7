// A rule is metadata plus a synchronous check over extracted facts (ESLint's
// meta/create split, typescript-eslint's createRule). It never reads files,
// network or clock: those reach it through `ctx`.
import { DOCS_BASE } from "../urls.js";
import type { ModelCatalog } from "./catalog.js";
import type { LintFacts } from "./facts/lint-facts.js";
import { spanWithin } from "./line-index.js";
import type { WorkspaceView } from "./online/answers.js";
import type { Fix, Located, RelatedLocation, Severity, Span } from "./types.js";

/** Re-exported: rules and the suppression pass read it from here. */
export { DOCS_BASE };

export interface RuleContext {
  /** "Today" as YYYY-MM-DD: the clock by default, fixed by --today and by tests. */
  today: string;
  catalog: ModelCatalog;
  /** Endpoint names the repository declares as its own (config `endpoints:`), and online the workspace's. */
  customEndpoints: ReadonlySet<string>;
  /** What the workspace answered (`lint --online`); undefined offline, so the online rules are silent. */
  workspace?: WorkspaceView;
}

export type ReportTarget = Span | Located<unknown> | { span: Span };

export interface ReportOptions {
  fix?: Fix;
  /** Lower (never raise) a finding below the rule's severity, e.g. an uncertain case. */
  severity?: Severity;
  /** Source ranges to mask wherever the finding shows source text (a secret's value). */
  redact?: Span[];
  /** Related locations (SARIF relatedLocations; the stylish report lists them under the finding). */
  related?: RelatedLocation[];
}

export type Report<M extends string> = (
  messageId: M,
  at: ReportTarget,
  data?: Record<string, string | number>,
  options?: ReportOptions,
) => void;

export interface RuleMeta<M extends string = string> {
  id: string;
  defaultSeverity: "error" | "warning";
  /** One line: what the rule checks. */
  summary: string;
  fixable: "never" | "sometimes" | "always";
  messages: Record<M, string>;
}

export interface Rule<M extends string = string> extends RuleMeta<M> {
  docsUrl: string;
  check(facts: LintFacts, ctx: RuleContext, report: Report<M>): void;
}

export interface RuleDefinition<M extends string> extends RuleMeta<M> {
  check(facts: LintFacts, ctx: RuleContext, report: Report<M>): void;
}

export function defineRule<M extends string>(def: RuleDefinition<M>): Rule<M> {
  return { ...def, docsUrl: `${DOCS_BASE}${def.id}.md` };
}

export function spanOf(at: ReportTarget): Span {
  return "file" in at ? at : at.span;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/**
 * A report that adds `sender` (the Python call that sends an endpoint config) as a related location
 * to each finding outside that call, so a literal written elsewhere names where it is used.
 */
export function reportNaming<M extends string>(sender: RelatedLocation | undefined, report: Report<M>): Report<M> {
  if (!sender) return report;
  return (id, at, data, options) => {
    const span = spanOf(at);
    report(id, at, data, spanWithin(span, sender.span) ? options : { ...options, related: [...(options?.related ?? []), sender] });
  };
}
