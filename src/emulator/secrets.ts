// Secret scopes and keys (`{{secrets/scope/key}}` in environment_vars), created
// through the real APIs or the scenario. Values are accepted and never returned
// or logged (the request log masks string_value).

import { z } from "zod";
import type { Timeline } from "./timeline.js";
import { Registry, type Denial } from "./registry.js";
import { ReplyError, apiError } from "./respond.js";
import { parseBody } from "./parse.js";

const CreateScope = z.looseObject({ scope: z.string(), scope_backend_type: z.enum(["DATABRICKS", "AZURE_KEYVAULT"]).optional() });
const PutSecret = z.looseObject({ scope: z.string(), key: z.string(), string_value: z.string().optional(), bytes_value: z.string().optional() });

const SCOPE_NAME = /^[\w.@-]{1,128}$/;

export class Secrets {
  // "Scope x does not exist!" is the real wording as far as we know (unconfirmed).
  readonly scopes: Registry<{ name: string; backend: string; keys: Map<string, number> }>;

  constructor(
    private readonly timeline: Timeline,
    denied: () => readonly Denial[],
  ) {
    this.scopes = new Registry("secret_scope", (n) => `Scope ${n} does not exist!`, (n) => `READ permission on secret scope ${n}`, denied);
  }

  createScope(raw: unknown): unknown {
    const body = parseBody(CreateScope, raw);
    if (!SCOPE_NAME.test(body.scope)) throw new ReplyError(apiError(400, "INVALID_PARAMETER_VALUE", `Scope name "${body.scope}" is invalid.`));
    if (this.scopes.has(body.scope)) throw new ReplyError(apiError(400, "RESOURCE_ALREADY_EXISTS", `Scope ${body.scope} already exists!`));
    this.scopes.set(body.scope, { name: body.scope, backend: body.scope_backend_type ?? "DATABRICKS", keys: new Map() });
    return {};
  }

  listScopes(): unknown {
    const scopes = this.scopes.values().map((s) => ({ name: s.name, backend_type: s.backend }));
    return scopes.length ? { scopes } : {};
  }

  put(raw: unknown): unknown {
    const body = parseBody(PutSecret, raw);
    this.scopes.require(body.scope).keys.set(body.key, this.timeline.now());
    return {};
  }

  list(scope: string | null): unknown {
    if (!scope) throw new ReplyError(apiError(400, "INVALID_PARAMETER_VALUE", "Missing required field: scope"));
    const keys = [...this.scopes.require(scope).keys].map(([key, at]) => ({ key, last_updated_timestamp: at }));
    return keys.length ? { secrets: keys } : {};
  }

  /** Scenario seeding. */
  seed(scope: string, keys: readonly string[]): void {
    if (!this.scopes.has(scope)) this.createScope({ scope });
    for (const key of keys) this.scopes.find(scope)?.keys.set(key, this.timeline.now());
  }
}
