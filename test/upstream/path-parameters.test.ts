import { describe, expect, it } from "vitest";
import { InvalidPathParameter, MAX_PATH_PARAMETER_LENGTH } from "../../src/upstream/index.js";
import { oas } from "../support/oas.js";
import { sharedUpstreamEmulator } from "./support.js";

// Issue 16, item 2: a path parameter that is, or decodes to, a "." or ".." segment would address
// another resource once a server or proxy normalizes the path (`DELETE /users/V/authentication-methods/..`
// is `DELETE /users/V`); a 900 KB id would be forwarded. The one place paths are built refuses both
// before any call. Every path-building operation of the contract is tried, not a hand-picked list.

const upstream = sharedUpstreamEmulator({ users: 5, seed: 2, client: {}, resetStats: false, cleanLogs: false });

const BAD_VALUES = [
  ".",
  "..",
  "%2e%2e",
  "%2E%2e",
  "%2e",
  "%252e%252e",
  "a/../b",
  "..\\x",
  "x".repeat(MAX_PATH_PARAMETER_LENGTH + 1),
  "x".repeat(900_000),
];

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every operation of the contract whose route has path parameters, with those parameters. */
const pathOperations = Object.entries(oas.paths).flatMap(([route, item]) => {
  const parameters = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  if (parameters.length === 0) return [];
  return METHODS.filter((method) => item[method] !== undefined).map((method) => ({ route, method, parameters }));
});

type AnyRequest = (method: string, route: string, input: object) => Promise<unknown>;

describe("path parameters", () => {
  it("the contract has path-building operations to try", () => {
    expect(pathOperations.length).toBeGreaterThan(30);
    expect(pathOperations).toContainEqual({
      route: "/users/{id}/authentication-methods/{authentication_method_id}",
      method: "delete",
      parameters: ["id", "authentication_method_id"],
    });
  });

  it(
    "refuses a dot segment (however encoded) or an over-long value in every parameter of every operation, " + "before any request",
    async () => {
      const before = upstream.emulator.requests().length;
      const request = upstream.client.request.bind(upstream.client) as unknown as AnyRequest;
      let tried = 0;
      for (const { route, method, parameters } of pathOperations) {
        for (const bad of parameters) {
          for (const value of BAD_VALUES) {
            const path = Object.fromEntries(parameters.map((name) => [name, name === bad ? value : "auth0|valid"]));
            const error = await request(method, route, { path, body: {} }).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, `${method} ${route} with ${bad}=${value.slice(0, 20)}`).toBeInstanceOf(InvalidPathParameter);
            expect(error).toMatchObject({ parameter: bad, statusCode: 400, errorCode: "invalid_uri", kind: "invalid", route });
            expect((error as Error).message.length).toBeLessThan(300);
            tried += 1;
          }
        }
      }
      expect(tried).toBeGreaterThan(pathOperations.length * BAD_VALUES.length - 1);
      // Not one request reached the emulator, not even for a token.
      expect(upstream.emulator.requests().length).toBe(before);
    },
  );

  it("sends ids that merely contain dots, and the longest allowed id", async () => {
    for (const id of ["auth0|first.last", "...", ".hidden", "a..b", "x".repeat(MAX_PATH_PARAMETER_LENGTH)]) {
      const error = await upstream.client.getUser(id).catch((e: unknown) => e);
      expect(error, id).toMatchObject({ statusCode: 404, kind: "http" });
    }
    const sent = upstream.emulator.requests().filter((r) => r.url.startsWith("/api/v2/users/"));
    expect(sent.map((r) => r.url)).toContain("/api/v2/users/auth0%7Cfirst.last");
    expect(sent.map((r) => r.url)).toContain("/api/v2/users/...");
  });
});
