// Unity Catalog objects the linter asks about: registered models and their
// versions, and functions. Models and functions are created through the real
// create APIs; versions come from the scenario (MLflow's registration protocol,
// with artifact upload, is not emulated).

import { z } from "zod";
import type { Timeline } from "./timeline.js";
import { CALLER, Registry, type Denial } from "./registry.js";
import { ReplyError, apiError, invalidParam, notFound } from "./respond.js";
import { parseBody } from "./parse.js";
import { UserError } from "../errors.js";

const METASTORE_ID = "11111111-2222-3333-4444-555555555555";

const CreateRegisteredModel = z.looseObject({
  name: z.string(),
  catalog_name: z.string(),
  schema_name: z.string(),
  comment: z.string().optional(),
});
const CreateFunction = z.object({
  function_info: z.looseObject({ name: z.string(), catalog_name: z.string(), schema_name: z.string() }),
});

export type VersionStatus = "READY" | "PENDING_REGISTRATION" | "FAILED_REGISTRATION";

interface ModelRec {
  fullName: string;
  created: number;
  comment: string;
  versions: Map<number, { status: VersionStatus; created: number }>;
}

/** `1`, `"1"`: a version is a positive integer; anything else does not name one. */
function versionNumber(text: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined;
}

function parts(fullName: string): [string, string, string] | undefined {
  const p = fullName.split(".");
  return p.length === 3 && p.every((x) => x !== "") ? [p[0]!, p[1]!, p[2]!] : undefined;
}

export class UnityCatalog {
  // Messages are our choice (the real wording is unconfirmed); the codes follow the SDK's mapping (404 RESOURCE_DOES_NOT_EXIST).
  readonly models: Registry<ModelRec>;
  readonly functions: Registry<{ info: Record<string, unknown>; created: number }>;

  constructor(
    private readonly timeline: Timeline,
    denied: () => readonly Denial[],
  ) {
    this.models = new Registry("model", (n) => `Registered model '${n}' does not exist.`, (n) => `EXECUTE on registered model '${n}'`, denied);
    this.functions = new Registry("function", (n) => `Routine or Model '${n}' does not exist.`, (n) => `EXECUTE on function '${n}'`, denied);
  }

  createModel(raw: unknown): unknown {
    const body = parseBody(CreateRegisteredModel, raw);
    const fullName = `${body.catalog_name}.${body.schema_name}.${body.name}`;
    if (this.models.has(fullName)) throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Registered model '${fullName}' already exists.`));
    this.models.set(fullName, { fullName, created: this.timeline.now(), comment: body.comment ?? "", versions: new Map() });
    return this.renderModel(this.models.require(fullName));
  }

  getModel(fullName: string): unknown {
    return this.renderModel(this.models.require(fullName));
  }

  /** Scenario seeding: the model is created when it is new. */
  addVersion(fullName: string, version: number, status: VersionStatus = "READY"): void {
    if (!parts(fullName)) throw new UserError(`model version seed "${fullName}" is not catalog.schema.model`);
    const model = this.models.find(fullName) ?? this.models.set(fullName, { fullName, created: this.timeline.now(), comment: "", versions: new Map() });
    model.versions.set(version, { status, created: this.timeline.now() });
  }

  getVersion(fullName: string, versionText: string): unknown {
    const model = this.models.require(fullName);
    const version = versionNumber(versionText);
    if (version === undefined) throw new ReplyError(invalidParam(`Version '${versionText}' is not a positive integer.`));
    const v = model.versions.get(version);
    if (!v) throw new ReplyError(notFound(`Model version ${version} of '${fullName}' does not exist.`));
    const [catalog, schema, name] = parts(fullName)!;
    return {
      model_name: name, catalog_name: catalog, schema_name: schema, version, status: v.status,
      id: `${fullName}/${version}`, metastore_id: METASTORE_ID, created_at: v.created, created_by: CALLER,
      updated_at: v.created, updated_by: CALLER, source: `models:/m-${version}`, storage_location: `s3://uc/${fullName.replace(/\./g, "/")}/${version}`,
    };
  }

  /**
   * Why an endpoint cannot serve (model, version), or undefined. A model the
   * emulator has never heard of is accepted, so scenarios that do not set up
   * Unity Catalog keep working (choice, see README); a known model must have the version.
   */
  entityProblem(fullName: string, versionText: string | undefined): string | undefined {
    if (!this.models.has(fullName) || versionText === undefined) return undefined;
    const version = versionNumber(versionText);
    const v = version === undefined ? undefined : this.models.require(fullName).versions.get(version);
    if (!v) return `Model version ${versionText} of '${fullName}' does not exist.`;
    if (v.status !== "READY") return `Model version ${versionText} of '${fullName}' is ${v.status}, not READY.`;
    return undefined;
  }

  createFunction(raw: unknown): unknown {
    const { function_info: info } = parseBody(CreateFunction, raw);
    const fullName = `${info.catalog_name}.${info.schema_name}.${info.name}`;
    if (this.functions.has(fullName)) throw new ReplyError(apiError(409, "RESOURCE_ALREADY_EXISTS", `Function '${fullName}' already exists.`));
    this.functions.set(fullName, { info, created: this.timeline.now() });
    return this.getFunction(fullName);
  }

  /** Scenario seeding. */
  addFunction(fullName: string): void {
    const p = parts(fullName);
    if (!p) throw new UserError(`function seed "${fullName}" is not catalog.schema.function`);
    this.functions.set(fullName, { info: { catalog_name: p[0], schema_name: p[1], name: p[2] }, created: this.timeline.now() });
  }

  getFunction(fullName: string): unknown {
    const f = this.functions.require(fullName);
    return { ...f.info, full_name: fullName, metastore_id: METASTORE_ID, owner: CALLER, created_at: f.created, created_by: CALLER, updated_at: f.created, updated_by: CALLER };
  }

  private renderModel(m: ModelRec): unknown {
    const [catalog, schema, name] = parts(m.fullName) ?? ["", "", m.fullName];
    return {
      full_name: m.fullName, name, catalog_name: catalog, schema_name: schema, comment: m.comment, owner: CALLER,
      metastore_id: METASTORE_ID, created_at: m.created, created_by: CALLER, updated_at: m.created, updated_by: CALLER,
    };
  }
}
