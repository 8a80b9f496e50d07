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

describe("tracing settings (the standard OTEL_* variables)", () => {
  const API_KEY = "otlp-api-key-never-shown";

  it("are off by default, export protobuf once an endpoint is set, and name the service usergraph", () => {
    expect(loadConfig({}).tracing).toMatchObject({ enabled: false, protocol: "http/protobuf", serviceName: "usergraph" });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318/" }).tracing).toMatchObject({
      enabled: true,
      tracesUrl: "http://127.0.0.1:4318/v1/traces",
      protocol: "http/protobuf",
      headers: {},
      resourceAttributes: {},
    });
  });

  it("let the traces-specific endpoint, protocol and headers win over the general ones", () => {
    const { tracing } = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318",
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:9999/custom/traces",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf",
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/json",
      OTEL_EXPORTER_OTLP_HEADERS: `X-Api-Key=${API_KEY},x-tenant=general`,
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: "x-tenant=traces%20only",
    });
    expect(tracing).toMatchObject({
      tracesUrl: "http://127.0.0.1:9999/custom/traces",
      protocol: "http/json",
      headers: { "x-api-key": API_KEY, "x-tenant": "traces only" },
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" }).tracing.protocol).toBe("http/json");
  });

  it("read OTEL_RESOURCE_ATTRIBUTES (percent-decoded); OTEL_SERVICE_NAME wins over its service.name", () => {
    const attributes = "service.name=from-attributes,deployment.environment.name=prod,team=id%2Caccess";
    expect(loadConfig({ OTEL_RESOURCE_ATTRIBUTES: attributes }).tracing).toMatchObject({
      serviceName: "from-attributes",
      resourceAttributes: { "deployment.environment.name": "prod", team: "id,access" },
    });
    expect(loadConfig({ OTEL_RESOURCE_ATTRIBUTES: attributes, OTEL_SERVICE_NAME: "named" }).tracing.serviceName).toBe("named");
  });

  it("refuse a protocol the gateway cannot speak and malformed lists, never quoting a header's value", () => {
    expect(problemsOf({ OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toEqual(["OTEL_EXPORTER_OTLP_PROTOCOL"]);
    expect(problemsOf({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/xml" })).toEqual(["OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"]);
    expect(problemsOf({ OTEL_RESOURCE_ATTRIBUTES: "=nameless" })).toEqual(["OTEL_RESOURCE_ATTRIBUTES"]);
    for (const bad of [`x-api-key=${API_KEY}%zz`, `no equals ${API_KEY}`, `bad name=${API_KEY}`]) {
      for (const name of ["OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"]) {
        let message = "";
        try {
          loadConfig({ [name]: bad });
        } catch (error) {
          message = (error as ConfigError).message;
        }
        expect(message).toContain(name);
        expect(message).not.toContain(API_KEY);
      }
    }
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
