// Named workspace objects (UC models, functions, indexes, spaces, warehouses,
// scopes): one keyed store with the service's not-found and permission answers,
// so each object kind only says what it holds and how it renders.

import { ReplyError, apiError, notFound } from "./respond.js";

/** Who the emulated caller is, for permission messages. */
export const CALLER = "ci-bot@example.com";

export interface Denial {
  kind: string;
  name: string;
}

export class Registry<T> {
  private readonly items = new Map<string, T>();

  constructor(
    /** The kind as the scenario's `workspace.denied` names it: "model", "function", ... */
    readonly kind: string,
    private readonly missing: (name: string) => string,
    /** The privilege a denial names (real messages name the missing privilege). */
    private readonly privilege: (name: string) => string,
    private readonly denied: () => readonly Denial[],
  ) {}

  /** The object without an access check (scenario seeding). */
  find(name: string): T | undefined {
    return this.items.get(name);
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  set(name: string, item: T): T {
    this.items.set(name, item);
    return item;
  }

  delete(name: string): void {
    this.require(name);
    this.items.delete(name);
  }

  values(): T[] {
    return [...this.items.values()];
  }

  /** The object, or the 403 a denied caller gets (whether or not it exists), or the 404. */
  require(name: string): T {
    this.checkAccess(name);
    const item = this.items.get(name);
    if (item === undefined) throw new ReplyError(notFound(this.missing(name)));
    return item;
  }

  checkAccess(name: string): void {
    if (this.denied().some((d) => d.kind === this.kind && d.name === name)) {
      throw new ReplyError(apiError(403, "PERMISSION_DENIED", `User ${CALLER} does not have ${this.privilege(name)}.`));
    }
  }
}
