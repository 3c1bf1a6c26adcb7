// Fault soak: 200 emulated deployments under 20 % injected transient faults
// (429 with/without Retry-After, 503, connection resets before and after the
// request was processed, slow answers). Every deployment must reach the outcome
// its scenario dictates, with exactly one job run (run-now idempotency), within
// a bounded wall time.
//
// Run:  npx ncc build bench/fault-soak.ts -o /tmp/soak && node /tmp/soak/index.js
// Options (env): SOAK_DEPLOYMENTS (200), SOAK_FAULT_RATE (0.2), SOAK_SEED (42), SOAK_SPEED (500)

import { runSoak } from "../src/emulator/soak.js";
import { REALISTIC_KNOBS } from "../src/emulator/scenario.js";

const WALL_LIMIT_MS = 120_000;

async function main(): Promise<number> {
  const deployments = Number(process.env.SOAK_DEPLOYMENTS ?? 200);
  const faultRate = Number(process.env.SOAK_FAULT_RATE ?? 0.2);
  const seed = Number(process.env.SOAK_SEED ?? 42);
  const speed = Number(process.env.SOAK_SPEED ?? 500);
  const report = await runSoak({ deployments, faultRate, seed, speed, phases: REALISTIC_KNOBS });
  const injected = Object.values(report.faultsInjected).reduce((a, b) => a + b, 0);
  const lines = [
    `fault soak: ${report.deployments} deployments, fault rate ${faultRate}, seed ${seed}, speed ${speed}x (realistic phases, ~14 min each emulated)`,
    `  expected outcomes: ${JSON.stringify(report.expected)}`,
    `  right outcome:     ${report.correct}/${report.deployments}`,
    `  exactly one run:   ${report.runsPerDeployment.exactlyOne}/${report.deployments} (run-now calls ${report.runNowCalls})`,
    `  requests:          ${report.requests}, faults injected ${injected} ${JSON.stringify(report.faultsInjected)}, client retries ${report.clientRetries}`,
    `  wall time:         ${(report.wallMs / 1000).toFixed(1)} s (limit ${WALL_LIMIT_MS / 1000} s)`,
  ];
  for (const w of report.wrong.slice(0, 10)) lines.push(`  WRONG ${w.endpoint}: expected ${w.expected}, got ${w.got}`);
  console.log(lines.join("\n"));
  const ok = report.wrong.length === 0 && report.runsPerDeployment.other === 0 && report.wallMs <= WALL_LIMIT_MS;
  console.log(ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
