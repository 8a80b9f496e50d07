import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSecurityConfig } from "../../src/config.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { errorCodes, type GraphQLAnswer } from "../support/graphql-answer.js";

// Operations a well-authenticated caller may not send: each is refused with its code and HTTP
// status before anything runs (zero Management API calls). Clients that accept
// `application/graphql-response+json` get 400 for a refused document; see GraphQL over HTTP.

const GRAPHQL_RESPONSE = "application/graphql-response+json";
const limits = defaultSecurityConfig();

let t: TestGateway;
let token: string;

beforeAll(async () => {
  // Listening: one test streams a body over its own socket.
  t = await startTestGateway({ emulator: { users: 20, seed: 7 }, listen: true });
  token = await t.token();
});
afterAll(() => t?.close());

interface Sent {
  status: number;
  headers: Headers;
  body: GraphQLAnswer | undefined;
  /** Management API calls the request caused. */
  calls: number;
}

/** Sends a raw body to /graphql as the all-scopes caller. */
async function send(body: BodyInit, init: { headers?: Record<string, string>; method?: string; path?: string } = {}): Promise<Sent> {
  t.resetCalls();
  const response = await fetch(`${t.url}${init.path ?? "/graphql"}`, {
    method: init.method ?? "POST",
    headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE, authorization: `Bearer ${token}`, ...init.headers },
    ...(init.method === "GET" ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, calls: t.upstreamTotal() };
}

const post = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));
const codes = (res: Sent) => errorCodes(res.body);

/** `levels` nested as selections around `leaf`: nest(["a", "b"], "c") → "a { b { c } }". */
const nest = (levels: string[], leaf: string) => levels.reduceRight((inner, level) => `${level} { ${inner} }`, leaf);

// users → roles → users → roles, through Relay's edges/node: a real query, 12 levels deep (the leaf counts).
const USERS_ROLES_USERS = ["users(first: 2)", "edges", "node", "roles(first: 2)", "edges", "node", "users(first: 2)", "edges", "node"];
const DEPTH_12 = `{ ${nest([...USERS_ROLES_USERS, "roles(first: 2)", "nodes"], "id")} }`;
const DEPTH_13 = `{ ${nest([...USERS_ROLES_USERS, "roles(first: 2)", "edges", "node"], "id")} }`;

describe("depth", () => {
  it(`runs a realistic Relay query exactly ${limits.maxDepth} deep`, async () => {
    expect(limits.maxDepth).toBe(12);
    const res = await post(DEPTH_12);
    expect(res.status).toBe(200);
    expect(res.body!.errors).toBeUndefined();
    expect((res.body!.data as { users: { edges: unknown[] } }).users.edges.length).toBeGreaterThan(0);
    expect(res.calls).toBeGreaterThan(0);
  });

  it("refuses one level more: 400 MAX_DEPTH_EXCEEDED, no upstream call", async () => {
    const res = await post(DEPTH_13);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["MAX_DEPTH_EXCEEDED"]);
    expect(res.body!.errors![0]!.message).toBe("Query depth limit of 12 exceeded, found 13.");
    expect(res.body!.data).toBeUndefined();
    expect(res.calls).toBe(0);
  });

  it("does not count fragments as levels: the same 12 levels written with spreads and inline fragments run", async () => {
    const query = `query { ...Page } fragment Page on Query { users(first: 2) { edges { node { ...Member } } } }
      fragment Member on User { roles(first: 2) { edges { node { ... on Role { users(first: 2) { edges { node { ...Roles } } } } } } } }
      fragment Roles on User { roles(first: 2) { nodes { id } } }`;
    const res = await post(query);
    expect(res.body!.errors).toBeUndefined();
    expect((res.body!.data as { users: { edges: unknown[] } }).users.edges.length).toBeGreaterThan(0);
  });

  it("counts the levels inside fragments", async () => {
    const query =
      `query { ...Deep } fragment Deep on Query { ` +
      `${nest(USERS_ROLES_USERS, "...MoreRoles")} ` +
      `} fragment MoreRoles on User { roles(first: 2) { edges { node { id } } } }`;
    const res = await post(query);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["MAX_DEPTH_EXCEEDED"]);
    expect(res.calls).toBe(0);
  });
});

describe("aliases", () => {
  const flood = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: roles(first: 1) { totalCount }`).join(" ")} }`;

  it(`runs ${limits.maxAliases} aliases (one upstream call: identical reads are shared)`, async () => {
    const res = await post(flood(limits.maxAliases));
    expect(res.status).toBe(200);
    expect(res.body!.errors).toBeUndefined();
    expect(Object.keys(res.body!.data!)).toHaveLength(30);
    expect(res.calls).toBe(1);
  });

  it("refuses an alias flood: 400 MAX_ALIASES_EXCEEDED, no upstream call", async () => {
    const res = await post(flood(limits.maxAliases + 1));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["MAX_ALIASES_EXCEEDED"]);
    expect(res.calls).toBe(0);
  });
});

describe("tokens and directives", () => {
  it("refuses a document of too many tokens: 400 MAX_TOKENS_EXCEEDED, no upstream call", async () => {
    // Every `id` is one token: valid GraphQL, merely long.
    const res = await post(`{ roles(first: 1) { nodes { ${"id ".repeat(limits.maxTokens)} } } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["MAX_TOKENS_EXCEEDED"]);
    expect(res.calls).toBe(0);
  });

  it("refuses too many directives: 400 MAX_DIRECTIVES_EXCEEDED, no upstream call", async () => {
    const fields = Array.from({ length: limits.maxDirectives + 1 }, () => "id @include(if: true)").join(" ");
    const res = await post(`{ roles(first: 1) { nodes { ${fields} } } }`);
    expect(res.status).toBe(400);
    expect(codes(res)).toContain("MAX_DIRECTIVES_EXCEEDED");
    expect(res.calls).toBe(0);
  });
});

describe("the request body", () => {
  it("refuses a body over the limit: 413 REQUEST_ENTITY_TOO_LARGE, no upstream call", async () => {
    const res = await send(JSON.stringify({ query: "{ roles { totalCount } }", variables: { pad: "x".repeat(limits.maxBodyBytes) } }));
    expect(res.status).toBe(413);
    expect(codes(res)).toEqual(["REQUEST_ENTITY_TOO_LARGE"]);
    expect(res.calls).toBe(0);
  });

  it("refuses a streamed (chunked, no Content-Length) body once it passes the limit", async () => {
    t.resetCalls();
    // Its own socket (agent: false): the gateway answers before the upload ends, then drops it.
    const answer = await new Promise<{ status: number; body: GraphQLAnswer }>((resolve, reject) => {
      const req = request(`${t.url}/graphql`, {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE, authorization: `Bearer ${token}` },
      });
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode!, body: JSON.parse(text) });
          req.destroy();
        });
      });
      req.on("error", reject);
      const chunk = " ".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent <= limits.maxBodyBytes * 4 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(sent === chunk.length ? `{"query":"{ roles { totalCount } }",${chunk}` : chunk))
            return void req.once("drain", pump);
        }
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(errorCodes(answer.body)).toEqual(["REQUEST_ENTITY_TOO_LARGE"]);
    expect(t.upstreamTotal()).toBe(0);
  });

  it("refuses a batch (a JSON array of operations): 400, no upstream call", async () => {
    const res = await send(JSON.stringify([{ query: "{ roles { totalCount } }" }, { query: "{ roles { totalCount } }" }]));
    expect(res.status).toBe(400);
    expect(codes(res)).toEqual(["BAD_REQUEST"]);
    expect(res.body!.errors![0]!.message).toMatch(/batching/i);
    expect(res.calls).toBe(0);
  });

  it("refuses a body that is not JSON: 400 BAD_REQUEST without the parser's internals, no upstream call", async () => {
    const res = await send('{"query": "{ roles { totalCount } }"');
    expect(res.status).toBe(400);
    expect(res.body!.errors).toEqual([{ message: "POST body sent invalid JSON.", extensions: { code: "BAD_REQUEST" } }]);
    expect(res.calls).toBe(0);
  });
});

describe("variables", () => {
  const USER = "query($id: ID!) { user(id: $id) { id } }";

  it.each([
    { name: "a required variable missing", query: USER, variables: {} },
    {
      name: "a variable of the wrong type",
      query: "query($first: Int) { roles(first: $first) { totalCount } }",
      variables: { first: "ten" },
    },
    { name: "null for a non-null variable", query: USER, variables: { id: null } },
    {
      name: "an unknown enum value",
      query: "query($sort: UserSort) { users(sort: $sort) { totalCount } }",
      variables: { sort: { field: "EMAI" } },
    },
    {
      name: "an unknown input field",
      query: "query($sort: UserSort) { users(sort: $sort) { totalCount } }",
      variables: { sort: { field: "EMAIL", fieldd: 1 } },
    },
  ])("$name → 400 BAD_USER_INPUT, no upstream call", async ({ query, variables }) => {
    const res = await post(query, variables);
    expect(res.status).toBe(400);
    expect(codes(res).length).toBeGreaterThan(0);
    expect(new Set(codes(res))).toEqual(new Set(["BAD_USER_INPUT"]));
    expect(res.body!.data).toBeUndefined();
    expect(res.calls).toBe(0);
  });
});

describe("suggestions", () => {
  it.each([
    { name: "an unknown field", query: "{ usr { id } }" },
    { name: "an unknown argument", query: '{ user(idd: "auth0|x") { id } }' },
    { name: "an unknown type in a fragment", query: "{ roles { nodes { ... on Rol { id } } } }" },
    { name: "an unknown field of a known type", query: "{ roles { nodes { nam } } }" },
  ])("never says “Did you mean …” for $name (400 GRAPHQL_VALIDATION_FAILED)", async ({ query }) => {
    const res = await post(query);
    expect(res.status).toBe(400);
    expect(codes(res).every((code) => code === "GRAPHQL_VALIDATION_FAILED")).toBe(true);
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean/i);
    expect(res.calls).toBe(0);
  });

  it("nor for a misspelt enum value in variables", async () => {
    const res = await post("query($sort: UserSort) { users(sort: $sort) { totalCount } }", { sort: { field: "EMAI" } });
    expect(res.body!.errors![0]!.message).toMatch(/does not exist in "UserSortField" enum/);
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean/i);
  });
});

describe("CSRF prevention", () => {
  const ROLES = "{ roles { totalCount } }";

  it("refuses a GET without a CSRF header: 403 CSRF_PREVENTED, no upstream call", async () => {
    const res = await send("", { method: "GET", path: `/graphql?query=${encodeURIComponent(ROLES)}`, headers: { "content-type": "" } });
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual(["CSRF_PREVENTED"]);
    expect(res.calls).toBe(0);
  });

  it("runs a GET query that carries a CSRF header", async () => {
    const res = await send("", {
      method: "GET",
      path: `/graphql?query=${encodeURIComponent(ROLES)}`,
      headers: { "content-type": "", "x-graphql-csrf": "1" },
    });
    expect(res.status).toBe(200);
    expect((res.body!.data as { roles: { totalCount: number } }).roles.totalCount).toBe(t.emulator.state.roles.size);
  });

  it.each([
    { type: "application/x-www-form-urlencoded", body: `query=${encodeURIComponent(ROLES)}` },
    { type: "text/plain", body: JSON.stringify({ query: ROLES }) },
    {
      type: "multipart/form-data; boundary=x",
      body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: ROLES })}\r\n--x--\r\n`,
    },
  ])("refuses a POST a cross-site form could send ($type): 403, no upstream call", async ({ type, body }) => {
    const res = await send(body, { headers: { "content-type": type } });
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual(["CSRF_PREVENTED"]);
    expect(res.calls).toBe(0);
  });
});

describe("introspection", () => {
  const INTROSPECT = "{ __schema { queryType { name } } }";

  async function introspect(env: Record<string, string>) {
    const g = await startTestGateway({ emulator: { users: 1, seed: 1 }, env });
    try {
      const response = await g.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: GRAPHQL_RESPONSE, authorization: `Bearer ${await g.token()}` },
        body: JSON.stringify({ query: INTROSPECT }),
      });
      const typename = await g.query("{ __typename }");
      return { status: response.status, body: (await response.json()) as GraphQLAnswer, typename: typename.body };
    } finally {
      await g.close();
    }
  }

  it("is answered in development", async () => {
    const res = await post(INTROSPECT);
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  it("is refused when NODE_ENV=production (400), while __typename still works", async () => {
    const res = await introspect({ NODE_ENV: "production" });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.body.errors![0]!.message).toMatch(/introspection has been disabled/);
    expect(res.typename).toEqual({ data: { __typename: "Query" } });
  });

  it("is answered in production when INTROSPECTION=true", async () => {
    const res = await introspect({ NODE_ENV: "production", INTROSPECTION: "true" });
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  it("is refused in development when INTROSPECTION=false", async () => {
    const res = await introspect({ INTROSPECTION: "false" });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.message).toMatch(/introspection has been disabled/);
  });
});

describe("CORS", () => {
  const ADMIN = "https://admin.example.com";
  let c: TestGateway;
  beforeAll(async () => {
    c = await startTestGateway({ emulator: { users: 1, seed: 1 }, env: { CORS_ORIGINS: `${ADMIN}, https://ops.example.com` } });
  });
  afterAll(() => c?.close());

  const preflight = (gateway: TestGateway, origin: string) =>
    gateway.fetch("/graphql", {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
    });

  it("lets a listed origin through its preflight and answers it with its origin", async () => {
    const pre = await preflight(c, ADMIN);
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ADMIN);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(pre.headers.get("access-control-allow-credentials")).toBeNull();

    const res = await c.query("{ __typename }", {}, { headers: { origin: ADMIN } });
    expect(res.headers.get("access-control-allow-origin")).toBe(ADMIN);
    expect(res.headers.get("vary")).toMatch(/origin/i);
    expect(res.headers.get("access-control-expose-headers")).toMatch(/www-authenticate/i);
  });

  it("gives any other origin no CORS headers (the browser keeps the answer from it)", async () => {
    const pre = await preflight(c, "https://evil.example.com");
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await c.query("{ __typename }", {}, { headers: { origin: "https://evil.example.com" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows no cross-origin caller when CORS_ORIGINS is unset", async () => {
    const pre = await preflight(t, ADMIN);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const res = await t.query("{ __typename }", {}, { headers: { origin: ADMIN } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
