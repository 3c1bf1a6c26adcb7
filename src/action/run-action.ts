// The action, given parsed inputs and injected side effects: lint, then plan
// or deploy each endpoint, then one sticky comment per endpoint. Returns the
// reason the step fails, if it does; main.ts turns that into setFailed.

import path from "node:path";
// Client and deploy code is imported where it is used (await import): a lint-only
// run compiles none of it (the action's cold start; __tests__/action/lazy-loading.test.ts).
import type { Clock, ClientOptions, DatabricksClient } from "../databricks/index.js";
import { DatabricksAuthError, DatabricksConfigError } from "../databricks/errors.js";
import { UserError } from "../errors.js";
import { countFindings, plural } from "../report/summary.js";
import { CommentPublisher, FORK_NOTICE } from "./comment/publish.js";
import type { RunStamp } from "./comment/marker.js";
import { renderComment, renderSummarySection, type CommentModel } from "./comment/render.js";
import { Output } from "./constants.js";
import { credentialsProblem, databricksEnv, hasDatabricksCredentials } from "./databricks-env.js";
import type { DeployReport } from "../deploy/deploy.js";
import { createGitHubApi, type GitHubApi, type GitHubApiOptions } from "./github-api.js";
import { readGitHubContext, type Env, type GitHubContext } from "./github-context.js";
import { inputSecrets, type ActionInputs } from "./inputs.js";
import { inInputWords } from "./input-words.js";
import { maskedIO, SecretMask, type ActionIO } from "./io.js";
import { runLintStep, type LintStepResult } from "./lint-step.js";
import { setDeployOutputs } from "./outputs.js";
import { endpointRuns, type EndpointRun } from "./endpoint-runs.js";
import { startLiveReport } from "./live-deploy.js";
import { SETUP_COMMENT_KEY } from "./setup-comment.js";
import type { DeployStatus } from "../deploy/deploy-status.js";
import { readPlanBlock } from "./comment/approved-plan.js";
import type { CommentBody } from "./comment/sticky.js";
import { deployEventRefusal, FORK_DEPLOY_REFUSED, untrustedReason } from "./trust.js";

export interface ActionDeps {
  env: Env;
  /** The process's working directory (GITHUB_WORKSPACE when the runner sets it). */
  cwd: string;
  now: () => Date;
  io: ActionIO;
  /** Aborted on SIGINT/SIGTERM: a running deploy cancels its Databricks run. */
  signal: AbortSignal;
  github?: (o: GitHubApiOptions) => GitHubApi;
  databricks?: (o: ClientOptions) => DatabricksClient;
  clock?: Clock;
}

export interface ActionResult {
  /** Why the step fails; undefined when it succeeds. */
  failure: string | undefined;
  deploys: DeployReport[];
}

export async function runAction(inputs: ActionInputs, deps: ActionDeps): Promise<ActionResult> {
  const ctx = readGitHubContext(deps.env);
  const dbEnv = databricksEnv(inputs.databricks, deps.env);
  const mask = new SecretMask();
  const secrets = new Set([...inputSecrets(inputs), dbEnv.DATABRICKS_TOKEN, dbEnv.DATABRICKS_CLIENT_SECRET, dbEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN]);
  for (const s of secrets) {
    if (s) {
      mask.add(s);
      deps.io.setSecret(s);
    }
  }
  const io = maskedIO(deps.io, mask.mask);
  const workspace = deps.env.GITHUB_WORKSPACE ?? deps.cwd;
  const cwd = path.resolve(workspace, inputs.workingDirectory ?? ".");
  const today = inputs.today ?? deps.now().toISOString().slice(0, 10);
  const untrusted = untrustedReason(ctx);
  const fromFork = untrusted !== undefined;

  let client: DatabricksClient | undefined;
  const databricks = async (): Promise<DatabricksClient> => {
    // The trust boundary (trust.ts): checked again where the client is made, not only by the callers.
    if (untrusted) throw new Error(`refusing to create a Databricks client: ${untrusted}`);
    if (client) return client;
    const [{ createDatabricksClient }, { clockFor }] = await Promise.all([import("../databricks/client.js"), import("../deploy/time-scale.js")]);
    const created = (deps.databricks ?? createDatabricksClient)({
      env: dbEnv,
      clock: deps.clock ?? clockFor(deps.env, dbEnv.DATABRICKS_HOST),
      log: (line) => io.info(line),
    });
    // The client learns OAuth and ID tokens as it gets them; mask those too.
    mask.chain((t) => created.redact(t));
    client = created;
    return created;
  };

  const credentials = hasDatabricksCredentials(dbEnv);
  // online: the workspace is asked only with credentials, and never for a fork PR.
  const online = inputs.online && !fromFork && credentials ? new (await import("../databricks/workspace-read.js")).WorkspaceReader((await databricks()).http) : undefined;
  if (inputs.online && !online && !fromFork) io.notice("serving-ci online lint skipped: no Databricks credentials.");
  const lint = await runLintStep({ cwd, workspace, files: inputs.files, today, failOn: inputs.failOn, sarifFile: inputs.sarifFile, io, ...(online ? { online } : {}) });
  const failures: string[] = [];
  if (lint.failed) failures.push(`lint: ${plural(lint.counts.errors, "error")}, ${plural(lint.counts.warnings, "warning")} (fail-on: ${inputs.failOn})`);

  const runs = endpointRuns(lint, inputs.command === "lint" ? "lenient" : "strict");
  const stamp: RunStamp = { stage: ctx.pullRequest ? "pr" : "merge", sha: ctx.sha, commitTime: ctx.commitTime, runAt: deps.now().toISOString() };
  const publisher = commentPublisher(inputs, deps, ctx, io, stamp, fromFork);
  if (fromFork) io.notice(FORK_NOTICE);

  const finalReport = async (r: EndpointRun): Promise<void> => {
    r.reported = true;
    const m = model(r, inputs, ctx, stamp, lint, r.deploy);
    if (r.plan || r.planSkipped || r.deploy || r.setupError) await io.appendSummary(`${renderSummarySection(m)}\n`);
    const body = (prev: string | undefined): string => {
      const { body: text, truncated } = renderComment(withPlan(m, prev));
      if (truncated) io.info(`the comment for ${r.spec.endpoint.name} was shortened to fit; the job summary has everything`);
      return mask.mask(text);
    };
    await publisher?.publish(r.spec.endpoint.name, keepPlan(inputs, body));
  };

  const deploys: DeployReport[] = [];
  try {
    if (inputs.command === "plan") {
      const [{ planEndpoint }, { planLines }] = await Promise.all([import("../deploy/plan.js"), import("../deploy/plan-render.js")]);
      const skip = untrusted ? `${untrusted}: serving-ci never uses Databricks credentials for a fork's code` : credentials ? undefined : "no Databricks credentials (set the host input and token, or client-id with client-secret or OIDC)";
      if (skip && !fromFork) io.notice(`serving-ci plan skipped: ${skip}.`);
      for (const r of runs) {
        if (skip ?? r.planBlocked) {
          r.planSkipped = skip ?? r.planBlocked;
          continue;
        }
        try {
          const live = await (await databricks()).serving.find(r.spec.endpoint.name);
          r.plan = planEndpoint(r.spec.endpoint, live);
          for (const line of planLines(r.plan)) io.info(line);
        } catch (err) {
          const msg = `plan for ${r.spec.endpoint.name} (${r.spec.file}) failed: ${inInputWords(errorText(err))}${actionHint(err)}`;
          io.error(msg);
          failures.push(msg);
          r.planSkipped = inInputWords(errorText(err));
        }
      }
    }

    if (inputs.command === "deploy" && untrusted) {
      io.warning(`serving-ci: not deploying: ${untrusted}. ${FORK_DEPLOY_REFUSED}`, { title: "serving-ci deploy refused" });
      io.setOutput(Output.Outcome, "skipped");
    } else if (inputs.command === "deploy" && deployEventRefusal(ctx, inputs.deployOnPullRequest === "allow")) {
      const why = deployEventRefusal(ctx, inputs.deployOnPullRequest === "allow")!;
      io.error(`serving-ci: not deploying: ${why}`, { title: "serving-ci deploy refused" });
      failures.push(`not deploying: ${why}`);
    } else if (inputs.command === "deploy") {
      const problem = credentialsProblem(dbEnv);
      if (problem) throw new UserError(`deploy: ${problem}`);
      // Bundle endpoints are deployed by `databricks bundle deploy`: they keep their comment, this step deploys serving.yaml's.
      const deployable = runs.filter((r) => !r.bundle);
      if (deployable.length === 0) throw new UserError(`deploy: no serving.yaml found${inputs.files.length ? ` in ${inputs.files.join(", ")}` : ""}.`);
      if (lint.counts.errors > 0) {
        failures.push("deploy skipped: lint found errors; fix them first");
        io.error(`serving-ci: not deploying: lint found ${plural(lint.counts.errors, "error")}.`);
      } else {
        const { deploy } = await import("../deploy/deploy.js");
        for (const r of deployable) {
          if (deps.signal.aborted) break;
          const client = await databricks();
          const name = r.spec.endpoint.name;
          const view = (status: DeployStatus, now: number): CommentModel => model(r, inputs, ctx, stamp, lint, { live: status, now });
          const live = startLiveReport({
            io,
            clock: client.clock,
            ended: deploys,
            comment: publisher ? (status, now) => publisher.publish(name, keepPlan(inputs, (prev) => mask.mask(renderComment(withPlan(view(status, now), prev)).body)), { quiet: true }) : undefined,
            summary: (status, now) => `${renderSummarySection(view(status, now))}\n`,
          });
          let report: DeployReport;
          try {
            report = await deploy({
              client,
              spec: r.spec,
              identity: { repository: `${ctx.owner}/${ctx.repo}`, commit: ctx.sha, attempt: ctx.runAttempt },
              timeoutMs: inputs.timeoutMs,
              wait: inputs.wait,
              signal: deps.signal,
              log: (line) => io.info(line),
              onRun: (runId, url) => {
                io.setOutput(Output.RunId, String(runId));
                io.setOutput(Output.RunUrl, url);
              },
              onStatus: live.onStatus,
            });
          } finally {
            await live.close(); // no live edit after this: the final comment comes next
          }
          // The client's sentences name env vars; the comment and log speak in inputs.
          report.message = inInputWords(report.message);
          r.deploy = report;
          deploys.push(report);
          if (report.outcome !== "success" && report.outcome !== "triggered") {
            failures.push(`${name}: ${report.outcome}: ${report.message}`);
            io.error(`${name}: ${report.outcome}: ${report.message}`, { title: `serving-ci deploy ${report.outcome}`, file: r.spec.file });
          }
          // This endpoint's comment is final now, not when the last endpoint's deploy ends.
          setDeployOutputs(io, deploys);
          await finalReport(r);
        }
        if (deps.signal.aborted && deploys.length < deployable.length) failures.push(`cancelled before deploying ${deployable.length - deploys.length} endpoint(s)`);
      }
    }
  } catch (err) {
    // A setup error (credentials, host, no serving.yaml) is the user's to fix: it ends
    // like any failure, with the outcome set and the comment saying which input to change.
    if (!(err instanceof UserError)) throw err;
    const why = `${inInputWords(err.message)}${actionHint(err)}`;
    failures.push(why);
    if (deploys.length) io.setOutput(Output.Outcome, "failed"); // the endpoints deployed before it do not make the run a success
    for (const r of runs) r.setupError = why;
  }
  if (!(inputs.command === "deploy" && untrusted) && (inputs.command !== "deploy" || deploys.length === 0)) {
    io.setOutput(Output.Outcome, deps.signal.aborted ? "cancelled" : failures.length ? "failed" : "success");
  }

  for (const r of runs) if (!r.reported) await finalReport(r);
  // This run got past its inputs: an earlier run's "invalid inputs" comment is history.
  await publisher?.retire(SETUP_COMMENT_KEY, "about invalid inputs (fixed)");

  return { failure: failures.length ? failures.join("\n") : undefined, deploys };
}

function commentPublisher(inputs: ActionInputs, deps: ActionDeps, ctx: GitHubContext, io: ActionIO, stamp: RunStamp, fromFork: boolean): CommentPublisher | undefined {
  if (inputs.comment === "off" || fromFork) return undefined;
  if (!inputs.githubToken) {
    io.info("no github-token: not commenting on the pull request");
    return undefined;
  }
  const api = (deps.github ?? createGitHubApi)({ apiUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, token: inputs.githubToken });
  return new CommentPublisher(api, ctx, io, stamp);
}

function model(r: EndpointRun, inputs: ActionInputs, ctx: GitHubContext, stamp: RunStamp, lint: LintStepResult, deployState: CommentModel["deploy"]): CommentModel {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return {
    endpoint: r.spec.endpoint.name,
    command: inputs.command,
    stamp,
    workflowRunUrl: ctx.runUrl,
    lint: { counts: countFindings(r.findings), totalCounts: lint.counts, top: [...r.findings].sort((a, b) => rank[a.severity] - rank[b.severity]) },
    plan: r.plan,
    planSkipped: r.planSkipped,
    deploy: deployState,
    setupError: r.setupError,
  };
}

/** A deploy keeps the plan its PR's run posted (collapsed above the result); other commands write their own. */
function keepPlan(inputs: ActionInputs, body: (previous: string | undefined) => string): CommentBody {
  return inputs.command === "deploy" ? body : body(undefined);
}

function withPlan(m: CommentModel, previous: string | undefined): CommentModel {
  const kept = readPlanBlock(previous);
  return kept && !m.plan ? { ...m, approvedPlan: kept } : m;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The client names environment variables; in a workflow the inputs are what people set. */
export function actionHint(err: unknown): string {
  // Only where the message still names variables after inInputWords (the CLI's wording).
  if ((err instanceof DatabricksAuthError || err instanceof DatabricksConfigError) && inInputWords(err.message).includes("DATABRICKS_")) {
    return " (action inputs: host, token, or client-id with client-secret, or client-id with `permissions: id-token: write`; DATABRICKS_* job env works too)";
  }
  return "";
}
