import { describe, expect, it } from "vitest";
import { ConfigError, configVariables, defaultSecurityConfig, loadConfig } from "../../src/config.js";

// The callers' limits and exposure settings: their defaults, their overrides, and clear errors.

const problemsOf = (env: Record<string, string | undefined>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("security configuration", () => {
  it(
    "defaults: depth 12, 30 aliases, 1000 tokens, 50 directives, 1 MiB bodies, no CORS origin, " + "introspection on, no trusted documents",
    () => {
      expect(loadConfig({}).security).toEqual({
        maxDepth: 12,
        maxAliases: 30,
        maxTokens: 1000,
        maxDirectives: 50,
        maxBodyBytes: 1_048_576,
        corsOrigins: [],
        introspection: true,
      });
      expect(defaultSecurityConfig()).toEqual(loadConfig({}).security);
    },
  );

  it("turns introspection off in production unless INTROSPECTION says otherwise", () => {
    expect(loadConfig({ NODE_ENV: "production" }).security.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "true" }).security.introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: "FALSE" }).security.introspection).toBe(false);
    expect(defaultSecurityConfig("production").introspection).toBe(false);
  });

  it("reads the limits, the CORS origins and the trusted documents' path", () => {
    const security = loadConfig({
      MAX_DEPTH: "8",
      MAX_ALIASES: "5",
      MAX_TOKENS: "500",
      MAX_DIRECTIVES: "10",
      MAX_BODY_BYTES: "65536",
      CORS_ORIGINS: "https://admin.example.com, http://127.0.0.1:3000/",
      TRUSTED_DOCUMENTS: "dist/persisted-documents.json",
    }).security;
    expect(security).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxTokens: 500,
      maxDirectives: 10,
      maxBodyBytes: 65_536,
      corsOrigins: ["https://admin.example.com", "http://127.0.0.1:3000"],
      introspection: true,
      trustedDocuments: "dist/persisted-documents.json",
    });
    expect(loadConfig({ CORS_ORIGINS: "*" }).security.corsOrigins).toEqual(["*"]);
  });

  it.each([
    { env: { MAX_DEPTH: "0" }, variable: "MAX_DEPTH" },
    { env: { MAX_ALIASES: "many" }, variable: "MAX_ALIASES" },
    { env: { MAX_BODY_BYTES: "-1" }, variable: "MAX_BODY_BYTES" },
    { env: { INTROSPECTION: "yes" }, variable: "INTROSPECTION" },
    { env: { CORS_ORIGINS: "admin.example.com" }, variable: "CORS_ORIGINS" },
    { env: { CORS_ORIGINS: "https://admin.example.com/app" }, variable: "CORS_ORIGINS" },
  ])("refuses $env with a problem on $variable", ({ env, variable }) => {
    const problems = problemsOf(env);
    expect(problems.map((p) => p.variable)).toEqual([variable]);
  });

  it("documents every variable it reads", () => {
    const documented = new Set<string>(configVariables.map((v) => v.name));
    for (const name of [
      "MAX_DEPTH",
      "MAX_ALIASES",
      "MAX_TOKENS",
      "MAX_DIRECTIVES",
      "MAX_BODY_BYTES",
      "CORS_ORIGINS",
      "INTROSPECTION",
      "TRUSTED_DOCUMENTS",
    ]) {
      expect(documented.has(name), name).toBe(true);
    }
  });
});
