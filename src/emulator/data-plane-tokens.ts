// The scoped tokens of route-optimized data planes (reference §1.12): the
// jwt-bearer exchange at /oidc/v1/token (SDK data_plane.py: grant_type,
// authorization_details, assertion) and the data plane's check of its bearer.
// A token is valid only for the endpoints named in its authorization_details.

import { randomBytes } from "node:crypto";
import type { Reply } from "./respond.js";
import { apiError } from "./respond.js";

export const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/** What GET serving-endpoints/{name} hands out for an endpoint (the docs' token recipe asks for this one detail). */
export function authorizationDetails(endpointId: string): string {
  return JSON.stringify([{ type: "workspace_permission", object_type: "serving-endpoints", object_path: `/serving-endpoints/${endpointId}`, actions: ["query_inference_endpoint"] }]);
}

function oauthError(status: number, error: string, description: string): Reply {
  return { status, body: { error, error_description: description } };
}

export interface DataPlaneTokenDeps {
  /** True for a live workspace OAuth token (the only assertion accepted). */
  isWorkspaceToken: (token: string) => boolean;
  /** True for the id of an existing route-optimized endpoint. */
  isRouteOptimized: (endpointId: string) => boolean;
  ttlSeconds: () => number;
  realNow: () => number;
}

export class DataPlaneTokens {
  private readonly issued = new Map<string, { expiry: number; endpointIds: ReadonlySet<string> }>();

  constructor(private readonly deps: DataPlaneTokenDeps) {}

  exchange(form: URLSearchParams): Reply {
    if (!this.deps.isWorkspaceToken(form.get("assertion") ?? "")) {
      return oauthError(400, "invalid_grant", "assertion is not a valid workspace OAuth access token");
    }
    const ids = requestedEndpoints(form.get("authorization_details"));
    if (ids === undefined) return oauthError(400, "invalid_request", "authorization_details must be a JSON array of workspace_permission details");
    // Wording from a real refusal (unconfirmed status): the caller may not query one of them.
    if (ids.size === 0 || ![...ids].every((id) => this.deps.isRouteOptimized(id))) {
      return oauthError(400, "invalid_authorization_details", "User is not authorized to the requested authorizations");
    }
    const ttl = this.deps.ttlSeconds();
    const token = `emu-dp-${randomBytes(18).toString("base64url")}`;
    this.issued.set(token, { expiry: this.deps.realNow() + ttl * 1000, endpointIds: ids });
    return { status: 200, body: { access_token: token, token_type: "Bearer", expires_in: ttl } };
  }

  /**
   * The data plane of `endpointId` checks its bearer; undefined when it may pass.
   * The real answers are undocumented. Choice: 401 UNAUTHENTICATED for anything
   * that is not a live scoped token (a PAT, the workspace token, an expired one),
   * 403 PERMISSION_DENIED for a token scoped to other endpoints.
   */
  check(token: string | undefined, endpointId: string, isPat: boolean): Reply | undefined {
    const scoped = token === undefined ? undefined : this.issued.get(token);
    if (scoped && this.deps.realNow() < scoped.expiry) {
      if (scoped.endpointIds.has(endpointId)) return undefined;
      return apiError(403, "PERMISSION_DENIED", "This token is scoped to another serving endpoint: exchange one with this endpoint's authorization_details.");
    }
    if (isPat) return apiError(401, "UNAUTHENTICATED", "Route-optimized endpoints accept only OAuth tokens (a personal access token is not accepted here).");
    if (token !== undefined && this.deps.isWorkspaceToken(token)) {
      return apiError(401, "UNAUTHENTICATED", "Route-optimized endpoints need a token scoped to the endpoint: exchange the workspace token with data_plane_info.query_info.authorization_details.");
    }
    return apiError(401, "UNAUTHENTICATED", "Invalid or expired data-plane token.");
  }

  revokeAll(): void {
    this.issued.clear();
  }
}

/** The endpoint ids an authorization_details string asks to query; undefined when it is not that shape. */
function requestedEndpoints(text: string | null): Set<string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const ids = new Set<string>();
  for (const d of parsed as unknown[]) {
    if (typeof d !== "object" || d === null) return undefined;
    const { type, object_type, object_path, actions } = d as Record<string, unknown>;
    const id = typeof object_path === "string" ? /^\/serving-endpoints\/([^/]+)$/.exec(object_path)?.[1] : undefined;
    const queries = Array.isArray(actions) && actions.includes("query_inference_endpoint");
    if (type !== "workspace_permission" || object_type !== "serving-endpoints" || id === undefined || !queries) return undefined;
    ids.add(id);
  }
  return ids;
}
