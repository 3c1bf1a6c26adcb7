// A small table-driven argv parser. Node's parseArgs would do, but it refuses a
// value that starts with a dash (`--max-warnings -1`) and its messages are not
// ours; here an option's value is always the next argument (ESLint's way), an
// unknown option gets a did-you-mean, and the help text comes from the same table.
import { UserError } from "../errors.js";
import { closest } from "../lint/did-you-mean.js";

export interface OptionSpec {
  name: string;
  short?: string;
  /** A string option takes a value, shown in the help as `--name VALUE`. */
  value?: string;
  help: string;
}

export interface ParsedOptions {
  /** The last value of each string option; `true` for each flag given. */
  values: Map<string, string | true>;
  positionals: string[];
}

export function parseOptions(args: readonly string[], specs: readonly OptionSpec[], command: string): ParsedOptions {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.flatMap((s) => (s.short ? [[s.short, s] as const] : [])));
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const eq = arg.indexOf("=");
    const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1, 2);
    const spec = long ? byName.get(key) : byShort.get(key);
    if (!spec || (!long && arg.length > 2)) throw unknownOption(long ? `--${key}` : arg, specs, command);
    const shown = long ? `--${spec.name}` : `-${key}`;
    if (spec.value === undefined) {
      if (eq >= 0) throw new UserError(`option ${shown} takes no value, got "${arg.slice(eq + 1)}"`);
      values.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else value = args[++i];
    if (value === undefined) throw new UserError(`option ${shown} needs a value (${shown} ${spec.value})`);
    values.set(spec.name, value);
  }
  return { values, positionals };
}

function unknownOption(shown: string, specs: readonly OptionSpec[], command: string): UserError {
  const names = specs.map((s) => `--${s.name}`);
  const near = closest(shown.replace(/^-+/, "--"), names);
  const hint = near.length ? ` (did you mean ${near.slice(0, 3).map((n) => `"${n}"`).join(" or ")}?)` : "";
  return new UserError(`unknown option "${shown}" for ${command}${hint}\nRun "serving-ci ${command} --help" for its options.`);
}

/** The options block of a help text, aligned. */
export function formatOptions(specs: readonly OptionSpec[]): string {
  const left = specs.map((s) => `${s.short ? `-${s.short}, ` : "    "}--${s.name}${s.value ? ` ${s.value}` : ""}`);
  const width = Math.max(...left.map((l) => l.length));
  return specs.map((s, i) => `  ${left[i]!.padEnd(width)}  ${s.help}`).join("\n");
}
