import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// Issue 16, item 10: media types are case-insensitive and their parameters may be spaced.

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 5, seed: 2 } });
});
afterAll(() => t?.close());

async function post(contentType: string, body: string, accept?: string) {
  const headers: Record<string, string> = { "content-type": contentType, authorization: `Bearer ${await t.token()}` };
  if (accept) headers.accept = accept;
  const response = await t.fetch("/graphql", { method: "POST", headers, body });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

describe("media types", () => {
  it("reads a JSON body whatever the case and spacing of its Content-Type", async () => {
    for (const type of [
      "APPLICATION/JSON",
      "Application/Json ; Charset=UTF-8",
      "application/json;charset=utf-8",
      "application/GRAPHQL+json",
    ]) {
      const res = await post(type, JSON.stringify({ query: "{ __typename }" }));
      expect({ type, status: res.status, text: res.text }).toEqual({ type, status: 200, text: '{"data":{"__typename":"Query"}}' });
    }
  });

  it("negotiates the answer whatever the case of Accept", async () => {
    const res = await post("application/json", JSON.stringify({ query: "{ nope }" }), "APPLICATION/GRAPHQL-RESPONSE+JSON");
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/graphql-response\+json/);
  });

  it("still refuses what is not JSON: a form body needs a CSRF header, an unparsable type is 415", async () => {
    expect((await post("TEXT/PLAIN", JSON.stringify({ query: "{ __typename }" }))).status).toBe(403);
    expect((await post("application", JSON.stringify({ query: "{ __typename }" }))).status).toBe(415);
  });
});
