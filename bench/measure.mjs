// Measuring a command as a whole process: wall time, CPU (user + sys) and peak
// RSS from /usr/bin/time, and interleaving, so a machine shared with other work
// slows every variant alike instead of whichever happened to run during a burst.
import { spawnSync } from "node:child_process";

/** One run of `cmd args`: wall ms, cpu ms (user + sys, all threads), peak RSS in MB. */
export function runOnce(cmd, args, { env, cwd, findingsExit = false } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env: env ?? process.env, cwd });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [user, sys, rssKb] = last.split(" ").map(Number);
  // A lint that finds something exits 1 (`findingsExit`): still a complete run. Anything else must exit 0
  // (a floor whose import failed would exit 1 in no time and look fast).
  if (r.status === null || r.status > (findingsExit ? 1 : 0)) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
  return { wall, cpu: (user + sys) * 1000, rss: rssKb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs every variant once per round, `rounds` times, in rotating order (after one
 * untimed warm-up round that fills the page cache and Node's compile cache).
 * Returns, per variant name: median wall, median cpu, max RSS, and the runs.
 */
export function interleave(variants, rounds, { warmup = true } = {}) {
  const runs = new Map(variants.map((v) => [v.name, []]));
  if (warmup) for (const v of variants) runOnce(v.cmd, v.args, v);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length];
      runs.get(v.name).push(runOnce(v.cmd, v.args, v));
    }
  }
  const out = {};
  for (const [name, rs] of runs) {
    out[name] = { wall: median(rs.map((x) => x.wall)), cpu: median(rs.map((x) => x.cpu)), rss: Math.max(...rs.map((x) => x.rss)), runs: rs.length };
  }
  return out;
}
