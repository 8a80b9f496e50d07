import { AsyncLocalStorage } from "node:async_hooks";

// Which state entries a write request may have changed, so that only those are journaled: every
// Map of the state becomes a TrackedMap, which notes each key a request reads (a handler changes
// records in place after `get`, or after finding them by iterating), sets or deletes. Tracking
// happens only inside `ChangeTracker.run` — a write request with `--data` — and costs nothing else.

/** The keys one request touched, by state field; `deleted` also notes deletions (a delete then a set moves a key to the end). */
export class Touches {
  readonly keys = new Map<string, Set<string>>();
  readonly deleted = new Map<string, Set<string>>();

  note(field: string, key: string, deleted = false): void {
    const into = deleted ? this.deleted : this.keys;
    let set = into.get(field);
    if (!set) {
      set = new Set();
      into.set(field, set);
    }
    set.add(key);
    if (deleted) this.note(field, key);
  }
}

export class ChangeTracker {
  private readonly storage = new AsyncLocalStorage<Touches>();

  /** Runs `work`, noting what it touches (through its awaits too); the touches come back with its outcome. */
  async run<T>(work: () => T | Promise<T>): Promise<{ touches: Touches; result: PromiseSettledResult<Awaited<T>> }> {
    const touches = new Touches();
    try {
      const value = await this.storage.run(touches, work);
      return { touches, result: { status: "fulfilled", value } };
    } catch (reason) {
      return { touches, result: { status: "rejected", reason } };
    }
  }

  /** The touches of the request running now; undefined outside one. */
  current(): Touches | undefined {
    return this.storage.getStore();
  }

  /** Runs `work` outside any request's tracking (the journal's own reads of the state). */
  untracked<T>(work: () => T): T {
    return this.storage.exit(work);
  }
}

/** A Map that tells `tracker` which of its keys the current request touches. */
export class TrackedMap<V> extends Map<string, V> {
  constructor(
    readonly field: string,
    private readonly tracker: ChangeTracker,
    entries: Map<string, V>,
  ) {
    super();
    for (const [key, value] of entries) super.set(key, value);
  }

  private touch(key: string, deleted = false): void {
    this.tracker.current()?.note(this.field, key, deleted);
  }

  override get(key: string): V | undefined {
    this.touch(key);
    return super.get(key);
  }

  override set(key: string, value: V): this {
    // Map's constructor calls set before `tracker` exists; this class fills itself with super.set.
    this.tracker?.current()?.note(this.field, key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.touch(key, true);
    return super.delete(key);
  }

  /** Reads that bypass tracking (the journal's). */
  peek(key: string): V | undefined {
    return super.get(key);
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override entries(): MapIterator<[string, V]> {
    const touches = this.tracker.current();
    const inner = super.entries();
    if (!touches) return inner;
    const field = this.field;
    return (function* () {
      for (const entry of inner) {
        touches.note(field, entry[0]);
        yield entry;
      }
    })() as unknown as MapIterator<[string, V]>;
  }

  override values(): MapIterator<V> {
    const touches = this.tracker.current();
    if (!touches) return super.values();
    const entries = this.entries();
    return (function* () {
      for (const [, value] of entries) yield value;
    })() as unknown as MapIterator<V>;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
