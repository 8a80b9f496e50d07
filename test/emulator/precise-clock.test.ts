import { describe, expect, it } from "vitest";
import { PreciseClock } from "../../src/emulator/precise-clock.js";

describe("PreciseClock", () => {
  it("resolves each wait at its moment or later, earliest first, whatever order they were asked in", async () => {
    const clock = new PreciseClock();
    const start = performance.now();
    const moments = [12, 3, 7, 3.5, 0.5].map((ms) => start + ms);
    const resolved: { at: number; now: number }[] = [];
    await Promise.all(moments.map((at) => clock.until(at).then(() => resolved.push({ at, now: performance.now() }))));
    expect(resolved.map((r) => r.at)).toEqual([...moments].sort((a, b) => a - b));
    for (const { at, now } of resolved) expect(now).toBeGreaterThanOrEqual(at);
  });

  it("resolves a moment already past at once, and every pending wait on release", async () => {
    const clock = new PreciseClock();
    await clock.until(performance.now() - 1);
    const later = clock.until(performance.now() + 60_000);
    clock.release();
    await expect(later).resolves.toBeUndefined();
  });
});
