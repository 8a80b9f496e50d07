import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// graphql-http's audit of the GraphQL-over-HTTP spec (MUSTs are errors, SHOULDs warnings, MAYs
// notices), against usergraph's endpoint as a router (or any client) reaches it: with a valid bearer
// token.

let t: TestGateway;

beforeAll(async () => {
  // Listening: the audit is of the HTTP server itself.
  t = await startTestGateway({ emulator: { users: 5, seed: 2 }, listen: true });
});
afterAll(() => t?.close());

describe("GraphQL over HTTP", () => {
  it("passes graphql-http's server audit with 0 errors and 0 warnings", async () => {
    const authorization = `Bearer ${await t.token()}`;
    const results = await auditServer({
      url: `${t.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set("authorization", authorization);
        return fetch(input, { ...init, headers });
      },
    });
    const summary = (status: string) =>
      results
        .filter((result) => result.status === status)
        .map((result) => ({ id: result.id, name: result.name, reason: "reason" in result ? result.reason : undefined }));
    expect(summary("error"), "MUST requirements failed").toEqual([]);
    expect(summary("warn"), "SHOULD recommendations failed").toEqual([]);
    // Notices (MAYs) are allowed: GETs without a CSRF-preflight header are refused by design.
    expect(results.filter((result) => result.status === "ok").length).toBeGreaterThan(0);
  });
});
