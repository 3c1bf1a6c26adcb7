// Seeded fault injection: the same seed gives the same sequence of faults, so a
// failing soak can be replayed.

import { seededRandom } from "../databricks/clock.js";
import type { FaultKind, Faults } from "./scenario.js";
import { matchesPath, parsePathPattern, type PathPattern } from "./path-patterns.js";

/** The scenario schema has checked every pattern; one that fails here matches nothing. */
function compile(paths: readonly string[]): PathPattern[] {
  return paths.flatMap((p) => {
    const parsed = parsePathPattern(p);
    return typeof parsed === "string" ? [] : [parsed];
  });
}

export class FaultInjector {
  private random: () => number;
  private seed: number;
  private patterns: PathPattern[];
  private injected = 0;

  constructor(private settings: Faults) {
    this.seed = settings.seed;
    this.random = seededRandom(settings.seed);
    this.patterns = compile(settings.paths);
  }

  update(settings: Faults): void {
    if (settings.seed !== this.seed) {
      this.seed = settings.seed;
      this.random = seededRandom(settings.seed);
    }
    if (settings.maxFaults !== this.settings.maxFaults) this.injected = 0;
    this.settings = settings;
    this.patterns = compile(settings.paths);
  }

  /** The fault this request meets, if any. */
  pick(path: string): FaultKind | undefined {
    const { rate, maxFaults, kinds } = this.settings;
    if (rate <= 0 || !this.patterns.some((p) => matchesPath(p, path)) || (maxFaults !== null && this.injected >= maxFaults)) return undefined;
    if (this.random() >= rate) return undefined;
    this.injected++;
    return kinds[Math.floor(this.random() * kinds.length)] ?? kinds[0];
  }

  get retryAfterSeconds(): number {
    return this.settings.retryAfterSeconds;
  }

  get slowMs(): number {
    return this.settings.slowMs;
  }
}
