// Queries a route-optimized endpoint on its data plane, as the SDKs'
// ServingEndpointsDataPlane does: the endpoint's data_plane_info.query_info gives
// the URL and the authorization_details its scoped token is exchanged for.

import type { HttpClient } from "./http.js";
import type { DataPlaneTokens } from "./data-plane-auth.js";
import type { ServingEndpoints } from "./serving.js";
import { UserError } from "../errors.js";
import { InvocationResponse, type DataPlaneInfo } from "./serving-schemas.js";

export class ServingEndpointsDataPlane {
  constructor(
    private readonly http: HttpClient,
    private readonly control: ServingEndpoints,
    private readonly tokens: DataPlaneTokens,
  ) {}

  /**
   * Queries `name` on its data plane; `info` is its data_plane_info.query_info
   * when the caller already read the endpoint (else it is read here).
   * Not repeated on ambiguous failures: an agent may act on a request.
   */
  async query(name: string, body: unknown, info?: DataPlaneInfo): Promise<{ response: InvocationResponse; url: string }> {
    const { endpoint_url: url, authorization_details: details } = info ?? (await this.control.get(name)).data_plane_info?.query_info ?? {};
    if (url === undefined || details === undefined) {
      throw new UserError(`serving endpoint ${name} has no data_plane_info.query_info (endpoint_url and authorization_details): it cannot be queried on a data plane.`);
    }
    const response = await this.http.request({
      method: "POST",
      path: url,
      json: body,
      schema: InvocationResponse,
      idempotent: false,
      auth: this.tokens.forEndpoint(url, details),
    });
    return { response, url };
  }
}
