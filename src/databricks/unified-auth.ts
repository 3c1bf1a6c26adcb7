// Host and credentials the way the Databricks CLI and SDKs find them
// (databricks-sdk-py config.py): explicit flags, then the environment
// (DATABRICKS_HOST, DATABRICKS_TOKEN, DATABRICKS_CLIENT_ID/SECRET, DATABRICKS_AUTH_TYPE),
// then a profile of ~/.databrickscfg (DATABRICKS_CONFIG_FILE overrides the path).
// As in the SDK: a value already set is never overwritten by a later source; the file
// is read only when a profile is named or nothing set a host or credential yet; the
// profile is the one named (--profile, DATABRICKS_CONFIG_PROFILE), else
// [__settings__] default_profile, else [DEFAULT] (absent is fine only then); and two
// auth methods at once are an error unless the auth type picks one.
// The result is what src/databricks/auth.ts's providers take. No secret is ever in a message.

import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { authConfigFromEnv, type AuthConfig, type Env } from "./auth.js";
import { DatabricksAuthError, DatabricksConfigError } from "./errors.js";

export interface AuthFlags {
  host?: string;
  profile?: string;
}

export interface ResolvedWorkspace {
  host: string;
  auth: AuthConfig;
  /** Where the settings came from, for a log line: "environment", "profile DEFAULT of ~/.databrickscfg". */
  source: string;
}

export interface AuthSources {
  env: Env;
  /** Reads a config file; undefined when it does not exist. */
  readFile?: (file: string) => string | undefined;
  home?: string;
}

const KEYS = { host: "DATABRICKS_HOST", token: "DATABRICKS_TOKEN", client_id: "DATABRICKS_CLIENT_ID", client_secret: "DATABRICKS_CLIENT_SECRET", auth_type: "DATABRICKS_AUTH_TYPE" } as const;
type Key = keyof typeof KEYS;

export function resolveWorkspace(flags: AuthFlags, sources: AuthSources): ResolvedWorkspace {
  const env = sources.env;
  const settings = new Map<Key, string>();
  const set = (k: Key, v: string | undefined): void => {
    const value = v?.trim();
    if (value && !settings.has(k)) settings.set(k, value);
  };
  set("host", flags.host);
  for (const k of Object.keys(KEYS) as Key[]) set(k, env[KEYS[k]]);
  let source = flags.host ? "flags and environment" : "environment";

  const profile = flags.profile?.trim() || env.DATABRICKS_CONFIG_PROFILE?.trim() || undefined;
  const configured = settings.has("host") || settings.has("token") || settings.has("client_id") || settings.has("client_secret");
  if (profile || !configured) {
    const file = env.DATABRICKS_CONFIG_FILE?.trim() || path.join(sources.home ?? homedir(), ".databrickscfg");
    const text = (sources.readFile ?? readIfExists)(expandHome(file, sources.home));
    if (text === undefined) {
      if (profile) throw new DatabricksConfigError(`profile "${profile}" was asked for (${flags.profile ? "--profile" : "DATABRICKS_CONFIG_PROFILE"}), but ${file} does not exist.`);
    } else {
      const sections = parseIni(text, file);
      const fallback = !profile && !sections.get("__settings__")?.get("default_profile");
      const name = profile ?? sections.get("__settings__")?.get("default_profile") ?? "DEFAULT";
      if (name === "__settings__") throw new DatabricksConfigError(`${file}: __settings__ is reserved and cannot be used as a profile.`);
      const section = sections.get(name);
      if (!section && !fallback) throw new DatabricksConfigError(`${file} has no [${name}] profile; add it, or choose another with --profile.`);
      if (section) {
        for (const k of Object.keys(KEYS) as Key[]) set(k, section.get(k));
        source = `profile ${name} of ${file}`;
      }
    }
  }

  if (!settings.has("host")) {
    throw new DatabricksConfigError("No Databricks host: set DATABRICKS_HOST, pass --host, or add host = ... to a ~/.databrickscfg profile (--profile NAME, default [DEFAULT]).");
  }
  const hasPat = settings.has("token");
  const hasM2m = settings.has("client_id") || settings.has("client_secret");
  if (hasPat && hasM2m && !settings.has("auth_type")) {
    throw new DatabricksAuthError(`more than one authorization method configured (${source}): a token and a client id/secret; remove one, or set DATABRICKS_AUTH_TYPE (pat or oauth-m2m).`);
  }
  // The providers' own chooser, on the merged settings plus the runner's OIDC variables.
  const merged: Record<string, string | undefined> = { ...pick(env, ["ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "DATABRICKS_TOKEN_AUDIENCE"]) };
  for (const [k, v] of settings) merged[KEYS[k]] = v;
  let auth: AuthConfig;
  try {
    auth = authConfigFromEnv(merged);
  } catch (err) {
    if (err instanceof DatabricksAuthError && source.startsWith("profile")) throw new DatabricksAuthError(`${err.message} (or token / client_id + client_secret in the ${source})`);
    throw err;
  }
  return { host: settings.get("host")!, auth, source };
}

/** A small INI reader (sections, key = value, # and ; comments), as Python's ConfigParser reads ~/.databrickscfg. */
export function parseIni(text: string, file: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      continue;
    }
    const eq = line.search(/[=:]/);
    if (eq <= 0 || !current) throw new DatabricksConfigError(`${file}:${i + 1}: expected [profile] or key = value`);
    current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return sections;
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new DatabricksConfigError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

function expandHome(file: string, home: string | undefined): string {
  return file === "~" || file.startsWith("~/") ? path.join(home ?? homedir(), file.slice(1)) : file;
}

function pick(env: Env, keys: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, env[k]]));
}
