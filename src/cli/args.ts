// argv → a typed command. Every usage mistake is a UserError (exit 2). Each
// command's options are one table (parsing, did-you-mean and --help read it):
// a new option is one row there plus one line in its command's parser.
import { UserError } from "../errors.js";
import { FORMAT_NAMES, isFormatName, type FormatName } from "../report/formatters.js";
import { formatOptions, parseOptions, type OptionSpec } from "./options.js";
import { parseWorkspaceCommand, WORKSPACE_COMMANDS, workspaceUsage, type WorkspaceCommand, type WorkspaceCommandName } from "./workspace-args.js";

export interface LintCommand {
  command: "lint";
  paths: string[];
  format: FormatName;
  output?: string;
  /** Undefined: no limit (the default, and `--max-warnings -1`, as in ESLint). */
  maxWarnings?: number;
  today?: string;
  config?: string;
  fix: boolean;
  fixRetired: boolean;
  /** --color / --no-color; undefined lets the environment decide (FORCE_COLOR, NO_COLOR, TTY). */
  color?: boolean;
  /** Say on stderr what each file was taken for. */
  verbose: boolean;
  /** Threads for a large run: parse workers, or unit workers when it is streamed (default: the available cores). */
  threads?: number;
  /** --online: ask the workspace (host and profile as given; unified auth fills the rest). */
  online?: { host?: string; profile?: string };
}

export type Command =
  | LintCommand
  | { command: "rules"; format: "text" | "json"; id?: string; color?: boolean }
  | { command: "emulator"; args: string[] }
  | { command: "workspace"; workspace: WorkspaceCommand }
  | { command: "help"; text: string }
  | { command: "version" };

const HELP: OptionSpec = { name: "help", short: "h", help: "Show this help" };
const COLOR: OptionSpec[] = [
  { name: "color", help: "Force colour (also FORCE_COLOR=1)" },
  { name: "no-color", help: "No colour (also NO_COLOR=1)" },
];

export const LINT_OPTIONS: readonly OptionSpec[] = [
  { name: "format", short: "f", value: "NAME", help: `${FORMAT_NAMES.join(", ")} (default: stylish)` },
  { name: "output", short: "o", value: "FILE", help: "Write the report to FILE instead of stdout" },
  { name: "max-warnings", value: "N", help: "Exit 1 when there are more than N warnings (-1: no limit, the default)" },
  { name: "today", value: "YYYY-MM-DD", help: "Date to judge retirements against (default: today)" },
  { name: "config", value: "FILE", help: "Config file (default: .serving-ci.yaml at the repository root)" },
  { name: "fix", help: "Apply safe fixes" },
  { name: "fix-retired", help: "Also replace retired endpoints by their successor (changes behaviour)" },
  { name: "threads", value: "N", help: "Threads to lint with (default: available cores; parsing from 4 MB of Python, whole folders in a run streamed folder by folder)" },
  { name: "verbose", help: "Say what each file was taken for (serving, bundle, python, ...) and why files were skipped" },
  { name: "online", help: "Also ask the workspace whether the endpoints, model versions, indexes, functions, Genie spaces, warehouses, secrets and deploy job named exist" },
  { name: "profile", value: "NAME", help: "~/.databrickscfg profile for --online (default: DATABRICKS_* variables, then [DEFAULT])" },
  { name: "host", value: "URL", help: "Workspace URL for --online (default: DATABRICKS_HOST or the profile's)" },
  ...COLOR,
  HELP,
];

export const RULES_OPTIONS: readonly OptionSpec[] = [{ name: "json", help: "The rule list as JSON" }, ...COLOR, HELP];

const EXIT_CODES = "Exit codes: 0 no findings at the failing level, 1 findings, 2 usage, config or I/O error.";

export const USAGE = `Usage: serving-ci <command> [options]

Commands:
  lint [paths...]     Lint serving.yaml files, bundles and the Python they point to (default: this repository)
  rules [id]          List the rules, or show one rule's page
  plan [files...]     What a deploy would change on each live endpoint
  deploy [files...]   Lint, trigger the deployment job, wait for the endpoint, smoke-query it
  status <endpoint>   The endpoint's state, versions and traffic
  wait <endpoint>     Wait until the endpoint's update settles
  emulator            Run the local Databricks workspace emulator
  help [command], version

Run "serving-ci <command> --help" for a command's options.
${EXIT_CODES}
`;

const LINT_USAGE = `Usage: serving-ci lint [paths...] [options]

Lints serving.yaml files, Databricks Asset Bundles, requirements, Python and notebooks
(default: the repository around the current directory, honouring .gitignore).

Options:
${formatOptions(LINT_OPTIONS)}

${EXIT_CODES}
`;

const RULES_USAGE = `Usage: serving-ci rules [id] [options]

Without an id: every rule, its default severity and its docs link.
With an id: the rule's page (what it checks, why, incorrect and correct examples).

Options:
${formatOptions(RULES_OPTIONS)}
`;

const COMMAND_HELP: Readonly<Record<string, string>> = {
  lint: LINT_USAGE,
  rules: RULES_USAGE,
  ...Object.fromEntries(WORKSPACE_COMMANDS.map((c) => [c, workspaceUsage(c)])),
};

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "--help":
    case "-h":
      return { command: "help", text: USAGE };
    case "help": {
      const topic = rest[0];
      if (topic === undefined) return { command: "help", text: USAGE };
      // The emulator prints its own usage (its module loads only when asked for).
      if (topic === "emulator") return { command: "emulator", args: ["--help"] };
      const text = COMMAND_HELP[topic];
      if (!text) throw new UserError(`no help for "${topic}" (commands: ${Object.keys(COMMAND_HELP).join(", ")}, emulator)`);
      return { command: "help", text };
    }
    case "version":
    case "--version":
    case "-v":
      return { command: "version" };
    case "emulator":
      return { command: "emulator", args: rest };
    case "rules":
      return parseRules(rest);
    case "lint":
      return parseLint(rest);
    case "plan":
    case "deploy":
    case "status":
    case "wait": {
      const parsed = parseWorkspaceCommand(command as WorkspaceCommandName, rest);
      return parsed.command === "help" ? parsed : { command: "workspace", workspace: parsed };
    }
    default:
      throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

function color(values: Map<string, string | true>): { color?: boolean } {
  if (values.has("no-color")) return { color: false };
  if (values.has("color")) return { color: true };
  return {};
}

function parseRules(args: string[]): Command {
  const { values, positionals } = parseOptions(args, RULES_OPTIONS, "rules");
  if (values.has("help")) return { command: "help", text: RULES_USAGE };
  if (positionals.length > 1) throw new UserError(`rules takes at most one rule id, got ${positionals.length}`);
  return { command: "rules", format: values.has("json") ? "json" : "text", ...(positionals[0] ? { id: positionals[0] } : {}), ...color(values) };
}

function parseLint(args: string[]): LintCommand | Command {
  const { values, positionals } = parseOptions(args, LINT_OPTIONS, "lint");
  if (values.has("help")) return { command: "help", text: LINT_USAGE };
  const str = (name: string): string | undefined => {
    const v = values.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const format = str("format") ?? "stylish";
  if (!isFormatName(format)) throw new UserError(`unknown format "${format}" (expected ${FORMAT_NAMES.join(", ")})`);
  const fixRetired = values.has("fix-retired");
  const cmd: LintCommand = { command: "lint", paths: positionals, format, fix: values.has("fix") || fixRetired, fixRetired, verbose: values.has("verbose"), ...color(values) };
  const output = str("output");
  if (output !== undefined) cmd.output = output;
  const config = str("config");
  if (config !== undefined) cmd.config = config;
  const mw = str("max-warnings");
  if (mw !== undefined) {
    if (!/^(\d+|-1)$/.test(mw)) throw new UserError(`--max-warnings takes a whole number, or -1 for no limit, got "${mw}"`);
    if (mw !== "-1") cmd.maxWarnings = Number(mw);
  }
  const threads = str("threads");
  if (threads !== undefined) {
    if (!/^[1-9]\d*$/.test(threads)) throw new UserError(`--threads takes a whole number of at least 1, got "${threads}"`);
    cmd.threads = Number(threads);
  }
  const today = str("today");
  if (today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new UserError(`--today takes a date like 2026-11-27, got "${today}"`);
    cmd.today = today;
  }
  const profile = str("profile");
  const host = str("host");
  if ((profile !== undefined || host !== undefined) && !values.has("online")) throw new UserError("--profile and --host only apply with --online");
  if (values.has("online")) cmd.online = { ...(profile !== undefined ? { profile } : {}), ...(host !== undefined ? { host } : {}) };
  return cmd;
}
