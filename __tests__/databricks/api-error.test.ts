import { describe, expect, it } from "vitest";
import { DatabricksApiError } from "../../src/databricks/errors.js";

describe("DatabricksApiError", () => {
  it("a gateway's numeric error_code equal to the status is said once (no 'HTTP 403 403')", () => {
    const e = new DatabricksApiError({ status: 403, errorCode: 403, message: "Invalid access token.", requestId: undefined, method: "GET", path: "/api/2.0/x" });
    expect(e.message).toContain("HTTP 403: Invalid access token.");
    expect(e.message).not.toContain("403 403");
    const named = new DatabricksApiError({ status: 403, errorCode: "PERMISSION_DENIED", message: "no", requestId: undefined, method: "GET", path: "/x" });
    expect(named.message).toContain("HTTP 403 PERMISSION_DENIED: no");
  });
});
