import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LOGGED_OPERATION_NAME } from "../../src/ops/operation-telemetry.js";
import { clientSchema } from "../../src/schema/index.js";
import { type MainProcess, startMain } from "./support.js";

// Every secret-bearing argument of the graph (found in the schema, not listed by hand), sent every
// wrong way a caller can send it — wrongly typed variables and inline literals, beside a mistake
// elsewhere, inside malformed JSON bodies, valid — to a real gateway process at LOG_LEVEL debug and
// info: not one planted secret may appear in anything the process writes (stdout and stderr) or in
// an answer.

/** Input fields that carry a secret (a password, an ID token, a TOTP secret, a code…). */
const SECRET_FIELD = /password|secret|linkWith|token|recovery|code$/i;
/** Metadata a caller attaches to a session or refresh token (`refreshTokenMetadata`): free-form, and readable back, not a secret. */
const NOT_SECRET_FIELD = /Metadata$/;

interface SecretArgument {
  mutation: string;
  /** The argument holding the secret, its type, and the input field path below it. */
  arg: GraphQLArgument;
  path: string[];
}

function secretPaths(type: GraphQLInputType, depth = 0): string[][] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    SECRET_FIELD.test(field.name) && !NOT_SECRET_FIELD.test(field.name)
      ? [[field.name]]
      : secretPaths(field.type, depth + 1).map((rest) => [field.name, ...rest]),
  );
}

const SECRET_ARGUMENTS: SecretArgument[] = Object.values(clientSchema.getMutationType()!.getFields()).flatMap((mutation) =>
  mutation.args.flatMap((arg) => secretPaths(arg.type).map((path) => ({ mutation: mutation.name, arg, path }))),
);

/** A secret made of base32 letters (it passes a TOTP secret's format check), unique per use. */
let planted = 0;
function secret(): string {
  planted += 1;
  return `PLANTEDSECRET${planted.toString(32).toUpperCase().replace(/[018]/g, "Q").replace(/9/g, "R")}X`;
}
const PLANTED_NUMBER = 987654321987;
const PLANTED = /PLANTEDSECRET|987654321987/;

/** `value` at `path` under the argument, wrapped in lists where the types are lists. */
function nest(type: GraphQLInputType, path: string[], value: unknown): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [nest(inner.ofType, path, value)];
  if (path.length === 0) return value;
  const named = getNamedType(type);
  const field = isInputObjectType(named) ? named.getFields()[path[0]!]! : undefined;
  return { [path[0]!]: field ? nest(field.type, path.slice(1), value) : value };
}

/** A GraphQL literal of a JSON-like value (`{a: "x"}`, `["x"]`). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

/** The other required arguments, as literals (ids and strings). */
function otherArgs(s: SecretArgument): string {
  const field = clientSchema.getMutationType()!.getFields()[s.mutation]!;
  return field.args
    .filter((a) => a.name !== s.arg.name && isNonNullType(a.type) && isScalarType(getNamedType(a.type)))
    .map((a) => `${a.name}: "auth0|nobody"`)
    .join(", ");
}

/** The wrong shapes a secret is sent in, each carrying a fresh planted secret. */
const WRONG_SHAPES: (() => unknown)[] = [
  () => ({ pw: secret() }),
  () => [secret()],
  () => ({ a: { b: [secret()] } }),
  () => PLANTED_NUMBER,
];

function requestsFor(s: SecretArgument, userId: string): unknown[] {
  const others = otherArgs(s).replace(/"auth0\|nobody"/g, JSON.stringify(userId));
  const sep = others ? ", " : "";
  const viaVariable = (value: unknown) => ({
    query: `mutation Planted($v: ${s.arg.type.toString()}) { ${s.mutation}(${others}${sep}${s.arg.name}: $v) { __typename } }`,
    variables: { v: value },
  });
  const inline = (value: unknown) => ({
    query: `mutation { ${s.mutation}(${others}${sep}${s.arg.name}: ${literal(value)}) { __typename } }`,
  });
  const withMistake = (value: unknown) => {
    const nested = nest(s.arg.type, s.path, value) as Record<string, unknown> | Record<string, unknown>[];
    const add = (o: Record<string, unknown>) => ({ ...o, notAField: 1 });
    return Array.isArray(nested) ? nested.map(add) : add(nested);
  };
  return [
    ...WRONG_SHAPES.map((shape) => viaVariable(nest(s.arg.type, s.path, shape()))),
    ...WRONG_SHAPES.map((shape) => inline(nest(s.arg.type, s.path, shape()))),
    // The right type, beside a mistake elsewhere in the same input.
    viaVariable(withMistake(secret())),
    inline(withMistake(secret())),
    // The right type in an operation that fails as a whole (an unknown field).
    { query: `mutation { ${s.mutation}(${others}${sep}${s.arg.name}: ${literal(nest(s.arg.type, s.path, secret()))}) { notAField } }` },
  ];
}

/** Bodies that are not JSON (or not GraphQL parameters), each quoting a secret. */
function malformedBodies(): string[] {
  const pw = secret();
  const full = JSON.stringify({
    query:
      `mutation { createUser(input: {connection: "Username-Password-Authentication", email: ` +
      `"x@example.com", password: "${pw}"}) { __typename } }`,
    variables: { input: { password: secret() } },
  });
  return [
    full.slice(0, -5), // truncated
    `${full} trailing ${secret()}`,
    `{"query": "{ __typename }", "variables": "{\\"password\\": \\"${secret()}"}`,
    `{"query": "{ __typename }", "variables": ["${secret()}"]}`,
    `{"query": {"password": "${secret()}"}}`,
    `password=${secret()}`,
  ];
}

describe.each(["debug", "info"])("a gateway process at LOG_LEVEL=%s", (level) => {
  let main: MainProcess;
  let userId: string;
  const answers: string[] = [];

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${main.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${main.devToken}`, ...headers },
      body,
    });
    const text = await response.text();
    answers.push(text);
    return { status: response.status, text };
  }

  beforeAll(async () => {
    main = await startMain({ LOG_LEVEL: level });
    const users = await post(JSON.stringify({ query: "{ users(first: 1) { nodes { id } } }" }));
    userId = JSON.parse(users.text).data.users.nodes[0].id;
  }, 120_000);
  afterAll(() => main?.kill());

  it("finds the secret-bearing arguments in the schema (password, linkWith, totpSecret at least)", () => {
    const fields = new Set(SECRET_ARGUMENTS.map((s) => s.path.at(-1)));
    expect([...fields]).toEqual(expect.arrayContaining(["password", "linkWith", "totpSecret"]));
    expect(new Set(SECRET_ARGUMENTS.map((s) => s.mutation)).size).toBeGreaterThanOrEqual(4);
  });

  it("writes no planted secret, whatever way it is sent, and caps caller-chosen strings", async () => {
    for (const s of SECRET_ARGUMENTS) {
      for (const request of requestsFor(s, userId)) {
        const res = await post(JSON.stringify(request));
        // Every one of them is refused with a clear error, never a 500.
        expect(res.status, `${s.mutation} ${res.text}`).toBeLessThan(500);
        expect(JSON.parse(res.text).errors?.length, `${s.mutation} ${res.text}`).toBeGreaterThan(0);
      }
    }
    for (const body of malformedBodies()) {
      const res = await post(body);
      expect(res.status, res.text).toBe(400);
    }
    // Sent right: a created user's password, a linkWith that Auth0 refuses, a TOTP secret.
    const valid = [
      {
        query: `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { code } } }`,
        variables: {
          i: { connection: "Username-Password-Authentication", email: `planted-${level}@example.com`, password: `Aa1!${secret()}` },
        },
      },
      {
        query: `mutation($id: ID!, $i: LinkUserIdentityInput!) { linkUserIdentity(id: $id, input: $i) { userErrors { code } } }`,
        variables: { id: userId, i: { linkWith: `eyJ${secret()}.eyJ${secret()}.${secret()}` } },
      },
      {
        query:
          `mutation($id: ID!, $i: CreateUserAuthenticationMethodInput!) { ` +
          `createUserAuthenticationMethod(id: $id, input: $i) { userErrors { code } } }`,
        variables: { id: userId, i: { type: "TOTP", name: "app", totpSecret: secret() } },
      },
    ];
    for (const request of valid) expect((await post(JSON.stringify(request))).status).toBe(200);
    // A 300 KB operation name (with a secret past the cap) is cut in the log line.
    const huge = `${"N".repeat(300_000)}${secret()}`;
    await post(JSON.stringify({ query: `query ${huge} { __typename }`, operationName: huge }), { "x-request-id": `huge-${level}` });
    await main.waitForOutput(new RegExp(`"requestId":"huge-${level}"`));
    // The last line written before the scan: every operation above was logged by then.
    await post(JSON.stringify({ query: "query LastOne { __typename }" }), { "x-request-id": `last-${level}` });
    await main.waitForOutput(new RegExp(`"requestId":"last-${level}"`));

    const written = `${main.stdout()}\n${main.stderr()}`;
    expect(
      written.match(PLANTED)?.[0],
      written.slice(Math.max(0, written.search(PLANTED) - 600), written.search(PLANTED) + 200),
    ).toBeUndefined();
    expect(answers.join("\n")).not.toMatch(PLANTED);
    const lines = main
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    const hugeLine = JSON.parse(lines.find((line) => line.includes(`"huge-${level}"`))!);
    expect(hugeLine.operationName.length).toBeLessThanOrEqual(MAX_LOGGED_OPERATION_NAME + 1);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(8_000);
    // The errors are logged, just not the secrets.
    if (level === "info") expect(lines.some((line) => line.includes('"level":"error"'))).toBe(true);
  }, 240_000);
});
