import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { startTestGateway, type GraphQLResponse, type TestGateway } from "./gateway.js";

/**
 * The gateway a mutation test file runs against: started before the file's tests, the faults a test
 * injected into its emulator cleared after each test, closed after the file. Call it at the top of the
 * file; the gateway it answers is usable from tests and hooks (it is not started before them).
 */
export function mutationTestGateway(emulator: EmulatorOptions = { users: 50, seed: 3 }): TestGateway {
  let started: TestGateway | undefined;
  beforeAll(async () => {
    started = await startTestGateway({ emulator });
  });
  afterEach(() => started?.emulator.faults.clear());
  afterAll(() => started?.close());
  return new Proxy({} as TestGateway, {
    get(_target, key) {
      if (!started) throw new Error("the test gateway is used before it started: use it inside tests and hooks");
      const value: unknown = Reflect.get(started, key);
      return typeof value === "function" ? value.bind(started) : value;
    },
  });
}

/** The payload of mutation `name`, asserting the operation had no top-level errors (typed by a typed document's result). */
export function payloadOf<T, K extends keyof T & string>(res: GraphQLResponse<T>, name: K): T[K] {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![name];
}

/** What every mutation payload carries, for the helpers below to read whatever the document. */
interface UserErrorsPayload {
  userErrors: { field: string[] | null; message: string; code: string }[];
  user?: unknown;
}

/** A mutation document, typed (from `graphql()`) or a plain string. */
type Mutation<T, V> = string | TypedDocumentNode<T, V>;

/** Runs a mutation and returns its payload after asserting it answered exactly one userError with `code` at `field`. */
export async function expectUserError<
  T = Record<string, unknown>,
  V = Record<string, unknown>,
  K extends keyof T & string = keyof T & string,
>(
  t: TestGateway,
  query: Mutation<T, V>,
  variables: V,
  name: K,
  expected: { code: string; field: string[] | null },
): Promise<NonNullable<T[K]> & UserErrorsPayload> {
  const payload = payloadOf(await t.query(query, variables), name) as NonNullable<T[K]> & UserErrorsPayload;
  expect(payload.userErrors).toHaveLength(1);
  expect(payload.userErrors[0]).toMatchObject(expected);
  expect(typeof payload.userErrors[0]!.message).toBe("string");
  return payload;
}

/** Asserts a mutation answers INVALID_INPUT at `field` and sends nothing upstream. */
export async function expectInvalid<
  T = Record<string, unknown>,
  V = Record<string, unknown>,
  K extends keyof T & string = keyof T & string,
>(t: TestGateway, query: Mutation<T, V>, variables: V, name: K, field: string[]): Promise<void> {
  t.resetCalls();
  const payload = await expectUserError(t, query, variables, name, { code: "INVALID_INPUT", field });
  expect(payload.user ?? null).toBeNull();
  expect(t.upstreamCalls()).toEqual({});
}

/** Asserts a mutation is FORBIDDEN for a caller holding only `scope`, with no upstream call. */
export async function expectForbidden<
  T = Record<string, unknown>,
  V = Record<string, unknown>,
  K extends keyof T & string = keyof T & string,
>(t: TestGateway, query: Mutation<T, V>, variables: V, name: K, scope: string): Promise<void> {
  t.resetCalls();
  const res = await t.query(query, variables, { scope });
  expect(res.body.data?.[name]).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0]).toMatchObject({ path: [name], extensions: { code: "FORBIDDEN" } });
  expect(t.upstreamCalls()).toEqual({});
}

/** Makes the emulator refuse the next `method route` with a 400 Auth0 error body. */
export function rejectNext(t: TestGateway, method: string, route: string): void {
  t.emulator.faults.add({
    method,
    route,
    count: 1,
    action: {
      status: 400,
      body: { statusCode: 400, error: "Bad Request", message: "Payload validation error: 'Invalid request'.", errorCode: "invalid_body" },
    },
  });
}

/** Asserts a mutation answers UPSTREAM_REJECTED, with Auth0's message, when Auth0 refuses it with a 400. */
export async function expectUpstreamRejected<
  T = Record<string, unknown>,
  V = Record<string, unknown>,
  K extends keyof T & string = keyof T & string,
>(t: TestGateway, query: Mutation<T, V>, variables: V, name: K, upstream: { method: string; route: string }): Promise<void> {
  rejectNext(t, upstream.method, upstream.route);
  const payload = await expectUserError(t, query, variables, name, { code: "UPSTREAM_REJECTED", field: null });
  expect(payload.userErrors[0]!.message).toContain("Payload validation error");
}

/** Ids of the emulator's users, in a stable order, for tests to take distinct ones from. */
export function userIds(t: TestGateway, filter: (id: string) => boolean = () => true): string[] {
  const ids = [...t.emulator.state.users.keys()].filter(filter).sort();
  expect(ids.length).toBeGreaterThan(0);
  return ids;
}

export const UNKNOWN_USER = "auth0|000000000000000000000000";
