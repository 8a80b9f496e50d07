import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredUser } from "../../src/emulator/state.js";
import { startTestEmulator, type RestError, type TestEmulator } from "../support/emulator.js";

/** A page of users with include_totals. */
interface UsersPage {
  users: StoredUser[];
  total: number;
  start: number;
  limit: number;
  length: number;
}

/** The seeded metadata these searches read (the seed writes them; nothing else guarantees their shape). */
interface Preferences {
  theme?: unknown;
}
interface Subscription {
  started_at?: unknown;
  seats?: unknown;
  plan?: unknown;
}

// Every rule of the v3 search (contract §4) against the seeded tenant: each expectation is a plain
// filter over the emulator's state, never a seeded value written down here. Results come back in the
// default order (the tenant's user order), so lists are compared in order.

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ users: 150, seed: 3 });
});
afterAll(() => t.close());

const users = (): StoredUser[] => [...t.emulator.state.users.values()];
const idsWhere = (test: (user: StoredUser) => boolean) =>
  users()
    .filter(test)
    .map((u) => u.user_id);

function pick(description: string, test: (user: StoredUser) => boolean): StoredUser {
  const user = users().find(test);
  if (!user) throw new Error(`the seeded tenant has no user with ${description}`);
  return user;
}

/** Every user a search returns, page after page (100 a page). */
async function search(q: string, extra: Record<string, string | number | boolean> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 0; ; page += 1) {
    const res = await t.call<UsersPage>("GET", "/users", {
      query: { q, search_engine: "v3", include_totals: true, per_page: 100, page, ...extra },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(...res.body.users.map((u: StoredUser) => u.user_id));
    if (res.body.users.length < 100) {
      expect(ids).toHaveLength(res.body.total);
      return ids;
    }
  }
}

/** Asserts the search returns exactly the users `test` selects, in default order; returns them. */
async function expectMatches(q: string, test: (user: StoredUser) => boolean): Promise<string[]> {
  const expected = idsWhere(test);
  expect(await search(q), q).toEqual(expected);
  return expected;
}

async function expectRejected(q: string, fragment?: string) {
  const res = await t.call<RestError>("GET", "/users", { query: { q, search_engine: "v3" } });
  expect(res.status, q).toBe(400);
  expect(res.body.errorCode).toBe("invalid_query_string");
  if (fragment) expect(res.body.message).toContain(fragment);
  return res;
}

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : undefined);
const ms = (value: unknown) => (typeof value === "string" ? Date.parse(value) : Number.NaN);

describe("field terms and exact phrases", () => {
  it("finds a user by exact email, and nobody by an email no user has", async () => {
    const user = pick("an email", (u) => typeof u.email === "string");
    const found = await expectMatches(`email:"${user.email}"`, (u) => u.email === user.email);
    expect(found).toEqual([user.user_id]);
    expect(await search(`email:"nobody.${Date.now()}@nowhere.example"`)).toEqual([]);
  });

  it("matches email, name, given_name, family_name and nickname without regard to case", async () => {
    const user = pick("a given and family name", (u) => !!u.given_name && !!u.family_name && !!u.email);
    for (const field of ["email", "name", "given_name", "family_name", "nickname"] as const) {
      const value = String(user[field]);
      const found = await expectMatches(`${field}:"${value.toUpperCase()}"`, (u) => lower(u[field]) === value.toLowerCase());
      expect(found).toContain(user.user_id);
    }
  });

  it("matches every other field, metadata included, with case", async () => {
    const named = pick("a username with letters", (u) => /[a-z]/.test(u.username ?? ""));
    expect(await expectMatches(`username:"${named.username}"`, (u) => u.username === named.username)).toContain(named.user_id);
    expect(await search(`username:"${named.username!.toUpperCase()}"`)).not.toContain(named.user_id);

    const user = pick("a user id with letters", (u) => /[a-z]/.test(u.user_id));
    expect(await search(`user_id:"${user.user_id.toUpperCase()}"`)).toEqual([]);

    const themed = pick("a theme preference", (u) => typeof (u.user_metadata?.preferences as Preferences | undefined)?.theme === "string");
    const theme = (themed.user_metadata!.preferences as Preferences).theme as string;
    const found = await expectMatches(
      `user_metadata.preferences.theme:"${theme}"`,
      (u) => (u.user_metadata?.preferences as Preferences | undefined)?.theme === theme,
    );
    expect(found).toContain(themed.user_id);
    expect(await search(`user_metadata.preferences.theme:"${theme.toUpperCase()}"`)).not.toContain(themed.user_id);
  });

  it("does not tokenize: a part of a value matches nothing, a wildcard does", async () => {
    expect(await search("user_id:auth0")).toEqual([]);
    const auth0 = await expectMatches("user_id:auth0*", (u) => u.user_id.startsWith("auth0"));
    expect(auth0.length).toBeGreaterThan(0);
    const user = pick("a two-word name", (u) => (u.name ?? "").split(" ").length === 2);
    const first = user.name!.split(" ")[0]!;
    expect(await expectMatches(`name:${first}`, (u) => lower(u.name) === first.toLowerCase())).not.toContain(user.user_id);
  });

  it("reads escaped characters in unquoted terms literally", async () => {
    const user = pick("a two-word name", (u) => (u.name ?? "").split(" ").length === 2);
    const escaped = user.name!.replace(" ", "\\ ");
    expect(await expectMatches(`name:${escaped}`, (u) => lower(u.name) === user.name!.toLowerCase())).toContain(user.user_id);
  });
});

describe("wildcards", () => {
  it("matches prefixes, suffixes and infixes", async () => {
    const user = pick("an email", (u) => typeof u.email === "string" && u.email.length > 8);
    const email = user.email!;
    const [local, domain] = email.split("@") as [string, string];
    expect(await expectMatches(`email:${email.slice(0, 3)}*`, (u) => !!lower(u.email)?.startsWith(email.slice(0, 3)))).toContain(
      user.user_id,
    );
    expect(await expectMatches(`email:*@${domain}`, (u) => !!lower(u.email)?.endsWith(`@${domain}`))).toContain(user.user_id);
    const infix = `email:${local.slice(0, 2)}*@${domain}`;
    expect(
      await expectMatches(infix, (u) => !!lower(u.email)?.startsWith(local.slice(0, 2)) && !!lower(u.email)?.endsWith(`@${domain}`)),
    ).toContain(user.user_id);
    expect(await search(`email:${local.slice(0, 2)}*@not-${domain}`)).not.toContain(user.user_id);
  });

  it("matches wildcards on app_metadata", async () => {
    const user = pick("a customer id", (u) => typeof u.app_metadata?.customer_id === "string");
    const id = user.app_metadata!.customer_id as string;
    const found = await expectMatches(`app_metadata.customer_id:${id.slice(0, 6)}*`, (u) =>
      String(u.app_metadata?.customer_id ?? "").startsWith(id.slice(0, 6)),
    );
    expect(found).toContain(user.user_id);
  });

  it("rejects a leading wildcard with fewer than 3 literal characters, ?, and wildcards on user_metadata", async () => {
    await expectRejected("name:*sa", "leading wildcard");
    await expectRejected("email:*", "leading wildcard");
    await expectRejected("name:jo?n", "?");
    await expectRejected("user_metadata.preferences.theme:da*", "user_metadata");
    expect(await search("name:*son")).toEqual(idsWhere((u) => !!lower(u.name)?.endsWith("son")));
  });
});

describe("lists of values", () => {
  it("finds 100 users by a quoted OR-list of user ids, in one request", async () => {
    const wanted = new Set(
      users()
        .filter((_, i) => i % 3 !== 0)
        .slice(0, 100)
        .map((u) => u.user_id),
    );
    expect(wanted.size).toBe(100);
    const q = `user_id:(${[...wanted].map((id) => `"${id}"`).join(" OR ")} OR "auth0|not-a-user")`;
    const res = await t.call<StoredUser[]>("GET", "/users", { query: { q, search_engine: "v3", per_page: 100 } });
    expect(res.status).toBe(200);
    expect(res.body.map((u: StoredUser) => u.user_id)).toEqual(idsWhere((u) => wanted.has(u.user_id)));
  });

  it("finds users by an OR-list of emails", async () => {
    const [a, b] = users().filter((u) => u.email);
    expect(await search(`email:("${a!.email!.toUpperCase()}" OR "${b!.email}")`)).toEqual(
      idsWhere((u) => u.email === a!.email || u.email === b!.email),
    );
  });
});

describe("ranges", () => {
  it("selects dates by day, month and instant, with inclusive, exclusive and open ends", async () => {
    const user = pick("a last login", (u) => typeof u.last_login === "string");
    const day = user.last_login!.slice(0, 10);
    const dayStart = Date.parse(`${day}T00:00:00.000Z`);
    const dayEnd = dayStart + 86_400_000 - 1;
    expect(await expectMatches(`last_login:[* TO ${day}]`, (u) => ms(u.last_login) <= dayEnd)).toContain(user.user_id);
    expect(await expectMatches(`last_login:[* TO ${day}}`, (u) => ms(u.last_login) < dayStart)).not.toContain(user.user_id);
    expect(await expectMatches(`last_login:{${day} TO *]`, (u) => ms(u.last_login) > dayEnd)).not.toContain(user.user_id);

    const month = user.created_at.slice(0, 7);
    expect(await expectMatches(`created_at:[${month} TO ${month}]`, (u) => u.created_at.startsWith(month))).toContain(user.user_id);

    const instant = user.created_at;
    expect(await expectMatches(`created_at:[${instant} TO *]`, (u) => ms(u.created_at) >= ms(instant))).toContain(user.user_id);
    expect(await expectMatches(`created_at:{${instant} TO *]`, (u) => ms(u.created_at) > ms(instant))).not.toContain(user.user_id);
    const created = user.created_at.slice(0, 10);
    expect(await expectMatches(`created_at:${created}`, (u) => u.created_at.startsWith(created))).toContain(user.user_id);
  });

  it("selects numbers with mixed brackets and open ends", async () => {
    const counted = await expectMatches(
      "logins_count:[10 TO 20}",
      (u) => typeof u.logins_count === "number" && u.logins_count >= 10 && u.logins_count < 20,
    );
    expect(counted.length).toBeGreaterThan(0);
    await expectMatches("logins_count:{* TO 5]", (u) => typeof u.logins_count === "number" && u.logins_count <= 5);
    const user = pick("a login count", (u) => typeof u.logins_count === "number" && u.logins_count > 0);
    expect(await search(`logins_count:{${user.logins_count} TO *]`)).not.toContain(user.user_id);
    expect(await search(`logins_count:${user.logins_count}`)).toContain(user.user_id);
    const subscriber = pick(
      "a subscription start",
      (u) => typeof (u.app_metadata?.subscription as Subscription | undefined)?.started_at === "string",
    );
    const startedDay = ((subscriber.app_metadata!.subscription as Subscription).started_at as string).slice(0, 10);
    const startedBy = (u: StoredUser) =>
      ms((u.app_metadata?.subscription as Subscription | undefined)?.started_at) < Date.parse(startedDay) + 86_400_000;
    expect(await expectMatches(`app_metadata.subscription.started_at:[* TO ${startedDay}]`, startedBy)).toContain(subscriber.user_id);
    await expectMatches("app_metadata.subscription.seats:[10 TO 50]", (u) => {
      const seats = (u.app_metadata?.subscription as Subscription | undefined)?.seats;
      return typeof seats === "number" && seats >= 10 && seats <= 50;
    });
  });

  it("rejects ranges on user_metadata and bounds of the wrong type", async () => {
    await expectRejected("user_metadata.onboarding.steps_done:[1 TO 3]", "user_metadata");
    await expectRejected("created_at:[yesterday TO *]", "date");
    await expectRejected("logins_count:[a TO b]", "number");
    await expectRejected("blocked:[false TO true]");
  });
});

describe("boolean structure", () => {
  it("combines clauses with AND, OR, NOT and parentheses", async () => {
    await expectMatches("blocked:true AND email_verified:true", (u) => u.blocked === true && u.email_verified === true);
    const either = await expectMatches("blocked:true OR logins_count:0", (u) => u.blocked === true || u.logins_count === 0);
    expect(either.length).toBeGreaterThan(0);
    const notBlocked = await expectMatches("NOT blocked:true", (u) => u.blocked !== true);
    expect(notBlocked.length).toBeLessThan(users().length);
    await expectMatches("email_verified:true AND NOT blocked:true", (u) => u.email_verified === true && u.blocked !== true);
    await expectMatches("-blocked:true", (u) => u.blocked !== true);
    await expectMatches(
      "(blocked:true OR logins_count:0) AND email_verified:true",
      (u) => (u.blocked === true || u.logins_count === 0) && u.email_verified === true,
    );
  });

  it("ORs clauses with no operator between them", async () => {
    const [a, b] = users();
    expect(await search(`user_id:"${a!.user_id}" user_id:"${b!.user_id}"`)).toEqual([a!.user_id, b!.user_id]);
  });

  it("follows Lucene: without parentheses, AND makes both neighbours required and OR leaves a clause optional", async () => {
    // +blocked:true +email_verified:true logins_count:0
    await expectMatches("blocked:true AND email_verified:true OR logins_count:0", (u) => u.blocked === true && u.email_verified === true);
  });

  it("reads lower-case and/or/not as terms, not operators", async () => {
    const bare = (u: StoredUser, value: string) =>
      [u.user_id, u.email, u.name, u.given_name, u.family_name, u.nickname, u.username, u.phone_number].some(
        (v, i) => typeof v === "string" && (i >= 1 && i <= 5 ? v.toLowerCase() === value : v === value),
      );
    await expectMatches("blocked:true and logins_count:0", (u) => u.blocked === true || u.logins_count === 0 || bare(u, "and"));
  });

  it("rejects operators without operands and other bad syntax with Auth0's 400", async () => {
    for (const q of [
      "a AND",
      "OR a",
      "a AND OR b",
      "NOT NOT a",
      "()",
      "name:(",
      "a:b:c",
      'email:"unclosed',
      "name:/re/",
      "name:jane~",
      '"a b"~2',
    ]) {
      const res = await expectRejected(q);
      expect(res.body).toEqual({
        statusCode: 400,
        error: "Bad Request",
        message: expect.stringMatching(/^Query validation error: /),
        errorCode: "invalid_query_string",
      });
    }
  });
});

describe("presence, pseudo-fields and nested values", () => {
  it("finds fields that exist with _exists_", async () => {
    expect((await expectMatches("_exists_:username", (u) => u.username !== undefined)).length).toBeGreaterThan(0);
    await expectMatches("NOT _exists_:last_login", (u) => u.last_login === undefined);
    await expectMatches("_exists_:user_metadata.job_title", (u) => u.user_metadata?.job_title !== undefined);
    await expectMatches(
      "_exists_:app_metadata.subscription.plan",
      (u) => (u.app_metadata?.subscription as Subscription | undefined)?.plan !== undefined,
    );
  });

  it("flattens arrays on a dotted metadata path", async () => {
    const user = pick(
      "a second address",
      (u) => Array.isArray(u.user_metadata?.addresses) && (u.user_metadata!.addresses as unknown[]).length >= 2,
    );
    const city = (user.user_metadata!.addresses as { city: string }[])[1]!.city;
    const lives = (u: StoredUser) =>
      Array.isArray(u.user_metadata?.addresses) && (u.user_metadata!.addresses as { city: string }[]).some((a) => a.city === city);
    expect(await expectMatches(`user_metadata.addresses.city:"${city}"`, lives)).toContain(user.user_id);
    expect(await search(`user_metadata.addresses.city:"${city.toLowerCase()}"`)).not.toContain(user.user_id);
    const roled = pick("app roles", (u) => Array.isArray(u.app_metadata?.roles) && (u.app_metadata!.roles as unknown[]).length > 0);
    const role = (roled.app_metadata!.roles as string[])[0]!;
    const holds = (u: StoredUser) => Array.isArray(u.app_metadata?.roles) && (u.app_metadata!.roles as string[]).includes(role);
    expect(await expectMatches(`app_metadata.roles:"${role}"`, holds)).toContain(roled.user_id);
  });

  it("matches a bare term against the root text fields but never user_metadata", async () => {
    const user = pick("an email", (u) => typeof u.email === "string");
    expect(await search(`"${user.email!.toUpperCase()}"`)).toContain(user.user_id);
    const resident = pick(
      "an address",
      (u) => Array.isArray(u.user_metadata?.addresses) && (u.user_metadata!.addresses as unknown[]).length > 0,
    );
    const city = (resident.user_metadata!.addresses as { city: string }[])[0]!.city;
    const rootHas = (u: StoredUser) =>
      [u.user_id, u.username, u.phone_number].includes(city) ||
      [u.email, u.name, u.given_name, u.family_name, u.nickname].some((v) => lower(v) === city.toLowerCase());
    expect(await expectMatches(`"${city}"`, rootHas)).not.toContain(resident.user_id);
  });

  it("searches email.domain without regard to case", async () => {
    const user = pick("an email", (u) => typeof u.email === "string");
    const domain = user.email!.split("@")[1]!;
    expect(await expectMatches(`email.domain:"${domain.toUpperCase()}"`, (u) => lower(u.email)?.split("@")[1] === domain)).toContain(
      user.user_id,
    );
    expect(await search(`email.domain:"x${domain}"`)).not.toContain(user.user_id);
  });

  it("finds the members of an organization with organization_id", async () => {
    const [orgId, members] = [...t.emulator.state.organizationMembers].find(([, m]) => m.length > 0)!;
    const found = await expectMatches(`organization_id:"${orgId}"`, (u) => members.includes(u.user_id));
    expect(found.length).toBe(new Set(members).size);
    expect(await search(`organization_id:"${orgId}x"`)).toEqual([]);
  });

  it("searches identities.connection, identities.provider and identities.user_id, linked identities included", async () => {
    const linked = pick("a linked identity", (u) => u.identities.length > 1);
    const secondary = linked.identities[1]!;
    expect(
      await expectMatches(`identities.user_id:"${secondary.user_id}"`, (u) =>
        u.identities.some((i) => String(i.user_id) === String(secondary.user_id)),
      ),
    ).toEqual([linked.user_id]);
    const viaConnection = await expectMatches(`identities.connection:"${secondary.connection}"`, (u) =>
      u.identities.some((i) => i.connection === secondary.connection),
    );
    expect(viaConnection).toContain(linked.user_id);
    await expectMatches(`identities.provider:"${secondary.provider}"`, (u) => u.identities.some((i) => i.provider === secondary.provider));
    expect(await search(`identities.connection:"${secondary.connection.toUpperCase()}"`)).toEqual([]);
  });

  it("finds admin-blocked users only with blocked:true", async () => {
    const blocked = await expectMatches("blocked:true", (u) => u.blocked === true);
    expect(blocked.length).toBeGreaterThan(0);
    const bruteForcedOnly = t.emulator.state.bruteForceBlocks
      .map((b) => b.user_id)
      .find((id) => t.emulator.state.users.get(id)?.blocked !== true);
    expect(bruteForcedOnly).toBeDefined();
    expect(blocked).not.toContain(bruteForcedOnly);
  });

  it("rejects fields v3 cannot search and values of the wrong type", async () => {
    await expectRejected("picture:x", "not searchable");
    await expectRejected("favourite_color:blue", "not searchable");
    await expectRejected("blocked:maybe", "true or false");
    await expectRejected("logins_count:many", "number");
  });
});

describe("the request around the query", () => {
  it("answers everyone for no query, an empty one, or *", async () => {
    const all = idsWhere(() => true);
    expect(await search("")).toEqual(all);
    expect(await search("*")).toEqual(all);
    const res = await t.call<StoredUser[]>("GET", "/users", { query: { per_page: 100, page: 1 } });
    expect(res.body.map((u: StoredUser) => u.user_id)).toEqual(all.slice(100, 200));
  });

  it("accepts only search_engine v3", async () => {
    const v1 = await t.call<RestError>("GET", "/users", { query: { q: "blocked:true", search_engine: "v1" } });
    expect(v1.status).toBe(400);
    expect(v1.body.message).toContain("not allowed to use search_engine=v1");
    const v2 = await t.call<RestError>("GET", "/users", { query: { q: "blocked:true", search_engine: "v2" } });
    expect(v2.status).toBe(400);
    expect(v2.body.message).toContain("Use search_engine=v3 instead");
    expect((await t.call("GET", "/users", { query: { search_engine: "v9" } })).status).toBe(400);
    expect((await t.call("GET", "/users", { query: { q: "blocked:true" } })).status).toBe(200);
  });

  it("needs read:users or read:user_idp_tokens, and shows IdP tokens only to the latter", async () => {
    const denied = await t.call<RestError>("GET", "/users", { scope: "read:roles" });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe("Insufficient scope, expected any of: read:users,read:user_idp_tokens");
    const q = "_exists_:identities.access_token";
    const holders = idsWhere((u) => u.identities.some((i) => i.access_token !== undefined));
    expect(holders.length).toBeGreaterThan(0);
    const withTokens = await t.call<StoredUser[]>("GET", "/users", { scope: "read:user_idp_tokens", query: { q, per_page: 100 } });
    expect(withTokens.body.map((u: StoredUser) => u.user_id)).toEqual(holders.slice(0, 100));
    expect(withTokens.body.every((u: StoredUser) => u.identities.some((i) => i.access_token !== undefined))).toBe(true);
    const plain = await t.call("GET", "/users", { query: { q, per_page: 100 } });
    expect(JSON.stringify(plain.body)).not.toContain("access_token");
  });

  it("rejects the v1-only connection parameter and parameters the endpoint does not know", async () => {
    const connection = await t.call<RestError>("GET", "/users", { query: { connection: "github", search_engine: "v3" } });
    expect(connection.status).toBe(400);
    expect(connection.body.message).toContain('identities.connection:"<name>"');
    expect((await t.call("GET", "/users", { query: { search: "x" } })).status).toBe(400);
  });

  it("answers 414 with Auth0's body for an over-long query", async () => {
    const res = await t.call("GET", "/users", { query: { q: `email:"${"a".repeat(20_000)}@example.com"`, search_engine: "v3" } });
    expect(res.status).toBe(414);
    expect(res.body).toMatchObject({ statusCode: 414, message: "Request-URI Too Large" });
  });

  it("visits each user exactly once when paging, and pages only through the first 1000", async () => {
    const seen: string[] = [];
    for (let page = 0; ; page += 1) {
      const res = await t.call<UsersPage>("GET", "/users", { query: { per_page: 7, page, include_totals: true } });
      expect(res.body).toMatchObject({ start: page * 7, limit: 7, length: res.body.users.length, total: users().length });
      seen.push(...res.body.users.map((u: StoredUser) => u.user_id));
      if (res.body.users.length === 0) break;
    }
    expect(seen).toEqual(idsWhere(() => true));
    expect(new Set(seen).size).toBe(seen.length);

    expect((await t.call("GET", "/users", { query: { page: 9, per_page: 100 } })).status).toBe(200);
    const beyond = await t.call<RestError>("GET", "/users", { query: { page: 10, per_page: 100 } });
    expect(beyond.status).toBe(400);
    expect(beyond.body.message).toContain("You can only page through the first 1000 records");
    expect((await t.call("GET", "/users", { query: { per_page: 101 } })).status).toBe(400);
    const counted = await t.call("GET", "/users", { query: { per_page: 0, include_totals: true } });
    expect(counted.body).toEqual({ start: 0, limit: 0, length: 0, total: users().length, users: [] });
  });

  it("answers 50 users in a bare array by default", async () => {
    const res = await t.call<StoredUser[]>("GET", "/users");
    expect(res.body.map((u: StoredUser) => u.user_id)).toEqual(idsWhere(() => true).slice(0, 50));
  });

  it("sorts by a field either way, users without a value last, and rejects bad sort values", async () => {
    const byCreated = [...users()].sort((a, b) => ms(a.created_at) - ms(b.created_at)).map((u) => u.user_id);
    expect(await search("", { sort: "created_at:1" })).toEqual(byCreated);
    const withLogin = users()
      .filter((u) => u.last_login)
      .sort((a, b) => ms(b.last_login) - ms(a.last_login));
    const without = users().filter((u) => !u.last_login);
    expect(await search("", { sort: "last_login:-1" })).toEqual([...withLogin, ...without].map((u) => u.user_id));
    const byEmail = [...users().filter((u) => u.email)].sort((a, b) =>
      lower(a.email)! < lower(b.email)! ? -1 : lower(a.email)! > lower(b.email)! ? 1 : 0,
    );
    expect(await search("email_verified:true", { sort: "email:1" })).toEqual(
      byEmail.filter((u) => u.email_verified === true).map((u) => u.user_id),
    );
    for (const sort of ["created_at", "created_at:2", "created at:1", "user_metadata.theme:1", "picture:1"]) {
      const res = await t.call("GET", "/users", { query: { sort } });
      expect(res.status, sort).toBe(400);
    }
    expect((await t.call("GET", "/users", { query: { primary_order: false } })).status).toBe(200);
  });

  it("projects fields on search results", async () => {
    const included = await t.call<object[]>("GET", "/users", { query: { q: "_exists_:email", fields: "user_id,email", per_page: 5 } });
    for (const user of included.body) expect(Object.keys(user).sort()).toEqual(["email", "user_id"]);
    const excluded = await t.call<Record<string, unknown>[]>("GET", "/users", {
      query: { fields: "identities,app_metadata", include_fields: false, per_page: 5 },
    });
    for (const user of excluded.body) {
      expect(user).not.toHaveProperty("identities");
      expect(user).not.toHaveProperty("app_metadata");
      expect(user).toHaveProperty("user_id");
    }
  });
});
