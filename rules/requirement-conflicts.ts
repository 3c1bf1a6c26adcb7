import { lt, satisfies } from "@renovatebot/pep440";
import { defineRule, type Report } from "../src/lint/define-rule.js";
import type { AgentClass, ModelUnit, RequirementList } from "../src/python/python-facts.js";
import { where } from "../src/python/python-facts.js";
import { includeSite } from "../src/python/requirement-lists.js";
import type { Requirement } from "../src/python/requirements.js";

/** Databricks requires this mlflow for ResponsesAgent authoring and deployment (reference §6). */
const RESPONSES_AGENT_MLFLOW = "3.1.3";

const messages = {
  twoPins: "\"{name}\" is pinned to {version} here and to {other} at {where}",
  excluded: "\"{name}{spec}\" excludes the pin =={other} at {where}",
  mlflowTooOld: "mlflow {version} is older than {needed}, which ResponsesAgent needs on Databricks ({agent})",
  driftVersion: "\"{name}\" is {version} here but {other} in {there}",
  driftMissing: "\"{name}\" is listed here but not in {there}",
  driftMissingThere: "{there} lists \"{name}\", which this list does not",
};
type R = Report<keyof typeof messages>;

/** A finding on an entry that came from a `-r` file also names the entry that pulls the file in. */
function via(list: RequirementList, r: Requirement) {
  const site = includeSite(list, r);
  return site ? { related: [site] } : undefined;
}

export default defineRule({
  id: "requirement-conflicts",
  defaultSeverity: "error",
  summary: "No package is pinned to two versions, serving.yaml and log_model agree, and mlflow is new enough for the APIs used",
  fixable: "never",
  messages,
  check(facts, _ctx, report) {
    const python = facts.python;
    if (!python) return;
    for (const list of python.requirementLists) withinList(list, report);
    for (const unit of python.models) {
      drift(unit, report);
      mlflowVersion(unit, python.agents, report);
    }
  },
});

/** Entries that apply together: same package, same environment marker. */
function groups(list: RequirementList): Map<string, Requirement[]> {
  const out = new Map<string, Requirement[]>();
  for (const r of list.entries) {
    if (!r.key || r.include || r.problem) continue;
    const k = `${r.key};${r.marker ?? ""}`;
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}

function withinList(list: RequirementList, report: R): void {
  for (const reqs of groups(list).values()) {
    const pins = reqs.filter((r) => r.pin === "exact");
    const first = pins[0];
    if (!first?.exactVersion) continue;
    for (const r of reqs) {
      if (r === first) continue;
      if (r.pin === "exact" && r.exactVersion !== undefined && r.exactVersion !== first.exactVersion) {
        report("twoPins", r.text, { name: r.name?.value ?? r.key!, version: r.exactVersion, other: first.exactVersion, where: where(first.text.span) }, via(list, r));
      } else if (r.pin === "none" && r.specifiers.length && !r.specifiers.some((s) => s.version.includes("\0"))) {
        const spec = r.specifiers.map((s) => `${s.op}${s.version}`).join(",");
        if (!satisfies(first.exactVersion, spec)) {
          report("excluded", r.text, { name: r.name?.value ?? r.key!, spec, other: first.exactVersion, where: where(first.text.span) }, via(list, r));
        }
      }
    }
  }
}

/** serving.yaml and a literal log_model list describe one environment: every difference is reported on both sides. */
function drift(unit: ModelUnit, report: R): void {
  const [a, b] = unit.requirementLists;
  if (!a || !b || !a.known || !b.known) return;
  const pinsOf = (l: RequirementList) => new Map(l.entries.filter((r) => r.key && !r.include && !r.marker).map((r) => [r.key!, r]));
  const pa = pinsOf(a);
  const pb = pinsOf(b);
  for (const [here, there, mine, theirs] of [[a, b, pa, pb], [b, a, pb, pa]] as const) {
    for (const [key, r] of mine) {
      const o = theirs.get(key);
      const name = r.name?.value ?? key;
      if (!o) {
        report("driftMissing", r.text, { name, there: there.label }, via(here, r));
        report("driftMissingThere", there.at, { name, there: here.label });
      } else if (r.exactVersion && o.exactVersion && r.exactVersion !== o.exactVersion) {
        report("driftVersion", r.text, { name, version: `==${r.exactVersion}`, other: `==${o.exactVersion}`, there: there.label }, via(here, r));
      }
    }
  }
}

function mlflowVersion(unit: ModelUnit, agents: readonly AgentClass[], report: R): void {
  const agent = agents.find((a) => a.kind === "responses-agent" && unit.code.includes(a.module));
  if (!agent) return;
  for (const list of unit.allRequirementLists) {
    for (const r of list.entries) {
      if (r.key !== "mlflow" || r.pin !== "exact" || !r.exactVersion) continue;
      if (lt(r.exactVersion, RESPONSES_AGENT_MLFLOW)) {
        const at = `class ${agent.cls.name} at ${agent.cls.nameSpan.file}:${agent.cls.nameSpan.line}`;
        report("mlflowTooOld", r.text, { version: r.exactVersion, needed: RESPONSES_AGENT_MLFLOW, agent: at }, via(list, r));
      }
    }
  }
}
