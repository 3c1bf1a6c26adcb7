// The control routes (/_emulator/scenario, /requests, /events) reconfigure the
// workspace (a scenario can add an OAuth client) and show every request, so they
// need their own bearer. Choice: a separate control token, random per start and
// printed by `serving-ci emulator`, rather than the workspace PAT: a pipeline under
// test holds the PAT and must not be able to change the scenario it is tested on.

import { randomBytes, timingSafeEqual } from "node:crypto";
import { apiError, type Reply } from "./respond.js";

export function newControlToken(): string {
  return `emu-control-${randomBytes(18).toString("base64url")}`;
}

/** undefined when the request carries the control token. */
export function checkControl(authorization: string | undefined, controlToken: string): Reply | undefined {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "");
  const expected = Buffer.from(controlToken);
  if (given.length === expected.length && timingSafeEqual(given, expected)) return undefined;
  return apiError(401, "UNAUTHENTICATED", "The emulator's control routes need `Authorization: Bearer <control token>` (printed when the emulator starts).");
}
