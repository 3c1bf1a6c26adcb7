// How every online rule turns the workspace's answers into findings: one shape
// of message per answer, so the rules differ only in which questions they own.

import type { Report, RuleContext } from "../define-rule.js";
import { KIND_INFO, type Question, type QuestionKind } from "./questions.js";

export const ONLINE_MESSAGES = {
  missing: "{subject} does not exist in {host}: {said}",
  denied: "cannot check {subject}: {host} answered {said}; the credentials need {permission}",
  /** Only jobs, named by name, can be ambiguous. */
  ambiguous: "{subject} is ambiguous in {host}: {said}; name the job by its id",
  unavailable: "could not check {subject}: {host} answered {said}",
} as const;

export function subjectOf(q: Question): string {
  if (q.kind === "model_version") return `version ${q.part} of model "${q.name}"`;
  if (q.kind === "secret") return `secret "{{secrets/${q.name}/${q.part}}}"`;
  return `${KIND_INFO[q.kind].label} "${q.name}"`;
}

/**
 * Reports the checks of these kinds: missing as the rule's severity, a 403 as a
 * warning naming the permission (never a false "does not exist"), a server
 * error as a warning that it could not be checked. Silent offline.
 */
export function reportChecks(
  ctx: RuleContext,
  kinds: readonly QuestionKind[],
  report: Report<keyof typeof ONLINE_MESSAGES>,
  skip: (q: Question) => boolean = () => false,
): void {
  const ws = ctx.workspace;
  if (!ws) return;
  for (const { question: q, answer } of ws.checks) {
    if (!kinds.includes(q.kind) || answer.state === "found" || skip(q)) continue;
    const data = { subject: subjectOf(q), host: ws.host, said: answer.message, via: q.via };
    if (answer.state === "denied") report("denied", q.at, { ...data, permission: KIND_INFO[q.kind].permission }, { severity: "warning" });
    else if (answer.state === "unavailable") report("unavailable", q.at, data, { severity: "warning" });
    else report(answer.state, q.at, data);
  }
}
