import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../../src/auth/verify-token.js";
import { defaultSecurityConfig } from "../../src/config.js";
import { createGateway } from "../../src/server.js";
import type { User } from "../../src/upstream/types.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { errorCodes, type GraphQLAnswer } from "../support/graphql-answer.js";
import { TrustedMe, TrustedUser } from "./documents.js";

// With TRUSTED_DOCUMENTS set, only the operations of the persisted-documents manifest codegen's
// client preset writes run, named by their id: a production frontend's own operations, nothing else.

const MANIFEST = fileURLToPath(new URL("../gql/persisted-documents.json", import.meta.url));
const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, string>;
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

let t: TestGateway;
let userId: string;

beforeAll(async () => {
  t = await startTestGateway({ emulator: { users: 10, seed: 6 }, env: { TRUSTED_DOCUMENTS: MANIFEST } });
  userId = [...t.emulator.state.users.keys()][0]!;
});
afterAll(() => t?.close());

async function send(body: Record<string, unknown>, token: string | null = null) {
  t.resetCalls();
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/graphql-response+json" };
  headers.authorization = `Bearer ${token ?? (await t.token())}`;
  const response = await t.fetch("/graphql", { method: "POST", headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer<{ me: { id: string } }>, calls: t.upstreamTotal() };
}

describe("the manifest", () => {
  it("names each document by the sha256 of its text, as the typed documents carry it", () => {
    for (const document of [TrustedMe, TrustedUser]) {
      const id = idOf(document);
      expect(manifest[id], id).toBeDefined();
      expect(id).toBe(`sha256:${createHash("sha256").update(manifest[id]!).digest("hex")}`);
    }
  });
});

describe("with trusted documents on", () => {
  it("runs a persisted operation named by its documentId, as its text would run", async () => {
    const res = await send({ documentId: idOf(TrustedUser), variables: { id: userId } });
    expect(res.status).toBe(200);
    const rest = (await t.rest<User>("GET", `/users/${encodeURIComponent(userId)}`)).body;
    expect(res.body).toEqual({ data: { user: { id: userId, email: rest.email ?? null, name: rest.name ?? null } } });
  });

  it("runs one named by documentId in a GET's URL (GraphQL over HTTP), with the CSRF header a GET needs", async () => {
    const params = new URLSearchParams({ documentId: idOf(TrustedUser), variables: JSON.stringify({ id: userId }) });
    t.resetCalls();
    const response = await t.fetch(`/graphql?${params}`, {
      headers: { authorization: `Bearer ${await t.token()}`, accept: "application/graphql-response+json", "x-graphql-csrf": "1" },
    });
    expect(response.status).toBe(200);
    const rest = (await t.rest<User>("GET", `/users/${encodeURIComponent(userId)}`)).body;
    expect(await response.json()).toEqual({ data: { user: { id: userId, email: rest.email ?? null, name: rest.name ?? null } } });

    params.set("documentId", `sha256:${"0".repeat(64)}`);
    const unknown = await t.fetch(`/graphql?${params}`, {
      headers: { authorization: `Bearer ${await t.token()}`, accept: "application/graphql-response+json", "x-graphql-csrf": "1" },
    });
    expect(unknown.status).toBe(400);
    expect(errorCodes((await unknown.json()) as GraphQLAnswer)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("runs one named the Apollo way (extensions.persistedQuery.sha256Hash)", async () => {
    const hash = idOf(TrustedMe).replace(/^sha256:/, "");
    const res = await send(
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      await t.token({ sub: userId, scope: "read:current_user" }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.me.id).toBe(userId);
  });

  it("refuses an arbitrary query, even one identical to a persisted document: 400 PERSISTED_QUERY_ONLY, no upstream call", async () => {
    for (const query of ["{ roles { totalCount } }", manifest[idOf(TrustedMe)]!]) {
      const res = await send({ query });
      expect(res.status).toBe(400);
      expect(errorCodes(res.body)).toEqual(["PERSISTED_QUERY_ONLY"]);
      expect(res.calls).toBe(0);
    }
  });

  it("refuses an unknown id (400 PERSISTED_QUERY_NOT_FOUND) and a request naming none (400 PERSISTED_QUERY_ID_REQUIRED)", async () => {
    const unknown = await send({ documentId: `sha256:${"0".repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(errorCodes(unknown.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(unknown.calls).toBe(0);

    const none = await send({ variables: {} });
    expect(none.status).toBe(400);
    expect(errorCodes(none.body)).toEqual(["PERSISTED_QUERY_ID_REQUIRED"]);
    expect(none.calls).toBe(0);
  });

  it("still authenticates and authorizes: a persisted operation needs a valid token and its scopes", async () => {
    const anonymous = await t.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: idOf(TrustedMe) }),
    });
    expect(anonymous.status).toBe(401);

    const res = await send({ documentId: idOf(TrustedUser), variables: { id: userId } }, await t.token({ scope: "read:roles" }));
    expect(res.body.errors![0]).toMatchObject({ path: ["user"], extensions: { code: "FORBIDDEN" } });
    expect(res.calls).toBe(0);
  });
});

describe("with trusted documents off (the default)", () => {
  it("a documentId is not understood: 400, no upstream call", async () => {
    const g = await startTestGateway({ emulator: { users: 1, seed: 1 } });
    try {
      g.resetCalls();
      const response = await g.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await g.token()}` },
        body: JSON.stringify({ documentId: idOf(TrustedMe) }),
      });
      expect(response.status).toBe(400);
      expect(g.upstreamTotal()).toBe(0);
    } finally {
      await g.close();
    }
  });

  it("a manifest that cannot be read stops the gateway from starting, saying which", () => {
    const verifier = createTokenVerifier({ issuer: "http://127.0.0.1/", audience: "x", jwksUrl: "http://127.0.0.1/jwks.json" });
    expect(() =>
      createGateway({
        client: t.client,
        verifier,
        logger: pino({ level: "silent" }),
        security: { ...defaultSecurityConfig(), trustedDocuments: "/nonexistent/persisted-documents.json" },
      }),
    ).toThrow(/TRUSTED_DOCUMENTS: cannot read \/nonexistent\/persisted-documents\.json/);
  });
});
