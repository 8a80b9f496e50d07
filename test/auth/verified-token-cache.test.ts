import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// Verified tokens are remembered so their RS256 check runs once per token; expiry must still hold.

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 5, seed: 2 } });
});
afterAll(() => t?.close());
afterEach(() => vi.useRealTimers());

describe("a remembered token", () => {
  it("is refused once it expires, though it was accepted before", async () => {
    const token = await t.token({ scope: "read:users", expiresIn: 60 });
    const first = await t.query(`{ users(first: 1) { nodes { id } } }`, {}, { token });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    t.resetCalls();
    const later = await t.query(`{ users(first: 1) { nodes { id } } }`, {}, { token });
    expect(later.status).toBe(401);
    expect(later.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(t.upstreamTotal()).toBe(0);
  });
});
