// `serving-ci emulator --port N --token T [--speed X] [--scenario FILE]`
// Prints the base URL as the first line of stdout, then serves until SIGINT/SIGTERM.

import { startEmulator } from "./server.js";
import { DEFAULT_TOKEN, loadScenarioFile, type ScenarioInput } from "./scenario.js";
import { UserError } from "../errors.js";

export const EMULATOR_USAGE = `Usage: serving-ci emulator [--port N] [--token T] [--control-token C] [--speed X] [--scenario FILE]

Runs a local emulator of the Databricks workspace API (serving endpoints, jobs,
OAuth/OIDC) on 127.0.0.1 and prints its base URL on the first line.

  --port N          port to listen on (default 0: any free port)
  --token T         the PAT clients must send (default ${DEFAULT_TOKEN})
  --control-token C bearer for /_emulator/scenario, /requests, /events (default: random, printed at start)
  --speed X         emulated time runs X times faster than real time (default 1)
  --scenario FILE   JSON scenario: phase durations, outcomes, faults, auth, jobs

Point a client at it with DATABRICKS_HOST=<url> DATABRICKS_TOKEN=<token>.`;

interface Parsed {
  port: number;
  token: string;
  controlToken: string | undefined;
  speed: number;
  scenario: string | undefined;
}

function parseArgs(args: string[]): Parsed | "help" {
  const out: Parsed = { port: 0, token: DEFAULT_TOKEN, controlToken: undefined, speed: 1, scenario: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-h" || arg === "--help") return "help";
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new UserError(`${flag} needs a value.\n\n${EMULATOR_USAGE}`);
      return v;
    };
    switch (flag) {
      case "--port": {
        const v = value();
        const port = Number(v);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be an integer 0-65535, got "${v}".`);
        out.port = port;
        break;
      }
      case "--token":
        out.token = value();
        break;
      case "--control-token":
        out.controlToken = value();
        break;
      case "--speed": {
        const v = value();
        const speed = Number(v);
        if (!(speed > 0) || !Number.isFinite(speed)) throw new UserError(`--speed must be a positive number, got "${v}".`);
        out.speed = speed;
        break;
      }
      case "--scenario":
        out.scenario = value();
        break;
      default:
        throw new UserError(`Unknown option ${arg}.\n\n${EMULATOR_USAGE}`);
    }
  }
  return out;
}

export async function emulatorCommand(
  args: string[],
  out: { stdout: (s: string) => void; stderr: (s: string) => void },
  /** Stops the emulator (tests); SIGINT/SIGTERM always do. */
  options: { signal?: AbortSignal } = {},
): Promise<number> {
  let parsed: Parsed | "help";
  let scenario: ScenarioInput = {};
  try {
    parsed = parseArgs(args);
    if (parsed === "help") {
      out.stdout(EMULATOR_USAGE);
      return 0;
    }
    if (parsed.scenario) scenario = await loadScenarioFile(parsed.scenario);
  } catch (err) {
    if (err instanceof UserError) {
      out.stderr(err.message);
      return err.exitCode;
    }
    throw err;
  }

  let emulator;
  try {
    emulator = await startEmulator({
      port: parsed.port,
      token: parsed.token,
      speed: parsed.speed,
      scenario,
      ...(parsed.controlToken ? { controlToken: parsed.controlToken } : {}),
    });
  } catch (err) {
    out.stderr(`cannot start the emulator on 127.0.0.1:${parsed.port}: ${(err as Error).message}`);
    return 2;
  }
  out.stdout(emulator.url);
  out.stderr(
    `Databricks workspace emulator at ${emulator.url} (speed ${parsed.speed}x; token ${parsed.token === DEFAULT_TOKEN ? `the default ${DEFAULT_TOKEN}` : "as given with --token"}; OAuth client ${emulator.scenario.auth.clients[0]?.clientId ?? "none"}). Ctrl-C stops it.`,
  );
  // The control token is printed only when it was generated here: one given with --control-token is the caller's own.
  out.stderr(`Control routes (/_emulator/scenario, /requests, /events): Authorization: Bearer ${parsed.controlToken ? "(the --control-token value)" : emulator.controlToken}`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      options.signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener("abort", stop, { once: true });
  });
  await emulator.close();
  return 0;
}
