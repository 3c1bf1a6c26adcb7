// Seeded fault injection: the same seed gives the same sequence of faults, so a
// failing soak can be replayed.

import { seededRandom } from "../databricks/clock.js";
import type { FaultKind, Faults } from "./scenario.js";

export class FaultInjector {
  private random: () => number;
  private seed: number;
  private pathRe: RegExp;

  constructor(private settings: Faults) {
    this.seed = settings.seed;
    this.random = seededRandom(settings.seed);
    this.pathRe = new RegExp(settings.paths);
  }

  update(settings: Faults): void {
    if (settings.seed !== this.seed) {
      this.seed = settings.seed;
      this.random = seededRandom(settings.seed);
    }
    this.settings = settings;
    this.pathRe = new RegExp(settings.paths);
  }

  /** The fault this request meets, if any. */
  pick(path: string): FaultKind | undefined {
    if (this.settings.rate <= 0 || !this.pathRe.test(path)) return undefined;
    if (this.random() >= this.settings.rate) return undefined;
    const kinds = this.settings.kinds;
    return kinds[Math.floor(this.random() * kinds.length)] ?? kinds[0];
  }

  get retryAfterSeconds(): number {
    return this.settings.retryAfterSeconds;
  }

  get slowMs(): number {
    return this.settings.slowMs;
  }
}
