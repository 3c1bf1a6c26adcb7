// Authentication bodies (reference §4): OIDC discovery, the token endpoint's
// answer (every grant), GitHub's ID-token answer.

import { z } from "zod";

export const OidcDiscovery = z.looseObject({
  token_endpoint: z.string(),
  authorization_endpoint: z.string().optional(),
  issuer: z.string().optional(),
});

export const TokenResponse = z.looseObject({
  access_token: z.string(),
  token_type: z.string(),
  // SDK-py accepts an int or a numeric string.
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]),
  scope: z.string().optional(),
});

export const GitHubIdTokenResponse = z.looseObject({ value: z.string() });
