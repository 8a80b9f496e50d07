/**
 * A queue with one lane per key (a caller), served round-robin: each `shift()` takes the oldest item
 * of the lane whose turn it is, then that lane goes to the back of the line. A key with a thousand
 * items waits behind its own items, not in front of everyone else's; within a lane, first come,
 * first served. (No npm package offers per-key round-robin without a scheduler of its own; this is
 * the whole of it.)
 */
export class FairQueue<T> {
  /** Lanes in turn order: Map keeps insertion order, and a lane re-inserted goes last. */
  private readonly lanes = new Map<string, T[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(key: string, item: T): void {
    const lane = this.lanes.get(key);
    if (lane) lane.push(item);
    else this.lanes.set(key, [item]);
    this.count += 1;
  }

  /** The next item in turn, or undefined when empty. */
  shift(): T | undefined {
    const next = this.lanes.entries().next();
    if (next.done) return undefined;
    const [key, lane] = next.value;
    const item = lane.shift()!;
    this.lanes.delete(key);
    if (lane.length > 0) this.lanes.set(key, lane);
    this.count -= 1;
    return item;
  }

  /** Removes `item` from `key`'s lane; false when it is not there (already served or removed). */
  remove(key: string, item: T): boolean {
    const lane = this.lanes.get(key);
    const index = lane ? lane.indexOf(item) : -1;
    if (index < 0) return false;
    lane!.splice(index, 1);
    if (lane!.length === 0) this.lanes.delete(key);
    this.count -= 1;
    return true;
  }

  /** Empties the queue, returning every item (lane by lane). */
  drain(): T[] {
    const items = [...this.lanes.values()].flat();
    this.lanes.clear();
    this.count = 0;
    return items;
  }
}
