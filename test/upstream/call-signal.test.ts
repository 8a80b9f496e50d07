import { getEventListeners, setMaxListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { CallSignal } from "../../src/upstream/call-signal.js";

describe("a call's signal", () => {
  it("aborts with its caller's reason while the call runs", () => {
    const caller = new AbortController();
    const call = new CallSignal(60_000, caller.signal);
    const reason = new Error("settled");
    caller.abort(reason);
    expect(call.signal.aborted).toBe(true);
    expect(call.signal.reason).toBe(reason);
    expect(call.timedOut).toBe(false);
    call.dispose();
  });

  it("aborts at its own deadline, and says so", async () => {
    const caller = new AbortController();
    const call = new CallSignal(5, caller.signal);
    await new Promise((resolve) => call.signal.addEventListener("abort", resolve, { once: true }));
    expect(call.timedOut).toBe(true);
    expect(caller.signal.aborted).toBe(false);
    call.dispose();
  });

  it("starts aborted when its caller already is", () => {
    const caller = new AbortController();
    caller.abort(new Error("gone"));
    const call = new CallSignal(60_000, caller.signal);
    expect(call.signal.aborted).toBe(true);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    call.dispose();
  });

  it("once ended, is detached from its caller: settling an operation after a fan-out does nothing to its finished calls", () => {
    const caller = new AbortController();
    setMaxListeners(0, caller.signal);
    const calls = Array.from({ length: 50 }, () => new CallSignal(60_000, caller.signal));
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(50);
    let aborted = 0;
    for (const call of calls) {
      call.signal.addEventListener("abort", () => (aborted += 1));
      call.dispose();
    }
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
    caller.abort(new Error("settled"));
    expect(aborted).toBe(0);
    for (const call of calls) expect(call.signal.aborted).toBe(false);
  });
});
