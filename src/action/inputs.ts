// Every input parsed and checked once, at the edge. Problems are collected, not
// thrown one by one, so a user fixes a workflow in one round trip.

import { UserError } from "../errors.js";
import { AUTH_TYPES, COMMANDS, COMMENT_MODES, FAIL_ON, Input, PR_DEPLOY_MODES, type Command, type CommentMode, type FailOn, type InputName, type PrDeployMode } from "./constants.js";
import { parseDuration } from "../deploy/duration.js";

export interface DatabricksInputs {
  host?: string;
  token?: string;
  clientId?: string;
  clientSecret?: string;
  authType?: (typeof AUTH_TYPES)[number];
  tokenAudience?: string;
}

export interface ActionInputs {
  command: Command;
  /** Paths or globs, relative to the working directory; empty = the whole repository. */
  files: string[];
  failOn: FailOn;
  /** Where to write SARIF; undefined = don't. */
  sarifFile?: string;
  databricks: DatabricksInputs;
  /** Overrides serving.yaml's `deploy.timeout`. */
  timeoutMs?: number;
  comment: CommentMode;
  githubToken?: string;
  workingDirectory?: string;
  /** YYYY-MM-DD: the date rules judge retirement against (tests pin it). */
  today?: string;
  deployOnPullRequest: PrDeployMode;
  /** Lint asks the workspace too (online-* rules); never on a fork PR. */
  online: boolean;
  /** false: trigger the deploy and return (outcome `triggered`). */
  wait: boolean;
}

export class InputError extends UserError {
  override readonly name: string = "InputError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? `Invalid input: ${problems[0]}` : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export type InputGetter = (name: InputName) => string;

export function readInputs(get: InputGetter): ActionInputs {
  const problems: string[] = [];
  const text = (name: InputName): string | undefined => {
    const v = get(name).trim();
    return v === "" ? undefined : v;
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const v = text(name);
    if (v === undefined) return fallback;
    const lower = v.toLowerCase();
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    problems.push(`${name}: "${v}" is not one of ${allowed.join(", ")}`);
    return fallback;
  };

  const command = oneOf(Input.Command, COMMANDS, "lint");
  const failOn = oneOf(Input.FailOn, FAIL_ON, "error");
  const comment = oneOf(Input.Comment, COMMENT_MODES, "sticky");
  const deployOnPullRequest = oneOf(Input.DeployOnPullRequest, PR_DEPLOY_MODES, "refuse");
  const authType = text(Input.AuthType) === undefined ? undefined : oneOf(Input.AuthType, AUTH_TYPES, "pat");
  const online = oneOf(Input.Online, ["true", "false"], "false") === "true";
  const wait = oneOf(Input.Wait, ["true", "false"], "true") === "true";

  const files = (get(Input.Files) ?? "")
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

  let timeoutMs: number | undefined;
  const timeout = text(Input.Timeout);
  if (timeout !== undefined) {
    timeoutMs = parseDuration(timeout);
    if (timeoutMs === undefined) problems.push(`${Input.Timeout}: "${timeout}" is not a duration (e.g. 45m, 1h30m, or seconds as an integer)`);
  }

  const today = text(Input.Today);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) problems.push(`${Input.Today}: "${today}" is not a date (YYYY-MM-DD)`);

  const host = text(Input.Host);
  if (host !== undefined && /\s/.test(host)) problems.push(`${Input.Host}: must be a workspace URL without spaces, e.g. https://dbc-1234.cloud.databricks.com`);
  const clientSecret = text(Input.ClientSecret);
  const clientId = text(Input.ClientId);
  // Named without its value: it is a secret.
  if (clientSecret !== undefined && clientId === undefined) problems.push(`${Input.ClientSecret} is set but ${Input.ClientId} is not: OAuth M2M needs both`);

  if (problems.length) throw new InputError(problems);

  const databricks: DatabricksInputs = {};
  const token = text(Input.Token);
  const audience = text(Input.TokenAudience);
  if (host !== undefined) databricks.host = host;
  if (token !== undefined) databricks.token = token;
  if (clientId !== undefined) databricks.clientId = clientId;
  if (clientSecret !== undefined) databricks.clientSecret = clientSecret;
  if (authType !== undefined) databricks.authType = authType;
  if (audience !== undefined) databricks.tokenAudience = audience;

  const inputs: ActionInputs = { command, files, failOn, comment, databricks, deployOnPullRequest, online, wait };
  const sarifFile = text(Input.SarifFile);
  if (sarifFile !== undefined) inputs.sarifFile = sarifFile;
  if (timeoutMs !== undefined) inputs.timeoutMs = timeoutMs;
  const githubToken = text(Input.GithubToken);
  if (githubToken !== undefined) inputs.githubToken = githubToken;
  const wd = text(Input.WorkingDirectory);
  if (wd !== undefined) inputs.workingDirectory = wd;
  if (today !== undefined) inputs.today = today;
  return inputs;
}

/** Every secret the inputs carry, for masking. */
export function inputSecrets(inputs: ActionInputs): string[] {
  return [inputs.databricks.token, inputs.databricks.clientSecret, inputs.githubToken].filter((s): s is string => s !== undefined);
}
