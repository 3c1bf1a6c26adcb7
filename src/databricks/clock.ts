// Time is injected so waiters, retries and token expiry can run faster than real
// time in tests and benchmarks (a 15-minute deployment in under a second).

export interface Clock {
  /** Milliseconds since the epoch, in this clock's (possibly accelerated) time. */
  now(): number;
  /** Resolves after `ms` of this clock's time; rejects with the signal's reason if aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1); injectable so jitter is reproducible. */
  random(): number;
}

function realSleep(realMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, realMs));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => realSleep(ms, signal),
  random: () => Math.random(),
};

/**
 * A clock whose time runs `speed` times faster than real time, starting at the
 * real epoch time (or `origin`). Two clocks built with the same speed and origin
 * agree, so an emulator and a client can share one timeline.
 */
export function scaledClock(speed: number, options: { origin?: number; random?: () => number } = {}): Clock {
  if (!(speed > 0)) throw new RangeError(`speed must be > 0, got ${speed}`);
  const realStart = performance.now();
  const origin = options.origin ?? Date.now();
  return {
    now: () => Math.floor(origin + (performance.now() - realStart) * speed),
    sleep: (ms, signal) => realSleep(ms / speed, signal),
    random: options.random ?? (() => Math.random()),
  };
}

/** Small seeded PRNG (mulberry32) for reproducible jitter and fault injection. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
