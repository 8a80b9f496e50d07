import { describe, expect, it } from "vitest";
import { ConfigError, configVariables, loadConfig } from "../src/config.js";

const SECRET = "very-secret-client-secret";
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
/** With a tenant, callers' token issuer and audience are required too. */
const CALLERS = { AUTH_ISSUER: "https://acme.eu.auth0.com/", AUTH_AUDIENCE: "https://usergraph.example/" };

function problemsOf(env: Record<string, string | undefined>): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("runs embedded with defaults when AUTH0_DOMAIN is unset", () => {
    const config = loadConfig({});
    // Each section's defaults are checked beside it (test/ops/config.test.ts, …).
    expect(config).toMatchObject({
      mode: "embedded",
      server: { host: "127.0.0.1", port: 4000 },
      logLevel: "info",
      nodeEnv: "development",
    });
    expect(config.upstream).toBeUndefined();
    expect(config.auth).toBeUndefined();
  });

  it("turns a tenant host into an https origin with the Management API, token URL and audience under it", () => {
    const config = loadConfig({ AUTH0_DOMAIN: "acme.eu.auth0.com", AUTH0_CLIENT_ID: "cid", AUTH0_CLIENT_SECRET: SECRET, ...CALLERS });
    expect(config.mode).toBe("tenant");
    expect(config.upstream).toMatchObject({
      origin: "https://acme.eu.auth0.com",
      apiBaseUrl: "https://acme.eu.auth0.com/api/v2",
      tokenUrl: "https://acme.eu.auth0.com/oauth/token",
      audience: "https://acme.eu.auth0.com/api/v2/",
      credentials: { kind: "client-credentials", clientId: "cid", clientSecret: SECRET },
    });
  });

  it("keeps a full origin (http allowed, trailing slash dropped) and an explicit audience", () => {
    const config = loadConfig({
      AUTH0_DOMAIN: "http://127.0.0.1:4010/",
      AUTH0_AUDIENCE: "https://custom.example/api/v2/",
      AUTH0_MANAGEMENT_TOKEN: TOKEN,
      ...CALLERS,
    });
    expect(config.upstream).toMatchObject({
      origin: "http://127.0.0.1:4010",
      apiBaseUrl: "http://127.0.0.1:4010/api/v2",
      tokenUrl: "http://127.0.0.1:4010/oauth/token",
      audience: "https://custom.example/api/v2/",
      credentials: { kind: "static-token", token: TOKEN },
    });
  });

  it("has a sensible default for every knob and reads overrides", () => {
    const base = { AUTH0_DOMAIN: "acme.auth0.com", AUTH0_MANAGEMENT_TOKEN: TOKEN, ...CALLERS };
    const defaults = loadConfig(base).upstream!;
    expect(defaults).toMatchObject({
      connectTimeoutMs: 5000,
      headersTimeoutMs: 15000,
      bodyTimeoutMs: 15000,
      deadlineMs: 30000,
      maxConnections: 128,
      maxRetries: 3,
      retryBaseDelayMs: 200,
      retryMaxDelayMs: 5000,
      rateLimitMaxWaitMs: 10000,
      tokenRefreshLeewayMs: 60000,
    });
    expect(defaults.maxConcurrency).toBeUndefined();
    expect(defaults.redisUrl).toBeUndefined();
    const tuned = loadConfig({
      ...base,
      HOST: "0.0.0.0",
      PORT: "8080",
      LOG_LEVEL: "debug",
      NODE_ENV: "production",
      AUTH0_TIMEOUT_MS: "5000",
      AUTH0_MAX_CONCURRENCY: "4",
      AUTH0_MAX_RETRIES: "0",
    });
    expect(tuned).toMatchObject({ server: { host: "0.0.0.0", port: 8080 }, logLevel: "debug", nodeEnv: "production" });
    expect(tuned.upstream).toMatchObject({ deadlineMs: 5000, maxConcurrency: 4, maxRetries: 0 });
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ AUTH0_DOMAIN: "", PORT: "", AUTH0_CLIENT_ID: "" })).toMatchObject({ mode: "embedded", server: { port: 4000 } });
  });

  it("lists every problem at once, one line per variable, naming what is expected", () => {
    const env = {
      AUTH0_DOMAIN: "ftp://acme.auth0.com/path",
      PORT: "99999",
      LOG_LEVEL: "loud",
      AUTH0_MAX_RETRIES: "many",
      AUTH0_CLIENT_ID: "cid",
      ...CALLERS,
    };
    const problems = problemsOf(env);
    expect(problems.map((p) => p.variable).sort()).toEqual(
      ["AUTH0_CLIENT_SECRET", "AUTH0_DOMAIN", "AUTH0_MAX_RETRIES", "LOG_LEVEL", "PORT"].sort(),
    );
    let message = "";
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n");
    expect(lines[0]).toBe("Invalid configuration:");
    expect(lines).toHaveLength(1 + problems.length);
    expect(message).toMatch(/PORT: "99999" is invalid; expected an integer from 0 to 65535/);
    expect(message).toMatch(/AUTH0_DOMAIN: .*expected a tenant host/);
    expect(message).toMatch(/LOG_LEVEL: .*expected one of fatal, error, warn, info, debug, trace, silent/);
    expect(message).toMatch(/AUTH0_CLIENT_SECRET: missing/);
  });

  it("requires credentials with a domain, and not both kinds", () => {
    expect(
      problemsOf({ AUTH0_DOMAIN: "acme.auth0.com", ...CALLERS })
        .map((p) => p.variable)
        .sort(),
    ).toEqual(["AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET"]);
    expect(
      problemsOf({
        AUTH0_DOMAIN: "acme.auth0.com",
        AUTH0_CLIENT_ID: "c",
        AUTH0_CLIENT_SECRET: SECRET,
        AUTH0_MANAGEMENT_TOKEN: TOKEN,
        ...CALLERS,
      }),
    ).toEqual([{ variable: "AUTH0_MANAGEMENT_TOKEN", message: expect.stringContaining("not both") }]);
    expect(problemsOf({ AUTH0_CLIENT_SECRET: SECRET })).toEqual([
      { variable: "AUTH0_CLIENT_SECRET", message: expect.stringContaining("AUTH0_DOMAIN is not") },
    ]);
  });

  it("never echoes a secret value", () => {
    for (const env of [
      { AUTH0_DOMAIN: "acme.auth0.com", AUTH0_CLIENT_SECRET: SECRET },
      { AUTH0_CLIENT_SECRET: SECRET, AUTH0_MANAGEMENT_TOKEN: TOKEN },
      { AUTH0_DOMAIN: "acme.auth0.com", AUTH0_CLIENT_ID: "c", AUTH0_CLIENT_SECRET: SECRET, AUTH0_MANAGEMENT_TOKEN: TOKEN },
    ]) {
      let message = "";
      try {
        loadConfig(env);
      } catch (error) {
        message = `${(error as Error).message} ${JSON.stringify(error)}`;
      }
      expect(message).toContain("Invalid configuration");
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain(TOKEN);
    }
  });

  it("reads REDIS_URL (redis:// or rediss://, a password allowed) and never echoes it", () => {
    const base = { AUTH0_DOMAIN: "acme.auth0.com", AUTH0_MANAGEMENT_TOKEN: TOKEN, ...CALLERS };
    expect(loadConfig({ ...base, REDIS_URL: "redis://127.0.0.1:6379" }).upstream!.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(loadConfig({ ...base, REDIS_URL: "rediss://:s3cret@cache.internal:6380/2" }).upstream!.redisUrl).toBe(
      "rediss://:s3cret@cache.internal:6380/2",
    );
    for (const bad of ["http://127.0.0.1:6379", "redis://", "127.0.0.1:6379", "redis://:hunter2@h:6379/db/x"]) {
      const problems = problemsOf({ ...base, REDIS_URL: bad });
      expect(problems.map((p) => p.variable)).toEqual(["REDIS_URL"]);
      expect(problems[0]!.message).not.toContain("hunter2");
    }
  });

  it("rejects a retry base delay above the maximum", () => {
    expect(
      problemsOf({ AUTH0_DOMAIN: "acme.auth0.com", AUTH0_MANAGEMENT_TOKEN: TOKEN, AUTH0_RETRY_BASE_DELAY_MS: "9000", ...CALLERS }).map(
        (p) => p.variable,
      ),
    ).toEqual(["AUTH0_RETRY_BASE_DELAY_MS"]);
  });

  it("documents every variable it reads, with the defaults it applies", () => {
    const names = configVariables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const variable of configVariables) expect(variable.description.length).toBeGreaterThan(0);
    const upstream = loadConfig({ AUTH0_DOMAIN: "acme.auth0.com", AUTH0_MANAGEMENT_TOKEN: TOKEN, ...CALLERS }).upstream!;
    const numericDefaults = Object.fromEntries(
      configVariables.filter((v) => v.default && /^\d+$/.test(v.default)).map((v) => [v.name, Number(v.default)]),
    );
    expect(numericDefaults).toMatchObject({
      PORT: 4000,
      AUTH0_TIMEOUT_MS: upstream.deadlineMs,
      AUTH0_MAX_CONNECTIONS: upstream.maxConnections,
      AUTH0_MAX_RETRIES: upstream.maxRetries,
      AUTH0_TOKEN_REFRESH_LEEWAY_MS: upstream.tokenRefreshLeewayMs,
    });
  });
});
