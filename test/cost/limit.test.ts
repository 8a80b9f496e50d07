import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { COST_HEADER } from "../../src/cost/plugin.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// The cost limit: operations estimated above the budget are refused before any upstream call.

let t: TestGateway;
let small: TestGateway;

beforeAll(async () => {
  [t, small] = await Promise.all([
    startTestGateway({ emulator: { users: 60, seed: 3 } }),
    startTestGateway({ emulator: { users: 60, seed: 3 }, env: { COST_BUDGET: "50" } }),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), small?.close()]);
});

const GRANTS = (first: number) =>
  `{ users(first: ${first}) { nodes { id roles { nodes { name } } permissions { nodes { ` +
  `permissionName } } organizations { nodes { name } } } } }`;
const ROLES_OF = `query($n: Int, $skip: Boolean = false) { users(first: $n) { nodes { id roles @skip(if: $skip) { nodes { name } } } } }`;

describe("the default budget (250)", () => {
  it("runs an operation estimated at 151 calls", async () => {
    t.resetCalls();
    const res = await t.query(GRANTS(50), {}, { headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cost).toEqual({ estimated: 151, upstreamCalls: t.upstreamTotal(), budget: 250 });
  });

  it("refuses one estimated at 301 with QUERY_TOO_EXPENSIVE, stating estimate and budget, without an upstream call", async () => {
    t.resetCalls();
    const res = await t.query(GRANTS(100));
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    const [error] = res.body.errors!;
    expect(error!.extensions).toEqual({ code: "QUERY_TOO_EXPENSIVE", cost: { estimated: 301, budget: 250 } });
    expect(error!.message).toMatch(/estimated 301 .*budget of 250/);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("answers the refusal with HTTP 400 to a client that accepts application/graphql-response+json", async () => {
    t.resetCalls();
    const res = await t.query(GRANTS(100), {}, { headers: { accept: "application/graphql-response+json" } });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
    expect(t.upstreamTotal()).toBe(0);
  });

  it("reports extensions.cost only when asked with the x-usergraph-cost header", async () => {
    const id = [...t.emulator.state.users.keys()][0];
    const plain = await t.query(`query($id: ID!) { user(id: $id) { email } }`, { id });
    expect(plain.body.extensions?.cost).toBeUndefined();
    t.resetCalls();
    const asked = await t.query(`query($id: ID!) { user(id: $id) { email } }`, { id }, { headers: { [COST_HEADER]: "1" } });
    expect(asked.body.extensions?.cost).toEqual({ estimated: 1, upstreamCalls: 1, budget: 250 });
    expect(t.upstreamTotal()).toBe(1);
  });
});

describe("COST_BUDGET", () => {
  it("runs an operation estimated exactly at the budget and refuses one a call above it, reading `first` from variables", async () => {
    small.resetCalls();
    const at = await small.query(ROLES_OF, { n: 49 }, { headers: { [COST_HEADER]: "1" } });
    expect(at.body.errors).toBeUndefined();
    expect(at.body.extensions?.cost).toEqual({ estimated: 50, upstreamCalls: 50, budget: 50 });
    expect(small.upstreamTotal()).toBe(50);

    small.resetCalls();
    const over = await small.query(ROLES_OF, { n: 50 });
    expect(over.body.errors?.[0]?.extensions).toEqual({ code: "QUERY_TOO_EXPENSIVE", cost: { estimated: 51, budget: 50 } });
    expect(small.upstreamTotal()).toBe(0);
  });

  it(
    "holds while the operation runs: ids a search misses cost a GET each up to the budget, and the rest " + "answer QUERY_TOO_EXPENSIVE",
    async () => {
      const existing = [...small.emulator.state.users.keys()].slice(0, 3);
      const missing = Array.from({ length: 60 }, (_, i) => `auth0|no-such-user-${i}`);
      small.resetCalls();
      const res = await small.query<{ usersByIds: ({ id: string } | null)[] }>(
        `query($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`,
        { ids: [...existing, ...missing] },
        { headers: { [COST_HEADER]: "1" } },
      );
      // Estimated as one search; made: that search and 49 of the 60 fallbacks, the budget of 50.
      expect(res.body.extensions?.cost).toEqual({ estimated: 1, upstreamCalls: 50, budget: 50 });
      expect(small.upstreamCalls()).toEqual({ "GET /api/v2/users": 1, "GET /api/v2/users/{id}": 49 });
      const users = res.body.data!.usersByIds;
      expect(users.slice(0, 3).map((user) => user?.id)).toEqual(existing);
      expect(users.slice(3)).toEqual(missing.map(() => null));
      const refused = res.body.errors ?? [];
      expect(refused.map((error) => error.path)).toEqual(missing.slice(49).map((_, i) => ["usersByIds", 3 + 49 + i]));
      for (const error of refused) {
        expect(error.extensions).toEqual({ code: "QUERY_TOO_EXPENSIVE", cost: { budget: 50 } });
        expect(error.message).toMatch(/budget of 50 Management API calls/);
      }
    },
  );

  it("does not count fields @skip leaves out", async () => {
    small.resetCalls();
    const res = await small.query(ROLES_OF, { n: 100, skip: true }, { headers: { [COST_HEADER]: "1" } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions?.cost).toEqual({ estimated: 1, upstreamCalls: 1, budget: 50 });
  });

  it("defaults to 250 and must be a positive integer", () => {
    expect(loadConfig({}).cost).toEqual({ budget: 250 });
    expect(loadConfig({ COST_BUDGET: "1000" }).cost).toEqual({ budget: 1000 });
    for (const bad of ["0", "-5", "many", "2.5"]) {
      let error: unknown;
      try {
        loadConfig({ COST_BUDGET: bad });
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(["COST_BUDGET"]);
    }
  });
});
