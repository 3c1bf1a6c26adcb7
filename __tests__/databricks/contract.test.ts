// Contract: our schemas parse every recorded sample (fixtures/reference-samples)
// and every composed sample of the reference's §9 (copied into fixtures/).

import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { z } from "zod";
import { CreateServingEndpoint, ServingEndpointDetailed } from "../../src/databricks/serving-schemas.js";
import { ErrorBody } from "../../src/databricks/api-schema.js";
import { Run, RunOutput } from "../../src/databricks/jobs-schemas.js";
import { parseErrorText } from "../../src/databricks/response-body.js";

const SAMPLES = resolve(__dirname, "../fixtures/reference-samples");
const FIXTURES = resolve(__dirname, "fixtures");

/** Which schema reads a sample, by file name; an unknown name fails the test. */
function schemaFor(file: string): { schema: z.ZodType; pick?: (j: Record<string, unknown>) => unknown } {
  if (file.startsWith("error-")) return { schema: ErrorBody };
  if (file.startsWith("serving-create-request")) return { schema: CreateServingEndpoint, pick: (j) => j.body };
  if (file.startsWith("serving-get-") || file.startsWith("endpoint-")) return { schema: ServingEndpointDetailed };
  if (file.startsWith("run-output-")) return { schema: RunOutput };
  if (file.startsWith("run-")) return { schema: Run };
  throw new Error(`no schema mapped for sample ${file}: add one to the contract test`);
}

function load(dir: string): [string, Record<string, unknown>][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>]);
}

describe("schemas parse the reference samples", () => {
  const real = load(SAMPLES);
  it("finds the recorded samples inside the repository", () => {
    expect(real.length).toBeGreaterThanOrEqual(5);
  });
  for (const [file, json] of [...real, ...load(FIXTURES)]) {
    it(file, () => {
      const { schema, pick } = schemaFor(file);
      const result = schema.safeParse(pick ? pick(json) : json);
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  it("keeps unknown fields (loose objects)", () => {
    const ep = ServingEndpointDetailed.parse({ name: "x", brand_new_field: { a: 1 }, state: { ready: "READY", future: true } });
    expect(ep).toMatchObject({ brand_new_field: { a: 1 }, state: { future: true } });
  });

  it("accepts enum values Databricks may add later", () => {
    expect(ServingEndpointDetailed.parse({ name: "x", state: { config_update: "SOMETHING_NEW" } }).state?.config_update).toBe("SOMETHING_NEW");
  });

  it("reads error_code as a string or a number", () => {
    const token = JSON.parse(readFileSync(join(SAMPLES, "error-403-invalid-access-token.json"), "utf8")) as unknown;
    expect(ErrorBody.parse(token).error_code).toBe(403);
    const multi = readFileSync(join(SAMPLES, "error-400-get-output-multitask.json"), "utf8");
    expect(parseErrorText(multi, "Bad Request").code).toBe("INVALID_PARAMETER_VALUE");
  });

  it("reads the request id from error details", () => {
    const limited = readFileSync(join(FIXTURES, "error-429-request-limit.json"), "utf8");
    expect(parseErrorText(limited, "").requestId).toBe("3b1d6c8e-7a2f-4f0e-9d55-0c1e2a9b7f10");
  });
});

describe("parseErrorText handles every error body shape of §3.1", () => {
  it.each([
    ['{"error_code":"RESOURCE_CONFLICT","message":"busy"}', "RESOURCE_CONFLICT", "busy"],
    ['{"error_code":403,"message":"Invalid access token."}', 403, "Invalid access token."],
    ['{"error":"old style"}', undefined, "old style"],
    ['{"error":"invalid_client","error_description":"Client authentication failed"}', "invalid_client", "Client authentication failed"],
    ['{"detail":"scim says no","status":"404"}', undefined, "scim says no"],
    ["INVALID_STATE: not now", "INVALID_STATE", "not now"],
    ["<html><body><pre>TEMPORARILY_UNAVAILABLE: try later</pre></body></html>", "TEMPORARILY_UNAVAILABLE", "try later"],
    ["", undefined, "Service Unavailable"],
  ])("%s", (text, code, message) => {
    expect(parseErrorText(text, "Service Unavailable")).toMatchObject({ code, message });
  });
});
