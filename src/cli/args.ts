// argv → a typed command. Every usage mistake is a UserError (exit 2).
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import { FORMATTERS } from "../report/formatters.js";

export interface LintCommand {
  command: "lint";
  paths: string[];
  format: string;
  output?: string;
  maxWarnings?: number;
  today?: string;
  config?: string;
  fix: boolean;
  fixRetired: boolean;
  color?: boolean;
  /** Threads for parsing Python in a large run (default: the available cores). */
  threads?: number;
  /** --online: ask the workspace (host and profile as given; unified auth fills the rest). */
  online?: { host?: string; profile?: string };
}

export type Command =
  | LintCommand
  | { command: "rules"; format: "text" | "json" }
  | { command: "emulator"; args: string[] }
  | { command: "help" }
  | { command: "version" };

export const USAGE = `Usage: serving-ci <command> [options]

Commands:
  lint [paths...]     Lint serving.yaml files, bundles and the Python they point to (default: this repository)
  rules               List the rules with their docs
  emulator            Run the local Databricks workspace emulator
  help, version

Lint options:
  -f, --format NAME   stylish (default), json, sarif, github, markdown
  -o, --output FILE   Write the report to FILE instead of stdout
  --max-warnings N    Exit 1 when there are more than N warnings
  --today YYYY-MM-DD  Date to judge retirements against (default: today)
  --config FILE       Config file (default: .serving-ci.yaml at the repository root)
  --fix               Apply safe fixes
  --fix-retired       Also replace retired endpoints by their successor (changes behaviour)
  --threads N         Threads for parsing Python in large runs (default: available cores)
  --online            Also ask the workspace whether the endpoints, model versions, indexes,
                      functions, Genie spaces, warehouses, secrets and deploy job named exist
  --profile NAME      ~/.databrickscfg profile for --online (default: DATABRICKS_* variables, then [DEFAULT])
  --host URL          Workspace URL for --online (default: DATABRICKS_HOST or the profile's)
  --color / --no-color

Exit codes: 0 no findings at the failing level, 1 findings, 2 usage, config or I/O error.
`;

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      return { command: "help" };
    case "version":
    case "--version":
    case "-v":
      return { command: "version" };
    case "emulator":
      return { command: "emulator", args: rest };
    case "rules": {
      const { values } = parse(rest, { json: { type: "boolean" } }, false);
      return { command: "rules", format: values.json ? "json" : "text" };
    }
    case "lint":
      return parseLint(rest);
    default:
      throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

function parseLint(args: string[]): LintCommand {
  const { values, positionals } = parse(
    args,
    {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      today: { type: "string" },
      config: { type: "string" },
      fix: { type: "boolean" },
      "fix-retired": { type: "boolean" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      threads: { type: "string" },
      online: { type: "boolean" },
      profile: { type: "string" },
      host: { type: "string" },
    },
    true,
  );
  const format = (values.format as string | undefined) ?? "stylish";
  if (!(format in FORMATTERS)) throw new UserError(`unknown format "${format}" (expected ${Object.keys(FORMATTERS).join(", ")})`);
  const cmd: LintCommand = { command: "lint", paths: positionals, format, fix: Boolean(values.fix || values["fix-retired"]), fixRetired: Boolean(values["fix-retired"]) };
  if (typeof values.output === "string") cmd.output = values.output;
  if (typeof values.config === "string") cmd.config = values.config;
  const mw = values["max-warnings"];
  if (typeof mw === "string") {
    if (!/^\d+$/.test(mw)) throw new UserError(`--max-warnings takes a whole number, got "${mw}"`);
    cmd.maxWarnings = Number(mw);
  }
  const threads = values.threads;
  if (typeof threads === "string") {
    if (!/^[1-9]\d*$/.test(threads)) throw new UserError(`--threads takes a whole number of at least 1, got "${threads}"`);
    cmd.threads = Number(threads);
  }
  const today = values.today;
  if (typeof today === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new UserError(`--today takes a date like 2026-11-27, got "${today}"`);
    cmd.today = today;
  }
  const profile = values.profile as string | undefined;
  const host = values.host as string | undefined;
  if ((profile !== undefined || host !== undefined) && !values.online) throw new UserError("--profile and --host only apply with --online");
  if (values.online) cmd.online = { ...(profile !== undefined ? { profile } : {}), ...(host !== undefined ? { host } : {}) };
  if (values["no-color"]) cmd.color = false;
  else if (values.color) cmd.color = true;
  return cmd;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parse(args: string[], options: Options, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options: options ?? {}, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
  }
}
