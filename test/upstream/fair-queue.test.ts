import { describe, expect, it } from "vitest";
import { FairQueue } from "../../src/upstream/fair-queue.js";

function drain<T>(queue: FairQueue<T>): T[] {
  const out: T[] = [];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) out.push(item);
  return out;
}

describe("FairQueue", () => {
  it("serves keys in turn, each key first come first served", () => {
    const queue = new FairQueue<string>();
    for (let i = 1; i <= 5; i++) queue.push("heavy", `h${i}`);
    queue.push("light", "l1");
    queue.push("other", "o1");
    queue.push("light", "l2");
    expect(queue.size).toBe(8);
    expect(drain(queue)).toEqual(["h1", "l1", "o1", "h2", "l2", "h3", "h4", "h5"]);
    expect(queue.size).toBe(0);
  });

  it("puts a key that comes back after its lane emptied at the end of the line", () => {
    const queue = new FairQueue<string>();
    queue.push("a", "a1");
    queue.push("b", "b1");
    queue.push("b", "b2");
    expect(queue.shift()).toBe("a1");
    queue.push("a", "a2");
    expect(drain(queue)).toEqual(["b1", "a2", "b2"]);
  });

  it("removes a waiting item once, and empties whole", () => {
    const queue = new FairQueue<string>();
    queue.push("a", "a1");
    queue.push("a", "a2");
    queue.push("b", "b1");
    expect(queue.remove("a", "a1")).toBe(true);
    expect(queue.remove("a", "a1")).toBe(false);
    expect(queue.remove("b", "a2")).toBe(false);
    expect(queue.remove("b", "b1")).toBe(true);
    expect(queue.size).toBe(1);
    queue.push("c", "c1");
    expect(queue.drain().sort()).toEqual(["a2", "c1"]);
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});
