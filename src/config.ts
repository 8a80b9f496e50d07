import { z } from "zod";

/**
 * The one place configuration is read. `loadConfig(env)` validates every variable at once and throws
 * a `ConfigError` listing one line per missing or invalid variable; secret values are never echoed.
 *
 * Adding a section: declare its variables in `configVariables` (for the README table) and a
 * `section` function below that reads them through `read`, then add it to `Config` and `loadConfig`.
 */

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type NodeEnv = "development" | "production" | "test";

export type UpstreamCredentials =
  | { kind: "client-credentials"; clientId: string; clientSecret: string }
  | { kind: "static-token"; token: string };

export interface UpstreamConfig {
  /** e.g. "https://acme.eu.auth0.com" or "http://127.0.0.1:4010" (no trailing slash). */
  origin: string;
  /** `${origin}/api/v2` */
  apiBaseUrl: string;
  /** `${origin}/oauth/token` */
  tokenUrl: string;
  /** The Management API identifier asked for in the client-credentials grant. */
  audience: string;
  credentials: UpstreamCredentials;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  /** Bounds one client call end to end: token, pacing, every attempt and every wait between them. */
  deadlineMs: number;
  /** Sockets kept to the tenant. */
  maxConnections: number;
  /** Calls in flight to the tenant at once. */
  maxConcurrency: number;
  /** Retries of a 408/5xx/network failure (idempotent requests only); 429s are bounded by the deadline. */
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Longest wait honoured for a 429's Retry-After / x-ratelimit-reset. */
  rateLimitMaxWaitMs: number;
  /** A cached token is replaced this long before it expires (at most half its lifetime). */
  tokenRefreshLeewayMs: number;
}

/** How callers' bearer tokens are verified (src/auth/verify-token.ts). */
export interface CallerAuthConfig {
  /** The `iss` callers' tokens must carry, e.g. `https://acme.eu.auth0.com/`. */
  issuer: string;
  /** The `aud` callers' tokens must carry: the gateway's own API identifier. */
  audience: string;
  jwksUrl: string;
}

/** The emulator `src/main.ts` starts in embedded mode. */
export interface EmbeddedEmulatorConfig {
  port: number;
  users: number;
  seed: number;
  /** Added to every emulated Management API answer. */
  latencyMs: number;
}

/** The emulator's origin and dev credentials, once `src/main.ts` has started it (embedded mode). */
export interface RunningEmulatorInfo {
  origin: string;
  clientId: string;
  clientSecret: string;
}

/** What callers may send: abuse limits, browsers' origins, introspection, trusted documents (src/auth). */
export interface SecurityConfig {
  /** Deepest selection allowed (leaf fields count; Relay's edges/node are levels). */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Largest request body; larger → 413. */
  maxBodyBytes: number;
  /** Browser origins allowed to call (CORS); empty: none, ["*"]: any. */
  corsOrigins: string[];
  introspection: boolean;
  /** Path of a persisted-documents manifest (`{ "<hash>": "<document>" }`): when set, only those operations run. */
  trustedDocuments?: string;
}

export interface Config {
  /** "embedded": no AUTH0_DOMAIN, the gateway starts its own emulator; "tenant": a real (or external) tenant. */
  mode: "embedded" | "tenant";
  server: { host: string; port: number };
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  /** Undefined in embedded mode until `src/main.ts` reloads the config with the emulator's origin. */
  upstream?: UpstreamConfig;
  /** Undefined in embedded mode until `src/main.ts` reloads the config with the emulator's origin. */
  auth?: CallerAuthConfig;
  emulator: EmbeddedEmulatorConfig;
  /** GraphiQL at /graphql for browsers. */
  graphiql: boolean;
  /** On SIGTERM/SIGINT, in-flight operations get this long to finish. */
  shutdownTimeoutMs: number;
  security: SecurityConfig;
  cost: CostConfig;
}

/** The upstream-call budget of one operation (src/cost). */
export interface CostConfig {
  /** Operations estimated above this many Management API calls are refused before they run. */
  budget: number;
}

export interface ConfigVariable {
  name: string;
  /** The default as written in the environment; undefined when there is none. */
  default: string | undefined;
  description: string;
  /** Never echoed in errors or logs. */
  secret?: boolean;
}

/** Every environment variable the gateway reads (the README's configuration table is written from it). */
export const configVariables = [
  { name: "HOST", default: "127.0.0.1", description: "Interface the gateway listens on." },
  { name: "PORT", default: "4000", description: "Port the gateway listens on (0 picks a free one)." },
  { name: "LOG_LEVEL", default: "info", description: "fatal, error, warn, info, debug, trace or silent." },
  { name: "NODE_ENV", default: "development", description: "development, production or test." },
  {
    name: "AUTH0_DOMAIN",
    default: undefined,
    description:
      "Tenant host (`acme.eu.auth0.com`, served over https) or full origin (`http://127.0.0.1:4010`). Unset: run the embedded emulator.",
  },
  { name: "AUTH0_AUDIENCE", default: "<origin>/api/v2/", description: "Audience asked for in the client-credentials grant." },
  { name: "AUTH0_CLIENT_ID", default: undefined, description: "Machine-to-machine application id (with AUTH0_CLIENT_SECRET)." },
  { name: "AUTH0_CLIENT_SECRET", default: undefined, description: "Its secret.", secret: true },
  {
    name: "AUTH0_MANAGEMENT_TOKEN",
    default: undefined,
    description: "A static Management API token, instead of client credentials (never refreshed).",
    secret: true,
  },
  { name: "AUTH0_CONNECT_TIMEOUT_MS", default: "5000", description: "TCP/TLS connect timeout." },
  { name: "AUTH0_HEADERS_TIMEOUT_MS", default: "15000", description: "Longest wait for response headers." },
  { name: "AUTH0_BODY_TIMEOUT_MS", default: "15000", description: "Longest gap between response body chunks." },
  {
    name: "AUTH0_TIMEOUT_MS",
    default: "30000",
    description: "Deadline of one upstream call including token, pacing, retries and their waits.",
  },
  { name: "AUTH0_MAX_CONNECTIONS", default: "32", description: "Keep-alive sockets to the tenant." },
  { name: "AUTH0_MAX_CONCURRENCY", default: "16", description: "Upstream calls in flight at once." },
  {
    name: "AUTH0_MAX_RETRIES",
    default: "3",
    description: "Retries of a 408, 5xx or dropped connection (GET, PUT, DELETE only); 429s are retried until the deadline.",
  },
  { name: "AUTH0_RETRY_BASE_DELAY_MS", default: "200", description: "First backoff delay (doubles each retry, with jitter)." },
  { name: "AUTH0_RETRY_MAX_DELAY_MS", default: "5000", description: "Longest backoff delay." },
  {
    name: "AUTH0_RATE_LIMIT_MAX_WAIT_MS",
    default: "10000",
    description: "Longest wait honoured for a 429's Retry-After / x-ratelimit-reset.",
  },
  {
    name: "AUTH0_TOKEN_REFRESH_LEEWAY_MS",
    default: "60000",
    description: "A cached Management API token is replaced this long before it expires (at most half its lifetime).",
  },
  {
    name: "AUTH_ISSUER",
    default: "<emulator origin>/",
    description:
      "The `iss` of callers' bearer tokens, e.g. `https://acme.eu.auth0.com/` (exactly as in the tokens). Required with AUTH0_DOMAIN; embedded mode: the emulator.",
  },
  {
    name: "AUTH_AUDIENCE",
    default: "usergraph",
    description: "The `aud` of callers' bearer tokens: the gateway's own API identifier. Required with AUTH0_DOMAIN.",
  },
  { name: "AUTH_JWKS_URL", default: "<AUTH_ISSUER>.well-known/jwks.json", description: "Where the issuer's signing keys are fetched." },
  { name: "EMULATOR_PORT", default: "4010", description: "Embedded mode: port of the emulator (0 picks a free one); it listens on 127.0.0.1." },
  { name: "EMULATOR_USERS", default: "200", description: "Embedded mode: users seeded into the emulator." },
  { name: "EMULATOR_SEED", default: "1", description: "Embedded mode: seed of the emulator's demo data." },
  { name: "EMULATOR_LATENCY_MS", default: "0", description: "Embedded mode: how long every emulated Management API answer takes (ms), the emulator's own work included." },
  { name: "GRAPHIQL", default: "true", description: "Serve GraphiQL at /graphql to browsers (true or false)." },
  {
    name: "SHUTDOWN_TIMEOUT_MS",
    default: "10000",
    description: "On SIGTERM/SIGINT, how long in-flight operations get to finish before connections are closed.",
  },
  { name: "MAX_DEPTH", default: "12", description: "Deepest selection an operation may have (leaf fields count; Relay's `edges`/`node` are levels)." },
  { name: "MAX_ALIASES", default: "30", description: "Most aliases an operation may use." },
  { name: "MAX_TOKENS", default: "1000", description: "Most lexical tokens a GraphQL document may have." },
  { name: "MAX_DIRECTIVES", default: "50", description: "Most directives an operation may use." },
  { name: "MAX_BODY_BYTES", default: "1048576", description: "Largest request body in bytes; a larger one is refused with 413." },
  {
    name: "CORS_ORIGINS",
    default: undefined,
    description: "Comma-separated browser origins allowed to call the gateway (`https://admin.example.com`), or `*` for any. Unset: no cross-origin browser calls.",
  },
  {
    name: "INTROSPECTION",
    default: "true unless NODE_ENV=production",
    description: "Whether schema introspection (`__schema`, `__type`) is answered: true or false.",
  },
  {
    name: "TRUSTED_DOCUMENTS",
    default: undefined,
    description:
      "Path of a persisted-documents manifest (`{ \"sha256:…\": \"query …\" }`, as codegen's client preset writes with `persistedDocuments: true`). Set: only those operations run, by `documentId` or `extensions.persistedQuery.sha256Hash`.",
  },
  {
    name: "COST_BUDGET",
    default: "250",
    description:
      "Most Management API calls one operation may make: one estimated above it is refused with QUERY_TOO_EXPENSIVE before any call, and a call beyond it is never made (the field that needed it answers QUERY_TOO_EXPENSIVE).",
  },
] as const satisfies readonly ConfigVariable[];

export type ConfigVariableName = (typeof configVariables)[number]["name"];

export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(["Invalid configuration:", ...problems.map((p) => `  - ${p.variable}: ${p.message}`)].join("\n"));
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const variableByName = new Map<string, ConfigVariable>(configVariables.map((v) => [v.name, v]));

/** Shows a value in an error message, unless it is secret. */
function shown(name: string, value: string): string {
  return variableByName.get(name)?.secret ? "the value given" : JSON.stringify(value);
}

/** A variable's raw value: trimmed, with "" meaning unset. */
function raw(env: Env, name: ConfigVariableName): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function defaultOf(name: ConfigVariableName): string | undefined {
  return variableByName.get(name)?.default;
}

function integer(name: ConfigVariableName, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = value ?? defaultOf(name);
      if (text !== undefined && /^\d+$/.test(text)) {
        const n = Number(text);
        if (n >= min && n <= max) return n;
      }
      ctx.addIssue({
        code: "custom",
        message: `${text === undefined ? "missing" : `${shown(name, text)} is invalid`}; expected an integer from ${min} to ${max}`,
      });
      return z.NEVER;
    });
}

function oneOf<T extends string>(name: ConfigVariableName, values: readonly T[]) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? defaultOf(name) ?? "").toLowerCase();
      if ((values as readonly string[]).includes(text)) return text as T;
      ctx.addIssue({ code: "custom", message: `${shown(name, value ?? "")} is invalid; expected one of ${values.join(", ")}` });
      return z.NEVER;
    });
}

const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** `acme.eu.auth0.com` → `https://acme.eu.auth0.com`; `http://127.0.0.1:4010/` → `http://127.0.0.1:4010`. */
export function toOrigin(domain: string): string | undefined {
  if (!domain.includes("://")) return HOST_PATTERN.test(domain) ? `https://${domain.toLowerCase()}` : undefined;
  let url: URL;
  try {
    url = new URL(domain);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return undefined;
  return url.origin;
}

const origin = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const result = toOrigin(value);
    if (result) return result;
    ctx.addIssue({
      code: "custom",
      message: `${JSON.stringify(value)} is invalid; expected a tenant host such as acme.eu.auth0.com or an http(s) origin such as http://127.0.0.1:4010 (no path)`,
    });
    return z.NEVER;
  });

const audience = z
  .string()
  .optional()
  .refine((value) => value === undefined || URL.canParse(value), {
    message: "is not a URL; expected the Management API identifier, e.g. https://acme.eu.auth0.com/api/v2/",
  });

const serverSchema = z.object({
  HOST: z.string().optional().transform((value) => value ?? defaultOf("HOST")!),
  PORT: integer("PORT", 0, 65_535),
  LOG_LEVEL: oneOf<LogLevel>("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  NODE_ENV: oneOf<NodeEnv>("NODE_ENV", ["development", "production", "test"]),
});

const upstreamSchema = z.object({
  AUTH0_DOMAIN: origin,
  AUTH0_AUDIENCE: audience,
  AUTH0_CLIENT_ID: z.string().optional(),
  AUTH0_CLIENT_SECRET: z.string().optional(),
  AUTH0_MANAGEMENT_TOKEN: z.string().optional(),
  AUTH0_CONNECT_TIMEOUT_MS: integer("AUTH0_CONNECT_TIMEOUT_MS", 1, 600_000),
  AUTH0_HEADERS_TIMEOUT_MS: integer("AUTH0_HEADERS_TIMEOUT_MS", 1, 600_000),
  AUTH0_BODY_TIMEOUT_MS: integer("AUTH0_BODY_TIMEOUT_MS", 1, 600_000),
  AUTH0_TIMEOUT_MS: integer("AUTH0_TIMEOUT_MS", 1, 600_000),
  AUTH0_MAX_CONNECTIONS: integer("AUTH0_MAX_CONNECTIONS", 1, 1024),
  AUTH0_MAX_CONCURRENCY: integer("AUTH0_MAX_CONCURRENCY", 1, 1024),
  AUTH0_MAX_RETRIES: integer("AUTH0_MAX_RETRIES", 0, 10),
  AUTH0_RETRY_BASE_DELAY_MS: integer("AUTH0_RETRY_BASE_DELAY_MS", 0, 60_000),
  AUTH0_RETRY_MAX_DELAY_MS: integer("AUTH0_RETRY_MAX_DELAY_MS", 0, 600_000),
  AUTH0_RATE_LIMIT_MAX_WAIT_MS: integer("AUTH0_RATE_LIMIT_MAX_WAIT_MS", 0, 600_000),
  AUTH0_TOKEN_REFRESH_LEEWAY_MS: integer("AUTH0_TOKEN_REFRESH_LEEWAY_MS", 0, 86_400_000),
});

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const httpUrl = (example: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || isHttpUrl(value), {
      message: `is not an http(s) URL; expected e.g. ${example}`,
    });

const callerAuthSchema = z.object({
  AUTH_ISSUER: httpUrl("https://acme.eu.auth0.com/"),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_JWKS_URL: httpUrl("https://acme.eu.auth0.com/.well-known/jwks.json"),
});

const operationsSchema = z.object({
  EMULATOR_PORT: integer("EMULATOR_PORT", 0, 65_535),
  EMULATOR_USERS: integer("EMULATOR_USERS", 0, 100_000),
  EMULATOR_SEED: integer("EMULATOR_SEED", 0, 2_147_483_647),
  EMULATOR_LATENCY_MS: integer("EMULATOR_LATENCY_MS", 0, 600_000),
  GRAPHIQL: oneOf("GRAPHIQL", ["true", "false"]),
  SHUTDOWN_TIMEOUT_MS: integer("SHUTDOWN_TIMEOUT_MS", 0, 600_000),
});

const corsOrigins = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const entry of (value ?? "").split(",").map((origin) => origin.trim()).filter(Boolean)) {
      const origin = entry === "*" ? "*" : entry.includes("://") ? toOrigin(entry) : undefined;
      if (origin) origins.push(origin);
      else ctx.addIssue({ code: "custom", message: `${JSON.stringify(entry)} is not an origin; expected e.g. https://admin.example.com (scheme, host, port; no path) or *` });
    }
    return origins;
  });

const securitySchema = z.object({
  MAX_DEPTH: integer("MAX_DEPTH", 1, 1000),
  MAX_ALIASES: integer("MAX_ALIASES", 0, 10_000),
  MAX_TOKENS: integer("MAX_TOKENS", 1, 1_000_000),
  MAX_DIRECTIVES: integer("MAX_DIRECTIVES", 0, 10_000),
  MAX_BODY_BYTES: integer("MAX_BODY_BYTES", 1, 1_073_741_824),
  CORS_ORIGINS: corsOrigins,
  INTROSPECTION: z
    .string()
    .optional()
    .refine((value) => value === undefined || ["true", "false"].includes(value.toLowerCase()), { message: "is invalid; expected true or false" }),
  TRUSTED_DOCUMENTS: z.string().optional(),
});

const SECURITY_VARIABLES = [
  "MAX_DEPTH",
  "MAX_ALIASES",
  "MAX_TOKENS",
  "MAX_DIRECTIVES",
  "MAX_BODY_BYTES",
  "CORS_ORIGINS",
  "INTROSPECTION",
  "TRUSTED_DOCUMENTS",
] as const;

function toSecurity(v: z.output<typeof securitySchema>, nodeEnv: NodeEnv): SecurityConfig {
  return {
    maxDepth: v.MAX_DEPTH,
    maxAliases: v.MAX_ALIASES,
    maxTokens: v.MAX_TOKENS,
    maxDirectives: v.MAX_DIRECTIVES,
    maxBodyBytes: v.MAX_BODY_BYTES,
    corsOrigins: v.CORS_ORIGINS,
    introspection: v.INTROSPECTION === undefined ? nodeEnv !== "production" : v.INTROSPECTION.toLowerCase() === "true",
    ...(v.TRUSTED_DOCUMENTS !== undefined ? { trustedDocuments: v.TRUSTED_DOCUMENTS } : {}),
  };
}

/** The security settings of an environment that sets none of them (for gateways built without a config). */
export function defaultSecurityConfig(nodeEnv: NodeEnv = "development"): SecurityConfig {
  return toSecurity(securitySchema.parse({}), nodeEnv);
}

/** `https://acme.eu.auth0.com/` → `https://acme.eu.auth0.com/.well-known/jwks.json` */
function defaultJwksUrl(issuer: string): string {
  return new URL(".well-known/jwks.json", issuer.endsWith("/") ? issuer : `${issuer}/`).href;
}

/** The callers' token issuer is required with a tenant; the embedded emulator is the default one. */
function toCallerAuth(
  v: z.output<typeof callerAuthSchema>,
  emulatorOrigin: string | undefined,
  tenant: boolean,
  problems: ConfigProblem[],
): CallerAuthConfig | undefined {
  const issuer = v.AUTH_ISSUER ?? (emulatorOrigin ? `${emulatorOrigin}/` : undefined);
  const audience = v.AUTH_AUDIENCE ?? (emulatorOrigin || !tenant ? defaultOf("AUTH_AUDIENCE") : undefined);
  if (tenant) {
    const why = "missing; required with AUTH0_DOMAIN (callers' bearer tokens are verified against it)";
    if (!v.AUTH_ISSUER) problems.push({ variable: "AUTH_ISSUER", message: why });
    if (!v.AUTH_AUDIENCE) problems.push({ variable: "AUTH_AUDIENCE", message: why });
  }
  if (issuer === undefined || audience === undefined) return undefined;
  return { issuer, audience, jwksUrl: v.AUTH_JWKS_URL ?? defaultJwksUrl(issuer) };
}

/** Which credentials are set is a question about the raw variables, checked whatever else is wrong. */
function credentialProblems(env: Env): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const problem = (variable: ConfigVariableName, message: string) => problems.push({ variable, message });
  const [domain, id, secret, token, audience] = (
    ["AUTH0_DOMAIN", "AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "AUTH0_MANAGEMENT_TOKEN", "AUTH0_AUDIENCE"] as const
  ).map((name) => raw(env, name) !== undefined);
  if (!domain) {
    const stray = { AUTH0_CLIENT_ID: id, AUTH0_CLIENT_SECRET: secret, AUTH0_MANAGEMENT_TOKEN: token, AUTH0_AUDIENCE: audience };
    for (const [name, set] of Object.entries(stray) as [ConfigVariableName, boolean][]) {
      if (set) problem(name, "is set but AUTH0_DOMAIN is not; set AUTH0_DOMAIN to use a tenant, or unset it to run the embedded emulator");
    }
  } else if (token && (id || secret)) {
    problem("AUTH0_MANAGEMENT_TOKEN", "set either AUTH0_CLIENT_ID + AUTH0_CLIENT_SECRET or AUTH0_MANAGEMENT_TOKEN, not both");
  } else if (!token) {
    if (!id) problem("AUTH0_CLIENT_ID", "missing; required with AUTH0_DOMAIN (or set AUTH0_MANAGEMENT_TOKEN instead)");
    if (!secret) problem("AUTH0_CLIENT_SECRET", "missing; required with AUTH0_DOMAIN (or set AUTH0_MANAGEMENT_TOKEN instead)");
  }
  return problems;
}

function toUpstream(v: z.output<typeof upstreamSchema>): UpstreamConfig | undefined {
  if (v.AUTH0_DOMAIN === undefined) return undefined;
  const origin = v.AUTH0_DOMAIN;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v2`,
    tokenUrl: `${origin}/oauth/token`,
    audience: v.AUTH0_AUDIENCE ?? `${origin}/api/v2/`,
    credentials:
      v.AUTH0_MANAGEMENT_TOKEN !== undefined
        ? { kind: "static-token", token: v.AUTH0_MANAGEMENT_TOKEN }
        : { kind: "client-credentials", clientId: v.AUTH0_CLIENT_ID!, clientSecret: v.AUTH0_CLIENT_SECRET! },
    connectTimeoutMs: v.AUTH0_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: v.AUTH0_HEADERS_TIMEOUT_MS,
    bodyTimeoutMs: v.AUTH0_BODY_TIMEOUT_MS,
    deadlineMs: v.AUTH0_TIMEOUT_MS,
    maxConnections: v.AUTH0_MAX_CONNECTIONS,
    maxConcurrency: v.AUTH0_MAX_CONCURRENCY,
    maxRetries: v.AUTH0_MAX_RETRIES,
    retryBaseDelayMs: v.AUTH0_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: v.AUTH0_RETRY_MAX_DELAY_MS,
    rateLimitMaxWaitMs: v.AUTH0_RATE_LIMIT_MAX_WAIT_MS,
    tokenRefreshLeewayMs: v.AUTH0_TOKEN_REFRESH_LEEWAY_MS,
  };
}

/** Parses one section's variables; its problems are added to `problems`. */
const costSchema = z.object({
  COST_BUDGET: integer("COST_BUDGET", 1, 1_000_000),
});

const COST_VARIABLES = ["COST_BUDGET"] as const;

function section<S extends z.ZodType>(
  schema: S,
  names: readonly ConfigVariableName[],
  env: Env,
  problems: ConfigProblem[],
): z.output<S> | undefined {
  const input = Object.fromEntries(names.map((name) => [name, raw(env, name)]));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ variable: String(issue.path[0] ?? "configuration"), message: issue.message });
  }
  return undefined;
}

const SERVER_VARIABLES = ["HOST", "PORT", "LOG_LEVEL", "NODE_ENV"] as const;
const UPSTREAM_VARIABLES = configVariables
  .map((v) => v.name)
  .filter((name): name is Extract<ConfigVariableName, `AUTH0_${string}`> => name.startsWith("AUTH0_"));

const CALLER_AUTH_VARIABLES = ["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS_URL"] as const;
const OPERATIONS_VARIABLES = [
  "EMULATOR_PORT",
  "EMULATOR_USERS",
  "EMULATOR_SEED",
  "EMULATOR_LATENCY_MS",
  "GRAPHIQL",
  "SHUTDOWN_TIMEOUT_MS",
] as const;

/**
 * Validates the environment. In embedded mode (no AUTH0_DOMAIN) `src/main.ts` starts the emulator
 * and loads again with `{ emulator }`: the upstream is then the emulator with its dev client
 * credentials (any AUTH0_MANAGEMENT_TOKEN or AUTH0_AUDIENCE is dropped) and callers' tokens are
 * issued by it unless AUTH_ISSUER says otherwise.
 */
export function loadConfig(environment: Env = process.env, options: { emulator?: RunningEmulatorInfo } = {}): Config {
  const { emulator } = options;
  const env: Env = emulator
    ? {
        ...environment,
        AUTH0_DOMAIN: emulator.origin,
        AUTH0_CLIENT_ID: emulator.clientId,
        AUTH0_CLIENT_SECRET: emulator.clientSecret,
        AUTH0_MANAGEMENT_TOKEN: undefined,
        AUTH0_AUDIENCE: undefined,
      }
    : environment;
  const problems: ConfigProblem[] = [];
  const server = section(serverSchema, SERVER_VARIABLES, env, problems);
  const upstream = section(upstreamSchema, UPSTREAM_VARIABLES, env, problems);
  const callerAuth = section(callerAuthSchema, CALLER_AUTH_VARIABLES, env, problems);
  const operations = section(operationsSchema, OPERATIONS_VARIABLES, env, problems);
  const security = section(securitySchema, SECURITY_VARIABLES, env, problems);
  const cost = section(costSchema, COST_VARIABLES, env, problems);
  const auth = callerAuth && toCallerAuth(callerAuth, emulator?.origin, !emulator && raw(env, "AUTH0_DOMAIN") !== undefined, problems);
  problems.push(...credentialProblems(env));
  if (upstream && upstream.AUTH0_RETRY_BASE_DELAY_MS > upstream.AUTH0_RETRY_MAX_DELAY_MS) {
    problems.push({
      variable: "AUTH0_RETRY_BASE_DELAY_MS",
      message: `must not exceed AUTH0_RETRY_MAX_DELAY_MS (${upstream.AUTH0_RETRY_MAX_DELAY_MS})`,
    });
  }
  if (problems.length > 0 || !server || !upstream || !operations || !security || !cost) throw new ConfigError(problems);
  const upstreamConfig = toUpstream(upstream);
  return {
    mode: upstreamConfig && !emulator ? "tenant" : "embedded",
    server: { host: server.HOST, port: server.PORT },
    logLevel: server.LOG_LEVEL,
    nodeEnv: server.NODE_ENV,
    ...(upstreamConfig ? { upstream: upstreamConfig } : {}),
    ...(upstreamConfig && auth ? { auth } : {}),
    emulator: {
      port: operations.EMULATOR_PORT,
      users: operations.EMULATOR_USERS,
      seed: operations.EMULATOR_SEED,
      latencyMs: operations.EMULATOR_LATENCY_MS,
    },
    graphiql: operations.GRAPHIQL === "true",
    shutdownTimeoutMs: operations.SHUTDOWN_TIMEOUT_MS,
    security: toSecurity(security, server.NODE_ENV),
    cost: { budget: cost.COST_BUDGET },
  };
}
