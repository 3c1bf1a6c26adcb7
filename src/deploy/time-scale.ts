// Lets the README's demo and the black-box tests run the action against the
// emulator with accelerated time. Honoured only for a loopback host, so it can
// never make the action hammer a real workspace.

import { scaledClock, systemClock, type Clock } from "../databricks/index.js";
import type { Env } from "../databricks/auth.js";

export const TIME_SCALE_ENV = "SERVING_CI_EMULATOR_TIME_SCALE";

export function clockFor(env: Env, host: string | undefined): Clock {
  const scale = Number(env[TIME_SCALE_ENV] ?? "");
  if (!(scale > 1) || !host || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(host.trim())) return systemClock;
  return scaledClock(scale);
}
