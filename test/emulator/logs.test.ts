import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyState, type LogEvent } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";
import { addUser, logEvents } from "./builders.js";

const enc = encodeURIComponent;
const newestFirst = (logs: readonly LogEvent[]) =>
  [...logs].sort((a, b) => b.date.localeCompare(a.date) || b.log_id.localeCompare(a.log_id));

describe("GET /users/{id}/logs on a seeded tenant", () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ users: 50, seed: 24 });
  });
  afterAll(() => t.close());

  function userWithLogs(min: number): string {
    const found = [...t.emulator.state.logs].find(([, logs]) => logs.length >= min);
    expect(found, `the seed has a user with ${min}+ log events`).toBeDefined();
    return found![0];
  }

  it("returns every event, newest first, without paging parameters", async () => {
    const userId = userWithLogs(2);
    const res = await t.call("GET", `/users/${enc(userId)}/logs`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(newestFirst(t.emulator.state.logs.get(userId)!));
  });

  it("sorts by date ascending with sort=date:1", async () => {
    const userId = userWithLogs(2);
    const res = await t.call<LogEvent[]>("GET", `/users/${enc(userId)}/logs`, { query: { sort: "date:1" } });
    expect(res.body.map((l: LogEvent) => l.log_id)).toEqual(
      newestFirst(t.emulator.state.logs.get(userId)!)
        .reverse()
        .map((l) => l.log_id),
    );
  });

  it("wraps a page in {start, limit, length, total, logs}", async () => {
    const userId = userWithLogs(2);
    const all = newestFirst(t.emulator.state.logs.get(userId)!);
    const res = await t.call("GET", `/users/${enc(userId)}/logs`, { query: { include_totals: true, per_page: 1, page: 1 } });
    expect(res.body).toEqual({ start: 1, limit: 1, length: 1, total: all.length, logs: [all[1]] });
  });

  it("answers an empty list for a user without events (no 404 is documented)", async () => {
    const res = await t.call("GET", `/users/${enc("auth0|nobody")}/logs`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it("accepts read:logs or read:logs_users, and nothing else", async () => {
    const userId = userWithLogs(1);
    expect((await t.call("GET", `/users/${enc(userId)}/logs`, { scope: "read:logs_users" })).status).toBe(200);
    expect((await t.call("GET", `/users/${enc(userId)}/logs`, { scope: "read:logs" })).status).toBe(200);
    const denied = await t.call<RestError>("GET", `/users/${enc(userId)}/logs`, { scope: "read:users" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:logs,read:logs_users");
  });

  it.each([
    [{ per_page: 101 }],
    [{ per_page: 0 }],
    [{ page: "one" }],
    [{ sort: "date" }],
    [{ sort: "date:2" }],
    [{ sort: "details:1" }],
    [{ q: "type:s" }],
  ])("answers 400 invalid_query_string for %j", async (query) => {
    const res = await t.call<RestError>("GET", `/users/${enc(userWithLogs(1))}/logs`, { query });
    expect(res.status).toBe(400);
    expect(res.body.errorCode).toBe("invalid_query_string");
  });
});

describe("GET /users/{id}/logs limits", () => {
  let t: TestEmulator;
  const userId = "auth0|busy";
  beforeAll(async () => {
    const state = emptyState();
    addUser(state, userId);
    state.logs.set(userId, logEvents(userId, 1200));
    t = await startTestEmulator({ state });
  });
  afterAll(() => t.close());

  it("returns at most 100 events per request when not paging", async () => {
    const all = newestFirst(t.emulator.state.logs.get(userId)!);
    const res = await t.call("GET", `/users/${enc(userId)}/logs`, { query: { include_totals: true } });
    expect(res.body).toEqual({ start: 0, limit: 100, length: 100, total: all.length, logs: all.slice(0, 100) });
  });

  it("pages through the first 1000 events, and refuses pages beyond them", async () => {
    const all = newestFirst(t.emulator.state.logs.get(userId)!);
    const seen: string[] = [];
    for (let page = 0; page < 10; page += 1) {
      const res = await t.call<LogEvent[]>("GET", `/users/${enc(userId)}/logs`, { query: { per_page: 100, page } });
      expect(res.status).toBe(200);
      seen.push(...res.body.map((l: LogEvent) => l.log_id));
    }
    expect(seen).toEqual(all.slice(0, 1000).map((l) => l.log_id));

    const beyond = await t.call<RestError>("GET", `/users/${enc(userId)}/logs`, { query: { per_page: 100, page: 10 } });
    expect(beyond.status).toBe(400);
    expect(beyond.body.message).toMatch(/only page through the first 1000 records/);
    const straddling = await t.call("GET", `/users/${enc(userId)}/logs`, { query: { per_page: 30, page: 33 } });
    expect(straddling.status).toBe(400);
  });
});
