import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configVariables, loadConfig } from "../../src/config.js";
import { envExample } from "../../src/ops/env-example.js";

const TENANT = { AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_CLIENT_ID: "cid", AUTH0_CLIENT_SECRET: "shh-it-is-secret" };
const EMULATOR = { origin: "http://127.0.0.1:4010", clientId: "dev-client", clientSecret: "dev-secret" };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => p.variable);
  }
  throw new Error("expected a ConfigError");
}

describe("callers' token verification settings", () => {
  it("are required with a tenant, and the JWKS URL follows the issuer", () => {
    expect(problemsOf(TENANT)).toEqual(["AUTH_ISSUER", "AUTH_AUDIENCE"]);
    const config = loadConfig({ ...TENANT, AUTH_ISSUER: "https://login.acme.example/", AUTH_AUDIENCE: "https://api.acme.example/users" });
    expect(config.mode).toBe("tenant");
    expect(config.auth).toEqual({
      issuer: "https://login.acme.example/",
      audience: "https://api.acme.example/users",
      jwksUrl: "https://login.acme.example/.well-known/jwks.json",
    });
    expect(
      loadConfig({
        ...TENANT,
        AUTH_ISSUER: "https://login.acme.example",
        AUTH_AUDIENCE: "x",
        AUTH_JWKS_URL: "https://keys.acme.example/jwks",
      }).auth,
    ).toMatchObject({ issuer: "https://login.acme.example", jwksUrl: "https://keys.acme.example/jwks" });
  });

  it("rejects an issuer or JWKS URL that is not http(s)", () => {
    expect(problemsOf({ ...TENANT, AUTH_ISSUER: "acme", AUTH_AUDIENCE: "x", AUTH_JWKS_URL: "ftp://keys/jwks" })).toEqual(
      expect.arrayContaining(["AUTH_ISSUER", "AUTH_JWKS_URL"]),
    );
  });

  it("default to the emulator in embedded mode, once it runs, with its dev credentials upstream", () => {
    const before = loadConfig({});
    expect(before.mode).toBe("embedded");
    expect(before.auth).toBeUndefined();
    expect(before.upstream).toBeUndefined();

    const config = loadConfig({ AUTH0_MANAGEMENT_TOKEN: undefined as unknown as string }, { emulator: EMULATOR });
    expect(config.mode).toBe("embedded");
    expect(config.auth).toEqual({
      issuer: "http://127.0.0.1:4010/",
      audience: "usergraph",
      jwksUrl: "http://127.0.0.1:4010/.well-known/jwks.json",
    });
    expect(config.upstream).toMatchObject({
      origin: EMULATOR.origin,
      credentials: { kind: "client-credentials", clientId: "dev-client", clientSecret: "dev-secret" },
    });
    expect(loadConfig({ AUTH_AUDIENCE: "my-api" }, { emulator: EMULATOR }).auth?.audience).toBe("my-api");
  });
});

describe("operations settings", () => {
  it("have defaults and read overrides", () => {
    expect(loadConfig({})).toMatchObject({
      emulator: { port: 4010, users: 200, seed: 1, latencyMs: 0 },
      graphiql: true,
      shutdownTimeoutMs: 10_000,
    });
    expect(
      loadConfig({
        EMULATOR_PORT: "0",
        EMULATOR_USERS: "20",
        EMULATOR_SEED: "9",
        EMULATOR_LATENCY_MS: "25",
        GRAPHIQL: "false",
        SHUTDOWN_TIMEOUT_MS: "500",
      }),
    ).toMatchObject({ emulator: { port: 0, users: 20, seed: 9, latencyMs: 25 }, graphiql: false, shutdownTimeoutMs: 500 });
    expect(problemsOf({ EMULATOR_PORT: "70000", GRAPHIQL: "maybe", SHUTDOWN_TIMEOUT_MS: "-1" })).toEqual([
      "EMULATOR_PORT",
      "GRAPHIQL",
      "SHUTDOWN_TIMEOUT_MS",
    ]);
  });
});

describe(".env.example", () => {
  it("is generated from the variables the configuration reads, each commented out with its default", () => {
    const text = readFileSync(resolve(import.meta.dirname, "../../.env.example"), "utf8");
    expect(text, "stale: run `npx tsx src/ops/env-example.ts > .env.example`").toBe(envExample());
    for (const variable of configVariables) {
      const literal = variable.default !== undefined && !variable.default.includes("<");
      expect(text).toContain(`# ${variable.name}=${literal ? variable.default : ""}\n`);
    }
  });
});
