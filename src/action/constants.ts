// Every input and output name, in one place, matching action.yml (a test
// parses action.yml and compares both ways), so a typo is a compile error.

export const Input = {
  Command: "command",
  Files: "files",
  FailOn: "fail-on",
  SarifFile: "sarif-file",
  Host: "host",
  Token: "token",
  ClientId: "client-id",
  ClientSecret: "client-secret",
  AuthType: "auth-type",
  TokenAudience: "token-audience",
  Timeout: "timeout",
  Comment: "comment",
  GithubToken: "github-token",
  WorkingDirectory: "working-directory",
  Today: "today",
  DeployOnPullRequest: "deploy-on-pull-request",
  Online: "online",
  Wait: "wait",
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

export const Output = {
  Errors: "errors",
  Warnings: "warnings",
  SarifFile: "sarif-file",
  RunId: "run-id",
  RunUrl: "run-url",
  EndpointUrl: "endpoint-url",
  State: "state",
  ServedVersions: "served-versions",
  PreviousVersions: "previous-versions",
  Outcome: "outcome",
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

export const COMMANDS = ["lint", "plan", "deploy"] as const;
export type Command = (typeof COMMANDS)[number];

export const FAIL_ON = ["error", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const COMMENT_MODES = ["sticky", "off"] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** refuse: deploy only where a deploy belongs; allow: per-PR preview endpoints (never for forks). */
export const PR_DEPLOY_MODES = ["refuse", "allow"] as const;
export type PrDeployMode = (typeof PR_DEPLOY_MODES)[number];

export const AUTH_TYPES = ["pat", "oauth-m2m", "github-oidc"] as const;
