import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestEmulator, type TestEmulator } from "../support/emulator.js";

/** A user as these tests read it: its id and both metadata objects. */
interface MetadataUser {
  user_id: string;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
}

// Issue 16, item 10: a metadata key named `__proto__` is data like any other key — kept on create
// and on update, and never the stored object's prototype.

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ users: 10, seed: 4 });
});
afterAll(() => t.close());

const path = (id: string) => `/users/${encodeURIComponent(id)}`;

describe("a __proto__ metadata key", () => {
  it("is kept as a key by PATCH, without becoming the stored metadata's prototype", async () => {
    const id = [...t.emulator.state.users.keys()].find((u) => t.emulator.state.users.get(u)!.app_metadata !== undefined)!;
    const res = await t.call<MetadataUser>("PATCH", path(id), {
      rawBody: '{"user_metadata":{"__proto__":{"theme":"dark"}},"app_metadata":{"__proto__":{"isAdmin":true}}}',
    });
    expect(res.status).toBe(200);
    const stored = t.emulator.state.users.get(id)!;
    for (const metadata of [stored.user_metadata!, stored.app_metadata!]) {
      expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
      expect(Object.keys(metadata)).toContain("__proto__");
    }
    expect((stored.app_metadata as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(JSON.stringify(res.body.app_metadata)).toContain('"__proto__":{"isAdmin":true}');
    expect(JSON.stringify(res.body.user_metadata)).toContain('"__proto__":{"theme":"dark"}');

    const read = await t.call<MetadataUser>("GET", path(id));
    expect(JSON.stringify(read.body.user_metadata)).toContain('"__proto__":{"theme":"dark"}');

    // null deletes it like any key.
    const removed = await t.call<MetadataUser>("PATCH", path(id), { rawBody: '{"user_metadata":{"__proto__":null}}' });
    expect(Object.keys(removed.body.user_metadata)).not.toContain("__proto__");
  });

  it("is kept as a key on create", async () => {
    const res = await t.call<MetadataUser>("POST", "/users", {
      rawBody: JSON.stringify({
        connection: "Username-Password-Authentication",
        email: "proto-key@example.com",
        password: "Sup3r-secret-pw!",
      }).replace(/}$/, ',"user_metadata":{"__proto__":{"a":1},"b":2}}'),
    });
    expect(res.status).toBe(201);
    expect(Object.keys(t.emulator.state.users.get(res.body.user_id)!.user_metadata!)).toEqual(["__proto__", "b"]);
  });
});
