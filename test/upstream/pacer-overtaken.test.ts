import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/upstream/pacer.js";

/** A metered answer as the tenant sends it: `remaining` of a 10-request bucket, next token within the second. */
const answer = (remaining: number) => ({
  status: 200,
  headers: {
    "x-ratelimit-limit": "10",
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + 1),
  },
});

describe("the pacer's reading of answers that overtook each other", () => {
  it("does not take an answer that reached the tenant before another, but came back after it, for the newer reading", async () => {
    const pacer = new Pacer({ maxConcurrency: 16, maxHoldMs: 10_000 });
    const signal = new AbortController().signal;
    // One call alone tells the pacer the tenant's bucket: 2 requests left.
    (await pacer.acquire(signal)).release(answer(2));
    // y starts before x. x reaches the tenant first (1 left after it), then y (0 left); y's answer comes back first.
    const y = await pacer.acquire(signal);
    const x = await pacer.acquire(signal);
    y.release(answer(0));
    x.release(answer(1));
    // The bucket is empty: a permit is not granted now (a grant is synchronous, within acquire).
    const waiting = new AbortController();
    let granted = false;
    const next = pacer.acquire(waiting.signal).then(
      (permit) => {
        granted = true;
        permit.release();
      },
      () => undefined,
    );
    await Promise.resolve();
    expect(granted).toBe(false);
    waiting.abort();
    await next;
    pacer.close(new Error("done"));
  });
});
